//! `moty export fhir` (issue #18): every bundle is read by an independent FHIR R4 implementation
//! in strict mode (fhirbolt's R4 model, in tests/fhir-check), so an unknown element, a wrong type
//! or a missing required element fails; then the FI Base rules the exporter claims are checked on the JSON: the identity code's
//! system and format, the profiles named, and references that resolve inside the bundle.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::common::{TestEnv, NOW};

const HETU: &str = "131052-308T";
const FI_BASE: &str = "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/";

/// The checker (tests/fhir-check), built once per run into target/fhir-check: a package of its
/// own, so fhirbolt's serde_json features never reach the moty binary under test.
fn checker() -> &'static std::path::Path {
    static BUILT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = root.join("target").join("fhir-check");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let built = std::process::Command::new(cargo)
            .args(["build", "--quiet", "--manifest-path"])
            .arg(root.join("tests/fhir-check/Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            // The build of moty's tests sets these for moty; the checker is built as itself.
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_BUILD_TARGET")
            .status()
            .expect("run cargo to build tests/fhir-check");
        assert!(built.success(), "building tests/fhir-check failed");
        target.join("debug").join("fhir-check")
    })
}

/// The bundle read strictly by fhirbolt's R4 model, as an error when it does not read.
fn checked(bytes: &str) -> Result<(), String> {
    use std::io::Write;
    let mut child = std::process::Command::new(checker())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run the checker");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(bytes.as_bytes())
        .expect("write the bundle");
    let out = child.wait_with_output().expect("the checker's verdict");
    match (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim(),
    ) {
        (true, "Bundle") => Ok(()),
        (true, other) => Err(format!("not a Bundle: {other}")),
        (false, _) => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
    }
}

/// The bundle checked strictly by an independent R4 implementation, then by the FI Base rules
/// below; returned as JSON for the test's own checks.
fn strict(bytes: &str) -> Value {
    if let Err(e) = checked(bytes) {
        panic!("not a valid FHIR R4 bundle: {e}\n{bytes}");
    }
    let bundle: Value = serde_json::from_str(bytes).expect("json");
    fi_base_rules(&bundle);
    bundle
}

/// The identity-code check character of the code's nine digits.
fn check_character(code: &str) -> char {
    let digits: String = code[..6].to_string() + &code[7..10];
    let n: u32 = digits.parse().expect("digits");
    b"0123456789ABCDEFHJKLMNPRSTUVWXY"[(n % 31) as usize] as char
}

/// Every string value under the key `key`, anywhere in `value`.
fn strings_under<'a>(value: &'a Value, key: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == key {
                    if let Some(s) = v.as_str() {
                        out.push(s);
                    }
                }
                strings_under(v, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| strings_under(v, key, out)),
        _ => {}
    }
}

