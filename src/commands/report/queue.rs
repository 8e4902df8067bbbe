//! `moty report queue`: the coordinators' work list for today and this week, most pressing
//! first. Names are shown, so every client listed is written to the access log.

use anyhow::Result;

use crate::commands::Ctx;
use crate::ops::report::queue;
use crate::render;

pub fn run(ctx: &Ctx, regions: &crate::cli::RegionArgs) -> Result<String> {
    let region = regions.checked()?;
    let choice = crate::ops::region::Choice {
        region: region.as_deref(),
        all: regions.all_regions,
    };
    let report = queue::work_list(&mut ctx.session()?, &choice)?;
    Ok(if ctx.json {
        render::report::json(&report)
    } else {
        render::report::markdown(&report)
    })
}
