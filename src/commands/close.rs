//! `moty close`: close a case, saying why.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, CloseReason};
use crate::ops::close;
use crate::render;

/// Close a case, saying why
///
/// Use it when the work on a case ends: completed together with the client, redirected,
/// declined, the client unreachable, moved away or deceased, or opened by mistake. Meetings
/// still booked are cancelled; nothing recorded is removed, and the closing goes on the timeline
/// and into the access log. `--reason completed` is refused (exit code 4) until the plan has a
/// key worker, a pathway and the client's confirmation and a follow-up is recorded.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::CLOSE)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why the case closes
    #[arg(long, value_enum)]
    pub reason: CloseReason,
    /// Anything the next reader should know (shown in the timeline; at most 2,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The date it closed, YYYY-MM-DD or D.M.YYYY; not in the future, not before the case
    /// entered its phase [default: today]
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
