//! During a phone call `moty show` leads with what is next (issue #13, item 6): the next booked
//! meeting with its video link, meetings to mark held, the follow-up's due date or how overdue,
//! the consents and Kela forms still missing, and the key worker with how to reach them; the same
//! in `--json` as `next`.

use crate::common::TestEnv;

const LINK: &str = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9v%40thread.v2/0";

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

fn next_at(env: &TestEnv, now: &str, case: &str) -> serde_json::Value {
    json_at(env, now, &["show", case])["next"].clone()
}

/// The lines of the block above the client table.
fn block(shown: &str) -> Vec<&str> {
    shown
        .lines()
        .skip(2)
        .take_while(|line| !line.starts_with('┌'))
        .collect()
}

/// The block fits 80 columns, but for a video link, which is never broken.
fn fits(shown: &str) {
    for line in block(shown) {
        assert!(
            line.chars().count() <= 80 || line.contains("https://"),
            "wider than 80 columns: {line:?}\n{shown}"
        );
    }
}

fn what(next: &serde_json::Value) -> Vec<String> {
    next["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .map(|m| m["what"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn show_leads_with_what_is_next_from_referral_to_follow_up() {
    let env = TestEnv::new();
    let monday = "2026-11-23 09:00";
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Kaisa Koordinaattori",
        "--role",
        "home care nurse",
        "--unit",
        "Home care",
        "--phone",
        "040 555 0199",
        "--email",
        "kaisa.koordinaattori@example.fi",
    ]);
    let case = env.refer("Oona Odottaja", &["--phone", "040 555 0123"]);
    // Referred, nothing recorded: the consent is what is missing.
    let next = next_at(&env, monday, &case);
    assert_eq!(what(&next), ["multi-professional-consent"]);
    assert!(next["meeting"].is_null() && next["key_worker"].is_null());
    let shown = env.ok_at(monday, &["show", &case]);
    assert_eq!(block(&shown)[0], "Next", "{shown}");
    assert!(
        shown.contains("  Missing       multi-professional consent"),
        "{shown}"
    );
    let views = env.count("SELECT count(*) FROM access_log WHERE command = 'show'");
    assert_eq!(views, 2, "every show is a view");

    env.ok_at(
        monday,
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
    env.contact_request_at(monday, &case);
    env.ok_at(
        monday,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    let ja = json_at(
        &env,
        monday,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--video-link",
            LINK,
        ],
    );
    let next = next_at(&env, monday, &case);
    assert_eq!(next["meeting"]["meeting"], ja["id"]);
    assert_eq!(next["meeting"]["kind"], "joint-assessment");
    assert_eq!(next["meeting"]["starts_at"], "2026-11-25 12:30");
    assert_eq!(next["meeting"]["minutes"], 90);
    assert_eq!(next["meeting"]["video_link"], LINK);
    assert_eq!(what(&next), Vec::<String>::new());
    let shown = env.ok_at(monday, &["show", &case]);
    fits(&shown);
    assert!(
        shown.contains("  Meeting       Wed 2026-11-25 12:30 joint assessment (90 min, no. 1)")
            && shown.contains(&format!("  Video         {LINK}")),
        "{shown}"
    );

    // Past its time and not marked: the call is a reminder to mark it.
    let wednesday = "2026-11-25 15:00";
    let next = next_at(&env, wednesday, &case);
    assert!(next["meeting"].is_null());
    assert_eq!(next["not_marked_held"][0]["meeting"], ja["id"]);
    let shown = env.ok_at(wednesday, &["show", &case]);
    assert!(
        shown.contains("  To mark held  2026-11-25 12:30 joint assessment (no. 1)"),
        "{shown}"
    );
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "no",
            "--kela-screen",
            "yes",
        ],
    );
    // The second Kela screen said yes: Kela's form is to be asked for.
    let next = next_at(&env, wednesday, &case);
    assert_eq!(what(&next), ["kela-consent"]);
    assert!(next["missing"][0]["meeting"].is_null());
    env.ok_at(
        wednesday,
        &[
            "plan",
            &case,
            "--key-worker",
            "Kaisa Koordinaattori",
            "--key-worker-unit",
            "Home care",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ],
    );
    let kela = json_at(&env, wednesday, &["schedule", &case, "--kind", "kela"]);
    let next = next_at(&env, wednesday, &case);
    assert_eq!(what(&next), ["kela-form"]);
    assert_eq!(next["missing"][0]["meeting"], kela["id"]);
    assert_eq!(next["missing"][0]["due_on"], "2026-11-24");
    let key = &next["key_worker"];
    assert_eq!(key["name"], "Kaisa Koordinaattori");
    assert_eq!(key["unit"], "Home care");
    assert_eq!(key["directory_id"], 1);
    assert_eq!(key["phone"], "040 555 0199");
    assert_eq!(key["email"], "kaisa.koordinaattori@example.fi");
    let shown = env.ok_at(wednesday, &["show", &case]);
    fits(&shown);
    for line in [
        "  Meeting       Thu 2026-11-26 13:00 Kela remote consultation (60 min, no. 2)",
        "  Missing       the Kela form sent, at Kela by 2026-11-24 (Kela hour, no. 2)",
        "  Key worker    Kaisa Koordinaattori, Home care, 040 555 0199,",
        "                kaisa.koordinaattori@example.fi",
    ] {
        assert!(block(&shown).contains(&line), "{line:?}:\n{shown}");
    }
    env.ok_at(wednesday, &["consent", "send-kela", &case]);
    assert_eq!(what(&next_at(&env, wednesday, &case)), Vec::<String>::new());

    let thursday = "2026-11-26 15:00";
    env.ok_at(thursday, &["schedule", "held", &kela["id"].to_string()]);
    env.ok_at(
        thursday,
        &[
            "plan",
            &case,
            "--pathway",
            "service=doctor;booked=yes;purpose=B-statement for Kela",
            "--client-confirmed",
            "--complete",
        ],
    );
    // In follow-up: due eight weeks on (the team's interval), then overdue.
    let next = next_at(&env, "2027-01-01 10:00", &case);
    let due = &next["follow_up"];
    assert_eq!(due["due_on"], "2027-01-21");
    assert_eq!(due["days_left"], 20);
    assert_eq!(due["overdue"], false);
    assert_eq!(due["agreed_at_call"], false);
    assert_eq!(due["interval"]["weeks"], 8);
    assert_eq!(due["interval"]["per_case"], false);
    let shown = env.ok_at("2027-01-25 10:00", &["show", &case]);
    assert!(
        shown.contains("  Follow-up     overdue by 4 days (due 2027-01-21)"),
        "{shown}"
    );
    fits(&shown);
    let next = next_at(&env, "2027-01-25 10:00", &case);
    assert_eq!(next["follow_up"]["days_overdue"], 4);
    assert_eq!(next["follow_up"]["overdue"], true);
}

