//! The agenda a page at a time (issue #17): `schedule list` with `--limit` and `--after` pages
//! through the meeting times in order of start, then kind; the pages concatenate to the whole
//! agenda (its closed days too, each once); a page stays right while others book; at a terminal
//! a screenful and the count of the rest; bad places and limits are refused; nothing is ever
//! written to the access log.

use crate::common::{TestEnv, NOW};
use crate::schedule::{assessed_case, book};

/// Ten weeks over Christmas: some thirty meeting times of the default slots, and closed days.
const PERIOD: [&str; 4] = ["--from", "2026-11-23", "--until", "2027-01-31"];

fn agenda(env: &TestEnv, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--json", "schedule", "list"];
    args.extend(PERIOD);
    args.extend(extra);
    let doc = env.run(&args).json();
    crate::server::validate("agenda", &doc);
    doc
}

/// A meeting time's place, as `--after` takes it.
fn place(meeting: &serde_json::Value) -> String {
    let at = meeting["starts_at"].as_str().expect("a start");
    let kind = meeting["kind"].as_str().expect("a kind");
    format!("{},{kind}", at.replacen(' ', "T", 1))
}

fn meetings(doc: &serde_json::Value) -> Vec<serde_json::Value> {
    doc["meetings"].as_array().expect("meetings").clone()
}

fn access_rows(env: &TestEnv) -> i64 {
    env.count("SELECT count(*) FROM access_log")
}

#[test]
fn agenda_pages_follow_each_other_as_the_whole_agenda() {
    let env = TestEnv::new();
    let case = assessed_case(&env, "Aili Aikataulu", "2026-11-23 09:00");
    book(
        &env,
        "2026-11-23 09:00",
        &[&case, "--kind", "joint-assessment"],
    );
    let logged = access_rows(&env);
    let whole = agenda(&env, &[]);
    let all = meetings(&whole);
    assert!(all.len() > 20, "{whole}");
    assert!(whole.get("rest").is_none(), "printed whole: {whole}");
    let order: Vec<String> = all.iter().map(place).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "by start, then kind");

    let (mut seen, mut closed, mut lefts) = (Vec::new(), Vec::new(), Vec::new());
    let mut after: Option<String> = None;
    loop {
        let mut extra = vec!["--limit", "7"];
        if let Some(place) = &after {
            extra.extend(["--after", place]);
        }
        let page = agenda(&env, &extra);
        assert!(meetings(&page).len() <= 7);
        seen.extend(meetings(&page));
        closed.extend(page["closed_days"].as_array().expect("closed").clone());
        assert_eq!(page["waiting_for_units"], whole["waiting_for_units"]);
        match page.get("rest") {
            Some(rest) => {
                lefts.push(rest["more"].as_u64().expect("a count") as usize);
                after = Some(rest["after"].as_str().expect("a place").to_string());
            }
            None => break,
        }
    }
    assert_eq!(seen, all, "the pages are the whole agenda, in its order");
    assert_eq!(
        &closed,
        whole["closed_days"].as_array().expect("closed"),
        "each closed day once, on the page that reaches it"
    );
    let want: Vec<usize> = (1..)
        .map(|i| all.len() as i64 - 7 * i)
        .take_while(|n| *n > 0)
        .map(|n| n as usize)
        .collect();
    assert_eq!(lefts, want, "what each page says is left");

    // For people: the same rows, the line below them saying how many more and where to go on.
    let text = env.ok(&[&["schedule", "list"], &PERIOD[..], &["--limit", "7"]].concat());
    let line = format!(
        "… and {} more. The next page: the same command with --after {}",
        all.len() - 7,
        place(&all[6])
    );
    assert!(text.contains(&line), "{text}");
    let next = env.ok(&[
        &["schedule", "list"],
        &PERIOD[..],
        &["--after", &place(&all[6])],
    ]
    .concat());
    assert!(!next.contains("more. The next page"), "{next}");
    assert!(next.contains("Closed 2026-12-24: Christmas Eve"), "{next}");
    assert!(
        !text.contains("Christmas Eve"),
        "not among the first seven: {text}"
    );
    // After the last meeting time: no meetings, not an error.
    let end = agenda(&env, &["--after", &place(&all[all.len() - 1])]);
    assert!(meetings(&end).is_empty(), "{end}");
    assert_eq!(
        access_rows(&env),
        logged,
        "the agenda names no one: nothing logged"
    );
}

