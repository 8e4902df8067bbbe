//! `moty schedule list` (the agenda) and `moty schedule ics` (the calendar export).

use std::path::PathBuf;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::commands::Ctx;
use crate::domain::{calendar, validate, LegalBasis, LegalBasisKind, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::agenda;
use crate::{render, text};

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

pub fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let (from, to) = range(ctx, &args.week, &args.from, &args.until, 14)?;
    let choice = args.regions.choice(ctx.region.as_deref())?;
    let agenda = agenda::agenda(&mut ctx.session()?, from, to, args.kind, &choice)?;
    Ok(render::agenda(&agenda, ctx.clock.local_now(), ctx.json))
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
