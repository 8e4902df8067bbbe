//! The help that teaches (issue #14, item 8): every page's `--help` as a snapshot, every page with
//! a summary, a paragraph on when to use it and examples that parse, the global options under
//! their own heading, and `moty` alone printing the path of a case.
//!
//! The snapshots are in tests/cli/snapshots/, one per page (`help.snap` for `moty --help`,
//! `help__schedule__held.snap` for `moty schedule held --help`), rendered by the real binary at
//! a fixed width of 100 columns (see `help_page`). After changing the help on purpose, re-bless
//! them and read the diff:
//!
//!     INSTA_UPDATE=always cargo test --test cli help
//!     git diff tests/cli/snapshots/
//!
//! (`cargo insta test --review` does the same interactively where cargo-insta is installed.)
//! Without INSTA_UPDATE a changed page fails and insta writes a `.snap.new` beside the snapshot;
//! under `CI=true` it fails and writes nothing.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use moty::cli::{command, GLOBAL};

use crate::common::{binary, TestEnv};

/// The longest summary: the convention's "at most ~80 characters", with a little room.
const SUMMARY: usize = 90;

/// The width every page is rendered at: the widest clap uses (`max_term_width` in src/cli.rs).
const WIDTH: usize = 100;

/// Every page of the help: the path of command names from the root (empty for `moty` itself)
/// and its command, depth first in the order `moty --help` lists them. clap's generated `help`
/// subcommands are left out.
pub(crate) fn pages() -> Vec<(Vec<String>, clap::Command)> {
    fn walk(
        path: Vec<String>,
        command: &clap::Command,
        out: &mut Vec<(Vec<String>, clap::Command)>,
    ) {
        out.push((path.clone(), command.clone()));
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let mut below = path.clone();
            below.push(sub.get_name().to_string());
            walk(below, sub, out);
        }
    }
    // Built: the global options are on every subcommand, as the binary shows them.
    let root = command();
    let mut out = Vec::new();
    walk(Vec::new(), &root, &mut out);
    out
}

/// The page as `moty PATH… --help` prints it: no terminal (so clap reads the width from
/// COLUMNS), COLUMNS at the widest width clap uses, and a cleared environment (so no
/// `[env: MOTY_DB=…]` value of the machine shows).
fn help_page(path: &[String]) -> String {
    help_page_in(path, None)
}

/// The page as `help_page` gives it, in the language `lang` (`--lang fi`) or the default.
pub(crate) fn help_page_in(path: &[String], lang: Option<&str>) -> String {
    let lang = lang.map(|l| ["--lang", l]).into_iter().flatten();
    let output = Command::new(binary())
        .args(path)
        .args(lang)
        .arg("--help")
        .env_clear()
        .env("COLUMNS", WIDTH.to_string())
        .stdin(Stdio::null())
        .output()
        .expect("run moty");
    let shown = format!("moty {} --help", path.join(" "));
    assert!(output.status.success(), "{shown}: {output:?}");
    assert!(output.stderr.is_empty(), "{shown}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The snapshot's name: `prefix` (`help`, `help_fi`) and the path, joined with `__`
/// (`help__schedule__held`).
fn snapshot_name(prefix: &str, path: &[String]) -> String {
    std::iter::once(prefix)
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("__")
}

fn shown(path: &[String]) -> String {
    std::iter::once("moty")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_help_page_matches_its_snapshot() {
    check_snapshots("help", None);
}

/// Every page rendered in `lang` (or the default, English) against its snapshot
/// `PREFIX__PATH.snap`, and no snapshot `PREFIX…` left of a page that is gone.
pub(crate) fn check_snapshots(prefix: &str, lang: Option<&str>) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut names = BTreeSet::new();
    let mut changed = Vec::new();
    for (path, _) in pages() {
        let name = snapshot_name(prefix, &path);
        let page = help_page_in(&path, lang);
        names.insert(format!("{name}.snap"));
        // Every page is compared (and, with INSTA_UPDATE=always, written) before failing.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.clone(), page));
        }));
        if checked.is_err() {
            changed.push(format!("{} --help", shown(&path)));
        }
    }
    assert!(
        changed.is_empty(),
        "{} help pages differ from their snapshots (see above; if on purpose, re-bless with \
         INSTA_UPDATE=always cargo test --test cli help):\n  {}",
        changed.len(),
        changed.join("\n  ")
    );
    // A snapshot of a page that is gone would never be compared again.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/snapshots");
    let stale: Vec<String> = std::fs::read_dir(&folder)
        .expect("tests/cli/snapshots")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|file| {
            let own = file.strip_prefix(prefix).unwrap_or_default();
            file.ends_with(".snap") && (own == ".snap" || own.starts_with("__"))
        })
        .filter(|file| !names.contains(file))
        .collect();
    assert!(
        stale.is_empty(),
        "snapshots of pages that no longer exist (delete them): {stale:?}"
    );
}

