//! Scheduling: the slot finder, every refusal, the Yhteistyö-tiimi request, the calendar export
//! parsed back by an independent parser, and the whole path so far as one story.

use std::io::BufReader;

use crate::common::TestEnv;

/// A referred case triaged to joint assessment, with written consent, at `now`.
pub(crate) fn assessed_case(env: &TestEnv, name: &str, now: &str) -> String {
    let case = env.refer(name, &["--on", &now[..10]]);
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
            "--on",
            &now[..10],
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
            "yes",
            "--on",
            &now[..10],
        ],
    );
    case
}

pub(crate) fn book(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json", "schedule"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case whose joint assessment was held and whose Kela consent is in force.
fn ready_for_kela(env: &TestEnv, name: &str) -> String {
    ready_for_kela_screened(env, name, "yes")
}

/// The same, with the joint assessment's second Kela screen recorded as `screen`.
fn ready_for_kela_screened(env: &TestEnv, name: &str, screen: &str) -> String {
    let case = assessed_case(env, name, "2026-11-02 09:00");
    let ja = book(
        env,
        "2026-11-02 09:00",
        &[&case, "--kind", "joint-assessment"],
    );
    let id = ja["id"].to_string();
    env.ok_at(
        "2026-12-20 10:00",
        &[
            "schedule",
            "held",
            &id,
            "--segment",
            "verkosto",
            "--omaolo",
            "no",
            "--kela-screen",
            screen,
        ],
    );
    env.ok_at(
        "2026-12-20 10:00",
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
    case
}

#[test]
fn the_next_joint_assessment_skips_christmas_eve_on_a_wednesday() {
    let env = TestEnv::new();
    let now = "2025-12-22 09:00";
    let case = env.refer("Aino Joulu", &["--on", "2025-12-22"]);
    let run = env.run_at(
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
    assert_eq!(run.code, 0);
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
    let run = env.run_at(
        now,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--at",
            "2025-12-24 12:30",
        ],
    );
    assert_eq!(run.code, 4);
    assert!(run.stderr.contains("Christmas Eve"), "{}", run.stderr);
    let json = book(&env, now, &[&case, "--kind", "joint-assessment"]);
    assert_eq!(
        json["starts_at"], "2025-12-31 12:30",
        "24.12.2025 is a Wednesday and Christmas Eve"
    );
}

#[test]
fn the_fifth_kela_booking_in_an_hour_goes_to_the_next_week() {
    let env = TestEnv::new();
    let cases: Vec<String> = ["Eero", "Helmi", "Ilmari", "Kerttu", "Lauri"]
        .iter()
        .map(|n| ready_for_kela(&env, &format!("{n} Kelanen")))
        .collect();
    let times: Vec<String> = cases
        .iter()
        .map(|c| {
            book(&env, "2026-12-20 10:00", &[c, "--kind", "kela"])["starts_at"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    // Thursdays 13:00; 24.12.2026 is a Thursday and Christmas Eve, 31.12. the next.
    assert_eq!(times[..4], ["2026-12-31 13:00"; 4]);
    assert_eq!(times[4], "2027-01-07 13:00");
    assert_eq!(env.phase(&cases[0]), "kela-consultation");
}

#[test]
fn wall_clock_times_survive_daylight_saving() {
    let env = TestEnv::new();
    let spring = assessed_case(&env, "Saimi Kevät", "2026-03-23 09:00");
    let json = book(
        &env,
        "2026-03-23 09:00",
        &[
            &spring,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-04-01 12:30",
        ],
    );
    assert_eq!(json["starts_at"], "2026-04-01 12:30");
    assert_eq!(json["starts_utc"], "2026-04-01T09:30:00Z", "EEST, UTC+3");
    let autumn = assessed_case(&env, "Toivo Syksy", "2026-10-19 09:00");
    let json = book(
        &env,
        "2026-10-19 09:00",
        &[
            &autumn,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-10-28 12:30",
        ],
    );
    assert_eq!(json["starts_utc"], "2026-10-28T10:30:00Z", "EET, UTC+2");
    let ics = env.ok_at(
        "2026-10-19 09:00",
        &[
            "schedule",
            "ics",
            "--from",
            "2026-03-01",
            "--to",
            "2026-12-31",
        ],
    );
    assert!(
        ics.contains("DTSTART;TZID=Europe/Helsinki:20260401T123000"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART;TZID=Europe/Helsinki:20261028T123000"),
        "{ics}"
    );
}

#[test]
fn every_refusal_has_its_exit_code_and_leaves_the_register_unchanged() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let first = assessed_case(&env, "Urho Ensimmäinen", now);
    let second = assessed_case(&env, "Venla Toinen", now);
    let referred = env.refer("Väinö Jonossa", &[]);
    book(
        &env,
        now,
        &[
            &first,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-25 12:30",
        ],
    );
    env.ok_at(
        now,
        &[
            "schedule",
            "close-day",
            "2026-12-02",
            "--reason",
            "team training day",
        ],
    );
    let check = |args: &[&str], code: i32, says: &str| env.refused_at(now, args, code, says);
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-25 12:30",
        ],
        4,
        "full",
    );
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-12-02 12:30",
        ],
        4,
        "team training day",
    );
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-18 12:30",
        ],
        4,
        "past",
    );
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-25 13:00",
        ],
        4,
        "Wednesday 12:30",
    );
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-28 12:30",
        ],
        4,
        "Saturday",
    );
    check(
        &["schedule", &first, "--kind", "joint-assessment"],
        4,
        "already",
    );
    check(
        &["schedule", &referred, "--kind", "joint-assessment"],
        4,
        "referred",
    );
    check(
        &["schedule", &first, "--kind", "kela"],
        4,
        "joint assessment must be held",
    );
    check(
        &[
            "schedule",
            &second,
            "--kind",
            "joint-assessment",
            "--at",
            "25.11.2026",
        ],
        2,
        "--at",
    );
    check(&["schedule", "held", "99"], 3, "no meeting 99");
    check(
        &[
            "schedule",
            "held",
            "1",
            "--segment",
            "verkosto",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
        4,
        "not happened",
    );
    // Consent withdrawn: no joint assessment.
    env.ok_at(
        now,
        &[
            "consent",
            "withdraw",
            &second,
            "--kind",
            "multi-professional",
        ],
    );
    check(
        &["schedule", &second, "--kind", "joint-assessment"],
        4,
        "withdrew",
    );

    // The Kela hour: consent missing, then the form not sent when marking it held.
    let later = "2026-11-25 15:00";
    let check_at =
        |at: &str, args: &[&str], code: i32, says: &str| env.refused_at(at, args, code, says);
    check_at(later, &["schedule", "held", "1"], 2, "--segment");
    env.ok_at(
        later,
        &[
            "schedule",
            "held",
            "1",
            "--segment",
            "yhteiso",
            "--omaolo",
            "yes",
            "--kela-screen",
            "yes",
        ],
    );
    check_at(
        later,
        &["schedule", &first, "--kind", "kela"],
        4,
        "kela-exchange",
    );
    env.ok_at(
        later,
        &[
            "consent",
            "give",
            &first,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ],
    );
    let kela = book(&env, later, &[&first, "--kind", "kela"]);
    let kela_id = kela["id"].to_string();
    let after_hour = "2026-11-26 15:00";
    check_at(
        after_hour,
        &["schedule", "held", &kela_id],
        4,
        "was not sent",
    );
    env.ok_at(
        after_hour,
        &["consent", "send-kela", &first, "--on", "2026-11-25"],
    );
    check_at(
        after_hour,
        &["schedule", "held", &kela_id, "--network-needed"],
        4,
        "yhteiso",
    );
    env.ok_at(after_hour, &["schedule", "held", &kela_id]);
    assert_eq!(
        env.phase(&first),
        "onward-pathways",
        "a yhteisö client goes on to onward pathways"
    );
}

