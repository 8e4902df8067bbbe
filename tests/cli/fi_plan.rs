//! The plan (HOPA), its editing, the follow-up, non-disclosure (turvakielto), representatives,
//! the interpreter and the legal bases of disclosures in Finnish (issue #15): representative
//! commands run with `--lang fi` print the coordinators' words, dates in the Finnish form, and the
//! lines these messages make carry no leftover English from the stop-list.

use crate::common::TestEnv;
use crate::protection::assessed;

/// English words that must not be left in Finnish output (issue #15, "Must show").
const STOP: [&str; 6] = [" the ", " and ", " case ", " days", " client", " meeting"];

fn fi_args<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    all
}

fn fi(env: &TestEnv, now: &str, args: &[&str]) -> String {
    env.ok_at(now, &fi_args(args))
}

/// Asserts each phrase is in `output`, and that the lines holding them have no stop-word.
fn finnish(output: &str, phrases: &[&str]) {
    for phrase in phrases {
        let lines: Vec<&str> = output.lines().filter(|l| l.contains(phrase)).collect();
        assert!(!lines.is_empty(), "{phrase:?} not in:\n{output}");
        for line in lines {
            let padded = format!(" {line} ");
            for word in STOP {
                assert!(!padded.contains(word), "English {word:?} in {line:?}");
            }
        }
    }
}

/// Refused under `--lang fi`: the exit code, and the Finnish message on stderr.
fn refused(env: &TestEnv, now: &str, args: &[&str], code: i32, phrases: &[&str]) {
    let run = env.run_at(now, &fi_args(args));
    assert_eq!(run.code, code, "{args:?}: {run:?}");
    finnish(&run.stderr, phrases);
}

#[test]
fn the_plan_its_history_and_the_follow_up_read_in_finnish() {
    let env = TestEnv::new();
    let (case, _) = assessed(
        &env,
        "Tuula Turvallinen",
        &["--non-disclosure", "--reason", "DVV:n päätös"],
    );
    let now = "2026-12-03 10:00";
    let saved = fi(
        &env,
        now,
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--goals",
            "Oma asunto",
            "--need",
            "housing=oma asunto",
            "--action",
            "what=hakea asumistukea;who=asiakas;by=2026-12-15",
            "--pathway",
            "service=doctor;booked=yes;appointment=2026-12-10;purpose=B-lausunto Kelalle",
        ],
    );
    finnish(
        &saved,
        &["Asian 2026-0001 suunnitelmasta tallennettiin versio 1."],
    );
    // Not complete yet: the client has not confirmed; the refusal names what is missing.
    refused(
        &env,
        now,
        &["plan", &case, "--complete"],
        4,
        &["jatkopolkuvaihetta ei voi vielä päättää; puuttuu: asiakkaan vahvistus"],
    );
    refused(
        &env,
        now,
        &["plan", &case, "--action-status", "3=done"],
        2,
        &["toimenpidettä 3 ei ole; suunnitelmassa on niitä 1"],
    );
    // The plan as the coordinators see it: HOPA, Finnish dates and headings.
    let shown = fi(&env, now, &["plan", "show", &case]);
    finnish(
        &shown,
        &[
            "HOPA 2026-0001, versio 1 (3.12.2026 klo 10.00, coordinator-a)",
            "Yhteyshenkilö (omatyöntekijä)",
            "Omat voimavarat",
            "Tavoitteet",
            "asuminen",
            "Asiakas tietää jatkopolun ja yhteyshenkilön",
            "Sovittu toimenpide",
            "15.12.2026",
            "Ammattilainen",
            "10.12.2026 (varattu asiakkaalle)",
        ],
    );
    let history = fi(&env, now, &["plan", "show", &case, "--history"]);
    finnish(
        &history,
        &[
            "Versio 1,",
            "Omatyöntekijä: Sanna Sosiaalinen",
            "lisättiin toimenpide 1: hakea asumistukea",
            "lisättiin jatkopolku 1: doctor",
        ],
    );
    // The plan for the client: the purpose after the pathway, in the client's language.
    let copy = fi(&env, now, &["plan", "show", &case, "--format", "md"]);
    finnish(
        &copy,
        &["aikasi on varattu 10.12.2026 (B-lausunto Kelalle)"],
    );
    let swedish = fi(
        &env,
        now,
        &["plan", "show", &case, "--format", "md", "--language", "sv"],
    );
    assert!(
        swedish.contains("din tid är bokad 10.12.2026 (B-lausunto Kelalle)"),
        "{swedish}"
    );
    let completed = fi(
        &env,
        now,
        &["plan", &case, "--client-confirmed", "--complete"],
    );
    finnish(
        &completed,
        &[
            "suunnitelmasta tallennettiin versio 2",
            "Asian 2026-0001 jatkopolut on sovittu; jälkiseuranta erääntyy 28.1.2027.",
        ],
    );
    // Due and overdue: the non-disclosure warning above the list.
    let due = fi(&env, "2027-02-03 10:00", &["follow-up", "due"]);
    finnish(
        &due,
        &[
            "⚠ 2026-0001: TURVAKIELTO — älä koskaan luovuta",
            "Eräpäivä",
            "Myöhässä (pv)",
            "Omatyöntekijä",
            "28.1.2027",
        ],
    );
    refused(
        &env,
        "2027-02-03 10:00",
        &["follow-up", &case, "--reached", "no", "--next", "close"],
        2,
        &["asiakkuus päätetään yhdessä asiakkaan kanssa vasta, kun hänet on tavoitettu"],
    );
    let recorded = fi(
        &env,
        "2027-02-03 10:00",
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
            "--next",
            "again",
            "--next-on",
            "2027-03-03",
        ],
    );
    assert!(
        recorded.starts_with("Asian 2026-0001 jälkiseuranta kirjattiin; seuraavaksi:"),
        "{recorded}"
    );
    let nothing = fi(&env, "2027-02-03 10:00", &["follow-up", "due"]);
    finnish(&nothing, &["Ei erääntyneitä jälkiseurantoja."]);
}

