//! The Yhteistyö-tiimi procedure between the approval and the workers (seed 001): the supervisor
//! sends the anonymous description to each requested unit (each sending a disclosure), each unit
//! acknowledges receipt with its processing schedule and the date it names its worker by, and the
//! request is binding — the units still owing a step are listed for the work list and the weekly
//! export.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::{log_change, open_case, refuse_if_withdrawn, Session};
use super::team::{not_requested, requested_unit};
use crate::domain::records::TeamRequest;
use crate::domain::report::missing;
use crate::domain::{leak, EventKind};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{access, clients, events, team, Tx};
use crate::text;

/// The longest a unit may take to name its worker, from its acknowledgement: a later due date is
/// taken for a typing mistake.
pub const MAX_DUE_DAYS: i64 = 365;

/// Sending the anonymous description to requested units.
#[derive(Debug, Clone)]
pub struct Send {
    pub case_id: String,
    /// The units as typed; empty: every requested unit it has not been sent to yet.
    pub units: Vec<String>,
    /// A named recipient at the unit (one unit only).
    pub recipient: Option<String>,
    pub on: NaiveDate,
}

/// The request's units by the request's own names, refusing one that was not requested.
fn units_to_send(tx: &Tx, request: &TeamRequest, typed: &[String]) -> Result<Vec<String>> {
    if typed.is_empty() {
        let unsent: Vec<String> = request
            .units
            .iter()
            .filter(|u| u.description_sent_on.is_none())
            .map(|u| u.unit.clone())
            .collect();
        if unsent.is_empty() {
            return Err(UserError::Refused(text::description_sent_to_all(&request.case)).into());
        }
        return Ok(unsent);
    }
    let mut units: Vec<String> = Vec::new();
    for t in typed {
        let Some(unit) = requested_unit(tx, request, t)? else {
            return Err(not_requested(request, t));
        };
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    Ok(units)
}

/// The words accepted when the description was saved (`plan describe --accept-word`).
fn accepted_words(tx: &Tx, case_id: &str) -> Result<Vec<String>> {
    Ok(events::for_case(tx, case_id)?
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::DescriptionSaved)
        .and_then(|e| e.detail.get("accepted_words").cloned())
        .and_then(|words| serde_json::from_value(words).ok())
        .unwrap_or_default())
}

/// Sends the saved description to the units: a disclosure-log row per unit (the recipient is the
/// unit), a row in `team_descriptions_sent` pointing at it, and a timeline entry. Refused when no
/// description is saved or it no longer passes the anonymity check.
pub fn send(session: &mut Session, s: &Send) -> Result<(TeamRequest, Vec<String>)> {
    let case_id = s.case_id.as_str();
    session.write(|tx, author| {
        let case = open_case(tx, case_id)?;
        refuse_if_withdrawn(tx, case_id)?;
        let request = db::request(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(case_id)))?;
        let units = units_to_send(tx, &request, &s.units)?;
        if s.recipient.is_some() && units.len() != 1 {
            return Err(UserError::invalid("--to", text::recipient_one_unit()).into());
        }
        if s.on < request.approved_on {
            let message = text::sent_before_approval(request.approved_on);
            return Err(UserError::invalid("--on", message).into());
        }
        let (body, saved_at) = team::description(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::no_description_to_send(case_id)))?;
        // Checked again as it leaves: the client may have been renamed or given a phone since the
        // description was saved. The refusal does not say what was found (that would show the
        // client's data); `plan describe` does, with its access-log row.
        let client = clients::get(tx, case.client_id)?;
        if !leak::leaks(&body, &client, &accepted_words(tx, case_id)?).is_empty() {
            return Err(UserError::Refused(text::description_not_anonymous(case_id)).into());
        }
        for unit in &units {
            access::disclose(
                tx,
                author,
                text::DESCRIPTION_SENT_WHAT,
                unit,
                std::slice::from_ref(&case.id),
                // The Yhteistyö-tiimi works on the client's multi-professional consent (seed 001).
                &crate::domain::protection::LegalBasis::of(
                    crate::domain::protection::LegalBasisKind::Consent,
                ),
            )?;
            let sent = team::Sent {
                case_id,
                unit,
                on: s.on,
                recipient: s.recipient.as_deref(),
                description_saved_at: &saved_at,
                disclosure_id: team::last_disclosure(tx)?,
            };
            team::record_sent(tx, author, &sent)?;
            let mut detail = serde_json::json!({ "unit": unit });
            if let Some(to) = &s.recipient {
                detail["recipient"] = serde_json::json!(to);
            }
            events::append(
                tx,
                author,
                case_id,
                EventKind::TeamDescriptionSent,
                detail,
                s.on,
            )?;
        }
        log_change(tx, author, &case, "schedule send-description")?;
        let request =
            db::request(tx, case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))?;
        Ok((request, units))
    })
}

