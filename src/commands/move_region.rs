//! `moty move-region`: a case moves to another region's pair (seed 000: the south and the north
//! pair). The region belongs to the case; the move is a timeline event, and the case's booked
//! meetings move with it.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::region;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    pub region: String,
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
