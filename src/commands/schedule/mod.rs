//! `moty schedule`: booking the four kinds of meeting into their slots, what happens after a
//! meeting, the slot rules and closure days, the Yhteistyö-tiimi request, and the agenda.

mod after;
mod agenda;
mod book;
mod rules;
mod team;

use anyhow::Result;
use chrono::NaiveDateTime;

use super::Ctx;
use crate::domain::{validate, Attendee, MeetingKind, Segment};
use crate::error::UserError;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub book: BookArgs,
}

#[derive(Debug, Default, clap::Args)]
pub struct BookArgs {
    pub case: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<MeetingKind>,
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    #[arg(long, value_name = "MINUTES", default_value_t = 60)]
    pub minutes: u32,
    #[arg(long)]
    pub doctor: bool,
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    #[arg(long = "participant", value_name = "ID")]
    pub participants: Vec<i64>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "REASON")]
    pub override_screen: Option<String>,
    #[arg(long, value_name = "URL")]
    pub video_link: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Held(HeldArgs),
    NoShow(NoteArgs),
    Cancel(CancelArgs),
    Move(MoveArgs),
    #[command(subcommand)]
    Slots(rules::SlotsCommand),
    CloseDay(rules::CloseDayArgs),
    Request(team::RequestArgs),
    SendDescription(team::SendArgs),
    Acknowledge(team::AcknowledgeArgs),
    Answer(team::AnswerArgs),
    List(agenda::ListArgs),
    Ics(agenda::IcsArgs),
}

#[derive(Debug, clap::Args)]
pub struct HeldArgs {
    pub meeting: i64,
    #[arg(long, value_enum)]
    pub segment: Option<Segment>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub omaolo: Option<bool>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub kela_screen: Option<bool>,
    #[arg(long)]
    pub meeting_consent: bool,
    #[arg(long, value_enum, value_delimiter = ',', value_name = "ROLE")]
    pub attended: Vec<Attendee>,
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    #[arg(long)]
    pub network_needed: bool,
    #[command(flatten)]
    pub estimate: crate::cli::EstimateFlags,
}

#[derive(Debug, clap::Args)]
pub struct NoteArgs {
    pub meeting: i64,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CancelArgs {
    pub meeting: i64,
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
}

#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    pub meeting: i64,
    #[arg(long, value_name = "TIME", required_unless_present = "video_link")]
    pub at: Option<String>,
    #[arg(long, value_name = "URL")]
    pub video_link: Option<String>,
}

/// Parses "YYYY-MM-DD HH:MM" or "D.M.YYYY klo H.MM" (a Helsinki wall-clock time).
pub fn parse_time(field: &str, value: &str) -> Result<NaiveDateTime, UserError> {
    crate::domain::validate::date_time(field, value)
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::Held(a)) => after::held(ctx, a),
        Some(Command::NoShow(a)) => after::no_show(ctx, a),
        Some(Command::Cancel(a)) => after::cancel(ctx, a),
        Some(Command::Move(a)) => after::move_meeting(ctx, a),
        Some(Command::Slots(c)) => rules::run(ctx, c),
        Some(Command::CloseDay(a)) => rules::close_day(ctx, a),
        Some(Command::Request(a)) => team::request(ctx, a),
        Some(Command::SendDescription(a)) => team::send(ctx, a),
        Some(Command::Acknowledge(a)) => team::acknowledge(ctx, a),
        Some(Command::Answer(a)) => team::answer(ctx, a),
        Some(Command::List(a)) => agenda::list(ctx, a),
        Some(Command::Ics(a)) => agenda::ics(ctx, a),
        None => {
            let case = args
                .book
                .case
                .as_deref()
                .ok_or_else(|| UserError::Missing {
                    flags: vec!["CASE".to_string()],
                })?;
            let case_id = validate::case_id("CASE", case)?;
            book::run(ctx, &case_id, args.book)
        }
    }
}
