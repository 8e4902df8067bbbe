//! The long lists a page at a time (issue #17): `list` and `triage --list` with `--limit` and
//! `--after`, the line that says how many more there are and where the next page starts, the
//! same order and rows as the whole list, every page's clients access-logged, pages that stay right
//! while others write, a screenful at a terminal, and a reader that goes away early.

use crate::common::{TestEnv, NOW};

/// The case ids of a `--json` list, in order (`field`: "cases" or "queue").
fn ids(doc: &serde_json::Value, field: &str) -> Vec<String> {
    let rows = doc[field].as_array().expect("rows");
    rows.iter()
        .map(|r| {
            let id = r.get("case").unwrap_or(&r["summary"]["case"]);
            id.as_str().expect("a case id").to_string()
        })
        .collect()
}

/// The `--after` value the line below a cut-short table gives.
fn after_of(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.contains("--after"))
        .unwrap_or_else(|| panic!("no next-page line in {text}"));
    line.rsplit(' ').next().expect("a place").to_string()
}

/// The case ids in a table, in order.
fn table_ids(text: &str, all: &[String]) -> Vec<String> {
    text.lines()
        .filter(|l| !l.contains("--after"))
        .filter_map(|l| all.iter().find(|id| l.contains(id.as_str())))
        .cloned()
        .collect()
}

fn logged(env: &TestEnv, command: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM access_log WHERE command = '{command}' AND action = 'view'"
    ))
}

/// Seven open cases over four days (three on one day: their numbers order them); referred, each
/// lacks both its consents.
pub(crate) fn seven(env: &TestEnv) -> Vec<String> {
    let days = ["2026-11-02", "2026-10-20", "2026-11-02", "2026-11-10"];
    let names = [
        "Aarne Alho",
        "Bertta Berg",
        "Cecilia Carlsson",
        "Daavid Dahl",
        "Eeva Ek",
        "Fanni Falk",
        "Gustav Grön",
    ];
    names
        .iter()
        .enumerate()
        .map(|(i, name)| env.refer(name, &["--on", days[i % days.len()]]))
        .collect()
}

#[test]
fn list_pages_follow_each_other_as_the_whole_list_and_log_what_they_show() {
    let env = TestEnv::new();
    seven(&env);
    let whole = ids(&env.run(&["--json", "list"]).json(), "cases");
    assert_eq!(whole.len(), 7);
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut lefts = Vec::new();
    loop {
        let before = logged(&env, "list");
        let mut args = vec!["list", "--limit", "3"];
        if let Some(place) = &after {
            args.extend(["--after", place]);
        }
        let text = env.ok(&args);
        let page = table_ids(&text, &whole);
        assert_eq!(
            logged(&env, "list") - before,
            page.len() as i64,
            "each client shown is logged, and only those: {text}"
        );
        seen.extend(page);
        if !text.contains("--after") {
            break;
        }
        let left = text
            .lines()
            .find(|l| l.contains("more"))
            .expect("how many more");
        lefts.push(left.to_string());
        after = Some(after_of(&text));
    }
    assert_eq!(seen, whole, "the pages are the whole list, in its order");
    assert!(lefts[0].contains("and 4 more"), "{lefts:?}");
    assert!(lefts[1].contains("and 1 more"), "{lefts:?}");
    assert_eq!(lefts.len(), 2);

    // For scripts: the same pages, the rest's count and place in the document, as its schema says.
    let first = env.run(&["--json", "list", "--limit", "3"]).json();
    crate::server::validate("list", &first);
    assert_eq!(ids(&first, "cases"), whole[..3]);
    assert_eq!(first["more"], 4);
    let place = first["after"].as_str().expect("after").to_string();
    let next = env
        .run(&["--json", "list", "--limit", "10", "--after", &place])
        .json();
    crate::server::validate("list", &next);
    assert_eq!(ids(&next, "cases"), whole[3..]);
    assert!(
        next.get("more").is_none() && next.get("after").is_none(),
        "{next}"
    );
    // After the last case: an empty list, logged as a search that showed nobody.
    let all = env.run(&["--json", "list"]).json();
    let end = &all["cases"][6];
    let last = format!(
        "{},{}",
        end["phase_since"].as_str().expect("date"),
        end["case"].as_str().expect("case")
    );
    let empty = env.run(&["--json", "list", "--after", &last]).json();
    assert_eq!(ids(&empty, "cases"), Vec::<String>::new());
    let text = env.ok(&["list", "--limit", "6", "--after", &last]);
    assert!(text.contains("No cases match"), "{text}");
}