/// The rules the exporter claims beyond plain R4.
fn fi_base_rules(bundle: &Value) {
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().expect("entries");
    let mut urls = BTreeSet::new();
    for entry in entries {
        let resource = &entry["resource"];
        let kind = resource["resourceType"].as_str().expect("type");
        let id = resource["id"].as_str().expect("id");
        let full_url = entry["fullUrl"].as_str().expect("fullUrl");
        assert!(
            full_url.ends_with(&format!("/{kind}/{id}")),
            "{full_url} is not {kind}/{id}"
        );
        assert!(full_url.starts_with("https://"), "{full_url}");
        assert!(urls.insert(full_url.to_string()), "two entries {full_url}");
        // meta.profile: FI Base's own, on the kinds FI Base profiles, and nowhere else.
        let profiles: Vec<&str> = resource["meta"]["profile"]
            .as_array()
            .map(|p| p.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let expected = match kind {
            "Patient" => Some("fi-base-patient"),
            "EpisodeOfCare" => Some("fi-base-episode-of-care"),
            "Appointment" => Some("fi-base-appointment"),
            "Organization" => Some("fi-base-organization"),
            "Practitioner" => Some("fi-base-practitioner"),
            "PractitionerRole" => Some("fi-base-practitioner-role"),
            "Provenance" => Some("fi-base-provenance"),
            "Schedule" => Some("fi-base-schedule"),
            "Slot" => Some("fi-base-slot"),
            _ => None,
        };
        match expected {
            Some(name) => assert_eq!(profiles, vec![format!("{FI_BASE}{name}")], "{kind}"),
            None => assert!(profiles.is_empty(), "{kind} claims {profiles:?}"),
        }
        if kind == "Patient" {
            for identifier in resource["identifier"].as_array().into_iter().flatten() {
                if identifier["use"] == "official" || identifier["system"] == "urn:oid:1.2.246.21" {
                    assert_eq!(identifier["use"], "official");
                    assert_eq!(identifier["system"], "urn:oid:1.2.246.21");
                    assert_eq!(identifier["type"]["coding"][0]["code"], "NNFIN");
                    let code = identifier["value"].as_str().expect("code");
                    assert_eq!(code.len(), 11, "{code}");
                    assert!("+-ABCDEFYXWVU".contains(&code[6..7]), "{code}");
                    assert_eq!(code.chars().last(), Some(check_character(code)), "{code}");
                }
            }
        }
    }
    // Every reference resolves to an entry of the bundle.
    let base = urls
        .iter()
        .next()
        .and_then(|u| u.rsplitn(3, '/').nth(2))
        .expect("a base")
        .to_string();
    let mut references = Vec::new();
    strings_under(bundle, "reference", &mut references);
    for reference in references {
        assert!(
            urls.contains(&format!("{base}/{reference}")),
            "{reference} does not resolve in the bundle"
        );
    }
}

/// The bundle's resources by type.
fn kinds(bundle: &Value) -> BTreeMap<String, Vec<Value>> {
    let mut kinds: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for entry in bundle["entry"].as_array().expect("entries") {
        let kind = entry["resource"]["resourceType"].as_str().expect("type");
        kinds
            .entry(kind.to_string())
            .or_default()
            .push(entry["resource"].clone());
    }
    kinds
}

fn refer(env: &TestEnv, now: &str, name: &str, hetu: Option<&str>) -> String {
    let mut args = vec![
        "--json",
        "refer",
        "--name",
        name,
        "--phone",
        "040 123 4567",
        "--municipality",
        "Kotka",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--referrer",
        "Hilkka Hoitaja",
        "--referrer-unit",
        "reception-services",
        "--sign",
        "missed-appointments",
        "--sign",
        "finances",
        "--reason",
        "Tuen tarve: terveys ja talous, soita iltapäivisin.",
    ];
    match hetu {
        Some(code) => args.extend(["--hetu", code]),
        None => args.extend(["--birth-year", "1968"]),
    }
    let run = env.run_at(now, &args);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()["case"].as_str().expect("case").to_string()
}

/// A case through every phase: referral, consents, triage, the joint assessment, two versions of
/// the plan with pathways, the follow-up call and the close.
fn walked(env: &TestEnv) -> String {
    let day = "2026-11-04 09:30";
    let case = refer(env, day, "Testi Asiakas", Some(HETU));
    env.ok_at(
        day,
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
    env.contact_request_at(day, &case);
    env.ok_at(
        day,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    // A professional of the directory, invited to the assessment and named on a pathway.
    let listed = env
        .run_at(
            day,
            &[
                "--json",
                "directory",
                "add",
                "--name",
                "Aino Aikuissosiaalityö",
                "--role",
                "sosiaalityöntekijä",
                "--unit",
                "adult-social-work",
                "--email",
                "aino.testi@example.fi",
            ],
        )
        .json();
    let listed = listed["id"].to_string();
    let booked = env
        .run_at(
            day,
            &[
                "--json",
                "schedule",
                &case,
                "--kind",
                "joint-assessment",
                "--participant",
                &listed,
            ],
        )
        .json();
    let meeting = booked["id"].to_string();
    env.ok_at(
        "2026-11-04 14:05",
        &[
            "schedule",
            "held",
            &meeting,
            "--segment",
            "yhteistyo",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        "2026-11-04 14:10",
        &[
            "feedback",
            &case,
            "--meeting",
            &meeting,
            "--usefulness",
            "9",
            "--answer",
            "know-what-next=partly-agree",
            "--text",
            "Hyvä tapaaminen, kiitos Sarille.",
        ],
    );
    env.ok_at(
        "2026-11-05 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Sari Sosiaaliohjaaja",
            "--key-worker-unit",
            "Moty-koordinaattorit",
            "--goals",
            "Arki ja talous hallintaan",
            "--need",
            "finances=velat ja toimeentulo",
            "--action",
            "what=varataan lääkärin aika;who=sairaanhoitaja;by=2026-11-20",
            "--pathway",
            "service=doctor;booked=yes;appointment=2026-11-18",
        ],
    );
    env.ok_at(
        "2026-11-06 10:00",
        &[
            "plan",
            &case,
            "--pathway",
            &format!("service=social-worker;booked=no;pro={listed}"),
            "--client-confirmed",
            "--complete",
        ],
    );
    env.ok_at(
        "2026-12-31 10:00",
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
            "close",
        ],
    );
    assert_eq!(env.phase(&case), "closed");
    case
}

const LATER: &str = "2027-01-04 09:00";

#[test]
fn a_case_walked_through_every_phase_exports_every_resource_kind_valid_and_the_same_twice() {
    let env = TestEnv::new();
    let case = walked(&env);
    let args = ["export", "fhir", case.as_str(), "--to-whom", "Asiakas itse"];
    let first = env.ok_at(LATER, &args);
    let bundle = strict(&first);
    let kinds = kinds(&bundle);
    for kind in [
        "Patient",
        "EpisodeOfCare",
        "ServiceRequest",
        "Consent",
        "CarePlan",
        "CareTeam",
        "Goal",
        "Appointment",
        "CodeSystem",
        "Provenance",
        "Practitioner",
        "QuestionnaireResponse",
        "Questionnaire",
        "Slot",
        "Schedule",
        "Organization",
        "PractitionerRole",
        "AuditEvent",
    ] {
        assert!(kinds.contains_key(kind), "no {kind}: {:?}", kinds.keys());
    }
    let patient = &kinds["Patient"][0];
    assert_eq!(patient["identifier"][0]["value"], HETU);
    assert_eq!(patient["birthDate"], "1952-10-13");
    assert_eq!(patient["name"][0]["text"], "Testi Asiakas");
    assert_eq!(patient["extension"][0]["valueCoding"]["code"], "285");
    let episode = &kinds["EpisodeOfCare"][0];
    assert_eq!(episode["status"], "finished");
    assert_eq!(
        episode["team"][0]["reference"],
        format!("CareTeam/team-{case}")
    );
    let team = kinds["CareTeam"]
        .iter()
        .find(|t| t["id"] == format!("team-{case}"))
        .expect("the case's team");
    assert_eq!(team["status"], "inactive");
    assert!(team["participant"]
        .to_string()
        .contains("social-counsellor"));
    assert_eq!(episode["period"]["end"], "2026-12-31");
    assert!(episode["statusHistory"].as_array().expect("history").len() >= 3);
    // Two versions of the plan: the second replaces the first, which is no longer in force.
    let plans = &kinds["CarePlan"];
    assert_eq!(plans.len(), 2);
    // The triage decision on the referral.
    let referral = kinds["ServiceRequest"]
        .iter()
        .find(|r| r["id"] == format!("referral-{case}"))
        .expect("the referral");
    assert_eq!(referral["status"], "completed");
    // The referrer's unit is the catalogue's Organization.
    let unit = referral["requester"]["reference"].as_str().expect("a unit");
    let organization = kinds["Organization"]
        .iter()
        .find(|o| format!("Organization/{}", o["id"].as_str().unwrap_or("")) == unit)
        .expect("the unit in the bundle");
    assert_eq!(organization["identifier"][0]["value"], "reception-services");
    let triage = referral["extension"][0]["extension"]
        .as_array()
        .expect("triage");
    assert!(
        triage
            .iter()
            .any(|part| part["url"] == "decision"
                && part["valueCoding"]["code"] == "joint-assessment")
    );
    let v2 = plans
        .iter()
        .find(|p| p["id"].as_str().is_some_and(|id| id.ends_with("-v2")));
    let v2 = v2.expect("version 2");
    assert_eq!(
        v2["replaces"][0]["reference"],
        format!("CarePlan/plan-{case}-v1")
    );
    assert_eq!(v2["status"], "completed");
    // The key worker: a role in the care team, with their unit.
    let key_worker = kinds["PractitionerRole"]
        .iter()
        .find(|r| r["id"] == format!("key-worker-{case}-v2"))
        .expect("the key worker's role");
    assert_eq!(
        key_worker["practitioner"]["display"],
        "Sari Sosiaaliohjaaja"
    );
    assert_eq!(
        key_worker["organization"]["display"],
        "Moty-koordinaattorit"
    );
    let pathways: Vec<&Value> = kinds["ServiceRequest"]
        .iter()
        .filter(|r| r["basedOn"].is_array())
        .collect();
    assert!(!pathways.is_empty());
    // The directory's professional: a Practitioner and a PractitionerRole in the catalogue's
    // unit, invited to the assessment and performing the pathway that names them.
    let listed = kinds["PractitionerRole"]
        .iter()
        .find(|r| {
            r["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("directory-"))
        })
        .expect("the directory's professional");
    let listed_ref = format!("PractitionerRole/{}", listed["id"].as_str().expect("id"));
    assert_eq!(listed["code"][0]["text"], "sosiaalityöntekijä");
    assert_eq!(
        listed["organization"]["reference"],
        "Organization/unit-adult-social-work"
    );
    assert_eq!(listed["telecom"][0]["value"], "aino.testi@example.fi");
    let person = kinds["Practitioner"]
        .iter()
        .find(|p| Some(&p["id"]) == Some(&listed["id"]))
        .expect("the professional's Practitioner");
    assert_eq!(person["name"][0]["text"], "Aino Aikuissosiaalityö");
    let performing: Vec<&&Value> = pathways
        .iter()
        .filter(|p| p["performer"].to_string().contains(&listed_ref))
        .collect();
    assert_eq!(performing.len(), 1, "one pathway names the professional");
    assert_eq!(performing[0]["code"]["coding"][0]["code"], "social-worker");
    // Every timeline entry, by whom it was entered and when, beside the day it took effect.
    let entries = env.count(&format!(
        "SELECT count(*) FROM events WHERE case_id = '{case}'"
    ));
    let provenance = &kinds["Provenance"];
    assert_eq!(provenance.len() as i64, entries);
    assert!(provenance
        .iter()
        .all(|p| p["recorded"].as_str().is_some_and(|r| r.ends_with('Z'))
            && p["occurredDateTime"].is_string()
            && p["agent"][0]["who"]["reference"]
                .as_str()
                .is_some_and(|r| r.starts_with("Practitioner/"))));
    let closed = provenance
        .iter()
        .find(|p| p["activity"]["coding"][0]["code"] == "case-closed")
        .expect("the closing entry");
    assert_eq!(closed["occurredDateTime"], "2026-12-31");
    assert_eq!(closed["recorded"], "2026-12-31T08:00:00Z");
    let users: Vec<&str> = kinds["Practitioner"]
        .iter()
        .filter(|p| p["id"].as_str().is_some_and(|id| id.starts_with("user-")))
        .map(|p| p["identifier"][0]["value"].as_str().expect("user"))
        .collect();
    assert_eq!(users, vec!["coordinator-a"], "one user entered everything");
    // The follow-up call and the feedback, each answering its Questionnaire in the bundle.
    let responses = &kinds["QuestionnaireResponse"];
    let questionnaires: Vec<String> = kinds["Questionnaire"]
        .iter()
        .map(|q| match q["version"].as_str() {
            Some(v) => format!("{}|{v}", q["url"].as_str().expect("url")),
            None => q["url"].as_str().expect("url").to_string(),
        })
        .collect();
    assert_eq!(responses.len(), 2);
    for response in responses {
        let answers = response["questionnaire"].as_str().expect("canonical");
        assert!(questionnaires.iter().any(|q| q == answers), "{answers}");
    }
    let call = responses
        .iter()
        .find(|r| {
            r["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("follow-up-"))
        })
        .expect("the call");
    let answer = |link: &str| {
        call["item"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["linkId"] == link)
            .map(|i| i["answer"][0].clone())
    };
    assert_eq!(
        answer("reached"),
        Some(serde_json::json!({ "valueBoolean": true }))
    );
    assert_eq!(
        answer("usefulness"),
        Some(serde_json::json!({ "valueInteger": 9 }))
    );
    assert_eq!(
        answer("next-step").expect("next")["valueCoding"]["code"],
        "close"
    );
    let feedback = responses
        .iter()
        .find(|r| {
            r["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("feedback-"))
        })
        .expect("the feedback");
    assert!(feedback.to_string().contains("know-what-next"));
    assert!(feedback.to_string().contains("kiitos Sarille"));
    let appointment = &kinds["Appointment"][0];
    assert_eq!(appointment["status"], "fulfilled");
    assert!(
        appointment["participant"]
            .as_array()
            .expect("participants")
            .iter()
            .any(|p| p["actor"]["reference"] == listed_ref.as_str()),
        "the invited professional takes part"
    );
    assert_eq!(appointment["minutesDuration"], 90);
    assert_eq!(appointment["start"], "2026-11-04T12:30:00+02:00");
    let facts = appointment["extension"].to_string();
    assert!(
        facts.contains("yhteistyo") && facts.contains("omaolo"),
        "{facts}"
    );
    let consent = &kinds["Consent"][0];
    assert!(consent["extension"].to_string().contains("recorded-by"));
    assert_eq!(appointment["end"], "2026-11-04T14:00:00+02:00");
    let slot = &kinds["Slot"][0];
    assert_eq!(
        (&slot["start"], &slot["status"]),
        (&appointment["start"], &serde_json::json!("busy"))
    );
    assert_eq!(
        slot["schedule"]["reference"],
        "Schedule/schedule-joint-assessment"
    );
    // Finnish displays whatever the interface language.
    let english = env.ok_at(LATER, &[&["--lang", "en"][..], &args[..]].concat());
    let finnish = env.ok_at(LATER, &[&["--lang", "fi"][..], &args[..]].concat());
    assert_eq!(english, finnish);
    // The same register and arguments give the same bytes, and each run is a disclosure.
    assert_eq!(env.ok_at(LATER, &args), first);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM disclosure_log
             WHERE recipient = 'Asiakas itse' AND what LIKE 'FHIR%'"
        ),
        4
    );
    // Each identifiable export is also a view of the client's data, in the access log.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE command = 'export fhir' AND case_id = '{case}'"
        )),
        4
    );
    // The logs as AuditEvents: every access row of the client, and no disclosure yet (the
    // exports above were written at the moment each began, so none covers another).
    let audits = |bundle: &Value, prefix: &str| -> Vec<Value> {
        self::kinds(bundle)
            .get("AuditEvent")
            .into_iter()
            .flatten()
            .filter(|a| a["id"].as_str().is_some_and(|id| id.starts_with(prefix)))
            .cloned()
            .collect()
    };
    let access_rows = env.count(&format!(
        "SELECT count(*) FROM access_log WHERE client_id =
             (SELECT client_id FROM cases WHERE id = '{case}') AND command <> 'export fhir'"
    ));
    assert!(access_rows > 0);
    assert_eq!(audits(&bundle, "access-").len() as i64, access_rows);
    assert!(audits(&bundle, "disclosure-").is_empty());
    // A day later the four exports are there, each to whom and on what basis.
    let next_day = strict(&env.ok_at("2027-01-05 09:00", &args));
    let disclosed = audits(&next_day, "disclosure-");
    assert_eq!(disclosed.len(), 4, "{disclosed:?}");
    assert_eq!(disclosed[0]["agent"][1]["who"]["display"], "Asiakas itse");
    assert_eq!(
        disclosed[0]["purposeOfEvent"][0]["coding"][0]["code"],
        "consent"
    );
    assert_eq!(disclosed[0]["type"]["code"], "110106");
    assert_eq!(
        disclosed[0]["entity"][1]["what"]["reference"],
        format!("EpisodeOfCare/case-{case}")
    );
}