#[test]
fn protection_representatives_and_legal_bases_read_in_finnish() {
    let env = TestEnv::new();
    let (case, _) = assessed(
        &env,
        "Eino Edustettu",
        &[
            "--hetu",
            "131052-308T",
            "--non-disclosure",
            "--reason",
            "DVV",
        ],
    );
    let now = "2026-12-03 10:00";
    let shown = fi(&env, now, &["show", &case]);
    finnish(
        &shown,
        &[
            "⚠ TURVAKIELTO: älä koskaan luovuta tämän asiakkaan osoitetta",
            "kyllä — osoite- ja yhteystiedot eivät koskaan lähde rekisteristä",
        ],
    );
    let changed = fi(&env, now, &["client", &case, "--interpreter", "arabia"]);
    finnish(
        &changed,
        &["Kirjattiin asian 2026-0001 asiakkaalle: Tulkki: tarvitaan: arabia."],
    );
    let unchanged = fi(&env, now, &["client", &case, "--interpreter", "arabia"]);
    finnish(
        &unchanged,
        &["Asian 2026-0001 asiakkaan tiedot ovat kirjatut; mitään ei muutettu."],
    );
    refused(
        &env,
        now,
        &[
            "client",
            &case,
            "--non-disclosure",
            "yes",
            "--reason",
            "DVV",
        ],
        4,
        &["asian 2026-0001 asiakkaalle on jo merkitty turvakielto"],
    );
    refused(
        &env,
        now,
        &["client", &case, "--non-disclosure", "no"],
        2,
        &["kerro, miksi turvakielto merkitään tai poistetaan"],
    );
    // Consent by a representative, and a custodian refused for an adult.
    let given = fi(
        &env,
        now,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "meeting",
            "--method",
            "oral",
            "--by-representative",
            "Liisa Edunvalvoja",
            "--authority",
            "guardianship",
        ],
    );
    finnish(
        &given,
        &["Suostumuksen antoi asiakkaan puolesta Liisa Edunvalvoja"],
    );
    refused(
        &env,
        now,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
            "--by-representative",
            "Maija Huoltaja",
            "--authority",
            "custodian",
        ],
        2,
        &["huoltaja antaa suostumuksen alle 18-vuotiaan lapsen puolesta"],
    );
    // The legal basis of a disclosure: refused when malformed, worded in the audit.
    env.ok_at(now, &["plan", &case, "--key-worker", "Sanna Sosiaalinen"]);
    refused(
        &env,
        now,
        &[
            "plan",
            "show",
            &case,
            "--format",
            "md",
            "--legal-basis",
            "hunch",
        ],
        2,
        &["'hunch' ei ole tietojen luovutuksen peruste"],
    );
    refused(
        &env,
        now,
        &["plan", "show", &case, "--language", "sv"],
        2,
        &["tämä kuuluu asiakkaalle annettavaan suunnitelmaan (--format md)"],
    );
    fi(&env, now, &["plan", "show", &case, "--format", "md"]);
    let disclosures = fi(&env, now, &["audit", "disclosures"]);
    finnish(&disclosures, &["Kenelle", "Luovutuksen peruste"]);
    // The default basis is stored in English whatever the language (the log's JSON never
    // changes with it) and worded in Finnish; the row's "what" and "to whom" are stored text
    // of other commands.
    assert!(
        disclosures.contains(
            "muu: asiakkaan oma suunnitelma, annettu asiakkaalle (asiakastietolaki 703/2023)"
        ),
        "{disclosures}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM disclosure_bases WHERE named LIKE 'the client''s own plan%'"
        ),
        1
    );
    let verified = fi(&env, now, &["audit", "verify"]);
    finnish(&verified, &["Loki", "Rivit", "ehjä"]);
}
