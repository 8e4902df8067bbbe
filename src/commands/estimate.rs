//! `moty estimate`: the SOTE pair's estimate of a held meeting, entered after it was marked held
//! (`schedule held` takes the same flags at the time).

use anyhow::Result;

use super::Ctx;
use crate::cli::EstimateFlags;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::estimate;
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    #[command(flatten)]
    pub estimate: EstimateFlags,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let answers = args
        .estimate
        .answers()?
        .ok_or_else(|| UserError::invalid("estimate", text::estimate_nothing()))?;
    let recorded = estimate::record(&mut ctx.session()?, &case_id, args.meeting, &answers)?;
    Ok(render::estimate_recorded(&recorded, ctx.json))
}