#[test]
fn the_validator_itself_refuses_what_is_not_r4() {
    let env = TestEnv::new();
    let case = refer(&env, NOW, "Testi Asiakas", Some(HETU));
    let good = env.ok_at(NOW, &["export", "fhir", &case, "--to-whom", "Tietovarasto"]);
    strict(&good);
    // An element R4 does not have, a required element missing, a wrong type: each fails.
    for bad in [
        good.replacen("\"status\": \"waitlist\"", "\"state\": \"waitlist\"", 1),
        good.replacen("\"intent\": \"order\",", "", 1),
        good.replacen("\"birthDate\"", "\"birthDay\"", 1),
        good.replacen("\"type\": \"collection\"", "\"type\": 7", 1),
    ] {
        assert_ne!(bad, good);
        assert!(checked(&bad).is_err(), "accepted:\n{bad}");
    }
}

#[test]
fn the_demo_register_exports_a_valid_bundle() {
    let env = TestEnv::new();
    env.ok(&[
        "demo",
        env.db.to_str().expect("utf-8 path"),
        "--clients",
        "60",
    ]);
    let bundle = strict(&env.ok_at(NOW, &["export", "fhir", "--to-whom", "Tietovarasto"]));
    let kinds = kinds(&bundle);
    let cases = env.count("SELECT count(*) FROM cases WHERE opened_on <= '2026-11-23'");
    let withdrawn = env.count(
        "SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM consents x
             WHERE x.case_id = c.id AND x.kind = 'multi-professional')
         AND NOT EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
             AND x.kind = 'multi-professional' AND x.withdrawn_on IS NULL)",
    );
    assert_eq!(
        kinds["EpisodeOfCare"].len() as i64,
        cases - withdrawn,
        "every case open by today but the withdrawn"
    );
    for kind in [
        "Appointment",
        "CarePlan",
        "Consent",
        "Patient",
        "ServiceRequest",
    ] {
        assert!(kinds.contains_key(kind), "no {kind}");
    }
    // To standard output the bundle streams once its rows have committed: a reader that stops
    // after the first bytes ends the export quietly, and it stays logged whole.
    let disclosed = env.count("SELECT count(*) FROM disclosure_log");
    let viewed = env.count("SELECT count(*) FROM access_log WHERE command = 'export fhir'");
    let mut child = env
        .command()
        .env("MOTY_NOW", NOW)
        .args(["export", "fhir", "--to-whom", "Tietovarasto"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("moty runs");
    let mut start = [0u8; 64];
    std::io::Read::read_exact(&mut child.stdout.take().expect("stdout"), &mut start)
        .expect("the bundle begins");
    assert!(String::from_utf8_lossy(&start).contains("\"resourceType\": \"Bundle\""));
    let output = child.wait_with_output().expect("moty ends");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log"),
        disclosed + 1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'export fhir'"),
        viewed + kinds["EpisodeOfCare"].len() as i64
    );
}