/// What the help convention asks of a page: a one-line summary, a long about that says more,
/// examples after it, and every argument described.
fn page_problems(path: &[String], command: &clap::Command) -> Vec<String> {
    let mut problems = Vec::new();
    let about = command.get_about().map(ToString::to_string);
    let long = command.get_long_about().map(ToString::to_string);
    match &about {
        None => problems.push("no summary".to_string()),
        Some(summary) => {
            if summary.contains('\n') || summary.chars().count() > SUMMARY {
                problems.push(format!(
                    "the summary is not one line of at most {SUMMARY} characters: {summary:?}"
                ));
            }
            if summary.ends_with('.') {
                problems.push(format!("the summary ends in a full stop: {summary:?}"));
            }
        }
    }
    match (&about, &long) {
        (_, None) => problems.push("no paragraph on when to use it (long about)".to_string()),
        (Some(summary), Some(long)) if long.trim() == summary.trim() => {
            problems.push("the long about only repeats the summary".to_string())
        }
        _ => {}
    }
    match command.get_after_long_help().map(ToString::to_string) {
        Some(examples) if examples.starts_with("Examples:\n") => {}
        Some(other) => problems.push(format!(
            "after_long_help does not start with \"Examples:\": {:?}",
            other.lines().next().unwrap_or_default()
        )),
        None => problems.push("no examples (after_long_help)".to_string()),
    }
    for arg in command.get_arguments() {
        if !arg.is_hide_set() && arg.get_help().is_none() && arg.get_long_help().is_none() {
            problems.push(format!("the argument {} has no description", arg.get_id()));
        }
    }
    problems
        .into_iter()
        .map(|problem| format!("{}: {problem}", shown(path)))
        .collect()
}

#[test]
fn every_page_has_a_summary_a_paragraph_and_examples() {
    let mut offenders = Vec::new();
    for (path, command) in pages() {
        offenders.extend(page_problems(&path, &command));
    }
    assert!(
        offenders.is_empty(),
        "{} problems with the help (the convention: a one-line summary, a paragraph on when to \
         use it, after_long_help starting \"Examples:\", every argument described):\n  {}",
        offenders.len(),
        offenders.join("\n  ")
    );
}

/// Splits a command line as a shell would, for the simple quoting the examples use: words
/// separated by spaces, double quotes (with `\"` and `\\` inside) or single quotes around a word
/// or part of one.
pub(crate) fn shell_words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => words.extend(word.take()),
            '"' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(escaped @ ('"' | '\\' | '$' | '`')) => current.push(escaped),
                            Some(other) => {
                                current.push('\\');
                                current.push(other);
                            }
                            None => return Err("a backslash ends the line".to_string()),
                        },
                        Some(other) => current.push(other),
                        None => return Err("an unclosed double quote".to_string()),
                    }
                }
            }
            '\'' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(other) => current.push(other),
                        None => return Err("an unclosed single quote".to_string()),
                    }
                }
            }
            '|' | '<' | ';' | '&' | '>' => return Err(format!("the shell operator {c}")),
            other => word.get_or_insert_with(String::new).push(other),
        }
    }
    words.extend(word);
    Ok(words)
}

