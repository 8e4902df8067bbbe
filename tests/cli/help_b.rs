//! Help that teaches, for the directory, the reports, the logs, the register's upkeep, closing,
//! regions, purging, the settings, the contact card, the client's details, the configuration
//! file, completions and manual pages: every page of these commands, at every depth, has a
//! paragraph beyond its summary and an "Examples:" section whose command lines parse as moty's
//! own command line and fit the page without wrapping.

use clap::Parser;

use crate::common::TestEnv;

/// Every command path whose page this file guards.
const PAGES: &[&str] = &[
    "directory",
    "directory add",
    "directory edit",
    "directory list",
    "directory find",
    "directory import",
    "report",
    "report weekly",
    "report outcomes",
    "report queue",
    "report consultations",
    "audit",
    "audit access",
    "audit anomalies",
    "audit export",
    "audit disclosures",
    "audit verify",
    "audit keygen",
    "audit checkpoint",
    "doctor",
    "rekey",
    "backup",
    "restore",
    "close",
    "reopen",
    "move-region",
    "purge",
    "settings",
    "settings retention",
    "settings my-region",
    "settings statements",
    "settings statements new",
    "settings areas",
    "settings units",
    "settings units list",
    "settings units add",
    "settings units deactivate",
    "settings units map",
    "settings units unmapped",
    "settings follow-up-weeks",
    "settings contact",
    "contact",
    "client",
    "config",
    "config path",
    "config list",
    "config get",
    "config set",
    "config unset",
    "completions",
    "man",
];

/// Splits a command line as a shell would, for the simple quoting the examples use: words
/// separated by spaces, double or single quotes around a value with spaces.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, ' ') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    assert!(quote.is_none(), "unclosed quote in: {line}");
    if in_word {
        words.push(word);
    }
    words
}

/// The command line of an example, without a trailing `> FILE`.
fn without_redirection(line: &str) -> &str {
    match line.rsplit_once(" > ") {
        Some((command, file)) if !file.trim().is_empty() && !file.contains(' ') => command,
        _ => line,
    }
}

#[test]
fn the_shell_words_of_an_example_are_split_as_a_shell_would() {
    assert_eq!(
        shell_words(r#"moty close 2026-0014 --note "Sent on, by mail." --on '2026-12-04'"#),
        [
            "moty",
            "close",
            "2026-0014",
            "--note",
            "Sent on, by mail.",
            "--on",
            "2026-12-04"
        ]
    );
    assert_eq!(
        shell_words(r#"moty x --to-whom """#),
        ["moty", "x", "--to-whom", ""]
    );
    assert_eq!(
        without_redirection("moty man report outcomes > moty-report-outcomes.1"),
        "moty man report outcomes"
    );
}

#[test]
fn every_page_has_a_paragraph_beyond_its_summary_and_examples_that_parse() {
    let env = TestEnv::new();
    let mut problems = Vec::new();
    let mut examples = 0;
    for page in PAGES {
        let mut args: Vec<&str> = page.split(' ').collect();
        args.push("--help");
        let run = env.run(&args);
        assert_eq!(run.code, 0, "moty {page} --help: {run:?}");
        let lines: Vec<&str> = run.stdout.lines().collect();
        let usage = lines.iter().position(|l| l.starts_with("Usage:"));
        let Some(usage) = usage else {
            problems.push(format!("{page}: no Usage line"));
            continue;
        };
        // The summary is the first line; the paragraph on when to use it follows a blank line.
        if lines[0].trim().is_empty() || lines[1..usage].iter().all(|l| l.trim().is_empty()) {
            problems.push(format!("{page}: no paragraph beyond the summary"));
        }
        let Some(at) = lines.iter().position(|l| *l == "Examples:") else {
            problems.push(format!("{page}: no Examples: section"));
            continue;
        };
        let mut commands = 0;
        for line in lines[at + 1..].iter().filter(|l| !l.trim().is_empty()) {
            if line.starts_with("  # ") {
                continue;
            }
            let Some(command) = line.strip_prefix("  ").filter(|l| l.starts_with("moty ")) else {
                problems.push(format!(
                    "{page}: an example is too long and wraps: {line:?}"
                ));
                continue;
            };
            commands += 1;
            let words = shell_words(without_redirection(command));
            if let Err(e) = moty::cli::Cli::try_parse_from(&words) {
                problems.push(format!("{page}: {command}\n{e}"));
            }
        }
        if commands == 0 {
            problems.push(format!("{page}: Examples: has no command line"));
        }
        examples += commands;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert!(examples >= PAGES.len(), "{examples} examples");
    assert!(!env.db.exists(), "help opens no register");
}