#[test]
fn a_withdrawn_client_leaves_the_export_unless_a_reason_brings_them() {
    let env = TestEnv::new();
    let kept = refer(&env, NOW, "Pysyvä Asiakas", None);
    let gone = refer(&env, NOW, "Perunut Asiakas", Some(HETU));
    env.ok_at(
        NOW,
        &[
            "consent",
            "give",
            &gone,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    env.ok_at(
        NOW,
        &["consent", "withdraw", &gone, "--kind", "multi-professional"],
    );
    let run = env.run_at(NOW, &["export", "fhir", "--to-whom", "Tietovarasto"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("1 case was left out"), "{}", run.stderr);
    let bundle = strict(&run.stdout);
    let episodes: Vec<String> = kinds(&bundle)["EpisodeOfCare"]
        .iter()
        .map(|e| {
            e["identifier"][0]["value"]
                .as_str()
                .expect("id")
                .to_string()
        })
        .collect();
    assert_eq!(episodes, vec![kept.clone()]);
    assert!(!run.stdout.contains(HETU) && !run.stdout.contains("Perunut"));
    // The case alone is refused, and nothing is disclosed.
    let before = env.count("SELECT count(*) FROM disclosure_log");
    env.refused_at(
        NOW,
        &["export", "fhir", &gone, "--to-whom", "Tietovarasto"],
        4,
        "--include-withdrawn",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            &gone,
            "--to-whom",
            "X",
            "--include-withdrawn",
        ],
        2,
        "--reason",
    );
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log"), before);
    // With a reason it is exported, its consent inactive, and the reason is in the log.
    let with = strict(&env.ok_at(
        NOW,
        &[
            "export",
            "fhir",
            &gone,
            "--to-whom",
            "Asiakas itse",
            "--include-withdrawn",
            "--reason",
            "asiakkaan oma pyyntö",
        ],
    ));
    let consents = &kinds(&with)["Consent"];
    assert_eq!(consents[0]["status"], "inactive");
    assert_eq!(consents[0]["provision"]["period"]["end"], "2026-11-23");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM disclosure_log WHERE recipient = 'Asiakas itse'
             AND what LIKE '%asiakkaan oma pyyntö'"
        ),
        1
    );
}

