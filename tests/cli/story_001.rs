//! Seed 001, "Työntekijän ohje: Yhteistyö-tiimi", walked end to end through the CLI: a worker of
//! adult social work sees the need for multi-professional work and takes it to their own unit's
//! team meeting; the client consents orally (recorded); the need is confirmed and the supervisor
//! approves, naming the units whose workers are requested; the worker writes the anonymous
//! description and the supervisor sends it to each unit; each receiving unit's supervisor
//! acknowledges it with a processing schedule, and its team names a worker — the request is
//! binding, so a unit that is late is listed for the coordinators and the team; the meeting goes
//! into the next free Yhteistyöaika, where the referring party chairs and the client's oral
//! consent is recorded; a key worker follows the client and reconvenes the team when needed.
//! Every step asserts the register's rows. All people are fictitious.

use crate::common::TestEnv;

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// The units a report lists as owing a step: (unit, what is missing).
fn late(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["sections"]["team_units_late"]
        .as_array()
        .expect("team_units_late")
        .iter()
        .map(|r| {
            (
                r["unit"].as_str().unwrap_or("").to_string(),
                r["missing"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(u, m)| (u.to_string(), m.to_string()))
        .collect()
}

const HOUSING: &str = "support for living at home";
const MENTAL: &str = "mental-health-substance";
const EMPLOYMENT: &str = "employment services";

#[test]
fn seed_001_the_yhteistyo_tiimi_procedure_from_the_unit_meeting_to_a_reconvened_team() {
    let env = TestEnv::new();

    // 1. The referral: the worker of adult social work brings the client (Monday 2.11.2026).
    let mon = "2026-11-02 10:00";
    let case = env.refer(
        "Raili Esimerkki",
        &[
            "--source",
            "social-services",
            "--channel",
            "secure-email",
            "--referrer",
            "Mervi Laaksonen",
            "--referrer-unit",
            "Adult social work",
            "--reason",
            "Housing at risk, substance use, no work for two years; several services at once.",
            "--on",
            "2026-11-02",
        ],
    );
    let rows = |sql: &str| env.count(&sql.replace("CASE", &case));
    assert_eq!(
        rows("SELECT count(*) FROM referrals WHERE case_id = 'CASE' AND referrer_unit = 'Adult social work'"),
        1
    );

    // 2. The client's oral consent to multi-professional work, recorded ("muista kirjaus").
    env.ok_at(
        mon,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
            "--on",
            "2026-11-02",
        ],
    );
    assert_eq!(
        rows("SELECT count(*) FROM consents WHERE case_id = 'CASE' AND kind = 'multi-professional' AND method = 'oral' AND withdrawn_on IS NULL"),
        1
    );

    // 3. To the Yhteistyö-tiimi, with the units whose workers are requested.
    env.ok_at(
        mon,
        &[
            "triage",
            &case,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            HOUSING,
            "--unit",
            MENTAL,
            "--unit",
            EMPLOYMENT,
        ],
    );
    assert_eq!(env.phase(&case), "collaboration-team");
    assert_eq!(
        rows("SELECT count(*) FROM triage_decisions WHERE case_id = 'CASE' AND decision = 'collaboration-team' AND json_array_length(units) = 3"),
        1
    );

    // 4. The worker's own unit's team meeting confirmed the need (Tuesday 3.11); 5. the
    // supervisor approves (Wednesday 4.11).
    let wed = "2026-11-04 14:00";
    env.ok_at(
        wed,
        &[
            "schedule",
            "request",
            &case,
            "--unit-meeting",
            "2026-11-03",
            "--need-confirmed",
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    assert_eq!(
        rows("SELECT count(*) FROM team_requests WHERE case_id = 'CASE' AND unit_meeting_on = '2026-11-03' AND approved_by = 'Helena Sjöberg' AND approved_on = '2026-11-04'"),
        1
    );
    assert_eq!(
        rows("SELECT count(*) FROM team_request_units WHERE case_id = 'CASE' AND worker IS NULL AND acknowledged_on IS NULL"),
        3
    );
    // Until the description goes out, the work list shows the supervisor's step for each unit.
    assert_eq!(
        late(&json_at(&env, wed, &["report", "queue"])),
        pairs(&[
            (HOUSING, "team-description-not-sent"),
            (MENTAL, "team-description-not-sent"),
            (EMPLOYMENT, "team-description-not-sent"),
        ])
    );

    // 6. The anonymous description (the seed's template), saved, then sent to each unit
    // (Thursday 5.11).
    let draft = env.ok_at(wed, &["plan", "describe", &case]);
    assert!(
        draft.contains("Referring unit: Adult social work") && !draft.contains("Raili"),
        "{draft}"
    );
    let description = "Date: 2026-11-04\n\
        Referring unit: Adult social work\n\
        Referring worker and contact: Mervi Laaksonen, 040 555 0300\n\
        Collaborating units: support for living at home, mental-health and substance services, employment services\n\n\
        What services and support are wanted, from which unit: housing counselling to keep the flat; \
        support to cut down drinking; a path back to work or rehabilitation.\n\
        Services already received: social assistance; two visits to the health centre.\n\
        What has worked, what has not: the client keeps appointments when reminded by phone.\n\
        Key points of the service-need assessment: rent arrears since summer; no income but social assistance.";
    env.ok_at(wed, &["plan", "describe", &case, "--text", description]);
    assert_eq!(
        rows("SELECT count(*) FROM descriptions WHERE case_id = 'CASE'"),
        1
    );
    let thu = "2026-11-05 09:30";
    let sent = json_at(&env, thu, &["schedule", "send-description", &case]);
    for unit in sent["request"]["units"].as_array().expect("units") {
        assert_eq!(unit["description_sent_on"], "2026-11-05", "{unit}");
    }
    assert_eq!(
        rows("SELECT count(*) FROM disclosure_log WHERE what = 'anonymous description for the Yhteistyö-tiimi' AND cases = json_array('CASE')"),
        3
    );
    assert_eq!(
        rows("SELECT count(DISTINCT d.recipient) FROM team_descriptions_sent s JOIN disclosure_log d ON d.id = s.disclosure_id WHERE s.case_id = 'CASE' AND d.recipient = s.unit AND s.sent_on = '2026-11-05'"),
        3
    );
    assert_eq!(
        rows(
            "SELECT count(*) FROM events WHERE case_id = 'CASE' AND kind = 'team-description-sent'"
        ),
        3
    );
    let fri = "2026-11-06 09:00";
    assert_eq!(
        late(&json_at(&env, fri, &["report", "queue"])),
        pairs(&[
            (HOUSING, "team-not-acknowledged"),
            (MENTAL, "team-not-acknowledged"),
            (EMPLOYMENT, "team-not-acknowledged"),
        ])
    );

    // 7. Each receiving unit's supervisor acknowledges receipt and gives the processing schedule.
    for (now, unit, schedule, due) in [
        (
            "2026-11-09 11:00",
            HOUSING,
            "Käsitellään asumisen tuen tiimissä keskiviikkona 11.11.",
            "2026-11-11",
        ),
        (
            "2026-11-10 09:00",
            MENTAL,
            "Käsitellään tiimikokouksessa maanantaina 16.11.",
            "2026-11-16",
        ),
        (
            "2026-11-10 13:00",
            "Työllisyyspalvelut (TE-palvelut)",
            "Tiimipalaveri torstaina 12.11.",
            "2026-11-13",
        ),
    ] {
        env.ok_at(
            now,
            &[
                "schedule",
                "acknowledge",
                &case,
                "--unit",
                unit,
                "--schedule",
                schedule,
                "--due",
                due,
            ],
        );
    }
    assert_eq!(
        rows("SELECT count(*) FROM team_request_units WHERE case_id = 'CASE' AND acknowledged_on IS NOT NULL AND due_on >= acknowledged_on AND schedule IS NOT NULL AND worker IS NULL"),
        3
    );
    assert_eq!(
        rows("SELECT count(*) FROM events WHERE case_id = 'CASE' AND kind = 'team-unit-acknowledged'"),
        3
    );
    assert!(
        late(&json_at(&env, "2026-11-10 14:00", &["report", "queue"])).is_empty(),
        "acknowledged and not yet due: nothing owed"
    );

    // 8. Two units' teams name their workers by their due dates.
    for (now, unit, worker) in [
        ("2026-11-11 15:00", HOUSING, "Tarja Heikkilä"),
        ("2026-11-13 10:00", EMPLOYMENT, "Outi Ohjaaja"),
    ] {
        env.ok_at(
            now,
            &[
                "schedule", "answer", &case, "--unit", unit, "--worker", worker,
            ],
        );
    }
    assert_eq!(
        rows("SELECT count(*) FROM team_request_units WHERE case_id = 'CASE' AND worker IS NOT NULL AND answered_on <= due_on"),
        2
    );
    assert_eq!(
        rows("SELECT count(*) FROM bookings WHERE case_id = 'CASE'"),
        0,
        "no meeting before every unit has named its worker"
    );

    // 9. The mental-health unit misses its due date (Monday 16.11): the request is binding, so
    // the work list and the team's weekly export list it — the export anonymous.
    let tue = "2026-11-17 09:00";
    let queue = json_at(&env, tue, &["report", "queue"]);
    assert_eq!(late(&queue), pairs(&[(MENTAL, "team-worker-overdue")]));
    let overdue = &queue["sections"]["team_units_late"][0];
    assert_eq!(overdue["case"], case.as_str());
    assert_eq!(overdue["name"], "Raili Esimerkki");
    assert_eq!(overdue["due_on"], "2026-11-16");
    let weekly = env.run_at(
        "2026-11-19 09:00",
        &[
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to-whom",
            "Yhteistyö-tiimi",
            "--format",
            "json",
        ],
    );
    assert_eq!(weekly.code, 0, "{weekly:?}");
    assert!(
        !weekly.stdout.contains("Raili") && !weekly.stdout.contains("Esimerkki"),
        "the weekly export names no client: {}",
        weekly.stdout
    );
    let doc = weekly.json();
    assert_eq!(late(&doc), pairs(&[(MENTAL, "team-worker-overdue")]));
    assert_eq!(doc["sections"]["team_units_late"][0]["case"], case.as_str());
    assert_eq!(
        doc["sections"]["units_not_answered"][0]["units"][0]["unit"],
        MENTAL
    );

    // 10. It names its worker on Friday 20.11: the last worker books the next free
    // Yhteistyöaika, Wednesday 25.11.2026 12:00 (even week 48), chaired by the referring party.
    let answered = json_at(
        &env,
        "2026-11-20 10:00",
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            MENTAL,
            "--worker",
            "Ismo Hakala",
        ],
    );
    assert_eq!(answered["booked"]["kind"], "team");
    assert_eq!(answered["booked"]["starts_at"], "2026-11-25 12:00");
    assert_eq!(answered["booked"]["chair"], "Adult social work");
    let meeting = answered["booked"]["id"].to_string();
    assert_eq!(
        rows("SELECT count(*) FROM bookings WHERE case_id = 'CASE' AND kind = 'team' AND starts_at = '2026-11-25 12:00' AND minutes = 90 AND status = 'booked'"),
        1
    );
    assert_eq!(
        rows(
            "SELECT count(*) FROM team_request_units WHERE case_id = 'CASE' AND worker IS NOT NULL"
        ),
        3
    );
    assert!(late(&json_at(&env, "2026-11-20 10:00", &["report", "queue"])).is_empty());

    // 11. The meeting is held: the client and the referring worker attend with the units'
    // workers, the referring worker chairs, the client's oral consent is recorded at the start.
    env.ok_at(
        "2026-11-25 13:45",
        &[
            "schedule",
            "held",
            &meeting,
            "--meeting-consent",
            "--attended",
            "client,referring-worker,unit-worker",
            "--chair",
            "Mervi Laaksonen",
        ],
    );
    assert_eq!(env.phase(&case), "onward-pathways");
    assert_eq!(
        rows("SELECT count(*) FROM bookings WHERE case_id = 'CASE' AND kind = 'team' AND status = 'held' AND chair = 'Mervi Laaksonen'"),
        1
    );
    assert_eq!(
        rows("SELECT count(*) FROM consents WHERE case_id = 'CASE' AND kind = 'meeting' AND method = 'oral' AND given_on = '2026-11-25'"),
        1
    );
    assert_eq!(
        rows("SELECT count(*) FROM booking_attendance a JOIN bookings b ON b.id = a.booking_id WHERE b.case_id = 'CASE'"),
        3
    );

    // 12. The plan: the key worker comes from the unit whose client relationship serves the
    // client best (support for living at home); the pathway phase is completed.
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Tarja Heikkilä",
            "--key-worker-unit",
            "Support for living at home",
            "--goals",
            "Keeps the flat; drinks less; a plan for work or rehabilitation.",
            "--pathway",
            "service=social-counsellor;status=booked",
            "--pathway",
            "service=employment-services",
            "--client-confirmed",
            "--complete",
        ],
    );
    assert_eq!(env.phase(&case), "follow-up");
    assert_eq!(
        rows("SELECT count(*) FROM plan_versions WHERE case_id = 'CASE' AND key_worker = 'Tarja Heikkilä'"),
        1
    );

    // 13. The key worker follows the client and reconvenes the team (Wednesday 20.1.2027).
    env.ok_at(
        "2027-01-20 10:00",
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-the-way",
            "--knows-contact",
            "yes",
            "--next",
            "reconvene-team",
        ],
    );
    assert_eq!(env.phase(&case), "collaboration-team");
    assert_eq!(
        rows("SELECT count(*) FROM follow_ups WHERE case_id = 'CASE' AND next_step = 'reconvene-team'"),
        1
    );
    // The team's request stands with every worker named, so the next free Yhteistyöaika is booked.
    let again = json_at(
        &env,
        "2027-01-20 10:05",
        &["schedule", &case, "--kind", "team"],
    );
    // Wednesday 27.1.2027, even week 4.
    assert_eq!(again["starts_at"], "2027-01-27 12:00", "{again}");

    // The state the seed describes: every unit acknowledged with a schedule and named a worker,
    // the meeting held in the Yhteistyöaika, a key worker, and the team reconvened.
    assert_eq!(
        rows("SELECT count(*) FROM team_request_units WHERE case_id = 'CASE' AND acknowledged_on IS NOT NULL AND schedule IS NOT NULL AND due_on IS NOT NULL AND worker IS NOT NULL"),
        3
    );
    assert_eq!(
        rows("SELECT count(*) FROM bookings WHERE case_id = 'CASE' AND kind = 'team' AND status = 'held' AND starts_at = '2026-11-25 12:00'"),
        1
    );
    assert_eq!(
        rows("SELECT count(*) FROM bookings WHERE case_id = 'CASE' AND kind = 'team' AND status = 'booked'"),
        1
    );
    let show = env.ok_at("2027-01-20 10:10", &["show", &case]);
    for line in [
        "need confirmed at the unit's team meeting on 2026-11-03",
        "anonymous description sent to mental-health-substance",
        "unit acknowledged receipt: mental-health-substance, worker due 2026-11-16",
        "unit answered: mental-health-substance names Ismo Hakala",
        "reconvene the Yhteistyö-tiimi",
    ] {
        assert!(show.contains(line), "{line}: {show}");
    }
    // Every step was chained: the logs verify.
    env.ok_at("2027-01-20 10:10", &["audit", "verify"]);
}
