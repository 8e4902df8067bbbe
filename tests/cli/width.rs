//! Tables fit the terminal (issue #15, item 6): at a known width (`COLUMNS`, as a terminal gives
//! it) no line is wider, free text wraps at spaces, and a case id, an identity code, a phone
//! number or a date is never split; a table that cannot fit, and `show`'s tables at a narrow
//! terminal, become cards. Into a pipe nothing is wrapped. Colour has no say in the layout.

use crate::common::TestEnv;

const NOW: &str = "2026-12-01 10:00";

/// A demo register (fixed clock: the same every time) and its open cases' ids, identity codes
/// and phone numbers, read from JSON.
fn demo() -> (TestEnv, Vec<String>) {
    let env = TestEnv::new();
    let db = env.db.to_str().expect("path").to_string();
    env.ok_at(NOW, &["--json", "demo", &db, "--clients", "12"]);
    let listed = env.ok_at(NOW, &["--json", "list"]);
    let listed: serde_json::Value = serde_json::from_str(&listed).expect("json");
    let mut whole = Vec::new();
    for case in listed["cases"].as_array().expect("cases") {
        for key in ["case", "hetu", "phone"] {
            if let Some(value) = case[key].as_str() {
                whole.push(value.to_string());
            }
        }
    }
    assert!(whole.len() > 12, "{listed}");
    (env, whole)
}

fn at_width(env: &TestEnv, columns: &str, extra: &[(&str, &str)], args: &[&str]) -> String {
    let mut command = env.command();
    command.env("MOTY_NOW", NOW).env("COLUMNS", columns);
    for (key, value) in extra {
        command.env(key, value);
    }
    let output = command.args(args).output().expect("run moty");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn the_list_fits_80_and_120_columns_without_splitting_ids_codes_or_numbers() {
    let (env, whole) = demo();
    for lang in ["en", "fi"] {
        for columns in ["80", "120"] {
            let text = at_width(&env, columns, &[], &["--lang", lang, "list"]);
            let limit: usize = columns.parse().expect("number");
            assert!(widest(&text) <= limit, "{lang} {columns}:\n{text}");
            for value in &whole {
                assert!(text.contains(value.as_str()), "{value} split:\n{text}");
            }
        }
    }
    // At 120 columns the list is a table; at 80 it cannot be one and is printed as cards, one
    // case to a card whose first line starts with the case id.
    let wide = at_width(&env, "120", &[], &["list"]);
    assert!(wide.starts_with('┌'), "{wide}");
    let narrow = at_width(&env, "80", &[], &["list"]);
    assert!(!narrow.contains('┌'), "{narrow}");
    let firsts: Vec<&str> = narrow.lines().filter(|l| !l.starts_with(' ')).collect();
    assert!(firsts.iter().all(|l| l.starts_with("2026-")), "{narrow}");
    assert_eq!(
        firsts.len(),
        whole.iter().filter(|w| w.starts_with("2026-")).count()
    );
}

#[test]
fn show_is_a_stacked_card_at_80_columns_and_tables_at_120() {
    let (env, whole) = demo();
    let case = &whole[0];
    for lang in ["en", "fi"] {
        let narrow = at_width(&env, "80", &[], &["--lang", lang, "show", case]);
        assert!(widest(&narrow) <= 80, "{narrow}");
        let wide = at_width(&env, "120", &[], &["--lang", lang, "show", case]);
        assert!(widest(&wide) <= 120, "{wide}");
        // The timeline: a table with four columns at 120, cards at 80.
        let timeline_table = |text: &str| text.lines().any(|l| l.matches('┆').count() == 3);
        assert!(timeline_table(&wide), "{wide}");
        assert!(!timeline_table(&narrow), "{narrow}");
    }
}

#[test]
fn into_a_pipe_nothing_is_wrapped_and_no_color_does_not_change_the_layout() {
    let (env, whole) = demo();
    let piped = env.ok_at(NOW, &["list"]);
    assert!(widest(&piped) > 120, "{piped}");
    // One line per case: its id, name and identity code on the same line.
    for line in piped.lines().filter(|l| l.contains("2026-")) {
        assert!(line.matches('┆').count() == 7, "{line}");
    }
    let case = &whole[0];
    for args in [&["list"][..], &["show", case]] {
        let plain = at_width(&env, "80", &[], args);
        let no_color = at_width(&env, "80", &[("NO_COLOR", "1")], args);
        assert_eq!(plain, no_color);
        let wide = at_width(&env, "120", &[("NO_COLOR", "1")], args);
        assert_ne!(plain, wide, "the width must still apply under NO_COLOR");
    }
}
