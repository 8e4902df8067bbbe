//! `moty import referrals`: a team's referral sheet, both CSV dialects, everything or nothing,
//! every problem with its line and column, clients matched as `refer` matches them, the same rows
//! `refer` writes (timeline, access log), and the chains intact.

use std::path::PathBuf;

use crate::common::TestEnv;

/// A valid identity code (the published algorithm, computed here so the test does not trust the
/// code under test); individual numbers 900–999 are temporary codes.
pub(super) fn hetu(ddmmyy: &str, individual: u32) -> String {
    const CHECK: &[u8] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let number: u32 = format!("{ddmmyy}{individual:03}").parse().expect("digits");
    format!(
        "{ddmmyy}-{individual:03}{}",
        CHECK[(number % 31) as usize] as char
    )
}

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Writes `text` as a file in the test's folder and returns its path.
pub(super) fn sheet(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).expect("write the sheet");
    path.to_string_lossy().into_owned()
}

pub(super) const HEADER: &str =
    "nimi,henkilötunnus,väliaikainen tunnus,asiakasryhmä,lähde,kanava,syy\n";

pub(super) fn row(name: &str, code: &str) -> String {
    format!("{name},{code},kyllä,working-age,primary-care,yht405,several needs\n")
}

#[test]
fn the_comma_sheet_opens_a_case_for_every_line_as_refer_would() {
    let env = TestEnv::new();
    let file = example("referrals.csv");
    let run = env.run(&[
        "--json",
        "import",
        "referrals",
        file.to_str().expect("path"),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let json = run.json();
    assert_eq!(json["action"], "import-referrals");
    assert_eq!(json["referrals"], 3);
    assert_eq!(json["new_clients"], 3);
    assert_eq!(json["existing_clients"], 0);
    assert_eq!(json["first_case"], "2026-0001");
    assert_eq!(json["last_case"], "2026-0003");
    assert_eq!(env.count("SELECT count(*) FROM clients"), 3);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cases WHERE phase = 'referred' AND opened_on = '2026-11-05'
                   AND client_group = 'working-age' AND urgency = 'urgent'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM referral_signs WHERE sign = 'other' AND other_text = 'lost housing'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE hetu_temporary AND municipality = 'Kotka'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE hetu IS NULL AND birth_year = 1969"),
        1
    );
    // The multi-line reason, quoted in the file, is kept as written.
    assert_eq!(
        env.count("SELECT count(*) FROM referrals WHERE reason = 'Lives alone, needs help with\neveryday matters'"),
        1
    );
    // The same rows refer writes: the timeline's case-opened entry and the access log's change.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'case-opened' AND actor = 'coordinator-a'"
        ),
        3
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log WHERE action = 'change'
                   AND command = 'import referrals' AND client_id IS NOT NULL AND case_id IS NOT NULL"
        ),
        3
    );
    // The referring unit's text is mapped as refer maps it.
    assert_eq!(
        env.count("SELECT count(*) FROM unit_names WHERE name = 'te-palvelut'"),
        1
    );
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
}