/// A requested unit's acknowledgement of the description.
#[derive(Debug, Clone)]
pub struct Acknowledgement {
    pub case_id: String,
    pub unit: String,
    /// The unit's processing schedule, in its words.
    pub schedule: String,
    /// The date the unit names its worker by.
    pub due_on: NaiveDate,
    pub on: NaiveDate,
}

/// Records a unit's acknowledgement. Refused when the description was not sent to the unit, or
/// the unit already acknowledged (or named its worker, which acknowledged it).
pub fn acknowledge(session: &mut Session, a: &Acknowledgement) -> Result<TeamRequest> {
    let case_id = a.case_id.as_str();
    session.write(|tx, author| {
        let case = open_case(tx, case_id)?;
        refuse_if_withdrawn(tx, case_id)?;
        let request = db::request(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(case_id)))?;
        let Some(unit) = requested_unit(tx, &request, &a.unit)? else {
            return Err(not_requested(&request, &a.unit));
        };
        let current = request.units.iter().find(|u| u.unit == unit);
        if let Some(on) = current.and_then(|u| u.acknowledged_on) {
            let due = current.and_then(|u| u.due_on);
            return Err(UserError::Refused(text::already_acknowledged(&unit, on, due)).into());
        }
        let Some(sent_on) = team::first_sent(tx, case_id, &unit)? else {
            return Err(UserError::Refused(text::description_not_sent(case_id, &unit)).into());
        };
        if a.on < sent_on {
            let message = text::acknowledged_before_sent(sent_on);
            return Err(UserError::invalid("--on", message).into());
        }
        if a.due_on < a.on || (a.due_on - a.on).num_days() > MAX_DUE_DAYS {
            let message = text::due_out_of_range(a.due_on, a.on, MAX_DUE_DAYS);
            return Err(UserError::invalid("--due", message).into());
        }
        team::acknowledge(tx, case_id, &unit, a.on, &a.schedule, a.due_on)?;
        let detail = serde_json::json!({
            "unit": unit, "schedule": a.schedule, "due_on": a.due_on,
        });
        events::append(
            tx,
            author,
            case_id,
            EventKind::TeamUnitAcknowledged,
            detail,
            a.on,
        )?;
        log_change(tx, author, &case, "schedule acknowledge")?;
        db::request(tx, case_id)?.ok_or_else(|| anyhow::anyhow!("the request is missing"))
    })
}

/// A requested unit the binding request still waits for.
#[derive(Debug, Clone)]
pub struct Waiting {
    pub case: String,
    /// The unit's place in the request (from 1), the order the units were named in.
    pub position: i64,
    pub unit: String,
    /// What is missing: `missing::TEAM_DESCRIPTION_NOT_SENT`, `TEAM_NOT_ACKNOWLEDGED` or
    /// `TEAM_WORKER_OVERDUE`.
    pub missing: &'static str,
    pub sent_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
}

/// The requested units of cases in `collaboration-team` or `follow-up` that owe a step on `on`:
/// the description not yet sent to them, their receipt not acknowledged, or no worker named and
/// the due date past (before `on`). A unit acknowledged and not yet due is not listed. Cases whose
/// consent was withdrawn are left out (processing stopped).
pub(crate) fn waiting(tx: &Tx, on: NaiveDate) -> Result<Vec<Waiting>> {
    let mut out = Vec::new();
    for case_id in team::waiting_cases(tx)? {
        if crate::ops::report::withdrawn(tx, &case_id)? {
            continue;
        }
        let Some(request) = db::request(tx, &case_id)? else {
            continue;
        };
        for (position, u) in (1..).zip(request.units) {
            if u.worker.is_some() {
                continue;
            }
            let missing = match (u.description_sent_on, u.acknowledged_on, u.due_on) {
                (None, None, _) => missing::TEAM_DESCRIPTION_NOT_SENT,
                (_, None, _) => missing::TEAM_NOT_ACKNOWLEDGED,
                (_, Some(_), Some(due)) if due < on => missing::TEAM_WORKER_OVERDUE,
                _ => continue,
            };
            out.push(Waiting {
                case: case_id.clone(),
                position,
                unit: u.unit,
                missing,
                sent_on: u.description_sent_on,
                due_on: u.due_on,
            });
        }
    }
    Ok(out)
}
