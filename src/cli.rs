//! The command line: the clap `Cli` and the `Command` enum. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    audit, backup, client, close, completions, config, consent, consult, contact, correct, demo,
    directory, estimate, feedback, find, follow_up, kela_outcome, list, move_region, plan, purge,
    refer, reopen, report, schedule, settings, show, survey, triage,
};

/// moty — the case register of the Moty coordinators
///
/// The coordinator pair's register for multi-professional collaboration in primary social and
/// health care: referrals, consents, triage, meetings, the plan, follow-ups and the reports.
/// Every look-up of a client is written to the access log, every export to the disclosure log.
/// `moty` alone prints the path of a case with the command for each step.
#[derive(Debug, Parser)]
#[command(
    name = "moty",
    version,
    max_term_width = 100,
    after_long_help = crate::text::help_a::MOTY
)]
pub struct Cli {
    /// The register file [default: ~/.local/share/moty/register.sqlite3; on Windows
    /// %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
    #[arg(long, global = true, env = "MOTY_DB", value_name = "PATH", help_heading = GLOBAL)]
    pub db: Option<PathBuf>,

    /// Who is acting, recorded on every change and look-up [default: your login name]
    #[arg(long = "as", global = true, env = "MOTY_USER", value_name = "NAME", help_heading = GLOBAL)]
    pub actor: Option<String>,

    /// A file whose first line is the register's encryption key (the encrypted build); or set
    /// MOTY_DB_KEY
    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub key_file: Option<PathBuf>,

    /// Print JSON for scripts (shapes published in docs/schemas/)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub json: bool,

    /// Open a register on a network share (NFS, SMB, a UNC path) anyway. Unsafe: SQLite's
    /// locking does not hold across computers, and two writers can corrupt the register
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub allow_network_share: bool,

    /// When to colour tables, messages and help [default: the configuration file's color, else
    /// auto]
    #[arg(long, global = true, value_enum, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: Option<crate::term::Choice>,

    /// The language moty speaks: fi (suomi) or en (English) [default: MOTY_LANG, else the
    /// configuration file's lang, else the system's locale, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = crate::language::UI_LANGUAGES,
          help_heading = GLOBAL)]
    pub lang: Option<String>,

    // Without a command, moty prints the path of a case (`text::overview()`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading the options every command takes stand under, apart from the command's own.
pub const GLOBAL: &str = "Global options";

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
    Report(report::Command),
    #[command(subcommand)]
    Audit(audit::Command),
    /// Check the register: integrity, keys, schema, permissions, filesystem, audit chains
    ///
    /// Run it after a restore or an upgrade, or when something seems wrong. Each check says ok,
    /// warn or fail: integrity and foreign keys, the schema, the logs' append-only guards and hash
    /// chains, permissions, the filesystem (a network share fails, a cloud-synced folder warns),
    /// leftover temporary files, unmapped units, unknown municipalities, encryption. A fail prints
    /// the table, then an error (exit code 4). It only reads and writes no log row.
    #[command(after_long_help = crate::text::help_b::DOCTOR)]
    Doctor,
    /// Change the key of an encrypted register (new key from MOTY_DB_NEW_KEY)
    ///
    /// For the encrypted build only (the plain build refuses, exit code 4). Give the present key
    /// as usual (MOTY_DB_KEY, --key-file or the prompt) and the new one in the environment
    /// variable MOTY_DB_NEW_KEY, never on the command line. Make a backup first, and keep the new
    /// key where the old one was kept: without it the register cannot be opened.
    #[command(after_long_help = crate::text::help_b::REKEY)]
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

/// The SOTE pair's estimate of a reception: the flags `schedule held` and `moty estimate` share.
#[derive(Debug, Default, clap::Args)]
#[command(next_help_heading = "The pair's estimate of the reception")]
pub struct EstimateFlags {
    /// A service (code of the service catalogue) whose appointments the reception saved the
    /// client, with how many (1–100, default 1); repeat for several
    #[arg(long, value_name = "SERVICE[=N]")]
    pub saved: Vec<String>,
    /// Appointments saved in all, 0–100 (at least the sum of --saved) [default: the sum of --saved]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub appointments_saved: Option<u32>,
    /// How much the reception shortened the client's path
    #[arg(long, value_enum, value_name = "RANGE")]
    pub time_saved: Option<crate::domain::TimeSaved>,
    /// How time was saved (free text, at most 2,000 characters)
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

/// Which region's cases a list shows (regional pairs, seed 000).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct RegionArgs {
    /// Only the cases of this region [default: the configuration file's region, else your
    /// default region in the register (`moty settings my-region`)]
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Every region's cases, whatever your default region
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