#[test]
fn the_finnish_excel_sheet_with_semicolons_and_a_bom_is_read_too() {
    let env = TestEnv::new();
    let file = example("lahetteet-excel-fi.csv");
    let bytes = std::fs::read(&file).expect("the example");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the example has its BOM"
    );
    let run = env.run(&["import", "referrals", file.to_str().expect("path")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("Imported 2 referrals"),
        "{}",
        run.stdout
    );
    // D.M.YYYY dates, two signs separated by a semicolon inside quotes, kyllä for yes.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cases WHERE opened_on = '2026-11-12' AND urgency = 'urgent'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM referral_signs WHERE sign IN ('worry', 'daily-life')"),
        2
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE name = 'Aune Mäkelä-Esimerkki'"),
        1
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn every_problem_is_named_by_line_and_column_and_nothing_is_written() {
    let env = TestEnv::new();
    env.refer("Kalle Olemassa", &[]);
    let before = env.dump();
    let text = format!(
        "{HEADER}{}{}{}{}{}",
        row("Anna Hyvä", &hetu("010180", 901)),
        // A mistyped check character.
        "Bertta Väärä,010180-9016,kyllä,working-age,primary-care,yht405,needs\n",
        // No reason, an unknown group.
        "Cecilia Puute,,,nobody,primary-care,yht405,\n",
        // The same identity code as line 2.
        row("Anna Toinen", &hetu("010180", 901)),
        // A temporary code without the column saying so.
        "Doris Tilapäinen,010180-9026,,working-age,primary-care,yht405,needs\n",
    );
    let path = sheet(&env, "bad.csv", &text);
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    for expected in [
        "5 problems, nothing was imported",
        "line 3, column \"henkilötunnus\": the check character does not match",
        "line 4, column \"asiakasryhmä\": 'nobody' is not allowed",
        "line 4, column \"syy\": required, but empty",
        "line 5, column \"henkilötunnus\": the same identity code as on line 2",
        "line 6, column \"henkilötunnus\": the individual number 902 marks a temporary identity code",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert_eq!(env.dump(), before, "a refused sheet wrote something");
}

#[test]
fn an_unknown_or_missing_column_refuses_the_header() {
    let env = TestEnv::new();
    let path = sheet(&env, "header.csv", "nimi;kenkä;syy\nAnna;42;x\n");
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("line 1, column \"kenkä\": not a column moty reads"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 1, column \"asiakasryhmä\": this required column is missing"),
        "{}",
        run.stderr
    );
    assert!(!env.register_exists(), "nothing was created");
}

#[test]
fn a_client_the_register_has_is_matched_and_an_open_case_refuses_the_line() {
    let env = TestEnv::new();
    let known = hetu("150575", 950);
    let case = env.refer("Liisa Tuttu", &["--hetu", &known, "--temporary-hetu"]);
    env.ok(&["close", &case, "--reason", "redirected"]);
    let text = format!(
        "{HEADER}{}{}",
        row("Liisa Tuttu", &known),
        row("Uusi Asiakas", &hetu("010190", 933))
    );
    let path = sheet(&env, "known.csv", &text);
    let run = env.run(&["--json", "import", "referrals", &path]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["existing_clients"], 1);
    assert_eq!(run.json()["new_clients"], 1);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM clients WHERE hetu = '{known}'"
        )),
        1,
        "the same identity code is the same client"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM cases JOIN clients ON clients.id = cases.client_id WHERE hetu = '{known}'"
        )),
        2
    );
    // Now both have an open case: the same file again is refused, line by line, as refer refuses.
    let before = env.dump();
    let again = env.run(&["import", "referrals", &path]);
    assert_eq!(again.code, 2, "{again:?}");
    assert!(again.stderr.contains("2 problems"), "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("line 2: the client already has an open case"),
        "{}",
        again.stderr
    );
    assert!(
        again
            .stderr
            .contains("line 3: the client already has an open case"),
        "{}",
        again.stderr
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_different_name_for_a_known_identity_code_is_refused_as_refer_refuses_it() {
    let env = TestEnv::new();
    let known = hetu("150575", 951);
    let case = env.refer("Liisa Tuttu", &["--hetu", &known, "--temporary-hetu"]);
    env.ok(&["close", &case, "--reason", "redirected"]);
    let path = sheet(
        &env,
        "renamed.csv",
        &format!("{HEADER}{}", row("Liisa Toinen", &known)),
    );
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("line 2: "), "{}", run.stderr);
    assert!(run.stderr.contains("Liisa Toinen"), "{}", run.stderr);
}

#[test]
fn standard_input_and_the_dry_run() {
    let env = TestEnv::new();
    let text = format!(
        "{HEADER}{}{}",
        row("Anna Hyvä", &hetu("010180", 901)),
        row("Bertil Bra", &hetu("020280", 902))
    );
    let dry = env.run_with(
        &["--json", "import", "referrals", "--dry-run", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(dry.code, 0, "{dry:?}");
    assert_eq!(dry.json()["dry_run"], true);
    assert_eq!(dry.json()["referrals"], 2);
    assert_eq!(dry.json()["first_case"], serde_json::Value::Null);
    assert_eq!(
        env.count("SELECT count(*) FROM cases"),
        0,
        "a dry run writes nothing"
    );
    let run = env.run_with(&["import", "referrals", "-"], Some(text.as_bytes()));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Imported 2 referrals from -: 2 new clients, 0 existing."),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.is_empty(),
        "no progress bar on a pipe: {}",
        run.stderr
    );
    assert_eq!(env.count("SELECT count(*) FROM cases"), 2);
}

#[test]
fn the_chains_verify_after_an_import_between_referrals() {
    let env = TestEnv::new();
    env.refer("Ennen Tuontia", &[]);
    let rows: String = (0..450)
        .map(|i| {
            row(
                "Tuotu Asiakas",
                &hetu(&format!("{:02}0385", i % 28 + 1), 900 + i / 28),
            )
        })
        .collect();
    let path = sheet(&env, "many.csv", &format!("{HEADER}{rows}"));
    env.ok(&["import", "referrals", &path]);
    env.refer("Tuonnin Jälkeen", &[]);
    assert_eq!(env.count("SELECT count(*) FROM cases"), 452);
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'import referrals'"),
        450
    );
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
}

