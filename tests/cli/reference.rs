//! The book (docs/): the chapters generated from the program are current, and every link in the
//! book and in README.md leads somewhere.
//!
//! - `docs/src/reference/cli.md` is the command-line reference, generated from the clap
//!   definitions with their help in English (`moty::cli::command_unbuilt()`: `command()` before
//!   clap adds its own `help` subcommand) by `clap-markdown`;
//! - `docs/src/reference/schemas.md` lists every published JSON shape (docs/schemas, written by
//!   tests/cli/schemas.rs) and includes each file.
//!
//! `MOTY_BLESS=1 cargo test --test cli reference` rewrites both; without it the test fails when
//! either is out of date. mdBook itself does not fail on a broken link or anchor, so the link
//! check is here, with mdBook's rule for heading ids.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The command-line reference: every command's usage, arguments, options and help, as the
/// clap definitions give them.
fn cli_reference() -> String {
    let options = clap_markdown::MarkdownOptions::new()
        .title("Command-line reference".to_string())
        .show_footer(false);
    let generated =
        clap_markdown::help_markdown_command_custom(&moty::cli::command_unbuilt(), &options);
    let intro = "This chapter is generated from moty's command-line definitions, the same ones \
                 `moty --help`, `moty COMMAND --help`, the manual pages and the completions come \
                 from. Do not edit it: `MOTY_BLESS=1 cargo test --test cli reference` rewrites \
                 it, and the test suite fails when it is out of date.\n\n";
    let (title, rest) = generated
        .split_once("\n\n")
        .expect("clap-markdown starts with its title");
    // clap-markdown's own opening sentence says less than the one above.
    let rest = rest
        .strip_prefix(
            "This document contains the help content for the `moty` command-line program.\n\n",
        )
        .unwrap_or(rest);
    let mut text = format!("{title}\n\n{intro}{rest}");
    // One blank line at most, and one newline at the end, whatever the help texts end with.
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    format!("{}\n", text.trim_end())
}

/// The JSON shapes: one section per published schema, with the commands that print it and the
/// schema itself (folded).
fn schemas_chapter() -> String {
    let mut text = String::from(
        "# The schemas\n\nEvery `--json` document (and `report weekly --format json`) carries \
         `\"schema\"` first; its shape is the JSON Schema (draft 2020-12) below, kept in \
         `docs/schemas/NAME.json`. The files are generated from the types moty serialises \
         (`MOTY_BLESS=1 cargo test --test cli schemas`), the test suite validates every \
         command's output against them, and this chapter is generated from the same list \
         (`MOTY_BLESS=1 cargo test --test cli reference`). The conventions are in \
         [JSON shapes](json-shapes.md).\n",
    );
    for (name, commands, _) in moty::render::schemas::all() {
        text.push_str(&format!(
            "\n## {name}\n\nPrinted by `{commands}`.\n\n<details>\n<summary>{name}.json</summary>\n\n\
             ```json\n{{{{#include ../../schemas/{name}.json}}}}\n```\n\n</details>\n"
        ));
    }
    text
}

fn check_current(file: &str, text: &str) {
    let path = root().join(file);
    if std::env::var_os("MOTY_BLESS").is_some() {
        std::fs::write(&path, text).expect("write the generated chapter");
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "{file} is out of date; run MOTY_BLESS=1 cargo test --test cli reference"
    );
}

#[test]
fn the_cli_reference_is_current() {
    check_current("docs/src/reference/cli.md", &cli_reference());
}

#[test]
fn the_schemas_chapter_is_current() {
    check_current("docs/src/reference/schemas.md", &schemas_chapter());
}

