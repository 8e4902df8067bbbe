//! A pilot of sixteen clients entered through the CLI alone, as seed 003's pilot was collected:
//! referrals, consents, joint assessments with segments, a Kela hour of four, network meetings,
//! plans with pathways, the client's feedback on every reception (also from clients later
//! unreachable), the pair's estimate per reception (21), the professionals' surveys and twelve
//! reached follow-ups. Every figure of `report outcomes --json --exact` is checked exactly
//! against what the test entered (computed here from the same table, not read back), N included;
//! then the suppressed output, a breakdown and a correction.

use std::collections::BTreeMap;

use crate::common::TestEnv;
use crate::report::json_at;

/// One client of the pilot and everything the pair recorded about them.
struct Client {
    name: &'static str,
    source: &'static str,
    group: &'static str,
    born: u32,
    municipality: &'static str,
    region: &'static str,
    segment: &'static str,
    /// In the Kela hour of four; its network meetings follow.
    kela: bool,
    network: u32,
    pathways: &'static [&'static str],
    usefulness: u8,
    /// The four statements' answers, in catalogue order.
    answers: [&'static str; 4],
    /// The pair's estimate of the joint assessment: services saved with counts, time saved.
    saved: &'static [(&'static str, u32)],
    time_saved: &'static str,
    /// The follow-up: None when not followed up; Some(None) unreachable; Some(Some((status,
    /// usefulness))) reached.
    follow_up: Option<Option<(&'static str, u8)>>,
}

const FA: &str = "fully-agree";
const PA: &str = "partly-agree";
const CS: &str = "cant-say";

