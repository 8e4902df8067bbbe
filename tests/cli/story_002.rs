//! Seed 002, the Lapland elements of multi-sector collaboration, walked end to end through the
//! CLI: the client is at the centre (collaboration rests on their consent; they take part in
//! planning), a professional starts the collaboration, care and services are coordinated with the
//! client, the joint plan names the coordinating professional (the key worker), and the
//! collaboration is ended together — after a follow-up at the interval agreed for this client.
//! Each step asserts the register's rows. Fictitious people only.

use crate::common::TestEnv;

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

fn rows(env: &TestEnv, sql: &str) -> i64 {
    env.count(sql)
}

const MONDAY: &str = "2026-11-23 09:00";
const WEDNESDAY: &str = "2026-11-25 15:00";
const NETWORK_DAY: &str = "2026-12-01 12:00";

#[test]
fn the_lapland_elements_from_a_professionals_concern_to_ending_together() {
    let env = TestEnv::new();
    // The directory holds the professionals the network is assembled from.
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Sari Sosiaalityö",
        "--role",
        "social worker",
        "--unit",
        "Adult social work",
        "--phone",
        "040 555 0311",
        "--email",
        "sari.sosiaalityo@example.fi",
        "--when-to-refer",
        "financial hardship, housing",
    ]);
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Tuomas Työvalmentaja",
        "--role",
        "job coach",
        "--unit",
        "Employment services",
        "--email",
        "tuomas.tyovalmentaja@example.fi",
    ]);

    // 1. A professional starts the collaboration: a social-services worker's referral.
    let case = env.refer(
        "Elsa Esimerkki",
        &[
            "--source",
            "social-services",
            "--channel",
            "secure-email",
            "--referrer",
            "Pekka Palveluohjaaja",
            "--referrer-unit",
            "Adult social work",
            "--referrer-contact",
            "040 555 0300",
            "--sign",
            "everyday-management",
            "--sign",
            "health-problems",
            "--reason",
            "Housing, income and health need to be looked at together.",
            "--on",
            "2026-11-23",
        ],
    );
    assert_eq!(env.phase(&case), "referred");
    assert_eq!(
        rows(&env, "SELECT count(*) FROM referrals WHERE referrer_name = 'Pekka Palveluohjaaja' AND source = 'social-services'"),
        1
    );
    assert_eq!(
        rows(
            &env,
            "SELECT count(*) FROM events WHERE kind = 'case-opened'"
        ),
        1
    );

    // 2. The client is at the centre: no collaboration without their consent.
    let triage = [
        "triage",
        case.as_str(),
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ];
    env.refused_at(MONDAY, &triage, 4, "consent");
    assert_eq!(rows(&env, "SELECT count(*) FROM triage_decisions"), 0);
    env.ok_at(
        MONDAY,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
            "--scope",
            "adult social work, employment services, health centre",
        ],
    );
    // The Moty track also starts on the client's contact request (seed 000).
    env.refused_at(MONDAY, &triage, 4, "contact request");
    env.contact_request_at(MONDAY, &case);
    env.ok_at(MONDAY, &triage);
    assert_eq!(env.phase(&case), "joint-assessment");
    assert_eq!(
        rows(&env, "SELECT count(*) FROM consents WHERE kind = 'multi-professional' AND method = 'written' AND withdrawn_on IS NULL"),
        1
    );

    // 3. Care and services are coordinated with the client: the joint reception (the client
    // joins by video), then a network meeting of the professionals the client agreed to.
    let link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U3Rvcnk%40thread.v2/0";
    let ja = json_at(
        &env,
        MONDAY,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--video-link",
            link,
        ],
    );
    let shown = env.ok_at(MONDAY, &["show", &case]);
    assert!(
        shown.contains("Wed 2026-11-25 12:30 joint assessment (90 min, no. 1)")
            && shown.contains(link),
        "what is next leads the call:\n{shown}"
    );
    env.ok_at(
        WEDNESDAY,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    // The client is an active party to the plan: their own resources, goals and needs.
    env.ok_at(
        WEDNESDAY,
        &[
            "plan",
            &case,
            "--resources",
            "A sister nearby; used to work as a cook",
            "--goals",
            "A home of her own and part-time work",
            "--need",
            "housing=rent arrears",
            "--need",
            "work-study=wants part-time work",
            "--note",
            "started with the client at the joint reception",
        ],
    );
    assert_eq!(rows(&env, "SELECT count(*) FROM plan_versions"), 1);
    assert_eq!(rows(&env, "SELECT count(*) FROM plan_needs"), 2);
    let net = json_at(
        &env,
        WEDNESDAY,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-01 10:00",
            "--minutes",
            "90",
            "--chair",
            "Pekka Palveluohjaaja",
            "--participant",
            "1",
            "--participant",
            "2",
            "--video-link",
            "https://meet.example.fi/verkosto/2611",
        ],
    );
    let agenda = json_at(
        &env,
        WEDNESDAY,
        &[
            "schedule",
            "list",
            "--kind",
            "network",
            "--from",
            "2026-12-01",
        ],
    );
    let entry = &agenda["meetings"][0]["booked"][0];
    assert_eq!(entry["meeting"], net["id"]);
    assert_eq!(entry["video_link"], "https://meet.example.fi/verkosto/2611");
    let emails: Vec<&str> = entry["invitees"]
        .as_array()
        .expect("invitees")
        .iter()
        .filter_map(|i| i["email"].as_str())
        .collect();
    assert_eq!(
        emails,
        [
            "sari.sosiaalityo@example.fi",
            "tuomas.tyovalmentaja@example.fi"
        ]
    );
    env.ok_at(
        NETWORK_DAY,
        &[
            "schedule",
            "held",
            &net["id"].to_string(),
            "--meeting-consent",
            "--attended",
            "client,referring-worker,unit-worker",
        ],
    );
    assert_eq!(env.phase(&case), "onward-pathways");
    assert_eq!(
        rows(&env, "SELECT count(*) FROM bookings WHERE status = 'held'"),
        2
    );
    assert_eq!(rows(&env, "SELECT count(*) FROM booking_attendance"), 3);
    assert_eq!(
        rows(
            &env,
            "SELECT count(*) FROM consents WHERE kind = 'meeting' AND method = 'oral'"
        ),
        1
    );

    // 4. The joint plan names the coordinating professional; without one it cannot be agreed.
    let pathway = "service=social-worker;pro=1;booked=yes;appointment=2026-12-08;purpose=rent arrears and income";
    env.refused_at(
        NETWORK_DAY,
        &[
            "plan",
            &case,
            "--pathway",
            pathway,
            "--client-confirmed",
            "--complete",
        ],
        4,
        "a key worker",
    );
    let saved = json_at(
        &env,
        NETWORK_DAY,
        &[
            "plan",
            &case,
            "--key-worker-from",
            "1",
            "--pathway",
            pathway,
            "--pathway",
            "service=employment-services;pro=2;purpose=part-time work",
            "--client-confirmed",
            "--follow-up-weeks",
            "6",
            "--complete",
            "--note",
            "agreed with the client at the network meeting",
        ],
    );
    assert_eq!(saved["version"], 2);
    assert_eq!(saved["follow_up_interval"]["weeks"], 6);
    assert_eq!(saved["follow_up_due"], "2027-01-12");
    assert_eq!(env.phase(&case), "follow-up");
    assert_eq!(
        rows(&env, "SELECT count(*) FROM plan_versions WHERE key_worker = 'Sari Sosiaalityö' AND client_confirmed_on = '2026-12-01'"),
        1
    );
    assert_eq!(
        rows(
            &env,
            &format!("SELECT count(*) FROM cases WHERE id = '{case}' AND follow_up_weeks = 6")
        ),
        1
    );
    assert_eq!(
        rows(&env, "SELECT count(*) FROM events WHERE kind = 'pathways-completed' AND json_extract(detail, '$.key_worker') = 'Sari Sosiaalityö'"),
        1
    );
    // During a call the key worker and how to reach them come first.
    let next = json_at(&env, "2026-12-15 09:30", &["show", &case])["next"].clone();
    assert_eq!(next["key_worker"]["name"], "Sari Sosiaalityö");
    assert_eq!(next["key_worker"]["phone"], "040 555 0311");
    assert_eq!(next["key_worker"]["email"], "sari.sosiaalityo@example.fi");
    assert_eq!(next["follow_up"]["due_on"], "2027-01-12");
    assert_eq!(next["follow_up"]["interval"]["per_case"], true);

    // 5. The follow-up at the agreed interval, and the collaboration ended together.
    let due = json_at(&env, "2027-01-12 09:00", &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["case"], case.as_str());
    assert_eq!(due["follow_ups"][0]["key_worker"], "Sari Sosiaalityö");
    let queue = json_at(&env, "2027-01-12 09:00", &["report", "queue"]);
    assert_eq!(
        queue["sections"]["follow_ups_due"][0]["case"],
        case.as_str()
    );
    env.ok_at(
        "2027-01-12 10:00",
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
            "8",
            "--next",
            "close",
            "--note",
            "ended together: the key worker carries on",
        ],
    );

    // Where seed 002 ends: collaboration ended jointly, the key worker named, the client on the
    // path and knowing whom to contact.
    assert_eq!(env.phase(&case), "closed");
    assert_eq!(
        rows(&env, "SELECT count(*) FROM cases WHERE close_reason = 'completed' AND closed_on = '2027-01-12'"),
        1
    );
    assert_eq!(
        rows(&env, "SELECT count(*) FROM events WHERE kind = 'case-closed' AND json_extract(detail, '$.jointly') = 1"),
        1
    );
    assert_eq!(
        rows(&env, "SELECT count(*) FROM follow_ups WHERE status = 'on-path' AND knows_contact = 1 AND next_step = 'close'"),
        1
    );
    let shown = env.ok_at("2027-01-12 11:00", &["show", &case]);
    for expected in [
        "  Key worker    Sari Sosiaalityö, Adult social work, 040 555 0311,",
        "completed together with the client",
        "follow-up interval: 6 weeks for this case",
        "onward pathways agreed, follow-up ahead; key worker Sari Sosiaalityö",
        "case closed: completed together with the client",
    ] {
        assert!(shown.contains(expected), "{expected:?}:\n{shown}");
    }
    assert!(
        !shown.contains("  Follow-up "),
        "no follow-up ahead once closed"
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}
