//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, LegalBasis};
use crate::error::UserError;
use crate::ops::dpo::{self, LogFormat, LogName, Period};
use crate::ops::{audit, checkpoint};
use crate::{render, text};

/// The access and disclosure logs: who saw a client's data, what left the register
///
/// The register keeps an access log (who viewed or changed which client's data, when, with which
/// command and why) and a disclosure log (what left the register, to whom, on what legal basis),
/// both hash-chained like the timeline. Use these commands to answer a client's request to know,
/// for the data protection officer's supervision, and to check that no log was tampered with.
#[derive(Debug, clap::Subcommand)]
#[command(after_long_help = text::help_b::AUDIT)]
pub enum Command {
    /// Who viewed or changed a client's data, or what one user looked up or changed
    ///
    /// The client's right to know (Client Data Act 703/2023 §11): with CASE, every access to the
    /// data of that case's client, on any of their cases, oldest first, with the command and the
    /// reason given. With --by, the data protection officer's view: every row one user wrote in a
    /// period, with their operating-system login beside. Reading it is itself written to the
    /// access log. Give CASE or --by, not both; an unknown case is exit code 3.
    #[command(after_long_help = text::help_b::AUDIT_ACCESS)]
    Access {
        /// A case of the client, e.g. 2026-0007
        case: Option<String>,
        /// Every access-log row written by this user (as `--as` named them) instead
        #[arg(long, value_name = "USER")]
        by: Option<String>,
        /// With --by: from this day, YYYY-MM-DD (Helsinki) [default: the first row]
        #[arg(long, value_name = "DATE", requires = "by")]
        from: Option<String>,
        /// With --by: up to and including this day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE", requires = "by")]
        until: Option<String>,
    },
    /// Unusual look-ups, naming clients only by client id and case id
    ///
    /// For the data protection officer's regular review: a pointer to look into, not a verdict.
    /// Three lists, each row a user, a Helsinki day, the client and how many views: (1) more
    /// distinct clients viewed in a day than --threshold; (2) views of a client the user does not
    /// work on (changed none of their data on or before that day, nor found them from find, list
    /// or triage while the case waited for triage); (3) views of a client whose name equals
    /// (ignoring case and diacritics) a register user's, by someone else. Changes before --from
    /// count as work. Reading the report is itself written to the access log.
    #[command(after_long_help = text::help_b::AUDIT_ANOMALIES)]
    Anomalies {
        /// From this day, YYYY-MM-DD (Helsinki) [default: the first row]
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Up to and including this day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// More distinct clients viewed in a day than this is unusual (1 to 100,000)
        #[arg(long, value_name = "N", default_value_t = dpo::DEFAULT_THRESHOLD)]
        threshold: i64,
    },
    /// Export the access or disclosure log for the supervisory authority
    ///
    /// Use it when a supervisory authority or the data protection officer asks for the log data:
    /// the rows of the period (the access log with the reasons given, the disclosure log with each
    /// row's legal basis) go to a new file private to you. The export is itself written to the
    /// disclosure log first, with no cases, to whom and on what legal basis.
    #[command(after_long_help = text::help_b::AUDIT_EXPORT)]
    Export {
        /// Which log: access or disclosure
        #[arg(long, value_enum)]
        log: LogName,
        /// The file format: csv or json
        #[arg(long, value_enum)]
        format: LogFormat,
        /// Who receives the export (written to the disclosure log)
        #[arg(long, value_name = "WHOM")]
        to_whom: String,
        /// Where to write it (a new file, private to you)
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
        /// From this day, YYYY-MM-DD (Helsinki) [default: the first row]
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Up to and including this day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
        /// The legal basis of the disclosure — consent, social-welfare-act-41,
        /// health-care-act-32 or other:TEXT [default: other:log data for supervision (Client
        /// Data Act 703/2023, Data Protection Act 1050/2018)]
        #[arg(long, value_name = "BASIS")]
        legal_basis: Option<String>,
    },
    /// What left the register: every export, to whom, by whom, about which cases
    ///
    /// Every row of the disclosure log, oldest first: when, by whom, what (a weekly export, an
    /// outcomes page, a calendar file, a client's plan, a backup, a log export), to whom, the case
    /// ids it concerned and its legal basis. Listing it writes nothing.
    #[command(after_long_help = text::help_b::AUDIT_DISCLOSURES)]
    Disclosures,
    /// Check that the timeline and the logs are whole and unchanged (their hash chains)
    ///
    /// Run it regularly, after a restore, and whenever a log is in doubt: every row of the
    /// timeline, the access log, the disclosure log and the re-anchor log is checked against the
    /// row before it, and against what you saw before (your witness). A backup's manifest, a
    /// signed checkpoint or a head printed in an export also catch rows removed from the end. A
    /// broken chain prints the table, then an error (exit code 4). It only reads the register.
    #[command(after_long_help = text::help_b::AUDIT_VERIFY)]
    Verify {
        /// A backup manifest: also check that no row recorded there was removed or rewritten
        #[arg(long, value_name = "FILE")]
        manifest: Option<std::path::PathBuf>,
        /// A signed checkpoint (moty audit checkpoint): also check every head it signed
        #[arg(long, value_name = "FILE", requires = "public_key")]
        checkpoint: Option<std::path::PathBuf>,
        /// The public key the checkpoint must be signed with (hex, or a file holding it)
        #[arg(long, value_name = "KEY", requires = "checkpoint")]
        public_key: Option<String>,
        /// A head printed in an export (the weekly export's register section, the calendar's
        /// X-MOTY-TIMELINE line, the HTML page's footer): LOG:ROWS:HASH, e.g.
        /// events:120:3fa9…; repeat for several
        #[arg(long = "head", value_name = "LOG:ROWS:HASH")]
        heads: Vec<String>,
    },
    /// Make a signing key for checkpoints and print its public key
    ///
    /// Run it once, typically as the data protection officer: the Ed25519 key goes to a new file
    /// private to you, to be kept away from the register (`moty audit checkpoint --key` signs with
    /// it); the public key it prints is what `moty audit verify --public-key` checks against. It
    /// needs no register.
    #[command(after_long_help = text::help_b::AUDIT_KEYGEN)]
    Keygen {
        /// Where to write the key (a new file, private to you)
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Sign the heads of every chain with a key kept outside the register
    ///
    /// Run it now and then (say monthly) and keep the file away from the register: later,
    /// `moty audit verify --checkpoint FILE --public-key KEY` proves that every row signed then is
    /// still there unchanged, even if someone recomputed the hashes after it. It writes no log.
    #[command(after_long_help = text::help_b::AUDIT_CHECKPOINT)]
    Checkpoint {
        /// The signing key (from moty audit keygen)
        #[arg(long, value_name = "FILE")]
        key: std::path::PathBuf,
        /// Where to write the checkpoint (a new file) [default: standard output]
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}

/// The period of --from and --until (Helsinki days, both inclusive; --until defaults to today).
fn period(ctx: &Ctx, from: &Option<String>, until: &Option<String>) -> Result<Period> {
    let from = from
        .as_deref()
        .map(|d| validate::date("--from", d))
        .transpose()?;
    let until = match until.as_deref() {
        Some(d) => validate::date("--until", d)?,
        None => ctx.clock.today(),
    };
    if from.is_some_and(|from| from > until) {
        return Err(UserError::invalid("--from", text::from_after_until()).into());
    }
    Ok(Period { from, until })
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    if let Command::Keygen { out } = &command {
        let public = checkpoint::keygen(out, &ctx.db_path)?;
        return Ok(render::keygen(out, &public, ctx.json));
    }
    // The chains are checked read-only: on a read-only disk and while others write.
    let mut session = match &command {
        Command::Verify { .. } => ctx.session_read_only()?,
        _ => ctx.session()?,
    };
    match command {
        Command::Keygen { .. } => Ok(String::new()),
        Command::Checkpoint { key, out } => {
            let signed = checkpoint::checkpoint(&mut session, &key)?;
            let document = render::checkpoint(&signed);
            match out {
                Some(path) => {
                    checkpoint::write(&path, &document, &ctx.db_path)?;
                    Ok(text::checkpoint_written(&path))
                }
                None => Ok(document),
            }
        }
        Command::Access {
            case,
            by,
            from,
            until,
        } => match (case, by) {
            (Some(case), None) => {
                let case_id = validate::case_id("CASE", &case)?;
                let rows = audit::access(&mut session, &case_id)?;
                Ok(render::access_rows(&rows, ctx.json))
            }
            (None, Some(user)) => {
                let user = validate::line("--by", &user, 100)?;
                let period = period(ctx, &from, &until)?;
                let rows = dpo::access_by(&mut session, &user, period)?;
                Ok(render::dpo::access_by(&rows, ctx.json))
            }
            (Some(_), Some(_)) => Err(UserError::invalid("--by", text::case_or_by()).into()),
            (None, None) => Err(UserError::Missing {
                flags: vec!["CASE".to_string(), "--by".to_string()],
            }
            .into()),
        },
        Command::Anomalies {
            from,
            until,
            threshold,
        } => {
            if !(1..=100_000).contains(&threshold) {
                return Err(UserError::invalid("--threshold", text::threshold_range()).into());
            }
            let period = period(ctx, &from, &until)?;
            let report = dpo::anomalies(&mut session, period, threshold)?;
            Ok(render::dpo::anomalies(&report, ctx.json))
        }
        Command::Export {
            log,
            format,
            to_whom,
            out,
            from,
            until,
            force,
            legal_basis,
        } => {
            let recipient = validate::line("--to-whom", &to_whom, 200)?;
            let period = period(ctx, &from, &until)?;
            let basis = LegalBasis::given_or(
                "--legal-basis",
                legal_basis.as_deref(),
                LegalBasis::other(text::BASIS_SUPERVISION),
            )?;
            let rows = dpo::export(
                &mut session,
                log,
                format,
                &recipient,
                &basis,
                &out,
                force,
                period,
            )?;
            Ok(render::dpo::exported(rows, &out, ctx.json))
        }
        Command::Disclosures => {
            let rows = audit::disclosures(&mut session)?;
            Ok(render::disclosures(&rows, ctx.json))
        }
        Command::Verify {
            manifest,
            checkpoint: signed,
            public_key,
            heads,
        } => {
            let mut recorded = manifest.as_deref().map(audit::recorded_heads).transpose()?;
            if !heads.is_empty() {
                let given = heads
                    .iter()
                    .map(|h| audit::parse_head(h))
                    .collect::<Result<Vec<_>, _>>()?;
                recorded.get_or_insert_with(Vec::new).extend(given);
            }
            let signed = match (signed, public_key) {
                (Some(file), Some(key)) => {
                    let heads = checkpoint::signed_heads(&file, &key)?;
                    checkpoint::same_register(&mut session, &heads)?;
                    Some(heads)
                }
                _ => None,
            };
            let mut results = audit::verify(&mut session, recorded.as_deref())?;
            if let Some(heads) = signed {
                audit::check_signed(&mut session, &heads, &mut results)?;
            }
            let broken = results.iter().filter(|v| v.problem.is_some()).count();
            let out = render::verified(&results, ctx.json);
            if broken > 0 {
                render::emit(&out)?;
                return Err(UserError::Refused(text::chain_broken(broken)).into());
            }
            Ok(out)
        }
    }
}