/// The command names an example line reaches (`["schedule", "held"]`), or why it does not parse.
fn parse_example(line: &str) -> Result<Vec<String>, String> {
    // A line may end in ` > FILE`: the command is what stands before it.
    let command = match line.rsplit_once(" > ") {
        Some((command, file)) if !file.trim().is_empty() && !file.contains(' ') => command,
        _ => line,
    };
    let words = shell_words(command)?;
    let matches = match moty::cli::command().try_get_matches_from(&words) {
        Ok(matches) => matches,
        // `moty help COMMAND` and `moty COMMAND --help` are fine examples too.
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => return Ok(Vec::new()),
        Err(e) => return Err(e.to_string()),
    };
    moty::cli::parse_from(&words).map_err(|e| e.to_string())?;
    let mut reached = Vec::new();
    let mut at = &matches;
    while let Some((name, below)) = at.subcommand() {
        reached.push(name.to_string());
        at = below;
    }
    Ok(reached)
}

#[test]
fn every_example_is_a_command_line_that_parses() {
    let mut offenders = Vec::new();
    let mut checked = 0;
    for (path, command) in pages() {
        let Some(after) = command.get_after_long_help().map(ToString::to_string) else {
            continue;
        };
        let Some(block) = after.strip_prefix("Examples:\n") else {
            continue;
        };
        let page = shown(&path);
        let mut previous_was_comment = false;
        let mut own = 0;
        let mut lines = 0;
        // The examples run to the first empty line (`moty correct` lists its facts after one).
        for line in block.lines().take_while(|line| !line.trim().is_empty()) {
            lines += 1;
            if line.chars().count() > WIDTH {
                offenders.push(format!("{page}: wider than {WIDTH} columns: {line}"));
            }
            if let Some(comment) = line.strip_prefix("  # ") {
                if comment.trim().is_empty() {
                    offenders.push(format!("{page}: an empty comment line"));
                }
                previous_was_comment = true;
                continue;
            }
            let Some(example) = line
                .strip_prefix("  ")
                .filter(|l| *l == "moty" || l.starts_with("moty "))
            else {
                offenders.push(format!(
                    "{page}: neither \"  # comment\" nor \"  moty …\": {line:?}"
                ));
                continue;
            };
            if !previous_was_comment {
                offenders.push(format!("{page}: no \"# …\" line before {example}"));
            }
            previous_was_comment = false;
            checked += 1;
            match parse_example(example) {
                Ok(reached) if reached.starts_with(&path) => own += 1,
                Ok(_) => {}
                Err(e) => offenders.push(format!(
                    "{page}: {example}\n    {}",
                    e.trim().replace('\n', "\n    ")
                )),
            }
        }
        if lines > 0 && own == 0 {
            offenders.push(format!("{page}: no example of {page} itself"));
        }
        if previous_was_comment {
            offenders.push(format!("{page}: the examples end with a comment"));
        }
    }
    assert!(checked > 0, "no examples found");
    assert!(
        offenders.is_empty(),
        "{} problems with the examples:\n  {}",
        offenders.len(),
        offenders.join("\n  ")
    );
}

