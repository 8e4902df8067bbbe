//! Time and identity cannot be forged quietly: a row written under an overridden clock says so in
//! `show`, `audit access` and `audit verify`, and every row records the operating-system login
//! that ran the command beside `--as`.

use crate::common::{into_run, TestEnv};

#[test]
fn an_overridden_clock_and_the_real_login_are_recorded_and_shown() {
    let env = TestEnv::new();
    // Under MOTY_NOW (the test environment's fixed clock).
    let case = env.refer("Kello Kokeilija", &[]);
    // Under the system clock, acting "as" someone else.
    let run = into_run(
        env.command()
            .env_remove("MOTY_NOW")
            .args(["--as", "someone-else", "show", &case])
            .output()
            .expect("run"),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let login = moty::clock::os_login().expect("the test runs as a named user");
    let rows: Vec<(String, String, String)> = env
        .connection()
        .prepare("SELECT actor, os_user, clock FROM access_log ORDER BY id")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect()
        })
        .expect("rows");
    assert_eq!(
        rows,
        [
            (
                "coordinator-a".to_string(),
                login.clone(),
                "override".to_string()
            ),
            (
                "someone-else".to_string(),
                login.clone(),
                "system".to_string()
            ),
        ]
    );
    let shown = env.ok(&["show", &case]);
    assert!(shown.contains("clock overridden"), "{shown}");
    let access = env.run(&["--json", "audit", "access", &case]).json();
    let marks: Vec<bool> = access["access"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["clock_overridden"] == true)
        .collect();
    assert_eq!(&marks[..2], [true, false]);
    assert_eq!(access["access"][1]["os_user"], login.as_str());
    let verify = env.run(&["--json", "audit", "verify"]).json();
    let events = verify["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "events")
        .expect("events")
        .clone();
    assert_eq!(events["clock_overridden"], 1, "{events}");
    // The system clock is later than the fixed one; a row entered after it under MOTY_NOW is
    // earlier than the row before it, and verify says so without calling the chain broken.
    env.ok(&["show", &case]);
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(
        verify.stdout.contains("earlier than the row before"),
        "{}",
        verify.stdout
    );
}
