//! Printing the plan (a version, its history, or a plain-language plan for the client) and the
//! service catalogue.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::{validate, Language, LegalBasis};
use crate::error::UserError;
use crate::ops::areas;
use crate::ops::plan::show::{self, Shown, View};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    pub case: String,
    #[arg(long, value_name = "N", conflicts_with = "history")]
    pub version: Option<u32>,
    #[arg(long)]
    pub history: bool,
    #[arg(long, value_parser = ["table", "md"], default_value = "table")]
    pub format: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long, value_enum, value_name = "fi|sv|en")]
    pub language: Option<Language>,
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum ServicesCommand {
    List,
    Add {
        code: String,
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[arg(long, value_name = "AREA")]
        area: String,
        #[arg(long, value_name = "NAME")]
        fi: Option<String>,
        #[arg(long, value_name = "NAME")]
        sv: Option<String>,
        #[arg(long, value_name = "NAME")]
        en: Option<String>,
    },
    SetArea {
        code: String,
        area: String,
    },
}

pub fn show(ctx: &Ctx, args: ShowArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = validate::access_reason(&args.reason)?;
    let client_copy = !args.history && args.format == "md";
    if !client_copy && args.language.is_some() {
        return Err(UserError::invalid("--language", text::client_copy_only()).into());
    }
    if !client_copy && args.legal_basis.is_some() {
        return Err(UserError::invalid("--legal-basis", text::client_copy_only()).into());
    }
    let view = match (args.history, args.format.as_str()) {
        (true, _) => View::History,
        (false, "md") => View::ForClient(
            args.version,
            LegalBasis::given_or(
                "--legal-basis",
                args.legal_basis.as_deref(),
                LegalBasis::other(text::BASIS_CLIENTS_OWN_PLAN),
            )?,
        ),
        (false, _) => View::Version(args.version),
    };
    Ok(
        match show::show(&mut ctx.session()?, &case_id, view, reason.as_deref())? {
            Shown::History(all) => render::plan_history(&case_id, &all, ctx.json),
            Shown::ForClient {
                client_name,
                language,
                plan,
                services,
            } => {
                let language = args
                    .language
                    .or(language.and_then(|l| l.documents()))
                    .unwrap_or_else(text::i18n::ui_language);
                render::plan_markdown(&client_name, &case_id, &plan, &services, language)
            }
            Shown::Version {
                plan,
                services,
                interval,
            } => render::plan(&case_id, &plan, &services, interval, ctx.json),
        },
    )
}

pub fn services(ctx: &Ctx, command: ServicesCommand) -> Result<String> {
    let mut session = ctx.session()?;
    let (receipt, all) = match command {
        ServicesCommand::List => (None, areas::services(&mut session)?),
        ServicesCommand::Add {
            code,
            name,
            area,
            fi,
            sv,
            en,
        } => {
            let valid = !code.is_empty()
                && code.len() <= 40
                && code.starts_with(|c: char| c.is_ascii_lowercase())
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid {
                return Err(UserError::invalid("CODE", text::service_code_shape(&code)).into());
            }
            // A name given for one language; `--name` for every language not given (the one
            // name a service had before each language had its own).
            let line = |flag: &str, given: Option<String>| {
                given.map(|n| validate::line(flag, &n, 100)).transpose()
            };
            let name = line("--name", name)?;
            let new = areas::NewService {
                code,
                area: area.trim().to_string(),
                name_fi: line("--fi", fi)?.or_else(|| name.clone()),
                name_sv: line("--sv", sv)?.or_else(|| name.clone()),
                name_en: line("--en", en)?.or_else(|| name.clone()),
            };
            let (added, all) = areas::add_service(&mut session, &new)?;
            (Some(text::service_saved(&new.code, added)), all)
        }
        ServicesCommand::SetArea { code, area } => (
            None,
            areas::set_service_area(&mut session, code.trim(), area.trim())?,
        ),
    };
    let listed = render::services(&all, ctx.json);
    Ok(match receipt {
        Some(receipt) if !ctx.json => format!("{receipt}{listed}"),
        _ => listed,
    })
}
