//! Reception feedback (`moty feedback`): the client's feedback on a held meeting, recorded from
//! flags or read to the client at a terminal; every refusal with its field, its exit code and
//! nothing written; and the statements catalogue (`moty settings statements`), versioned so old
//! answers keep their wording.

use crate::common::TestEnv;

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case triaged to joint assessment with written consent on Monday 23.11.2026; its joint
/// assessment is booked for Wednesday 25.11.2026 12:30. Returns (case, meeting id).
fn booked(env: &TestEnv, name: &str) -> (String, String) {
    let now = "2026-11-23 09:00";
    let case = env.refer(name, &["--on", "2026-11-23"]);
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
    let ja = json_at(env, now, &["schedule", &case, "--kind", "joint-assessment"]);
    (case, ja["id"].to_string())
}

/// The same, with the joint assessment held (segment `segment`) that afternoon.
pub(crate) fn assessed(env: &TestEnv, name: &str, segment: &str) -> (String, String) {
    let (case, id) = booked(env, name);
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            &id,
            "--segment",
            segment,
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    (case, id)
}

/// A CSV file in the test's directory.
fn csv(env: &TestEnv, name: &str, content: &[u8]) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, content).expect("write the CSV");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn feedback_from_flags_records_each_answer_the_timeline_and_the_access_log() {
    let env = TestEnv::new();
    let (case, meeting) = assessed(&env, "Aino Palaute", "omatoimi");
    let now = "2026-11-26 10:00";
    let recorded = json_at(
        &env,
        now,
        &[
            "feedback",
            &case,
            "--meeting",
            &meeting,
            "--usefulness",
            "9",
            // Given out of the catalogue's order; recorded in it.
            "--answer",
            "know-what-next=partly-agree",
            "--answer",
            "mattered-to-me=fully-agree",
            "--answer",
            "heard-and-respected=fully-agree",
            "--answer",
            "informed-on-services=cant-say",
            "--text",
            "Kerrankin kaikki samassa huoneessa.",
        ],
    );
    let f = &recorded["feedback"];
    assert_eq!(recorded["schema"], 1);
    assert_eq!(f["case"], case.as_str());
    assert_eq!(f["meeting"].to_string(), meeting);
    assert_eq!(f["meeting_kind"], "joint-assessment");
    assert_eq!(f["meeting_starts_at"], "2026-11-25 12:30");
    assert_eq!(f["given_on"], "2026-11-26");
    assert_eq!(f["usefulness"], 9);
    assert_eq!(f["statement_version"], 1);
    assert_eq!(f["recorded_by"], "coordinator-a");
    let codes: Vec<&str> = f["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| a["code"].as_str().unwrap_or(""))
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
    assert_eq!(
        f["answers"][0]["fi"],
        "Keskityimme vastaanotolla minulle tärkeisiin asioihin."
    );
    assert_eq!(f["answers"][3]["answer"], "partly-agree");
    // The rows as stored.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM feedback WHERE case_id = '{case}' AND booking_id = {meeting}
             AND given_on = '2026-11-26' AND usefulness = 9 AND statement_version = 1
             AND text = 'Kerrankin kaikki samassa huoneessa.' AND recorded_by = 'coordinator-a'"
        )),
        1
    );
    let answers: Vec<(String, i64, String)> = env.query(
        &format!(
            "SELECT code, version, answer FROM feedback_answers ORDER BY {}",
            env.rowid()
        ),
        &[],
    );
    let expected = [
        ("mattered-to-me", "fully-agree"),
        ("heard-and-respected", "fully-agree"),
        ("informed-on-services", "cant-say"),
        ("know-what-next", "partly-agree"),
    ];
    assert_eq!(answers.len(), 4);
    for ((code, version, answer), (want_code, want)) in answers.iter().zip(expected) {
        assert_eq!(
            (code.as_str(), *version, answer.as_str()),
            (want_code, 1, want)
        );
    }
    // The timeline: codes and numbers chained as they are; the client's words kept apart.
    let (detail, effective): (String, String) = env.one(
        "SELECT detail, effective_on FROM events WHERE kind = 'feedback-recorded'",
        &[],
    );
    let detail: serde_json::Value = serde_json::from_str(&detail).expect("detail");
    assert_eq!(effective, "2026-11-26");
    assert_eq!(detail["meeting"].to_string(), meeting);
    assert_eq!(detail["meeting_kind"], "joint-assessment");
    assert_eq!(detail["usefulness"], 9);
    assert_eq!(detail["statement_version"], 1);
    assert_eq!(detail["answers"]["know-what-next"], "partly-agree");
    assert!(
        detail.get("text").is_none(),
        "the words are personal: {detail}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM log_texts t JOIN events e ON t.log = 'events' AND t.row_id = e.id
             WHERE e.kind = 'feedback-recorded' AND t.body LIKE '%samassa huoneessa%'"
        ),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE command = 'feedback' AND action = 'change'
             AND case_id = '{case}'"
        )),
        1
    );
    // The phase does not move.
    assert_eq!(env.phase(&case), "joint-assessment");
    // show: the table and the JSON.
    let shown = env.ok_at(now, &["show", &case]);
    for words in [
        "Client feedback",
        "Feedback 2026-11-26 on joint assessment 2026-11-25 12:30: usefulness 9/10",
        "We focused on what mattered to me. — fully agree",
        "I know what happens next. — partly agree",
        "In the client's words: Kerrankin kaikki samassa huoneessa.",
        "client's feedback recorded: joint assessment 2026-11-25 12:30, usefulness 9/10, 4 statements answered",
    ] {
        assert!(shown.contains(words), "{words}: {shown}");
    }
    let file = json_at(&env, now, &["show", &case]);
    assert_eq!(file["feedback"][0]["usefulness"], 9);
    assert_eq!(
        file["feedback"][0]["answers"][1]["en"],
        "I was heard, understood and respected."
    );
    assert_eq!(
        file["feedback"][0]["text"],
        "Kerrankin kaikki samassa huoneessa."
    );
    // Plain output names what was recorded.
    let (other, _) = assessed(&env, "Eero Palaute", "omatoimi");
    let out = env.ok_at(now, &["feedback", &other, "--usefulness", "7"]);
    assert!(
        out.contains("Recorded the client's feedback on meeting")
            && out.contains("usefulness 7/10"),
        "{out}"
    );
    env.ok_at(now, &["audit", "verify"]);
}

