//! Issue #15 in Finnish for the value labels, the timeline and what is next (src/text/labels.rs,
//! labels/values.rs, timeline.rs, next.rs): a case walked from the referral to a booked joint
//! assessment with `--lang fi` prints the receipts, the `show` card (the "Next" block, the
//! facts, the consents and the timeline) and the help's value lists in the coordinators' words,
//! with Finnish dates, and none of the English words of the stop-list.

use crate::common::TestEnv;

const MONDAY: &str = "2026-11-23 09:00";
const LINK: &str = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9v%40thread.v2/0";

/// English words that must not be left in Finnish output.
const STOP_LIST: [&str; 6] = [" the ", " and ", " case ", " days", " client", " meeting"];

fn fi_at(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    env.ok_at(now, &all)
}

fn no_english(output: &str) {
    for line in output.lines() {
        // Commands quoted in a message (moty consent give … --method written) are code.
        if line.contains("moty ") {
            continue;
        }
        let padded = format!(" {} ", line.to_lowercase());
        for word in STOP_LIST {
            assert!(
                !padded.contains(word),
                "English {word:?} in: {line}\n{output}"
            );
        }
    }
}

/// A case referred, consented and triaged to a joint assessment, booked with a video link.
fn booked_case(env: &TestEnv) -> (String, Vec<String>) {
    let mut receipts = Vec::new();
    receipts.push(fi_at(
        env,
        MONDAY,
        &[
            "refer",
            "--name",
            "Oona Odottaja",
            "--group",
            "older-pmt",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--sign",
            "missed-appointments",
            "--sign",
            "other",
            "--other-sign",
            "unohtelee asioita",
            "--reason",
            "useita päällekkäisiä tarpeita",
        ],
    ));
    let case = "2026-0001".to_string();
    for (kind, method) in [
        ("multi-professional", "written"),
        ("contact-request", "written"),
    ] {
        let args = ["consent", "give", &case, "--kind", kind, "--method", method];
        receipts.push(fi_at(env, MONDAY, &args));
    }
    let triage = [
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "yes",
    ];
    receipts.push(fi_at(env, MONDAY, &triage));
    let book = [
        "schedule",
        &case,
        "--kind",
        "yhteisvastaanotto",
        "--video-link",
        LINK,
    ];
    receipts.push(fi_at(env, MONDAY, &book));
    (case, receipts)
}

#[test]
fn receipts_of_the_path_to_a_joint_assessment_read_in_finnish() {
    let env = TestEnv::new();
    let (_, receipts) = booked_case(&env);
    let all = receipts.join("");
    for phrase in [
        "Kirjattiin asia 2026-0001: Oona Odottaja (uusi asiakas).",
        "Kirjattiin asian 2026-0001 suostumus 1: monialainen työskentely, kirjallinen, annettu 23.11.2026.",
        "suostumus 2: yhteydenottopyyntö, kirjallinen",
        "Asian 2026-0001 ensiarvio: yhteisvastaanotto. Asia on nyt vaiheessa: yhteisvastaanotto.",
        "Varattiin tapaaminen 1: yhteisvastaanotto, asia 2026-0001, 25.11.2026 klo 12.30 (Suomen aikaa).",
    ] {
        assert!(all.contains(phrase), "missing {phrase:?} in:\n{all}");
    }
    no_english(&all);
}

#[test]
fn show_leads_with_what_is_next_and_names_every_value_in_finnish() {
    let env = TestEnv::new();
    let (case, _) = booked_case(&env);
    let shown = fi_at(&env, MONDAY, &["show", &case]);
    for phrase in [
        "Asia 2026-0001 — yhteisvastaanotto 23.11.2026 alkaen (0 päivää)",
        "Seuraavaksi\n",
        "Tapaaminen     ke 25.11.2026 klo 12.30 yhteisvastaanotto (90 min, nro 1)",
        "PMT-oireinen ikäihminen",
        "terveys-LC:n koontikirja yht405",
        "toistuvat peruuttamattomat ajat",
        "muu: unohtelee asioita",
        "Lähettävä taho",
        "Kelan 1. seula",
        "Suostumukset",
        "Aikajana",
        "heräte kirjattu, asia avattu: lähettävä taho perusterveydenhuolto, kanava terveys-LC:n \
         koontikirja yht405",
        "suostumus annettu: monialainen työskentely (kirjallinen)",
        "ensiarvio tehty: yhteisvastaanotto",
        "tapaaminen varattu: yhteisvastaanotto 25.11.2026 klo 12.30 — videolinkin kanssa",
    ] {
        assert!(shown.contains(phrase), "missing {phrase:?} in:\n{shown}");
    }
    // The lines this group's messages make: the heading, the Next block, the timeline's "What".
    let mine: String = shown
        .lines()
        .filter(|l| {
            l.starts_with("Asia ")
                || l.starts_with("  ")
                || l.contains("kirjattu")
                || l.contains("annettu:")
                || l.contains("tehty:")
                || l.contains("varattu:")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    no_english(&mine);

    // Past its time and not marked: the reminder, with the day it was due.
    let wednesday = "2026-11-25 15:00";
    let shown = fi_at(&env, wednesday, &["show", &case]);
    assert!(
        shown.contains("Merkitsemättä  25.11.2026 klo 12.30 yhteisvastaanotto (nro 1)"),
        "{shown}"
    );
    // Nothing next: one line.
    let other = env.refer("Eino Esimerkki", &[]);
    let shown = fi_at(&env, MONDAY, &["show", &other]);
    assert!(
        shown.contains("Puuttuu        suostumus monialaiseen työskentelyyn"),
        "{shown}"
    );
}

#[test]
fn help_lists_each_value_with_its_finnish_label() {
    let env = TestEnv::new();
    let help = env.ok(&["--lang", "fi", "refer", "--help"]);
    for phrase in [
        "working-age: työikäinen asiakas",
        "primary-care:",
        "perusterveydenhuolto",
        "yht405:",
        "terveys-LC:n koontikirja yht405",
        "missed-appointments:",
        "toistuvat peruuttamattomat ajat",
    ] {
        assert!(help.contains(phrase), "missing {phrase:?} in:\n{help}");
    }
    let help = env.ok(&["--lang", "fi", "schedule", "held", "--help"]);
    assert!(help.contains("yhteisöasiakkuus"), "{help}");
    // English is unchanged.
    let help = env.ok(&["--lang", "en", "refer", "--help"]);
    assert!(help.contains("working-age: working-age client"), "{help}");
}

#[test]
fn the_follow_up_interval_and_the_agenda_speak_finnish() {
    let env = TestEnv::new();
    let (case, _) = booked_case(&env);
    let said = fi_at(&env, MONDAY, &["settings", "follow-up-weeks"]);
    assert!(
        said.starts_with("Jälkiseurantapuhelut erääntyvät 8 viikon kuluttua"),
        "{said}"
    );
    no_english(&said);
    let set = fi_at(&env, MONDAY, &["plan", &case, "--follow-up-weeks", "1"]);
    assert!(
        set.contains("Asian 2026-0001 jälkiseuranta on 1 viikon kuluttua"),
        "{set}"
    );
    let shown = fi_at(&env, MONDAY, &["show", &case]);
    assert!(
        shown.contains("1 viikko (sovittu tälle asialle)"),
        "{shown}"
    );
    assert!(
        shown.contains("jälkiseurannan väli: 1 viikko tälle asialle"),
        "{shown}"
    );
    let agenda = fi_at(&env, MONDAY, &["schedule", "list"]);
    assert!(agenda.starts_with("Tapaamiset 23.11.2026 – "), "{agenda}");
}
