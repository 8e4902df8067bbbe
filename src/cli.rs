//! The command line: the clap `Cli` and the `Command` enum. Their help text is in the help
//! catalogue, i18n/LANG/help.ftl, set on the tree by `command()` (src/help.rs); no doc comment
//! here or in src/commands reaches the help.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    admin, audit, backup, client, close, completions, config, consent, consult, contact, correct,
    demo, directory, estimate, export, feedback, find, follow_up, import, kela_outcome, list,
    move_region, plan, purge, refer, reopen, report, schedule, settings, show, survey, triage,
};

#[derive(Debug, Parser)]
#[command(name = "moty", version, max_term_width = 100)]
pub struct Cli {
    #[arg(long, global = true, env = "MOTY_DB", value_name = "PATH", help_heading = GLOBAL)]
    pub db: Option<PathBuf>,

    #[arg(long = "as", global = true, env = "MOTY_USER", value_name = "NAME", help_heading = GLOBAL)]
    pub actor: Option<String>,

    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub key_file: Option<PathBuf>,

    #[arg(long, global = true, help_heading = GLOBAL)]
    pub json: bool,

    #[arg(long, global = true, help_heading = GLOBAL)]
    pub allow_network_share: bool,

    #[arg(long, global = true, value_enum, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: Option<crate::term::Choice>,

    #[arg(long, global = true, value_name = "LANG", value_parser = crate::language::UI_LANGUAGES,
          help_heading = GLOBAL)]
    pub lang: Option<String>,

    // Without a command, moty prints the path of a case (`text::overview()`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading the options every command takes stand under, apart from the command's own; the
/// page shows it in the UI language (`help-clap-global-options`).
pub const GLOBAL: &str = "Global options";

/// The command line with its help in the UI language (`src/help.rs`): what parses the
/// arguments, and what the help, the manual pages, the completions and the reference come from.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    crate::help::localized(Cli::command())
}

/// `command()` before clap adds its own --help, --version and `help` subcommand: the pages as
/// the generated reference (docs/src/reference/cli.md) lists them.
pub fn command_unbuilt() -> clap::Command {
    use clap::CommandFactory;
    crate::help::own_texts(Cli::command())
}

/// The arguments parsed by `command()`.
///
/// The help's texts change no parse (every value, flag and page is the same without them), and
/// putting them in the UI language was most of what starting a command cost: the arguments are
/// first parsed by the command line without its texts, and only where that stops (help asked
/// for, a usage error) parsed again by `command()`, whose pages and errors are the ones shown.
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let parsed = Cli::command()
        .try_get_matches_from(args.iter().cloned())
        .ok()
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches).ok());
    if let Some(cli) = parsed {
        return Ok(cli);
    }
    let mut command = command();
    let mut matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Refer(Box<refer::Args>),
    Triage(Box<triage::Args>),
    Schedule(Box<schedule::Args>),
    Plan(Box<plan::Args>),
    FollowUp(Box<follow_up::Args>),
    Feedback(Box<feedback::Args>),
    KelaOutcome(Box<kela_outcome::Args>),
    Correct(Box<correct::Args>),
    Estimate(Box<estimate::Args>),
    Survey(Box<survey::Args>),
    Consult(Box<consult::Args>),
    #[command(subcommand)]
    Directory(directory::Command),
    #[command(subcommand)]
    Import(import::Command),
    #[command(subcommand)]
    Report(report::Command),
    #[command(subcommand)]
    Export(export::Command),
    #[command(subcommand)]
    Audit(audit::Command),
    #[command(subcommand)]
    Admin(admin::Command),
    Doctor,
    Login,
    Logout,
    Rekey,
    Backup(backup::BackupArgs),
    Restore(backup::RestoreArgs),
    Close(close::Args),
    Reopen(reopen::Args),
    MoveRegion(move_region::Args),
    Purge(purge::Args),
    #[command(subcommand)]
    Settings(settings::Command),
    Contact(contact::Args),
    #[command(subcommand)]
    Consent(consent::Command),
    Client(client::Args),
    Find(find::Args),
    Show(show::Args),
    List(list::Args),
    Demo(demo::Args),
    #[command(subcommand)]
    Config(config::Command),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

