//! Scheduling, consultations, the client's feedback and corrections in Finnish (issue #15): with
//! `--lang fi` the refusals, receipts, headings and timeline lines of these areas read in the
//! coordinators' words, meeting times as `ke 25.11.2026 klo 12.30`, and no English is left in
//! the lines these messages make; the questions read to a Swedish-speaking client stay Swedish
//! while the coordinator's words around them are Finnish.

use crate::common::TestEnv;

/// English words that must not be left in a Finnish line.
const STOP: [&str; 6] = [" the ", " and ", " case ", " days", " client", " meeting"];

fn fi<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    all
}

/// Asserts that `line` has no word of the stop-list.
fn finnish(line: &str) {
    for word in STOP {
        assert!(!line.contains(word), "English {word:?} left in {line:?}");
    }
}

/// Runs a command in Finnish that must succeed; its output, every line checked.
fn ok_fi(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let out = env.ok_at(now, &fi(args));
    for line in out.lines() {
        finnish(line);
    }
    out
}

/// A refusal in Finnish: the exit code, the message, the register unchanged, and no English in
/// what moty says.
fn refused_fi(env: &TestEnv, now: &str, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let run = env.run_at(now, &fi(args));
    assert_eq!(run.code, code, "{args:?}: {run:?}");
    assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    assert_eq!(env.dump(), before, "{args:?} changed the register");
    finnish(&run.stderr);
}

