//! `moty report outcomes`: the pilots' figures from the register's own data.

use std::path::PathBuf;

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::outcomes::By;
use crate::domain::{validate, LegalBasis};
use crate::error::UserError;
use crate::ops::report::outcomes::{self, Ask, Page};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct OutcomesArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long, value_parser = ["table", "json", "csv"], default_value = "table")]
    pub format: String,
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[arg(long, requires = "html")]
    pub force: bool,
    #[arg(long, value_name = "WHOM", default_value = "the team supervisor")]
    pub to_whom: String,
    #[arg(long, value_enum)]
    pub by: Option<By>,
    #[arg(long, value_name = "BASIS", requires = "html")]
    pub legal_basis: Option<String>,
    #[arg(long)]
    pub exact: bool,
    #[arg(long)]
    pub excel: bool,
}

pub fn run(ctx: &Ctx, args: OutcomesArgs) -> Result<String> {
    if args.excel && (ctx.json || args.format != "csv") {
        return Err(UserError::invalid("--excel", text::excel_is_csv()).into());
    }
    let today = ctx.clock.today();
    let to = args
        .until
        .as_deref()
        .map(|t| validate::date("--until", t))
        .transpose()?
        .unwrap_or(today);
    let from = args
        .from
        .as_deref()
        .map(|f| validate::date("--from", f))
        .transpose()?
        .unwrap_or(to - chrono::Days::new(365));
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()).into());
    }
    let region = args
        .region
        .as_deref()
        .map(|r| validate::place("--region", r))
        .transpose()?;
    let recipient = match &args.html {
        Some(_) => validate::line("--to-whom", &args.to_whom, 200)?,
        None => String::new(),
    };
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::other(text::BASIS_ANONYMOUS_FIGURES),
    )?;
    let page = args.html.as_deref().map(|path| Page {
        path,
        recipient: &recipient,
        force: args.force,
        basis: &basis,
    });
    let ask = Ask {
        from,
        to,
        region: region.as_deref(),
        by: args.by,
        exact: args.exact,
    };
    let figures = outcomes::outcomes(&mut ctx.session()?, &ask, page)?;
    let format = match (ctx.json, args.excel) {
        (true, _) => "json",
        (false, true) => render::EXCEL_CSV,
        (false, false) => args.format.as_str(),
    };
    Ok(render::outcomes(
        &figures,
        &from.to_string(),
        &to.to_string(),
        region.as_deref(),
        format,
    ))
}
