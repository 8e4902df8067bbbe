//! `moty schedule request`, `send`, `acknowledge` and `answer`: the Yhteistyö-tiimi procedure —
//! the request (with the unit's team meeting that confirmed the need), the anonymous description
//! sent to each requested unit, each unit's acknowledgement, and the worker each unit names.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::schedule::{team, team_steps};
use crate::{render, text};

/// Record the supervisor's approval of a case's Yhteistyö-tiimi request
///
/// Use it for a case triaged to the collaboration team, once the referring worker's supervisor
/// has approved the request, and (with --unit-meeting and --need-confirmed) the worker's own
/// unit's team meeting confirmed the need. The requested units were named at triage; next comes
/// the anonymous description (`moty plan describe`, `moty schedule send-description`).
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_REQUEST)]
pub struct RequestArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The supervisor who approved the request
    #[arg(long, value_name = "NAME")]
    pub approved_by: String,
    /// The date of approval, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The date of the referring worker's own unit's team meeting that confirmed the need
    /// (with --need-confirmed)
    #[arg(long, value_name = "DATE")]
    pub unit_meeting: Option<String>,
    /// The unit's team meeting confirmed the need for the Yhteistyö-tiimi
    #[arg(long)]
    pub need_confirmed: bool,
}

/// Send the anonymous description to the requested units
///
/// Use it when the saved anonymous client description (`moty plan describe`) goes to the units
/// whose workers the Yhteistyö-tiimi request names. Each sending is written to the disclosure
/// log, with the unit and the person it went to; the units then acknowledge it and name their
/// workers.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_SEND_DESCRIPTION)]
pub struct SendArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// A requested unit to send the description to; repeat for several [default: every
    /// requested unit it has not been sent to]
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// The person at the unit it was sent to (with one --unit)
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,
    /// The date it was sent, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// Record a requested unit's acknowledgement of the Yhteistyö-tiimi request
///
/// Use it when a unit that received the description acknowledges it: its processing schedule in
/// its own words and the date by which it names its worker. The agenda and the work list
/// (`moty report queue`) show the units that still owe a step.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_ACKNOWLEDGE)]
pub struct AcknowledgeArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The unit that acknowledged receipt (as named at triage)
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    /// The unit's processing schedule, in its words
    #[arg(long, value_name = "TEXT")]
    pub schedule: String,
    /// The date by which the unit names its worker, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub due: String,
    /// The date of the acknowledgement, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// Record the worker a requested unit names
///
/// Use it when a unit names the worker who takes part in the Yhteistyö-tiimi for the case (it
/// records the unit's acknowledgement too, if it had not given one). The request is binding;
/// once every requested unit has named its worker, the case is booked into the next free
/// Yhteistyöaika.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SCHEDULE_ANSWER)]
pub struct AnswerArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The unit that answered (as named at triage)
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    /// The worker the unit names
    #[arg(long, value_name = "NAME")]
    pub worker: String,
    /// The unit's processing schedule (replaces the one given when it acknowledged)
    #[arg(long, value_name = "TEXT")]
    pub schedule: Option<String>,
    /// The date of the answer, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn request(ctx: &Ctx, args: RequestArgs) -> Result<String> {
    let today = ctx.clock.today();
    let case_id = validate::case_id("CASE", &args.case)?;
    let approved_by = validate::person_name("--approved-by", &args.approved_by)?;
    let on = validate::date_or_today("--on", &args.on, today)?;
    let unit_meeting_on = match (&args.unit_meeting, args.need_confirmed) {
        (Some(date), true) => Some(validate::past_date("--unit-meeting", date, today)?),
        (Some(_), false) => {
            return Err(UserError::invalid("--need-confirmed", text::need_not_confirmed()).into())
        }
        (None, true) => {
            let message = &text::need_confirmed_without_meeting();
            return Err(UserError::invalid("--unit-meeting", message).into());
        }
        (None, false) => None,
    };
    let request = team::Request {
        case_id,
        approved_by,
        on,
        unit_meeting_on,
    };
    let request = team::request(&mut ctx.session()?, &request)?;
    Ok(render::team_request(&request, None, &[], ctx.json))
}

pub fn send(ctx: &Ctx, args: SendArgs) -> Result<String> {
    let send = team_steps::Send {
        case_id: validate::case_id("CASE", &args.case)?,
        units: args
            .units
            .iter()
            .map(|u| validate::line("--unit", u, 200))
            .collect::<Result<_, _>>()?,
        recipient: args
            .to
            .as_deref()
            .map(|to| validate::person_name("--to", to))
            .transpose()?,
        on: validate::date_or_today("--on", &args.on, ctx.clock.today())?,
    };
    let (request, units) = team_steps::send(&mut ctx.session()?, &send)?;
    let notes = [text::description_sent(&units, send.on)];
    Ok(render::team_request(&request, None, &notes, ctx.json))
}

pub fn acknowledge(ctx: &Ctx, args: AcknowledgeArgs) -> Result<String> {
    let acknowledgement = team_steps::Acknowledgement {
        case_id: validate::case_id("CASE", &args.case)?,
        unit: validate::line("--unit", &args.unit, 200)?,
        schedule: validate::block("--schedule", &args.schedule, 500)?,
        due_on: validate::date("--due", &args.due)?,
        on: validate::date_or_today("--on", &args.on, ctx.clock.today())?,
    };
    let request = team_steps::acknowledge(&mut ctx.session()?, &acknowledgement)?;
    Ok(render::team_request(&request, None, &[], ctx.json))
}

pub fn answer(ctx: &Ctx, args: AnswerArgs) -> Result<String> {
    let answer = team::Answer {
        case_id: validate::case_id("CASE", &args.case)?,
        unit: validate::line("--unit", &args.unit, 200)?,
        worker: validate::person_name("--worker", &args.worker)?,
        schedule: validate::optional_block("--schedule", &args.schedule, 500)?,
        on: validate::date_or_today("--on", &args.on, ctx.clock.today())?,
    };
    let answered = team::answer(&mut ctx.session()?, &answer)?;
    let notes: Vec<String> = answered
        .acknowledged_implicitly
        .iter()
        .map(|unit| text::acknowledged_implicitly(unit))
        .collect();
    Ok(render::team_request(
        &answered.request,
        answered.booked.as_ref(),
        &notes,
        ctx.json,
    ))
}