#[test]
fn the_latest_held_meeting_is_the_default_and_optional_answers_stay_absent() {
    let env = TestEnv::new();
    let (case, ja) = assessed(&env, "Aarne Verkko", "yhteistyo");
    let net = json_at(
        &env,
        "2026-11-25 15:00",
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-11-30 10:00",
            "--chair",
            "Eila Esimerkki",
        ],
    );
    let net = net["id"].to_string();
    // Before the network meeting is held, the default is the joint assessment...
    let first = json_at(
        &env,
        "2026-11-27 10:00",
        &[
            "feedback",
            &case,
            "--answer",
            "know-what-next=fully-disagree",
        ],
    );
    assert_eq!(first["feedback"]["meeting"].to_string(), ja);
    assert_eq!(first["feedback"]["usefulness"], serde_json::Value::Null);
    assert_eq!(first["feedback"]["text"], serde_json::Value::Null);
    env.ok_at(
        "2026-11-30 12:00",
        &[
            "schedule",
            "held",
            &net,
            "--meeting-consent",
            "--attended",
            "client,referring-worker",
        ],
    );
    // ...and after it, the network meeting: any kind of held meeting takes feedback.
    let second = json_at(
        &env,
        "2026-12-01 10:00",
        &["feedback", &case, "--usefulness", "6"],
    );
    assert_eq!(second["feedback"]["meeting"].to_string(), net);
    assert_eq!(second["feedback"]["meeting_kind"], "network");
    assert_eq!(second["feedback"]["given_on"], "2026-12-01");
    assert_eq!(
        second["feedback"]["statement_version"],
        serde_json::Value::Null
    );
    assert_eq!(second["feedback"]["answers"], serde_json::json!([]));
    // Absent answers are NULL or no row, never zero.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM feedback WHERE usefulness IS NULL AND text IS NULL
             AND statement_version = 1"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM feedback WHERE usefulness = 6 AND text IS NULL
             AND statement_version IS NULL"
        ),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM feedback_answers"), 1);
    assert_eq!(
        env.count("SELECT count(*) FROM feedback WHERE usefulness = 0"),
        0
    );
    // Only the text is also feedback; a date is any day after the meeting, not in the future.
    let (late, _) = assessed(&env, "Lauri Myöhä", "omatoimi");
    let words = json_at(
        &env,
        "2027-03-01 10:00",
        &[
            "feedback",
            &late,
            "--on",
            "2026-11-25",
            "--text",
            "Ei sanottavaa.",
        ],
    );
    assert_eq!(words["feedback"]["given_on"], "2026-11-25");
    assert_eq!(words["feedback"]["usefulness"], serde_json::Value::Null);
}

