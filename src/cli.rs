//! The command line: the clap `Cli` and the `Command` enum. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    audit, backup, client, close, completions, config, consent, consult, contact, correct, demo,
    directory, estimate, feedback, find, follow_up, kela_outcome, list, move_region, plan, purge,
    refer, reopen, report, schedule, settings, show, survey, triage,
};

/// moty — the case register of the Moty coordinators.
///
/// Referrals, consents and look-ups for multi-professional collaboration in primary social and
/// health care. Every look-up of a client is written to the access log.
#[derive(Debug, Parser)]
#[command(name = "moty", version, about, max_term_width = 100)]
pub struct Cli {
    /// The register file [default: ~/.local/share/moty/register.sqlite3; on Windows
    /// %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
    #[arg(long, global = true, env = "MOTY_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Who is acting, recorded on every change and look-up [default: your login name]
    #[arg(long = "as", global = true, env = "MOTY_USER", value_name = "NAME")]
    pub actor: Option<String>,

    /// A file whose first line is the register's encryption key (the encrypted build); or set
    /// MOTY_DB_KEY
    #[arg(long, global = true, value_name = "FILE")]
    pub key_file: Option<PathBuf>,

    /// Print JSON for scripts (shapes published in docs/schemas/)
    #[arg(long, global = true)]
    pub json: bool,

    /// Open a register on a network share (NFS, SMB, a UNC path) anyway. Unsafe: SQLite's
    /// locking does not hold across computers, and two writers can corrupt the register
    #[arg(long, global = true)]
    pub allow_network_share: bool,

    /// The language moty speaks: fi (suomi) or en (English) [default: MOTY_LANG, else the
    /// configuration file's lang, else the system's locale, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = crate::language::UI_LANGUAGES)]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register a referral (the trigger) and open a case
    Refer(Box<refer::Args>),
    /// Work through the triage queue, or decide one case
    Triage(Box<triage::Args>),
    /// Book meetings, mark them held, and keep the calendar
    Schedule(Box<schedule::Args>),
    /// Keep the joint care and service plan (HOPA) and its onward pathways
    Plan(Box<plan::Args>),
    /// Follow-ups: those due, and recording one
    FollowUp(Box<follow_up::Args>),
    /// Record the client's feedback on a held meeting: usefulness, the statements, their words
    Feedback(Box<feedback::Args>),
    /// Record what a held Kela hour concluded for a client: benefits, rehabilitation,
    /// statements, recommendations, who takes responsibility and by when
    KelaOutcome(Box<kela_outcome::Args>),
    /// Correct a mistyped fact (a segment, the referral's source or channel, a follow-up or
    /// feedback answer, an estimate) as a new event, saying why
    Correct(Box<correct::Args>),
    /// Record the SOTE pair's estimate of a held meeting: appointments and time saved
    Estimate(Box<estimate::Args>),
    /// Record a professional's survey answer about a held meeting
    Survey(Box<survey::Args>),
    /// Record a professional's consultation that names no client; list them; link one to the
    /// case it led to
    Consult(Box<consult::Args>),
    /// The professional directory: who to refer to, and when
    #[command(subcommand)]
    Directory(directory::Command),
    /// Reports: the weekly Yhteistyö-tiimi export, outcomes, the work list
    #[command(subcommand)]
    Report(report::Command),
    /// The access and disclosure logs
    #[command(subcommand)]
    Audit(audit::Command),
    /// Check the register: integrity, keys, schema, permissions, filesystem, audit chains
    Doctor,
    /// Change the key of an encrypted register (new key from MOTY_DB_NEW_KEY)
    Rekey,
    /// Make a consistent, checked copy of the register with a manifest
    Backup(backup::BackupArgs),
    /// Restore a backup into the register (refuses to overwrite newer changes without --force)
    Restore(backup::RestoreArgs),
    /// Close a case, saying why
    Close(close::Args),
    /// Reopen a closed case into the phase it was closed from
    Reopen(reopen::Args),
    /// Move a case to another region's pair (its booked meetings move with it)
    MoveRegion(move_region::Args),
    /// Erase a closed case's identifiable content (retention ended, wrong person), keeping the
    /// figures and the chains
    Purge(purge::Args),
    /// The register's settings: the retention schedule, your default region, the feedback
    /// statements, the service areas and units, the follow-up interval, the contact card
    #[command(subcommand)]
    Settings(settings::Command),
    /// The coordinators' contact card for the referring units: how to refer and consult, the
    /// phone hour, office hours, the regional pairs
    Contact(contact::Args),
    /// Record, withdraw and list the client's consents
    #[command(subcommand)]
    Consent(consent::Command),
    /// Mark or clear the client's non-disclosure order for personal safety (with the reason);
    /// record their language and the interpreter they need
    Client(client::Args),
    /// Find clients and cases by name, identity code, case id or phone number
    Find(find::Args),
    /// Show a case: the client, the phase, consents and the whole timeline
    Show(show::Args),
    /// List open cases, longest waiting first
    List(list::Args),
    /// Build a demo register of fictitious clients and show it
    Demo(demo::Args),
    /// Show or change your personal configuration file (register path, name, default region)
    #[command(subcommand)]
    Config(config::Command),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(completions::CompletionsArgs),
    /// Print the manual page of moty or of one of its commands (roff; view with `man -l -`)
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
