//! Protection and representation (issue #13, item 12): a non-disclosure order for personal safety
//! warned of on every screen and kept out of every export, consent by a legal representative, the
//! client's language choosing the language of their documents, and the legal basis of every
//! disclosure; every new flag's bad input refused naming the field, with nothing written.

use crate::common::{TestEnv, NOW};
use crate::report::known_register;

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// The warning every screen that shows a protected client prints.
const WARNING: &str = "NON-DISCLOSURE ORDER for personal safety (turvakielto)";

/// A case referred on Monday 23.11.2026 (with `extra` referral flags), given written consent and
/// the contact request, triaged to joint assessment; its joint assessment, at the next free time,
/// is held that afternoon (25.11. for the first two cases, 2.12. for the next two). Returns
/// (case, meeting id).
pub(crate) fn assessed(env: &TestEnv, name: &str, extra: &[&str]) -> (String, String) {
    let now = "2026-11-23 09:00";
    let mut refer = vec!["--on", "2026-11-23"];
    refer.extend_from_slice(extra);
    let case = env.refer(name, &refer);
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
    let ja = json_at(env, now, &["schedule", &case, "--kind", "joint-assessment"]);
    let id = ja["id"].to_string();
    let day = &ja["starts_at"].as_str().expect("starts_at")[..10];
    env.ok_at(
        &format!("{day} 16:00"),
        &[
            "schedule",
            "held",
            &id,
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    (case, id)
}

#[test]
fn a_non_disclosure_order_is_marked_at_referral_and_every_screen_that_shows_the_client_warns() {
    let env = TestEnv::new();
    let run = env.run(&[
        "refer",
        "--name",
        "Turva Piilonen",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "several overlapping needs",
        "--phone",
        "040 555 0199",
        "--municipality",
        "Kotka",
        "--non-disclosure",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains(WARNING), "the receipt: {}", run.stdout);
    let case = "2026-0001";
    let other = env.refer("Avoin Asiakas", &[]);
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE non_disclosure = 1"),
        1
    );

    // show: the warning above the facts, the order among them; JSON says so.
    let shown = env.ok(&["show", case]);
    let warned = shown.find(WARNING).expect("show warns");
    assert!(
        warned < shown.find("040 555 0199").expect("phone"),
        "{shown}"
    );
    assert!(shown.contains("Non-disclosure order"), "{shown}");
    let json = json_at(&env, NOW, &["show", case]);
    assert_eq!(json["client"]["non_disclosure"], true);
    assert_eq!(
        json_at(&env, NOW, &["show", &other])["client"]["non_disclosure"],
        false
    );
    assert!(!env.ok(&["show", &other]).contains(WARNING));

    // find, list and the triage queue: one warning line for the protected client only.
    for args in [
        vec!["find", "piilonen"],
        vec!["list"],
        vec!["triage", "--list"],
    ] {
        let out = env.ok(&args);
        assert_eq!(out.matches(WARNING).count(), 1, "{args:?}: {out}");
        assert!(out.contains(&format!("⚠ {case}:")), "{args:?}: {out}");
    }
    let found = json_at(&env, NOW, &["find", "piilonen"]);
    assert_eq!(found["matches"][0]["non_disclosure"], true);
    let listed = json_at(&env, NOW, &["list"]);
    let flags: Vec<bool> = listed["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["non_disclosure"].as_bool().expect("flag"))
        .collect();
    assert_eq!(flags, [true, false]);
    let queue = json_at(&env, NOW, &["triage", "--list"]);
    assert_eq!(queue["queue"][0]["non_disclosure"], true);

    // The referral of a known client marks the order on them; the timeline says so.
    env.refer(
        "Avoin Asiakas",
        &["--client-of", &other, "--another-case", "--non-disclosure"],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM clients WHERE non_disclosure = 1"),
        2
    );
    assert!(env.ok(&["show", &other]).contains(WARNING));
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn follow_up_due_and_the_work_list_warn_and_say_so_in_json() {
    let env = TestEnv::new();
    let (_, b, _) = known_register(&env);
    let now = "2027-01-25 09:00";
    let marked = env.ok_at(
        now,
        &[
            "client",
            &b,
            "--non-disclosure",
            "yes",
            "--reason",
            "turvakielto in the population register",
        ],
    );
    assert!(marked.contains(WARNING), "{marked}");
    let due = env.ok_at(now, &["follow-up", "due"]);
    assert!(due.contains(&format!("⚠ {b}:")), "{due}");
    let due = json_at(&env, now, &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["case"], b.as_str());
    assert_eq!(due["follow_ups"][0]["non_disclosure"], true);
    let queue = json_at(&env, now, &["report", "queue"]);
    let row = &queue["sections"]["follow_ups_due"][0];
    assert_eq!(row["case"], b.as_str());
    assert_eq!(row["non_disclosure"], true);
    let markdown = env.ok_at(now, &["report", "queue"]);
    assert!(markdown.contains(&format!("⚠ {b}:")), "{markdown}");
    assert!(
        !markdown.contains("| non_disclosure"),
        "a warning, not a column: {markdown}"
    );
}

#[test]
fn the_order_is_marked_and_cleared_later_with_a_reason_each_on_the_timeline() {
    let env = TestEnv::new();
    let case = env.refer("Kaisa Kielto", &["--phone", "040 555 0144"]);
    let access = env.count("SELECT count(*) FROM access_log");
    let json = json_at(
        &env,
        NOW,
        &[
            "client",
            &case,
            "--non-disclosure",
            "yes",
            "--reason",
            "DVV decision 2026-11-20",
        ],
    );
    assert_eq!(json["non_disclosure"], true);
    assert_eq!(json["changed"], serde_json::json!(["non_disclosure"]));
    assert_eq!(env.count("SELECT count(*) FROM access_log"), access + 1);
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'non-disclosure-changed'"),
        1
    );
    // Marking it again is refused; nothing is written.
    env.refused_at(
        NOW,
        &[
            "client",
            &case,
            "--non-disclosure",
            "yes",
            "--reason",
            "again",
        ],
        4,
        "already has a non-disclosure order",
    );
    env.ok(&[
        "client",
        &case,
        "--non-disclosure",
        "no",
        "--reason",
        "the order ended",
    ]);
    let shown = env.ok(&["show", &case]);
    assert!(!shown.contains(WARNING), "{shown}");
    assert!(
        shown.contains("marked — DVV decision 2026-11-20")
            && shown.contains("cleared — the order ended"),
        "the timeline: {shown}"
    );
    env.refused_at(
        NOW,
        &["client", &case, "--non-disclosure", "no", "--reason", "x"],
        4,
        "no non-disclosure order marked to clear",
    );
    // The reason is personal text: not in the chained row.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'non-disclosure-changed'
             AND detail LIKE '%DVV decision%'"
        ),
        0
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // The order protects the client even after they withdrew consent; a language change is
    // processing, and is refused then.
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    env.ok(&["consent", "withdraw", &case, "--kind", "multi-professional"]);
    env.ok(&[
        "client",
        &case,
        "--non-disclosure",
        "yes",
        "--reason",
        "a new order",
    ]);
    env.refused_at(
        NOW,
        &["client", &case, "--language", "sv"],
        4,
        "withdrew multi-professional consent",
    );
    // An edit of the order outside moty is found.
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    env.exec_raw("UPDATE clients SET non_disclosure = FALSE");
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 4, "{verify:?}");
}

#[cfg(not(feature = "encrypted"))]
#[test]
fn a_protected_clients_contact_details_and_municipality_never_leave_the_register() {
    let env = TestEnv::new();
    let (protected, _) = assessed(
        &env,
        "Salli Suojattu",
        &[
            "--phone",
            "040 555 0188",
            "--municipality",
            "Kotka",
            "--non-disclosure",
        ],
    );
    let (open, _) = assessed(&env, "Olli Avoin", &["--municipality", "Kotka"]);
    let now = "2026-11-26 09:00";
    // The anonymous description may not name where the protected client lives (the refusal
    // showed the check's findings, so it is a view of the client's data).
    env.refused_and_logged(
        now,
        &[
            "plan",
            "describe",
            &protected,
            "--text",
            "Asiakas asuu Kotkassa ja toivoo tukea asumiseen.",
        ],
        2,
        "--text: the description must be anonymous, but it contains the municipality of a client with a non-disclosure order",
    );
    env.ok_at(
        now,
        &[
            "plan",
            "describe",
            &open,
            "--text",
            "Asiakas asuu Kotkassa ja toivoo tukea asumiseen.",
        ],
    );
    // The outcome figures by municipality count only the client without the order in Kotka.
    let figures = json_at(
        &env,
        now,
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--by",
            "municipality",
            "--exact",
        ],
    );
    let kotka = figures["breakdown"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["key"] == "285")
        .expect("Kotka");
    assert_eq!(kotka["outcomes"]["cases"], 1);
    // Every export: none carries the protected client's name, phone or municipality.
    let dir = env.dir.path();
    let mut files = vec![
        dir.join("weekly.json"),
        dir.join("weekly.csv"),
        dir.join("calendar.ics"),
        dir.join("outcomes.html"),
        dir.join("access.csv"),
        dir.join("disclosures.json"),
        dir.join("backup.sqlite3.manifest.json"),
    ];
    let path = |i: usize| files[i].to_str().expect("utf-8").to_string();
    let mut exports: Vec<Vec<String>> = vec![
        [
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to-whom",
            "team",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(["--out".to_string(), path(0)])
        .collect(),
        [
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to-whom",
            "team",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(["--out".to_string(), path(1)])
        .collect(),
        vec![
            "schedule".into(),
            "ics".into(),
            "--from".into(),
            "2026-11-23".into(),
            "--out".into(),
            path(2),
        ],
        vec![
            "report".into(),
            "outcomes".into(),
            "--from".into(),
            "2026-11-01".into(),
            "--by".into(),
            "municipality".into(),
            "--html".into(),
            path(3),
        ],
        vec![
            "audit".into(),
            "export".into(),
            "--log".into(),
            "access".into(),
            "--format".into(),
            "csv".into(),
            "--to-whom".into(),
            "the DPO".into(),
            "--out".into(),
            path(4),
        ],
        vec![
            "audit".into(),
            "export".into(),
            "--log".into(),
            "disclosure".into(),
            "--format".into(),
            "json".into(),
            "--to-whom".into(),
            "the DPO".into(),
            "--out".into(),
            path(5),
        ],
        vec![
            "backup".into(),
            dir.join("backup.sqlite3").to_str().expect("utf-8").into(),
        ],
    ];
    // A backup and its manifest are a register file's (a server's backups are the server's).
    if env.pg.is_some() {
        exports.pop();
        files.pop();
    }
    for args in &exports {
        let run = env.run_at(now, args);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
    }
    // (Kotka is in them as the other client's municipality, which is not protected.)
    for file in &files {
        let text = std::fs::read_to_string(file).expect("export");
        for secret in ["Salli", "Suojattu", "555 0188", "5550188"] {
            assert!(
                !text.contains(secret),
                "{} carries {secret}",
                file.display()
            );
        }
    }
}

#[test]
fn consent_by_a_representative_is_recorded_with_who_and_on_what_authority() {
    let env = TestEnv::new();
    let case = env.refer("Eino Edustettu", &["--hetu", "131052-308T"]);
    let json = json_at(
        &env,
        NOW,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
            "--by-representative",
            "Liisa Edunvalvoja",
            "--authority",
            "guardianship",
        ],
    );
    assert_eq!(json["consent"]["representative"], "Liisa Edunvalvoja");
    assert_eq!(json["consent"]["authority"], "guardianship");
    let listed = json_at(&env, NOW, &["consent", "list", &case]);
    assert_eq!(listed["consents"][0]["authority"], "guardianship");
    let table = env.ok(&["consent", "list", &case]);
    assert!(
        table.contains("Liisa Edunvalvoja (appointed guardian (edunvalvoja))"),
        "{table}"
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "meeting",
        "--method",
        "oral",
        "--by-representative",
        "Pekka Valtuutettu",
        "--authority",
        "power-of-attorney",
    ]);
    let shown = env.ok(&["show", &case]);
    assert!(
        shown.contains("by Liisa Edunvalvoja (appointed guardian (edunvalvoja))")
            && shown.contains("by Pekka Valtuutettu (continuing power of attorney"),
        "the timeline: {shown}"
    );
    // The name is personal text: not in the chained row.
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE detail LIKE '%Edunvalvoja%'"),
        0
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE detail LIKE '%\"authority\":\"guardianship\"%'"
        ),
        1
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // A custodian consents for a child: this client is an adult.
    env.refused_at(
        NOW,
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
        "--authority: a custodian (huoltaja) consents for a child under 18",
    );
    // An edit of who gave it outside moty is found.
    env.exec_raw("UPDATE consents SET authority = 'other' WHERE id = 1");
    assert_eq!(env.run(&["audit", "verify"]).code, 4);
}

