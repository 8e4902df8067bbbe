//! Printing the plan (a version, its history, or a plain-language plan for the client) and the
//! service catalogue.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::{validate, AccessAction};
use crate::error::UserError;
use crate::store::plan as db;
use crate::store::{access, cases, clients};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// An older version
    #[arg(long, value_name = "N", conflicts_with = "history")]
    pub version: Option<u32>,
    /// Every version with what changed in it
    #[arg(long)]
    pub history: bool,
    /// `md`: a printable plan for the client in plain language, with whom to contact
    #[arg(long, value_parser = ["table", "md"], default_value = "table")]
    pub format: String,
    /// Why you look at the plan; kept in the access log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum ServicesCommand {
    /// List the onward services
    List,
    /// Add a service (or rename one)
    Add {
        /// A short code: lower-case letters, digits and hyphens
        code: String,
        /// Its name
        #[arg(long, value_name = "TEXT")]
        name: String,
    },
}

pub fn show(ctx: &Ctx, args: ShowArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = crate::commands::find::access_reason(&args.reason)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    register.write(|tx| {
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        let versions = db::versions(tx, &case_id)?;
        let Some(latest) = versions.last().copied() else {
            return Err(UserError::NotFound(text::no_plan(&case_id)).into());
        };
        access::log(
            tx,
            &author,
            &access::Access {
                command: "plan show",
                action: AccessAction::View,
                client_id: Some(case.client_id),
                case_id: Some(&case_id),
                reason: reason.as_deref(),
            },
        )?;
        if args.history {
            let all = versions
                .iter()
                .map(|v| db::get(tx, &case_id, *v))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            return Ok(render::plan_history(&case_id, &all, ctx.json));
        }
        let version = args.version.unwrap_or(latest);
        let plan = db::get(tx, &case_id, version)?
            .ok_or_else(|| UserError::NotFound(text::no_version(&case_id, version)))?;
        let services = db::services(tx)?;
        if args.format == "md" {
            // The printable plan is handed to the client: it leaves the register.
            access::disclose(
                tx,
                &author,
                "plan for the client (Markdown)",
                "the client",
                std::slice::from_ref(&case_id),
            )?;
            let client = clients::get(tx, case.client_id)?;
            return Ok(render::plan_markdown(
                &client.name,
                &case_id,
                &plan,
                &services,
            ));
        }
        Ok(render::plan(&case_id, &plan, &services, ctx.json))
    })
}

pub fn services(ctx: &Ctx, command: ServicesCommand) -> Result<String> {
    let mut register = ctx.open()?;
    if let ServicesCommand::Add { code, name } = &command {
        let valid = !code.is_empty()
            && code.len() <= 40
            && code.starts_with(|c: char| c.is_ascii_lowercase())
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(UserError::invalid("CODE", text::service_code_shape(code)).into());
        }
        let name = validate::line("--name", name, 100)?;
        register.write(|tx| db::add_service(tx, code, &name))?;
    }
    let all = register.write(db::services)?;
    Ok(render::services(&all, ctx.json))
}