#[test]
fn a_network_or_team_meeting_is_held_only_with_the_meeting_consent() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = assessed_case(&env, "Aarne Verkko", now);
    let ja = book(&env, now, &[&case, "--kind", "joint-assessment"]);
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "yhteistyo",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    let run = env.run_at(
        "2026-11-25 15:00",
        &["schedule", &case, "--kind", "network"],
    );
    assert_eq!(run.code, 2, "a network meeting needs its time: {run:?}");
    assert!(run.stderr.contains("--at"));
    let net = book(
        &env,
        "2026-11-25 15:00",
        &[
            &case,
            "--kind",
            "network",
            "--at",
            "2026-11-30 10:00",
            "--minutes",
            "90",
            "--doctor",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
    let id = net["id"].to_string();
    let held_at = "2026-11-30 12:00";
    let before = env.dump();
    for (args, code) in [
        (
            vec![
                "schedule",
                "held",
                id.as_str(),
                "--attended",
                "client,referring-worker",
                "--chair",
                "Eila Esimerkki",
            ],
            4,
        ),
        (
            vec![
                "schedule",
                "held",
                id.as_str(),
                "--meeting-consent",
                "--attended",
                "client",
                "--chair",
                "Eila Esimerkki",
            ],
            2,
        ),
        (
            vec![
                "schedule",
                "held",
                id.as_str(),
                "--meeting-consent",
                "--attended",
                "client,referring-worker",
            ],
            2,
        ),
    ] {
        let run = env.run_at(held_at, &args);
        assert_eq!(run.code, code, "{args:?}: {run:?}");
        assert_eq!(env.dump(), before);
    }
    env.ok_at(
        held_at,
        &[
            "schedule",
            "held",
            &id,
            "--meeting-consent",
            "--attended",
            "client,referring-worker,doctor",
            "--chair",
            "Eila Esimerkki",
        ],
    );
    assert_eq!(env.phase(&case), "onward-pathways");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM consents WHERE kind = 'meeting' AND given_on = '2026-11-30'"
        ),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM booking_attendance"), 3);
}

