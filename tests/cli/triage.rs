//! `moty triage`, `close`, `reopen`: decisions through flags, the consent gates, the queue, and
//! the interactive queue driven through a pseudo-terminal.

use crate::common::{TestEnv, NOW};

/// The phase the timeline says, which must always equal `cases.phase`.
fn timeline_phase(env: &TestEnv, case: &str) -> String {
    env.one(
        "SELECT json_extract(detail, '$.phase') FROM events WHERE case_id = ?1
         AND json_extract(detail, '$.phase') IS NOT NULL ORDER BY id DESC LIMIT 1",
        &[case],
    )
}

/// Sends keys once the prompt has had a moment to put the terminal in raw mode: a key typed
/// before that would be cooked by the terminal's line discipline.
fn send_keys(session: &mut rexpect::session::PtySession, keys: &str) {
    if keys.is_empty() {
        return;
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(keys).expect("send");
    session.flush().expect("flush");
}

fn consent(env: &TestEnv, case: &str, method: &str) {
    env.ok(&[
        "consent",
        "give",
        case,
        "--kind",
        "multi-professional",
        "--method",
        method,
    ]);
}

#[test]
fn each_decision_through_flags_moves_the_case_and_records_the_triage() {
    let env = TestEnv::new();
    let single = env.refer("Aino Aaltonen", &[]);
    let joint = env.refer("Eero Eronen", &["--group", "older-pmt"]);
    let team = env.refer("Helmi Heino", &["--group", "family"]);
    let redirect = env.refer("Ilmari Ilola", &[]);
    let decline = env.refer("Kerttu Kallio", &[]);
    consent(&env, &joint, "written");
    env.contact_request(&joint);
    consent(&env, &team, "oral");

    let runs = [
        (
            &single,
            vec![
                "--decision",
                "single-issue",
                "--kela-screen",
                "no",
                "--advice",
                "applied for housing allowance together",
            ],
            "closed",
        ),
        (
            &joint,
            vec![
                "--decision",
                "joint-assessment",
                "--kela-screen",
                "yes",
                "--urgency",
                "urgent",
                "--note",
                "book soon",
            ],
            "joint-assessment",
        ),
        (
            &team,
            vec![
                "--decision",
                "collaboration-team",
                "--kela-screen",
                "no",
                "--unit",
                "family social work",
                "--unit",
                "adult clinic",
            ],
            "collaboration-team",
        ),
        (
            &redirect,
            vec![
                "--decision",
                "redirect",
                "--kela-screen",
                "no",
                "--to",
                "electronic social-welfare notification",
            ],
            "closed",
        ),
        (
            &decline,
            vec![
                "--decision",
                "decline",
                "--kela-screen",
                "no",
                "--reason",
                "needs one service only",
            ],
            "closed",
        ),
    ];
    for (case, flags, want) in runs {
        let mut args = vec!["--json", "triage", case.as_str()];
        args.extend(flags);
        let run = env.run(&args);
        assert_eq!(run.code, 0, "{case}: {run:?}");
        assert_eq!(run.json()["phase"], want);
        assert_eq!(env.phase(case), want);
        assert_eq!(timeline_phase(&env, case), want, "the timeline agrees");
    }
    let reasons: Vec<(String, Option<String>)> =
        env.query("SELECT id, close_reason FROM cases ORDER BY id", &[]);
    let reasons: Vec<Option<&str>> = reasons.iter().map(|(_, r)| r.as_deref()).collect();
    assert_eq!(
        reasons,
        [
            Some("resolved-single-issue"),
            None,
            None,
            Some("redirected"),
            Some("declined")
        ]
    );
    assert_eq!(env.count("SELECT count(*) FROM triage_decisions"), 5);
    assert_eq!(
        env.count("SELECT count(*) FROM triage_team t JOIN triage_decisions d ON d.id = t.decision_id
                   WHERE d.case_id = '2026-0002' AND t.role IN ('nurse', 'social-counsellor', 'care-counsellor')"),
        3,
        "older-pmt: nurse + social counsellor + care counsellor"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM triage_team t JOIN triage_decisions d ON d.id = t.decision_id
                   WHERE d.case_id = '2026-0003' AND t.role = 'family-centre-worker'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE id = '2026-0002' AND urgency = 'urgent'"),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM triage_decisions WHERE kela_screen = 1 AND note = 'book soon'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM triage_decisions WHERE units = '[\"family social work\",\"adult clinic\"]'"),
        1
    );
}

#[test]
fn the_team_can_be_edited() {
    let env = TestEnv::new();
    let case = env.refer("Onni Orava", &[]);
    consent(&env, &case, "written");
    env.contact_request(&case);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
        "--team",
        "nurse,social-counsellor,doctor",
    ]);
    assert_eq!(
        env.count("SELECT count(*) FROM triage_team WHERE role = 'doctor'"),
        1
    );
}

