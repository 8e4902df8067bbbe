//! The render-wide pass of issue #15: in Finnish the tables and lines people read give dates
//! and times in the Finnish form (`1.12.2026`, `klo 12.30`) and closed-vocabulary values by
//! their labels, never ISO dates or codes; `--json` stays byte-identical in every language.
//!
//! The fixture is the demo register (deterministic under the fixed clock), one consultation and
//! one booked joint assessment (of another case), made the same way in two registers so that each language's runs
//! (which write the same access-log rows) can be compared.

use crate::common::TestEnv;

/// The demo's older client with a held joint assessment (in the phase joint-assessment).
const CASE: &str = "2026-0018";
/// Another demo case in the phase joint-assessment, booked below.
const BOOKED: &str = "2026-0030";

/// The demo register, a consultation on 20 November and a joint assessment booked for
/// Wednesday 25 November 2026 at 12.30.
fn register() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["demo", env.db.to_str().expect("utf-8 path")]);
    env.ok(&[
        "consult",
        "--channel",
        "phone",
        "--unit",
        "reception-services",
        "--topic",
        "Repeated visits",
        "--advice",
        "Refer",
        "--referral-expected",
        "no",
        "--at",
        "2026-11-20 09:30",
    ]);
    env.ok(&[
        "schedule",
        BOOKED,
        "--kind",
        "joint-assessment",
        "--at",
        "2026-11-25 12:30",
    ]);
    env
}

/// The commands whose text this pass changed, each with the arguments it needs.
fn commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["show", CASE],
        vec!["list"],
        vec!["find", "Lehtola"],
        vec!["schedule", "list"],
        vec!["consult", "list"],
        vec!["audit", "access", CASE],
        vec!["schedule", CASE, "--kind", "joint-assessment", "--dry-run"],
    ]
}

fn in_language(env: &TestEnv, language: &str, args: &[&str], json: bool) -> String {
    let mut all = vec!["--lang", language];
    all.extend_from_slice(args);
    if json {
        all.push("--json");
    }
    env.ok(&all)
}

/// Where text holds an ISO date (`2026-11-25`); a case id (`2026-0018`) is not one.
fn iso_date(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let w = &bytes[i..i + 10];
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&j| w[j].is_ascii_digit());
        (digits && w[4] == b'-' && w[7] == b'-').then(|| &text[i..i + 10])
    })
}

fn no_codes(command: &str, text: &str, codes: &[&str]) {
    for code in codes {
        assert!(
            !text.contains(code),
            "{command}: the code {code:?} is shown where its label belongs:\n{text}"
        );
    }
}

#[test]
fn finnish_tables_give_finnish_dates_and_labels() {
    let env = register();
    let out: Vec<String> = commands()
        .iter()
        .map(|args| in_language(&env, "fi", args, false))
        .collect();
    for (args, text) in commands().iter().zip(&out) {
        assert_eq!(
            iso_date(text),
            None,
            "{}: an ISO date in Finnish output:\n{text}",
            args.join(" ")
        );
    }
    let [show, list, find, agenda, consults, access, dry_run] = &out[..] else {
        panic!("seven outputs");
    };
    // show: the timeline's "Kirjattu" column and the labels of the card.
    assert!(show.contains("23.11.2026 klo 10.00"), "{show}");
    assert!(show.contains("PMT-oireinen ikäihminen"), "{show}");
    // list and find: the client group and the phase by their labels.
    for (command, text) in [("list", list), ("find", find)] {
        assert!(text.contains("PMT-oireinen ikäihminen"), "{text}");
        assert!(text.contains("yhteisvastaanotto"), "{text}");
        assert!(text.contains("heräte, odottaa ensiarviota"), "{text}");
        no_codes(
            command,
            text,
            &["older-pmt", "working-age", "joint-assessment", "referred"],
        );
    }
    // the agenda: the meeting's time with its weekday, the booking's status by its label.
    assert!(agenda.contains("ke 25.11.2026 klo 12.30"), "{agenda}");
    assert!(agenda.contains("varattu"), "{agenda}");
    no_codes("schedule list", agenda, &["booked", "12:30"]);
    // the consultations: "Aika" in the Finnish form.
    assert!(consults.contains("20.11.2026 klo 9.30"), "{consults}");
    no_codes("consult list", consults, &["09:30"]);
    // the access log: Helsinki time to the second.
    assert!(access.contains("23.11.2026 klo 10.00.00"), "{access}");
    no_codes("audit access", access, &["T08:00:00Z"]);
    // the dry run's free times.
    assert!(
        dry_run.contains("ke 2.12.2026 klo 12.30 (90 min)"),
        "{dry_run}"
    );
}

#[test]
fn english_tables_keep_iso_dates_and_json_is_the_same_in_both_languages() {
    let (fi, en) = (register(), register());
    // The same runs in the same order in both registers (each writes the same access-log rows).
    let english: Vec<String> = commands()
        .iter()
        .map(|args| in_language(&en, "en", args, false))
        .collect();
    for args in commands() {
        in_language(&fi, "fi", &args, false);
    }
    for args in commands() {
        let (fi_json, en_json) = (
            in_language(&fi, "fi", &args, true),
            in_language(&en, "en", &args, true),
        );
        assert_eq!(
            fi_json,
            en_json,
            "{}: --json differs between --lang fi and --lang en",
            args.join(" ")
        );
    }
    // English keeps the ISO forms (dates in tables were ISO before the pass).
    let [show, list, _, agenda, consults, access, dry_run] = &english[..] else {
        panic!("seven outputs");
    };
    assert!(show.contains("2026-11-23 10:00"), "{show}");
    assert!(list.contains("older client with substance"), "{list}");
    assert!(agenda.contains("2026-11-25 12:30"), "{agenda}");
    assert!(consults.contains("2026-11-20 09:30"), "{consults}");
    assert!(access.contains("2026-11-23T08:00:00Z"), "{access}");
    assert!(dry_run.contains("  2026-12-02 12:30 (90 min)"), "{dry_run}");
}
