//! `moty contact`: the coordinators' contact card for the referring units — how to refer a
//! client, how to consult, the phone hour and office hours, the regional pairs.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::contact;
use crate::render;

/// The coordinators' contact card for the referring units
///
/// Use it to answer "how do we reach you?" or to paste into an intranet page or a leaflet: how
/// to refer a client without a referral letter, how to consult the coordinators, the phone hour,
/// office hours and the regional pairs. The team keeps it with `moty settings contact`. It names
/// no client and writes no log.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::CONTACT)]
pub struct Args {
    /// A regional pair's card (its own fields over the team's) [default: the team's, with every
    /// regional pair]
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
