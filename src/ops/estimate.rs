//! The SOTE pair's estimate of what a reception saved the client: appointments (how many, which
//! services) and time, with free text on how. Recorded with `schedule held` (inside its
//! transaction), later with `moty estimate`, or — for scripts of the register before migration 5 —
//! with the savings flags of `moty follow-up`, marked as entered at follow-up.

use anyhow::Result;
use chrono::NaiveDate;

use super::{case, log_change, Session};
use crate::clock::minute;
use crate::domain::records::{Booking, Case, Estimate, EstimateAnswers};
use crate::domain::{BookingStatus, EventKind, MeetingKind};
use crate::error::UserError;
use crate::store::estimates::{self as db, Of};
use crate::store::{events, plan, purge, schedule, Author, Tx};
use crate::text;

/// The held meeting of `case_id` an estimate or a survey answer is about: `meeting`, or the
/// case's latest held meeting. Another case's meeting or an unknown id is bad input (`--meeting`);
/// a meeting not held, or no held meeting at all, is refused.
pub(crate) fn held_meeting(tx: &Tx, case_id: &str, meeting: Option<i64>) -> Result<Booking> {
    let booking = match meeting {
        Some(id) => schedule::booking(tx, id)?
            .filter(|b| b.case == case_id)
            .ok_or_else(|| {
                UserError::invalid("--meeting", text::evidence_meeting_unknown(id, case_id))
            })?,
        None => schedule::for_case(tx, case_id)?
            .into_iter()
            .rev()
            .find(|b| b.status == BookingStatus::Held)
            .ok_or_else(|| UserError::Refused(text::evidence_no_held_meeting(case_id)))?,
    };
    if booking.status != BookingStatus::Held {
        let status = text::value_label(booking.status.as_str());
        return Err(UserError::Refused(text::evidence_meeting_not_held(booking.id, status)).into());
    }
    Ok(booking)
}

/// The case's latest held Kela hour, for the hint when a Kela question names another meeting.
pub(crate) fn held_kela_hour(tx: &Tx, case_id: &str) -> Result<Option<i64>> {
    Ok(schedule::for_case(tx, case_id)?
        .into_iter()
        .rev()
        .find(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held)
        .map(|b| b.id))
}

/// The case, which must exist and not be purged; a closed case still takes the evidence of its
/// meetings. Withdrawn consent stops processing.
pub(crate) fn evidence_case(tx: &Tx, case_id: &str) -> Result<Case> {
    let case = case(tx, case_id)?;
    if purge::is_purged(tx, case_id)? {
        return Err(UserError::Refused(text::evidence_case_purged(case_id)).into());
    }
    super::refuse_if_withdrawn(tx, case_id)?;
    Ok(case)
}

/// Every service of the estimate must be in the catalogue; `flag` is the flag they came in.
pub(crate) fn check_services(tx: &Tx, answers: &EstimateAnswers, flag: &str) -> Result<()> {
    let known: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.code).collect();
    for saving in &answers.saved {
        if !known.contains(&saving.service) {
            let message = text::unknown_service(&saving.service, &known);
            return Err(UserError::invalid(flag, message).into());
        }
    }
    Ok(())
}

/// What an estimate is of, as the timeline records it.
pub(crate) enum Target<'a> {
    /// A held meeting (a reception).
    Meeting(&'a Booking),
    /// A follow-up call: its row id and date.
    FollowUp(i64, NaiveDate),
}

/// Records a checked estimate inside the caller's transaction, with its timeline entry dated
/// `on`. A meeting takes one estimate; corrections are `moty correct`'s.
pub(crate) fn record_in(
    tx: &Tx,
    author: &Author,
    case: &Case,
    target: Target,
    answers: &EstimateAnswers,
    saved_flag: &str,
    on: NaiveDate,
) -> Result<Estimate> {
    check_services(tx, answers, saved_flag)?;
    let (of, mut detail) = match target {
        Target::Meeting(booking) => {
            if db::of_meeting(tx, booking.id)?.is_some() {
                return Err(UserError::Refused(text::estimate_exists(booking.id)).into());
            }
            let detail = serde_json::json!({
                "meeting": booking.id, "meeting_kind": booking.kind,
                "starts_at": minute::text(booking.starts_at), "at_follow_up": false,
            });
            (Of::Meeting(booking.id), detail)
        }
        Target::FollowUp(id, done_on) => {
            let detail = serde_json::json!({ "at_follow_up": true, "follow_up_on": done_on });
            (Of::FollowUp(id), detail)
        }
    };
    let id = db::insert(tx, author, &case.id, of, answers)?;
    detail["estimate"] = serde_json::json!(id);
    detail["appointments"] = serde_json::json!(answers.appointments);
    detail["services"] = serde_json::json!(answers.saved);
    detail["time_saved"] = serde_json::json!(answers.time_saved);
    detail["how"] = serde_json::json!(answers.how);
    events::append(
        tx,
        author,
        &case.id,
        EventKind::EstimateRecorded,
        detail,
        on,
    )?;
    db::get(tx, id)?.ok_or_else(|| anyhow::anyhow!("the estimate is missing"))
}

/// What `moty estimate` recorded.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct Recorded {
    pub case: String,
    pub estimate: Estimate,
}

/// Records the pair's estimate of a held meeting of the case (by default its latest), later than
/// the meeting was marked held.
pub fn record(
    session: &mut Session,
    case_id: &str,
    meeting: Option<i64>,
    answers: &EstimateAnswers,
) -> Result<Recorded> {
    if answers.is_empty() {
        return Err(UserError::invalid("estimate", text::estimate_nothing()).into());
    }
    let today = session.today();
    session.write(|tx, author| {
        let case = evidence_case(tx, case_id)?;
        let booking = held_meeting(tx, case_id, meeting)?;
        let target = Target::Meeting(&booking);
        let estimate = record_in(tx, author, &case, target, answers, "--saved", today)?;
        log_change(tx, author, &case, "estimate")?;
        Ok(Recorded {
            case: case.id.clone(),
            estimate,
        })
    })
}