#[test]
fn the_team_request_books_the_next_yhteistyoaika_once_every_unit_named_a_worker() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = env.refer("Hilja Tiimi", &["--referrer-unit", "Adult social work"]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "collaboration-team",
        "--kela-screen",
        "no",
        "--unit",
        "adult clinic",
        "--unit",
        "employment services",
    ]);
    let run = env.run_at(now, &["schedule", &case, "--kind", "team"]);
    assert_eq!(run.code, 4, "no request yet: {run:?}");
    env.ok_at(
        now,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Sirkka Esimies",
        ],
    );
    env.ok_at(
        now,
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
            "--schedule",
            "within two weeks",
        ],
    );
    let agenda = env.run_at(now, &["--json", "schedule", "list"]).json();
    assert_eq!(
        agenda["waiting_for_units"][0]["units"][0],
        "employment services"
    );
    let run = env.run_at(now, &["schedule", &case, "--kind", "team"]);
    assert_eq!(run.code, 4);
    assert!(run.stderr.contains("employment services"), "{}", run.stderr);
    let run = env.run_at(
        now,
        &[
            "schedule", "answer", &case, "--unit", "housing", "--worker", "X Y",
        ],
    );
    assert_eq!(run.code, 2, "{run:?}");
    let answered = env
        .run_at(
            now,
            &[
                "--json",
                "schedule",
                "answer",
                &case,
                "--unit",
                "Employment Services",
                "--worker",
                "Outi Ohjaaja",
            ],
        )
        .json();
    // Every other Wednesday in even ISO weeks: 25.11.2026 is week 48.
    assert_eq!(answered["booked"]["starts_at"], "2026-11-25 12:00");
    assert_eq!(
        answered["booked"]["chair"], "Adult social work",
        "the referring party chairs"
    );
    let agenda = env
        .run_at(
            now,
            &[
                "--json",
                "schedule",
                "list",
                "--kind",
                "team",
                "--from",
                "2026-11-23",
                "--to",
                "2026-12-31",
            ],
        )
        .json();
    let dates: Vec<&str> = agenda["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .map(|m| m["starts_at"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        dates,
        ["2026-11-25 12:00", "2026-12-09 12:00", "2026-12-23 12:00"]
    );
    assert_eq!(agenda["meetings"][0]["free"], 2);
    assert_eq!(
        agenda["waiting_for_units"].as_array().map(Vec::len),
        Some(0)
    );
}

