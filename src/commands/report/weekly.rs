//! `moty report weekly`: the export for the Yhteistyö-tiimi. Case ids and anonymous
//! descriptions only — never a client's name, identity code, phone or address — and the same
//! register and week always give the same bytes.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate};

use crate::commands::Ctx;
use crate::domain::{calendar, validate, LegalBasis, LegalBasisKind};
use crate::error::UserError;
use crate::ops::report::weekly::{self, Format, Out};
use crate::text;

#[derive(Debug, clap::Args)]
pub struct WeeklyArgs {
    #[arg(long)]
    pub week: Option<String>,
    #[arg(long, alias = "to", value_name = "WHOM")]
    pub to_whom: String,
    #[arg(long, value_parser = ["md", "csv", "json", "xlsx"])]
    pub format: Option<String>,
    #[arg(long)]
    pub excel: bool,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long, requires = "out")]
    pub force: bool,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

/// The coming week's Monday: today's if today is a Monday, otherwise the next.
fn coming_monday(today: NaiveDate) -> NaiveDate {
    let ahead = (7 - today.weekday().num_days_from_monday()) % 7;
    today + Days::new(u64::from(ahead))
}

pub fn run(ctx: &Ctx, args: WeeklyArgs) -> Result<String> {
    let monday = match &args.week {
        Some(week) => calendar::week_monday(week)
            .ok_or_else(|| UserError::invalid("--week", text::not_a_week(week)))?,
        None => coming_monday(ctx.clock.today()),
    };
    let recipient = validate::line("--to-whom", &args.to_whom, 200)?;
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::of(LegalBasisKind::SocialWelfareAct41),
    )?;
    // --format, else --json, else the --out file's extension, else md on a terminal, csv otherwise.
    let from_extension = args
        .out
        .as_ref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .filter(|e| ["md", "csv", "json", "xlsx"].contains(e))
        .map(String::from);
    let terminal = if std::io::stdout().is_terminal() {
        "md"
    } else {
        "csv"
    };
    let format = args
        .format
        .clone()
        .or(ctx.json.then(|| "json".to_string()))
        .or(from_extension)
        .unwrap_or_else(|| terminal.to_string());
    if format == "xlsx" && args.out.is_none() {
        return Err(UserError::Missing {
            flags: vec!["--out".to_string()],
        }
        .into());
    }
    if args.excel && format != "csv" {
        return Err(UserError::invalid("--excel", text::excel_is_csv()).into());
    }
    let format = match format.as_str() {
        "md" => Format::Markdown,
        "json" => Format::Json,
        "xlsx" => Format::Xlsx,
        _ => Format::Csv { excel: args.excel },
    };
    let choice = args.regions.choice(ctx.region.as_deref())?;
    let bytes = weekly::export(
        &mut ctx.session()?,
        monday,
        format,
        &recipient,
        &basis,
        args.out.as_deref().map(|path| Out {
            path,
            force: args.force,
        }),
        &choice,
    )?;
    Ok(String::from_utf8(bytes)?)
}
