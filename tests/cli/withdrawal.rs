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
