//! `moty refer`: cases, clients, identity codes and the rules about open cases.

use crate::common::TestEnv;

/// A valid code for a date with any century sign (the published algorithm, computed here so the
/// test does not trust the code under test).
fn hetu(ddmmyy: &str, sign: char, individual: u32) -> String {
    const CHECK: &[u8] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let number: u32 = format!("{ddmmyy}{individual:03}").parse().expect("digits");
    format!(
        "{ddmmyy}{sign}{individual:03}{}",
        CHECK[(number % 31) as usize] as char
    )
}

#[test]
fn a_referral_opens_a_case_with_its_client_signs_and_timeline() {
    let env = TestEnv::new();
    let run = env.run(&[
        "--json",
        "refer",
        "--name",
        "Aino Mäkinen",
        "--hetu",
        &hetu("131052", '-', 308),
        "--phone",
        "+358 555 0101",
        "--municipality",
        "Kotka",
        "--region",
        "south",
        "--group",
        "older-pmt",
        "--source",
        "employment-services",
        "--channel",
        "secure-email",
        "--referrer",
        "Ella Esimerkki",
        "--referrer-unit",
        "TE-palvelut",
        "--referrer-contact",
        "ella@example.org",
        "--sign",
        "missed-appointments",
        "--sign",
        "other",
        "--other-sign",
        "lost housing",
        "--reason",
        "needs several services",
        "--on",
        "2026-11-20",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let json = run.json();
    assert_eq!(json["case"], "2026-0001");
    assert_eq!(json["new_client"], true);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cases WHERE id = '2026-0001' AND phase = 'referred'
                   AND client_group = 'older-pmt' AND opened_on = '2026-11-20'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM referral_signs WHERE case_id = '2026-0001'"),
        2
    );
    assert_eq!(
        env.count("SELECT count(*) FROM referral_signs WHERE sign = 'other' AND other_text = 'lost housing'"),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'case-opened' AND effective_on = '2026-11-20'
                   AND entered_at = '2026-11-23T08:00:00Z' AND actor = 'coordinator-a'"
        ),
        1,
        "the event keeps the effective date and the entry time apart"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'refer' AND action = 'change'"),
        1
    );
}

#[test]
fn case_ids_are_numbered_per_year() {
    let env = TestEnv::new();
    assert_eq!(env.refer("Eero Esimerkki", &[]), "2026-0001");
    assert_eq!(env.refer("Helmi Esimerkki", &[]), "2026-0002");
    let run = env
        .command()
        .env("MOTY_NOW", "2027-01-02 09:00")
        .args([
            "--json",
            "refer",
            "--name",
            "Onni Esimerkki",
            "--group",
            "family",
            "--source",
            "family-centre",
            "--channel",
            "phone",
            "--reason",
            "family strain",
        ])
        .output()
        .expect("run");
    assert!(run.status.success());
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).expect("json");
    assert_eq!(json["case"], "2027-0001");
}

#[test]
fn the_same_identity_code_is_the_same_client_and_a_second_open_case_needs_asking() {
    let env = TestEnv::new();
    let code = hetu("010190", 'Y', 245);
    let first = env.refer("Venla Virtanen", &["--hetu", &code]);
    let run = env.run(&[
        "refer",
        "--name",
        "Venla Virtanen",
        "--hetu",
        &code,
        "--group",
        "working-age",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "again",
    ]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stderr.contains(&first),
        "names the open case: {}",
        run.stderr
    );
    let second = env.refer("Venla Virtanen", &["--hetu", &code, "--another-case"]);
    assert_ne!(first, second);
    assert_eq!(env.count("SELECT count(*) FROM clients"), 1);
    assert_eq!(env.count("SELECT count(DISTINCT client_id) FROM cases"), 1);
}

