//! The published JSON shapes (docs/schemas/): the files are current with the types, and every
//! command's `--json` output validates against its schema and carries `"schema"`.

use std::path::PathBuf;

use crate::common::TestEnv;
use crate::report::known_register;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/schemas")
}

/// The schema file's text for one document, and the index of every document.
fn generated() -> Vec<(String, String)> {
    let all = moty::render::schemas::all();
    let mut files = Vec::new();
    let mut index = String::from(
        "# JSON shapes\n\nEvery `--json` document (and `report weekly --format json`) carries \
         `\"schema\": 1` first; its shape is the JSON Schema (draft 2020-12) in the file named \
         below. They are generated from the types moty serialises: `MOTY_BLESS=1 cargo test --test \
         cli schemas` rewrites them, and the test suite fails when they are out of date.\n\n\
         | document | printed by |\n| --- | --- |\n",
    );
    for (name, commands, schema) in all {
        let mut text = serde_json::to_string_pretty(&schema).expect("schema as JSON");
        text.push('\n');
        files.push((format!("{name}.json"), text));
        index.push_str(&format!("| [{name}]({name}.json) | `{commands}` |\n"));
    }
    files.push(("README.md".to_string(), index));
    files
}

#[test]
fn the_published_schemas_are_current() {
    let dir = schema_dir();
    let bless = std::env::var_os("MOTY_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).expect("docs/schemas");
    }
    let mut stale = Vec::new();
    for (file, text) in generated() {
        let path = dir.join(&file);
        if bless {
            std::fs::write(&path, &text).expect("write schema");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date under docs/schemas: {stale:?}; run MOTY_BLESS=1 cargo test --test cli schemas"
    );
}

/// Checks one document against its published schema and returns it.
fn valid(name: &str, stdout: &str) -> serde_json::Value {
    let doc: serde_json::Value =
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {stdout}"));
    let path = schema_dir().join(format!("{name}.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("schema file"))
            .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}\n{stdout}");
    // Every document is at version 1 but the outcomes report, at 2 since the pilot's
    // instruments were kept apart and small cells are suppressed; the schema pins it.
    let version = if name == "outcomes" { 2 } else { 1 };
    assert_eq!(doc["schema"], version, "{name} carries its schema version");
    assert_eq!(
        schema["properties"]["schema"]["const"], version,
        "{name}'s schema pins its version"
    );
    doc
}

struct Runner<'a> {
    env: &'a TestEnv,
    seen: Vec<&'static str>,
}

impl Runner<'_> {
    fn doc(&mut self, name: &'static str, now: &str, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let run = self.env.run_at(now, &all);
        assert!(
            run.code == 0 || (name == "doctor" && run.code == 4),
            "{args:?}: {run:?}"
        );
        self.seen.push(name);
        valid(name, &run.stdout)
    }

    /// A document written to a file rather than printed.
    fn file(&mut self, name: &'static str, path: &std::path::Path) -> serde_json::Value {
        self.seen.push(name);
        valid(
            name,
            &std::fs::read_to_string(path).expect("the written file"),
        )
    }
}