#[test]
fn the_calendar_export_parses_back_and_names_no_client() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = assessed_case(&env, "Oiva Kalenteri", now);
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Kerttu Kutsuttu",
        "--role",
        "social worker",
        "--unit",
        "Adult social work",
        "--email",
        "kerttu.kutsuttu@example.fi",
    ]);
    // A link whose commas and semicolons a TEXT value escapes and a URI value keeps.
    let link = "https://meet.example.fi/j/123;pwd=a,b";
    book(
        &env,
        now,
        &[
            &case,
            "--kind",
            "joint-assessment",
            "--video-link",
            link,
            "--participant",
            "1",
        ],
    );
    let out = env.dir.path().join("moty.ics");
    env.ok_at(
        now,
        &[
            "schedule",
            "ics",
            "--to-whom",
            "coordinator-a's Outlook",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    let text = std::fs::read_to_string(&out).expect("read");
    assert!(
        !text.contains("Oiva") && !text.contains("Kalenteri"),
        "no names: {text}"
    );
    assert!(text.lines().all(|l| l.len() <= 76), "folded");
    let verified = env.run(&["--json", "audit", "verify"]).json();
    let events = verified["logs"]
        .as_array()
        .and_then(|l| l.iter().find(|v| v["log"] == "events"))
        .expect("events")
        .clone();
    let head = events["head"].as_str().unwrap_or("");
    assert!(
        text.contains(&format!("X-MOTY-TIMELINE:{} ", events["rows"]))
            && text.contains(&head[..40]),
        "the timeline's head: {text}"
    );
    let calendars: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .expect("parses");
    assert_eq!(calendars.len(), 1);
    let calendar = &calendars[0];
    let tz = calendar.timezones[0]
        .properties
        .iter()
        .find(|p| p.name == "TZID")
        .and_then(|p| p.value.clone());
    assert_eq!(tz.as_deref(), Some("Europe/Helsinki"));
    let event = &calendar.events[0];
    let prop = |name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .expect(name)
    };
    let start = prop("DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261125T123000"));
    let params = start.params.clone().unwrap_or_default();
    assert!(
        params
            .iter()
            .any(|(k, v)| k == "TZID" && v == &["Europe/Helsinki"]),
        "{params:?}"
    );
    assert_eq!(
        prop("DTEND").value.as_deref(),
        Some("20261125T140000"),
        "90 minutes"
    );
    assert_eq!(prop("UID").value.as_deref(), Some("moty-meeting-1@moty"));
    assert_eq!(prop("URL").value.as_deref(), Some(link));
    assert_eq!(
        prop("LOCATION").value.as_deref(),
        Some("https://meet.example.fi/j/123\\;pwd=a\\,b"),
        "LOCATION is text, escaped"
    );
    assert_eq!(
        prop("ATTENDEE").value.as_deref(),
        Some("mailto:kerttu.kutsuttu@example.fi")
    );
    assert!(prop("SUMMARY")
        .value
        .clone()
        .unwrap_or_default()
        .contains(&case));
    let again = env.ok_at("2026-11-24 09:00", &["schedule", "ics"]);
    assert!(
        again.contains("UID:moty-meeting-1@moty"),
        "the UID is stable"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log WHERE what LIKE 'calendar%' AND recipient = 'coordinator-a''s Outlook' AND cases = '[\"2026-0001\"]'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log"), 2);
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&out).expect("meta").permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn the_whole_path_so_far_as_one_story() {
    let env = TestEnv::new();
    // Monday 23.11.2026: a referral from employment services, consent, triage.
    let monday = "2026-11-23 09:30";
    let case = env.refer(
        "Elli Esimerkki",
        &[
            "--source",
            "employment-services",
            "--channel",
            "secure-email",
            "--on",
            "2026-11-23",
        ],
    );
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
    let ja = book(&env, monday, &[&case, "--kind", "joint-assessment"]);
    assert_eq!(ja["starts_at"], "2026-11-25 12:30");
    // Wednesday: the joint assessment is held; verkosto segment; Kela consent and form.
    let wednesday = "2026-11-25 14:15";
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "yes",
            "--kela-screen",
            "yes",
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
    env.ok_at(wednesday, &["consent", "send-kela", &case]);
    let kela = book(&env, wednesday, &[&case, "--kind", "kela"]);
    assert_eq!(kela["starts_at"], "2026-11-26 13:00");
    // Booking is allowed, but the form was due two working days before the hour: flagged.
    let agenda = env
        .run_at(
            wednesday,
            &[
                "--json",
                "schedule",
                "list",
                "--kind",
                "kela",
                "--from",
                "2026-11-26",
                "--to",
                "2026-11-26",
            ],
        )
        .json();
    // The form's state is a code with its dates (typed JSON, no prose), the same fact as the
    // agenda's "form sent late 2026-11-25 (due 2026-11-24)".
    assert_eq!(
        agenda["meetings"][0]["booked"][0]["kela_form"],
        serde_json::json!({ "status": "late", "sent_on": "2026-11-25", "due_on": "2026-11-24" })
    );
    assert_eq!(agenda["meetings"][0]["free"], 3);
    // The Kela hour is held; a network meeting is needed.
    let thursday = "2026-11-26 14:30";
    env.ok_at(
        thursday,
        &[
            "schedule",
            "held",
            &kela["id"].to_string(),
            "--network-needed",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
    let net = book(
        &env,
        thursday,
        &[
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-01 10:00",
            "--chair",
            "Nina Nimetön",
        ],
    );
    let agenda = env
        .run_at(
            thursday,
            &[
                "--json", "schedule", "list", "--kind", "network", "--week", "2026-W49",
            ],
        )
        .json();
    let participants = agenda["meetings"][0]["booked"][0]["participants"]
        .as_array()
        .expect("participants")
        .clone();
    assert!(
        participants.iter().any(|p| p == "kela-contact"),
        "Kela joins after a Kela consultation: {participants:?}"
    );
    env.ok_at(
        "2026-12-01 11:30",
        &[
            "schedule",
            "held",
            &net["id"].to_string(),
            "--meeting-consent",
            "--attended",
            "client,referring-worker,kela-contact",
        ],
    );
    assert_eq!(env.phase(&case), "onward-pathways");
    let phases: Vec<String> = env
        .query("SELECT json_extract(detail, '$.phase') FROM events WHERE case_id = ?1 AND json_extract(detail, '$.phase') IS NOT NULL ORDER BY id", &[&case]);
    assert_eq!(
        phases,
        [
            "referred",
            "joint-assessment",
            "kela-consultation",
            "network-meeting",
            "onward-pathways"
        ]
    );
    let shown = env.ok_at("2026-12-01 12:00", &["show", &case]);
    assert!(
        shown.contains("meeting held: network meeting 2026-12-01 10:00"),
        "{shown}"
    );
}

#[test]
fn slot_rules_settings_and_closure_days_are_edited_in_the_register() {
    let env = TestEnv::new();
    env.refer("Aino Asetus", &[]);
    let rules = env.run(&["--json", "schedule", "slots", "list"]).json();
    assert_eq!(
        rules["slots"].as_array().map(Vec::len),
        Some(4),
        "seeded with the defaults"
    );
    assert_eq!(rules["kela_lead_days"], 2);
    // The team moves the Kela hour to Tuesday 10:00 and names Kela's contact person.
    let kela_id = rules["slots"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["kind"] == "kela"))
        .map(|r| r["id"].to_string())
        .expect("kela rule");
    env.ok(&["schedule", "slots", "remove", &kela_id]);
    env.ok(&[
        "schedule",
        "slots",
        "add",
        "--kind",
        "kela",
        "--weekday",
        "2",
        "--start",
        "10:00",
        "--minutes",
        "60",
        "--capacity",
        "4",
    ]);
    env.ok(&[
        "schedule",
        "slots",
        "settings",
        "--kela-lead-days",
        "3",
        "--kela-contact",
        "Kaija Kelalainen",
    ]);
    let rules = env.run(&["--json", "schedule", "slots", "list"]).json();
    let kela: Vec<&serde_json::Value> = rules["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .filter(|r| r["kind"] == "kela")
        .collect();
    assert_eq!(kela.len(), 1);
    assert_eq!(kela[0]["weekday"], 2);
    assert_eq!(kela[0]["start"], "10:00");
    assert_eq!(rules["kela_lead_days"], 3);
    assert_eq!(rules["kela_contact"], "Kaija Kelalainen");
    let before = env.dump();
    for (args, code) in [
        (
            vec![
                "schedule",
                "slots",
                "add",
                "--kind",
                "kela",
                "--weekday",
                "2",
                "--start",
                "10:00",
                "--minutes",
                "60",
                "--capacity",
                "4",
            ],
            4,
        ),
        (
            vec![
                "schedule",
                "slots",
                "add",
                "--kind",
                "network",
                "--weekday",
                "2",
                "--start",
                "10:00",
                "--minutes",
                "60",
                "--capacity",
                "1",
            ],
            2,
        ),
        (
            vec![
                "schedule",
                "slots",
                "add",
                "--kind",
                "kela",
                "--weekday",
                "6",
                "--start",
                "10:00",
                "--minutes",
                "60",
                "--capacity",
                "4",
            ],
            2,
        ),
        (
            vec![
                "schedule",
                "slots",
                "add",
                "--kind",
                "kela",
                "--weekday",
                "2",
                "--start",
                "25:00",
                "--minutes",
                "60",
                "--capacity",
                "4",
            ],
            2,
        ),
        (vec!["schedule", "slots", "remove", "999"], 3),
        (
            vec!["schedule", "close-day", "2026-02-30", "--reason", "x"],
            2,
        ),
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, code, "{args:?}: {run:?}");
        assert_eq!(env.dump(), before, "{args:?}");
    }
    env.ok(&[
        "schedule",
        "close-day",
        "2026-12-01",
        "--reason",
        "Kela training",
    ]);
    let agenda = env
        .run(&["--json", "schedule", "list", "--week", "2026-W49"])
        .json();
    let closed: Vec<&str> = agenda["closed_days"]
        .as_array()
        .expect("closed")
        .iter()
        .map(|d| d["date"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        closed,
        ["2026-12-01"],
        "Independence Day 6.12.2026 is a Sunday"
    );
    assert!(
        !agenda["meetings"]
            .as_array()
            .expect("meetings")
            .iter()
            .any(|m| m["starts_at"] == "2026-12-01 10:00"),
        "no Kela hour on the closed Tuesday"
    );
    assert_eq!(agenda["kela_contact"], "Kaija Kelalainen");
}

#[test]
fn meetings_are_moved_cancelled_and_missed_with_the_timeline_saying_so() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = assessed_case(&env, "Onni Siirto", now);
    let other = assessed_case(&env, "Elli Toinen", now);
    let dry = env
        .run_at(
            now,
            &[
                "--json",
                "schedule",
                &case,
                "--kind",
                "joint-assessment",
                "--dry-run",
            ],
        )
        .json();
    let listed: Vec<&str> = dry["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["starts_at"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        listed,
        [
            "2026-11-25 12:30",
            "2026-11-25 14:00",
            "2026-12-02 12:30",
            "2026-12-02 14:00",
            "2026-12-09 12:30"
        ]
    );
    assert_eq!(
        env.count("SELECT count(*) FROM bookings"),
        0,
        "a dry run books nothing"
    );
    let first = book(&env, now, &[&case, "--kind", "joint-assessment"]);
    book(
        &env,
        now,
        &[
            &other,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-25 14:00",
        ],
    );
    let id = first["id"].to_string();
    let run = env.run_at(now, &["schedule", "move", &id, "--at", "2026-11-25 14:00"]);
    assert_eq!(run.code, 4, "full: {run:?}");
    let moved = env
        .run_at(
            now,
            &[
                "--json",
                "schedule",
                "move",
                &id,
                "--at",
                "2026-12-02 12:30",
            ],
        )
        .json();
    assert_eq!(moved["starts_at"], "2026-12-02 12:30");
    let run = env.run_at(now, &["schedule", "no-show", &id]);
    assert_eq!(run.code, 4, "not yet happened: {run:?}");
    env.ok_at(
        "2026-12-02 15:00",
        &[
            "schedule",
            "no-show",
            &id,
            "--note",
            "did not answer the phone either",
        ],
    );
    let run = env.run_at(
        "2026-12-02 15:00",
        &["schedule", "cancel", &id, "--reason", "x"],
    );
    assert_eq!(run.code, 4, "only a booked meeting is cancelled: {run:?}");
    let again = book(
        &env,
        "2026-12-02 15:00",
        &[&case, "--kind", "joint-assessment"],
    );
    assert_eq!(
        again["starts_at"], "2026-12-09 12:30",
        "a no-show does not block a new booking"
    );
    env.ok_at(
        "2026-12-02 15:00",
        &[
            "schedule",
            "cancel",
            &again["id"].to_string(),
            "--reason",
            "client in hospital",
        ],
    );
    let kinds: Vec<String> = env.query(
        "SELECT kind FROM events WHERE case_id = ?1 AND kind LIKE 'meeting-%' ORDER BY id",
        &[&case],
    );
    assert_eq!(
        kinds,
        [
            "meeting-booked",
            "meeting-moved",
            "meeting-no-show",
            "meeting-booked",
            "meeting-cancelled"
        ]
    );
    let ics = env.ok_at(
        "2026-12-02 15:00",
        &["schedule", "ics", "--from", "2026-11-01"],
    );
    assert!(
        ics.contains("STATUS:CANCELLED"),
        "a cancelled meeting leaves the calendars too"
    );
}

#[test]
fn closing_cancels_booked_meetings_and_consent_gates_hold_to_the_end() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = assessed_case(&env, "Urho Loppu", now);
    let ja = book(&env, now, &[&case, "--kind", "joint-assessment"]);
    let run = env.run_at(
        now,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-11-30 19:00",
        ],
    );
    assert_eq!(run.code, 4, "outside working hours: {run:?}");
    // Consent withdrawn after booking: the meeting cannot be held.
    env.ok_at(
        now,
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    let run = env.run_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("withdrew"), "{}", run.stderr);
    env.ok_at(now, &["close", &case, "--reason", "consent-withdrawn"]);
    assert_eq!(env.count("SELECT count(*) FROM bookings WHERE status = 'cancelled' AND status_note = 'the case was closed'"), 1);
    let agenda = env.run_at(now, &["--json", "schedule", "list"]).json();
    assert!(agenda["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .all(|m| m["booked"].as_array().is_some_and(Vec::is_empty)));
    // The client consents again: the closed case takes the consent and can be reopened.
    let run = env.run_at(
        now,
        &["reopen", &case, "--note", "client changed their mind"],
    );
    assert_eq!(run.code, 4, "no consent yet: {run:?}");
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
    env.ok_at(
        now,
        &["reopen", &case, "--note", "client changed their mind"],
    );
    assert_eq!(env.phase(&case), "joint-assessment");
}

#[test]
fn a_meeting_can_name_professionals_from_the_directory() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = assessed_case(&env, "Lempi Kutsuttu", now);
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Pekka Physio",
        "--role",
        "physiotherapist",
        "--unit",
        "Rehabilitation",
    ]);
    let ja = book(
        &env,
        now,
        &[&case, "--kind", "joint-assessment", "--participant", "1"],
    );
    let other = assessed_case(&env, "Oiva Toinen", now);
    let before = env.dump();
    let run = env.run_at(
        now,
        &[
            "schedule",
            &other,
            "--kind",
            "joint-assessment",
            "--participant",
            "9",
        ],
    );
    assert_eq!(run.code, 3, "an unknown directory entry: {run:?}");
    assert!(run.stderr.contains("directory entry 9"), "{}", run.stderr);
    assert_eq!(env.dump(), before, "the booking is not kept either");
    let agenda = env
        .run_at(
            now,
            &["--json", "schedule", "list", "--kind", "joint-assessment"],
        )
        .json();
    let entry = agenda["meetings"]
        .as_array()
        .and_then(|m| {
            m.iter()
                .flat_map(|m| m["booked"].as_array().cloned().unwrap_or_default())
                .find(|e| e["meeting"] == ja["id"])
        })
        .expect("booked entry");
    assert_eq!(
        entry["invited"][0],
        "Pekka Physio (physiotherapist, Rehabilitation)"
    );
}

