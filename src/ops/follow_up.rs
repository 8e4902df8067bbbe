//! Follow-up: the follow-ups due and overdue (computed at read time), and recording a follow-up
//! call with its next step — close together, follow up again, or reconvene.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, consent_states, log_change, log_view, not_before_phase, Session};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Case, EstimateAnswers, FollowUp};
use crate::domain::{CloseReason, EventKind, NextStep, Phase};
use crate::error::UserError;
use crate::store::{cases, clients, events, follow_up as db, plan, Author, Tx};
use crate::text;

/// A follow-up ahead, as `due` lists it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Due {
    pub case: String,
    pub name: String,
    pub phone: Option<String>,
    pub key_worker: Option<String>,
    pub due_on: NaiveDate,
    /// Computed at read time: days past the due date (0 when not yet overdue).
    pub days_overdue: i64,
    pub overdue: bool,
    /// The client has a non-disclosure order for personal safety.
    pub non_disclosure: bool,
}

/// When each case in the follow-up phase is due: (case id, due date).
pub(crate) fn due_dates(tx: &Tx) -> Result<Vec<(String, NaiveDate)>> {
    db::in_follow_up(tx)?
        .into_iter()
        .map(|(case_id, since, next_on)| {
            let due = match next_on {
                Some(date) => date,
                None => crate::ops::plan::follow_up_due(tx, since)?,
            };
            Ok((case_id, due))
        })
        .collect()
}

/// Follow-ups due within a week and overdue ones (`all`: every one ahead); each client shown is
/// access-logged.
pub fn due(session: &mut Session, all: bool, choice: &super::region::Choice) -> Result<Vec<Due>> {
    let today = session.today();
    session.write(|tx, author| {
        let region = super::region::resolve(tx, author, choice)?;
        let mut list = Vec::new();
        for (case_id, due_on) in due_dates(tx)? {
            if !all && (due_on - today).num_days() > 7 {
                continue;
            }
            if !super::region::in_region(tx, &case_id, region.as_deref())? {
                continue;
            }
            let case = case(tx, &case_id)?;
            let client = clients::get(tx, case.client_id)?;
            log_view(tx, author, &case, "follow-up due", None)?;
            let overdue = (today - due_on).num_days().max(0);
            list.push(Due {
                non_disclosure: client.non_disclosure,
                case: case_id.clone(),
                name: client.name,
                phone: client.phone,
                key_worker: plan::latest(tx, &case_id)?.and_then(|p| p.key_worker),
                due_on,
                days_overdue: overdue,
                overdue: overdue > 0,
            });
        }
        list.sort_by_key(|due| {
            (
                due.due_on,
                crate::domain::validate::case_sort_key(&due.case),
            )
        });
        Ok(list)
    })
}

/// Records a follow-up call and takes its next step. `estimate`: the pair's savings answers given
/// with the call (`--appointments-saved`, `--saved-service`, `--time-saved`), recorded as an
/// estimate marked as entered at follow-up.
pub fn record(
    session: &mut Session,
    case_id: &str,
    follow_up: &FollowUp,
    estimate: Option<&EstimateAnswers>,
) -> Result<()> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        if case.phase != Phase::FollowUp {
            return Err(UserError::Refused(text::not_in_follow_up(case.phase)).into());
        }
        super::refuse_if_withdrawn(tx, case_id)?;
        gate(
            Step::Advance(Phase::OnwardPathways),
            &consent_states(tx, case_id)?,
            case_id,
        )?;
        not_before_phase(&case, follow_up.done_on)?;
        record_in(tx, author, &case, follow_up, estimate)
    })
}

/// Records a checked follow-up inside the caller's transaction, with the estimate given at the
/// call, and takes its next step.
pub(crate) fn record_in(
    tx: &Tx,
    author: &Author,
    case: &Case,
    follow_up: &FollowUp,
    estimate: Option<&EstimateAnswers>,
) -> Result<()> {
    let case_id = case.id.as_str();
    let on = follow_up.done_on;
    let next = follow_up.next_step;
    let id = db::insert(tx, case_id, follow_up)?;
    let mut detail = serde_json::json!({
        "status": follow_up.status, "next_step": next, "next_on": follow_up.next_on,
    });
    let target = match next {
        NextStep::ReconveneNetwork => Some(Phase::NetworkMeeting),
        NextStep::ReconveneTeam => Some(Phase::CollaborationTeam),
        NextStep::Close | NextStep::Again => None,
    };
    if let Some(to) = target {
        let to = Step::Advance(to).apply(case.phase)?;
        cases::set_phase(tx, case_id, to, on, None)?;
        detail["phase"] = serde_json::json!(to);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(tx, author, case_id, EventKind::FollowUpRecorded, detail, on)?;
    if let Some(answers) = estimate {
        let target = super::estimate::Target::FollowUp(id, on);
        super::estimate::record_in(tx, author, case, target, answers, "--saved-service", on)?;
    }
    log_change(tx, author, case, "follow-up")?;
    if next == NextStep::Close {
        let note = follow_up.note.as_deref();
        super::close::close_in(tx, author, case_id, CloseReason::Completed, note, on)?;
    }
    Ok(())
}
