//! Meetings carry their video link and the invited professionals' e-mail (issue #13, item 11):
//! given when booking or later, shown in the agenda, written into the calendar file (parsed back
//! here by an independent parser) — and never a client's identity.

use std::io::BufReader;

use crate::common::TestEnv;

const TEAMS: &str = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY3%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d";
const OTHER: &str = "https://meet.example.fi/moty/verkosto-42";

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case triaged to joint assessment with written consent, and a directory entry (1) with an
/// e-mail address and one (2) without.
fn ready(env: &TestEnv, now: &str) -> String {
    let case = env.refer(
        "Helmi Linkkinen",
        &["--phone", "040 555 0142", "--hetu", "131052-308T"],
    );
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
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Pirjo Psykiatrinen",
        "--role",
        "psychiatric nurse",
        "--unit",
        "Mental health services",
        "--email",
        "pirjo.psykiatrinen@example.fi",
    ]);
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Olli Osoitteeton",
        "--role",
        "physiotherapist",
        "--unit",
        "Rehabilitation",
    ]);
    case
}

/// A calendar property's parameters as the parser gives them.
type Params = Vec<(String, Vec<String>)>;

fn entry(agenda: &serde_json::Value, meeting: &serde_json::Value) -> serde_json::Value {
    agenda["meetings"]
        .as_array()
        .and_then(|m| {
            m.iter()
                .flat_map(|m| m["booked"].as_array().cloned().unwrap_or_default())
                .find(|e| e["meeting"] == *meeting)
        })
        .expect("the booked entry")
}

#[test]
fn a_meeting_carries_its_link_and_its_invitees_e_mail_to_the_agenda_and_the_calendar() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = ready(&env, now);
    let ja = json_at(
        &env,
        now,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--video-link",
            TEAMS,
            "--participant",
            "1",
            "--participant",
            "2",
        ],
    );
    assert_eq!(ja["video_link"], TEAMS);
    let id = ja["id"].to_string();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM bookings WHERE id = {id} AND video_link = '{TEAMS}'"
        )),
        1
    );
    // The link is the timeline's personal text, not one of its chained codes.
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'meeting-booked' AND detail LIKE '%meetup-join%'"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM log_texts WHERE body LIKE '%meetup-join%'"),
        1
    );

    let agenda = json_at(
        &env,
        now,
        &["schedule", "list", "--kind", "joint-assessment"],
    );
    let booked = entry(&agenda, &ja["id"]);
    assert_eq!(booked["video_link"], TEAMS);
    assert_eq!(booked["invitees"][0]["name"], "Olli Osoitteeton");
    assert!(booked["invitees"][0]["email"].is_null());
    assert_eq!(
        booked["invitees"][1]["email"],
        "pirjo.psykiatrinen@example.fi"
    );
    let table = env.ok_at(now, &["schedule", "list", "--kind", "joint-assessment"]);
    assert!(
        table.contains(&format!("video: {TEAMS}"))
            && table.contains(
                "Pirjo Psykiatrinen (psychiatric nurse, Mental health services) <pirjo.psykiatrinen@example.fi>"
            ),
        "{table}"
    );

    // A link given later (the Teams meeting made afterwards), alone: the time stays.
    let moved = json_at(&env, now, &["schedule", "move", &id, "--video-link", OTHER]);
    assert_eq!(moved["video_link"], OTHER);
    assert_eq!(moved["starts_at"], "2026-11-25 12:30");
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'meeting-link-set'"),
        1
    );
    // Moved and given a new link at once.
    let moved = json_at(
        &env,
        now,
        &[
            "schedule",
            "move",
            &id,
            "--at",
            "2026-11-25 14:00",
            "--video-link",
            TEAMS,
        ],
    );
    assert_eq!(
        (moved["starts_at"].as_str(), moved["video_link"].as_str()),
        (Some("2026-11-25 14:00"), Some(TEAMS))
    );
    let shown = env.ok_at(now, &["show", &case]);
    for expected in [
        "meeting booked: joint assessment 2026-11-25 12:30 — with a video link",
        "video link given: joint assessment 2026-11-25 12:30",
        "meeting moved: joint assessment 2026-11-25 14:00 — with a video link",
    ] {
        assert!(shown.contains(expected), "{expected:?}:\n{shown}");
    }

    let out = env.dir.path().join("coordinators.ics");
    env.ok_at(
        now,
        &[
            "schedule",
            "ics",
            "--out",
            out.to_str().expect("utf-8 path"),
        ],
    );
    let text = std::fs::read_to_string(&out).expect("the calendar file");
    for identity in ["Helmi", "Linkkinen", "131052", "555 0142", "0405550142"] {
        assert!(
            !text.contains(identity),
            "{identity} in the calendar:\n{text}"
        );
    }
    let calendars: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .expect("parses");
    let event = &calendars[0].events[0];
    let values = |name: &str| -> Vec<(Params, String)> {
        event
            .properties
            .iter()
            .filter(|p| p.name == name)
            .map(|p| {
                (
                    p.params.clone().unwrap_or_default(),
                    p.value.clone().unwrap_or_default(),
                )
            })
            .collect()
    };
    assert_eq!(values("URL")[0].1, TEAMS, "the link unescaped and unfolded");
    // LOCATION is text: commas and semicolons escaped (the Teams link has none).
    assert_eq!(values("LOCATION")[0].1, TEAMS);
    let attendees = values("ATTENDEE");
    assert_eq!(
        attendees.len(),
        1,
        "only the invitee with an e-mail address"
    );
    assert_eq!(attendees[0].1, "mailto:pirjo.psykiatrinen@example.fi");
    let params = &attendees[0].0;
    assert!(
        params
            .iter()
            .any(|(k, v)| k == "CN" && v.iter().any(|v| v.contains("Pirjo Psykiatrinen"))),
        "{params:?}"
    );
    assert!(
        params
            .iter()
            .any(|(k, v)| k == "ROLE" && v == &["REQ-PARTICIPANT"]),
        "{params:?}"
    );

    // A purge erases the link with the rest of what was typed about the case.
    env.ok_at(now, &["close", &case, "--reason", "other"]);
    env.ok_at(now, &["purge", &case, "--reason", "other"]);
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE video_link IS NOT NULL"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM log_texts WHERE body LIKE '%meetup-join%'"),
        0
    );
}

