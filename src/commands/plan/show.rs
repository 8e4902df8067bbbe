//! Printing the plan (a version, its history, or a plain-language plan for the client) and the
//! service catalogue.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::{validate, Language, LegalBasis};
use crate::error::UserError;
use crate::ops::areas;
use crate::ops::plan::show::{self, Shown, View};
use crate::{render, text};

/// Print the plan: the newest version, an older one, or the history of changes
///
/// Use it to read a case's plan (HOPA) with its key worker, goals, agreed actions and onward
/// pathways, an older version (--version), or every version with what changed (--history).
/// Each look is written to the access log. --format md prints a plain-language plan to hand to
/// the client, in their language; that copy is written to the disclosure log.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::PLAN_SHOW)]
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
    /// With --format md: the language of the client's plan [default: the client's language when
    /// fi or sv, else the language moty speaks (--lang)]
    #[arg(long, value_enum, value_name = "fi|sv|en")]
    pub language: Option<Language>,
    /// With --format md: the legal basis of handing the plan to the client — consent,
    /// social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:the client's own
    /// plan, handed to the client (Client Data Act 703/2023)]
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum ServicesCommand {
    /// List the onward services
    ///
    /// Use it to find the code of a service for a plan's `--pathway "service=CODE"`: every
    /// service of the catalogue with its code, name and service area.
    #[command(after_long_help = crate::text::help_a::PLAN_SERVICES_LIST)]
    List,
    /// Add a service (or rename one) in its service area
    ///
    /// Use it when clients are regularly guided to a service the catalogue does not have yet,
    /// e.g. debt counselling. Given an existing code, it renames that service and moves it to the
    /// area given. The areas are those of `moty settings areas`.
    #[command(after_long_help = crate::text::help_a::PLAN_SERVICES_ADD)]
    Add {
        /// A short code: lower-case letters, digits and hyphens
        code: String,
        /// Its name
        #[arg(long, value_name = "TEXT")]
        name: String,
        /// The service area it belongs to (`moty settings areas` lists them)
        #[arg(long, value_name = "AREA")]
        area: String,
    },
    /// Give a service its service area
    ///
    /// Use it when a service stands in the wrong service area, or in none (`moty doctor` warns of
    /// services without one), so that the outcome figures by area count it where it belongs.
    #[command(after_long_help = crate::text::help_a::PLAN_SERVICES_SET_AREA)]
    SetArea {
        /// The service's code
        code: String,
        /// The service area (`moty settings areas` lists them)
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
    let all = match &command {
        ServicesCommand::List => areas::services(&mut session)?,
        ServicesCommand::Add { code, name, area } => {
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
            areas::add_service(&mut session, code, &name, area.trim())?
        }
        ServicesCommand::SetArea { code, area } => {
            areas::set_service_area(&mut session, code.trim(), area.trim())?
        }
    };
    Ok(render::services(&all, ctx.json))
}
