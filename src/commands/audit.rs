//! `moty audit`: the client's right to know (Client Data Act 703/2023 §11) — who viewed or
//! changed a client's data — and what left the register.

use anyhow::Result;

use super::Ctx;
use crate::db::{access, cases, report};
use crate::domain::{validate, AccessAction};
use crate::error::UserError;
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
        Command::Disclosures => {
            let rows = register.write(|tx| report::disclosures(tx))?;
            Ok(render::disclosures(&rows, ctx.json))
        }
    }
}