#[test]
fn a_different_name_for_a_known_code_is_refused_unless_renamed() {
    let env = TestEnv::new();
    let code = hetu("020285", '-', 123);
    env.refer("Kerttu Kivinen", &["--hetu", &code]);
    let before = env.dump();
    let run = env.run(&[
        "refer",
        "--name",
        "Kerttu Koivu",
        "--hetu",
        &code,
        "--group",
        "working-age",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "again",
        "--another-case",
    ]);
    assert_eq!(run.code, 4, "{run:?}");
    // The refusal writes no access-log row, so it does not show the registered name.
    assert!(
        !run.stderr.contains("Kivinen") && run.stderr.contains("--rename"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("identity code belongs to a registered client under another name"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before, "a refusal writes nothing");
    env.refer(
        "Kerttu Koivu",
        &[
            "--hetu",
            &code,
            "--another-case",
            "--rename",
            "--phone",
            "0555 1234",
        ],
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM clients WHERE name = 'Kerttu Koivu' AND phone = '0555 1234'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'client-updated'"),
        1
    );
}

#[test]
fn a_client_without_a_code_is_joined_to_an_earlier_case_with_client_of() {
    let env = TestEnv::new();
    let first = env.refer("Lauri Lahtinen", &["--birth-year", "1970"]);
    env.refer("Lauri Lahtinen", &["--birth-year", "1970"]);
    assert_eq!(
        env.count("SELECT count(*) FROM clients"),
        2,
        "no code, no merging"
    );
    let run = env.run(&[
        "refer",
        "--client-of",
        &first,
        "--group",
        "working-age",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "again",
    ]);
    assert_eq!(run.code, 4, "the first case is still open: {run:?}");
    env.refer("Lauri Lahtinen", &["--client-of", &first, "--another-case"]);
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE client_id = 1"),
        2
    );
}

#[test]
fn identity_codes_of_every_century_sign_are_accepted() {
    let env = TestEnv::new();
    let signs = [
        '+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F',
    ];
    for (i, sign) in signs.iter().enumerate() {
        // 2000s codes need a birth date in the past: 15.06.2005 and so on.
        let code = hetu("150605", *sign, 200 + i as u32);
        env.refer("Siiri Sukunimi", &["--hetu", &code]);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM clients WHERE hetu = '{code}'"
            )),
            1,
            "{code} stored as given"
        );
    }
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE birth_year = 1805"),
        1,
        "+ is the 1800s"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE birth_year = 1905"),
        6
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE birth_year = 2005"),
        6
    );
}

#[test]
fn defective_identity_codes_are_refused_naming_the_field() {
    let env = TestEnv::new();
    env.refer("Toivo Testinen", &[]);
    let before = env.dump();
    let good = hetu("131052", '-', 308);
    let wrong_check = format!(
        "{}{}",
        &good[..10],
        if good.ends_with('A') { 'B' } else { 'A' }
    );
    let cases = [
        (wrong_check, "check character"),
        (hetu("300223", 'A', 308), "does not exist"),
        (hetu("290223", 'A', 308), "does not exist"),
        (hetu("131052", '-', 0), "not in use"),
        (hetu("131052", '-', 1), "not in use"),
        (hetu("131052", '-', 912), "--temporary-hetu"),
        (hetu("131052", '-', 308).replace('-', "G"), "century sign"),
        ("131052-308".to_string(), "11"),
        (hetu("150699", 'F', 308), "future"),
    ];
    for (code, why) in cases {
        let run = env.run(&[
            "refer",
            "--name",
            "Toivo Testinen",
            "--hetu",
            &code,
            "--group",
            "working-age",
            "--source",
            "kela",
            "--channel",
            "phone",
            "--reason",
            "x",
        ]);
        assert_eq!(run.code, 2, "{code}: {run:?}");
        assert!(
            run.stderr.contains("--hetu"),
            "{code}: names the field: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(why),
            "{code}: says why ({why}): {}",
            run.stderr
        );
    }
    assert_eq!(env.dump(), before);
    let temporary = hetu("131052", '-', 912);
    env.refer(
        "Toivo Testinen",
        &["--hetu", &temporary, "--temporary-hetu", "--another-case"],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE hetu_temporary = 1"),
        1
    );
}

#[test]
fn the_actor_comes_from_as_before_moty_user() {
    let env = TestEnv::new();
    env.refer("Urho Uusitalo", &["--as", "coordinator-b"]);
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE actor = 'coordinator-b'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE actor = 'coordinator-b'"),
        1
    );
}

