//! The general messages in Finnish (issue #15; src/text/mod.rs, actor.rs, platform.rs, files.rs,
//! dpo.rs, regions.rs, overview.rs): `moty` alone, refusals and input errors, the register file,
//! the path's consent gates, regions, the data protection officer's tools, files, backup and
//! restore — each in the coordinators' Finnish, with Finnish dates and counts, and no English
//! left in the lines these messages make. Codes, flags and commands stay as they are.

use crate::common::{TestEnv, NOW};

/// English words that must not be left in a Finnish line (issue #15, "Must show").
const STOP: [&str; 6] = [" the ", " and ", " case ", " days", " client", " meeting"];

/// Checks the words of each line, leaving out the value after a flag (`--kind meeting` is a
/// code, the same in every language).
fn no_english(text: &str) {
    for line in text.lines() {
        let mut words = Vec::new();
        let mut after_flag = false;
        for word in line.split(' ') {
            if !after_flag {
                words.push(word);
            }
            after_flag = word.starts_with("--");
        }
        let padded = format!(" {} ", words.join(" "));
        for word in STOP {
            assert!(!padded.contains(word), "English {word:?} in {line:?}");
        }
    }
}

fn fi<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    all
}

/// A command moty speaks Finnish for and that must succeed: its output.
fn ok(env: &TestEnv, args: &[&str]) -> String {
    env.ok_at(NOW, &fi(args))
}

/// A refusal in Finnish: the exit code, the Finnish words, no English, an unchanged register.
fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) -> String {
    let before = env.register_exists().then(|| env.dump());
    let run = env.run_at(NOW, &fi(args));
    assert_eq!(run.code, code, "{args:?}: {run:?}");
    assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    no_english(&run.stderr);
    if let Some(before) = before {
        assert_eq!(env.dump(), before, "{args:?} changed the register");
    }
    run.stderr
}

fn case(env: &TestEnv) -> String {
    env.refer("Testi Asiakas", &["--region", "south"])
}

fn refer<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "refer",
        "--name",
        "Toinen Asiakas",
        "--group",
        "working-age",
    ];
    args.extend_from_slice(extra);
    args
}

#[test]
fn moty_alone_walks_the_path_of_a_case_in_finnish() {
    let env = TestEnv::new();
    let fi = ok(&env, &[]);
    for phrase in [
        "moty — Moty-koordinaattorien asiarekisteri",
        "1. Heräte: ammattilaisen huoli avaa asian",
        "2. Suostumus: asiakkaan kirjallinen suostumus ja yhteydenottopyyntö",
        "4. Yhteisvastaanotto ja tarvittaessa Kelan etäkonsultaatio",
        "5. Suunnitelma (HOPA): omatyöntekijä, jatkopolut ja asiakkaan vahvistus",
        "6. Jälkiseuranta: soitto jatkopolun jälkeen",
        "     moty consent give ASIA --kind multi-professional --method written",
    ] {
        assert!(fi.contains(phrase), "{phrase:?} not in:\n{fi}");
    }
    no_english(&fi);
    // The English is as it was.
    let en = env.ok_at(NOW, &["--lang", "en"]);
    assert!(en.starts_with("moty — the case register of the Moty coordinators\n"));
    assert!(en.ends_with("explains one, with examples.\n"), "{en}");
}

#[test]
fn refusals_and_input_errors_name_the_field_and_say_what_is_allowed() {
    let env = TestEnv::new();
    // No register file yet; a server's register is made by its owner before anyone uses it.
    let missing = if env.pg.is_some() {
        "asiaa 2026-0001 ei ole"
    } else {
        "ei ole rekisteriä"
    };
    refused(&env, &["show", "2026-0001"], 3, missing);
    let case = case(&env);
    refused(&env, &["show", "2026-9999"], 3, "asiaa 2026-9999 ei ole");
    refused(
        &env,
        &["show", "nonsense"],
        2,
        "'nonsense' ei ole asian tunnus; asian tunnus on muotoa 2026-0007",
    );
    // One missing value and several: the plural reads right.
    refused(
        &env,
        &refer(&["--source", "primary-care", "--channel", "yht405"]),
        2,
        "pakollinen arvo puuttuu: anna --reason",
    );
    refused(
        &env,
        &refer(&[]),
        2,
        "pakollisia arvoja puuttuu: anna --source, --channel, --reason",
    );
    refused(
        &env,
        &refer(&[
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "huoli",
            "--hetu",
            "12345",
        ]),
        2,
        "--hetu: siinä on 5 merkkiä, ei 11; henkilötunnus on PPKKVV, välimerkki",
    );
    // A date in the future, shown the Finnish way whichever way it was typed.
    refused(
        &env,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "meeting",
            "--method",
            "oral",
            "--on",
            "2027-01-01",
        ],
        2,
        "--on: 1.1.2027 on tulevaisuudessa (tänään on 23.11.2026)",
    );
    refused(
        &env,
        &[
            "consent", "give", &case, "--kind", "meeting", "--method", "written",
        ],
        2,
        "--method: suostumus --kind meeting annetaan suullisesti; sallitut: oral",
    );
}