#[test]
fn every_json_output_validates_against_its_published_schema() {
    let env = TestEnv::new();
    let (a, b, c) = known_register(&env);
    let mut r = Runner {
        env: &env,
        seen: Vec::new(),
    };
    let now = "2027-01-10 09:00";
    let d = r.doc(
        "refer",
        now,
        &[
            "refer",
            "--name",
            "Kaisu Kokeilu",
            "--group",
            "family",
            "--source",
            "family-centre",
            "--channel",
            "phone",
            "--reason",
            "worried about coping",
            "--referrer-unit",
            "Family centre",
        ],
    );
    let d_case = d["case"].as_str().expect("case").to_string();
    r.doc(
        "consent",
        now,
        &[
            "consent",
            "give",
            &d_case,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    r.doc("consent-list", now, &["consent", "list", &d_case]);
    r.doc(
        "client",
        now,
        &[
            "client",
            &d_case,
            "--non-disclosure",
            "yes",
            "--reason",
            "turvakielto in the population register",
            "--language",
            "sv",
            "--interpreter",
            "arabiska",
        ],
    );
    r.doc("find", now, &["find", "kokeilu"]);
    r.doc("list", now, &["list", "--closed"]);
    r.doc(
        "feedback",
        now,
        &[
            "feedback",
            &a,
            "--usefulness",
            "9",
            "--answer",
            "mattered-to-me=fully-agree",
            "--text",
            "Hyvä, että kaikki olivat paikalla.",
        ],
    );
    r.doc(
        "kela-outcome",
        now,
        &[
            "kela-outcome",
            &a,
            "--benefit",
            "sickness allowance",
            "--responsible",
            "social counsellor",
            "--due",
            "2027-02-01",
            "--statement",
            "b-statement",
        ],
    );
    r.doc(
        "correct",
        now,
        &[
            "correct",
            &b,
            "segment",
            "verkosto",
            "--reason",
            "typed from the wrong row",
        ],
    );
    // The pair's estimate of b's joint assessment, and the Kela contact's answer about a's Kela
    // hour, before `show` prints them.
    r.doc(
        "estimate",
        now,
        &[
            "estimate",
            &b,
            "--saved",
            "doctor=2",
            "--time-saved",
            "2-4-weeks",
            "--time-saved-how",
            "one visit instead of three",
        ],
    );
    let kela = env.count(&format!(
        "SELECT id FROM bookings WHERE case_id = '{a}' AND kind = 'kela'"
    ));
    r.doc(
        "survey",
        now,
        &[
            "survey",
            &a,
            "--meeting",
            &kela.to_string(),
            "--role",
            "kela-contact",
            "--kela-benefit",
            "5",
            "--text",
            "the rehabilitation application was clear",
        ],
    );
    r.doc("show", now, &["show", &a]);
    r.doc("show", now, &["show", &b]);
    r.doc("triage-queue", now, &["triage", "--list"]);
    r.doc(
        "moved",
        now,
        &[
            "triage",
            &d_case,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "Adult social work",
        ],
    );
    r.doc(
        "team-request",
        now,
        &[
            "schedule",
            "request",
            &d_case,
            "--approved-by",
            "Sirpa Esimies",
            "--unit-meeting",
            "2027-01-05",
            "--need-confirmed",
        ],
    );
    env.ok_at(
        now,
        &[
            "plan",
            "describe",
            &d_case,
            "--text",
            "Perhe tarvitsee tukea arkeen.",
        ],
    );
    r.doc(
        "team-request",
        now,
        &[
            "schedule",
            "send-description",
            &d_case,
            "--to",
            "Saara Esimies",
        ],
    );
    r.doc(
        "team-request",
        now,
        &[
            "schedule",
            "acknowledge",
            &d_case,
            "--unit",
            "Adult social work",
            "--schedule",
            "at our team meeting on Tuesday",
            "--due",
            "2027-01-20",
        ],
    );
    r.doc(
        "team-request",
        now,
        &[
            "schedule",
            "answer",
            &d_case,
            "--unit",
            "Adult social work",
            "--worker",
            "Tero Työntekijä",
            "--schedule",
            "within two weeks",
        ],
    );
    r.doc(
        "agenda",
        now,
        &[
            "schedule",
            "list",
            "--from",
            "2027-01-01",
            "--to",
            "2027-02-28",
        ],
    );
    r.doc("slots", now, &["schedule", "slots", "list"]);
    r.doc(
        "slots",
        now,
        &[
            "schedule",
            "close-day",
            "2027-02-03",
            "--reason",
            "training day",
        ],
    );
    let e = env.refer("Eila Esimerkki", &[]);
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &e,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
    );
    env.contact_request_at(now, &e);
    env.ok_at(
        now,
        &[
            "triage",
            &e,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    r.doc(
        "candidates",
        now,
        &["schedule", &e, "--kind", "joint-assessment", "--dry-run"],
    );
    let meeting = r.doc(
        "meeting",
        now,
        &["schedule", &e, "--kind", "joint-assessment"],
    );
    let id = meeting["id"].to_string();
    r.doc(
        "meeting",
        now,
        &["schedule", "move", &id, "--at", "2027-01-20 14:00"],
    );
    r.doc(
        "meeting",
        now,
        &["schedule", "cancel", &id, "--reason", "client ill"],
    );
    r.doc("plan", now, &["plan", "show", &a]);
    r.doc("plan-history", now, &["plan", "show", &a, "--history"]);
    r.doc("services", now, &["plan", "services", "list"]);
    r.doc("follow-ups-due", now, &["follow-up", "due", "--all"]);
    r.doc(
        "follow-up",
        "2027-01-30 10:00",
        &[
            "follow-up",
            &b,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            "2027-02-28",
        ],
    );
    r.doc(
        "plan-saved",
        now,
        &["plan", &d_case, "--goals", "A named contact"],
    );
    let saved = r.doc(
        "directory-saved",
        now,
        &[
            "directory",
            "add",
            "--name",
            "Fysio Fiktiivinen",
            "--role",
            "physiotherapist",
            "--unit",
            "Rehabilitation",
        ],
    );
    r.doc(
        "directory-saved",
        now,
        &[
            "directory",
            "edit",
            &saved["id"].to_string(),
            "--area",
            "south",
        ],
    );
    let csv = env.dir.path().join("directory.csv");
    std::fs::write(
        &csv,
        "name,role,unit,area,team,team_lead,phone,email,when_to_refer\n\
         Liisa Lista,nurse,Health centre,,,no,,,\n",
    )
    .expect("csv");
    r.doc(
        "directory-imported",
        now,
        &["directory", "import", csv.to_str().expect("utf-8 path")],
    );
    let sheet = env.dir.path().join("referrals.csv");
    std::fs::write(
        &sheet,
        "name,identity code,temporary code,group,source,channel,reason\n\
         Senni Sarake,120461-9135,yes,working-age,primary-care,yht405,several needs\n",
    )
    .expect("csv");
    let sheet = sheet.to_str().expect("utf-8 path");
    r.doc(
        "import-referrals",
        now,
        &["import", "referrals", "--dry-run", sheet],
    );
    r.doc("import-referrals", now, &["import", "referrals", sheet]);
    r.doc("directory", now, &["directory", "list"]);
    r.doc("directory", now, &["directory", "find", "fysio"]);
    r.doc(
        "consent-withdrawn",
        now,
        &[
            "consent",
            "withdraw",
            &d_case,
            "--kind",
            "multi-professional",
        ],
    );
    r.doc("moved", now, &["reopen", &c, "--note", "new information"]);
    r.doc("moved", now, &["close", &c, "--reason", "declined"]);
    r.doc("purge", now, &["purge", &c, "--reason", "wrong-person"]);
    r.doc(
        "report-weekly",
        now,
        &[
            "report",
            "weekly",
            "--week",
            "2027-W03",
            "--to-whom",
            "Yhteistyö-tiimi",
            "--format",
            "json",
        ],
    );
    r.doc("report-queue", now, &["report", "queue"]);
    // Cut short: the sections' rests.
    let cut = r.doc("report-queue", now, &["report", "queue", "--limit", "1"]);
    assert!(cut.get("rest").is_some(), "{cut}");
    r.doc(
        "outcomes",
        now,
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--until",
            "2026-12-31",
        ],
    );
    // A professional's consultation, linked to the case it led to, listed and counted.
    let consulted = r.doc(
        "consultation",
        now,
        &[
            "consult",
            "--at",
            "2026-11-01 09:15",
            "--channel",
            "teams",
            "--unit",
            "reception-services",
            "--topic",
            "Repeated visits without a clear reason",
            "--advice",
            "Refer through yht405",
            "--referral-expected",
            "yes",
        ],
    );
    let consultation = consulted["consultation"]["id"].to_string();
    r.doc("consultation", now, &["consult", "link", &consultation, &a]);
    r.doc(
        "consultations",
        now,
        &["consult", "list", "--from", "2026-11-01"],
    );
    r.doc(
        "report-consultations",
        now,
        &["report", "consultations", "--from", "2026-11-01"],
    );
    r.doc("audit-access", now, &["audit", "access", &a]);
    r.doc(
        "audit-access",
        now,
        &["audit", "access", "--by", "coordinator-a"],
    );
    r.doc("audit-disclosures", now, &["audit", "disclosures"]);
    r.doc(
        "audit-anomalies",
        now,
        &["audit", "anomalies", "--threshold", "1"],
    );
    r.doc("statements", now, &["settings", "statements"]);
    let statements = env.dir.path().join("statements.csv");
    std::fs::write(
        &statements,
        "code,fi,sv,en\nknow-what-next,Tiedän mitä seuraavaksi.,Jag vet vad som händer.,I know what happens next.\n",
    )
    .expect("csv");
    r.doc(
        "statements",
        now,
        &[
            "settings",
            "statements",
            "new",
            "--from",
            statements.to_str().expect("utf-8 path"),
        ],
    );
    r.doc(
        "retention",
        now,
        &["settings", "retention", "--closed-cases-years", "5"],
    );
    r.doc(
        "follow-up-weeks",
        now,
        &["settings", "follow-up-weeks", "10"],
    );
    r.doc(
        "contact-settings",
        now,
        &[
            "settings",
            "contact",
            "--phone",
            "040 555 0100",
            "--email",
            "moty@example.fi",
        ],
    );
    r.doc(
        "contact-settings",
        now,
        &[
            "settings",
            "contact",
            "--region",
            "north",
            "--phone",
            "040 555 0102",
        ],
    );
    r.doc("contact-card", now, &["contact"]);
    r.doc("contact-card", now, &["contact", "--region", "north"]);
    r.doc("areas", now, &["settings", "areas"]);
    r.doc("my-region", now, &["settings", "my-region", "south"]);
    r.doc("config", now, &["config", "set", "region", "south"]);
    r.doc("config-value", now, &["config", "get", "region"]);
    r.doc("config", now, &["config", "unset", "region"]);
    r.doc("config", now, &["config", "list"]);
    r.doc("my-region", now, &["settings", "my-region", "--clear"]);
    r.doc(
        "move-region",
        now,
        &["move-region", &b, "north", "--note", "moved house"],
    );
    r.doc("units", now, &["settings", "units"]);
    r.doc(
        "units",
        now,
        &[
            "settings",
            "units",
            "add",
            "memory-clinic",
            "--area",
            "health-medical",
            "--fi",
            "Muistipoliklinikka",
            "--sv",
            "Minnesmottagning",
            "--en",
            "memory clinic",
        ],
    );
    r.doc(
        "units",
        now,
        &["settings", "units", "deactivate", "memory-clinic"],
    );
    r.doc(
        "unit-texts",
        now,
        &[
            "settings",
            "units",
            "map",
            "aikuissossu",
            "adult-social-work",
        ],
    );
    r.doc("unit-texts", now, &["settings", "units", "unmapped"]);
    for (log, name) in [
        ("access", "access-log-export"),
        ("disclosure", "disclosure-log-export"),
    ] {
        let out = env.dir.path().join(format!("{log}.json"));
        let path = out.to_str().expect("utf-8 path");
        r.doc(
            "audit-export",
            now,
            &[
                "audit",
                "export",
                "--log",
                log,
                "--format",
                "json",
                "--to-whom",
                "TSV",
                "--out",
                path,
            ],
        );
        r.file(name, &out);
    }
    r.doc(
        "fhir-base",
        now,
        &["settings", "fhir-base", "https://fhir.example.fi/moty"],
    );
    r.doc(
        "wellbeing-area",
        now,
        &[
            "settings",
            "wellbeing-area",
            "--name",
            "Esimerkin hyvinvointialue",
            "--oid",
            "1.2.246.10.1234567.10.0",
        ],
    );
    let fhir = env.dir.path().join("case.fhir.json");
    r.doc(
        "export-fhir",
        now,
        &[
            "export",
            "fhir",
            &e,
            "--to-whom",
            "asiakas",
            "--out",
            fhir.to_str().expect("utf-8 path"),
        ],
    );
    r.doc("audit-verify", now, &["audit", "verify"]);
    let key = env.dir.path().join("signing.key");
    r.doc(
        "audit-keygen",
        now,
        &[
            "audit",
            "keygen",
            "--out",
            key.to_str().expect("utf-8 path"),
        ],
    );
    r.doc(
        "audit-checkpoint",
        now,
        &[
            "audit",
            "checkpoint",
            "--key",
            key.to_str().expect("utf-8 path"),
        ],
    );
    r.doc("doctor", now, &["doctor"]);
    let copy = env.dir.path().join("copy.sqlite3");
    // Backup and restore are a register file's (a server's backups are the server's tools').
    if env.pg.is_none() {
        r.doc(
            "backup",
            now,
            &["backup", copy.to_str().expect("utf-8 path")],
        );
        r.doc(
            "restore",
            now,
            &["restore", copy.to_str().expect("utf-8 path")],
        );
    }
    let demo = env.dir.path().join("demo.sqlite3");
    r.doc(
        "demo",
        now,
        &["demo", demo.to_str().expect("utf-8 path"), "--clients", "5"],
    );
    // Every published document was printed and checked at least once.
    let mut missing: Vec<&str> = moty::render::schemas::all()
        .iter()
        .map(|(name, _, _)| *name)
        .filter(|name| !r.seen.contains(name))
        // `moty admin` prints its documents only for a register on a server: tests/cli/server.rs
        // validates them there (with MOTY_TEST_PG).
        .filter(|name| *name != "admin")
        // `moty admin import-sqlite` likewise: tests/cli/import_sqlite.rs (with MOTY_TEST_PG).
        .filter(|name| *name != "admin-import")
        // `moty login`/`logout` likewise: tests/cli/login.rs validates them (with MOTY_TEST_PG).
        .filter(|name| *name != "login")
        .filter(|name| env.pg.is_none() || !["backup", "restore"].contains(name))
        .collect();
    missing.sort_unstable();
    assert!(missing.is_empty(), "never validated: {missing:?}");
}

#[test]
fn a_document_that_breaks_its_shape_fails_validation() {
    let env = TestEnv::new();
    let case = env.refer("Veikko Validi", &[]);
    let run = env.run(&["--json", "find", &case]);
    let doc = valid("find", &run.stdout);
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(schema_dir().join("find.json")).expect("schema"),
    )
    .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    // A number printed as a string, an unknown field, a code outside its vocabulary, a missing
    // schema version: each is caught.
    let mut as_string = doc.clone();
    as_string["matches"][0]["days_in_phase"] = "0".into();
    let mut extra = doc.clone();
    extra["matches"][0]["address"] = "Kotikatu 1".into();
    let mut unknown_code = doc.clone();
    unknown_code["matches"][0]["phase"] = "somewhere".into();
    let mut no_version = doc.clone();
    no_version.as_object_mut().expect("object").remove("schema");
    for broken in [as_string, extra, unknown_code, no_version] {
        assert!(!validator.is_valid(&broken), "accepted: {broken}");
    }
}