#[test]
fn a_client_later_unreachable_still_gives_feedback_and_a_purge_erases_their_words() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Ulla Tavoittamaton", "omatoimi");
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    env.ok_at(
        "2027-01-21 10:00",
        &[
            "follow-up",
            &case,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            "2027-01-28",
        ],
    );
    env.ok_at(
        "2027-01-28 10:00",
        &["close", &case, "--reason", "unreachable"],
    );
    // The feedback she gave after the reception is entered later, with no follow-up answer.
    let recorded = json_at(
        &env,
        "2027-01-29 10:00",
        &[
            "feedback",
            &case,
            "--on",
            "2026-11-25",
            "--usefulness",
            "8",
            "--answer",
            "heard-and-respected=fully-agree",
            "--text",
            "SECRET-FEEDBACK-WORDS",
        ],
    );
    assert_eq!(recorded["feedback"]["usefulness"], 8);
    assert_eq!(env.phase(&case), "closed");
    assert_eq!(
        env.count("SELECT count(*) FROM follow_ups WHERE reached = 0 AND usefulness IS NULL"),
        1
    );
    // A purge erases her words from the feedback and from the timeline.
    env.ok_at(
        "2027-01-29 11:00",
        &["purge", &case, "--reason", "client-request"],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM feedback WHERE text IS NOT NULL"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM log_texts WHERE body LIKE '%SECRET-FEEDBACK-WORDS%'"),
        0
    );
    assert!(!env.dump().contains("SECRET-FEEDBACK-WORDS"));
    assert_eq!(
        env.count("SELECT count(*) FROM feedback WHERE usefulness = 8"),
        1
    );
    // Nothing more is recorded about a purged case.
    env.refused_at(
        "2027-01-29 12:00",
        &["feedback", &case, "--usefulness", "5"],
        4,
        "purged",
    );
}

