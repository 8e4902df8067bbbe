//! `moty report consultations`: the anonymous figures of the professionals' consultations.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::consult;
use crate::{render, text};

/// The professionals' anonymous consultations of a period, in figures
///
/// Use it to show how much the coordinators are consulted without a referral (`moty consult`
/// records them): in all, per ISO week, per source unit with its service area, per channel,
/// whether a referral was expected, and how many were linked to the case they led to. It names
/// no case and no text typed, and writes no log; counts from 1 to 4 show as <5 unless --exact.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::REPORT_CONSULTATIONS)]
pub struct ConsultationsArgs {
    /// The first day of the period (consultations from it), YYYY-MM-DD [default: a year before
    /// --until]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day of the period, YYYY-MM-DD [default: today]
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    /// `table`, `json` or `csv` (--json is the same as `json`)
    #[arg(long, value_parser = ["table", "json", "csv"], default_value = "table")]
    pub format: String,
    /// Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
    #[arg(long)]
    pub exact: bool,
}

pub fn run(ctx: &Ctx, args: ConsultationsArgs) -> Result<String> {
    let to = match &args.until {
        Some(until) => validate::date("--until", until)?,
        None => ctx.clock.today(),
    };
    let from = match &args.from {
        Some(from) => validate::date("--from", from)?,
        None => to - chrono::Days::new(365),
    };
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()).into());
    }
    let report = consult::report(&mut ctx.session()?, from, to, args.exact)?;
    let format = if ctx.json {
        "json"
    } else {
        args.format.as_str()
    };
    Ok(render::consultation_report(&report, format))
}
