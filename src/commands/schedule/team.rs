//! The Yhteistyö-tiimi request: the supervisor approves it for the units named at triage; each
//! unit answers with its schedule and the worker it names; once all have, the case is booked
//! into the next free Yhteistyöaika in the same transaction.

use anyhow::Result;

use super::book::{book, BookRequest};
use crate::commands::Ctx;
use crate::domain::{validate, Decision, EventKind, MeetingKind, Phase};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{cases, events, triage};
use crate::{render, text};

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

fn log_change(
    tx: &crate::store::Tx,
    author: &crate::store::Author,
    case: &cases::Case,
    command: &str,
) -> Result<()> {
    crate::store::access::log_change(tx, author, case.client_id, &case.id, command)
}

pub fn request(ctx: &Ctx, args: RequestArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let approved_by = validate::person_name("--approved-by", &args.approved_by)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let request = register.write(|tx| {
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        if !matches!(case.phase, Phase::CollaborationTeam | Phase::FollowUp) {
            return Err(UserError::Refused(text::wrong_phase(
                MeetingKind::Team,
                case.phase,
                &[Phase::CollaborationTeam, Phase::FollowUp],
            ))
            .into());
        }
        if db::request(tx, &case_id)?.is_some() {
            return Err(UserError::Refused(text::request_exists(&case_id)).into());
        }
        let units = triage::for_case(tx, &case_id)?
            .into_iter()
            .rev()
            .find(|t| t.decision == Decision::CollaborationTeam)
            .map(|t| t.units)
            .unwrap_or_default();
        if units.is_empty() {
            return Err(UserError::Refused(text::no_units(&case_id)).into());
        }
        db::insert_request(tx, &case_id, &approved_by, on, &units)?;
        log_change(tx, &author, &case, "schedule request")?;
        let detail = serde_json::json!({ "approved_by": approved_by, "units": units });
        events::append(tx, &author, &case_id, EventKind::TeamRequested, detail, on)?;
        db::request(tx, &case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))
    })?;
    Ok(render::team_request(&request, None, ctx.json))
}

pub fn answer(ctx: &Ctx, args: AnswerArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let unit = validate::line("--unit", &args.unit, 200)?;
    let worker = validate::person_name("--worker", &args.worker)?;
    let schedule = validate::optional_block("--schedule", &args.schedule, 500)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let author = ctx.author();
    let now = ctx.clock.local_now();
    let mut register = ctx.open()?;
    let (request, booked) = register.write(|tx| {
        let request = db::request(tx, &case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(&case_id)))?;
        if !db::answer(tx, &case_id, &unit, on, schedule.as_deref(), &worker)? {
            let units: Vec<String> = request.units.iter().map(|u| u.unit.clone()).collect();
            return Err(
                UserError::invalid("--unit", text::unit_not_requested(&unit, &units)).into(),
            );
        }
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        log_change(tx, &author, &case, "schedule answer")?;
        let detail = serde_json::json!({ "unit": unit, "worker": worker, "schedule": schedule });
        events::append(
            tx,
            &author,
            &case_id,
            EventKind::TeamUnitAnswered,
            detail,
            on,
        )?;
        let request =
            db::request(tx, &case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))?;
        let all_named = request.units.iter().all(|u| u.worker.is_some());
        let already = db::for_case(tx, &case_id)?
            .iter()
            .any(|b| b.kind == MeetingKind::Team && b.is_active());
        let booked = if all_named && !already {
            let chair =
                cases::referral(tx, &case_id)?.and_then(|r| r.referrer_unit.or(r.referrer_name));
            let request = BookRequest {
                case_id: &case_id,
                kind: MeetingKind::Team,
                at: None,
                minutes: 90,
                doctor: false,
                chair: chair.as_deref(),
            };
            Some(book(tx, &author, now, &request)?)
        } else {
            None
        };
        Ok((request, booked))
    })?;
    Ok(render::team_request(&request, booked.as_ref(), ctx.json))
}
