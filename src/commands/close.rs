//! `moty close`: close a case, saying why.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, CloseReason};
use crate::ops::close;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_enum)]
    pub reason: CloseReason,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    close::close(
        &mut ctx.session()?,
        &case_id,
        args.reason,
        note.as_deref(),
        on,
    )?;
    Ok(render::closed(&case_id, args.reason, ctx.json))
}
