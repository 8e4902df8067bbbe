//! `moty contact`: the coordinators' contact card for the referring units — how to refer a
//! client, how to consult, the phone hour and office hours, the regional pairs.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::contact;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let region = args
        .region
        .as_deref()
        .map(|r| validate::place("--region", r))
        .transpose()?;
    let card = contact::card(&mut ctx.session()?, region.as_deref())?;
    Ok(render::contact_card(&card, ctx.json))
}