#[test]
fn a_purge_erases_the_representatives_name_and_the_interpreter() {
    let env = TestEnv::new();
    let case = env.refer(
        "Pirkko Poistettava",
        &["--on", "2026-11-02", "--interpreter", "viittomakieli"],
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
        "--by-representative",
        "Ritva Edustaja",
        "--authority",
        "other",
    ]);
    env.ok(&["close", &case, "--reason", "declined"]);
    env.ok(&["purge", &case, "--reason", "wrong-person"]);
    let dump = env.dump();
    for secret in ["Ritva Edustaja", "viittomakieli"] {
        assert!(!dump.contains(secret), "{secret} survived the purge");
    }
    assert_eq!(
        env.count(
            "SELECT count(*) FROM consents WHERE authority = 'other' AND representative = '-'"
        ),
        1
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn the_clients_language_chooses_the_language_of_the_plan_they_are_given() {
    let env = TestEnv::new();
    let (sv, _) = assessed(
        &env,
        "Stina Svensk",
        &["--language", "sv", "--interpreter", "arabiska"],
    );
    let (fi, _) = assessed(&env, "Tuula Suomalainen", &["--language", "fi"]);
    let (other, _) = assessed(&env, "Omar Muu", &["--language", "other"]);
    let now = "2026-12-03 10:00";
    for case in [&sv, &fi, &other] {
        env.ok_at(
            now,
            &[
                "plan",
                case,
                "--key-worker",
                "Sanna Sosiaalinen",
                "--goals",
                "Asunto ja työ",
                "--action",
                "what=hakea asumistukea;who=asiakas;by=2026-12-15",
            ],
        );
    }
    let shown = env.ok_at(now, &["show", &sv]);
    assert!(
        shown.contains("Swedish") && shown.contains("needed: arabiska"),
        "{shown}"
    );
    let json = json_at(&env, now, &["show", &sv]);
    assert_eq!(json["client"]["language"], "sv");
    assert_eq!(json["client"]["interpreter"], "arabiska");
    let copy = |case: &str, extra: &[&str]| {
        let mut args = vec!["plan", "show", case, "--format", "md"];
        args.extend_from_slice(extra);
        env.ok_at(now, &args)
    };
    let swedish = copy(&sv, &[]);
    assert!(
        swedish.starts_with("# Din vård- och serviceplan, Stina Svensk")
            && swedish.contains("Din kontaktperson är **Sanna Sosiaalinen**")
            && swedish.contains("hakea asumistukea — asiakas, senast 15.12.2026"),
        "{swedish}"
    );
    let finnish = copy(&fi, &[]);
    assert!(
        finnish.starts_with("# Hoito- ja palvelusuunnitelmasi, Tuula Suomalainen")
            && finnish.contains("15.12.2026 mennessä"),
        "{finnish}"
    );
    // Neither Finnish nor Swedish: the catalogue's language (English for now); --language
    // chooses another.
    assert!(copy(&other, &[]).starts_with("# Your care and service plan"));
    assert!(copy(&sv, &["--language", "fi"]).starts_with("# Hoito- ja palvelusuunnitelmasi"));
    // A later change of language is on the timeline and chooses the next copy.
    let changed = env.ok_at(
        now,
        &["client", &other, "--language", "sv", "--no-interpreter"],
    );
    assert!(changed.contains("Language: Swedish"), "{changed}");
    assert!(copy(&other, &[]).starts_with("# Din vård- och serviceplan"));
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{other}' AND kind = 'client-updated'"
        )),
        1
    );
    assert_eq!(env.run_at(now, &["audit", "verify"]).code, 0);
}