#[test]
fn a_pseudonymous_export_names_nobody_and_keeps_the_client_s_key() {
    let env = TestEnv::new();
    let case = walked(&env);
    let first = env.ok_at(
        LATER,
        &[
            "export",
            "fhir",
            &case,
            "--to-whom",
            "Tietovarasto",
            "--pseudonymous",
        ],
    );
    let bundle = strict(&first);
    for leak in [
        HETU,
        "Testi",
        "040 123 4567",
        "1952-10-13",
        "soita iltapäivisin",
        "Hilkka",
        "Sari Sosiaaliohjaaja",
        "Aino Aikuissosiaalityö",
        "aino.testi@example.fi",
        "velat ja toimeentulo",
        "lääkärin aika",
        "kiitos Sarille",
    ] {
        assert!(!first.contains(leak), "{leak} in the pseudonymous bundle");
    }
    let patient = &kinds(&bundle)["Patient"][0];
    assert_eq!(patient["birthDate"], "1952");
    // The directory's professional by role and unit only, as the key worker.
    let listed = kinds(&bundle)["PractitionerRole"]
        .iter()
        .find(|r| {
            r["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("directory-"))
        })
        .cloned()
        .expect("the professional's role");
    assert_eq!(listed["code"][0]["text"], "sosiaalityöntekijä");
    assert_eq!(
        listed["organization"]["reference"],
        "Organization/unit-adult-social-work"
    );
    assert!(listed.get("practitioner").is_none() && listed.get("telecom").is_none());
    assert!(
        !kinds(&bundle).contains_key("AuditEvent"),
        "the logs stay home"
    );
    let key = patient["identifier"][0]["value"].as_str().expect("key");
    assert_eq!(patient["id"], format!("client-{key}"));
    // The same key as the identifiable export's Patient id: one client, one key.
    let identifiable = strict(&env.ok_at(LATER, &["export", "fhir", &case, "--to-whom", "X"]));
    assert_eq!(kinds(&identifiable)["Patient"][0]["id"], patient["id"]);
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log WHERE what LIKE '%pseudonym%'"),
        1
    );
    // It showed no one: no access-log row (the identifiable one after it wrote one).
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'export fhir'"),
        1
    );
}

