//! Seed 004, the sote-centre's client path, walked end to end through the CLI: the need arises,
//! the client looks for information and contacts the sote-centre by chat, the professional who
//! answers consults the coordinators (guidance only, no referral expected); then the situation
//! changes — repeated unplanned visits, a worry, a problem that is not clear-cut, suspected
//! substance use — and a referral through the OmaEP e-service follows, linked to that
//! consultation; the needs are mapped with the professionals, the client gets support with a named
//! contact, and follow-up is agreed. Every step asserts the register's rows. People are
//! fictitious.

use crate::common::TestEnv;

fn count(env: &TestEnv, sql: &str) -> i64 {
    env.count(sql)
}

#[test]
fn a_chat_contact_a_guidance_only_consultation_and_the_referral_it_later_led_to() {
    let env = TestEnv::new();

    // 1. The need arises; the client looks for information on the wellbeing area's pages and
    //    opens the chat. The client-guidance nurse who answers consults the coordinators over the
    //    chat: guidance and advice are enough for now, no referral is expected. The consultation
    //    is the first thing this register holds.
    let run = env.run_at(
        "2026-11-02 10:20",
        &[
            "--json",
            "consult",
            "--at",
            "2026-11-02 10:15",
            "--channel",
            "chat",
            "--unit",
            "Asiakasohjaus ja hoidon tarpeen arviointi",
            "--topic",
            "Chatissa kysyi työikäinen asiakas: huoli arjessa pärjäämisestä, ei selkeää \
             palvelutarvetta",
            "--advice",
            "Neuvonta ja ohjaus: omalle vastaanotolle ja OmaEP:n ajanvaraukseen; otetaan \
             uudelleen yhteyttä, jos tilanne muuttuu",
            "--referral-expected",
            "no",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let consulted = run.json()["consultation"].clone();
    let id = consulted["id"].to_string();
    assert_eq!(consulted["unit"], "care-need-assessment");
    assert_eq!(consulted["area"], "health-medical");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM consultations WHERE channel = 'chat'
             AND referral_expected = 'no' AND consulted_at = '2026-11-02 10:15'"
        ),
        1
    );
    assert_eq!(count(&env, "SELECT count(*) FROM cases"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM events"), 0);
    let figures = |env: &TestEnv| {
        env.run_at(
            "2026-11-30 09:00",
            &[
                "--json",
                "report",
                "consultations",
                "--from",
                "2026-11-01",
                "--until",
                "2026-11-30",
                "--exact",
            ],
        )
        .json()
    };
    let before = figures(&env);
    assert_eq!(before["per_channel"][2]["key"], "chat");
    assert_eq!(before["per_channel"][2]["count"], 1);
    assert_eq!(before["linked_to_case"][0]["count"], 0);

    // 2. The situation changes: a week of repeated unplanned visits, a worry and a sense of
    //    inadequacy, a problem whose core cannot be reached, suspected substance use. The client
    //    books through OmaEP and the nurse refers, following the chat consultation.
    let monday = "2026-11-09 13:00";
    let run = env.run_at(
        monday,
        &[
            "--json",
            "refer",
            "--name",
            "Sari Sotekeskus",
            "--birth-year",
            "1979",
            "--municipality",
            "Seinäjoki",
            "--region",
            "south",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "e-service",
            "--referrer",
            "Hanna Hoitaja",
            "--referrer-unit",
            "care-need-assessment",
            "--sign",
            "worry",
            "--sign",
            "unclear-problem",
            "--sign",
            "repeated-unplanned-visits",
            "--sign",
            "substance-use",
            "--reason",
            "Tilanne ei ratkea yksinkertaisesti; monimuotoinen ja pitkittyvä palvelujen tarve.",
            "--consultation",
            &id,
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let case = run.json()["case"].as_str().expect("case").to_string();
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM referrals WHERE case_id = '{case}' AND channel = 'e-service'"
            )
        ),
        1
    );
    let signs: Vec<String> = env.query(
        "SELECT sign FROM referral_signs WHERE case_id = ?1 ORDER BY sign",
        &[&case],
    );
    assert_eq!(
        signs,
        [
            "repeated-unplanned-visits",
            "substance-use",
            "unclear-problem",
            "worry"
        ]
    );
    // The consultation is linked, on the case's timeline, once; what was expected then stays.
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM consultation_links l JOIN consultations c
                 ON c.id = l.consultation_id
                 WHERE l.case_id = '{case}' AND c.id = {id} AND c.referral_expected = 'no'"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM events WHERE case_id = '{case}'
                 AND kind = 'consultation-linked' AND json_extract(detail, '$.consultation') = {id}"
            )
        ),
        1
    );
    env.refused_at(
        monday,
        &["consult", "link", &id, &case],
        4,
        "already linked",
    );
    let shown = env.ok_at(monday, &["show", &case]);
    assert!(
        shown.contains("consultation linked: no. 1 of 2026-11-02 10:15 by chat"),
        "{shown}"
    );
    let after = figures(&env);
    assert_eq!(after["linked_to_case"][0]["count"], 1);
    assert_eq!(after["referral_expected"][1]["key"], "no");
    assert_eq!(after["referral_expected"][1]["count"], 1);

    // 3. The needs are mapped together with the professionals: written consent, triage, and the
    //    joint assessment of the pair.
    env.ok_at(
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
    env.ok_at(
        monday,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    assert_eq!(env.phase(&case), "joint-assessment");
    let booked = env
        .run_at(
            monday,
            &["--json", "schedule", &case, "--kind", "joint-assessment"],
        )
        .json();
    assert_eq!(booked["starts_at"], "2026-11-11 12:30");
    let meeting = booked["id"].to_string();
    env.ok_at(
        "2026-11-11 14:05",
        &[
            "schedule",
            "held",
            &meeting,
            "--segment",
            "verkosto",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM bookings WHERE case_id = '{case}' AND status = 'held'
                 AND segment = 'verkosto'"
            )
        ),
        1
    );

    // 4. The client gets the support they need: a plan with a named contact and services in the
    //    health and the social areas.
    env.ok_at(
        "2026-11-12 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Pekka Päihdehoitaja",
            "--key-worker-unit",
            "mental-health-substance",
            "--need",
            "health=päihteiden käytön arvio",
            "--need",
            "social=arjen tuki",
            "--pathway",
            "service=psychiatric-nurse;booked=yes;appointment=2026-11-19",
            "--pathway",
            "service=social-counsellor;booked=yes;appointment=2026-11-24",
            "--client-confirmed",
            "--complete",
        ],
    );
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM plan_pathways WHERE case_id = '{case}' AND status = 'booked'"
            )
        ),
        2
    );

    // 5. Follow-up, further steps and contacts are agreed: the case waits for its follow-up call.
    assert_eq!(env.phase(&case), "follow-up");
    let due = env
        .run_at("2026-11-12 10:05", &["--json", "follow-up", "due", "--all"])
        .json();
    assert_eq!(due["follow_ups"][0]["case"], case.as_str(), "{due}");
    assert_eq!(due["follow_ups"][0]["key_worker"], "Pekka Päihdehoitaja");
    // The areas the case touched: health (the source unit, the pathways) and social services.
    let areas = env
        .run_at(
            "2026-11-30 09:00",
            &[
                "--json",
                "report",
                "outcomes",
                "--from",
                "2026-11-01",
                "--until",
                "2026-11-30",
                "--by",
                "area",
                "--exact",
            ],
        )
        .json();
    let groups: Vec<&str> = areas["breakdown"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|g| g["outcomes"]["cases"] == 1)
        .filter_map(|g| g["key"].as_str())
        .collect();
    assert!(groups.contains(&"health-medical"), "{groups:?}");
    assert!(groups.contains(&"family-social"), "{groups:?}");
    env.ok_at("2026-11-30 09:00", &["audit", "verify"]);
}
