//! `moty schedule request`, `send`, `acknowledge` and `answer`: the Yhteistyö-tiimi procedure —
//! the request (with the unit's team meeting that confirmed the need), the anonymous description
//! sent to each requested unit, each unit's acknowledgement, and the worker each unit names.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::schedule::{team, team_steps};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct RequestArgs {
    pub case: String,
    #[arg(long, value_name = "NAME")]
    pub approved_by: String,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub unit_meeting: Option<String>,
    #[arg(long)]
    pub need_confirmed: bool,
}

#[derive(Debug, clap::Args)]
pub struct SendArgs {
    pub case: String,
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AcknowledgeArgs {
    pub case: String,
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_name = "TEXT")]
    pub schedule: String,
    #[arg(long, value_name = "DATE")]
    pub due: String,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    pub case: String,
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_name = "NAME")]
    pub worker: String,
    #[arg(long, value_name = "TEXT")]
    pub schedule: Option<String>,
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
