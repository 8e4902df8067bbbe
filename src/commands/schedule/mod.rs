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

/// Book meetings, mark them held, and keep the calendar
///
/// Use `moty schedule CASE --kind KIND` to book a case's joint assessment, Kela hour, network
/// meeting or Yhteistyöaika: it books the next free slot that every rule allows (the phase, the
/// consents, places left, holidays and closure days); --at books a given time and says precisely
/// why one is refused; --dry-run lists the next candidates. Booking moves the case along its
/// path. The subcommands record what happened at a meeting and keep the slots and the agenda.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_long_help = crate::text::help_a::SCHEDULE
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub book: BookArgs,
}

#[derive(Debug, Default, clap::Args)]
pub struct BookArgs {
    /// The case, e.g. 2026-0007
    pub case: Option<String>,
    /// The kind of meeting (required when booking)
    #[arg(long, value_enum)]
    pub kind: Option<MeetingKind>,
    /// A given time, "YYYY-MM-DD HH:MM" in Helsinki time (required for a network meeting)
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// The length of a network meeting in minutes
    #[arg(long, value_name = "MINUTES", default_value_t = 60)]
    pub minutes: u32,
    /// A doctor takes part
    #[arg(long)]
    pub doctor: bool,
    /// Who chairs a team or network meeting
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    /// A professional from the directory invited to the meeting (its number); repeat for several
    #[arg(long = "participant", value_name = "ID")]
    pub participants: Vec<i64>,
    /// List the next free candidates without booking
    #[arg(long)]
    pub dry_run: bool,
    /// Book a Kela hour although the joint assessment's Kela screen said no, saying why
    #[arg(long, value_name = "REASON")]
    pub override_screen: Option<String>,
    /// The meeting's video link (Teams or another service): its whole https address. Shown in
    /// the agenda and written into the calendar file
    #[arg(long, value_name = "URL")]
    pub video_link: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Held(HeldArgs),
    NoShow(NoteArgs),
    Cancel(CancelArgs),
    Move(MoveArgs),
    /// Show or edit the slot rules and the Kela hour's settings
    ///
    /// Use it when the team's calendar changes: the weekly or every-other-week slots of the joint
    /// assessment, the Kela hour and the Yhteistyöaika (network meetings have none), how many
    /// clients each takes, and the Kela hour's settings. Booked meetings stay as they are. Public
    /// holidays need no rule; close other days with `moty schedule close-day`.
    #[command(subcommand, after_long_help = crate::text::help_a::SCHEDULE_SLOTS)]
    Slots(rules::SlotsCommand),
    CloseDay(rules::CloseDayArgs),
    Request(team::RequestArgs),
    SendDescription(team::SendArgs),
    Acknowledge(team::AcknowledgeArgs),
    Answer(team::AnswerArgs),
    List(agenda::ListArgs),
    Ics(agenda::IcsArgs),
}

/// Record a meeting as held, with what its kind needs
///
/// Use it once a meeting's start time has passed and it took place. A joint assessment records
/// the Suuntima segment, the Omaolo check and the second Kela screen; a network meeting or a
/// Yhteistyöaika the client's oral consent, who attended and who chaired; a Kela hour whether a
/// network meeting is needed next. Holding moves the case along its path; the pair's estimate of
/// the reception may be given at the same time.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_HELD)]
pub struct HeldArgs {
    /// The meeting number (from `moty schedule list`)
    pub meeting: i64,
    /// Joint assessment: the Suuntima segment
    #[arg(long, value_enum)]
    pub segment: Option<Segment>,
    /// Joint assessment: was the Omaolo check done (yes or no)
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub omaolo: Option<bool>,
    /// Joint assessment: the second Kela screen (yes or no)
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub kela_screen: Option<bool>,
    /// Team and network meetings: the client's oral consent was recorded at the start
    #[arg(long)]
    pub meeting_consent: bool,
    /// Team and network meetings: who attended (at least client and referring-worker)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "ROLE")]
    pub attended: Vec<Attendee>,
    /// Team and network meetings: who chaired
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    /// Kela hour, verkosto or yhteistyö client: a network meeting is needed next
    #[arg(long)]
    pub network_needed: bool,
    #[command(flatten)]
    pub estimate: crate::cli::EstimateFlags,
}

/// Record that the client did not come
///
/// Use it when the client missed a booked meeting without cancelling. The meeting stays in the
/// calendar as a no-show and the case stays in its phase, so the next meeting can be booked with
/// `moty schedule CASE --kind KIND`; repeated missed appointments are one of the signs the
/// coordinators watch for.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_NO_SHOW)]
pub struct NoteArgs {
    /// The meeting number (from `moty schedule list`)
    pub meeting: i64,
    /// A note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Cancel a meeting
///
/// Use it when a booked meeting will not take place, saying why. Its place becomes free for
/// another case and the case stays in its phase; book again with `moty schedule CASE --kind
/// KIND`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_CANCEL)]
pub struct CancelArgs {
    /// The meeting number (from `moty schedule list`)
    pub meeting: i64,
    /// Why it is cancelled
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
}

/// Move a meeting to another time, or give it its video link
///
/// Use it when a booked meeting changes time, checked by the same rules as a new booking, or
/// when its Teams (or other) video link arrives: the agenda and the calendar file show the link.
/// The case stays in its phase.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_MOVE)]
pub struct MoveArgs {
    /// The meeting number (from `moty schedule list`)
    pub meeting: i64,
    /// The new time, "YYYY-MM-DD HH:MM" in Helsinki time
    #[arg(long, value_name = "TIME", required_unless_present = "video_link")]
    pub at: Option<String>,
    /// The meeting's video link (its whole https address), given or replaced; alone it leaves
    /// the time as it is
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
