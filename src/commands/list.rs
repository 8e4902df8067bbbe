//! `moty list`: open cases, longest waiting first, with filters. Every client listed is written
//! to the access log.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, ClientGroup, Phase};
use crate::ops::lookup;
use crate::render;

/// List open cases, longest waiting first
///
/// Use it to review the caseload: every open case (closed ones too with --closed) with the
/// client, the region, the group, the phase and how many days it has waited in it, filtered by
/// phase, region, group or waiting time. Every client listed is written to the access log, with
/// --reason why.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::LIST)]
pub struct Args {
    /// Only cases in this phase
    #[arg(long, value_enum)]
    pub phase: Option<Phase>,
    /// Only clients of this team region
    #[arg(long)]
    pub region: Option<String>,
    /// Only this client group
    #[arg(long, value_enum)]
    pub group: Option<ClientGroup>,
    /// Only cases that have waited in their phase longer than this many days
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub waiting_over: Option<u32>,
    /// Include closed cases
    #[arg(long)]
    pub closed: bool,
    /// Why you look at the clients' data; kept in the access log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let reason = validate::access_reason(&args.reason)?;
    let today = ctx.clock.today();
    let waiting_since = args
        .waiting_over
        .map(|days| today - chrono::Days::new(u64::from(days) + 1));
    let filter = lookup::Filter {
        phase: args.phase,
        region: args
            .region
            .as_deref()
            .map(|r| validate::place("--region", r))
            .transpose()?,
        group: args.group,
        waiting_since,
        include_closed: args.closed || args.phase == Some(Phase::Closed),
    };
    let listed = lookup::list(&mut ctx.session()?, &filter, reason.as_deref())?;
    Ok(render::listed(&listed, today, ctx.json))
}
