//! The professionals' surveys (issue #12, item 3): one answer per role per held meeting, the Kela
//! questions only about a Kela hour, the coordinator recorded as the one who entered it.

use crate::common::TestEnv;
use crate::estimates::{assessed, booked, json_at};
use crate::report::known_register;

fn meeting(env: &TestEnv, case: &str, kind: &str) -> String {
    env.count(&format!(
        "SELECT id FROM bookings WHERE case_id = '{case}' AND kind = '{kind}'"
    ))
    .to_string()
}

#[test]
fn each_professional_answers_once_about_a_held_meeting() {
    let env = TestEnv::new();
    let (case, ja) = assessed(&env, "Iida Kysely");
    let now = "2026-11-27 10:00";
    let receipt = env.ok_at(
        now,
        &[
            "survey",
            &case,
            "--role",
            "nurse",
            "--added-value",
            "4",
            "--text",
            "The social counsellor knew the housing benefits",
        ],
    );
    assert_eq!(
        receipt,
        format!(
            "Recorded the answer of the nurse about meeting {ja} (joint assessment 2026-11-25 12:30) of case {case}.\n"
        )
    );
    // An outside professional's answer, entered by the coordinator.
    let doc = json_at(
        &env,
        now,
        &[
            "--as",
            "Kaija Koordinaattori",
            "survey",
            &case,
            "--meeting",
            &ja,
            "--role",
            "doctor",
            "--added-value",
            "5",
        ],
    );
    assert_eq!(doc["survey"]["role"], "doctor");
    assert_eq!(doc["survey"]["entered_by"], "Kaija Koordinaattori");
    assert_eq!(doc["survey"]["kela_benefit"], serde_json::Value::Null);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM surveys WHERE case_id = '{case}' AND booking_id = {ja}
                 AND role = 'nurse' AND added_value = 4 AND kela_benefit IS NULL
                 AND text = 'The social counsellor knew the housing benefits'
                 AND entered_by = 'coordinator-a'"
        )),
        1
    );
    // The free text is kept apart from the chained codes of the timeline.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'survey-recorded'
                 AND json_extract(detail, '$.text') IS NULL
                 AND json_extract(detail, '$.role') IN ('nurse', 'doctor')"
        ),
        2
    );
    env.refused_at(
        now,
        &["survey", &case, "--role", "nurse", "--added-value", "3"],
        4,
        &format!("the answer of the nurse about meeting {ja} is already recorded; corrections are made with moty correct"),
    );
    let shown = env.ok_at(now, &["show", &case]);
    for expected in [
        "Professionals' surveys",
        "The social counsellor knew the housing benefits",
        "Kaija Koordinaattori",
        "professional's survey answer recorded: the nurse about the joint assessment 2026-11-25 12:30 — added value 4/5",
    ] {
        assert!(shown.contains(expected), "{expected:?} in\n{shown}");
    }
    let file = json_at(&env, now, &["show", &case]);
    assert_eq!(file["surveys"][0]["meeting"]["id"].to_string(), ja);
    assert_eq!(file["surveys"][0]["role"], "nurse");
    assert_eq!(file["surveys"][1]["role"], "doctor");
}

