//! `moty completions SHELL` and `moty man [COMMAND]`: shell completion scripts and manual pages,
//! generated from the same definitions as the command line itself (clap_complete, clap_mangen),
//! so they never fall behind it. Neither opens the register.

use crate::cli;
use crate::error::UserError;
use crate::text;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    pub command: Vec<String>,
}

pub fn completions(args: &CompletionsArgs) -> Result<String> {
    let mut command = cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "moty", &mut out);
    Ok(String::from_utf8(out)?)
}

pub fn man(args: &ManArgs) -> Result<String> {
    // Built: every subcommand has its full name (moty-report-outcomes) for its page.
    let command = cli::command();
    let mut page = &command;
    for (i, name) in args.command.iter().enumerate() {
        page = page.find_subcommand(name).ok_or_else(|| {
            let known: Vec<&str> = page.get_subcommands().map(|c| c.get_name()).collect();
            UserError::invalid(
                "COMMAND",
                text::no_such_command(&args.command[..=i].join(" "), &known),
            )
        })?;
    }
    Ok(String::from_utf8(render_page(page)?)?)
}

/// A page as clap_mangen renders it, except that the help's examples (after_long_help) are an
/// EXAMPLES section with each command on a line of its own, not clap_mangen's justified "EXTRA".
fn render_page(page: &clap::Command) -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(page.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if page.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if page.get_subcommands().any(|c| !c.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    if let Some(after) = page.get_after_long_help().or(page.get_after_help()) {
        examples(&after.to_string()).to_writer(&mut out)?;
    }
    if page.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    Ok(section_names(&String::from_utf8(out)?).into_bytes())
}

/// clap_mangen's section names (NAME, SYNOPSIS, …) in the UI language.
fn section_names(page: &str) -> String {
    page.lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(name) => format!(".SH {}\n", text::man_section(name.trim_matches('"'))),
            None => format!("{line}\n"),
        })
        .collect()
}

/// The help's "Examples:" text as roff: each `# comment` a paragraph, each command line set
/// verbatim and indented; anything after a blank line (a list the help adds) kept as it stands.
fn examples(after: &str) -> clap_mangen::roff::Roff {
    use clap_mangen::roff::{roman, Roff};
    let mut roff = Roff::default();
    roff.control("SH", [text::man_examples().as_str()]);
    let mut lines = after.lines().peekable();
    if lines
        .peek()
        .is_some_and(|l| l.ends_with(':') && !l.starts_with(' '))
    {
        lines.next();
    }
    let mut rest = false;
    for line in lines {
        if rest {
            roff.text([roman(line)]).control("br", []);
        } else if line.trim().is_empty() {
            rest = true;
            roff.control("PP", []);
        } else if let Some(comment) = line.trim_start().strip_prefix("# ") {
            roff.control("PP", []).text([roman(comment)]);
        } else {
            roff.control("RS", ["4"])
                .control("nf", [])
                .text([roman(line.trim_start())])
                .control("fi", [])
                .control("RE", []);
        }
    }
    roff
}