#[test]
fn a_withdrawal_shows_first_that_processing_stopped() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = env.refer("Veikko Peruuttaja", &[]);
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
    env.ok_at(now, &["schedule", &case, "--kind", "joint-assessment"]);
    env.ok_at(
        "2026-11-24 09:00",
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    let next = next_at(&env, "2026-11-24 10:00", &case);
    assert_eq!(next["processing_stopped_on"], "2026-11-24");
    assert_eq!(
        what(&next),
        Vec::<String>::new(),
        "the stop, not a consent to collect"
    );
    let shown = env.ok_at("2026-11-24 10:00", &["show", &case]);
    let lines = block(&shown);
    assert!(
        lines[1].starts_with("  Stopped       multi-professional consent withdrawn on 2026-11-24"),
        "{shown}"
    );
    assert!(lines[3].starts_with("  Meeting"), "{shown}");
    fits(&shown);
    // A new consent lifts the stop.
    env.ok_at(
        "2026-11-24 11:00",
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
    assert!(next_at(&env, "2026-11-24 12:00", &case)["processing_stopped_on"].is_null());
}

#[test]
fn a_withdrawn_meeting_consent_and_an_oral_consent_are_named() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = env.refer("Aili Verkosto", &[]);
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
    let ja = json_at(
        &env,
        now,
        &["schedule", &case, "--kind", "joint-assessment"],
    );
    let wednesday = "2026-11-25 15:00";
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "consent", "give", &case, "--kind", "meeting", "--method", "oral",
        ],
    );
    env.ok_at(
        wednesday,
        &["consent", "withdraw", &case, "--kind", "meeting"],
    );
    let net = json_at(
        &env,
        wednesday,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-01 10:00",
        ],
    );
    let next = next_at(&env, wednesday, &case);
    assert_eq!(what(&next), ["meeting-consent"]);
    assert_eq!(next["missing"][0]["meeting"], net["id"]);
    let shown = env.ok_at(wednesday, &["show", &case]);
    assert!(
        shown.contains("  Missing       meeting consent, withdrawn: no. 2 is off the agenda"),
        "{shown}"
    );
    fits(&shown);

    // The joint assessment needs written consent: an oral one in its place is named.
    let other = env.refer("Oskari Suullinen", &[]);
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &other,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
    );
    env.contact_request_at(now, &other);
    env.ok_at(
        now,
        &[
            "triage",
            &other,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        now,
        &[
            "consent",
            "withdraw",
            &other,
            "--kind",
            "multi-professional",
        ],
    );
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &other,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    let next = next_at(&env, now, &other);
    assert!(next["processing_stopped_on"].is_null());
    assert_eq!(what(&next), ["written-consent"]);
}

#[test]
fn a_case_with_nothing_next_says_so_in_one_line() {
    let env = TestEnv::new();
    let case = env.refer("Lauri Lopettanut", &[]);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "not a client of this model",
    ]);
    let shown = env.ok(&["show", &case]);
    assert_eq!(
        shown.lines().nth(2),
        Some("Next: nothing booked, due or missing."),
        "{shown}"
    );
    let next = env.run(&["--json", "show", &case]).json()["next"].clone();
    assert!(next["meeting"].is_null() && next["processing_stopped_on"].is_null());
    assert_eq!(next["missing"].as_array().map(Vec::len), Some(0));
}