#[test]
fn the_reason_can_be_read_from_standard_input() {
    let env = TestEnv::new();
    let run = env.run_with(
        &[
            "refer",
            "--name",
            "Hilja Hiltunen",
            "--group",
            "family",
            "--source",
            "family-centre",
            "--channel",
            "teams",
            "--reason",
            "-",
        ],
        Some("first line\nsecond line\n".as_bytes()),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        env.count("SELECT count(*) FROM referrals WHERE reason = 'first line\nsecond line'"),
        1
    );
}

#[test]
fn a_client_under_18_is_refused_unless_minor_gives_a_reason_which_the_timeline_keeps() {
    let env = TestEnv::new();
    let now = "2026-11-23 10:00";
    env.refer("Aada Aikuinen", &[]);
    let with = |extra: &[&'static str]| {
        let mut args = vec![
            "refer",
            "--name",
            "Niilo Nuori",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "several overlapping needs",
        ];
        args.extend_from_slice(extra);
        args
    };
    // By the identity code: one day short of 18 on the referral date.
    let day_short = Box::leak(hetu("241108", 'A', 204).into_boxed_str());
    env.refused_at(
        now,
        &with(&["--hetu", day_short]),
        4,
        "under 18 on 2026-11-23",
    );
    env.refused_at(now, &with(&["--hetu", day_short]), 4, "--minor");
    // Backdating the referral makes the same person younger, never older.
    let eighteen_today = Box::leak(hetu("231108", 'A', 206).into_boxed_str());
    env.refused_at(
        now,
        &with(&["--hetu", eighteen_today, "--on", "2026-11-22"]),
        4,
        "under 18 on 2026-11-22",
    );
    // By the birth year alone: born within 17 years.
    env.refused_at(now, &with(&["--birth-year", "2010"]), 4, "under 18");
    // --minor is refused for an adult (by code), and must say something.
    let adult = Box::leak(hetu("010180", '-', 202).into_boxed_str());
    env.refused_at(
        now,
        &with(&["--hetu", adult, "--minor", "looked young"]),
        2,
        "--minor: the client is 18 or over",
    );
    env.refused_at(
        now,
        &with(&["--hetu", day_short, "--minor", "  "]),
        2,
        "--minor",
    );
    assert_eq!(env.count("SELECT count(*) FROM cases"), 1, "only the adult");

    // Eighteen on the day: an adult, no flag needed.
    let run = env.run_at(now, &with(&["--hetu", eighteen_today, "--json"]));
    assert_eq!(run.code, 0, "{run:?}");
    // A birth year that leaves both possible is accepted (the register cannot know).
    let run = env.run_at(now, &with(&["--birth-year", "2008"]));
    assert_eq!(run.code, 0, "{run:?}");

    // With a reason the minor is registered and the timeline says why.
    let run = env.run_at(
        now,
        &with(&[
            "--json",
            "--hetu",
            day_short,
            "--minor",
            "turns 18 tomorrow; the family centre asked for a joint start",
        ]),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let case = run.json()["case"].as_str().expect("case").to_string();
    let shown = env.ok_at(now, &["show", &case]);
    assert!(
        shown.contains("under 18, registered because: turns 18 tomorrow"),
        "{shown}"
    );
    let json = env.ok_at(now, &["--json", "show", &case]);
    assert!(json.contains(r#""minor": "turns 18 tomorrow"#), "{json}");
    // The reason is personal free text: kept apart from the chained codes.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{case}' AND kind = 'case-opened'
               AND detail LIKE '%turns 18%'"
        )),
        0
    );

    // A known client under 18 referred again (by an earlier case) is refused the same way.
    let young = env.refer(
        "Sisu Sisko",
        &["--birth-year", "2011", "--minor", "pilot exception"],
    );
    env.ok_at(now, &["close", &young, "--reason", "moved-away"]);
    let again = [
        "refer",
        "--client-of",
        young.as_str(),
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "back again",
    ];
    env.refused_at(now, &again, 4, "under 18");
}
