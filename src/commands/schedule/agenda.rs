//! `moty schedule list` (the agenda) and `moty schedule ics` (the calendar export).

use std::path::PathBuf;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::commands::Ctx;
use crate::domain::{calendar, validate, LegalBasis, LegalBasisKind, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::agenda;
use crate::{render, text};

/// The agenda: meetings with free places, flags and units that have not answered
///
/// Use it to see the team's calendar, by default the next two weeks of your region: each slot
/// with its free places, each meeting with its number, status, case id, participants and video
/// link, the Kela forms' flags, the closed days, and the Yhteistyö-tiimi requests still waiting
/// for units. It shows case ids, never names, and writes nothing to the access log.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_LIST)]
pub struct ListArgs {
    /// An ISO week, e.g. 2026-W49
    #[arg(long, conflicts_with_all = ["from", "until"])]
    pub week: Option<String>,
    /// The first day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day, YYYY-MM-DD [default: two weeks on]
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    /// Only this kind of meeting
    #[arg(long, value_enum)]
    pub kind: Option<MeetingKind>,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
}

/// Write the meetings as an iCalendar file for Outlook or Teams (case ids only)
///
/// Use it to put the register's meetings into a calendar program: one event per meeting with
/// its case id, kind, participants and video link, never a client's name. Each export is
/// written to the disclosure log with whom it is for and its legal basis.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_ICS)]
pub struct IcsArgs {
    /// The first day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day, YYYY-MM-DD [default: 90 days on]
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    /// Whose calendar it is for; kept in the disclosure log
    #[arg(
        long,
        value_name = "WHOM",
        default_value = "the coordinators' calendar"
    )]
    pub to_whom: String,
    /// Write to this file (atomically, private to you; never over an existing file unless --force) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists (never the register itself)
    #[arg(long, requires = "out")]
    pub force: bool,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    /// The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32
    /// or other:TEXT [default: social-welfare-act-41]
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