pub(super) const PHONE_HEADER: &str =
    "nimi,henkilötunnus,väliaikainen tunnus,puhelin,asiakasryhmä,lähde,kanava,syy\n";

/// Line `i`'s name: letters only, each line's its own ("Erä Tuotuaaa", "Erä Tuotuaab", …).
fn lettered(i: usize) -> String {
    let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
    format!(
        "Erä Tuotu{}{}{}",
        letter(i / 676),
        letter(i / 26),
        letter(i)
    )
}

/// A sheet of `n` fictitious referrals with phones; the identity codes are temporary and unique.
pub(super) fn phone_rows(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "{},{},kyllä,+358 40 7{i:06},working-age,primary-care,yht405,needs\n",
                lettered(i),
                hetu(&format!("{:02}0486", i % 28 + 1), 900 + (i / 28) as u32)
            )
        })
        .collect()
}

#[test]
fn a_sheet_longer_than_a_batch_is_written_whole_and_found_by_name_and_phone() {
    let env = TestEnv::new();
    // A client the register has, referred again in the middle of the sheet (its case closed).
    let known = hetu("150575", 952);
    let case = env.refer("Liisa Tuttu", &["--hetu", &known, "--temporary-hetu"]);
    env.ok(&["close", &case, "--reason", "redirected"]);
    // More than two of the write chunks (1,000 referrals) and four of a server's batches (500).
    let mut rows = phone_rows(2_050);
    rows.insert(
        1_500,
        format!("Liisa Tuttu,{known},kyllä,,working-age,primary-care,yht405,again\n"),
    );
    let path = sheet(
        &env,
        "long.csv",
        &format!("{PHONE_HEADER}{}", rows.concat()),
    );
    let run = env.run(&["--json", "import", "referrals", &path]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["referrals"], 2_051);
    assert_eq!(run.json()["new_clients"], 2_050);
    assert_eq!(run.json()["existing_clients"], 1);
    assert_eq!(run.json()["first_case"], "2026-0002");
    assert_eq!(run.json()["last_case"], "2026-2052");
    assert_eq!(env.count("SELECT count(*) FROM cases"), 2_052);
    assert_eq!(env.count("SELECT count(*) FROM clients"), 2_051);
    // Every case numbered once, in the sheet's order.
    assert_eq!(
        env.count("SELECT count(DISTINCT seq) FROM cases WHERE seq BETWEEN 2 AND 2052"),
        2_051
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM cases k JOIN clients c ON c.id = k.client_id
             WHERE c.hetu = '{known}' AND k.id = '2026-1502'"
        )),
        1,
        "the known client's new case is the line's"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cases k JOIN clients c ON c.id = k.client_id
             WHERE c.name = 'Erä Tuotucyx' AND k.id = '2026-2002'"
        ),
        1,
        "each case is its own line's client's"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'case-opened'"),
        2_052
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'import referrals'"),
        2_051
    );
    assert_eq!(env.count("SELECT count(*) FROM referral_signs"), 0);
    // The search index holds the imported clients: by a name fragment and a phone fragment.
    let by_name = env.ok(&["find", &lettered(1_234)[5..]]);
    assert!(by_name.contains("2026-1236"), "{by_name}");
    let by_phone = env.ok(&["find", "7001777"]);
    assert!(by_phone.contains("2026-1780"), "{by_phone}");
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
}

#[test]
fn a_refused_line_in_the_last_batch_leaves_nothing() {
    let env = TestEnv::new();
    let known = hetu("150575", 953);
    env.refer("Liisa Auki", &["--hetu", &known, "--temporary-hetu"]);
    // Compared without the access log: on a server the checks' look-ups across teams log
    // themselves, whatever happens to the sheet.
    let written = |env: &TestEnv| {
        ["clients", "cases", "referrals", "events", "log_texts"]
            .map(|table| env.count(&format!("SELECT count(*) FROM {table}")))
    };
    let before = (env.dump(), written(&env));
    let mut rows = phone_rows(2_050);
    // Line 2,052: the client already has an open case.
    rows.push(format!(
        "Liisa Auki,{known},kyllä,,working-age,primary-care,yht405,again\n"
    ));
    let path = sheet(
        &env,
        "last.csv",
        &format!("{PHONE_HEADER}{}", rows.concat()),
    );
    let run = env.run(&["import", "referrals", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("line 2052: the client already has an open case"),
        "{}",
        run.stderr
    );
    assert_eq!(written(&env), before.1, "a refused sheet wrote something");
    if matches!(crate::common::engine(), crate::common::Engine::Sqlite) {
        assert_eq!(env.dump(), before.0, "a refused sheet wrote something");
    }
}
