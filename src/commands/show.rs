//! `moty show`: one case in full — the client, where the case stands, the referral, consents and
//! the whole timeline, backdated entries marked.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::lookup;
use crate::render;

/// Show a case: the client, the phase, consents and the whole timeline
///
/// Use it to see where a case stands before a call or a meeting: what is next (the next
/// meeting, meetings to mark held, the follow-up's due date, what is missing), the client, the
/// referral, triage, the plan, follow-ups, consents and every entry of the timeline, backdated
/// ones marked. It shows the client's data, so it is written to the access log (with --reason
/// why).
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SHOW)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why you look at the client's data; kept in the access log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = validate::access_reason(&args.reason)?;
    let file = lookup::show(&mut ctx.session()?, &case_id, reason.as_deref())?;
    Ok(render::case_file(&file, ctx.clock.today(), ctx.json))
}
