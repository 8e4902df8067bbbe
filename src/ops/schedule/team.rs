//! The Yhteistyö-tiimi request: the referring worker's own unit's team meeting confirms the need
//! and the supervisor approves it for the units named at triage; the description goes to each
//! unit and each acknowledges it (`team_steps.rs`); each unit names its worker; once all have,
//! the case is booked into the next free Yhteistyöaika in the same transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::{case, log_change, Session};
use super::book::{book_in, BookRequest};
use crate::domain::records::{Booking, TeamRequest};
use crate::domain::{Decision, EventKind, MeetingKind, Phase};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{areas, cases, events, triage, Tx};
use crate::text;

/// The supervisor's approval of a Yhteistyö-tiimi request.
#[derive(Debug, Clone)]
pub struct Request {
    pub case_id: String,
    pub approved_by: String,
    pub on: NaiveDate,
    /// The referring worker's own unit's team meeting that confirmed the need.
    pub unit_meeting_on: Option<NaiveDate>,
}

/// Records the supervisor's approval of a Yhteistyö-tiimi request.
pub fn request(session: &mut Session, r: &Request) -> Result<TeamRequest> {
    let (case_id, approved_by, on) = (r.case_id.as_str(), r.approved_by.as_str(), r.on);
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        super::super::refuse_if_withdrawn(tx, case_id)?;
        if !matches!(case.phase, Phase::CollaborationTeam | Phase::FollowUp) {
            return Err(UserError::Refused(text::wrong_phase(
                MeetingKind::Team,
                case.phase,
                &[Phase::CollaborationTeam, Phase::FollowUp],
            ))
            .into());
        }
        if db::request(tx, case_id)?.is_some() {
            return Err(UserError::Refused(text::request_exists(case_id)).into());
        }
        let units = triage::for_case(tx, case_id)?
            .into_iter()
            .rev()
            .find(|t| t.decision == Decision::CollaborationTeam)
            .map(|t| t.units)
            .unwrap_or_default();
        if units.is_empty() {
            return Err(UserError::Refused(text::no_units(case_id)).into());
        }
        if let Some(met) = r.unit_meeting_on.filter(|met| *met > on) {
            let message = text::unit_meeting_after_approval(met, on);
            return Err(UserError::invalid("--unit-meeting", message).into());
        }
        db::insert_request(tx, case_id, approved_by, on, r.unit_meeting_on, &units)?;
        log_change(tx, author, &case, "schedule request")?;
        let mut detail = serde_json::json!({ "approved_by": approved_by, "units": units });
        if let Some(met) = r.unit_meeting_on {
            detail["unit_meeting_on"] = serde_json::json!(met);
            detail["need_confirmed"] = serde_json::json!(true);
        }
        events::append(tx, author, case_id, EventKind::TeamRequested, detail, on)?;
        db::request(tx, case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))
    })
}

/// A requested unit's answer.
#[derive(Debug, Clone)]
pub struct Answer {
    pub case_id: String,
    pub unit: String,
    pub worker: String,
    pub schedule: Option<String>,
    pub on: NaiveDate,
}

/// The request's own text for a unit typed by the user: the unit as named at triage
/// (case-insensitive), or any text naming the same catalogue unit. None: not requested.
pub(super) fn requested_unit(
    tx: &Tx,
    request: &TeamRequest,
    typed: &str,
) -> Result<Option<String>> {
    if let Some(u) = request
        .units
        .iter()
        .find(|u| u.unit.eq_ignore_ascii_case(typed))
    {
        return Ok(Some(u.unit.clone()));
    }
    let Some(wanted) = areas::unit_of_text(tx, typed)? else {
        return Ok(None);
    };
    for u in &request.units {
        if areas::unit_of_text(tx, &u.unit)?.is_some_and(|x| x.code == wanted.code) {
            return Ok(Some(u.unit.clone()));
        }
    }
    Ok(None)
}

/// The refusal of a unit that was not requested (exit code 2, naming `--unit`).
pub(super) fn not_requested(request: &TeamRequest, typed: &str) -> anyhow::Error {
    let units: Vec<String> = request.units.iter().map(|u| u.unit.clone()).collect();
    UserError::invalid("--unit", text::unit_not_requested(typed, &units)).into()
}

/// What an answer did.
#[derive(Debug)]
pub struct Answered {
    pub request: TeamRequest,
    /// The Yhteistyöaika the last answer booked.
    pub booked: Option<Booking>,
    /// The unit had not acknowledged receipt: naming its worker acknowledged it.
    pub acknowledged_implicitly: Option<String>,
}

/// Records a unit's answer; the last one books the next free Yhteistyöaika.
pub fn answer(session: &mut Session, a: &Answer) -> Result<Answered> {
    let now = session.now();
    let case_id = a.case_id.as_str();
    session.write(|tx, author| {
        case(tx, case_id)?;
        super::super::refuse_if_withdrawn(tx, case_id)?;
        let request = db::request(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(case_id)))?;
        let Some(unit) = requested_unit(tx, &request, &a.unit)? else {
            return Err(not_requested(&request, &a.unit));
        };
        let before = request.units.iter().find(|u| u.unit == unit);
        let acknowledged_on = before.and_then(|u| u.acknowledged_on);
        if let Some(ack) = acknowledged_on.filter(|ack| a.on < *ack) {
            return Err(
                UserError::invalid("--on", text::answer_before_acknowledgement(ack)).into(),
            );
        }
        if !db::answer(tx, case_id, &unit, a.on, a.schedule.as_deref(), &a.worker)? {
            return Err(not_requested(&request, &a.unit));
        }
        let case = case(tx, case_id)?;
        log_change(tx, author, &case, "schedule answer")?;
        let mut detail =
            serde_json::json!({ "unit": unit, "worker": a.worker, "schedule": a.schedule });
        if acknowledged_on.is_none() {
            detail["acknowledged"] = serde_json::json!(true);
        }
        events::append(
            tx,
            author,
            case_id,
            EventKind::TeamUnitAnswered,
            detail,
            a.on,
        )?;
        let request =
            db::request(tx, case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))?;
        let all_named = request.units.iter().all(|u| u.worker.is_some());
        let already = db::for_case(tx, case_id)?
            .iter()
            .any(|b| b.kind == MeetingKind::Team && b.is_active());
        let booked = if all_named && !already {
            let chair =
                cases::referral(tx, case_id)?.and_then(|r| r.referrer_unit.or(r.referrer_name));
            let request = BookRequest {
                case_id,
                kind: MeetingKind::Team,
                at: None,
                minutes: 90,
                doctor: false,
                chair: chair.as_deref(),
                override_screen: None,
                video_link: None,
            };
            Some(book_in(tx, author, now, &request)?)
        } else {
            None
        };
        Ok(Answered {
            request,
            booked,
            acknowledged_implicitly: acknowledged_on.is_none().then_some(unit),
        })
    })
}
