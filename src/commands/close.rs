//! `moty close`: close a case, saying why.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, CloseReason};
use crate::ops::close;
use crate::render;

/// Close a case, saying why.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why the case closes
    #[arg(long, value_enum)]
    pub reason: CloseReason,
    /// Anything the next reader should know
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The date it closed, YYYY-MM-DD or D.M.YYYY [default: today]
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