#[test]
fn a_page_stays_right_while_others_write() {
    let env = TestEnv::new();
    let cases = seven(&env);
    let whole = ids(&env.run(&["--json", "list"]).json(), "cases");
    let first = env.run(&["--json", "list", "--limit", "3"]).json();
    let place = first["after"].as_str().expect("after").to_string();
    // Meanwhile: a case of the first page closes, one of the next is closed too, and a new
    // referral comes in (it waits least: it comes last).
    env.ok(&["close", &whole[0], "--reason", "declined"]);
    env.ok(&["close", &whole[4], "--reason", "declined"]);
    let new = env.refer("Hilja Holm", &["--on", "2026-11-20"]);
    let next = ids(
        &env.run(&["--json", "list", "--after", &place]).json(),
        "cases",
    );
    let mut expected: Vec<String> = whole[3..]
        .iter()
        .filter(|c| **c != whole[4])
        .cloned()
        .collect();
    expected.push(new);
    assert_eq!(next, expected, "no case shown twice, none skipped");
    assert_eq!(cases.len(), 7);
}

#[test]
fn triage_list_pages_urgent_first_then_oldest() {
    let env = TestEnv::new();
    seven(&env);
    let urgent = env.refer("Ilona Ilves", &["--on", "2026-11-15", "--urgent"]);
    let whole = ids(&env.run(&["--json", "triage", "--list"]).json(), "queue");
    assert_eq!(whole.len(), 8);
    assert_eq!(whole[0], urgent, "urgent first");
    let first = env
        .run(&["--json", "triage", "--list", "--limit", "1"])
        .json();
    crate::server::validate("triage-queue", &first);
    assert_eq!(ids(&first, "queue"), whole[..1]);
    assert_eq!(first["more"], 7);
    let place = first["after"].as_str().expect("after").to_string();
    assert!(place.starts_with("urgent,2026-11-15,"), "{place}");
    let before = logged(&env, "triage");
    let text = env.ok(&["triage", "--list", "--limit", "4", "--after", &place]);
    assert_eq!(table_ids(&text, &whole), whole[1..5]);
    assert_eq!(logged(&env, "triage") - before, 4);
    assert!(text.contains("and 3 more"), "{text}");
    let rest = env
        .run(&["--json", "triage", "--list", "--after", &after_of(&text)])
        .json();
    assert_eq!(ids(&rest, "queue"), whole[5..]);
}

#[test]
fn a_place_or_a_limit_that_is_not_one_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    let case = env.refer("Jaana Joki", &[]);
    let before = env.count("SELECT count(*) FROM access_log");
    for (args, flag) in [
        (vec!["list", "--after", "2026-0001"], "--after"),
        (vec!["list", "--after", "2026-02-30,2026-0001"], "--after"),
        (vec!["list", "--after", "2026-02-03,tomorrow"], "--after"),
        (vec!["list", "--limit", "0"], "--limit"),
        (vec!["list", "--limit", "many"], "--limit"),
        (
            vec!["triage", "--list", "--after", "2026-02-03,2026-0001"],
            "--after",
        ),
        (
            vec!["triage", "--list", "--after", "soon,2026-02-03,2026-0001"],
            "--after",
        ),
        (
            vec!["triage", &case, "--decision", "decline", "--limit", "2"],
            "--limit",
        ),
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM access_log"),
        before,
        "nothing shown, nothing logged"
    );
}

