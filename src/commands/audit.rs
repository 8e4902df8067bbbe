//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, AccessAction};
use crate::error::UserError;
use crate::store::{access, cases, report};
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
    let author = ctx.author();
    let mut register = ctx.open()?;
    match command {
        Command::Access { case } => {
            let case_id = validate::case_id("CASE", &case)?;
            let rows = register.write(|tx| {
                let case = cases::get(tx, &case_id)?
                    .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
                let rows = report::access_of_client(tx, case.client_id)?;
                // Reading the log is itself an access to the client's data.
                let row = access::Access {
                    command: "audit access",
                    action: AccessAction::View,
                    client_id: Some(case.client_id),
                    case_id: Some(&case_id),
                    reason: None,
                };
                access::log(tx, &author, &row)?;
                Ok(rows)
            })?;
            Ok(render::access_rows(&rows, ctx.json))
        }
        Command::Verify { manifest } => verify(ctx, &mut register, manifest.as_deref()),
        Command::Disclosures => {
            let rows = register.write(report::disclosures)?;
            Ok(render::disclosures(&rows, ctx.json))
        }
    }
}

/// Verifies the chains; with a manifest, also that every row it recorded is still there as it was.
fn verify(
    ctx: &Ctx,
    register: &mut crate::store::Register,
    manifest: Option<&std::path::Path>,
) -> Result<String> {
    use crate::store::chain::{self, Log};
    let recorded: Option<super::backup::Manifest> = match manifest {
        Some(path) => {
            let bytes =
                std::fs::read(path).map_err(|_| UserError::NotFound(text::cannot_read(path)))?;
            Some(
                serde_json::from_slice(&bytes)
                    .map_err(|e| UserError::invalid("--manifest", e.to_string()))?,
            )
        }
        None => None,
    };
    let mut results = register.write(|tx| {
        let mut results = Vec::new();
        for log in Log::ALL {
            let mut v = chain::verify(tx, log)?;
            if let Some(head) = recorded
                .as_ref()
                .and_then(|m| m.logs.iter().find(|h| h.log == v.log))
            {
                if v.problem.is_none() && v.rows < head.rows {
                    v.broken_at = Some(v.rows + 1);
                    v.problem = Some(text::chain_truncated(head.rows, v.rows));
                } else if v.problem.is_none()
                    && head.rows > 0
                    && chain::hash_at(tx, log, head.rows)?.as_deref() != Some(head.head.as_str())
                {
                    v.broken_at = Some(head.rows);
                    v.problem = Some(text::CHAIN_REWRITTEN.to_string());
                }
            }
            results.push(v);
        }
        Ok(results)
    })?;
    results.sort_by_key(|v| v.log);
    let broken = results.iter().filter(|v| v.problem.is_some()).count();
    let out = render::verified(&results, ctx.json);
    if broken > 0 {
        render::emit(&out)?;
        return Err(UserError::Refused(text::chain_broken(broken)).into());
    }
    Ok(out)
}
