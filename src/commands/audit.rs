//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::{audit, checkpoint};
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Who viewed or changed the data of the client of a case, when, with which command and why
    Access {
        /// A case of the client, e.g. 2026-0007
        case: String,
    },
    /// What left the register: every export, to whom, by whom, about which cases
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
            match out {
                Some(path) => {
                    let bytes = render::checkpoint(&signed);
                    crate::files::prepare(&path, bytes.as_bytes(), false, &ctx.db_path)?
                        .commit()?;
                    Ok(text::checkpoint_written(&path))
                }
                None => Ok(render::checkpoint(&signed)),
            }
        }
        Command::Access { case } => {
            let case_id = validate::case_id("CASE", &case)?;
            let rows = audit::access(&mut session, &case_id)?;
            Ok(render::access_rows(&rows, ctx.json))
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
