//! The Yhteistyö-tiimi request: the supervisor approves it for the units named at triage; each
//! unit answers with its schedule and the worker it names; once all have, the case is booked
//! into the next free Yhteistyöaika in the same transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::{case, log_change, Session};
use super::book::{book_in, BookRequest};
use crate::domain::records::{Booking, TeamRequest};
use crate::domain::{Decision, EventKind, MeetingKind, Phase};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{areas, cases, events, triage};
use crate::text;

/// Records the supervisor's approval of a Yhteistyö-tiimi request.
pub fn request(
    session: &mut Session,
    case_id: &str,
    approved_by: &str,
    on: NaiveDate,
) -> Result<TeamRequest> {
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
        db::insert_request(tx, case_id, approved_by, on, &units)?;
        log_change(tx, author, &case, "schedule request")?;
        let detail = serde_json::json!({ "approved_by": approved_by, "units": units });
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

/// Records a unit's answer; the last one books the next free Yhteistyöaika.
pub fn answer(session: &mut Session, a: &Answer) -> Result<(TeamRequest, Option<Booking>)> {
    let now = session.now();
    let case_id = a.case_id.as_str();
    session.write(|tx, author| {
        case(tx, case_id)?;
        super::super::refuse_if_withdrawn(tx, case_id)?;
        let request = db::request(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(case_id)))?;
        // The unit as named at triage, or any text naming the same catalogue unit.
        let unit = match request
            .units
            .iter()
            .find(|u| u.unit.eq_ignore_ascii_case(&a.unit))
        {
            Some(u) => Some(u.unit.clone()),
            None => match areas::unit_of_text(tx, &a.unit)? {
                Some(wanted) => {
                    let mut same = None;
                    for u in &request.units {
                        if areas::unit_of_text(tx, &u.unit)?.is_some_and(|x| x.code == wanted.code)
                        {
                            same = Some(u.unit.clone());
                            break;
                        }
                    }
                    same
                }
                None => None,
            },
        };
        let answered = match &unit {
            Some(unit) => db::answer(tx, case_id, unit, a.on, a.schedule.as_deref(), &a.worker)?,
            None => false,
        };
        let (Some(unit), true) = (unit, answered) else {
            let units: Vec<String> = request.units.iter().map(|u| u.unit.clone()).collect();
            let message = text::unit_not_requested(&a.unit, &units);
            return Err(UserError::invalid("--unit", message).into());
        };
        let case = case(tx, case_id)?;
        log_change(tx, author, &case, "schedule answer")?;
        let detail =
            serde_json::json!({ "unit": unit, "worker": a.worker, "schedule": a.schedule });
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
        Ok((request, booked))
    })
}