#[test]
fn bad_feedback_is_refused_naming_the_field_and_nothing_is_written() {
    let env = TestEnv::new();
    let (case, ja) = assessed(&env, "Raimo Rajatapaus", "omatoimi");
    let (other, other_ja) = assessed(&env, "Olli Toinen", "omatoimi");
    let (pending, pending_ja) = booked(&env, "Pentti Odottaja");
    let now = "2026-11-26 10:00";
    let with = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["feedback".to_string(), case.clone()];
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    };
    let refused = |args: Vec<String>, code: i32, says: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused_at(now, &args, code, says);
    };
    // Usefulness 0 and 11.
    for score in ["0", "11", "-1", "nine"] {
        refused(with(&["--usefulness", score]), 2, "--usefulness");
    }
    refused(with(&["--usefulness", "11"]), 2, "1 to 10");
    // An unknown statement, listing the current ones; an unknown scale value, listing the scale.
    refused(
        with(&["--usefulness", "8", "--answer", "liked-the-coffee=fully-agree"]),
        2,
        "--answer: 'liked-the-coffee' is not a statement of the catalogue's current version (1); use one of: mattered-to-me, heard-and-respected, informed-on-services, know-what-next",
    );
    refused(
        with(&["--answer", "mattered-to-me=totally"]),
        2,
        "--answer: mattered-to-me: 'totally' is not allowed; use one of: fully-agree, partly-agree, cant-say, partly-disagree, fully-disagree",
    );
    refused(with(&["--answer", "mattered-to-me"]), 2, "--answer");
    refused(
        with(&[
            "--answer",
            "mattered-to-me=fully-agree",
            "--answer",
            "mattered-to-me=cant-say",
        ]),
        2,
        "answered twice",
    );
    // Nothing at all in it (no terminal to ask on).
    refused(with(&[]), 2, "nothing to record");
    // Dates: before the meeting, in the future.
    refused(
        with(&["--usefulness", "8", "--on", "2026-11-24"]),
        2,
        "--on: the feedback comes after the meeting",
    );
    refused(
        with(&["--usefulness", "8", "--on", "2026-11-27"]),
        2,
        "--on: 2026-11-27 is in the future",
    );
    // A meeting of another case, and no such meeting: bad input.
    refused(
        with(&["--usefulness", "8", "--meeting", &other_ja]),
        2,
        &format!("--meeting: meeting {other_ja} is not a meeting of case {case}"),
    );
    refused(
        with(&["--usefulness", "8", "--meeting", "999"]),
        2,
        "--meeting: there is no meeting 999",
    );
    // A meeting not held: booked, then missed.
    env.refused_at(
        now,
        &["feedback", &pending, "--usefulness", "8"],
        4,
        "has no held meeting",
    );
    env.refused_at(
        now,
        &["feedback", &pending, "--usefulness", "8", "--meeting", &pending_ja],
        4,
        &format!("meeting {pending_ja} is booked and not yet held; feedback is given on a held meeting. Held meetings of case {pending}: none is held yet"),
    );
    // The first slot free was a week later; the client did not come, and came to the next one.
    env.ok_at("2026-12-02 15:00", &["schedule", "no-show", &pending_ja]);
    let again = json_at(
        &env,
        "2026-12-02 15:00",
        &["schedule", &pending, "--kind", "joint-assessment"],
    );
    let again_at = again["starts_at"].as_str().expect("starts_at").to_string();
    env.ok_at(
        &format!("{} 15:00", &again_at[..10]),
        &[
            "schedule",
            "held",
            &again["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    env.refused_at(
        &format!("{} 16:00", &again_at[..10]),
        &["feedback", &pending, "--usefulness", "8", "--meeting", &pending_ja],
        4,
        &format!(
            "meeting {pending_ja} was not held: the client did not come; feedback is given on a held meeting. Held meetings of case {pending}: meeting {} (joint assessment {again_at})",
            again["id"]
        ),
    );
    let (cancelled, cancelled_ja) = booked(&env, "Kaisa Peruttu");
    env.ok_at(
        now,
        &[
            "schedule",
            "cancel",
            &cancelled_ja,
            "--reason",
            "client ill",
        ],
    );
    env.refused_at(
        now,
        &[
            "feedback",
            &cancelled,
            "--text",
            "x",
            "--meeting",
            &cancelled_ja,
        ],
        4,
        &format!("meeting {cancelled_ja} was cancelled; feedback is given on a held meeting"),
    );
    // No such case.
    env.refused_at(
        now,
        &["feedback", "2026-99", "--usefulness", "8"],
        3,
        "no case",
    );
    // A second feedback on the same meeting.
    env.ok_at(now, &["feedback", &case, "--usefulness", "8"]);
    refused(
        with(&["--usefulness", "9", "--meeting", &ja]),
        4,
        "is already recorded (given on 2026-11-26); there is one feedback per meeting, and corrections are made with moty correct",
    );
    // Withdrawn consent stops it.
    env.ok_at(
        now,
        &[
            "consent",
            "withdraw",
            &other,
            "--kind",
            "multi-professional",
        ],
    );
    env.refused_at(
        now,
        &["feedback", &other, "--usefulness", "8"],
        4,
        "withdrew multi-professional consent on 2026-11-26",
    );
    assert_eq!(env.count("SELECT count(*) FROM feedback"), 1);
    assert_eq!(env.count("SELECT count(*) FROM feedback_answers"), 0);
}

#[test]
fn a_new_statement_version_keeps_old_answers_worded_as_they_were_given() {
    let env = TestEnv::new();
    let (first, _) = assessed(&env, "Vilma Versio", "omatoimi");
    let (second, _) = assessed(&env, "Ville Versio", "omatoimi");
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "feedback",
            &first,
            "--answer",
            "mattered-to-me=fully-agree",
            "--answer",
            "informed-on-services=partly-agree",
        ],
    );
    let listed = json_at(&env, "2026-11-26 10:00", &["settings", "statements"]);
    assert_eq!(listed["version"], 1);
    assert_eq!(listed["made_at"], serde_json::Value::Null);
    assert_eq!(listed["statements"].as_array().map(Vec::len), Some(4));
    assert_eq!(
        listed["statements"][1]["sv"],
        "Jag blev hörd, förstådd och respekterad."
    );
    // Version 2: one statement reworded, one dropped, one added.
    let file = csv(
        &env,
        "v2.csv",
        "code,fi,sv,en\n\
         mattered-to-me,Puhuimme minulle tärkeimmistä asioista.,Vi talade om det som är viktigast för mig.,We talked about what matters most to me.\n\
         heard-and-respected,\"Tulin kuulluksi, ymmärretyksi ja kunnioitetuksi.\",\"Jag blev hörd, förstådd och respekterad.\",\"I was heard, understood and respected.\"\n\
         know-what-next,\"Tiedän, mitä seuraavaksi tapahtuu.\",Jag vet vad som händer härnäst.,I know what happens next.\n\
         would-recommend,Suosittelisin tätä muille.,Jag skulle rekommendera detta till andra.,I would recommend this to others.\n"
            .as_bytes(),
    );
    let made = json_at(
        &env,
        "2026-12-01 09:00",
        &["settings", "statements", "new", "--from", &file],
    );
    assert_eq!(made["version"], 2);
    assert_eq!(made["made_by"], "coordinator-a");
    assert_eq!(made["made_at"], "2026-12-01T07:00:00Z");
    assert_eq!(made["statements"][3]["code"], "would-recommend");
    // The same file again makes no version.
    env.refused_at(
        "2026-12-01 09:00",
        &["settings", "statements", "new", "--from", &file],
        4,
        "the same as the current version (2)",
    );
    // New feedback answers version 2; its dropped statement is no longer asked.
    env.refused_at(
        "2026-12-01 10:00",
        &["feedback", &second, "--answer", "informed-on-services=fully-agree"],
        2,
        "current version (2); use one of: mattered-to-me, heard-and-respected, know-what-next, would-recommend",
    );
    let new = json_at(
        &env,
        "2026-12-01 10:00",
        &[
            "feedback",
            &second,
            "--answer",
            "mattered-to-me=partly-agree",
            "--answer",
            "would-recommend=fully-agree",
        ],
    );
    assert_eq!(new["feedback"]["statement_version"], 2);
    assert_eq!(
        new["feedback"]["answers"][0]["en"],
        "We talked about what matters most to me."
    );
    // The older answers keep version 1's wording, in show and its JSON.
    let old = json_at(&env, "2026-12-01 10:00", &["show", &first]);
    assert_eq!(old["feedback"][0]["statement_version"], 1);
    assert_eq!(
        old["feedback"][0]["answers"][0]["en"],
        "We focused on what mattered to me."
    );
    assert_eq!(
        old["feedback"][0]["answers"][1]["en"],
        "I got information on the services I need."
    );
    let shown = env.ok_at("2026-12-01 10:00", &["show", &first]);
    assert!(
        shown.contains("We focused on what mattered to me. — fully agree"),
        "{shown}"
    );
    let shown = env.ok_at("2026-12-01 10:00", &["show", &second]);
    assert!(
        shown.contains("We talked about what matters most to me. — partly agree")
            && shown.contains("I would recommend this to others. — fully agree"),
        "{shown}"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM feedback_answers WHERE version = 2"),
        2
    );
    // Listing: the current version, or an older one; no such version is not found.
    let table = env.ok_at("2026-12-01 10:00", &["settings", "statements"]);
    assert!(
        table.contains("Statements, version 2 (made 2026-12-01 09:00 by coordinator-a)")
            && table.contains("Suosittelisin tätä muille."),
        "{table}"
    );
    let v1 = env.ok_at(
        "2026-12-01 10:00",
        &["settings", "statements", "--version", "1"],
    );
    assert!(
        v1.contains("version 1 (as moty ships them)")
            && v1.contains("Sain tietoa tarvitsemistani palveluista."),
        "{v1}"
    );
    env.refused_at(
        "2026-12-01 10:00",
        &["settings", "statements", "--version", "3"],
        3,
        "there is no statement version 3; the versions are 1 to 2",
    );
    // An old version is never changed, whatever program writes.
    let conn = crate::common::open(&env.db).expect("open");
    for sql in [
        "UPDATE statements SET text_en = 'Changed.' WHERE version = 1",
        "DELETE FROM statements WHERE version = 1",
    ] {
        let err = conn.execute(sql, []).expect_err(sql);
        assert!(err.to_string().contains("never changed"), "{err}");
    }
}

