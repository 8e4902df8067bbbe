//! The plan (HOPA), onward pathways, the directory, the anonymous description, follow-up and
//! closing together.

use crate::common::{self, TestEnv};

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case whose joint assessment (segment omatoimi) was held on Wednesday 25.11.2026.
fn assessed(env: &TestEnv, name: &str) -> String {
    let now = "2026-11-23 09:00";
    let case = env.refer(name, &["--phone", "040 555 0177", "--hetu", "131052-308T"]);
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
    let ja = json_at(env, now, &["schedule", &case, "--kind", "joint-assessment"]);
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    case
}

#[test]
fn the_whole_path_from_referral_to_closing_together() {
    let env = TestEnv::new();
    let monday = "2026-11-23 09:00";
    let case = env.refer(
        "Kerttu Kokonainen",
        &[
            "--source",
            "employment-services",
            "--referrer-unit",
            "TE-palvelut",
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
    let ja = json_at(
        &env,
        monday,
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
            "yes",
            "--kela-screen",
            "yes",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--goals",
            "Back to work part-time",
            "--need",
            "health=back pain",
            "--note",
            "started at the joint assessment",
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
    let kela = json_at(&env, wednesday, &["schedule", &case, "--kind", "kela"]);
    let thursday = "2026-11-26 15:00";
    env.ok_at(
        thursday,
        &[
            "schedule",
            "held",
            &kela["id"].to_string(),
            "--network-needed",
        ],
    );
    let net = json_at(
        &env,
        thursday,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-01 10:00",
            "--chair",
            "Sanna Sosiaalinen",
        ],
    );
    let tuesday = "2026-12-01 12:00";
    env.ok_at(
        tuesday,
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
    // The network meeting supplements the plan: three pathways, the client confirms.
    env.ok_at(
        tuesday,
        &[
            "plan",
            &case,
            "--key-worker-unit",
            "Adult social work",
            "--key-worker-contact",
            "040 555 0199",
            "--pathway",
            "service=doctor;booked=yes;appointment=2026-12-10;purpose=B-statement for Kela",
            "--pathway",
            "service=physiotherapy;unit=Health centre rehabilitation",
            "--pathway",
            "service=kela;purpose=rehabilitation application",
            "--client-confirmed",
            "--complete",
            "--note",
            "supplemented at the network meeting",
        ],
    );
    assert_eq!(env.phase(&case), "follow-up");
    // Follow-up due eight weeks on: not listed a month later, listed (overdue) after.
    let early = json_at(&env, "2026-12-28 09:00", &["follow-up", "due"]);
    assert_eq!(early["follow_ups"].as_array().map(Vec::len), Some(0));
    let due = json_at(&env, "2027-01-28 09:00", &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["case"], case.as_str());
    assert_eq!(due["follow_ups"][0]["due_on"], "2027-01-26");
    assert_eq!(due["follow_ups"][0]["days_overdue"], 2);
    assert_eq!(due["follow_ups"][0]["key_worker"], "Sanna Sosiaalinen");
    env.ok_at(
        "2027-01-28 10:00",
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--knows-contact",
            "yes",
            "--usefulness",
            "9",
            "--appointments-saved",
            "3",
            "--saved-service",
            "doctor",
            "--saved-service",
            "physiotherapy",
            "--time-saved",
            "1-2-months",
            "--next",
            "close",
            "--note",
            "ended together on the phone",
        ],
    );
    assert_eq!(env.phase(&case), "closed");
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE close_reason = 'completed'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'case-closed' AND json_extract(detail, '$.jointly') = 1 AND json_extract(detail, '$.ended_by') = 'coordinator-a'"),
        1
    );
    let shown = env.ok_at("2027-01-28 11:00", &["show", &case]);
    for expected in [
        "Contact (key worker)",
        "Sanna Sosiaalinen (Adult social work, 040 555 0199)",
        "completed together with the client",
        "Plan 2: doctor (booked), physiotherapy (planned), Kela: benefit or rehabilitation application, B-statement (planned)",
        "on the pathway, usefulness 9/10",
        "meeting held: Kela remote consultation",
        "onward pathways agreed",
        "follow-up recorded",
    ] {
        assert!(
            shown.contains(expected),
            "show lacks {expected:?}:\n{shown}"
        );
    }
    let phases: Vec<String> = env
        .query("SELECT json_extract(detail, '$.phase') FROM events WHERE case_id = ?1 AND json_extract(detail, '$.phase') IS NOT NULL ORDER BY id", &[&case]);
    assert_eq!(
        phases,
        [
            "referred",
            "joint-assessment",
            "kela-consultation",
            "network-meeting",
            "onward-pathways",
            "follow-up",
            "closed"
        ]
    );
}

#[test]
fn every_plan_change_is_a_version_and_old_versions_are_kept_exactly() {
    let env = TestEnv::new();
    let case = assessed(&env, "Lauri Versio");
    let now = "2026-11-26 10:00";
    env.ok_at(
        now,
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--goals",
            "Steady income",
            "--note",
            "first",
        ],
    );
    let first = json_at(&env, now, &["plan", "show", &case]);
    env.ok_at(
        now,
        &[
            "plan",
            &case,
            "--pathway",
            "service=social-worker;purpose=income support",
            "--action",
            "what=collect pay slips;who=client;by=2026-12-04",
        ],
    );
    env.ok_at(
        now,
        &[
            "plan",
            &case,
            "--pathway-status",
            "1=booked",
            "--action-status",
            "1=done",
            "--goals",
            "Steady income and housing",
            "--note",
            "third",
        ],
    );
    let history = json_at(&env, now, &["plan", "show", &case, "--history"]);
    let versions = history["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 3);
    let changes = |i: usize| -> Vec<String> {
        versions[i]["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .map(|c| c.as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(
        changes(0),
        ["Key worker: Outi Omainen", "Goals: Steady income"]
    );
    assert_eq!(
        changes(1),
        [
            "action 1 added: collect pay slips",
            "pathway 1 added: social-worker"
        ]
    );
    assert_eq!(
        changes(2),
        [
            "Goals: Steady income and housing",
            "action 1 is now done",
            "pathway 1 is now booked"
        ]
    );
    assert_eq!(versions[2]["note"], "third");
    let again = json_at(&env, now, &["plan", "show", &case, "--version", "1"]);
    assert_eq!(again, first, "version 1 reads back exactly");
    let run = env.run_at(now, &["plan", "show", &case, "--version", "9"]);
    assert_eq!(run.code, 3);
    let same = env.ok_at(
        now,
        &["plan", &case, "--goals", "Steady income and housing"],
    );
    assert!(same.contains("Nothing to change"), "{same}");
    assert_eq!(env.count("SELECT count(*) FROM plan_versions"), 3);
    let md = env.ok_at(now, &["plan", "show", &case, "--format", "md"]);
    assert!(
        md.contains("Your contact person is **Outi Omainen**"),
        "{md}"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log WHERE recipient = 'the client'"),
        1
    );
}

#[test]
fn the_description_is_refused_when_it_identifies_the_client() {
    let env = TestEnv::new();
    let case = assessed(&env, "Aino-Maija Mäkinen");
    let draft = env.ok(&["plan", "describe", &case]);
    assert!(draft.contains("What has worked, what has not"), "{draft}");
    for (text, leaked) in [
        ("Asiakas MAKINEN tarvitsee tukea.", "name"),
        ("aino-maija toivoo apua", "name"),
        ("Tunnus 131052-308t.", "identity code"),
        ("Tunnus 131052308T.", "identity code"),
        ("Soita 040-555 0177.", "phone number"),
        ("Puhelin +358405550177", "phone number"),
    ] {
        // The refusal names what it found: a view, logged even though nothing is saved.
        let args = ["plan", "describe", &case, "--text", text];
        env.refused_and_logged(common::NOW, &args, 2, leaked);
        let run = env.run(&args);
        assert!(run.stderr.contains("--text"), "{text}: {}", run.stderr);
    }
    let clean = "Asiakas tarvitsee tukea toimeentuloon ja asumiseen. Aiemmin aikuissosiaalityö.";
    env.ok(&["plan", "describe", &case, "--text", clean]);
    assert_eq!(env.ok(&["plan", "describe", &case]), clean);
}

#[test]
fn refusals_leave_the_register_unchanged() {
    let env = TestEnv::new();
    let case = assessed(&env, "Väinö Kieltäytyy");
    let referred = env.refer("Saimi Alussa", &[]);
    let now = "2026-11-26 10:00";
    let check = |args: &[&str], code: i32, says: &str| env.refused_at(now, args, code, says);
    check(
        &[
            "plan",
            &case,
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
        4,
        "key worker",
    );
    check(
        &["plan", &referred, "--key-worker", "Outi Omainen"],
        4,
        "joint assessment",
    );
    check(
        &["plan", &case, "--pathway", "service=astrology"],
        2,
        "service catalogue",
    );
    check(
        &["plan", &case, "--pathway", "service=doctor;colour=blue"],
        2,
        "keys are",
    );
    check(&["plan", &case, "--need", "happiness=more"], 2, "--need");
    check(
        &["plan", &case, "--pathway-status", "3=booked"],
        2,
        "no pathway 3",
    );
    check(
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--next",
            "close",
        ],
        4,
        "after the onward pathways",
    );
    check(&["close", &case, "--reason", "completed"], 4, "key worker");
    env.ok_at(
        now,
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    check(&["close", &case, "--reason", "completed"], 4, "follow-up");
    for score in ["0", "11"] {
        check(
            &[
                "follow-up",
                &case,
                "--reached",
                "yes",
                "--status",
                "on-path",
                "--usefulness",
                score,
                "--next",
                "close",
            ],
            2,
            "--usefulness",
        );
    }
    check(
        &[
            "follow-up",
            &case,
            "--reached",
            "no",
            "--status",
            "on-path",
            "--next",
            "close",
        ],
        2,
        "--status",
    );
    check(
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--next",
            "again",
        ],
        2,
        "--next-on",
    );
    check(
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--next",
            "close",
            "--saved-service",
            "magic",
        ],
        2,
        "--saved-service",
    );
    // Another follow-up on a date moves the due date; reconvening goes back to a network meeting.
    env.ok_at(
        now,
        &[
            "follow-up",
            &case,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            "2027-02-01",
        ],
    );
    let due = json_at(&env, "2027-02-01 09:00", &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["due_on"], "2027-02-01");
    env.ok_at(
        now,
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "dropped-off",
            "--next",
            "reconvene-network",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
}

#[test]
fn the_directory_is_searched_by_indication_and_imported_all_or_nothing() {
    let env = TestEnv::new();
    env.refer("Helmi Hakemisto", &[]);
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Pirjo Muistihoitaja",
        "--role",
        "memory nurse",
        "--unit",
        "Memory clinic",
        "--when-to-refer",
        "muistihuoli, muistitestit",
        "--phone",
        "020 555 2000",
    ]);
    let good = env.dir.path().join("good.csv");
    std::fs::write(&good, "name,role,unit,area,team,team_lead,phone,email,when_to_refer\n\
        Teemu Työkyky,work-ability coordinator,Occupational health,South,Työkykytiimi,yes,020 555 3000,teemu@example.org,\"työkyky, B-lausunto Kelalle\"\n\
        Laura Lääkäri,doctor,Health centre,North,,no,,laura@example.org,B-lausunto\n").expect("write");
    let out = env
        .run(&[
            "--json",
            "directory",
            "import",
            good.to_str().expect("path"),
        ])
        .json();
    assert_eq!(out["imported"], 2);
    let found = env
        .run(&["--json", "directory", "find", "b-lausunto"])
        .json();
    let names: Vec<&str> = found["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["Laura Lääkäri", "Teemu Työkyky"]);
    let found = env.run(&["--json", "directory", "find", "MUISTI"]).json();
    assert_eq!(found["entries"][0]["name"], "Pirjo Muistihoitaja");
    let bad = env.dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "name,role,unit,area,team,team_lead,phone,email,when_to_refer\n\
        Kalle Kunnossa,physiotherapist,Rehabilitation,,,no,,,\n\
        Liisa Lista,physiotherapist,Rehabilitation,,,maybe,,,\n",
    )
    .expect("write");
    let before = env.dump();
    let run = env.run(&["directory", "import", bad.to_str().expect("path")]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("line 3") && run.stderr.contains("team_lead"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before, "nothing imported");
    let bad = env.dir.path().join("bytes.csv");
    let mut bytes =
        b"name,role,unit,area,team,team_lead,phone,email,when_to_refer\nKalle,nurse,Clinic,,,no,,,"
            .to_vec();
    bytes.extend_from_slice(b"\xff\n");
    std::fs::write(&bad, bytes).expect("write");
    let run = env.run(&["directory", "import", bad.to_str().expect("path")]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("line 2") && run.stderr.contains("UTF-8"),
        "{}",
        run.stderr
    );
    // A pathway names a directory entry.
    let case = assessed(&env, "Oiva Ohjattava");
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "plan",
            &case,
            "--pathway",
            "service=doctor;pro=3;purpose=B-statement",
        ],
    );
    let plan = json_at(&env, "2026-11-26 10:00", &["plan", "show", &case]);
    assert_eq!(plan["plan"]["pathways"][0]["professional"], "Laura Lääkäri");
    assert_eq!(plan["plan"]["pathways"][0]["unit"], "Health centre");
}

#[test]
fn the_follow_up_call_can_be_recorded_at_a_terminal() {
    let env = TestEnv::new();
    let case = assessed(&env, "Aarne Soitto");
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    let mut session = env.pty("2027-01-21 10:00", &["follow-up", &case]);
    let mut answer = |prompt: &str, keys: &str| {
        session
            .exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        std::thread::sleep(std::time::Duration::from_millis(300));
        session.send(keys).expect("send");
        session.flush().expect("flush");
    };
    answer("Was the client reached?", "y");
    answer("dropped-off", "\r");
    answer("whom to contact?", "y");
    answer("usefulness score", "9\r");
    // The pair's savings are estimated per reception, not asked at the call.
    answer("reconvene-team", "\r");
    session
        .exp_string("Recorded the follow-up")
        .expect("recorded");
    session.exp_eof().expect("exit");
    assert_eq!(
        env.count("SELECT count(*) FROM follow_ups WHERE reached = 1 AND status = 'on-path' AND knows_contact = 1 AND usefulness = 9 AND time_saved IS NULL AND next_step = 'close'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM estimates"), 0);
    assert_eq!(env.phase(&case), "closed");
}