#[test]
fn a_no_at_the_second_kela_screen_refuses_the_kela_hour_unless_overridden_with_a_reason() {
    let env = TestEnv::new();
    let now = "2026-12-20 10:00";
    let no = ready_for_kela_screened(&env, "Oona Ohitus", "no");
    let yes = ready_for_kela(&env, "Veikko Vahvistus");
    env.refused_at(now, &["schedule", &no, "--kind", "kela"], 4, "Kela screen");
    env.refused_at(
        now,
        &["schedule", &no, "--kind", "kela", "--dry-run"],
        4,
        "--override-screen REASON",
    );
    // Bad input: an empty reason, the flag on another kind, or with nothing to override.
    env.refused_at(
        now,
        &["schedule", &no, "--kind", "kela", "--override-screen", " "],
        2,
        "--override-screen",
    );
    env.refused_at(
        now,
        &[
            "schedule",
            &no,
            "--kind",
            "network",
            "--at",
            "2026-12-22 10:00",
            "--override-screen",
            "because",
        ],
        2,
        "--override-screen: --override-screen goes with booking a Kela hour",
    );
    env.refused_at(
        now,
        &[
            "schedule",
            &yes,
            "--kind",
            "kela",
            "--override-screen",
            "because",
        ],
        2,
        "--override-screen: the joint assessment's Kela screen did not say no",
    );
    assert_eq!(env.phase(&no), "joint-assessment");

    // With the reason the hour is booked and the timeline keeps why.
    let booked = book(
        &env,
        now,
        &[
            &no,
            "--kind",
            "kela",
            "--override-screen",
            "the client's sickness allowance ends in January",
        ],
    );
    assert_eq!(booked["kind"], "kela", "{booked}");
    assert_eq!(env.phase(&no), "kela-consultation");
    let shown = env.ok_at(now, &["show", &no]);
    assert!(
        shown.contains("Kela screen said no; booked because: the client's sickness allowance"),
        "{shown}"
    );
    // Personal text, kept apart from the chained codes.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{no}' AND detail LIKE '%sickness%'"
        )),
        0
    );
    // A "yes" needs nothing.
    book(&env, now, &[&yes, "--kind", "kela"]);
}
