//! Phone-hour look-ups: find, show, list, and the access log each of them writes.

use crate::common::TestEnv;

#[test]
fn referral_consent_show_find_round_trip_logs_every_look_up() {
    let env = TestEnv::new();
    let case = env.refer(
        "Aino Mäkinen",
        &[
            "--hetu",
            "131052-308T",
            "--phone",
            "+358 555 0101",
            "--region",
            "south",
        ],
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    let access_before = env.count("SELECT count(*) FROM access_log");

    let shown = env.ok(&[
        "show",
        &case,
        "--reason",
        "phone call from the health centre",
    ]);
    assert!(
        shown.contains("Aino Mäkinen") && shown.contains("131052-308T"),
        "{shown}"
    );
    assert!(
        shown.contains("multi-professional work") && shown.contains("in force"),
        "{shown}"
    );
    assert!(shown.contains("referral registered"), "timeline: {shown}");

    for text in [
        "maki",
        "MÄKINEN aino",
        "131052-308T",
        "131052",
        "2026-1",
        "0555 0101",
        "+358 555 0101",
    ] {
        let found = env.run(&["--json", "find", text]).json();
        let matches = found["matches"].as_array().expect("matches");
        assert_eq!(matches.len(), 1, "{text}: {found}");
        assert_eq!(matches[0]["case"], case.as_str(), "{text}");
    }
    let none = env.run(&["--json", "find", "virtanen"]).json();
    assert_eq!(none["matches"].as_array().map(Vec::len), Some(0));

    let log = env.count("SELECT count(*) FROM access_log") - access_before;
    assert_eq!(log, 9, "one row for show, seven finds, one empty search");
    assert_eq!(
        env.count(
            // The reason is kept as erasable text beside the row (chain format 2).
            "SELECT count(*) FROM access_log a JOIN log_texts t
                   ON t.log = 'access_log' AND t.row_id = a.id
                   WHERE command = 'show' AND action = 'view'
                   AND client_id = 1 AND case_id = '2026-0001' AND actor = 'coordinator-a'
                   AND t.body = 'phone call from the health centre'
                   AND at = '2026-11-23T08:00:00Z' AND clock = 'override'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'find' AND action = 'view' AND client_id = 1"),
        7
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'find' AND action = 'search' AND client_id IS NULL"),
        1
    );
}

#[test]
fn show_prints_the_whole_case_as_json_with_backdating_visible() {
    let env = TestEnv::new();
    let case = env.refer(
        "Väinö Vainio",
        &["--on", "2026-11-02", "--sign", "finances"],
    );
    let json = env.run(&["--json", "show", &case]).json();
    assert_eq!(json["client"]["name"], "Väinö Vainio");
    assert_eq!(json["case"]["phase"], "referred");
    assert_eq!(json["case"]["days_in_phase"], 21);
    assert_eq!(json["referral"]["signs"][0], "finances");
    assert_eq!(json["timeline"][0]["effective_on"], "2026-11-02");
    assert_eq!(json["timeline"][0]["entered_at"], "2026-11-23T08:00:00Z");
    let text = env.ok(&["show", &case]);
    assert!(text.contains("backdated"), "{text}");
    let run = env.run(&["show", "2026-0042"]);
    assert_eq!(run.code, 3);
    let run = env.run(&["show", "yesterday"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("CASE"), "{}", run.stderr);
}

#[test]
fn list_filters_open_cases_and_logs_each_client_shown() {
    let env = TestEnv::new();
    env.refer("Eero Eskola", &["--region", "south", "--on", "2026-10-01"]);
    env.refer(
        "Elli Eskola",
        &[
            "--region",
            "north",
            "--on",
            "2026-11-20",
            "--group",
            "family",
        ],
    );
    env.refer("Ilmari Ikola", &["--region", "north", "--on", "2026-11-01"]);
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--json", "list"];
        all.extend_from_slice(args);
        env.run(&all).json()["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .map(|c| c["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        names(&[]),
        ["Eero Eskola", "Ilmari Ikola", "Elli Eskola"],
        "longest waiting first"
    );
    assert_eq!(
        names(&["--region", "north"]),
        ["Ilmari Ikola", "Elli Eskola"]
    );
    assert_eq!(names(&["--group", "family"]), ["Elli Eskola"]);
    assert_eq!(names(&["--waiting-over", "22"]), ["Eero Eskola"]);
    assert_eq!(
        names(&["--waiting-over", "21"]),
        ["Eero Eskola", "Ilmari Ikola"]
    );
    assert_eq!(names(&["--phase", "closed"]), Vec::<String>::new());
    let before = env.count("SELECT count(*) FROM access_log WHERE command = 'list'");
    env.ok(&["list"]);
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'list'") - before,
        3
    );
}

#[test]
fn look_ups_on_a_missing_register_say_so_and_create_nothing() {
    let env = TestEnv::new();
    for args in [vec!["find", "x"], vec!["show", "2026-0001"], vec!["list"]] {
        let run = env.run(&args);
        assert_eq!(run.code, 3, "{args:?}: {run:?}");
        assert!(run.stderr.contains("no register"), "{}", run.stderr);
    }
    assert!(!env.register_exists());
}