const PILOT: [Client; 16] = [
    Client {
        name: "Aada Aaltonen",
        source: "employment-services",
        group: "working-age",
        born: 1990,
        municipality: "Kotka",
        region: "south",
        segment: "verkosto",
        kela: true,
        network: 1,
        pathways: &["doctor", "kela", "typ", "social-counsellor"],
        usefulness: 10,
        answers: [FA, FA, FA, FA],
        saved: &[("doctor", 1), ("social-worker", 1), ("laboratory", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Bertta Blom",
        source: "employment-services",
        group: "working-age",
        born: 1970,
        municipality: "Kotka",
        region: "south",
        segment: "verkosto",
        kela: true,
        network: 0,
        pathways: &["doctor", "kela", "employment-services", "physiotherapy"],
        usefulness: 9,
        answers: [FA, FA, PA, FA],
        saved: &[("doctor", 1), ("social-worker", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Cecilia Carlsson",
        source: "employment-services",
        group: "working-age",
        born: 2000,
        municipality: "Hamina",
        region: "south",
        segment: "verkosto",
        kela: true,
        network: 0,
        pathways: &["kela", "psychiatric-nurse", "typ", "doctor", "laboratory"],
        usefulness: 9,
        answers: [FA, FA, FA, PA],
        saved: &[("doctor", 2), ("oral-health", 1), ("social-worker", 1)],
        time_saved: "2-3-months",
        follow_up: Some(Some(("on-path", 8))),
    },
    Client {
        name: "Daniel Dahl",
        source: "employment-services",
        group: "working-age",
        born: 1990,
        municipality: "Kouvola",
        region: "north",
        segment: "verkosto",
        kela: true,
        network: 0,
        pathways: &["kela", "rehabilitation-counsellor", "doctor"],
        usefulness: 8,
        answers: [PA, FA, FA, FA],
        saved: &[("doctor", 1), ("laboratory", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 10))),
    },
    Client {
        name: "Eino Eskola",
        source: "employment-services",
        group: "working-age",
        born: 1970,
        municipality: "Kouvola",
        region: "north",
        segment: "verkosto",
        kela: false,
        network: 1,
        pathways: &["doctor", "typ", "social-counsellor", "employment-services"],
        usefulness: 10,
        answers: [FA, FA, PA, PA],
        saved: &[("doctor", 1), ("social-worker", 1), ("physiotherapy", 1)],
        time_saved: "2-4-weeks",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Fanni Forsman",
        source: "employment-services",
        group: "working-age",
        born: 2000,
        municipality: "Pyhtää",
        region: "south",
        segment: "verkosto",
        kela: false,
        network: 1,
        pathways: &["psychiatric-nurse", "doctor", "social-counsellor", "typ"],
        usefulness: 8,
        answers: [FA, PA, FA, FA],
        saved: &[("doctor", 1), ("social-worker", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-the-way", 8))),
    },
    Client {
        name: "Gustav Grön",
        source: "primary-care",
        group: "working-age",
        born: 1970,
        municipality: "Hamina",
        region: "south",
        segment: "yhteistyo",
        kela: false,
        network: 1,
        pathways: &["doctor", "social-worker", "home-care", "laboratory"],
        usefulness: 9,
        answers: [FA, FA, FA, FA],
        saved: &[("doctor", 1), ("social-worker", 1), ("laboratory", 1)],
        time_saved: "3-months-plus",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Hilja Harju",
        source: "primary-care",
        group: "older-pmt",
        born: 1958,
        municipality: "Kotka",
        region: "south",
        segment: "yhteistyo",
        kela: false,
        network: 1,
        pathways: &[
            "elderly-client-guidance",
            "home-care",
            "doctor",
            "psychiatric-nurse",
        ],
        usefulness: 7,
        answers: [PA, CS, CS, CS],
        saved: &[("doctor", 2), ("home-care", 1), ("social-worker", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Iiris Ilola",
        source: "primary-care",
        group: "working-age",
        born: 1990,
        municipality: "Kotka",
        region: "south",
        segment: "yhteiso",
        kela: false,
        network: 0,
        pathways: &[
            "doctor",
            "physiotherapy",
            "health-exercise",
            "oral-health",
            "laboratory",
        ],
        usefulness: 9,
        answers: [FA, FA, FA, PA],
        saved: &[("doctor", 1), ("physiotherapy", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 10))),
    },
    Client {
        name: "Jalmari Jokela",
        source: "primary-care",
        group: "working-age",
        born: 2000,
        municipality: "Miehikkälä",
        region: "north",
        segment: "yhteiso",
        kela: false,
        network: 0,
        pathways: &["doctor", "oral-health", "laboratory"],
        usefulness: 10,
        answers: [FA, FA, PA, FA],
        saved: &[("doctor", 1), ("oral-health", 1), ("laboratory", 1)],
        time_saved: "2-4-weeks",
        follow_up: Some(Some(("on-path", 8))),
    },
    Client {
        name: "Kaarlo Kivi",
        source: "social-services",
        group: "working-age",
        born: 1970,
        municipality: "Kouvola",
        region: "north",
        segment: "yhteiso",
        kela: false,
        network: 0,
        pathways: &["social-counsellor", "doctor", "typ", "digital-nurse"],
        usefulness: 8,
        answers: [FA, FA, PA, PA],
        saved: &[("social-worker", 1), ("doctor", 1)],
        time_saved: "1-2-months",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Lyydia Lahti",
        source: "social-services",
        group: "family",
        born: 1990,
        municipality: "Hamina",
        region: "south",
        segment: "yhteiso",
        kela: false,
        network: 0,
        pathways: &[
            "social-worker",
            "public-health-nurse",
            "doctor",
            "social-counsellor",
        ],
        usefulness: 9,
        answers: [FA, FA, FA, FA],
        saved: &[("doctor", 1), ("public-health-nurse", 1)],
        time_saved: "2-4-weeks",
        follow_up: Some(Some(("on-path", 9))),
    },
    Client {
        name: "Matilda Mäki",
        source: "social-services",
        group: "family",
        born: 2000,
        municipality: "Kotka",
        region: "south",
        segment: "yhteiso",
        kela: false,
        network: 0,
        pathways: &[
            "social-worker",
            "public-health-nurse",
            "psychiatric-nurse",
            "doctor",
        ],
        usefulness: 8,
        answers: [PA, FA, PA, PA],
        saved: &[
            ("social-worker", 1),
            ("doctor", 1),
            ("public-health-nurse", 1),
        ],
        time_saved: "1-2-months",
        follow_up: Some(None),
    },
    Client {
        name: "Niilo Nurmi",
        source: "elderly-services",
        group: "older-pmt",
        born: 1948,
        municipality: "Kouvola",
        region: "north",
        segment: "omatoimi",
        kela: false,
        network: 0,
        pathways: &[
            "home-care",
            "elderly-client-guidance",
            "doctor",
            "home-rehabilitation",
        ],
        usefulness: 9,
        answers: [FA, FA, FA, PA],
        saved: &[("doctor", 2), ("home-care", 1), ("laboratory", 1)],
        time_saved: "1-2-months",
        follow_up: Some(None),
    },
    Client {
        name: "Oona Ojala",
        source: "family-centre",
        group: "working-age",
        born: 1990,
        municipality: "Pyhtää",
        region: "south",
        segment: "omatoimi",
        kela: false,
        network: 0,
        pathways: &[
            "public-health-nurse",
            "doctor",
            "physiotherapy",
            "social-counsellor",
        ],
        usefulness: 8,
        answers: [FA, FA, PA, PA],
        saved: &[("doctor", 1), ("social-worker", 1)],
        time_saved: "2-4-weeks",
        follow_up: None,
    },
    Client {
        name: "Pekka Peltonen",
        source: "emergency",
        group: "working-age",
        born: 1970,
        municipality: "Kotka",
        region: "south",
        segment: "omatoimi",
        kela: false,
        network: 0,
        pathways: &["doctor", "psychiatric-nurse", "oral-health", "laboratory"],
        usefulness: 9,
        answers: [FA, PA, FA, FA],
        saved: &[("doctor", 1), ("psychiatric-nurse", 1), ("oral-health", 1)],
        time_saved: "2-3-months",
        follow_up: None,
    },
];

/// The Kela hour's estimates (one per client of the hour) and the network meeting's (client 4).
const KELA_SAVED: [(&[(&str, u32)], &str); 4] = [
    (&[("kela", 2), ("doctor", 1)], "2-4-weeks"),
    (&[("kela", 2)], "1-2-months"),
    (&[("kela", 1), ("doctor", 1)], "2-4-weeks"),
    (
        &[("kela", 2), ("rehabilitation-counsellor", 1)],
        "1-2-months",
    ),
];
const NETWORK_SAVED: (&[(&str, u32)], &str) =
    (&[("social-worker", 1), ("doctor", 1)], "1-2-months");

fn ok(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    json_at(env, now, args)
}

/// The joint assessment's slot of client `i`: Wednesdays from 9.9.2026, two a week.
fn assessment_at(i: usize) -> String {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 9).expect("date")
        + chrono::Days::new(7 * (i / 2) as u64);
    format!(
        "{day} {}",
        if i.is_multiple_of(2) {
            "12:30"
        } else {
            "14:00"
        }
    )
}

fn saved_flags(saved: &[(&str, u32)], time_saved: &str) -> Vec<String> {
    let mut flags = Vec::new();
    for (service, count) in saved {
        flags.push("--saved".to_string());
        flags.push(format!("{service}={count}"));
    }
    flags.extend(["--time-saved".to_string(), time_saved.to_string()]);
    flags
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Enters the whole pilot; returns the case ids and the joint assessments' meeting ids.
fn enter_pilot(env: &TestEnv) -> (Vec<String>, Vec<String>) {
    let monday = "2026-09-07 09:00";
    let mut cases = Vec::new();
    let mut assessments = Vec::new();
    for (i, c) in PILOT.iter().enumerate() {
        let born = c.born.to_string();
        let case = ok(
            env,
            monday,
            &[
                "refer",
                "--name",
                c.name,
                "--group",
                c.group,
                "--source",
                c.source,
                "--channel",
                "yht405",
                "--reason",
                "several overlapping needs",
                "--birth-year",
                &born,
                "--municipality",
                c.municipality,
                "--region",
                c.region,
            ],
        )["case"]
            .as_str()
            .expect("case")
            .to_string();
        ok(
            env,
            monday,
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
        env.contact_request_at(monday, &case);
        ok(
            env,
            monday,
            &[
                "triage",
                &case,
                "--decision",
                "joint-assessment",
                "--kela-screen",
                "yes",
            ],
        );
        let at = assessment_at(i);
        let ja = ok(
            env,
            monday,
            &["schedule", &case, "--kind", "joint-assessment", "--at", &at],
        );
        let id = ja["id"].to_string();
        let held_at = format!("{} 16:00", &at[..10]);
        let mut held = vec![
            "schedule".to_string(),
            "held".into(),
            id.clone(),
            "--segment".into(),
            c.segment.into(),
            "--omaolo".into(),
            "no".into(),
            "--kela-screen".into(),
            if c.kela { "yes" } else { "no" }.into(),
        ];
        held.extend(saved_flags(c.saved, c.time_saved));
        ok(env, &held_at, &strs(&held));
        // The client's feedback on the joint reception, given the same afternoon.
        let usefulness = c.usefulness.to_string();
        let codes = [
            "mattered-to-me",
            "heard-and-respected",
            "informed-on-services",
            "know-what-next",
        ];
        let answers: Vec<String> = codes
            .iter()
            .zip(c.answers)
            .map(|(code, answer)| format!("{code}={answer}"))
            .collect();
        let mut feedback = vec![
            "feedback".to_string(),
            case.clone(),
            "--meeting".into(),
            id.clone(),
            "--usefulness".into(),
            usefulness,
        ];
        for a in &answers {
            feedback.extend(["--answer".to_string(), a.clone()]);
        }
        ok(env, &held_at, &strs(&feedback));
        cases.push(case);
        assessments.push(id);
    }
    // The Kela hour of four: Thursday 29.10.2026 13:00.
    let before = "2026-10-28 17:00";
    let mut kela_ids = Vec::new();
    for case in &cases[..4] {
        ok(
            env,
            before,
            &[
                "consent",
                "give",
                case,
                "--kind",
                "kela-exchange",
                "--method",
                "written",
            ],
        );
        ok(env, before, &["consent", "send-kela", case]);
        let b = ok(
            env,
            before,
            &[
                "schedule",
                case,
                "--kind",
                "kela",
                "--at",
                "2026-10-29 13:00",
            ],
        );
        kela_ids.push(b["id"].to_string());
    }
    let after = "2026-10-29 15:00";
    for (i, id) in kela_ids.iter().enumerate() {
        let mut held = vec!["schedule".to_string(), "held".into(), id.clone()];
        if PILOT[i].network > 0 {
            held.push("--network-needed".into());
        }
        ok(env, after, &strs(&held));
        let (saved, time) = KELA_SAVED[i];
        let mut estimate = vec![
            "estimate".to_string(),
            cases[i].clone(),
            "--meeting".into(),
            id.clone(),
        ];
        estimate.extend(saved_flags(saved, time));
        ok(env, after, &strs(&estimate));
        // Kela's contact person answers the survey for each client of the hour.
        let benefit = ["5", "4", "5", "4"][i];
        ok(
            env,
            after,
            &[
                "survey",
                &cases[i],
                "--meeting",
                id,
                "--role",
                "kela-contact",
                "--kela-benefit",
                benefit,
            ],
        );
    }
    // The pair's surveys on the first four joint assessments.
    for (i, id) in assessments[..4].iter().enumerate() {
        let now = format!("{} 17:00", &assessment_at(i)[..10]);
        ok(
            env,
            &now,
            &[
                "survey",
                &cases[i],
                "--meeting",
                id,
                "--role",
                "nurse",
                "--added-value",
                ["5", "4", "4", "5"][i],
            ],
        );
        ok(
            env,
            &now,
            &[
                "survey",
                &cases[i],
                "--meeting",
                id,
                "--role",
                "social-counsellor",
                "--added-value",
                ["4", "3", "4", "5"][i],
            ],
        );
    }
    // Network meetings on Tuesday 3.11.2026, one an hour from 9:00.
    let mut hour = 9;
    for (i, c) in PILOT.iter().enumerate() {
        if c.network == 0 {
            continue;
        }
        let at = format!("2026-11-03 {hour:02}:00");
        hour += 1;
        let net = ok(
            env,
            "2026-10-30 09:00",
            &[
                "schedule",
                &cases[i],
                "--kind",
                "network",
                "--at",
                &at,
                "--chair",
                "Sanna Sosiaalinen",
            ],
        );
        let id = net["id"].to_string();
        ok(
            env,
            "2026-11-03 17:00",
            &[
                "schedule",
                "held",
                &id,
                "--meeting-consent",
                "--attended",
                "client,referring-worker",
            ],
        );
        if i == 4 {
            let (saved, time) = NETWORK_SAVED;
            let mut estimate = vec![
                "estimate".to_string(),
                cases[i].clone(),
                "--meeting".into(),
                id.clone(),
            ];
            estimate.extend(saved_flags(saved, time));
            ok(env, "2026-11-03 17:00", &strs(&estimate));
        }
    }
    // Plans with pathways, agreed on Thursday 5.11.2026.
    for (i, c) in PILOT.iter().enumerate() {
        let mut plan = vec![
            "plan".to_string(),
            cases[i].clone(),
            "--key-worker".into(),
            "Sanna Sosiaalinen".into(),
        ];
        for service in c.pathways {
            plan.extend([
                "--pathway".to_string(),
                format!("service={service};booked=yes"),
            ]);
        }
        plan.extend(["--client-confirmed".to_string(), "--complete".into()]);
        ok(env, "2026-11-05 10:00", &strs(&plan));
    }
    // Follow-up calls on Thursday 7.1.2027.
    for (i, c) in PILOT.iter().enumerate() {
        let Some(call) = c.follow_up else { continue };
        let now = "2027-01-07 10:00";
        match call {
            Some((status, usefulness)) => {
                let usefulness = usefulness.to_string();
                let next: &[&str] = if status == "on-path" {
                    &["--next", "close"]
                } else {
                    &["--next", "again", "--next-on", "2027-02-04"]
                };
                let mut args = vec![
                    "follow-up",
                    &cases[i],
                    "--reached",
                    "yes",
                    "--status",
                    status,
                    "--knows-contact",
                    "yes",
                    "--usefulness",
                    &usefulness,
                ];
                args.extend_from_slice(next);
                ok(env, now, &args);
            }
            None => {
                ok(
                    env,
                    now,
                    &[
                        "follow-up",
                        &cases[i],
                        "--reached",
                        "no",
                        "--status",
                        "unreachable",
                        "--next",
                        "again",
                        "--next-on",
                        "2027-02-04",
                    ],
                );
            }
        }
    }
    (cases, assessments)
}

fn counts(d: &serde_json::Value) -> BTreeMap<String, serde_json::Value> {
    d["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .map(|c| {
            (
                c["key"].as_str().unwrap_or("").to_string(),
                c["count"].clone(),
            )
        })
        .collect()
}

/// `keys` counted, as the JSON's key → count map (zeros left out).
fn tally<'a>(keys: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, serde_json::Value> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    for k in keys {
        *out.entry(k.to_string()).or_default() += 1;
    }
    out.into_iter().map(|(k, v)| (k, v.into())).collect()
}

fn nonzero(m: BTreeMap<String, serde_json::Value>) -> BTreeMap<String, serde_json::Value> {
    m.into_iter().filter(|(_, v)| *v != 0).collect()
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn report(env: &TestEnv, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "report",
        "outcomes",
        "--from",
        "2026-09-01",
        "--until",
        "2026-09-30",
    ];
    args.extend_from_slice(extra);
    json_at(env, "2027-01-10 09:00", &args)
}

#[test]
fn a_pilot_of_sixteen_entered_through_the_cli_gives_every_figure_exactly() {
    let env = TestEnv::new();
    enter_pilot(&env);
    let o = report(&env, &["--exact"]);
    let n = PILOT.len();
    assert_eq!(o["cases"], n);
    let funnel: Vec<u64> = o["funnel"]
        .as_array()
        .expect("funnel")
        .iter()
        .map(|c| c["count"].as_u64().unwrap_or(99))
        .collect();
    let followed = PILOT.iter().filter(|c| c.follow_up.is_some()).count() as u64;
    let closed = PILOT
        .iter()
        .filter(|c| matches!(c.follow_up, Some(Some(("on-path", _)))))
        .count() as u64;
    assert_eq!(funnel, [16, 16, 16, 16, 16, followed, closed]);
    assert_eq!((followed, closed), (14, 11));
    // Referral sources and segments, with their shares.
    assert_eq!(
        nonzero(counts(&o["referral_sources"])),
        tally(PILOT.iter().map(|c| c.source))
    );
    assert_eq!(
        o["referral_sources"]["counts"][0],
        serde_json::json!({"key": "employment-services", "count": 6, "percent": 37.5})
    );
    assert_eq!(
        nonzero(counts(&o["segments"])),
        tally(PILOT.iter().map(|c| c.segment))
    );
    assert_eq!(o["segments"]["n"], 16);
    // Onward services and bookings per reception (the pilot: about 4).
    assert_eq!(
        nonzero(counts(&o["onward_services"])),
        tally(PILOT.iter().flat_map(|c| c.pathways.iter().copied()))
    );
    let pathways: usize = PILOT.iter().map(|c| c.pathways.len()).sum();
    assert_eq!(
        o["onward_per_client"],
        serde_json::json!({"n": 16, "mean": round2(pathways as f64 / 16.0)})
    );
    // Reception feedback: usefulness from all sixteen (the pilot: 8.75, N = 16), and the statements.
    let sum: u32 = PILOT.iter().map(|c| u32::from(c.usefulness)).sum();
    assert_eq!(sum, 140);
    assert_eq!(o["usefulness"], serde_json::json!({"n": 16, "mean": 8.75}));
    assert_eq!(o["usefulness_scores"]["n"], 16);
    assert_eq!(
        nonzero(counts(&o["usefulness_scores"])),
        tally(PILOT.iter().map(
            |c| ["", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"][c.usefulness as usize]
        ))
    );
    let statements = o["statements"].as_array().expect("statements");
    let codes: Vec<&str> = statements
        .iter()
        .map(|s| s["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes,
        [
            "mattered-to-me",
            "heard-and-respected",
            "informed-on-services",
            "know-what-next"
        ]
    );
    for (j, s) in statements.iter().enumerate() {
        assert_eq!(s["version"], 1);
        assert_eq!(s["answers"]["n"], 16);
        assert_eq!(
            nonzero(counts(&s["answers"])),
            tally(PILOT.iter().map(|c| c.answers[j])),
            "{}",
            codes[j]
        );
    }
    assert_eq!(
        statements[0]["answers"]["counts"][0],
        serde_json::json!({"key": "fully-agree", "count": 13, "percent": 81.3})
    );
    // The pair's estimates: 21 receptions (16 joint assessments, 4 Kela, 1 network meeting).
    let mut estimates: Vec<(&[(&str, u32)], &str)> =
        PILOT.iter().map(|c| (c.saved, c.time_saved)).collect();
    estimates.extend(KELA_SAVED);
    estimates.push(NETWORK_SAVED);
    assert_eq!(estimates.len(), 21);
    let appointments: u32 = estimates
        .iter()
        .flat_map(|(s, _)| s.iter().map(|(_, n)| n))
        .sum();
    assert_eq!(
        o["appointments_saved_per_reception"],
        serde_json::json!({"n": 21, "mean": round2(f64::from(appointments) / 21.0)})
    );
    let mut by_service: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for (saved, _) in &estimates {
        for (service, count) in *saved {
            let e = by_service.entry(service).or_default();
            e.0 += 1;
            e.1 += u64::from(*count);
        }
    }
    let reported: BTreeMap<&str, (u64, u64)> = o["saved_services"]["services"]
        .as_array()
        .expect("services")
        .iter()
        .map(|s| {
            (
                s["key"].as_str().unwrap_or(""),
                (
                    s["receptions"].as_u64().unwrap_or(0),
                    s["appointments"].as_u64().unwrap_or(0),
                ),
            )
        })
        .collect();
    assert_eq!(reported, by_service);
    assert_eq!(o["saved_services"]["n"], 21);
    assert_eq!(
        nonzero(counts(&o["time_saved"])),
        tally(estimates.iter().map(|(_, t)| *t))
    );
    assert_eq!(o["time_saved"]["n"], 21);
    assert_eq!(o["estimates_entered_at_follow_up"], 0);
    // The professionals' surveys.
    let s = &o["professional_surveys"];
    assert_eq!(s["n"], 12);
    assert_eq!(
        s["added_value"]["all"],
        serde_json::json!({"n": 8, "mean": 4.25})
    );
    let roles: Vec<(String, serde_json::Value, serde_json::Value)> = s["added_value"]["by_role"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| {
            (
                r["role"].as_str().unwrap_or("").to_string(),
                r["n"].clone(),
                r["mean"].clone(),
            )
        })
        .collect();
    assert_eq!(roles[0], ("nurse".to_string(), 4.into(), 4.5.into()));
    assert_eq!(
        roles[1],
        ("social-counsellor".to_string(), 4.into(), 4.0.into())
    );
    assert_eq!(
        s["kela_benefit"]["all"],
        serde_json::json!({"n": 4, "mean": 4.5})
    );
    // The follow-up call: twelve reached, eleven on the path, all know their contact.
    let reached: Vec<(&str, u8)> = PILOT.iter().filter_map(|c| c.follow_up.flatten()).collect();
    assert_eq!(reached.len(), 12);
    let at_call: u32 = reached.iter().map(|(_, u)| u32::from(*u)).sum();
    assert_eq!(
        o["usefulness_at_follow_up"],
        serde_json::json!({"n": 12, "mean": round2(f64::from(at_call) / 12.0)})
    );
    assert_eq!(o["follow_up_status"]["n"], 12);
    assert_eq!(
        o["follow_up_status"]["counts"][0],
        serde_json::json!({"key": "on-path", "count": 11, "percent": 91.7})
    );
    assert_eq!(
        o["follow_up_status"]["counts"][1],
        serde_json::json!({"key": "on-the-way", "count": 1, "percent": 8.3})
    );
    assert_eq!(
        o["knows_pathway_and_contact"],
        serde_json::json!({"n": 12, "yes": 12, "percent": 100.0})
    );
    // Network meetings with and without the Kela consultation (the pilot: −75 %).
    assert_eq!(
        o["network_meetings"]["with_kela"],
        serde_json::json!({"n": 4, "mean": 0.25})
    );
    assert_eq!(
        o["network_meetings"]["without_kela"],
        serde_json::json!({"n": 4, "mean": 1.0})
    );
    assert_eq!(o["network_meetings"]["difference_percent"], -75.0);
    assert_eq!(
        o["kela_hours"],
        serde_json::json!({"hours_held": 1, "clients": 4, "clients_per_hour": 4.0})
    );
    // Waiting times: all triaged on the day of referral; joint assessments two a week from 9.9.;
    // plans on 5.11.; follow-ups on 7.1.
    let phases = o["days_between_phases"].as_array().expect("phases");
    let interval = |i: usize| {
        (
            phases[i]["n"].clone(),
            phases[i]["median_days"].clone(),
            phases[i]["p90_days"].clone(),
        )
    };
    assert_eq!(interval(0), (16.into(), 0.0.into(), 0.0.into()));
    assert_eq!(interval(1), (16.into(), 26.5.into(), 51.0.into()));
    assert_eq!(interval(2), (16.into(), 32.5.into(), 57.0.into()));
    assert_eq!(interval(3), (14.into(), 63.0.into(), 63.0.into()));

    // The same figures for an anonymous output: small cells as "<5", their values withheld.
    let a = report(&env, &[]);
    assert_eq!(a["small_cells_suppressed"], true);
    assert_eq!(a["usefulness"], o["usefulness"], "N = 16 is shown");
    assert_eq!(counts(&a["segments"])["omatoimi"], "<5");
    assert_eq!(counts(&a["segments"])["yhteistyo"], "<5");
    assert_eq!(counts(&a["segments"])["verkosto"], 6);
    assert_eq!(
        a["network_meetings"]["with_kela"],
        serde_json::json!({"n": "<5", "mean": null})
    );
    assert_eq!(
        a["network_meetings"]["difference_percent"],
        serde_json::Value::Null
    );
    let status = counts(&a["follow_up_status"]);
    assert_eq!(
        (status["on-the-way"].clone(), status["on-path"].clone()),
        ("<5".into(), "x".into()),
        "the lone small cell takes the other with it"
    );
}

/// The groups' cases, as the JSON breakdown gives them.
fn group_cases(b: &serde_json::Value) -> BTreeMap<String, u64> {
    b["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            (
                g["key"].as_str().unwrap_or("").to_string(),
                g["outcomes"]["cases"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn the_pilot_breaks_down_by_age_municipality_region_and_area_and_a_correction_moves_the_figure() {
    let env = TestEnv::new();
    let (cases, assessments) = enter_pilot(&env);
    // Single-valued breakdowns: every case in exactly one group, the groups add up to the total.
    let age = report(&env, &["--exact", "--by", "age-band"]);
    let b = &age["breakdown"];
    assert_eq!(b["by"], "age-band");
    assert_eq!(b["cases_in_several_groups"], 0);
    let band = |born: u32| match 2026 - born {
        0..=17 => "under-18",
        18..=29 => "18-29",
        30..=49 => "30-49",
        50..=64 => "50-64",
        65..=74 => "65-74",
        _ => "75+",
    };
    let expected: BTreeMap<String, u64> = tally(PILOT.iter().map(|c| band(c.born)))
        .into_iter()
        .map(|(k, v)| (k, v.as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(group_cases(b), expected);
    assert_eq!(group_cases(b).values().sum::<u64>(), 16);
    // Each group's figures are the group's own: the usefulness mean of the 18–29 year olds.
    let young: Vec<f64> = PILOT
        .iter()
        .filter(|c| band(c.born) == "18-29")
        .map(|c| f64::from(c.usefulness))
        .collect();
    let group = b["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["key"] == "18-29")
        .expect("18-29");
    assert_eq!(
        group["outcomes"]["usefulness"],
        serde_json::json!({"n": young.len(), "mean": round2(young.iter().sum::<f64>() / young.len() as f64)})
    );
    // Municipalities by Statistics Finland's code: Kotka 285, Hamina 075, Kouvola 286, Pyhtää 624,
    // Miehikkälä 489.
    let code = |name: &str| match name {
        "Kotka" => "285",
        "Hamina" => "075",
        "Kouvola" => "286",
        "Pyhtää" => "624",
        "Miehikkälä" => "489",
        other => panic!("{other}"),
    };
    let by_municipality = report(&env, &["--exact", "--by", "municipality"]);
    let expected: BTreeMap<String, u64> = tally(PILOT.iter().map(|c| code(c.municipality)))
        .into_iter()
        .map(|(k, v)| (k, v.as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(group_cases(&by_municipality["breakdown"]), expected);
    let by_region = report(&env, &["--exact", "--by", "region"]);
    let regions = group_cases(&by_region["breakdown"]);
    assert_eq!(regions.values().sum::<u64>(), 16);
    assert_eq!(
        regions["north"],
        PILOT.iter().filter(|c| c.region == "north").count() as u64
    );
    // Areas: a case counts once in every area it touches (its source, its onward services), so
    // the groups add up to more than the total, and the report says by how many cases.
    let by_area = report(&env, &["--exact", "--by", "area"]);
    let b = &by_area["breakdown"];
    let areas = group_cases(b);
    assert_eq!(
        areas["health-medical"], 16,
        "everyone has a doctor on the path"
    );
    assert_eq!(areas["kela"], 4, "the Kela pathways");
    let several = b["cases_in_several_groups"].as_u64().expect("count");
    assert!(
        areas.values().sum::<u64>() > 16 && several > 0 && several <= 16,
        "{areas:?}"
    );
    let keys: Vec<&String> = areas.keys().collect();
    assert!(!keys.iter().any(|k| *k == "none"), "every case has an area");
    // The CSV carries the group on every line, the totals first.
    let csv = env.run_at(
        "2027-01-10 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-09-01",
            "--until",
            "2026-09-30",
            "--by",
            "region",
            "--format",
            "csv",
        ],
    );
    assert_eq!(csv.code, 0, "{csv:?}");
    assert!(
        csv.stdout
            .starts_with("region,figure,key,value,n\nall,funnel,referred,16,16\n"),
        "{}",
        csv.stdout
    );
    assert!(
        csv.stdout.contains("\nnorth,funnel,referred,"),
        "{}",
        csv.stdout
    );

    // A correction: client 7's usefulness was typed as 7, the client said 9. The figure moves,
    // and the timeline keeps both.
    let before = report(&env, &["--exact"]);
    assert_eq!(before["usefulness"]["mean"], 8.75);
    let run = env.run_at(
        "2027-01-10 09:30",
        &[
            "correct",
            &cases[7],
            "usefulness",
            "9",
            "--meeting",
            &assessments[7],
            "--reason",
            "typed from the wrong form",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let after = report(&env, &["--exact"]);
    assert_eq!(
        after["usefulness"],
        serde_json::json!({"n": 16, "mean": 8.88})
    );
    let show = env.run_at("2027-01-10 09:31", &["show", &cases[7]]);
    assert!(
        show.stdout.contains("fact corrected: usefulness"),
        "{}",
        show.stdout
    );
    assert!(show.stdout.contains("was 7, now 9"), "{}", show.stdout);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{}' AND kind = 'feedback-recorded'",
            cases[7]
        )),
        1,
        "the original entry stays"
    );
}

/// The pilot's page, as a supervisor gets it (suppressed), rendered in a browser.
#[test]
fn the_pilots_page_shows_the_json_figures_in_a_browser() {
    let env = TestEnv::new();
    enter_pilot(&env);
    let page = env.dir.path().join("pilot.html");
    let o = json_at(
        &env,
        "2027-01-10 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-09-01",
            "--until",
            "2026-09-30",
            "--by",
            "area",
            "--html",
            page.to_str().expect("path"),
            "--to-whom",
            "the wellbeing area's director",
        ],
    );
    assert_eq!(o["usefulness"], serde_json::json!({"n": 16, "mean": 8.75}));
    let html = std::fs::read_to_string(&page).expect("page");
    crate::page::page_matches_json(&html, &o);
    assert!(
        html.contains("Headline figures by service area"),
        "the breakdown is on the page"
    );
    crate::page::check_in_browser(&env, &page, &o);
}

/// Where every case touches one area (here: referred, not yet planned), the breakdown by area
/// adds up to the total, case for case.
#[test]
fn a_breakdown_by_area_of_single_area_cases_sums_to_the_total() {
    let env = TestEnv::new();
    let now = "2026-09-07 09:00";
    for (name, source, unit) in [
        ("Aila Alue", "employment-services", None),
        ("Beata Alue", "elderly-services", None),
        ("Cilla Alue", "primary-care", Some("adult clinic")),
        ("Dora Alue", "social-services", None),
        ("Erkki Alue", "self", None),
    ] {
        let mut args = vec![
            "refer",
            "--name",
            name,
            "--group",
            "working-age",
            "--source",
            source,
            "--channel",
            "phone",
            "--reason",
            "several overlapping needs",
        ];
        if let Some(unit) = unit {
            args.extend(["--referrer-unit", unit]);
        }
        ok(&env, now, &args);
    }
    let o = json_at(
        &env,
        "2026-09-08 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-09-01",
            "--until",
            "2026-09-30",
            "--by",
            "area",
            "--exact",
        ],
    );
    let b = &o["breakdown"];
    assert_eq!(b["cases_in_several_groups"], 0);
    let groups = group_cases(b);
    assert_eq!(
        groups,
        BTreeMap::from([
            ("employment".to_string(), 1),
            ("older-people".to_string(), 1),
            ("health-medical".to_string(), 1),
            ("family-social".to_string(), 1),
            ("none".to_string(), 1),
        ])
    );
    assert_eq!(
        groups.values().sum::<u64>(),
        o["cases"].as_u64().expect("cases")
    );
    // The groups come in the catalogue's order, "none" last.
    let keys: Vec<&str> = b["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["key"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        keys,
        [
            "family-social",
            "health-medical",
            "older-people",
            "employment",
            "none"
        ]
    );
}