#[test]
fn at_a_terminal_the_list_stops_after_a_screenful_and_says_how_many_more() {
    let env = TestEnv::new();
    seven(&env);
    let whole = ids(&env.run(&["--json", "list"]).json(), "cases");
    let before = logged(&env, "list");
    // 11 lines: the table's borders and headings, the line below it and the prompt leave 5 rows.
    let mut session = env.pty_with(NOW, &["list"], &[("LINES", "11")]);
    let shown = session.exp_eof().expect("exit");
    assert!(shown.contains("and 2 more"), "the rest counted: {shown}");
    assert_eq!(table_ids(&shown, &whole), whole[..5], "{shown}");
    assert_eq!(logged(&env, "list") - before, 5);
    // Into a pipe, every row.
    assert_eq!(table_ids(&env.ok(&["list"]), &whole), whole);
}

#[test]
fn a_reader_that_goes_away_stops_the_list_after_the_page_it_was_reading() {
    use std::io::{BufRead, BufReader};
    let env = TestEnv::new();
    // More open cases than a page (500) holds, from a referral sheet.
    let mut sheet = String::from("name,birth year,group,source,channel,reason,date\n");
    let letters = ["a", "e", "i", "o", "u", "y"];
    for i in 0..1200 {
        let name = format!(
            "Ti{}{}na Ko{}{}nen",
            letters[i % 6],
            letters[(i / 6) % 6],
            letters[(i / 36) % 6],
            letters[(i / 216) % 6]
        );
        sheet.push_str(&format!(
            "{name},1970,working-age,primary-care,yht405,several needs,2026-10-{:02}\n",
            1 + i % 28
        ));
    }
    let path = env.dir.path().join("sheet.csv");
    std::fs::write(&path, sheet).expect("write the sheet");
    env.ok(&["import", "referrals", path.to_str().expect("utf-8 path")]);
    let before = logged(&env, "list");
    let mut child = env
        .command()
        .env("MOTY_NOW", NOW)
        .arg("list")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("a line");
    drop(out);
    let status = child.wait().expect("exit");
    assert!(
        status.success(),
        "a reader going away is not an error: {status:?}"
    );
    assert_eq!(
        logged(&env, "list") - before,
        500,
        "the page being printed was logged before it was printed; no page after it was read"
    );
}

#[test]
fn follow_ups_due_page_by_due_date_and_log_what_they_show() {
    let env = TestEnv::new();
    // Two cases in the follow-up phase, the later referred due first (the week's two joint
    // assessments are all `planned` can hold).
    let mut due = Vec::new();
    let wednesday = "2026-11-25 16:00";
    for (name, next_on) in [("Kalle Koivu", "2026-12-03"), ("Laura Lehto", "2026-11-26")] {
        let case = crate::follow_up_interval::planned(&env, name);
        env.ok_at(wednesday, &["plan", &case, "--complete"]);
        env.ok_at(
            wednesday,
            &[
                "follow-up",
                &case,
                "--reached",
                "no",
                "--next",
                "again",
                "--next-on",
                next_on,
            ],
        );
        due.push(case);
    }
    let whole = ids(
        &env.run(&["--json", "follow-up", "due", "--all"]).json(),
        "follow_ups",
    );
    assert_eq!(whole, [&due[1], &due[0]].map(String::clone), "by due date");
    let first = env
        .run(&["--json", "follow-up", "due", "--all", "--limit", "1"])
        .json();
    crate::server::validate("follow-ups-due", &first);
    assert_eq!(ids(&first, "follow_ups"), whole[..1]);
    assert_eq!(first["more"], 1);
    let place = first["after"].as_str().expect("after").to_string();
    assert_eq!(place, format!("2026-11-26,{}", due[1]));
    let before = logged(&env, "follow-up due");
    let text = env.ok(&["follow-up", "due", "--all", "--after", &place]);
    assert_eq!(table_ids(&text, &whole), whole[1..]);
    assert_eq!(logged(&env, "follow-up due") - before, 1);
    let run = env.run(&["follow-up", "due", "--after", "soon"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--after"), "{}", run.stderr);
}