#[test]
fn a_bad_statements_file_is_refused_naming_the_line_and_nothing_is_written() {
    let env = TestEnv::new();
    env.refer("Cecilia Csv", &[]);
    let now = "2026-11-23 10:00";
    let cases: &[(&[u8], &str)] = &[
        (
            b"code,fi,sv\nx,a,b\n",
            "line 1: the first line must name the columns: code,fi,sv,en",
        ),
        (b"code,fi,sv,en\n", "the file has no statements"),
        (
            b"code,fi,sv,en\nok,a,b,c\nBad Code,a,b,c\n",
            "line 3: code: 'Bad Code' is not a statement code",
        ),
        (b"code,fi,sv,en\n9lives,a,b,c\n", "line 2: code: '9lives'"),
        (
            b"code,fi,sv,en\nok,a, ,c\n",
            "line 2: sv: must not be empty",
        ),
        (
            b"code,fi,sv,en\nok,a,b,c\nother,a,b,c\nok,d,e,f\n",
            "line 4: code: ok is already on line 2",
        ),
        (b"code,fi,sv,en\nok,a,b\n", "line 2"),
        (
            b"code,fi,sv,en\nok,a,b,\xff\n",
            "line 2: en: not valid UTF-8",
        ),
    ];
    for (i, (content, says)) in cases.iter().enumerate() {
        let file = csv(&env, &format!("bad{i}.csv"), content);
        env.refused_at(
            now,
            &["settings", "statements", "new", "--from", &file],
            2,
            &format!("--from: {says}"),
        );
    }
    let long = format!("code,fi,sv,en\nok,{},b,c\n", "x".repeat(301));
    let file = csv(&env, "long.csv", long.as_bytes());
    env.refused_at(
        now,
        &["settings", "statements", "new", "--from", &file],
        2,
        "line 2: fi:",
    );
    let many: String = std::iter::once("code,fi,sv,en\n".to_string())
        .chain((1..=51).map(|n| format!("s{n},a,b,c\n")))
        .collect();
    let file = csv(&env, "many.csv", many.as_bytes());
    env.refused_at(
        now,
        &["settings", "statements", "new", "--from", &file],
        2,
        "line 52: a version has at most 50 statements",
    );
    assert_eq!(env.count("SELECT count(*) FROM statement_versions"), 1);
}

