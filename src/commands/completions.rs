//! `moty completions SHELL` and `moty man [COMMAND]`: shell completion scripts and manual pages,
//! generated from the same definitions as the command line itself (clap_complete, clap_mangen),
//! so they never fall behind it. Neither opens the register.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::UserError;
use crate::text;

/// Print a completion script for a shell.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print a manual page (roff) for moty or one of its commands.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The command, e.g. `report outcomes` [default: moty itself]
    pub command: Vec<String>,
}

pub fn completions(args: &CompletionsArgs) -> Result<String> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "moty", &mut out);
    Ok(String::from_utf8(out)?)
}

pub fn man(args: &ManArgs) -> Result<String> {
    let mut command = Cli::command();
    // Building gives every subcommand its full name (moty-report-outcomes) for its page.
    command.build();
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
    let mut out = Vec::new();
    clap_mangen::Man::new(page.clone()).render(&mut out)?;
    Ok(String::from_utf8(out)?)
}
