//! `moty schedule slots` and `close-day`: the slot rules, the Kela hour's settings, closure days.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::schedule::SlotRule;
use crate::domain::{validate, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::rules;
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum SlotsCommand {
    /// List the slot rules, the settings and the closure days
    ///
    /// Use it to see the team's calendar rules: each slot rule with its number, weekday, time,
    /// length, places and region, the Kela hour's settings (the form's lead time, Kela's contact
    /// person) and the days closed with `moty schedule close-day`.
    #[command(after_long_help = crate::text::help_a::SCHEDULE_SLOTS_LIST)]
    List,
    Add(AddArgs),
    /// Remove a slot rule (booked meetings stay)
    ///
    /// Use it when a weekly slot ends, e.g. the Kela hour moves to another day: nothing more is
    /// booked into the rule, and the meetings already booked in it stay in the calendar. The
    /// numbers are those of `moty schedule slots list`.
    #[command(after_long_help = crate::text::help_a::SCHEDULE_SLOTS_REMOVE)]
    Remove {
        /// The rule's number from `moty schedule slots list`
        id: i64,
    },
    Settings(SettingsArgs),
}

/// Add a weekly or every-other-week slot
///
/// Use it when the team sets a new regular time for joint assessments, the Kela hour or the
/// Yhteistyöaika (network meetings have no fixed slots: they are booked with --at). Bookings
/// without --at take the next free place in these slots; a regional pair's own slot takes only
/// its region's cases.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_SLOTS_ADD)]
pub struct AddArgs {
    /// The kind of meeting (network meetings have no fixed slots)
    #[arg(long, value_enum)]
    pub kind: MeetingKind,
    /// The weekday: 1 = Monday … 5 = Friday
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=5))]
    pub weekday: u32,
    /// The start, HH:MM in Helsinki time
    #[arg(long, value_name = "HH:MM")]
    pub start: String,
    /// The length in minutes
    #[arg(long, value_parser = clap::value_parser!(u32).range(15..=480))]
    pub minutes: u32,
    /// How many clients the slot takes
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub capacity: u32,
    /// Every other week instead of every week
    #[arg(long)]
    pub every_other_week: bool,
    /// With --every-other-week: odd ISO weeks instead of even ones
    #[arg(long, requires = "every_other_week")]
    pub odd_weeks: bool,
    /// Only for the cases of this region (a regional pair's own slot); default: every region's
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
}

/// Set the Kela hour's settings
///
/// Use it when Kela's contact person changes, or the team agrees how many working days before
/// the Kela hour the Kela information-exchange form must be sent (the agenda flags a form that
/// is late). Only the settings given change.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_SLOTS_SETTINGS)]
pub struct SettingsArgs {
    /// Working days before the Kela hour by which the form must be sent
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=20))]
    pub kela_lead_days: Option<u32>,
    /// Kela's contact person, who joins the Kela hour and later network meetings
    #[arg(long, value_name = "NAME")]
    pub kela_contact: Option<String>,
}

/// Close a day for the team (no meetings are booked on it)
///
/// Use it for a day the team cannot meet clients that is not a public holiday (holidays are
/// known already): a planning day, training, a strike. Nothing is booked on it afterwards;
/// meetings already booked that day stay, so move them with `moty schedule move`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_CLOSE_DAY)]
pub struct CloseDayArgs {
    /// The day, YYYY-MM-DD
    pub date: String,
    /// Why the team is closed
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
}

pub fn run(ctx: &Ctx, command: SlotsCommand) -> Result<String> {
    let mut session = ctx.session()?;
    let calendar = match command {
        SlotsCommand::List => rules::show(&mut session)?,
        SlotsCommand::Add(args) => {
            if args.kind == MeetingKind::Network {
                return Err(UserError::invalid("--kind", text::network_no_slots()).into());
            }
            let start = validate::clock_time("--start", &args.start)?;
            let rule = SlotRule {
                id: 0,
                kind: args.kind,
                weekday: args.weekday,
                start,
                minutes: args.minutes,
                capacity: args.capacity,
                every_weeks: if args.every_other_week { 2 } else { 1 },
                week_parity: u32::from(args.odd_weeks),
                region: args
                    .region
                    .as_deref()
                    .map(|r| validate::place("--region", r))
                    .transpose()?,
            };
            rules::add(&mut session, &rule)?
        }
        SlotsCommand::Remove { id } => rules::remove(&mut session, id)?,
        SlotsCommand::Settings(args) => {
            let contact = args
                .kela_contact
                .as_deref()
                .map(|c| validate::person_name("--kela-contact", c))
                .transpose()?;
            rules::settings(&mut session, args.kela_lead_days, contact.as_deref())?
        }
    };
    Ok(render::slot_rules(&calendar, ctx.json))
}

pub fn close_day(ctx: &Ctx, args: CloseDayArgs) -> Result<String> {
    let day = validate::date("DATE", &args.date)?;
    let reason = validate::line("--reason", &args.reason, 200)?;
    let calendar = rules::close_day(&mut ctx.session()?, day, &reason)?;
    Ok(render::slot_rules(&calendar, ctx.json))
}