#[test]
fn the_kela_questions_are_for_a_kela_hour_and_bad_answers_are_refused() {
    let env = TestEnv::new();
    let (a, _, _) = known_register(&env);
    let now = "2027-01-10 09:00";
    let ja = meeting(&env, &a, "joint-assessment");
    let kela = meeting(&env, &a, "kela");
    let network = meeting(&env, &a, "network");
    let hint = format!("(the case's Kela hour is meeting {kela}: pass --meeting {kela})");
    let refusals: Vec<(Vec<&str>, i32, String)> = vec![
        (
            vec!["--role", "kela-contact", "--kela-benefit", "5"],
            2,
            format!("--role: Kela's contact person answers about a Kela hour; meeting {network} is a network meeting {hint}"),
        ),
        (
            vec!["--role", "nurse", "--kela-benefit", "4"],
            2,
            format!("--kela-benefit: the benefit of the Kela consultation is asked about a Kela hour; meeting {network} is a network meeting"),
        ),
        (
            vec!["--meeting", &ja, "--role", "nurse", "--kela-benefit", "4"],
            2,
            format!("meeting {ja} is a joint assessment {hint}"),
        ),
        (
            vec!["--role", "nurse"],
            2,
            "survey: nothing to record; give at least one of --added-value, --kela-benefit, --text".to_string(),
        ),
        (vec!["--role", "nurse", "--added-value", "0"], 2, "--added-value".to_string()),
        (vec!["--role", "nurse", "--added-value", "6"], 2, "--added-value".to_string()),
        (
            vec!["--meeting", &kela, "--role", "kela-contact", "--kela-benefit", "6"],
            2,
            "--kela-benefit".to_string(),
        ),
        (vec!["--role", "social-worker", "--added-value", "3"], 2, "--role".to_string()),
        (vec!["--role", "nurse", "--text", ""], 2, "--text".to_string()),
        (
            vec!["--meeting", "999", "--role", "nurse", "--added-value", "3"],
            2,
            "--meeting: there is no meeting 999".to_string(),
        ),
    ];
    for (extra, code, says) in refusals {
        let mut args = vec!["survey", a.as_str()];
        args.extend(extra);
        env.refused_at(now, &args, code, &says);
    }
    // A closed case still takes the evidence of its meetings.
    assert_eq!(env.phase(&a), "closed");
    let receipt = env.ok_at(
        now,
        &[
            "survey",
            &a,
            "--meeting",
            &kela,
            "--role",
            "kela-contact",
            "--kela-benefit",
            "5",
            "--added-value",
            "4",
        ],
    );
    assert_eq!(
        receipt,
        format!("Recorded the answer of Kela's contact person about meeting {kela} (Kela remote consultation 2026-11-05 13:00) of case {a}.\n")
    );
    env.ok_at(
        now,
        &[
            "survey",
            &a,
            "--meeting",
            &kela,
            "--role",
            "social-counsellor",
            "--kela-benefit",
            "4",
        ],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM surveys WHERE booking_id = {kela} AND kela_benefit IS NOT NULL"
        )),
        2
    );
    env.refused_at(
        now,
        &[
            "survey",
            &a,
            "--meeting",
            &kela,
            "--role",
            "kela-contact",
            "--text",
            "again",
        ],
        4,
        "already recorded",
    );
    // A meeting not held, and a case with none held.
    let (fresh, not_held) = booked(&env, "Jaana Varattu");
    env.refused_at(
        now,
        &["survey", &fresh, "--role", "nurse", "--added-value", "3"],
        4,
        "has no held meeting",
    );
    env.refused_at(
        now,
        &[
            "survey",
            &fresh,
            "--meeting",
            &not_held,
            "--role",
            "nurse",
            "--added-value",
            "3",
        ],
        4,
        "not held",
    );
}

#[test]
fn a_purge_erases_the_typed_texts_and_takes_no_more_evidence() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Kalle Poisto");
    let now = "2026-11-27 10:00";
    env.ok_at(
        now,
        &[
            "estimate",
            &case,
            "--time-saved",
            "2-3-months",
            "--time-saved-how",
            "Kalle got the B-statement at once",
        ],
    );
    env.ok_at(
        now,
        &[
            "survey",
            &case,
            "--role",
            "nurse",
            "--text",
            "Kalle was relieved",
        ],
    );
    env.ok_at(now, &["close", &case, "--reason", "moved-away"]);
    env.ok_at(now, &["purge", &case, "--reason", "wrong-person"]);
    assert_eq!(
        env.count("SELECT count(*) FROM estimates WHERE how IS NULL AND time_saved = '2-3-months'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM surveys WHERE text IS NULL AND role = 'nurse'"),
        1
    );
    assert!(
        !env.dump().contains("Kalle"),
        "a typed text survived the purge"
    );
    env.refused_at(
        now,
        &["estimate", &case, "--saved", "doctor", "--meeting", "1"],
        4,
        "was purged",
    );
    env.refused_at(
        now,
        &["survey", &case, "--role", "doctor", "--added-value", "3"],
        4,
        "was purged",
    );
}
