//! `moty import referrals` over more rows than one piece (1,000 rows on a file, a batch of 500 on
//! a server): the sheet is read a piece at a time, twice, and never held whole, so what spans
//! the pieces is checked here — an identity code twice, problems in the first and the last
//! piece, more problems than are shown, standard input and a pipe read twice.

use super::import_referrals::{hetu, phone_rows, row, sheet, HEADER, PHONE_HEADER};
use crate::common::TestEnv;

/// The rows every refused import must leave as they were (the access log aside: on a server the
/// checks' look-ups across teams log themselves, whatever happens to the sheet).
fn written(env: &TestEnv) -> [i64; 5] {
    ["clients", "cases", "referrals", "events", "log_texts"]
        .map(|table| env.count(&format!("SELECT count(*) FROM {table}")))
}

#[test]
fn an_identity_code_in_two_pieces_names_the_first_line_before_the_register_is_opened() {
    let env = TestEnv::new();
    let mut rows = phone_rows(2_050);
    // Line 2,002, in the third piece, has line 12's identity code under another name.
    let again = rows[10].replace("Erä Tuotu", "Toinen Tuotu");
    rows.insert(2_000, again);
    let path = sheet(
        &env,
        "twice.csv",
        &format!("{PHONE_HEADER}{}", rows.concat()),
    );
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("one problem, nothing was imported"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 2002, column \"henkilötunnus\": the same identity code as on line 12"),
        "{}",
        run.stderr
    );
    assert!(!env.register_exists(), "the register was created");
}

#[test]
fn problems_in_the_first_and_the_last_piece_are_both_named_and_nothing_is_written() {
    let env = TestEnv::new();
    let first = hetu("150575", 954);
    let last = hetu("160575", 955);
    env.refer("Liisa Auki", &["--hetu", &first, "--temporary-hetu"]);
    env.refer("Leena Auki", &["--hetu", &last, "--temporary-hetu"]);
    let before = (env.dump(), written(&env));
    let mut rows = phone_rows(2_050);
    rows.insert(
        0,
        format!("Liisa Auki,{first},kyllä,,working-age,primary-care,yht405,again\n"),
    );
    rows.push(format!(
        "Leena Auki,{last},kyllä,,working-age,primary-care,yht405,again\n"
    ));
    let path = sheet(
        &env,
        "ends.csv",
        &format!("{PHONE_HEADER}{}", rows.concat()),
    );
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    for expected in [
        "2 problems, nothing was imported",
        "line 2: the client already has an open case",
        "line 2053: the client already has an open case",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert_eq!(written(&env), before.1, "a refused sheet wrote something");
    if matches!(crate::common::engine(), crate::common::Engine::Sqlite) {
        assert_eq!(env.dump(), before.0, "a refused sheet wrote something");
    }
}

#[test]
fn more_problems_than_are_shown_are_counted_across_the_pieces() {
    let env = TestEnv::new();
    // Every tenth line of 1,500 names a group there is not: 150 problems, the 100th on line 992.
    let rows: Vec<String> = phone_rows(1_500)
        .into_iter()
        .enumerate()
        .map(|(i, row)| match i % 10 {
            0 => row.replace("working-age", "nobody"),
            _ => row,
        })
        .collect();
    let path = sheet(
        &env,
        "many.csv",
        &format!("{PHONE_HEADER}{}", rows.concat()),
    );
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    for expected in [
        "150 problems, nothing was imported",
        "line 2, column \"asiakasryhmä\": 'nobody' is not allowed",
        "line 992, column \"asiakasryhmä\"",
        "… and 50 more",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert!(!run.stderr.contains("line 1002,"), "{}", run.stderr);
    assert!(!env.register_exists(), "the register was created");
}

#[test]
fn standard_input_longer_than_a_piece_is_checked_and_imported_whole() {
    let env = TestEnv::new();
    let mut rows = phone_rows(2_050);
    // No identity code, the same name, in two pieces: two clients, as refer makes them.
    let nameless = "Sama Nimi,,,+358 40 7999999,working-age,primary-care,yht405,needs\n";
    rows.insert(100, nameless.to_string());
    rows.push(nameless.to_string());
    let text = format!("{PHONE_HEADER}{}", rows.concat());
    let dry = env.run_with(
        &["--json", "import", "referrals", "--dry-run", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(dry.code, 0, "{dry:?}");
    assert_eq!(dry.json()["referrals"], 2_052);
    assert_eq!(dry.json()["new_clients"], 2_052);
    assert_eq!(env.count("SELECT count(*) FROM cases"), 0);
    let run = env.run_with(
        &["--json", "import", "referrals", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["referrals"], 2_052);
    assert_eq!(run.json()["first_case"], "2026-0001");
    assert_eq!(run.json()["last_case"], "2026-2052");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE name = 'Sama Nimi'"),
        2
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cases k JOIN clients c ON c.id = k.client_id
                   WHERE c.name = 'Sama Nimi' AND k.id IN ('2026-0101', '2026-2052')"
        ),
        2,
        "each in its line's place"
    );
    assert_eq!(env.count("SELECT count(*) FROM cases"), 2_052);
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
}

/// A pipe named as the file (`<(…)`, `/dev/stdin`) cannot be read twice: it is read as standard
/// input is.
#[cfg(unix)]
#[test]
fn a_pipe_named_as_the_file_is_read_as_standard_input_is() {
    let env = TestEnv::new();
    let text = format!(
        "{HEADER}{}{}",
        row("Anna Putki", &hetu("030380", 903)),
        row("Bertil Rör", &hetu("040480", 904))
    );
    let run = env.run_with(
        &["import", "referrals", "/dev/stdin"],
        Some(text.as_bytes()),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("Imported 2 referrals from /dev/stdin"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT count(*) FROM cases"), 2);
}
