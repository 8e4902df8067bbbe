//! `moty report queue`: the coordinators' work list for today and this week, most pressing
//! first, section by section. Names are shown, so every client listed is written to the access
//! log, a page at a time before the page is printed. At a terminal each section shows its first
//! rows and counts the rest; `--section` pages through one section (`--limit`, `--after`).

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::paging::Take;
use crate::domain::work_list::Part;
use crate::ops::report::queue;
use crate::render::work_list::WorkList;

#[derive(Debug, clap::Args)]
pub struct QueueArgs {
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    #[arg(long, value_enum, value_name = "SECTION")]
    pub section: Option<Part>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub limit: Option<u32>,
    #[arg(long, value_name = "PLACE", requires = "section")]
    pub after: Option<String>,
}

pub fn run(ctx: &Ctx, args: &QueueArgs) -> Result<String> {
    let choice = args.regions.choice(ctx.region.as_deref())?;
    let after = match (args.section, args.after.as_deref()) {
        (Some(part), Some(place)) => Some(part.place("--after", place)?),
        _ => None,
    };
    let parts = args.section.map_or(Part::ALL.to_vec(), |part| vec![part]);
    let take = take(args, ctx.json, parts.len());
    // Both the pages and the sections' ends go to the one printer.
    let out = std::cell::RefCell::new(WorkList::new(ctx.json, ctx.clock.today()));
    let ask = queue::Ask { parts, take, after };
    queue::work_list(
        &mut ctx.session()?,
        &choice,
        ask,
        |part, rows| out.borrow_mut().page(part, rows),
        |part, rest| out.borrow_mut().ended(part, rest),
    )?;
    out.into_inner().finish()?;
    Ok(String::new())
}

/// How many rows of each section: `--limit`; else, for people at a terminal, the first rows
/// (the whole screen for one section, a third of it for each of the whole list's, at least
/// five), the rest counted; else every row, a page at a time.
fn take(args: &QueueArgs, json: bool, sections: usize) -> Take {
    match (args.limit, json, crate::term::screen_lines()) {
        (Some(n), _, _) => Take::First(n),
        (None, false, Some(lines)) => {
            let screen = u32::from(lines.saturating_sub(6));
            let share = if sections == 1 { screen } else { screen / 3 };
            Take::First(share.max(5))
        }
        _ => Take::All,
    }
}