#[test]
fn a_client_s_cases_go_to_a_private_file_that_is_never_replaced() {
    let env = TestEnv::new();
    let first = refer(&env, NOW, "Testi Asiakas", Some(HETU));
    env.ok_at(NOW, &["close", &first, "--reason", "redirected"]);
    let second = refer(&env, "2026-11-24 10:00", "Testi Asiakas", Some(HETU));
    let out = env.dir.path().join("asiakas.json");
    let out_arg = out.to_str().expect("utf-8 path");
    let said = env.ok_at(
        "2026-11-24 11:00",
        &[
            "--json",
            "export",
            "fhir",
            "--client",
            HETU,
            "--to-whom",
            "Asiakas itse",
            "--out",
            out_arg,
        ],
    );
    let said: Value = serde_json::from_str(&said).expect("json");
    assert_eq!(
        (said["cases"].as_u64(), said["clients"].as_u64()),
        (Some(2), Some(1))
    );
    let written = std::fs::read_to_string(&out).expect("the file");
    let bundle = strict(&written);
    let kinds = kinds(&bundle);
    assert_eq!(kinds["Patient"].len(), 1, "one client, one Patient");
    let mut episodes: Vec<&str> = kinds["EpisodeOfCare"]
        .iter()
        .map(|e| e["identifier"][0]["value"].as_str().expect("id"))
        .collect();
    episodes.sort_unstable();
    assert_eq!(episodes, vec![first.as_str(), second.as_str()]);
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "the file is private: {mode:o}");
    }
    // The file is not replaced without --force, and nothing is disclosed for the refusal.
    let before = env.count("SELECT count(*) FROM disclosure_log");
    let run = env.run_at(
        "2026-11-24 11:00",
        &[
            "export",
            "fhir",
            "--client",
            HETU,
            "--to-whom",
            "X",
            "--out",
            out_arg,
        ],
    );
    assert_ne!(run.code, 0, "{run:?}");
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log"), before);
    assert_eq!(std::fs::read_to_string(&out).expect("file"), written);
}

