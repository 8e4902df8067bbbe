//! `moty reopen`: a closed case goes back to the phase it was closed from. The closing stays in
//! the timeline; reopening is a new event.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::close;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_name = "TEXT")]
    pub note: String,
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
