//! `moty list`: open cases, longest waiting first, with filters, a page at a time (`--limit`,
//! `--after`; a screenful at a terminal). Every client listed is written to the access log before
//! the page that shows them is printed.

use anyhow::Result;

use super::Ctx;
use crate::domain::paging::ListKey;
use crate::domain::{validate, ClientGroup, Phase};
use crate::ops::lookup;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    pub phase: Option<Phase>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long, value_enum)]
    pub group: Option<ClientGroup>,
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub waiting_over: Option<u32>,
    #[arg(long)]
    pub closed: bool,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub pages: crate::cli::PageArgs,
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
    let after = (args.pages.after.as_deref())
        .map(|a| ListKey::parse("--after", a))
        .transpose()?;
    let take = args.pages.take(ctx.json);
    let mut out = render::paged::Paged::new("cases", ctx.json);
    let rest = lookup::list(
        &mut ctx.session()?,
        &filter,
        reason.as_deref(),
        (take, after),
        |rows| render::listed_page(&mut out, rows, today),
    )?;
    render::listed_end(out, rest.as_ref())?;
    Ok(String::new())
}