#[test]
fn refusals_leave_the_register_unchanged() {
    let env = TestEnv::new();
    let case = env.refer("Saimi Saari", &[]);
    let ja = ["--decision", "joint-assessment", "--kela-screen", "yes"];
    let check = |args: &[&str], code: i32, says: &str| {
        let mut all = vec!["triage", case.as_str()];
        all.extend_from_slice(args);
        env.refused_at(NOW, &all, code, says);
    };
    check(&ja, 4, "none is in force");
    consent(&env, &case, "oral");
    check(&ja, 4, "written multi-professional consent");
    env.ok(&["consent", "withdraw", &case, "--kind", "multi-professional"]);
    check(
        &[
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
        ],
        4,
        "withdrew",
    );
    check(
        &["--decision", "redirect", "--kela-screen", "no"],
        2,
        "--to",
    );
    check(
        &["--decision", "decline", "--kela-screen", "no"],
        2,
        "--reason",
    );
    check(
        &["--decision", "single-issue", "--kela-screen", "no"],
        2,
        "--advice",
    );
    check(
        &["--decision", "collaboration-team", "--kela-screen", "no"],
        2,
        "--unit",
    );
    check(
        &[
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "x",
            "--to",
            "y",
        ],
        2,
        "--to",
    );
    check(&["--decision", "decline"], 2, "--kela-screen");
    check(
        &[
            "--decision",
            "decline",
            "--kela-screen",
            "perhaps",
            "--reason",
            "x",
        ],
        2,
        "--kela-screen",
    );
    check(
        &[
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "x",
            "--on",
            "2026-10-01",
        ],
        2,
        "since",
    );
    env.ok(&["close", &case, "--reason", "moved-away"]);
    check(
        &[
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "x",
        ],
        4,
        "reopen",
    );
    let run = env.run(&[
        "triage",
        "2026-0099",
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "x",
    ]);
    assert_eq!(run.code, 3);
}

#[test]
fn a_triaged_case_cannot_be_triaged_again_and_the_refusal_names_the_allowed_steps() {
    let env = TestEnv::new();
    let case = env.refer("Toivo Toivonen", &[]);
    consent(&env, &case, "written");
    env.contact_request(&case);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);
    let run = env.run(&[
        "triage",
        &case,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "x",
    ]);
    assert_eq!(run.code, 4, "{run:?}");
    for allowed in [
        "kela-consultation",
        "network-meeting",
        "onward-pathways",
        "close",
    ] {
        assert!(run.stderr.contains(allowed), "{}", run.stderr);
    }
}