#[test]
fn bad_input_is_named_and_nothing_is_written() {
    let env = TestEnv::new();
    let case = refer(&env, NOW, "Testi Asiakas", Some(HETU));
    let out = env.dir.path().join("never.json");
    let out_arg = out.to_str().expect("utf-8 path");
    // An unknown case, an unknown client, a period with no case: not found.
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "2026-0999",
            "--to-whom",
            "X",
            "--out",
            out_arg,
        ],
        3,
        "2026-0999",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "--client",
            "010203A9013",
            "--to-whom",
            "X",
        ],
        3,
        "identity code",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "--until",
            "2026-01-31",
            "--to-whom",
            "X",
            "--out",
            out_arg,
        ],
        3,
        "2026",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            &case,
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-22",
            "--to-whom",
            "X",
        ],
        3,
        "22",
    );
    // Malformed values: named, exit 2.
    env.refused_at(
        NOW,
        &["export", "fhir", "26-1", "--to-whom", "X"],
        2,
        "CASE",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "--client",
            "131052-308A",
            "--to-whom",
            "X",
        ],
        2,
        "--client",
    );
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "--from",
            "2026-12-01",
            "--until",
            "2026-11-01",
            "--to-whom",
            "X",
        ],
        2,
        "--from",
    );
    env.refused_at(
        NOW,
        &["export", "fhir", &case, "--to-whom", " "],
        2,
        "--to-whom",
    );
    env.refused_at(
        NOW,
        &["export", "fhir", &case, "--to-whom", "X", "--reason", "why"],
        2,
        "--include-withdrawn",
    );
    // The recipient is required; `--to` is the period's end (as the issue and the reports
    // write it), never the recipient, so a period alone names nobody to disclose to.
    env.refused_at(NOW, &["export", "fhir", &case], 2, "--to-whom");
    env.refused_at(
        NOW,
        &[
            "export",
            "fhir",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
        ],
        2,
        "--to-whom",
    );
    assert!(!out.exists());
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log"), 0);
}

#[test]
fn the_area_sets_the_canonical_base_and_every_url_of_its_own_follows() {
    let env = TestEnv::new();
    let case = refer(&env, NOW, "Testi Asiakas", Some(HETU));
    let default = env.ok_at(NOW, &["settings", "fhir-base"]);
    assert!(default.contains("https://moty.invalid/fhir"), "{default}");
    for bad in [
        "fhir.example.fi",
        "https://",
        "https://x.fi/",
        "https://x.fi/a b",
        "ftp://x.fi",
    ] {
        env.refused_at(NOW, &["settings", "fhir-base", bad], 2, "URL");
    }
    env.ok_at(
        NOW,
        &["settings", "fhir-base", "https://fhir.example.fi/moty"],
    );
    let shown = env.ok_at(NOW, &["--json", "settings", "fhir-base"]);
    let shown: Value = serde_json::from_str(&shown).expect("json");
    assert_eq!(
        (&shown["url"], &shown["set"]),
        (
            &serde_json::json!("https://fhir.example.fi/moty"),
            &serde_json::json!(true)
        )
    );
    let bundle = env.ok_at(NOW, &["export", "fhir", &case, "--to-whom", "X"]);
    strict(&bundle);
    assert!(!bundle.contains("moty.invalid"));
    let parsed: Value = serde_json::from_str(&bundle).expect("json");
    let episode = kinds(&parsed)["EpisodeOfCare"][0].clone();
    assert_eq!(
        episode["identifier"][0]["system"],
        "https://fhir.example.fi/moty/NamingSystem/case"
    );
    env.ok_at(NOW, &["settings", "fhir-base", "--clear"]);
    let again = env.ok_at(NOW, &["export", "fhir", &case, "--to-whom", "X"]);
    assert!(again.contains("https://moty.invalid/fhir/NamingSystem/case"));
}

