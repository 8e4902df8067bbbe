//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::audit;
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
    /// Check the hash chains of the timeline, the access log and the disclosure log
    Verify {
        /// A backup manifest: also check that no row recorded there was removed or rewritten
        #[arg(long, value_name = "FILE")]
        manifest: Option<std::path::PathBuf>,
    },
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    let mut session = ctx.session()?;
    match command {
        Command::Access { case } => {
            let case_id = validate::case_id("CASE", &case)?;
            let rows = audit::access(&mut session, &case_id)?;
            Ok(render::access_rows(&rows, ctx.json))
        }
        Command::Disclosures => {
            let rows = audit::disclosures(&mut session)?;
            Ok(render::disclosures(&rows, ctx.json))
        }
        Command::Verify { manifest } => {
            let recorded = manifest.as_deref().map(audit::recorded_heads).transpose()?;
            let results = audit::verify(&mut session, recorded.as_deref())?;
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
