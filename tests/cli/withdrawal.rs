//! Withdrawing multi-professional consent stops all further processing of the case: every step
//! that would process the client's matters is refused naming the withdrawal and its date, the case
//! leaves the team's export, and only look-ups, a new consent and closing remain.

use crate::common::TestEnv;
use crate::report::known_register;

const STOPPED: &str = "withdrew multi-professional consent on 2026-12-30";

#[test]
fn after_a_withdrawal_every_processing_step_is_refused_and_only_look_ups_a_new_consent_and_closing_remain(
) {
    let env = TestEnv::new();
    // B is in follow-up (known_register); T goes to the Yhteistyö-tiimi; J to a joint assessment.
    let (_, b, _) = known_register(&env);
    let now = "2026-12-30 09:00";
    let t = env.refer(
        "Tiimi Peruuttaja",
        &["--referrer-unit", "Adult social work"],
    );
    let j = env.refer("Jaana Peruuttaja", &[]);
    for (case, method) in [(&t, "oral"), (&j, "written")] {
        env.ok_at(
            now,
            &[
                "consent",
                "give",
                case,
                "--kind",
                "multi-professional",
                "--method",
                method,
            ],
        );
    }
    env.contact_request_at(now, &j);
    env.ok_at(
        now,
        &[
            "triage",
            &t,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "Home care",
            "--unit",
            "Adult clinic",
        ],
    );
    env.ok_at(
        now,
        &["schedule", "request", &t, "--approved-by", "Sirpa Esimies"],
    );
    env.ok_at(
        now,
        &[
            "schedule",
            "answer",
            &t,
            "--unit",
            "Home care",
            "--worker",
            "Kaisa Kotihoito",
        ],
    );
    env.ok_at(
        now,
        &[
            "triage",
            &j,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    let booked = env.run_at(
        now,
        &["--json", "schedule", &j, "--kind", "joint-assessment"],
    );
    assert_eq!(booked.code, 0, "{booked:?}");
    let meeting = booked.json()["id"].to_string();
    let weekly = |at: &str| {
        env.run_at(
            at,
            &[
                "--json",
                "report",
                "weekly",
                "--to-whom",
                "Yhteistyö-tiimi",
                "--format",
                "json",
                "--week",
                "2027-W02",
            ],
        )
        .json()
    };
    assert!(
        weekly(now).to_string().contains(t.as_str()),
        "before the withdrawal the team's export lists the case"
    );
    for case in [&b, &t, &j] {
        env.ok_at(
            now,
            &["consent", "withdraw", case, "--kind", "multi-professional"],
        );
    }
    let later = "2027-01-31 15:00";
    for args in [
        vec![
            "schedule",
            "request",
            t.as_str(),
            "--approved-by",
            "Sirpa Esimies",
        ],
        vec![
            "schedule",
            "answer",
            t.as_str(),
            "--unit",
            "Adult clinic",
            "--worker",
            "Aino Aikuis",
        ],
        vec!["plan", "describe", t.as_str(), "--text", "tukea asumiseen"],
        vec![
            "schedule",
            j.as_str(),
            "--kind",
            "network",
            "--at",
            "2027-02-02 10:00",
        ],
        vec![
            "schedule",
            "held",
            meeting.as_str(),
            "--segment",
            "verkosto",
            "--omaolo",
            "yes",
            "--kela-screen",
            "yes",
        ],
        vec!["plan", j.as_str(), "--goals", "a named contact"],
        vec![
            "follow-up",
            b.as_str(),
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--next",
            "close",
        ],
    ] {
        env.refused_at(later, &args, 4, STOPPED);
    }
    // The team's weekly export leaves the case out (the figures still count it).
    let after = weekly(later);
    assert!(!after.to_string().contains(t.as_str()), "{after}");
    // Still allowed: look-ups, a new consent, closing.
    for args in [
        vec!["show", t.as_str()],
        vec!["find", "peruuttaja"],
        vec!["list"],
        vec!["consent", "list", t.as_str()],
    ] {
        let run = env.run_at(later, &args);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
    }
    env.ok_at(later, &["close", &j, "--reason", "consent-withdrawn"]);
    env.ok_at(
        later,
        &[
            "consent",
            "give",
            &t,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    // With consent given again, the work goes on.
    env.ok_at(
        later,
        &[
            "schedule",
            "answer",
            &t,
            "--unit",
            "Adult clinic",
            "--worker",
            "Aino Aikuis",
        ],
    );
}

/// A withdrawn meeting consent keeps the case off the agenda and the calendar of the network and
/// team meetings it is booked to, until the consent is given again.
#[test]
fn a_withdrawn_meeting_consent_keeps_the_case_off_the_meetings_agenda() {
    let env = TestEnv::new();
    let now = "2026-11-23 10:00";
    let case = env.refer("Mirja Kokous", &[]);
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
    );
    env.contact_request_at(now, &case);
    env.ok_at(
        now,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    let ja = env.run_at(
        now,
        &[
            "--json",
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-25 12:30",
        ],
    );
    assert_eq!(ja.code, 0, "{ja:?}");
    let held = "2026-11-25 15:00";
    env.ok_at(
        held,
        &[
            "schedule",
            "held",
            &ja.json()["id"].to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    let net = env.run_at(
        held,
        &[
            "--json",
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-02 10:00",
            "--chair",
            "Nina Nimetön",
        ],
    );
    assert_eq!(net.code, 0, "{net:?}");
    env.ok_at(
        held,
        &[
            "consent", "give", &case, "--kind", "meeting", "--method", "oral",
        ],
    );
    let listed = |at: &str| -> Vec<String> {
        let agenda = env
            .run_at(
                at,
                &[
                    "--json",
                    "schedule",
                    "list",
                    "--kind",
                    "network",
                    "--from",
                    "2026-12-02",
                    "--to",
                    "2026-12-02",
                ],
            )
            .json();
        agenda["meetings"]
            .as_array()
            .expect("meetings")
            .iter()
            .flat_map(|m| m["booked"].as_array().cloned().unwrap_or_default())
            .map(|b| b["case"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let calendar = |at: &str| {
        env.run_at(
            at,
            &[
                "schedule",
                "ics",
                "--from",
                "2026-12-02",
                "--to",
                "2026-12-02",
            ],
        )
        .stdout
    };
    assert_eq!(listed(held), std::slice::from_ref(&case));
    assert!(calendar(held).contains(&case));
    let later = "2026-11-26 09:00";
    env.ok_at(later, &["consent", "withdraw", &case, "--kind", "meeting"]);
    assert!(
        listed(later).is_empty(),
        "off the agenda after the withdrawal"
    );
    assert!(!calendar(later).contains(&case), "and off the calendar");
    env.ok_at(
        later,
        &[
            "consent", "give", &case, "--kind", "meeting", "--method", "oral",
        ],
    );
    assert_eq!(
        listed(later),
        std::slice::from_ref(&case),
        "back once given again"
    );
}

/// The weekly export's count of the past week's referrals leaves out the cases whose
/// multi-professional consent was withdrawn and not given again (read for the week's cases at
/// once), and keeps those that never had one or gave it again.
#[test]
fn the_weekly_count_of_new_referrals_leaves_out_withdrawn_consents() {
    let env = TestEnv::new();
    let none = env.refer("Ei Suostumusta", &[]);
    let withdrawn = env.refer("Peruuttanut Kokonaan", &["--source", "emergency"]);
    let again = env.refer("Antoi Uudelleen", &[]);
    let given = env.refer("Antoi Kerran", &[]);
    let consent = |verb: &str, case: &str| {
        let mut args = vec!["consent", verb, case, "--kind", "multi-professional"];
        if verb == "give" {
            args.extend(["--method", "oral"]);
        }
        env.ok(&args);
    };
    for case in [&withdrawn, &again, &given] {
        consent("give", case);
    }
    for case in [&withdrawn, &again] {
        consent("withdraw", case);
    }
    consent("give", &again);
    let weekly = env
        .run_at(
            "2026-11-30 09:00",
            &[
                "report",
                "weekly",
                "--to-whom",
                "Yhteistyö-tiimi",
                "--format",
                "json",
                "--week",
                "2026-W49",
            ],
        )
        .json();
    assert_eq!(
        weekly["sections"]["new_referrals"],
        serde_json::json!([{"source": "primary-care", "channel": "yht405", "count": 3}]),
        "{none}, {again} and {given} counted, {withdrawn} not"
    );
}