#[test]
fn close_and_reopen_are_new_events_and_reopen_returns_to_the_phase_it_left() {
    let env = TestEnv::new();
    let case = env.refer("Urho Uotila", &[]);
    consent(&env, &case, "written");
    env.contact_request(&case);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);
    let run = env.run(&[
        "--json",
        "close",
        &case,
        "--reason",
        "unreachable",
        "--note",
        "three calls",
    ]);
    assert_eq!(run.json()["close_reason"], "unreachable");
    assert_eq!(env.phase(&case), "closed");
    let run = env.run(&["close", &case, "--reason", "other"]);
    assert_eq!(run.code, 4, "already closed: {run:?}");
    assert!(run.stderr.contains("reopen"));
    let run = env.run(&["reopen", &case]);
    assert_eq!(run.code, 2, "a reopening needs its note");
    let run = env.run(&["--json", "reopen", &case, "--note", "client called back"]);
    assert_eq!(run.json()["phase"], "joint-assessment");
    assert_eq!(timeline_phase(&env, &case), "joint-assessment");
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE closed_on IS NULL AND close_reason IS NULL"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind IN ('case-closed', 'case-reopened')"),
        2
    );
    let run = env.run(&["reopen", &case, "--note", "again"]);
    assert_eq!(run.code, 4, "only a closed case reopens");
    // A case closed at triage goes back to the queue.
    let declined = env.refer("Venla Vuori", &[]);
    env.ok(&[
        "triage",
        &declined,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "x",
    ]);
    env.ok(&["reopen", &declined, "--note", "new information"]);
    assert_eq!(env.phase(&declined), "referred");
}

#[test]
fn withdrawing_multi_professional_consent_can_close_the_case() {
    let env = TestEnv::new();
    let case = env.refer("Väinö Virta", &[]);
    consent(&env, &case, "written");
    let out = env.ok(&["consent", "withdraw", &case, "--kind", "multi-professional"]);
    assert!(
        out.contains("--reason consent-withdrawn"),
        "offers the close: {out}"
    );
    assert_eq!(
        env.phase(&case),
        "referred",
        "without --close the case stays open"
    );
    consent(&env, &case, "oral");
    env.ok(&[
        "consent",
        "withdraw",
        &case,
        "--kind",
        "multi-professional",
        "--close",
    ]);
    assert_eq!(env.phase(&case), "closed");
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE close_reason = 'consent-withdrawn'"),
        1
    );
}

#[test]
fn the_queue_is_urgent_first_then_oldest_and_its_json_is_pinned() {
    let env = TestEnv::new();
    env.refer("Aino Old", &["--on", "2026-10-01"]);
    env.refer("Eero Urgent", &["--on", "2026-11-20", "--urgent"]);
    env.refer("Helmi Middle", &["--on", "2026-11-01"]);
    env.refer("Ilmari Urgentold", &["--on", "2026-11-10", "--urgent"]);
    let done = env.refer("Kerttu Triaged", &["--on", "2026-09-01"]);
    env.ok(&[
        "triage",
        &done,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "x",
    ]);
    consent(&env, "2026-0001", "written");
    let run = env.run(&["--json", "triage", "--list"]);
    assert_eq!(run.code, 0);
    let json = run.json();
    let queue = json["queue"].as_array().expect("queue");
    let cases: Vec<&str> = queue
        .iter()
        .map(|c| c["case"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(cases, ["2026-0004", "2026-0002", "2026-0001", "2026-0003"]);
    let first = &json["queue"][2];
    let keys: Vec<&str> = first
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "birth_year",
            "case",
            "channel",
            "client_group",
            "consent",
            "days_waiting",
            "hetu",
            "name",
            "non_disclosure",
            "opened_on",
            "phase",
            "phase_since",
            "phone",
            "region",
            "source",
            "urgency"
        ]
    );
    assert_eq!(first["consent"], "written");
    assert_eq!(first["days_waiting"], 53);
    assert_eq!(first["urgency"], "normal");
    // On a pipe, the bare command prints the queue and never waits.
    let plain = env.ok(&["triage"]);
    assert!(
        plain.find("Ilmari Urgentold") < plain.find("Aino Old"),
        "{plain}"
    );
}

