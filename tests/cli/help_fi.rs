//! The help in Finnish (issue #15): every page of `moty … --lang fi --help` as a snapshot
//! (`tests/cli/snapshots/help_fi__….snap`), the examples' command lines the same in both
//! languages, the catalogue's formatting of the examples, and the manual pages and completions
//! in the language they are made for.
//!
//! While i18n/fi/help.ftl still holds English, the Finnish snapshots equal the English ones.
//! After translating, re-bless and read the diff (i18n/TRANSLATING-HELP.md):
//!
//!     INSTA_UPDATE=always cargo test --test cli help_fi
//!     git diff tests/cli/snapshots/

use moty::domain::Language;
use moty::help::page_id;
use moty::text::i18n::help_in;

use crate::common::TestEnv;
use crate::help::{check_snapshots, pages};

#[test]
fn every_finnish_help_page_matches_its_snapshot() {
    check_snapshots("help_fi", Some("fi"));
}

/// The command lines of a page's examples (`  moty …`), which no translation changes.
fn command_lines(examples: &str) -> Vec<&str> {
    examples
        .lines()
        .filter(|line| line.starts_with("  moty"))
        .collect()
}

#[test]
fn the_examples_are_the_same_commands_in_both_languages_and_keep_their_layout() {
    let facts = [("facts", "FACTS".to_string())];
    let mut problems = Vec::new();
    for (path, _) in pages() {
        let mut full = vec!["moty".to_string()];
        full.extend(path);
        let id = format!("{}-examples", page_id(&full));
        let english = help_in(Language::En, &id, &facts).unwrap_or_default();
        let finnish = help_in(Language::Fi, &id, &facts).unwrap_or_default();
        if command_lines(&english) != command_lines(&finnish) {
            problems.push(format!("{id}: the command lines differ from English's"));
        }
        for (language, text) in [("en", &english), ("fi", &finnish)] {
            let mut lines = text.lines();
            if !lines.next().is_some_and(|l| l.ends_with(':')) {
                problems.push(format!("{language} {id}: the first line is not a heading"));
            }
            // The block of examples, to the first empty line: each line indented two spaces.
            for line in lines.take_while(|l| !l.is_empty()) {
                if !line.starts_with("  # ") && !line.starts_with("  moty") {
                    problems.push(format!("{language} {id}: {line:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Fluent keeps the two-space indent and a blank line inside a message.
    let correct = help_in(Language::En, "help-moty-correct-examples", &facts).expect("en");
    assert!(
        correct.starts_with(
            "Examples:\n  # The Suuntima segment of the latest joint assessment was typed wrong\n  \
             moty correct 2026-0007 segment yhteistyo"
        ),
        "{correct}"
    );
    assert!(
        correct.ends_with("--reason \"Misread the e-mail\"\n\nFACTS"),
        "{correct}"
    );
}

#[test]
fn the_manual_pages_and_the_completions_come_in_the_language_asked() {
    let env = TestEnv::new();
    for language in [Language::Fi, Language::En] {
        let lang = language.as_str();
        let summary = help_in(language, "help-moty-backup", &[]).expect("a summary");
        let page = env.ok(&["--lang", lang, "man", "backup"]);
        assert!(
            page.contains(&summary.replace('-', "\\-")),
            "{lang}: {page}"
        );
        let summary = help_in(language, "help-moty-refer", &[]).expect("a summary");
        let script = env.ok(&["--lang", lang, "completions", "fish"]);
        assert!(script.contains(&summary), "{lang}: {summary}");
    }
}
