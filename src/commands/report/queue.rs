//! `moty report queue`: the coordinators' work list for today and this week, most pressing
//! first. Names are shown, so every client listed is written to the access log.

use anyhow::Result;

use crate::commands::Ctx;
use crate::ops::report::queue;
use crate::render;

pub fn run(ctx: &Ctx, regions: &crate::cli::RegionArgs) -> Result<String> {
    let choice = regions.choice(ctx.region.as_deref())?;
    let report = queue::work_list(&mut ctx.session()?, &choice)?;
    Ok(if ctx.json {
        render::report::json(&report)
    } else {
        render::report::markdown(&report)
    })
}
