//! `moty estimate`: the SOTE pair's estimate of a held meeting, entered after it was marked held
//! (`schedule held` takes the same flags at the time).

use anyhow::Result;

use super::Ctx;
use crate::cli::EstimateFlags;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::estimate;
use crate::{render, text};

/// Record the SOTE pair's estimate of a held meeting: appointments and time saved
///
/// Use it after a held meeting, when the pair did not give its estimate with `moty schedule
/// held`: which appointments the reception saved the client (by service of the catalogue), how
/// many in all, and how much it shortened the client's path, with how in free text. One
/// estimate per meeting; written to the case's timeline, and the outcome figures count it.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::ESTIMATE)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The held meeting's number (from `moty schedule list`) [default: the case's latest held meeting]
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    #[command(flatten)]
    pub estimate: EstimateFlags,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let answers = args
        .estimate
        .answers()?
        .ok_or_else(|| UserError::invalid("estimate", text::estimate_nothing()))?;
    let recorded = estimate::record(&mut ctx.session()?, &case_id, args.meeting, &answers)?;
    Ok(render::estimate_recorded(&recorded, ctx.json))
}
