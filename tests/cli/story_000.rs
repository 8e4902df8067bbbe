//! Seed 000, the Moty pair's model, walked end to end through the CLI. A primary-care nurse
//! consults the coordinators by phone in the consultation hour (Mon–Fri 9–10) without naming the
//! client; another professional's question over Teams is a single matter settled by advice. The
//! nurse then puts the client on the LC coordination book yht405 (no referral letter), with the
//! signs the seed lists and the client's written consent; the coordinator pair — a social
//! counsellor and a nurse — triage, hold the 90-minute joint assessment, agree the plan with a key
//! worker and the onward pathways, and follow up. Every step asserts the register's rows. People
//! and numbers are fictitious.

use crate::common::TestEnv;

fn count(env: &TestEnv, sql: &str) -> i64 {
    env.count(sql)
}

#[test]
fn the_moty_pair_from_the_consultation_hour_to_the_follow_up() {
    let env = TestEnv::new();

    // 1. Tuesday 3.11.2026 at 9:20, the phone hour: a nurse of the reception services describes a
    //    situation, not a person. The consultation is recorded without any client identity.
    let run = env.run_at(
        "2026-11-03 09:20",
        &[
            "--json",
            "consult",
            "--channel",
            "phone",
            "--unit",
            "Vastaanottopalvelut",
            "--topic",
            "Työikäinen asiakas: toistuvat peruuttamattomat ajat, runsaat yhteydenotot ilman \
             selkeää syytä; huoli kotona pärjäämisestä ja taloudesta. Ei näe itse avun tarvetta.",
            "--advice",
            "Sopii monialaiseen työhön: pyydä kirjallinen suostumus ja yhteydenottopyyntö ja laita \
             asiakas terveys LC:n koontikirjalle yht405.",
            "--referral-expected",
            "yes",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let phoned = run.json()["consultation"]["id"].to_string();
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM consultations WHERE channel = 'phone'
             AND unit = 'reception-services' AND referral_expected = 'yes'
             AND consulted_at = '2026-11-03 09:20'"
        ),
        1
    );
    assert_eq!(count(&env, "SELECT count(*) FROM clients"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM cases"), 0);

    // 2. The same day over Teams (green, office hours): a single matter, settled by advice. No
    //    referral is expected, and none follows.
    let teams = env
        .run_at(
            "2026-11-03 11:05",
            &[
                "--json",
                "consult",
                "--channel",
                "teams",
                "--unit",
                "adult-social-work",
                "--topic",
                "Yksittäinen asia: mihin ohjata toimeentulotuen hakemisessa",
                "--advice",
                "Ohjattu sähköiseen ilmoitukseen sosiaalihuollon palveluihin",
                "--referral-expected",
                "no",
            ],
        )
        .json()["consultation"]["id"]
        .to_string();
    assert_eq!(count(&env, "SELECT count(*) FROM consultations"), 2);
    // Neither consultation names anyone: the phone number a professional might type is refused.
    env.refused_at(
        "2026-11-03 11:10",
        &[
            "consult",
            "--channel",
            "phone",
            "--unit",
            "reception-services",
            "--topic",
            "soita asiakkaalle 040 555 0142",
            "--advice",
            "x",
            "--referral-expected",
            "no",
        ],
        2,
        "--topic: holds a phone number",
    );

    // 3. Wednesday 4.11.2026: the client is on the coordination book yht405, with the signs of seed
    //    000, and the referral follows the phone consultation.
    let wednesday = "2026-11-04 09:30";
    let run = env.run_at(
        wednesday,
        &[
            "--json",
            "refer",
            "--name",
            "Pertti Perusterveys",
            "--birth-year",
            "1968",
            "--municipality",
            "Kotka",
            "--region",
            "south",
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
            "frequent-contacts",
            "--sign",
            "cannot-seek-help",
            "--sign",
            "coping-at-home",
            "--sign",
            "finances",
            "--reason",
            "Moniammatillinen tuen tarve: terveys, talous ja arjessa pärjääminen.",
            "--consultation",
            &phoned,
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let case = run.json()["case"].as_str().expect("case").to_string();
    assert_eq!(env.phase(&case), "referred");
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM referrals WHERE case_id = '{case}' AND source = 'primary-care'
                 AND channel = 'yht405'"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &env,
            &format!("SELECT count(*) FROM referral_signs WHERE case_id = '{case}'")
        ),
        5
    );
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM consultation_links WHERE consultation_id = {phoned}
                 AND case_id = '{case}'"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &env,
            &format!("SELECT count(*) FROM consultation_links WHERE consultation_id = {teams}")
        ),
        0
    );

    // 4. The client's written consent and contact request (seed 000 asks for both before the
    // work starts).
    env.ok_at(
        wednesday,
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
    env.contact_request_at(wednesday, &case);
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM consents WHERE case_id = '{case}'
                 AND kind IN ('multi-professional', 'contact-request') AND method = 'written'
                 AND withdrawn_on IS NULL"
            )
        ),
        2
    );

    // 5. Triage: a joint assessment by the pair, the social counsellor and the nurse.
    env.ok_at(
        wednesday,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    assert_eq!(env.phase(&case), "joint-assessment");
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM triage_team t JOIN triage_decisions d ON d.id = t.decision_id
                 WHERE d.case_id = '{case}' AND t.role IN ('nurse', 'social-counsellor')"
            )
        ),
        2
    );

    // 6. The joint assessment: the next free Wednesday slot, 90 minutes.
    let booked = env
        .run_at(
            wednesday,
            &["--json", "schedule", &case, "--kind", "joint-assessment"],
        )
        .json();
    assert_eq!(booked["starts_at"], "2026-11-04 12:30");
    assert_eq!(booked["minutes"], 90);
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
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM bookings WHERE case_id = '{case}' AND kind = 'joint-assessment'
                 AND status = 'held' AND minutes = 90 AND segment = 'yhteistyo'"
            )
        ),
        1
    );
    // The pair saw no need for Kela or a network meeting: the plan takes the case on.
    assert_eq!(env.phase(&case), "joint-assessment");

    // 7. The plan: the coordinators bring the services together; a key worker, the pathways, and
    //    the client knows whom to contact.
    env.ok_at(
        "2026-11-05 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanni Sosiaaliohjaaja",
            "--key-worker-unit",
            "Moty-koordinaattorit, etelä",
            "--goals",
            "Arki ja talous hallintaan; terveydentila selväksi",
            "--need",
            "health=terveydentilan selvittely",
            "--need",
            "finances=velat ja toimeentulo",
            "--action",
            "what=varataan lääkärin aika;who=sairaanhoitaja;by=2026-11-20",
            "--pathway",
            "service=doctor;booked=yes;appointment=2026-11-18",
            "--pathway",
            "service=social-worker;booked=yes;appointment=2026-11-24",
            "--pathway",
            "service=employment-services;booked=no",
            "--client-confirmed",
            "--complete",
        ],
    );
    assert_eq!(env.phase(&case), "follow-up");
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM plan_versions WHERE case_id = '{case}'
                 AND key_worker = 'Sanni Sosiaaliohjaaja' AND client_confirmed_on IS NOT NULL"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &env,
            &format!("SELECT count(*) FROM plan_pathways WHERE case_id = '{case}'")
        ),
        3
    );
    let due = env
        .run_at("2026-11-05 10:05", &["--json", "follow-up", "due", "--all"])
        .json();
    assert_eq!(due["follow_ups"][0]["case"], case.as_str(), "{due}");
    assert_eq!(due["follow_ups"][0]["due_on"], "2026-12-31", "{due}");

    // 8. The follow-up call: the client reached the services and knows the contact; the
    //    collaboration is closed together with the client.
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
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM follow_ups WHERE case_id = '{case}' AND status = 'on-path'
                 AND knows_contact = 1 AND next_step = 'close'"
            )
        ),
        1
    );

    // The state the seed describes: the client's case went from the consultation hour through the
    // pair's joint work to an onward pathway with a named contact, and was closed jointly; the
    // single matter stayed a consultation.
    assert_eq!(env.phase(&case), "closed");
    assert_eq!(
        count(
            &env,
            &format!(
                "SELECT count(*) FROM cases WHERE id = '{case}' AND close_reason = 'completed'
                 AND closed_on = '2026-12-31'"
            )
        ),
        1
    );
    let kinds: Vec<String> = env.query(
        "SELECT kind FROM events WHERE case_id = ?1 ORDER BY id",
        &[&case],
    );
    assert_eq!(
        kinds,
        [
            "case-opened",
            "consultation-linked",
            "consent-given",
            "consent-given",
            "triaged",
            "meeting-booked",
            "meeting-held",
            "plan-changed",
            "pathways-completed",
            "follow-up-recorded",
            "case-closed",
        ]
    );
    let figures = env
        .run_at(
            "2027-01-04 09:00",
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
        .json();
    assert_eq!(figures["consultations"], 2);
    assert_eq!(figures["linked_to_case"][0]["count"], 1);
    assert_eq!(figures["linked_to_case"][1]["count"], 1);
    env.ok_at("2027-01-04 09:00", &["audit", "verify"]);
}