/// A case triaged to joint assessment on Monday 23.11.2026, its joint assessment booked for
/// Wednesday 25.11.2026 12:30 (meeting 1). Returns the case.
fn booked(env: &TestEnv, name: &str) -> String {
    let now = "2026-11-23 09:00";
    let case = env.refer(name, &["--on", "2026-11-23"]);
    env.ok_at(
        now,
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
    env.contact_request_at(now, &case);
    env.ok_at(
        now,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(now, &["schedule", &case, "--kind", "joint-assessment"]);
    case
}

/// The same, the joint assessment held that afternoon (segment omatoimi).
fn held(env: &TestEnv, name: &str) -> String {
    let case = booked(env, name);
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            "1",
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    case
}

#[test]
fn scheduling_refuses_and_lists_in_finnish() {
    let env = TestEnv::new();
    let case = booked(&env, "Aino Ajanvaraus");
    let now = "2026-11-23 10:00";
    let moving = |at: &'static str| vec!["schedule", "move", "1", "--at", at];
    refused_fi(
        &env,
        now,
        &moving("28.11.2026 12.30"),
        4,
        "28.11.2026 on lauantai",
    );
    refused_fi(
        &env,
        now,
        &moving("24.12.2026 12.30"),
        4,
        "24.12.2026 on arkipyhä: jouluaatto",
    );
    refused_fi(
        &env,
        now,
        &moving("2026-11-20 12:30"),
        4,
        "pe 20.11.2026 klo 12.30 on jo mennyt",
    );
    refused_fi(
        &env,
        now,
        &moving("26.11.2026 12.30"),
        4,
        "ajankohtana to 26.11.2026 klo 12.30 ei ole varattavaa aikaa; ajat ovat: \
         keskiviikko klo 12.30, keskiviikko klo 14.00",
    );
    refused_fi(
        &env,
        now,
        &["schedule", "held", "1", "--segment", "omatoimi"],
        4,
        "tapaamisen aika ke 25.11.2026 klo 12.30 ei ole vielä tullut",
    );
    refused_fi(
        &env,
        now,
        &["schedule", &case, "--kind", "joint-assessment"],
        4,
        "asialle on jo varattu samanlainen tapaaminen ke 25.11.2026 klo 12.30 (tapaaminen 1); \
         siirrä tai peru se",
    );
    refused_fi(
        &env,
        now,
        &["schedule", &case, "--kind", "kela"],
        4,
        "yhteisvastaanoton on oltava pidetty",
    );
    refused_fi(
        &env,
        now,
        &["schedule", "cancel", "9", "--reason", "x"],
        3,
        "tapaamista 9 ei ole; moty schedule list näyttää tapaamiset",
    );
    // The slot rules: the weekday's name and the time in Finnish, alternate weeks in words.
    let rules = env.ok_at(now, &fi(&["schedule", "slots", "list"]));
    assert!(rules.contains("keskiviikko klo 12.30"), "{rules}");
    assert!(
        rules.contains("keskiviikko klo 12.00 parillisina viikkoina"),
        "{rules}"
    );
    // Once held, the meeting is not booked any more.
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            "1",
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    refused_fi(
        &env,
        "2026-11-25 15:30",
        &["schedule", "cancel", "1", "--reason", "x"],
        4,
        "tapaaminen 1 on jo pidetty; vain varatun tapaamisen voi",
    );
}

#[test]
fn the_clients_feedback_is_recorded_and_shown_in_finnish() {
    let env = TestEnv::new();
    let case = held(&env, "Aino Palaute");
    let now = "2026-11-26 10:00";
    let recorded = ok_fi(
        &env,
        now,
        &[
            "feedback",
            &case,
            "--usefulness",
            "9",
            "--answer",
            "mattered-to-me=fully-agree",
            "--answer",
            "know-what-next=partly-agree",
            "--text",
            "Kerrankin kaikki samassa huoneessa.",
        ],
    );
    assert!(
        recorded.starts_with(&format!("Kirjattiin asian {case} palaute (tapaaminen 1 (")),
        "{recorded}"
    );
    assert!(
        recorded.contains(
            "ke 25.11.2026 klo 12.30), annettu 26.11.2026): hyödyllisyys 9/10, vastauksia 2 \
             väittämään (versio 1), asiakkaan omat sanat."
        ),
        "{recorded}"
    );
    refused_fi(
        &env,
        now,
        &["feedback", &case, "--usefulness", "8"],
        4,
        &format!("asian {case} palaute on jo kirjattu"),
    );
    refused_fi(
        &env,
        now,
        &["feedback", &case, "--usefulness", "11"],
        2,
        "'11' ei ole hyödyllisyyden arvosana; anna kokonaisluku 1–10",
    );
    refused_fi(
        &env,
        now,
        &["feedback", &case, "--meeting", "7", "--usefulness", "3"],
        2,
        &format!("tapaamista 7 ei ole; asian {case} pidetyt tapaamiset: tapaaminen 1 ("),
    );
    // The case file: the feedback section, the answers worded in Finnish.
    let shown = env.ok_at(now, &fi(&["show", &case]));
    let section: Vec<&str> = shown
        .lines()
        .skip_while(|l| *l != "Asiakaspalaute")
        .take(5)
        .collect();
    assert_eq!(section.len(), 5, "{shown}");
    assert!(
        section[1].starts_with("Palaute 26.11.2026: ")
            && section[1]
                .ends_with("ke 25.11.2026 klo 12.30, hyödyllisyys 9/10 (väittämien versio 1)"),
        "{section:?}"
    );
    assert!(section[2].ends_with("— täysin samaa mieltä"), "{section:?}");
    assert!(
        section[3].ends_with("— osittain samaa mieltä"),
        "{section:?}"
    );
    assert_eq!(
        section[4],
        "  Asiakkaan omin sanoin: Kerrankin kaikki samassa huoneessa."
    );
    for line in &section {
        finnish(line);
    }
    // The statements: the catalogue's own wording in each language, the headings in Finnish.
    let statements = env.ok_at(now, &fi(&["settings", "statements"]));
    assert!(
        statements.starts_with("Väittämät, versio 1 (motyn mukana tulevat)\n"),
        "{statements}"
    );
    for heading in ["Suomeksi", "Ruotsiksi", "Englanniksi"] {
        assert!(statements.contains(heading), "{statements}");
    }
}

/// Waits for `prompt`, then types `keys` once the prompt has put the terminal in raw mode.
fn answer(session: &mut rexpect::session::PtySession, prompt: &str, keys: &str) {
    session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(keys).expect("send");
    session.flush().expect("flush");
}

#[test]
fn a_finnish_coordinator_reads_the_questions_to_a_swedish_speaking_client_in_swedish() {
    let env = TestEnv::new();
    let case = held(&env, "Saga Svensson");
    let mut session = env.pty(
        "2026-11-26 10:00",
        &["--lang", "fi", "feedback", &case, "--read-in", "sv"],
    );
    // The terminal's bytes come back one character a byte: wait for ASCII parts of each prompt.
    session
        .exp_string("Lue jokainen kysymys asiakkaalle ruotsiksi.")
        .expect("the coordinator's heading in Finnish");
    // Skip every statement: the cursor starts on "ohita (ei vastausta)".
    for _ in 0..4 {
        answer(&mut session, "ohita (ei vastausta)", "\r");
    }
    answer(&mut session, "Hur nyttigt var bes", "8\r");
    answer(&mut session, "Vill du s", "\r");
    session.exp_string("Kirjattiin asian").expect("recorded");
    session.exp_eof().expect("exit");
    assert_eq!(
        env.count("SELECT count(*) FROM feedback WHERE usefulness = 8 AND text IS NULL"),
        1
    );
}

#[test]
fn consultations_are_recorded_listed_and_reported_in_finnish() {
    let env = TestEnv::new();
    let now = "2026-11-24 10:00";
    let consult = |topic: &'static str| {
        vec![
            "consult",
            "--channel",
            "phone",
            "--unit",
            "reception-services",
            "--topic",
            topic,
            "--advice",
            "Heräte yht405:n kautta",
            "--referral-expected",
            "maybe",
        ]
    };
    let recorded = ok_fi(&env, now, &consult("Toistuvia käyntejä ilman selvää syytä"));
    assert!(
        recorded.starts_with("Kirjattiin konsultaatio 1: ti 24.11.2026 klo 10.00, "),
        "{recorded}"
    );
    assert!(
        recorded.contains(
            "\nJos siitä tulee heräte: moty consult link 1 ASIA, tai moty refer … --consultation 1\n"
        ),
        "{recorded}"
    );
    refused_fi(
        &env,
        now,
        &consult("Asiakas 010190-123A, puh 040 123 4567"),
        2,
        "sisältää tunnistetiedon (henkilötunnus ja puhelinnumero); konsultaatioon ei kirjata \
         asiakkaan henkilöllisyyttä",
    );
    let list = env.ok_at(now, &fi(&["consult", "list", "--from", "1.11.2026"]));
    for heading in [
        "Nro",
        "Aika",
        "Kanava",
        "Heräte odotettavissa",
        "Johti asiaan",
    ] {
        assert!(list.contains(heading), "{list}");
    }
    let none = ok_fi(
        &env,
        now,
        &[
            "consult", "list", "--from", "1.1.2026", "--until", "2.1.2026",
        ],
    );
    assert_eq!(none, "Ei konsultaatioita ajalla 1.1.2026 – 2.1.2026.\n");
    let report = env.ok_at(
        now,
        &fi(&[
            "report",
            "consultations",
            "--from",
            "1.11.2026",
            "--to",
            "30.11.2026",
        ]),
    );
    assert!(
        report.starts_with("Konsultaatiot 1.11.2026 – 30.11.2026 (anonyymit)\n"),
        "{report}"
    );
    assert!(report.contains("konsultaatioita kaikkiaan"), "{report}");
    assert!(report.contains("ei liitetty asiaan"), "{report}");
    // A case referred the day before the consultation: it cannot be what the consultation led to.
    let case = env.refer("Aino Konsultaatio", &["--on", "2026-11-23"]);
    refused_fi(
        &env,
        now,
        &["consult", "link", "1", &case],
        4,
        &format!(
            "konsultaatio 1 (ti 24.11.2026 klo 10.00) on myöhempi kuin asian {case} heräte \
             (23.11.2026)"
        ),
    );
}

#[test]
fn corrections_and_their_timeline_lines_read_in_finnish() {
    let env = TestEnv::new();
    let case = held(&env, "Aino Korjaus");
    let now = "2026-11-26 10:00";
    let help = env.ok_at(now, &["--lang", "fi", "correct", "--help"]);
    assert!(help.contains("\nKorjattavat tiedot:\n"), "{help}");
    assert!(
        help.contains("  segment                   pidetyllä yhteisvastaanotolla kirjattu"),
        "{help}"
    );
    assert!(help.contains("\nMikä rivi: --meeting ID"), "{help}");
    let corrected = ok_fi(
        &env,
        now,
        &[
            "correct",
            &case,
            "segment",
            "yhteiso",
            "--reason",
            "kirjoitusvirhe",
        ],
    );
    assert_eq!(
        corrected,
        format!(
            "Korjattiin asian {case} tieto segment: omatoimi → yhteiso. Aikajana säilyttää \
             alkuperäisen.\n"
        )
    );
    refused_fi(
        &env,
        now,
        &["correct", &case, "segment", "yhteiso", "--reason", "taas"],
        2,
        "arvo on jo yhteiso; ei korjattavaa",
    );
    refused_fi(
        &env,
        now,
        &["correct", &case, "usefulness", "5", "--reason", "x"],
        4,
        &format!("asialle {case} ei ole kirjattu palautetta"),
    );
    let shown = env.ok_at(now, &fi(&["show", &case]));
    let line = shown
        .lines()
        .find(|l| l.contains("oli omatoimi"))
        .unwrap_or_else(|| panic!("no correction line: {shown}"));
    let at = line
        .find("segment (tapaaminen 1)")
        .expect("the fact and its meeting");
    let ours = &line[at..];
    assert!(
        ours.starts_with("segment (tapaaminen 1) oli omatoimi, nyt yhteiso — syy: kirjoitusvirhe"),
        "{line}"
    );
    finnish(ours);
}
