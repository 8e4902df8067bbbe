//! `moty schedule request` and `answer`: the Yhteistyö-tiimi request and the units' answers.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::ops::schedule::team;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct RequestArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The supervisor who approved the request
    #[arg(long, value_name = "NAME")]
    pub approved_by: String,
    /// The date of approval, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The unit that answered (as named at triage)
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    /// The worker the unit names
    #[arg(long, value_name = "NAME")]
    pub worker: String,
    /// The unit's processing schedule
    #[arg(long, value_name = "TEXT")]
    pub schedule: Option<String>,
    /// The date of the answer, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn request(ctx: &Ctx, args: RequestArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let approved_by = validate::person_name("--approved-by", &args.approved_by)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let request = team::request(&mut ctx.session()?, &case_id, &approved_by, on)?;
    Ok(render::team_request(&request, None, ctx.json))
}

pub fn answer(ctx: &Ctx, args: AnswerArgs) -> Result<String> {
    let answer = team::Answer {
        case_id: validate::case_id("CASE", &args.case)?,
        unit: validate::line("--unit", &args.unit, 200)?,
        worker: validate::person_name("--worker", &args.worker)?,
        schedule: validate::optional_block("--schedule", &args.schedule, 500)?,
        on: validate::date_or_today("--on", &args.on, ctx.clock.today())?,
    };
    let (request, booked) = team::answer(&mut ctx.session()?, &answer)?;
    Ok(render::team_request(&request, booked.as_ref(), ctx.json))
}