#[test]
fn the_shell_words_of_an_example_are_read_as_a_shell_reads_them() {
    assert_eq!(
        shell_words(r#"moty refer --name "Maija Meikäläinen" --reason 'a "b"' x\y"#)
            .expect("words"),
        [
            "moty",
            "refer",
            "--name",
            "Maija Meikäläinen",
            "--reason",
            "a \"b\"",
            "x\\y"
        ]
    );
    assert_eq!(
        shell_words(r#"moty plan 2026-7 --need housing="Rent \"too\" high""#).expect("words"),
        [
            "moty",
            "plan",
            "2026-7",
            "--need",
            "housing=Rent \"too\" high"
        ]
    );
    assert!(shell_words("moty list | head").is_err());
    assert!(shell_words("moty show \"2026-7").is_err());
    assert_eq!(
        parse_example("moty plan show 2026-7 --format md > plan.md").expect("parses"),
        ["plan", "show"]
    );
    assert!(parse_example("moty plan show").is_err(), "CASE is required");
}

#[test]
fn the_global_options_stand_apart_on_every_page_and_never_look_required() {
    for arg in command().get_arguments() {
        if arg.is_global_set() {
            assert_eq!(arg.get_help_heading(), Some(GLOBAL), "--{}", arg.get_id());
            assert!(!arg.is_required_set(), "--{}", arg.get_id());
        }
    }
    let globals = [
        "--db <PATH>",
        "--as <NAME>",
        "--key-file <FILE>",
        "--json",
        "--allow-network-share",
    ];
    for (path, _) in pages() {
        let page = help_page(&path);
        let heading = page
            .find("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("{}: no Global options heading:\n{page}", shown(&path)));
        let (own, global) = page.split_at(heading);
        let global = global.split("\n\n\n").next().unwrap_or_default();
        let global = global.split("\nExamples:").next().unwrap_or_default();
        let usage = own
            .split("Usage:")
            .nth(1)
            .and_then(|usage| usage.split("\n\n").next())
            .unwrap_or_else(|| panic!("{}: no usage", shown(&path)));
        for option in globals {
            assert!(
                global.contains(option),
                "{}: {option} under Global options",
                shown(&path)
            );
            let flag = option.split(' ').next().unwrap_or(option);
            assert!(
                !own.contains(&format!("  {flag}")),
                "{}: {flag} among its own options",
                shown(&path)
            );
            assert!(
                !usage.contains(flag),
                "{}: {flag} in the usage line",
                shown(&path)
            );
        }
    }
}

/// Where each step of the path stands in `moty` alone's output.
fn position(out: &str, what: &str) -> usize {
    out.find(what)
        .unwrap_or_else(|| panic!("{what:?} is missing:\n{out}"))
}

#[test]
fn moty_alone_prints_the_path_of_a_case_with_the_command_for_each_step() {
    let env = TestEnv::new();
    let run = env.run::<&str>(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "", "{run:?}");
    let out = &run.stdout;
    // The phases in the order of the path, each with the command that moves it.
    let steps = [
        "moty refer ",
        "moty consent give CASE --kind multi-professional",
        "moty triage CASE --decision joint-assessment",
        "moty schedule CASE --kind joint-assessment",
        "moty schedule held MEETING",
        "moty schedule CASE --kind kela",
        "moty kela-outcome CASE",
        "moty plan CASE ",
        "moty follow-up due",
        "moty follow-up CASE ",
        "moty close CASE --reason",
    ];
    let at: Vec<usize> = steps.iter().map(|step| position(out, step)).collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "the steps in the path's order:\n{out}"
    );
    // Then where the help is.
    assert!(position(out, "moty --help") > at[at.len() - 1]);
    position(out, "moty help COMMAND");
    assert!(
        out.lines().count() <= 40,
        "short: {} lines",
        out.lines().count()
    );
    // Every command it names is a command, down to its subcommands (`moty schedule held`).
    let root = command();
    let commands = out.lines().filter(|l| l.starts_with(' ')).map(str::trim);
    for line in commands.filter(|l| l.starts_with("moty ")) {
        let mut words = line.split_whitespace().skip(1);
        let first = words.next().unwrap_or_default();
        let mut command = root
            .find_subcommand(first)
            .unwrap_or_else(|| panic!("no command {first}: {line}"));
        for word in words {
            match command.find_subcommand(word) {
                Some(sub) => command = sub,
                None => break,
            }
        }
    }
    assert!(!env.register_exists(), "moty alone opens no register");
    // The same with a global option and nothing else.
    let run = env.run(&["--as", "coordinator-b"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(&run.stdout, out);
}