#[test]
fn an_agenda_page_stays_right_while_others_book() {
    let env = TestEnv::new();
    let now = "2026-11-23 09:00";
    let first_case = assessed_case(&env, "Aarne Aikainen", now);
    let ja = book(&env, now, &[&first_case, "--kind", "joint-assessment"]);
    assert_eq!(ja["starts_at"], "2026-11-25 12:30");
    let first = agenda(&env, &["--limit", "4"]);
    let cut = first["rest"]["after"]
        .as_str()
        .expect("a place")
        .to_string();
    assert!(cut.as_str() > "2026-11-25T14:00", "{cut}");
    // Meanwhile: a joint assessment booked before the place (the 14:00 one that week), and,
    // the first one held, a network meeting after it at a time that is no slot.
    let second_case = assessed_case(&env, "Bertta Bookattu", now);
    let second = book(&env, now, &[&second_case, "--kind", "joint-assessment"]);
    assert_eq!(second["starts_at"], "2026-11-25 14:00");
    let later = "2026-11-25 15:00";
    env.ok_at(
        later,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "yhteistyo",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    let args = [&first_case, "--kind", "network", "--at", "2026-12-01 10:00"];
    book(&env, later, &args);
    let next = meetings(&agenda(&env, &["--after", &cut]));
    let now_whole = meetings(&agenda(&env, &[]));
    let expected: Vec<serde_json::Value> = now_whole
        .iter()
        .filter(|m| place(m) > cut)
        .cloned()
        .collect();
    assert_eq!(next, expected, "none shown twice, none skipped");
    assert!(
        next.iter()
            .any(|m| m["kind"] == "network" && m["starts_at"] == "2026-12-01 10:00"),
        "the new meeting time is on the next page"
    );
    assert_eq!(
        next.len(),
        meetings(&agenda(&env, &[])).len() - 4,
        "the booking before the place shifted nothing"
    );
}

#[test]
fn an_agenda_place_or_limit_that_is_not_one_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    env.refer("Jaana Joki", &[]);
    let before = access_rows(&env);
    for (extra, flag) in [
        (vec!["--after", "2026-11-25T12:30"], "--after"),
        (vec!["--after", "2026-11-25 12:30,kela"], "--after"),
        (vec!["--after", "2026-11-25T12:30,lunch"], "--after"),
        (vec!["--after", "2026-02-30T12:30,kela"], "--after"),
        (vec!["--after", "2026-11-02,2026-0001"], "--after"),
        (vec!["--limit", "0"], "--limit"),
        (vec!["--limit", "many"], "--limit"),
    ] {
        let args = [&["schedule", "list"], &extra[..]].concat();
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    assert_eq!(access_rows(&env), before);
}

#[test]
fn at_a_terminal_the_agenda_stops_after_a_screenful_and_says_how_many_more() {
    let env = TestEnv::new();
    env.refer("Kalle Kalenteri", &[]);
    let all = meetings(&agenda(&env, &[]));
    let starts: Vec<&str> = all
        .iter()
        .map(|m| m["starts_at"].as_str().expect("a start"))
        .collect();
    // 12 lines: the heading, the table's borders and headings, the line below it and the prompt
    // leave 5 meeting times.
    let args = [&["schedule", "list"], &PERIOD[..]].concat();
    let vars = [("LINES", "12"), ("COLUMNS", "200")];
    let mut session = env.pty_with(NOW, &args, &vars);
    let shown = session.exp_eof().expect("exit");
    let printed: Vec<&str> = starts
        .iter()
        .copied()
        .filter(|s| shown.contains(s))
        .collect();
    assert_eq!(printed, starts[..5], "{shown}");
    assert!(
        shown.contains(&format!("and {} more", all.len() - 5)),
        "the rest counted: {shown}"
    );
    assert!(shown.contains(&place(&all[4])), "{shown}");
    // Into a pipe, every meeting time.
    let piped = env.ok(&args);
    assert!(starts.iter().all(|s| piped.contains(s)), "{piped}");
    assert!(!piped.contains("more. The next page"), "{piped}");
}

#[test]
fn the_agenda_reads_each_window_of_bookings_through_an_index() {
    let env = TestEnv::new();
    let case = assessed_case(&env, "Ilmari Indeksi", "2026-11-23 09:00");
    book(
        &env,
        "2026-11-23 09:00",
        &[&case, "--kind", "joint-assessment"],
    );
    let args = [&["schedule", "list"], &PERIOD[..]].concat();
    let plans = crate::plans::plans(&env, &args);
    let windows: Vec<_> = plans
        .iter()
        .filter(|(sql, _)| sql.contains("FROM bookings WHERE kind IN"))
        .collect();
    assert!(!windows.is_empty(), "{plans:#?}");
    for (sql, plan) in windows {
        let whole = plan.iter().any(|l| {
            let l = l.trim_start_matches([' ', '-', '>', '|', '`']);
            l.starts_with("SCAN bookings") || l.starts_with("Seq Scan on bookings")
        });
        assert!(!whole, "the whole table read: {sql}\n{plan:#?}");
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_agenda_quietly() {
    use std::io::{BufRead, BufReader, Read};
    let env = TestEnv::new();
    env.refer("Liisa Lukija", &[]);
    // Ten years of the default slots: some 2,000 meeting times, four pages.
    let mut child = env
        .command()
        .env("MOTY_NOW", NOW)
        .args([
            "schedule",
            "list",
            "--from",
            "2016-01-01",
            "--until",
            "2026-12-31",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("a line");
    assert!(line.contains("2016-01-01"), "{line}");
    drop(out);
    let mut stderr = String::new();
    let mut err = child.stderr.take().expect("stderr");
    err.read_to_string(&mut stderr).expect("stderr");
    let status = child.wait().expect("exit");
    assert!(status.success(), "not an error: {status:?} {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
