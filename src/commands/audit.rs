//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, LegalBasis};
use crate::error::UserError;
use crate::ops::dpo::{self, LogFormat, LogName, Period};
use crate::ops::{audit, checkpoint};
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Who viewed or changed the data of the client of a case, when, with which command and why;
    /// or, with --by, every look-up and change one user made (their login shown beside)
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
    /// Unusual look-ups, naming clients only by client id and case id.
    ///
    /// Three lists, each row a user, a Helsinki day, the client and how many views: (1) a user
    /// who viewed more distinct clients in a day than --threshold (default 30); (2) views of a
    /// client the user does not work on — the user works on a client when they changed that
    /// client's data (any change row in the access log) on or before the day of the view, or when
    /// the view came from find, list or triage while the case was still waiting for triage (not
    /// yet triaged); (3) views of a client whose name equals (lower case, diacritics ignored) the
    /// name of someone who uses the register, by someone else. Changes before --from count as
    /// work. Reading the report is itself written to the access log.
    Anomalies {
        /// From this day, YYYY-MM-DD (Helsinki) [default: the first row]
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Up to and including this day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// More distinct clients viewed in a day than this is unusual
        #[arg(long, value_name = "N", default_value_t = dpo::DEFAULT_THRESHOLD)]
        threshold: i64,
    },
    /// Export the access or disclosure log for the supervisory authority (recorded as a
    /// disclosure)
    Export {
        /// Which log
        #[arg(long, value_enum)]
        log: LogName,
        /// The file format
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
    /// What left the register: every export, to whom, by whom, about which cases, on what legal
    /// basis
    Disclosures,
    /// Check the hash chains of the timeline, the access log, the disclosure log and the
    /// re-anchor log, and that what you (your witness) saw before is still there
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
    /// Make a signing key for checkpoints, kept outside the register; prints its public key
    Keygen {
        /// Where to write the key (a new file, private to you)
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Sign the heads of every chain with a key kept outside the register
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
            (Some(_), Some(_)) => Err(UserError::invalid("--by", text::CASE_OR_BY).into()),
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
