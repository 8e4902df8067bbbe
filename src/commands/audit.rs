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
    Access {
        case: Option<String>,
        #[arg(long, value_name = "USER")]
        by: Option<String>,
        #[arg(long, value_name = "DATE", requires = "by")]
        from: Option<String>,
        #[arg(long, value_name = "DATE", requires = "by")]
        until: Option<String>,
    },
    Anomalies {
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        #[arg(long, value_name = "N", default_value_t = dpo::DEFAULT_THRESHOLD)]
        threshold: i64,
    },
    Export {
        #[arg(long, value_enum)]
        log: LogName,
        #[arg(long, value_enum)]
        format: LogFormat,
        #[arg(long, value_name = "WHOM")]
        to_whom: String,
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        #[arg(long)]
        force: bool,
        #[arg(long, value_name = "BASIS")]
        legal_basis: Option<String>,
    },
    Disclosures,
    Verify {
        #[arg(long, value_name = "FILE")]
        manifest: Option<std::path::PathBuf>,
        #[arg(long, value_name = "FILE", requires = "public_key")]
        checkpoint: Option<std::path::PathBuf>,
        #[arg(long, value_name = "KEY", requires = "checkpoint")]
        public_key: Option<String>,
        #[arg(long = "head", value_name = "LOG:ROWS:HASH")]
        heads: Vec<String>,
    },
    Keygen {
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    Checkpoint {
        #[arg(long, value_name = "FILE")]
        key: std::path::PathBuf,
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}

/// The period of --from and --until (Helsinki days, both inclusive; --until defaults to today).
fn period(ctx: &Ctx, from: &Option<String>, until: &Option<String>) -> Result<Period> {
    Ok(Period::given(
        from.as_deref(),
        until.as_deref(),
        ctx.clock.today(),
    )?)
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
