//! The demo register in Finnish (issue #15): `moty --lang fi demo` stores its fictitious free
//! text — referral reasons, triage outcomes, requested and key workers' units, the plan's goals —
//! in Finnish, its units still map to the catalogue, and what a coordinator then reads of it has
//! no English left. JSON is the same in every language for the same register.

use crate::common::TestEnv;

/// The demo's clock: the same register every time.
const NOW: &str = "2026-12-01 10:00";

/// English words that must not be left in a Finnish line.
const STOP: [&str; 4] = [" the ", " and ", " to ", " for "];

fn no_english(text: &str) {
    for line in text.lines() {
        let padded = format!(" {line} ");
        for word in STOP {
            assert!(!padded.contains(word), "English {word:?} in {line:?}");
        }
    }
}

const FI_REASONS: [&str; 4] = [
    "Useita päällekkäisiä tarpeita: terveys, toimeentulo ja asuminen",
    "Toistuvasti väliin jääneitä vastaanottoaikoja",
    "Pitkä sairausloma päättymässä",
    "Perheen tilanne on kuormittunut",
];

/// A demo register of 12 clients built in `lang` (not with `--json`, which speaks English).
fn demo(lang: &str) -> TestEnv {
    let env = TestEnv::new();
    let db = env.db.to_str().expect("utf-8 path").to_string();
    env.ok_at(NOW, &["--lang", lang, "demo", &db, "--clients", "12"]);
    env
}

fn first_plan(env: &TestEnv) -> String {
    env.one(
        "SELECT case_id FROM plan_versions ORDER BY case_id LIMIT 1",
        &[],
    )
}

#[test]
fn a_finnish_demo_stores_finnish_text_and_shows_no_english() {
    let env = demo("fi");
    let shown = env.ok_at(NOW, &["--lang", "fi", "show", "2026-0001"]);
    assert!(
        FI_REASONS.iter().any(|reason| shown.contains(reason)),
        "{shown}"
    );
    no_english(&shown);
    // Every stored reason is one of the Finnish ones.
    let finnish = FI_REASONS
        .iter()
        .map(|r| format!("reason LIKE '{r}%'"))
        .collect::<Vec<_>>()
        .join(" OR ");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM referrals WHERE NOT ({finnish})"
        )),
        0
    );
    // The triage outcomes, the units and the plan in Finnish.
    assert!(
        env.count(
            "SELECT count(*) FROM triage_decisions WHERE outcome IN ('ohjattu hakemaan \
             asumistukea', 'tarvitsee vain yhtä palvelua', 'sähköinen sosiaalihuollon ilmoitus')"
        ) > 0
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM triage_decisions WHERE outcome IS NOT NULL AND outcome NOT IN \
             ('ohjattu hakemaan asumistukea', 'tarvitsee vain yhtä palvelua', \
             'sähköinen sosiaalihuollon ilmoitus')"
        ),
        0
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM referrals WHERE referrer_unit <> \
             'Aikuissosiaalityö ja sosiaaliohjaus'"
        ),
        0
    );
    // The Finnish unit names map to catalogue units, as the English ones do.
    assert_eq!(
        env.count("SELECT count(*) FROM unit_names WHERE unit IS NULL"),
        0
    );
    assert!(
        env.count("SELECT count(*) FROM unit_names WHERE unit = 'adult-social-work'") > 0,
        "the referring unit is mapped"
    );
    let unmapped = env.ok_at(NOW, &["--json", "settings", "units", "unmapped"]);
    let unmapped: serde_json::Value = serde_json::from_str(&unmapped).expect("json");
    assert_eq!(unmapped["texts"], serde_json::json!([]), "{unmapped}");
    let case = first_plan(&env);
    let plan = env.ok_at(NOW, &["--lang", "fi", "plan", "show", &case]);
    let goals = plan
        .lines()
        .find(|l| l.contains("Tavoitteet"))
        .unwrap_or_else(|| panic!("{plan}"));
    assert!(
        goals.contains("Toisiinsa sopivat palvelut; nimetty yhteyshenkilö"),
        "{plan}"
    );
    no_english(goals);
}

#[test]
fn a_demo_reads_the_same_in_json_and_its_figures_do_not_change_with_its_language() {
    let fi = demo("fi");
    let en = demo("en");
    for case in ["2026-0001", &first_plan(&fi)] {
        let in_fi = fi.ok_at(NOW, &["--lang", "fi", "--json", "show", case]);
        let in_en = fi.ok_at(NOW, &["--lang", "en", "--json", "show", case]);
        assert_eq!(in_fi, in_en, "show --json of {case} differs by language");
    }
    // The English demo keeps its English text.
    let shown = en.ok_at(NOW, &["show", "2026-0001"]);
    assert!(shown.contains("Adult social work"), "{shown}");
    // Built in either language, the same register in figures: the units map to the same areas.
    let report = |env: &TestEnv| env.ok_at(NOW, &["--json", "report", "outcomes"]);
    assert_eq!(report(&fi), report(&en));
}