#[test]
fn the_consent_gates_say_what_the_step_needs_in_finnish() {
    let env = TestEnv::new();
    let case = case(&env);
    let triage = [
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "yes",
    ];
    refused(
        &env,
        &triage,
        4,
        "ei voi tehdä ensiarviota ratkaisulla joint-assessment: se edellyttää kirjallista \
         monialaista suostumusta (ja yhteydenottopyyntöä), ja voimassa ei ole yhtään",
    );
    let oral = [
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ];
    ok(&env, &oral);
    refused(&env, &triage, 4, "ja voimassa on vain suullinen suostumus");
    refused(
        &env,
        &oral,
        4,
        "23.11.2026 annettu suostumus --kind multi-professional --method oral on jo voimassa",
    );
}

#[test]
fn regions_speak_finnish() {
    let env = TestEnv::new();
    let case = case(&env);
    let moved = ok(
        &env,
        &["move-region", &case, "north", "--note", "muutti Kouvolaan"],
    );
    assert_eq!(
        moved,
        format!(
            "Asia {case} siirrettiin alueelta south alueelle north; sen varatut tapaamiset \
             siirtyivät mukana.\n"
        )
    );
    no_english(&moved);
    refused(
        &env,
        &["move-region", &case, "north"],
        2,
        &format!("asia {case} on jo alueella north"),
    );
    let mine = ok(&env, &["settings", "my-region", "north"]);
    assert!(mine.starts_with("Käyttäjän coordinator-a oletusalue: north (ensiarviojono"));
    no_english(&mine);
    let none = ok(&env, &["settings", "my-region", "--clear"]);
    assert!(none.starts_with("Käyttäjällä coordinator-a ei ole oletusaluetta"));
    no_english(&none);
}

#[test]
fn the_data_protection_officers_tools_speak_finnish() {
    let env = TestEnv::new();
    case(&env);
    let retention = ok(&env, &["settings", "retention"]);
    assert_eq!(
        retention,
        "suljettujen asioiden säilytysaikaa ei ole asetettu.\n"
    );
    refused(
        &env,
        &["purge", "--due", "--reason", "retention"],
        4,
        "suljettujen asioiden säilytysaikaa ei ole asetettu; aseta se komennolla",
    );
    let one = ok(
        &env,
        &["settings", "retention", "--closed-cases-years", "1"],
    );
    assert!(one.starts_with("suljetut asiat säilytetään 1 vuoden sulkemisen jälkeen"));
    let ten = ok(
        &env,
        &["settings", "retention", "--closed-cases-years", "10"],
    );
    assert!(ten.starts_with("suljetut asiat säilytetään 10 vuotta sulkemisen jälkeen"));
    no_english(&format!("{one}{ten}"));
    // English counts years right too.
    let en = env.ok(&["settings", "retention", "--closed-cases-years", "1"]);
    assert!(
        en.starts_with("closed cases are kept 1 year after closing"),
        "{en}"
    );
    let anomalies = ok(&env, &["audit", "anomalies"]);
    for title in [
        "Päivässä katsottuja eri asiakkaita enemmän kuin raja-arvo (30): Ei yhtään.",
        "Asiakkaiden katselut käyttäjän omien asioiden ulkopuolelta: Ei yhtään.",
        "Sellaisten työtovereiden katselut, jotka ovat myös asiakkaita: Ei yhtään.",
    ] {
        assert!(anomalies.contains(title), "{title:?} not in {anomalies}");
    }
    no_english(&anomalies);
}

#[test]
fn files_backup_and_restore_speak_finnish() {
    let env = TestEnv::new();
    let case = case(&env);
    let backup = env.dir.path().join("b1.sqlite3");
    let backup = backup.to_str().expect("a UTF-8 path");
    ok(&env, &["backup", backup]);
    refused(
        &env,
        &["backup", backup],
        4,
        "on jo olemassa; anna --force, niin se korvataan, tai nimeä uusi tiedosto",
    );
    ok(&env, &["show", &case]);
    let restored = ok(&env, &["restore", backup, "--force"]);
    let counts = restored
        .lines()
        .find(|l| l.starts_with("Siirrettiin"))
        .unwrap_or_else(|| panic!("no count line in {restored}"));
    assert!(
        counts.starts_with("Siirrettiin 2 varmuuskopion jälkeen kirjoitettua riviä"),
        "{counts}"
    );
    assert!(
        counts.ends_with("uudelleen tehdyt hävitykset: 0."),
        "{counts}"
    );
    no_english(counts);
    let doctor = ok(&env, &["doctor"]);
    let line = |check: &str| {
        doctor
            .lines()
            .find(|l| l.contains(check))
            .unwrap_or_else(|| panic!("no {check} in {doctor}"))
            .to_string()
    };
    assert!(
        line("väliaikaiset tiedostot").contains("ei yhtään"),
        "{doctor}"
    );
    assert!(
        line("vain lisäys").contains("lokit, aikajana ja suunnitelman versiot estävät muutokset"),
        "{doctor}"
    );
}
