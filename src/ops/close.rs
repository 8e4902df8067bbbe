//! Closing a case and reopening it. A case closes with a reason and the timeline records from
//! which phase; nothing already recorded is removed. Reopening is a new event, into the phase the
//! case was closed from.

use anyhow::Result;
use chrono::NaiveDate;

use super::{case, consent_states, log_change, not_before_phase, Session};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Case, Plan};
use crate::domain::{BookingStatus, CloseReason, EventKind, Phase};
use crate::error::UserError;
use crate::store::{cases, events, follow_up, plan, schedule, Author, Tx};
use crate::text;

pub fn close(
    session: &mut Session,
    case_id: &str,
    reason: CloseReason,
    note: Option<&str>,
    on: NaiveDate,
) -> Result<()> {
    session.write(|tx, author| close_in(tx, author, case_id, reason, note, on))
}

/// What a finished pathway phase still lacks.
pub fn missing_for_completion(plan: Option<&Plan>) -> Vec<String> {
    let mut missing = Vec::new();
    if plan.and_then(|p| p.key_worker.as_ref()).is_none() {
        missing.push(text::missing_key_worker());
    }
    if plan.is_none_or(|p| p.pathways.is_empty()) {
        missing.push(text::missing_pathway());
    }
    if plan.and_then(|p| p.client_confirmed_on.as_ref()).is_none() {
        missing.push(text::missing_confirmation());
    }
    missing
}

/// A case closes as completed only when its pathway phase is done and it was followed up.
fn refuse_open_steps(tx: &Tx, case: &Case) -> Result<()> {
    let plan = plan::latest(tx, &case.id)?;
    let mut missing = missing_for_completion(plan.as_ref());
    let reached_pathways = matches!(case.phase, Phase::OnwardPathways | Phase::FollowUp);
    if !reached_pathways || follow_up::for_case(tx, &case.id)?.is_empty() {
        missing.push(text::missing_follow_up());
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(UserError::Refused(text::closing_open(&missing)).into())
    }
}

/// Closes `case_id` inside the caller's transaction.
pub(crate) fn close_in(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    reason: CloseReason,
    note: Option<&str>,
    on: NaiveDate,
) -> Result<()> {
    let case = case(tx, case_id)?;
    let to = Step::Close(reason).apply(case.phase)?;
    // A close cannot come before what the timeline already holds for this phase.
    not_before_phase(&case, on)?;
    let jointly = reason == CloseReason::Completed;
    if jointly {
        refuse_open_steps(tx, &case)?;
    }
    cases::set_phase(tx, case_id, to, on, Some(reason))?;
    // Meetings still booked for a closed case are cancelled, so they leave the agenda and the
    // calendars; what was held stays.
    for booking in schedule::for_case(tx, case_id)? {
        if booking.status == BookingStatus::Booked {
            schedule::set_status(
                tx,
                booking.id,
                BookingStatus::Cancelled,
                Some(text::cancelled_by_close().as_str()),
            )?;
            let detail = serde_json::json!({
                "meeting": booking.id, "meeting_kind": booking.kind,
                "starts_at": crate::clock::minute::text(booking.starts_at),
                "reason": text::cancelled_by_close(),
            });
            events::append(tx, author, case_id, EventKind::MeetingCancelled, detail, on)?;
        }
    }
    let mut detail = serde_json::json!({
        "phase": to, "from": case.phase, "reason": reason, "note": note,
    });
    if jointly {
        // A completed case is ended together with the client (domain.md, "Follow-up").
        detail["jointly"] = serde_json::json!(true);
        detail["ended_by"] = serde_json::json!(author.actor);
    }
    events::append(tx, author, case_id, EventKind::CaseClosed, detail, on)?;
    log_change(tx, author, &case, "close")
}

/// Reopens a closed case into the phase it was closed from; returns that phase.
pub fn reopen(session: &mut Session, case_id: &str, note: &str, on: NaiveDate) -> Result<Phase> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        // A case closed at triage goes back to the queue.
        let back = events::phase_before_close(tx, case_id)?.unwrap_or(Phase::Referred);
        let to = Step::Reopen(back).apply(case.phase)?;
        // Reopening into a phase that needs consent needs that consent in force again.
        gate(Step::Reopen(to), &consent_states(tx, case_id)?, case_id)?;
        if let Some(closed) = case.closed_on.filter(|closed| on < *closed) {
            return Err(UserError::invalid("--on", text::before_closed(closed)).into());
        }
        cases::set_phase(tx, case_id, to, on, None)?;
        let detail = serde_json::json!({ "phase": to, "from": case.phase, "note": note });
        events::append(tx, author, case_id, EventKind::CaseReopened, detail, on)?;
        log_change(tx, author, &case, "reopen")?;
        Ok(to)
    })
}
