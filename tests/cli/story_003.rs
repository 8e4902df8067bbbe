//! Seed 003, the SOTE pair with Kela's remote consultation, walked end to end through the CLI in
//! its five phases: (1) a professional's concern and the first Kela screen, (2) the 90-minute
//! joint reception with the Suuntima segment, the Omaolo check, the plan started and the second
//! Kela screen, (3) the weekly Kela hour, Kela's form sent ahead so Kela can prepare, (4) the
//! network meeting, Kela's contact joining remotely, the plan supplemented, and (5) onward
//! pathways with a key worker — then the follow-up: the client stayed on the path and knows whom
//! to contact. Each step asserts the register's rows. Fictitious people only.

use crate::common::TestEnv;

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

fn missing(next: &serde_json::Value) -> Vec<String> {
    next["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .map(|m| m["what"].as_str().unwrap_or_default().to_string())
        .collect()
}

const MONDAY: &str = "2026-11-23 09:00";
const WEDNESDAY: &str = "2026-11-25 15:00";
const THURSDAY: &str = "2026-11-26 15:00";
const TUESDAY: &str = "2026-12-01 12:00";
const VIDEOVISIT: &str = "https://videovisit.example.fi/room/kela-hour-48";

#[test]
fn the_five_phases_with_the_kela_hour_end_on_the_right_path() {
    let env = TestEnv::new();
    // The team's follow-up comes ten weeks after the pathways are agreed.
    env.ok_at(MONDAY, &["settings", "follow-up-weeks", "10"]);

    // Phase 1: the trigger — an employment-services professional's concern; first Kela screen.
    let case = env.refer(
        "Reino Rinnakkainen",
        &[
            "--source",
            "employment-services",
            "--channel",
            "yht405",
            "--referrer-unit",
            "employment services",
            "--sign",
            "repeated-unplanned-visits",
            "--sign",
            "unclear-problem",
            "--reason",
            "Several services, no progress; sickness allowance ending.",
            "--on",
            "2026-11-23",
        ],
    );
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
        ],
    );
    env.contact_request_at(MONDAY, &case);
    env.ok_at(
        MONDAY,
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
        env.count("SELECT count(*) FROM triage_decisions WHERE decision = 'joint-assessment' AND kela_screen = 1"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM triage_team"),
        2,
        "a working-age client: nurse and social counsellor"
    );

    // Phase 2: the 90-minute joint reception on Wednesday.
    let ja = json_at(
        &env,
        MONDAY,
        &["schedule", &case, "--kind", "joint-assessment"],
    );
    assert_eq!(
        (ja["starts_at"].as_str(), ja["minutes"].as_u64()),
        (Some("2026-11-25 12:30"), Some(90))
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
            "yes",
            "--saved",
            "doctor=2",
            "--saved",
            "social-worker",
            "--time-saved",
            "1-2-months",
        ],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE kind = 'joint-assessment' AND status = 'held' AND segment = 'verkosto' AND omaolo = 1 AND kela_screen = 1"),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM estimates WHERE appointments = 3 AND time_saved = '1-2-months'"
        ),
        1
    );
    env.ok_at(
        WEDNESDAY,
        &[
            "feedback",
            &case,
            "--usefulness",
            "9",
            "--answer",
            "mattered-to-me=fully-agree",
            "--answer",
            "heard-and-respected=fully-agree",
        ],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM feedback WHERE usefulness = 9"),
        1
    );
    env.ok_at(
        WEDNESDAY,
        &[
            "plan",
            &case,
            "--key-worker",
            "Hanna Hoitaja",
            "--key-worker-unit",
            "Reception services",
            "--key-worker-contact",
            "040 555 0420",
            "--resources",
            "Motivated; a supportive spouse",
            "--goals",
            "Clarity about income and rehabilitation",
            "--need",
            "finances=sickness allowance ending",
            "--note",
            "HOPA started at the joint reception",
        ],
    );
    // The second Kela screen said yes: Kela's form is what the call is about next.
    let next = json_at(&env, WEDNESDAY, &["show", &case])["next"].clone();
    assert_eq!(missing(&next), ["kela-consent"]);

    // Phase 3: the weekly Kela hour (60 minutes, four clients), the form sent to Kela first.
    env.ok_at(
        WEDNESDAY,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ],
    );
    let kela = json_at(
        &env,
        WEDNESDAY,
        &[
            "schedule",
            &case,
            "--kind",
            "kela",
            "--doctor",
            "--video-link",
            VIDEOVISIT,
        ],
    );
    assert_eq!(env.phase(&case), "kela-consultation");
    assert_eq!(
        (kela["minutes"].as_u64(), kela["video_link"].as_str()),
        (Some(60), Some(VIDEOVISIT))
    );
    let next = json_at(&env, WEDNESDAY, &["show", &case])["next"].clone();
    assert_eq!(missing(&next), ["kela-form"]);
    assert_eq!(next["meeting"]["kind"], "kela");
    assert_eq!(next["meeting"]["video_link"], VIDEOVISIT);
    let agenda = json_at(
        &env,
        WEDNESDAY,
        &[
            "schedule",
            "list",
            "--kind",
            "kela",
            "--from",
            "2026-11-26",
            "--until",
            "2026-11-26",
        ],
    );
    let hour = &agenda["meetings"][0];
    assert_eq!(
        (hour["capacity"].as_u64(), hour["free"].as_u64()),
        (Some(4), Some(3))
    );
    let participants = hour["booked"][0]["participants"].to_string();
    assert!(
        participants.contains("doctor") && participants.contains("kela-contact"),
        "{participants}"
    );
    env.ok_at(WEDNESDAY, &["consent", "send-kela", &case]);
    assert_eq!(
        env.count("SELECT count(*) FROM consents WHERE kind = 'kela-exchange' AND sent_to_kela_on = '2026-11-25'"),
        1
    );
    assert!(missing(&json_at(&env, WEDNESDAY, &["show", &case])["next"]).is_empty());
    env.ok_at(
        THURSDAY,
        &[
            "schedule",
            "held",
            &kela["id"].to_string(),
            "--network-needed",
        ],
    );
    env.ok_at(
        THURSDAY,
        &[
            "kela-outcome",
            &case,
            "--statement",
            "b-statement",
            "--responsible",
            "doctor",
            "--due",
            "2026-12-18",
            "--rehabilitation",
            "vocational rehabilitation assessment",
            "--responsible",
            "Hanna Hoitaja",
        ],
    );
    assert_eq!(env.count("SELECT count(*) FROM kela_conclusions"), 2);
    env.ok_at(
        THURSDAY,
        &[
            "survey",
            &case,
            "--meeting",
            &kela["id"].to_string(),
            "--role",
            "kela-contact",
            "--kela-benefit",
            "5",
        ],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM surveys WHERE role = 'kela-contact' AND kela_benefit = 5"),
        1
    );

    // Phase 4: the network meeting, Kela's contact joining remotely; the plan supplemented.
    let net = json_at(
        &env,
        THURSDAY,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-12-01 10:00",
            "--chair",
            "Hanna Hoitaja",
            "--video-link",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmV0%40thread.v2/0",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
    let agenda = json_at(
        &env,
        THURSDAY,
        &[
            "schedule",
            "list",
            "--kind",
            "network",
            "--from",
            "2026-12-01",
            "--until",
            "2026-12-01",
        ],
    );
    assert!(
        agenda["meetings"][0]["booked"][0]["participants"]
            .to_string()
            .contains("kela-contact"),
        "Kela's contact joins a network meeting after the Kela hour: {agenda}"
    );
    env.ok_at(
        TUESDAY,
        &[
            "schedule",
            "held",
            &net["id"].to_string(),
            "--meeting-consent",
            "--attended",
            "client,referring-worker,kela-contact,nurse,social-counsellor",
        ],
    );
    assert_eq!(env.phase(&case), "onward-pathways");
    assert_eq!(
        env.count("SELECT count(*) FROM booking_attendance WHERE role = 'kela-contact'"),
        1
    );

    // Phase 5: onward pathways — booked for the client, with what Kela needs — and a key worker.
    let saved = json_at(
        &env,
        TUESDAY,
        &[
            "plan",
            &case,
            "--from-kela",
            "--pathway",
            "service=doctor;booked=yes;appointment=2026-12-10;purpose=B-statement for Kela",
            "--pathway",
            "service=kela;purpose=vocational rehabilitation application",
            "--pathway",
            "service=physiotherapy",
            "--client-confirmed",
            "--complete",
            "--note",
            "supplemented at the network meeting",
        ],
    );
    assert_eq!(
        saved["follow_up_due"], "2027-02-09",
        "ten weeks, the team's interval"
    );
    assert_eq!(env.phase(&case), "follow-up");
    assert_eq!(
        env.count("SELECT count(*) FROM kela_conclusions WHERE planned_in = 2"),
        2
    );
    assert_eq!(
        env.count("SELECT count(*) FROM plan_pathways WHERE case_id IS NOT NULL AND version = 2"),
        3
    );
    let shown = env.ok_at("2027-02-01 09:30", &["show", &case]);
    for expected in [
        "  Follow-up     due 2027-02-09, in 8 days",
        "  Key worker    Hanna Hoitaja, Reception services, 040 555 0420",
    ] {
        assert!(shown.contains(expected), "{expected:?}:\n{shown}");
    }

    // The follow-up: on the right path, knows how it goes on and whom to contact; ended together.
    let due = json_at(&env, "2027-02-09 09:00", &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["case"], case.as_str());
    env.ok_at(
        "2027-02-09 10:00",
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
    assert_eq!(
        env.count("SELECT count(*) FROM follow_ups WHERE status = 'on-path' AND knows_contact = 1"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM cases WHERE close_reason = 'completed'"),
        1
    );
    // The five phases in order, every one of them on the timeline.
    let phases: Vec<String> = env
        .query("SELECT json_extract(detail, '$.phase') FROM events WHERE case_id = ?1 AND json_extract(detail, '$.phase') IS NOT NULL ORDER BY id", &[&case]);
    assert_eq!(
        phases,
        [
            "referred",
            "joint-assessment",
            "kela-consultation",
            "network-meeting",
            "onward-pathways",
            "follow-up",
            "closed"
        ]
    );
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE status = 'held'"),
        3,
        "joint reception, Kela hour, network meeting"
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}
