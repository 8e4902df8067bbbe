//! `moty schedule list` (the agenda) and `moty schedule ics` (the calendar export).

use std::path::PathBuf;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::commands::Ctx;
use crate::domain::paging::{AgendaKey, Take};
use crate::domain::{calendar, validate, LegalBasis, LegalBasisKind, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::{agenda, agenda_pages};
use crate::render::agenda::AgendaOut;
use crate::text;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long, conflicts_with_all = ["from", "until"])]
    pub week: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<MeetingKind>,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    #[command(flatten)]
    pub pages: crate::cli::PageArgs,
}

#[derive(Debug, clap::Args)]
pub struct IcsArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    #[arg(
        long,
        value_name = "WHOM",
        default_value = "the coordinators' calendar"
    )]
    pub to_whom: String,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long, requires = "out")]
    pub force: bool,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

fn range(
    ctx: &Ctx,
    week: &Option<String>,
    from: &Option<String>,
    to: &Option<String>,
    days: u64,
) -> Result<(NaiveDate, NaiveDate), UserError> {
    if let Some(week) = week {
        let monday = calendar::week_monday(week)
            .ok_or_else(|| UserError::invalid("--week", text::not_a_week(week)))?;
        return Ok((monday, monday + Days::new(6)));
    }
    let from = from
        .as_deref()
        .map(|f| validate::date("--from", f))
        .transpose()?
        .unwrap_or(ctx.clock.today());
    let to = to
        .as_deref()
        .map(|t| validate::date("--until", t))
        .transpose()?
        .unwrap_or(from + Days::new(days));
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()));
    }
    Ok((from, to))
}

/// The agenda, a page of meeting times at a time: at a terminal a screenful and the count of the
/// rest, into a pipe or with `--json` every meeting time, with `--limit` and `--after` a page.
pub fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let (from, to) = range(ctx, &args.week, &args.from, &args.until, 14)?;
    let choice = args.regions.choice(ctx.region.as_deref())?;
    let after = (args.pages.after.as_deref())
        .map(|a| AgendaKey::parse("--after", a))
        .transpose()?;
    let ask = agenda_pages::Ask {
        from,
        to,
        kind: args.kind,
        take: take(&args.pages, ctx.json),
        after,
    };
    let mut out = AgendaOut::new(from, to, ctx.clock.local_now(), ctx.json);
    let tail = agenda_pages::agenda(&mut ctx.session()?, &choice, ask, |rows| out.page(rows))?;
    out.finish(&tail)?;
    Ok(String::new())
}

/// How many meeting times: `--limit`; else, for people at a terminal, a screenful (less the
/// heading, the table's borders and headings, the line on the rest and the shell's prompt; a
/// time with several places booked takes a line for each); else every one, a page at a time.
fn take(pages: &crate::cli::PageArgs, json: bool) -> Take {
    match (pages.limit, json, crate::term::screen_lines()) {
        (Some(n), _, _) => Take::First(n),
        (None, false, Some(lines)) => Take::First(u32::from(lines.saturating_sub(7)).max(5)),
        _ => Take::All,
    }
}

pub fn ics(ctx: &Ctx, args: IcsArgs) -> Result<String> {
    let (from, to) = range(ctx, &None, &args.from, &args.until, 90)?;
    let recipient = validate::line("--to-whom", &args.to_whom, 200)?;
    let choice = args.regions.choice(ctx.region.as_deref())?;
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::of(LegalBasisKind::SocialWelfareAct41),
    )?;
    agenda::ics(
        &mut ctx.session()?,
        from,
        to,
        &recipient,
        &basis,
        args.out.as_deref().map(|path| (path, args.force)),
        &choice,
    )
}