#[test]
fn a_bad_or_identifying_link_is_refused_naming_the_flag_and_nothing_is_written() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let case = ready(&env, now);
    let long = format!("https://meet.example.fi/{}", "x".repeat(2000));
    for bad in [
        "http://teams.microsoft.com/l/meetup-join/x",
        "teams.microsoft.com/l/meetup-join/x",
        "https://",
        "https://meet.example.fi/a b",
        "https://meet.example.fi/\"onload",
        "javascript:alert(1)",
        "https://someone@meet.example.fi/x",
        long.as_str(),
    ] {
        env.refused_at(
            now,
            &[
                "schedule",
                &case,
                "--kind",
                "joint-assessment",
                "--video-link",
                bad,
            ],
            2,
            "--video-link",
        );
    }
    // The calendar file never identifies a client: a link with their name or code is refused.
    for naming in [
        "https://meet.example.fi/helmi-linkkinen",
        "https://meet.example.fi/room?who=Linkkinen",
        "https://meet.example.fi/131052-308T",
        "https://meet.example.fi/call/0405550142",
    ] {
        env.refused_at(
            now,
            &[
                "schedule",
                &case,
                "--kind",
                "joint-assessment",
                "--video-link",
                naming,
            ],
            2,
            "the link names the client",
        );
    }
    env.refused_at(
        now,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--dry-run",
            "--video-link",
            OTHER,
        ],
        2,
        "--video-link",
    );
    let ja = json_at(
        &env,
        now,
        &["schedule", &case, "--kind", "joint-assessment"],
    );
    let id = ja["id"].to_string();
    env.refused_at(
        now,
        &[
            "schedule",
            "move",
            &id,
            "--video-link",
            "ftp://meet.example.fi/x",
        ],
        2,
        "--video-link",
    );
    env.refused_at(
        now,
        &[
            "schedule",
            "move",
            &id,
            "--video-link",
            "https://meet.example.fi/linkkinen",
        ],
        2,
        "the link names the client",
    );
    // Neither a time nor a link: nothing to do.
    env.refused_at(now, &["schedule", "move", &id], 2, "--at");
    // Once the client withdrew consent, the meeting is not processed further.
    env.ok_at(
        now,
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    env.refused_at(
        now,
        &["schedule", "move", &id, "--video-link", OTHER],
        4,
        "withdr",
    );
    // A meeting no longer booked takes no link.
    env.ok_at(
        now,
        &["schedule", "cancel", &id, "--reason", "client withdrew"],
    );
    env.refused_at(
        now,
        &["schedule", "move", &id, "--video-link", OTHER],
        4,
        "not booked",
    );
}