/// mdBook's heading id: the heading's text in lower case, letters, digits, `_` and `-` kept,
/// white space as `-`, everything else dropped; a repeated id gets `-1`, `-2`, ...
fn heading_id(text: &str) -> String {
    let mut plain = String::new();
    let mut rest = text;
    // A link's text stays, its target goes.
    while let Some(open) = rest.find('[') {
        plain.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").zip(after.find(')')) {
            Some((mid, close)) if mid < close => {
                plain.push_str(&after[..mid]);
                rest = &after[close + 1..];
            }
            _ => {
                plain.push('[');
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    plain
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c)
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// A Markdown file as mdBook sees it: `{{#include FILE}}` replaced by the file.
fn expanded(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = String::new();
    for line in text.lines() {
        match line
            .trim()
            .strip_prefix("{{#include ")
            .and_then(|l| l.strip_suffix("}}"))
        {
            Some(target) if target.ends_with(".md") => {
                out.push_str(&expanded(&path.parent().expect("a folder").join(target)));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The lines outside fenced code blocks.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            lines.push(line);
        }
    }
    lines
}

/// The ids of a file's headings (an explicit `{#id}` wins).
fn heading_ids(text: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    for line in prose(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let mut heading = line[hashes..].trim();
        let mut id = None;
        if let Some(open) = heading.rfind("{#") {
            if heading.ends_with('}') {
                id = Some(heading[open + 2..heading.len() - 1].to_string());
                heading = heading[..open].trim();
            }
        }
        let base = id.unwrap_or_else(|| heading_id(heading));
        let mut candidate = base.clone();
        let mut n = 0;
        while !ids.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
    }
    ids
}

/// Every include (mdBook reads them in code blocks too) and every link target `](...)` in a
/// file's prose, outside code spans.
fn targets(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .lines()
        .filter_map(|line| {
            line.trim()
                .strip_prefix("{{#include ")
                .and_then(|l| l.strip_suffix("}}"))
                .map(str::to_string)
        })
        .collect();
    for line in prose(text) {
        // Drop code spans, so `a](b)` in one is not a link.
        let mut outside = String::new();
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                outside.push_str(part);
                outside.push(' ');
            }
        }
        let mut rest = outside.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            found.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    found
}

/// Checks the links of one file: relative files exist, fragments name a heading there.
fn check_links(file: &Path, broken: &mut Vec<String>) {
    let text = expanded(file);
    let own_ids = heading_ids(&text);
    for target in targets(&text) {
        if target.contains("://") || target.starts_with("mailto:") || target.is_empty() {
            continue;
        }
        let (path, fragment) = match target.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (target.as_str(), None),
        };
        let ids = if path.is_empty() {
            own_ids.clone()
        } else {
            let linked = file.parent().expect("a folder").join(path);
            if !linked.exists() {
                broken.push(format!("{}: {target}: no such file", file.display()));
                continue;
            }
            if !path.ends_with(".md") {
                continue;
            }
            heading_ids(&expanded(&linked))
        };
        if let Some(fragment) = fragment {
            if !ids.contains(fragment) {
                broken.push(format!("{}: {target}: no such heading", file.display()));
            }
        }
    }
}

fn markdown_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a docs folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            markdown_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
}

#[test]
fn every_link_of_the_book_and_the_readme_leads_somewhere() {
    let mut files = vec![root().join("README.md")];
    markdown_files(&root().join("docs/src"), &mut files);
    let mut broken = Vec::new();
    for file in &files {
        check_links(file, &mut broken);
    }
    // Every chapter is in the book's table of contents, so none is left unbuilt.
    let summary = std::fs::read_to_string(root().join("docs/src/SUMMARY.md")).expect("SUMMARY.md");
    let listed: HashSet<String> = targets(&summary).into_iter().collect();
    for file in &files[1..] {
        let relative = file
            .strip_prefix(root().join("docs/src"))
            .expect("under docs/src")
            .to_string_lossy()
            .replace('\\', "/");
        if relative != "SUMMARY.md" && !listed.contains(&relative) {
            broken.push(format!("{relative}: not in docs/src/SUMMARY.md"));
        }
    }
    // Every example script is in the chapter that shows them.
    let examples = std::fs::read_to_string(root().join("docs/src/guides/examples.md"))
        .expect("docs/src/guides/examples.md");
    for entry in std::fs::read_dir(root().join("examples")).expect("examples/") {
        let name = entry
            .expect("an entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let include = format!("{{{{#include ../../../examples/{name}}}}}");
        if name != "weekly-export-guide.md" && !examples.contains(&include) {
            broken.push(format!(
                "examples/{name}: not shown in docs/src/guides/examples.md"
            ));
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