// The SOTE pair's estimate of a reception: the flags `schedule held` and `moty estimate` share,
// under their own heading (`help-heading-estimate`).
#[derive(Debug, Default, clap::Args)]
#[command(next_help_heading = "estimate")]
pub struct EstimateFlags {
    #[arg(long, value_name = "SERVICE[=N]")]
    pub saved: Vec<String>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub appointments_saved: Option<u32>,
    #[arg(long, value_enum, value_name = "RANGE")]
    pub time_saved: Option<crate::domain::TimeSaved>,
    #[arg(long, value_name = "TEXT")]
    pub time_saved_how: Option<String>,
}

impl EstimateFlags {
    /// The estimate the flags give, checked; `None` when none of them was given.
    pub fn answers(
        &self,
    ) -> Result<Option<crate::domain::records::EstimateAnswers>, crate::error::UserError> {
        crate::domain::estimate::answers(
            "--saved",
            &self.saved,
            self.appointments_saved,
            self.time_saved,
            &self.time_saved_how,
        )
    }
}

/// A yes/no flag value (`--kela-screen yes`), read as a bool.
pub fn yes_no() -> impl clap::builder::TypedValueParser<Value = bool> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["yes", "no"]).map(|value| value == "yes")
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }

    /// Every value token a page lists has its label beside it (`--reason retention: its
    /// retention period has ended`), or none of that flag's tokens has one (yes/no).
    #[test]
    fn every_listed_value_has_its_label() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let values = arg.get_possible_values();
                if values.iter().any(|v| v.get_help().is_some()) {
                    for value in &values {
                        let empty = value.get_help().is_none_or(|h| h.to_string().is_empty());
                        if empty {
                            missing.push(format!("{path} --{} {}", arg.get_id(), value.get_name()));
                        }
                    }
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "moty", &mut missing);
        assert!(missing.is_empty(), "values without a label: {missing:#?}");
    }
}

// How much of a long list to print (`list`, `triage --list`, `follow-up due`): a page at a time
// (domain::paging).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct PageArgs {
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub limit: Option<u32>,
    #[arg(long, value_name = "PLACE")]
    pub after: Option<String>,
}

impl PageArgs {
    /// How many rows to print: `--limit`; else, for people at a terminal, a screenful (the rest
    /// is counted and its place given); else every row, a page at a time.
    pub fn take(&self, json: bool) -> crate::domain::paging::Take {
        use crate::domain::paging::Take;
        match (self.limit, json, crate::term::screen_lines()) {
            (Some(n), _, _) => Take::First(n),
            // The table's borders and headings, the line on the rest and the shell's prompt.
            (None, false, Some(lines)) => Take::First(u32::from(lines.saturating_sub(6)).max(5)),
            _ => Take::All,
        }
    }
}

// Which region's cases a list shows (regional pairs, seed 000).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct RegionArgs {
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    #[arg(long, conflicts_with = "region")]
    pub all_regions: bool,
}

impl RegionArgs {
    /// The region named (checked), or every region; neither given, the configuration file's
    /// region (`default`), and without one the register's default for the user.
    pub fn choice(&self, default: Option<&str>) -> anyhow::Result<crate::ops::region::Choice> {
        let named = self
            .region
            .as_deref()
            .map(|r| crate::domain::validate::place("--region", r))
            .transpose()?;
        let region = match named {
            Some(region) => Some(region),
            None if self.all_regions => None,
            None => default.map(str::to_string),
        };
        Ok(crate::ops::region::Choice {
            region,
            all: self.all_regions,
        })
    }
}
