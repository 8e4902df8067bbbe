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
    List,
    Add(AddArgs),
    Remove { id: i64 },
    Settings(SettingsArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[arg(long, value_enum)]
    pub kind: MeetingKind,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=5))]
    pub weekday: u32,
    #[arg(long, value_name = "HH:MM")]
    pub start: String,
    #[arg(long, value_parser = clap::value_parser!(u32).range(15..=480))]
    pub minutes: u32,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub capacity: u32,
    #[arg(long)]
    pub every_other_week: bool,
    #[arg(long, requires = "every_other_week")]
    pub odd_weeks: bool,
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct SettingsArgs {
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=20))]
    pub kela_lead_days: Option<u32>,
    #[arg(long, value_name = "NAME")]
    pub kela_contact: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CloseDayArgs {
    pub date: String,
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
