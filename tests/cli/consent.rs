//! `moty consent`: the kinds, their methods, withdrawal history and the Kela form.

use crate::common::TestEnv;

#[test]
fn a_consent_is_given_listed_and_withdrawn_keeping_its_history() {
    let env = TestEnv::new();
    let case = env.refer("Maija Manninen", &[]);
    let run = env.run(&[
        "--json",
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
        "--on",
        "2026-11-20",
        "--scope",
        "health centre and social work",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let json = run.json();
    assert_eq!(json["consent"]["kind"], "multi-professional");
    assert_eq!(json["consent"]["in_force"], true);
    assert_eq!(json["consent"]["recorded_by"], "coordinator-a");

    let run = env.run(&[
        "--json",
        "consent",
        "withdraw",
        &case,
        "--kind",
        "multi-professional",
        "--note",
        "client wants to pause",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["consent"]["withdrawn_on"], "2026-11-23");

    let listed = env.run(&["--json", "consent", "list", &case]).json();
    let consents = listed["consents"].as_array().expect("array");
    assert_eq!(consents.len(), 1, "the withdrawn consent stays on record");
    assert_eq!(consents[0]["given_on"], "2026-11-20");
    assert_eq!(consents[0]["in_force"], false);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind IN ('consent-given', 'consent-withdrawn')"
        ),
        2
    );
    let shown = env.ok(&["show", &case]);
    assert!(shown.contains("withdrawn 2026-11-23"), "{shown}");
    assert!(shown.contains("client wants to pause"), "{shown}");
}

#[test]
fn each_kind_is_given_only_by_its_methods() {
    let env = TestEnv::new();
    let case = env.refer("Oiva Ojala", &[]);
    let before = env.dump();
    for (kind, method) in [("kela-exchange", "oral"), ("meeting", "written")] {
        let run = env.run(&["consent", "give", &case, "--kind", kind, "--method", method]);
        assert_eq!(run.code, 2, "{kind} {method}: {run:?}");
        assert!(run.stderr.contains("--method"), "{}", run.stderr);
    }
    assert_eq!(env.dump(), before);
    env.ok(&[
        "consent", "give", &case, "--kind", "meeting", "--method", "oral",
    ]);
    env.ok(&[
        "consent", "give", &case, "--kind", "meeting", "--method", "oral",
    ]);
    assert_eq!(
        env.count("SELECT count(*) FROM consents WHERE kind = 'meeting'"),
        2,
        "one per meeting"
    );
}

#[test]
fn a_consent_already_in_force_is_not_recorded_twice() {
    let env = TestEnv::new();
    let case = env.refer("Lempi Laine", &[]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    let before = env.dump();
    let run = env.run(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    assert_eq!(run.code, 4, "{run:?}");
    assert_eq!(env.dump(), before);
    // Written consent after oral is the Moty track's step up, and is allowed.
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
}

#[test]
fn the_kela_form_needs_the_kela_consent_and_records_its_date() {
    let env = TestEnv::new();
    let case = env.refer("Aarne Aalto", &[]);
    let before = env.dump();
    let run = env.run(&["consent", "send-kela", &case]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stderr.contains("kela-exchange"),
        "says what to record: {}",
        run.stderr
    );
    assert_eq!(env.dump(), before);

    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "kela-exchange",
        "--method",
        "written",
        "--on",
        "2026-11-18",
    ]);
    let run = env.run(&["consent", "send-kela", &case, "--on", "2026-11-17"]);
    assert_eq!(run.code, 2, "sent before it was given: {run:?}");
    env.ok(&["consent", "send-kela", &case, "--on", "2026-11-19"]);
    assert_eq!(
        env.count("SELECT count(*) FROM consents WHERE sent_to_kela_on = '2026-11-19'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'kela-form-sent'"),
        1
    );
}

#[test]
fn withdrawing_what_is_not_in_force_or_is_ambiguous_is_refused() {
    let env = TestEnv::new();
    let case = env.refer("Saimi Salo", &[]);
    let run = env.run(&["consent", "withdraw", &case, "--kind", "meeting"]);
    assert_eq!(run.code, 3, "{run:?}");
    env.ok(&[
        "consent", "give", &case, "--kind", "meeting", "--method", "oral",
    ]);
    env.ok(&[
        "consent", "give", &case, "--kind", "meeting", "--method", "oral",
    ]);
    let run = env.run(&["consent", "withdraw", &case, "--kind", "meeting"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--id"), "{}", run.stderr);
    env.ok(&["consent", "withdraw", &case, "--id", "2"]);
    assert_eq!(
        env.count("SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL"),
        1
    );
    assert_eq!(
        env.count("SELECT id FROM consents WHERE withdrawn_on IS NOT NULL"),
        2
    );
}

#[test]
fn consents_of_a_missing_case_are_not_found() {
    let env = TestEnv::new();
    env.refer("Juho Jokinen", &[]);
    let run = env.run(&[
        "consent",
        "give",
        "2026-0099",
        "--kind",
        "meeting",
        "--method",
        "oral",
    ]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("2026-0099"));
}

/// The contact request (yhteydenottopyyntö, seed 000) is a consent of its own, written or oral,
/// listed with the others; triage onto the Moty track needs it beside the written consent, the
/// Yhteistyö-tiimi track does not.
#[test]
fn the_contact_request_is_recorded_listed_and_gates_the_moty_track() {
    let env = TestEnv::new();
    let case = env.refer("Kaarina Kutsu", &[]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    let triage = [
        "triage",
        case.as_str(),
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ];
    env.refused_at(
        crate::common::NOW,
        &triage,
        4,
        "contact request (yhteydenottopyyntö), and none is recorded; record it with moty consent give 2026-0001 --kind contact-request --method written",
    );
    let run = env.run(&[
        "--json",
        "consent",
        "give",
        &case,
        "--kind",
        "contact-request",
        "--method",
        "written",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["consent"]["kind"], "contact-request");
    let listed = env.run(&["--json", "consent", "list", &case]).json();
    let kinds: Vec<&str> = listed["consents"]
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, ["multi-professional", "contact-request"]);
    let table = env.ok(&["consent", "list", &case]);
    assert!(
        table.contains("the client's contact request (yhteydenottopyyntö)"),
        "{table}"
    );
    // One at a time, like the other kinds but meetings.
    env.refused_at(
        crate::common::NOW,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "contact-request",
            "--method",
            "written",
        ],
        4,
        "already in force",
    );
    env.ok(&triage);
    assert_eq!(env.phase(&case), "joint-assessment");
    assert!(env
        .ok(&["show", &case])
        .contains("consent given: the client's contact request (yhteydenottopyyntö) (written)"));

    // A withdrawn request blocks the Moty track again; an oral one (the client calls) is enough.
    let other = env.refer("Olli Oma", &["--source", "self", "--channel", "phone"]);
    for (kind, method) in [
        ("multi-professional", "written"),
        ("contact-request", "written"),
    ] {
        env.ok(&[
            "consent", "give", &other, "--kind", kind, "--method", method,
        ]);
    }
    env.ok(&["consent", "withdraw", &other, "--kind", "contact-request"]);
    env.refused_at(
        crate::common::NOW,
        &[
            "triage",
            &other,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
        4,
        "the client withdrew it",
    );
    env.ok(&[
        "consent",
        "give",
        &other,
        "--kind",
        "contact-request",
        "--method",
        "oral",
    ]);
    env.ok(&[
        "triage",
        &other,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);

    // The Yhteistyö-tiimi track rests on oral consent alone (seed 001).
    let team = env.refer("Tiina Tiimi", &[]);
    env.ok(&[
        "consent",
        "give",
        &team,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    env.ok(&[
        "triage",
        &team,
        "--decision",
        "collaboration-team",
        "--kela-screen",
        "no",
        "--unit",
        "adult clinic",
    ]);
    assert_eq!(env.phase(&team), "collaboration-team");
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

/// The work list names a referral still waiting for its contact request, until it is recorded.
#[test]
fn the_work_list_asks_for_a_missing_contact_request() {
    let env = TestEnv::new();
    let case = env.refer("Kalle Pyyntö", &[]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    let missing = |env: &TestEnv| -> Vec<String> {
        let run = env.run(&["--json", "report", "queue"]);
        assert_eq!(run.code, 0, "{run:?}");
        run.json()["sections"]["consents_to_collect"]
            .as_array()
            .expect("rows")
            .iter()
            .filter(|r| r["case"] == case.as_str())
            .map(|r| r["missing"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(missing(&env), ["contact-request"]);
    let md = env.ok(&["report", "queue"]);
    assert!(
        md.contains("the client's contact request (yhteydenottopyyntö)"),
        "{md}"
    );
    env.contact_request(&case);
    assert!(missing(&env).is_empty());
}