#[test]
fn the_wellbeing_area_is_the_organization_the_team_is_part_of_once_it_is_set() {
    let env = TestEnv::new();
    let case = refer(&env, NOW, "Testi Asiakas", Some(HETU));
    let organizations = |bundle: &str| -> Vec<Value> {
        kinds(&strict(bundle))
            .remove("Organization")
            .unwrap_or_default()
    };
    let export = || env.ok_at(NOW, &["export", "fhir", &case, "--to-whom", "X"]);
    // Until the area is set, the export names none, and the team is part of nothing.
    let shown = env.ok_at(NOW, &["settings", "wellbeing-area"]);
    assert!(
        shown.contains("moty settings wellbeing-area --name"),
        "{shown}"
    );
    let before = organizations(&export());
    assert!(before.iter().all(|o| o["id"] != "area"));
    let team = before.iter().find(|o| o["id"] == "team").expect("the team");
    assert!(team.get("partOf").is_none());
    // Values out of shape are refused, naming the field, with nothing kept.
    for bad in ["1.2.0246", "3.1", "1", "1.2.x", "1..2", "urn:oid:"] {
        env.refused_at(
            NOW,
            &["settings", "wellbeing-area", "--oid", bad],
            2,
            "--oid",
        );
    }
    env.refused_at(
        NOW,
        &["settings", "wellbeing-area", "--name", " "],
        2,
        "--name",
    );
    env.refused_at(
        NOW,
        &[
            "settings",
            "wellbeing-area",
            "--name",
            "A",
            "--unset",
            "name",
        ],
        2,
        "--unset",
    );
    assert_eq!(
        env.count("SELECT count(*) FROM meta WHERE key LIKE 'wellbeing_area%'"),
        0
    );
    env.ok_at(
        NOW,
        &[
            "settings",
            "wellbeing-area",
            "--name",
            "Esimerkin hyvinvointialue",
            "--oid",
            "urn:oid:1.2.246.10.1234567.10.0",
        ],
    );
    let shown: Value =
        serde_json::from_str(&env.ok_at(NOW, &["--json", "settings", "wellbeing-area"]))
            .expect("json");
    assert_eq!(
        (&shown["name"], &shown["oid"]),
        (
            &serde_json::json!("Esimerkin hyvinvointialue"),
            &serde_json::json!("1.2.246.10.1234567.10.0")
        )
    );
    let after = organizations(&export());
    let area = after.iter().find(|o| o["id"] == "area").expect("the area");
    assert_eq!(area["name"], "Esimerkin hyvinvointialue");
    assert_eq!(
        area["identifier"][0],
        serde_json::json!({
            "use": "official",
            "system": "urn:oid:1.2.246.537.6.202.2008",
            "value": "urn:oid:1.2.246.10.1234567.10.0",
        })
    );
    let team = after.iter().find(|o| o["id"] == "team").expect("the team");
    assert_eq!(team["partOf"]["reference"], "Organization/area");
    // The OID alone still names the area; with neither, it is gone again.
    env.ok_at(NOW, &["settings", "wellbeing-area", "--unset", "name"]);
    let area = organizations(&export())
        .into_iter()
        .find(|o| o["id"] == "area")
        .expect("the area by its OID");
    assert!(area.get("name").is_none());
    env.ok_at(NOW, &["settings", "wellbeing-area", "--unset", "oid"]);
    assert!(organizations(&export()).iter().all(|o| o["id"] != "area"));
}

#[test]
fn the_evidence_exports_as_answers_to_questionnaires_in_the_bundle() {
    let env = TestEnv::new();
    let (case, ja, _) =
        crate::kela_outcome::kela_case(&env, "Testi Asiakas", "2026-11-25 12:30", true);
    let later = "2026-11-27 10:00";
    env.ok_at(
        later,
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sairauspäiväraha",
            "--responsible",
            "Veera Vastuunen",
            "--due",
            "2026-12-15",
            "--statement",
            "b-statement",
        ],
    );
    env.ok_at(
        later,
        &[
            "survey",
            &case,
            "--meeting",
            &ja.to_string(),
            "--role",
            "nurse",
            "--added-value",
            "5",
            "--text",
            "Yhteistyö sujui, asumistuki selvisi.",
        ],
    );
    env.ok_at(
        later,
        &[
            "estimate",
            &case,
            "--appointments-saved",
            "4",
            "--saved",
            "doctor",
            "--time-saved",
            "2-4-weeks",
        ],
    );
    let args = ["export", "fhir", case.as_str(), "--to-whom", "Tietovarasto"];
    let bundle = strict(&env.ok_at(later, &args));
    let responses = &kinds(&bundle)["QuestionnaireResponse"];
    let by = |prefix: &str| {
        responses
            .iter()
            .find(|r| r["id"].as_str().is_some_and(|id| id.starts_with(prefix)))
            .unwrap_or_else(|| panic!("no {prefix} answers"))
            .to_string()
    };
    let kela = by("kela-");
    assert!(
        kela.contains("\"benefit\"") && kela.contains("b-statement") && kela.contains("2026-12-15")
    );
    assert!(kela.contains("sairauspäiväraha") && kela.contains("Veera Vastuunen"));
    let survey = by("survey-");
    assert!(survey.contains("\"valueInteger\":5") && survey.contains("asumistuki"));
    assert!(survey.contains(&format!("Appointment/meeting-{ja}")));
    let estimate = by("estimate-");
    assert!(estimate.contains("\"valueInteger\":4") && estimate.contains("2-4-weeks"));
    let all = kinds(&bundle);
    let questionnaires: Vec<&str> = all["Questionnaire"]
        .iter()
        .filter_map(|q| q["id"].as_str())
        .collect();
    for id in ["estimate", "kela-conclusions", "professional-survey"] {
        assert!(questionnaires.contains(&id), "{questionnaires:?}");
    }
    // Pseudonymous: the codes and figures stay, the words go.
    let pseudonymous = env.ok_at(later, &[&args[..], &["--pseudonymous"]].concat());
    strict(&pseudonymous);
    assert!(pseudonymous.contains("b-statement") && pseudonymous.contains("2-4-weeks"));
    for words in ["sairauspäiväraha", "Veera Vastuunen", "asumistuki"] {
        assert!(!pseudonymous.contains(words), "{words}");
    }
}
