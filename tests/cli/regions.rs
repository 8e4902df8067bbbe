//! Regional pairs (seed 000: the south and the north pair) each work their own view of the one
//! register: the region belongs to the case, a slot rule may belong to a region, and the lists
//! show the coordinator's default region unless told otherwise.

use crate::common::TestEnv;

const MONDAY: &str = "2026-11-23 09:00";

fn refer(env: &TestEnv, name: &str, region: &str) -> String {
    let run = env.run_at(
        MONDAY,
        &[
            "--json",
            "refer",
            "--name",
            name,
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "several overlapping needs",
            "--region",
            region,
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let case = run.json()["case"].as_str().expect("case").to_string();
    env.ok_at(
        MONDAY,
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
    env.contact_request_at(MONDAY, &case);
    case
}

fn queue(env: &TestEnv, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["--json", "triage", "--list"];
    args.extend_from_slice(extra);
    let run = env.run_at(MONDAY, &args);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()["queue"]
        .as_array()
        .expect("queue")
        .iter()
        .map(|q| q["case"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn each_pair_sees_its_own_region_and_a_regional_slot_is_its_own() {
    let env = TestEnv::new();
    let south = refer(&env, "Saara Etelä", "south");
    let north = refer(&env, "Niko Pohjola", "north");
    // Every region's lists until a coordinator sets a default.
    assert_eq!(queue(&env, &[]), [south.clone(), north.clone()]);
    env.ok_at(MONDAY, &["settings", "my-region", "north"]);
    assert_eq!(
        queue(&env, &[]),
        std::slice::from_ref(&north),
        "coordinator-a works the north"
    );
    assert_eq!(
        queue(&env, &["--region", "south"]),
        std::slice::from_ref(&south)
    );
    assert_eq!(
        queue(&env, &["--all-regions"]),
        [south.clone(), north.clone()]
    );
    // Another coordinator has no default: every region.
    let other = env.run_at(
        MONDAY,
        &["--as", "coordinator-b", "--json", "triage", "--list"],
    );
    assert_eq!(other.json()["queue"].as_array().map(Vec::len), Some(2));
    // The north pair holds its joint assessments on Tuesdays too.
    env.ok_at(
        MONDAY,
        &[
            "schedule",
            "slots",
            "add",
            "--kind",
            "joint-assessment",
            "--weekday",
            "2",
            "--start",
            "12:30",
            "--minutes",
            "90",
            "--capacity",
            "1",
            "--region",
            "north",
        ],
    );
    // The same time for the south pair is its own rule; one for every region is refused.
    env.ok_at(
        MONDAY,
        &[
            "schedule",
            "slots",
            "add",
            "--kind",
            "joint-assessment",
            "--weekday",
            "2",
            "--start",
            "12:30",
            "--minutes",
            "90",
            "--capacity",
            "1",
            "--region",
            "south",
        ],
    );
    env.refused_at(
        MONDAY,
        &[
            "schedule",
            "slots",
            "add",
            "--kind",
            "joint-assessment",
            "--weekday",
            "2",
            "--start",
            "12:30",
            "--minutes",
            "90",
            "--capacity",
            "1",
        ],
        4,
        "",
    );
    for case in [&south, &north] {
        env.ok_at(
            MONDAY,
            &[
                "triage",
                case,
                "--decision",
                "joint-assessment",
                "--kela-screen",
                "yes",
            ],
        );
    }
    // Both get Tuesday 12:30: each region's slot has its own place.
    for case in [&south, &north] {
        let run = env.run_at(
            MONDAY,
            &["--json", "schedule", case, "--kind", "joint-assessment"],
        );
        assert_eq!(run.code, 0, "{run:?}");
        assert_eq!(run.json()["starts_at"], "2026-11-24 12:30", "{case}");
    }
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE region = 'north'"),
        1,
        "a booking carries its case's region"
    );
    // The calendar of the default region, and of every region.
    let agenda = |extra: &[&str]| -> usize {
        let mut args = vec![
            "--json",
            "schedule",
            "list",
            "--from",
            "2026-11-24",
            "--until",
            "2026-11-24",
        ];
        args.extend_from_slice(extra);
        let run = env.run_at(MONDAY, &args);
        assert_eq!(run.code, 0, "{run:?}");
        run.json()["meetings"]
            .as_array()
            .expect("meetings")
            .iter()
            .map(|m| m["booked"].as_array().map_or(0, Vec::len))
            .sum()
    };
    assert_eq!(agenda(&[]), 1);
    assert_eq!(agenda(&["--all-regions"]), 2);
    let ics = env.run_at(
        MONDAY,
        &[
            "schedule",
            "ics",
            "--from",
            "2026-11-24",
            "--until",
            "2026-11-24",
        ],
    );
    assert!(
        ics.stdout.contains(&north) && !ics.stdout.contains(&south),
        "{}",
        ics.stdout
    );
    // The work list of the default region: on Wednesday both meetings wait to be marked held.
    let wednesday = "2026-11-25 09:00";
    let work = env.run_at(wednesday, &["--json", "report", "queue"]).stdout;
    assert!(work.contains(&north) && !work.contains(&south), "{work}");
    let work = env
        .run_at(wednesday, &["--json", "report", "queue", "--all-regions"])
        .stdout;
    assert!(work.contains(&north) && work.contains(&south), "{work}");
    // The weekly export of a region names only its cases (and the disclosure says which).
    let weekly = env.run_at(
        MONDAY,
        &[
            "report",
            "weekly",
            "--to-whom",
            "Yhteistyö-tiimi",
            "--format",
            "json",
            "--week",
            "2026-W48",
            "--region",
            "south",
        ],
    );
    assert_eq!(weekly.code, 0, "{weekly:?}");
    assert!(
        weekly.stdout.contains(&south) && !weekly.stdout.contains(&north),
        "{}",
        weekly.stdout
    );
    // Clearing the default shows every region again.
    env.ok_at(MONDAY, &["settings", "my-region", "--clear"]);
    assert_eq!(queue(&env, &[]).len(), 0, "both were triaged");
    assert_eq!(agenda(&[]), 2);
}

#[test]
fn a_case_moves_between_regions_as_a_timeline_event_with_its_bookings() {
    let env = TestEnv::new();
    let case = refer(&env, "Vilja Muuttaja", "south");
    env.ok_at(
        MONDAY,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    let booked = env.run_at(
        MONDAY,
        &["--json", "schedule", &case, "--kind", "joint-assessment"],
    );
    assert_eq!(booked.code, 0, "{booked:?}");
    let moved = env.run_at(
        MONDAY,
        &[
            "--json",
            "move-region",
            &case,
            "north",
            "--note",
            "moved to Kouvola",
        ],
    );
    assert_eq!(moved.code, 0, "{moved:?}");
    assert_eq!(
        moved.json(),
        serde_json::json!({"schema": 1, "case": case, "from": "south", "to": "north", "on": "2026-11-23"})
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM cases WHERE id = '{case}' AND region = 'north'"
        )),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE region = 'north' AND status = 'booked'"),
        1,
        "the booked meeting moved with it"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{case}' AND kind = 'region-changed'"
        )),
        1
    );
    let show = env.run_at(MONDAY, &["show", &case]);
    assert!(
        show.stdout
            .contains("moved to another region: from south to north — moved to Kouvola"),
        "{}",
        show.stdout
    );
    // Bad input and refusals: nothing written.
    env.refused_at(MONDAY, &["move-region", &case, "North"], 2, "REGION: case");
    env.refused_at(MONDAY, &["move-region", &case, ""], 2, "REGION");
    env.refused_at(MONDAY, &["move-region", "2026-0099", "east"], 3, "");
    env.refused_at(
        MONDAY,
        &["triage", "--list", "--region", "x", "--all-regions"],
        2,
        "--all-regions",
    );
    env.refused_at(
        MONDAY,
        &["settings", "my-region", "north", "--clear"],
        2,
        "--clear",
    );
    // An empty or blank region is bad input wherever a region is typed.
    env.refused_at(MONDAY, &["settings", "my-region", " "], 2, "REGION");
    env.refused_at(MONDAY, &["report", "queue", "--region", ""], 2, "--region");
    env.refused_at(
        MONDAY,
        &[
            "schedule",
            "slots",
            "add",
            "--kind",
            "kela",
            "--weekday",
            "2",
            "--start",
            "13:00",
            "--minutes",
            "60",
            "--capacity",
            "4",
            "--region",
            "",
        ],
        2,
        "--region",
    );
    env.ok_at(
        MONDAY,
        &[
            "close",
            &case,
            "--reason",
            "moved-away",
            "--note",
            "moved abroad",
        ],
    );
    env.refused_at(MONDAY, &["move-region", &case, "south"], 4, "closed");
}

#[test]
fn the_follow_ups_due_are_the_regions_own() {
    let env = TestEnv::new();
    let (_, b, _) = crate::report::known_register(&env);
    let due = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["--json", "follow-up", "due", "--all"];
        args.extend_from_slice(extra);
        let run = env.run_at("2027-01-25 09:00", &args);
        assert_eq!(run.code, 0, "{run:?}");
        run.json()["follow_ups"]
            .as_array()
            .expect("follow-ups")
            .iter()
            .map(|d| d["case"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(due(&[]), std::slice::from_ref(&b));
    env.ok_at("2027-01-25 09:00", &["move-region", &b, "north"]);
    assert_eq!(due(&["--region", "south"]), Vec::<String>::new());
    assert_eq!(
        due(&["--region", "NORTH"]),
        std::slice::from_ref(&b),
        "regions compare without case"
    );
}