#[test]
fn the_feedback_statements_are_read_in_the_clients_language_by_default() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Saga Svensk", &["--language", "sv"]);
    let mut session = env.pty("2026-11-26 10:00", &["feedback", &case]);
    session
        .exp_string("Vi fokuserade under bes")
        .expect("read in Swedish");
    drop(session);
    let (finnish, _) = assessed(&env, "Mikko Muu", &["--language", "other"]);
    let mut session = env.pty("2026-11-26 10:00", &["feedback", &finnish]);
    session
        .exp_string("Keskityimme vastaanotolla")
        .expect("read in Finnish, the default");
    drop(session);
    assert_eq!(env.count("SELECT count(*) FROM feedback"), 0);
}

#[test]
fn every_disclosure_records_its_legal_basis_which_audit_shows_and_verifies() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Laura Laillinen", &[]);
    let now = "2026-11-26 09:00";
    env.ok_at(now, &["plan", &case, "--goals", "Työ"]);
    let dir = env.dir.path();
    let out = |name: &str| dir.join(name).to_str().expect("utf-8").to_string();
    let runs: Vec<Vec<String>> = vec![
        vec![
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to-whom",
            "team",
        ]
        .into_iter()
        .map(String::from)
        .chain(["--format".into(), "json".into()])
        .collect(),
        vec![
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to-whom",
            "team",
            "--format",
            "md",
            "--legal-basis",
            "health-care-act-32",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        vec!["schedule", "ics", "--from", "2026-11-23"]
            .into_iter()
            .map(String::from)
            .collect(),
        vec![
            "schedule",
            "ics",
            "--from",
            "2026-11-23",
            "--legal-basis",
            "other:Act on the Status and Rights of Social Welfare Clients 812/2000",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        vec!["plan", "show", &case, "--format", "md"]
            .into_iter()
            .map(String::from)
            .collect(),
        vec![
            "plan",
            "show",
            &case,
            "--format",
            "md",
            "--legal-basis",
            "consent",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        vec![
            "report".into(),
            "outcomes".into(),
            "--html".into(),
            out("outcomes.html"),
        ],
        vec![
            "audit".into(),
            "export".into(),
            "--log".into(),
            "access".into(),
            "--format".into(),
            "json".into(),
            "--to-whom".into(),
            "the DPO".into(),
            "--out".into(),
            out("access.json"),
        ],
        vec!["backup".into(), out("copy.sqlite3")],
    ];
    for args in &runs {
        let run = env.run_at(now, args);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
    }
    let listed = json_at(&env, now, &["audit", "disclosures"]);
    let bases: Vec<String> = listed["disclosures"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|d| {
            let basis = &d["legal_basis"];
            match basis["named"].as_str() {
                Some(named) => format!("{}:{named}", basis["basis"].as_str().unwrap_or("")),
                None => basis["basis"].as_str().unwrap_or("").to_string(),
            }
        })
        .collect();
    assert_eq!(
        bases,
        [
            "social-welfare-act-41",
            "health-care-act-32",
            "social-welfare-act-41",
            "other:Act on the Status and Rights of Social Welfare Clients 812/2000",
            "other:the client's own plan, handed to the client (Client Data Act 703/2023)",
            "consent",
            "other:anonymous aggregate figures, no personal data",
            "other:log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)",
            "other:the controller's own backup copy of the register",
        ]
    );
    let table = env.ok_at(now, &["audit", "disclosures"]);
    assert!(
        table.contains("Social Welfare Act 41 §") && table.contains("Health Care Act 32 §"),
        "{table}"
    );
    // The exported disclosure log carries the bases too.
    env.ok_at(
        now,
        &[
            "audit",
            "export",
            "--log",
            "disclosure",
            "--format",
            "csv",
            "--to-whom",
            "the DPO",
            "--out",
            &out("disclosures.csv"),
            "--legal-basis",
            "other:Data Protection Act 1050/2018",
        ],
    );
    let csv = std::fs::read_to_string(dir.join("disclosures.csv")).expect("csv");
    assert!(
        csv.starts_with("id,at,actor,what,recipient,cases,legal_basis,legal_basis_named")
            && csv.contains("health-care-act-32"),
        "{csv}"
    );
    assert_eq!(env.run_at(now, &["audit", "verify"]).code, 0);

    // A basis changed or removed outside moty is found, naming the disclosure.
    let tamper = |sql: &str| {
        crate::common::open(&env.db)
            .and_then(|c| c.execute_batch(sql))
            .expect("tamper");
    };
    tamper(
        "DROP TRIGGER disclosure_bases_no_update;
         UPDATE disclosure_bases SET basis = 'consent', named = NULL WHERE disclosure_id = 2;",
    );
    let verify = env.run_at(now, &["audit", "verify"]);
    assert_eq!(verify.code, 4, "{verify:?}");
    assert!(
        verify
            .stdout
            .contains("disclosure 2 its legal basis was changed"),
        "{}",
        verify.stdout
    );
    tamper(
        "UPDATE disclosure_bases SET basis = 'health-care-act-32' WHERE disclosure_id = 2;
         DROP TRIGGER disclosure_bases_no_delete;
         DELETE FROM disclosure_bases WHERE disclosure_id = 3;",
    );
    let verify = env.run_at(now, &["audit", "verify"]);
    assert_eq!(verify.code, 4, "{verify:?}");
    assert!(
        verify
            .stdout
            .contains("disclosure 3 has no legal basis recorded"),
        "{}",
        verify.stdout
    );
}

#[test]
fn a_restore_carries_each_later_disclosures_legal_basis() {
    let env = TestEnv::new();
    env.refer("Reijo Palautus", &[]);
    let backup = env.dir.path().join("before.sqlite3");
    let backup = backup.to_str().expect("utf-8");
    env.ok(&["backup", backup]);
    env.ok(&[
        "report",
        "weekly",
        "--to-whom",
        "team",
        "--format",
        "md",
        "--legal-basis",
        "health-care-act-32",
    ]);
    env.ok(&["restore", backup]);
    let listed = json_at(&env, NOW, &["audit", "disclosures"]);
    let rows = listed["disclosures"].as_array().expect("rows");
    let last = rows.last().expect("the carried row");
    assert!(
        last["what"].as_str().unwrap_or("").starts_with("weekly"),
        "{last}"
    );
    assert_eq!(last["legal_basis"]["basis"], "health-care-act-32");
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn a_register_from_before_keeps_its_disclosures_without_a_basis_and_new_ones_get_one() {
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    let listed = json_at(&env, NOW, &["audit", "disclosures"]);
    let before = listed["disclosures"].as_array().expect("rows").clone();
    assert!(
        before.iter().all(|d| d["legal_basis"].is_null()),
        "{before:?}"
    );
    assert!(
        env.ok(&["audit", "disclosures"])
            .contains("not recorded (before legal bases were kept)")
            || before.is_empty()
    );
    env.ok(&["report", "weekly", "--to-whom", "team", "--format", "md"]);
    let listed = json_at(&env, NOW, &["audit", "disclosures"]);
    let last = listed["disclosures"]
        .as_array()
        .and_then(|r| r.last().cloned())
        .expect("row");
    assert_eq!(last["legal_basis"]["basis"], "social-welfare-act-41");
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn bad_input_for_every_new_flag_is_refused_naming_the_field_and_writes_nothing() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Virhe Syöte", &[]);
    env.ok(&["plan", &case, "--goals", "Työ"]);
    let c = case.as_str();
    let long = "x".repeat(61);
    let long_basis = format!("other:{}", "x".repeat(201));
    let refer = refer_args;
    let give = |extra: &[&'static str]| -> Vec<&str> {
        let mut args = vec![
            "consent",
            "give",
            c,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ];
        args.extend_from_slice(extra);
        args
    };
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (refer(&["--language", "english"]), 2, "--language"),
        (refer(&["--interpreter", ""]), 2, "--interpreter"),
        (refer(&["--interpreter", "1234"]), 2, "--interpreter"),
        (refer(&["--interpreter", &long]), 2, "--interpreter"),
        (
            refer(&["--interpreter", "arabic\u{202e}"]),
            2,
            "--interpreter",
        ),
        (refer(&["--non-disclosure=maybe"]), 2, "--non-disclosure"),
        (
            give(&["--by-representative", "Liisa Edunvalvoja"]),
            2,
            "--authority: say on what authority",
        ),
        (
            give(&["--authority", "guardianship"]),
            2,
            "--by-representative: name the representative",
        ),
        (
            give(&[
                "--by-representative",
                "Liisa <script>",
                "--authority",
                "other",
            ]),
            2,
            "--by-representative",
        ),
        (
            give(&["--by-representative", "Liisa", "--authority", "uncle"]),
            2,
            "--authority",
        ),
        (
            vec!["client", c, "--non-disclosure", "yes"],
            2,
            "--reason: say why the order is marked or cleared",
        ),
        (
            vec!["client", c, "--non-disclosure", "perhaps", "--reason", "x"],
            2,
            "--non-disclosure",
        ),
        (
            vec!["client", c, "--reason", "why"],
            2,
            "--reason: --reason says why",
        ),
        (vec!["client", c], 2, "nothing to change"),
        (vec!["client", c, "--language", "klingon"], 2, "--language"),
        (
            vec!["client", c, "--interpreter", "somali", "--no-interpreter"],
            2,
            "--no-interpreter",
        ),
        (vec!["client", c, "--interpreter", "  "], 2, "--interpreter"),
        (
            vec!["client", "2026-0999", "--language", "fi"],
            3,
            "2026-0999",
        ),
        (
            vec![
                "report",
                "weekly",
                "--to-whom",
                "team",
                "--format",
                "md",
                "--legal-basis",
                "gdpr",
            ],
            2,
            "--legal-basis: 'gdpr' is not a legal basis",
        ),
        (
            vec![
                "report",
                "weekly",
                "--to-whom",
                "team",
                "--format",
                "md",
                "--legal-basis",
                "other",
            ],
            2,
            "--legal-basis: name the other legal basis",
        ),
        (
            vec!["schedule", "ics", "--legal-basis", "consent:yes"],
            2,
            "--legal-basis",
        ),
        (
            vec!["schedule", "ics", "--legal-basis", &long_basis],
            2,
            "--legal-basis",
        ),
        (
            vec![
                "plan",
                "show",
                c,
                "--format",
                "md",
                "--legal-basis",
                "other:",
            ],
            2,
            "--legal-basis",
        ),
        (
            vec!["plan", "show", c, "--legal-basis", "consent"],
            2,
            "--legal-basis: this goes with the plan for the client",
        ),
        (
            vec!["plan", "show", c, "--language", "sv"],
            2,
            "--language: this goes with the plan for the client",
        ),
        (
            vec!["plan", "show", c, "--format", "md", "--language", "de"],
            2,
            "--language",
        ),
        (
            vec!["report", "outcomes", "--legal-basis", "consent"],
            2,
            "--html",
        ),
        (
            vec![
                "audit",
                "export",
                "--log",
                "access",
                "--format",
                "csv",
                "--to-whom",
                "the DPO",
                "--out",
                "x.csv",
                "--legal-basis",
                "law",
            ],
            2,
            "--legal-basis",
        ),
        (
            vec!["backup", "copy.sqlite3", "--legal-basis", "other:\u{7}"],
            2,
            "--legal-basis",
        ),
    ];
    for (args, code, says) in cases {
        env.refused_at(NOW, &args, code, says);
    }
    let dir = env.dir.path();
    for file in ["x.csv", "copy.sqlite3"] {
        assert!(!dir.join(file).exists(), "{file} was written");
    }
}

/// A referral's flags with `extra` added.
fn refer_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "refer",
        "--name",
        "Uusi Asiakas",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "needs",
    ];
    args.extend_from_slice(extra);
    args
}
