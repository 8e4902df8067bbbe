//! `moty move-region`: a case moves to another region's pair (seed 000: the south and the north
//! pair). The region belongs to the case; the move is a timeline event, and the case's booked
//! meetings move with it.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::region;
use crate::render;

/// Move a case to another region's pair (its booked meetings move with it)
///
/// Use it when the client moves, or the other regional pair is to take the case. The region
/// belongs to the case: from now on the case shows in that region's lists (the triage queue, the
/// calendar, the follow-ups due, the work list, the weekly export). The move goes on the timeline
/// and into the access log. A closed case, or the region it is already in, is refused.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::MOVE_REGION)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The region it moves to, e.g. north (compared without regard to case)
    pub region: String,
    /// Why (shown in the timeline; at most 2,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let to = validate::place("REGION", &args.region)?;
    let note = args
        .note
        .as_deref()
        .map(|n| validate::block("--note", n, 2000))
        .transpose()?;
    let moved = region::move_case(&mut ctx.session()?, &case_id, &to, note.as_deref())?;
    Ok(render::moved_region(&moved, ctx.json))
}
