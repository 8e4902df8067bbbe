//! `moty completions SHELL` and `moty man [COMMAND]`: shell completion scripts and manual pages,
//! generated from the same definitions as the command line itself (clap_complete, clap_mangen),
//! so they never fall behind it. Neither opens the register.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::UserError;
use crate::text;

/// Print a shell completion script (bash, zsh, fish, powershell, elvish)
///
/// Install it once so the shell completes moty's commands, subcommands, flags and their fixed
/// values with the Tab key. The script is generated from the command line itself, so regenerate
/// it after an upgrade. It needs no register.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::COMPLETIONS)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the manual page of moty or of one of its commands (roff)
///
/// Install the pages where `man` finds them (e.g. ~/.local/share/man/man1/), or view one
/// directly with `man -l`. A command's page is named like moty-report-outcomes(1). They are
/// generated from the command line itself and need no register; an unknown command is exit
/// code 2, naming the commands there are.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::MAN)]
pub struct ManArgs {
    /// The command, e.g. report outcomes [default: moty itself]
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
