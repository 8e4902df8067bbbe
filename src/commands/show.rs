//! `moty show`: one case in full — the client, where the case stands, the referral, consents and
//! the whole timeline, backdated entries marked.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::lookup;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = validate::access_reason(&args.reason)?;
    let file = lookup::show(&mut ctx.session()?, &case_id, reason.as_deref())?;
    Ok(render::case_file(&file, ctx.clock.today(), ctx.json))
}