#[test]
fn the_interactive_queue_decides_two_skips_one_and_quits() {
    let env = TestEnv::new();
    let a = env.refer("Aino Ahola", &["--on", "2026-11-01"]);
    let b = env.refer("Eero Ekola", &["--on", "2026-11-20", "--urgent"]);
    let c = env.refer("Helmi Hovi", &["--on", "2026-11-10"]);
    let d = env.refer("Ilmari Isola", &["--on", "2026-11-15"]);
    let before_c = env.run(&["--json", "show", &c]).json()["case"].clone();
    consent(&env, &a, "written");
    env.contact_request(&a);

    let mut session = env.pty(NOW, &["triage"]);
    let step = |session: &mut rexpect::session::PtySession, wait: &str, keys: &str| {
        session
            .exp_string(wait)
            .unwrap_or_else(|e| panic!("waiting for {wait:?}: {e}"));
        session.send(keys).expect("send");
        session.flush().expect("flush");
    };
    // 1. The urgent case first: decline it.
    step(&mut session, &b, "");
    step(&mut session, "This case", "\r");
    step(&mut session, "Decision", "jjjj\r");
    step(&mut session, "Kela", "n");
    step(&mut session, "Team", "\r");
    step(&mut session, "Urgency", "\r");
    step(&mut session, "declined", "not a client of this model\r");
    step(&mut session, "Note", "\r");
    step(&mut session, "Record this decision", "y");
    // 2. Then the oldest: joint assessment, consent already in force.
    step(&mut session, &a, "");
    step(&mut session, "This case", "\r");
    step(&mut session, "Decision", "j\r");
    step(&mut session, "Kela", "y");
    step(&mut session, "Team", "\r");
    step(&mut session, "Urgency", "\r");
    step(&mut session, "Note", "first visit Wednesday\r");
    step(&mut session, "Record this decision", "y");
    step(
        &mut session,
        "Book the next free joint assessment, 2026-11-25 12:30?",
        "y",
    );
    session.exp_string("Booked meeting 1").expect("booked");
    // 3. Skip the next, 4. quit at the last.
    step(&mut session, &c, "");
    step(&mut session, "This case", "j\r");
    step(&mut session, &d, "");
    step(&mut session, "This case", "jjj\r");
    session.exp_string("2 decided, 2 left").expect("summary");
    session.exp_eof().expect("exit");

    assert_eq!(env.phase(&b), "closed");
    assert_eq!(env.phase(&a), "joint-assessment");
    assert_eq!(env.count("SELECT count(*) FROM triage_decisions"), 2);
    assert_eq!(
        env.count("SELECT count(*) FROM triage_decisions WHERE case_id = '2026-0002' AND outcome = 'not a client of this model' AND kela_screen = 0"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM triage_decisions WHERE case_id = '2026-0001' AND note = 'first visit Wednesday' AND kela_screen = 1"),
        1
    );
    assert_eq!(env.phase(&c), "referred");
    assert_eq!(env.phase(&d), "referred");
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE case_id = '2026-0001' AND kind = 'joint-assessment' AND starts_at = '2026-11-25 12:30'"),
        1,
        "the offered slot was booked"
    );
    assert_eq!(
        env.run(&["--json", "show", &c]).json()["case"],
        before_c,
        "the skipped case is unchanged"
    );
}

#[test]
fn ctrl_c_at_a_prompt_leaves_the_case_untouched() {
    let env = TestEnv::new();
    let case = env.refer("Lempi Lehto", &[]);
    let before = env.dump();
    let mut session = env.pty(NOW, &["triage"]);
    session.exp_string("quit").expect("queue shown");
    send_keys(&mut session, "\r");
    session.exp_string("decline").expect("decision prompt");
    send_keys(&mut session, "j\r");
    session.exp_string("Kela").expect("kela prompt");
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send_control('c').expect("ctrl-c");
    session.exp_eof().expect("exit");
    assert_eq!(env.phase(&case), "referred");
    // The queue view itself is an access (logged); nothing else may change.
    let after = env.dump();
    let strip = |dump: &str| -> String {
        dump.split("# ")
            .filter(|t| !t.starts_with("access_log"))
            .collect::<Vec<_>>()
            .join("# ")
    };
    assert_eq!(strip(&after), strip(&before));
}