/// Waits for `prompt`, then types `keys` once the prompt has put the terminal in raw mode.
fn answer(session: &mut rexpect::session::PtySession, prompt: &str, keys: &str) {
    session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    if keys.is_empty() {
        return;
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(keys).expect("send");
    session.flush().expect("flush");
}

#[test]
fn the_questions_are_read_to_the_client_at_a_terminal() {
    let env = TestEnv::new();
    let (case, meeting) = assessed(&env, "Saara Kysely", "omatoimi");
    let mut session = env.pty("2026-11-26 10:00", &["feedback", &case, "--read-in", "sv"]);
    // The terminal's bytes come back one character a byte: wait for ASCII parts of each prompt.
    // The cursor starts on "skip", the last choice: down wraps to the first.
    answer(&mut session, "Vi fokuserade under bes", "j\r");
    answer(&mut session, "Jag blev h", "jj\r");
    answer(&mut session, "Jag fick information", "\r");
    answer(&mut session, "Jag vet vad som h", "k\r");
    answer(&mut session, "Hur nyttigt var bes", "elva\r");
    answer(&mut session, "is not a usefulness score", "");
    answer(&mut session, "Hur nyttigt var bes", "8\r");
    answer(&mut session, "Vill du s", "Bra att träffas.\r");
    session
        .exp_string("Recorded the client's feedback")
        .expect("recorded");
    session.exp_eof().expect("exit");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM feedback WHERE booking_id = {meeting} AND usefulness = 8
             AND statement_version = 1 AND text = 'Bra att träffas.'"
        )),
        1
    );
    let answers: Vec<(String, String)> = env.query(
        &format!(
            "SELECT code, answer FROM feedback_answers ORDER BY {}",
            env.rowid()
        ),
        &[],
    );
    assert_eq!(
        answers,
        [
            ("mattered-to-me".to_string(), "fully-agree".to_string()),
            (
                "heard-and-respected".to_string(),
                "partly-agree".to_string()
            ),
            ("know-what-next".to_string(), "fully-disagree".to_string()),
        ]
    );
}
