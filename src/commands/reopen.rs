//! `moty reopen`: a closed case goes back to the phase it was closed from. The closing stays in
//! the timeline; reopening is a new event.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::close;
use crate::render;

/// Reopen a closed case into the phase it was closed from
///
/// Use it when a closed matter turns out not to be over. The case goes back to the phase it was
/// closed from (a case closed at triage goes back to the triage queue); the closing stays on the
/// timeline, the reopening is a new entry, and the access log records the change. A phase that
/// needs consent needs it in force again (record a new consent first), otherwise exit code 4.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::REOPEN)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why the case is reopened (shown in the timeline; at most 2,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub note: String,
    /// The date, YYYY-MM-DD or D.M.YYYY; not in the future, not before the day it closed
    /// [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let note = validate::block("--note", &args.note, 2000)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let phase = close::reopen(&mut ctx.session()?, &case_id, &note, on)?;
    Ok(render::reopened(&case_id, phase, ctx.json))
}
