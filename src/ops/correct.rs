//! Correcting a mistyped fact (issue #12, item 6): the row holding the fact changes, so every
//! figure uses the corrected value, and a `fact-corrected` entry records the original, the new
//! value and why; the entry that recorded the original stays as it was.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::kela::{meeting_of, refuse_if_purged};
use super::{case, log_change, Session};
use crate::domain::correction::{EstimateRow, Fact, FeedbackRow, FollowUpAnswers, Holder, Value};
use crate::domain::records::Case;
use crate::domain::{BookingStatus, EventKind, FollowUpStatus, MeetingKind};
use crate::error::UserError;
use crate::store::corrections::{self as db, EstimateOf};
use crate::store::{cases, events, plan, schedule, Tx};
use crate::text;

/// One correction as asked.
#[derive(Debug, Clone)]
pub struct Correction {
    pub case_id: String,
    pub fact: Fact,
    pub value: Value,
    pub reason: String,
    /// The meeting whose segment, feedback or estimate it is.
    pub meeting: Option<i64>,
    /// The Nth follow-up of the case (from 1), or the estimate entered at it.
    pub follow_up: Option<usize>,
}

/// What a correction changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Corrected {
    pub case: String,
    /// The fact as typed, e.g. `segment`, `answer:know-what-next`, `saved:doctor`.
    pub fact: String,
    /// The value before (a code, a number, or null for none).
    pub from: serde_json::Value,
    /// The value now.
    pub to: serde_json::Value,
    /// The meeting the fact belongs to, where it belongs to one.
    pub meeting: Option<i64>,
    /// The follow-up (its number among the case's, from 1), where it belongs to one.
    pub follow_up: Option<usize>,
}

/// The row that holds the fact.
enum Row {
    Booking(i64),
    Referral,
    FollowUp(FollowUpAnswers),
    Feedback(FeedbackRow),
    Estimate(EstimateRow),
}

/// The row found, with the meeting and follow-up it is referred to by.
struct Found {
    row: Row,
    meeting: Option<i64>,
    follow_up: Option<(usize, NaiveDate)>,
}

fn refused(message: String) -> anyhow::Error {
    UserError::Refused(message).into()
}

/// The case's follow-ups and the one asked for (the Nth, or the newest).
fn follow_up(tx: &Tx, case_id: &str, n: Option<usize>) -> Result<(usize, FollowUpAnswers)> {
    let all = db::follow_ups(tx, case_id)?;
    let n = n.unwrap_or(all.len());
    match n.checked_sub(1).and_then(|i| all.get(i)) {
        Some(answers) => Ok((n, answers.clone())),
        None if all.is_empty() => Err(refused(text::no_follow_up_yet(case_id))),
        None => Err(refused(text::no_such_follow_up(case_id, n, all.len()))),
    }
}

/// Finds the row that holds the fact; a fact not recorded yet is refused.
fn find(tx: &Tx, case: &Case, c: &Correction) -> Result<Found> {
    let holder = c.fact.holder();
    let fact = c.fact.to_string();
    if c.meeting.is_some() && !holder.takes_meeting() {
        return Err(
            UserError::invalid("--meeting", text::flag_not_for_fact("--meeting", &fact)).into(),
        );
    }
    if c.follow_up.is_some() && !holder.takes_follow_up() {
        let message = text::flag_not_for_fact("--follow-up", &fact);
        return Err(UserError::invalid("--follow-up", message).into());
    }
    if c.meeting.is_some() && c.follow_up.is_some() {
        return Err(UserError::invalid("--follow-up", text::meeting_or_follow_up()).into());
    }
    let named = c
        .meeting
        .map(|id| meeting_of(tx, &case.id, id))
        .transpose()?;
    let found = |row, meeting, follow_up| Found {
        row,
        meeting,
        follow_up,
    };
    Ok(match holder {
        Holder::JointAssessment => {
            let booking = match named {
                Some(b) if b.kind != MeetingKind::JointAssessment => {
                    let message = text::segment_not_at(b.id, b.kind);
                    return Err(UserError::invalid("--meeting", message).into());
                }
                Some(b) if b.status != BookingStatus::Held => {
                    return Err(refused(text::no_segment_yet(b.id, b.status)))
                }
                Some(b) => b,
                None => schedule::for_case(tx, &case.id)?
                    .into_iter()
                    .rev()
                    .find(|b| {
                        b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held
                    })
                    .ok_or_else(|| refused(text::no_assessment_held(&case.id)))?,
            };
            found(Row::Booking(booking.id), Some(booking.id), None)
        }
        Holder::Referral => {
            if cases::referral(tx, &case.id)?.is_none() {
                return Err(refused(text::no_referral(&case.id)));
            }
            found(Row::Referral, None, None)
        }
        Holder::FollowUp => {
            let (n, answers) = follow_up(tx, &case.id, c.follow_up)?;
            let on = answers.done_on;
            found(Row::FollowUp(answers), None, Some((n, on)))
        }
        Holder::Feedback => {
            let row = db::feedback(tx, &case.id, c.meeting)?
                .ok_or_else(|| refused(text::no_feedback(&case.id, c.meeting)))?;
            let meeting = Some(row.meeting);
            found(Row::Feedback(row), meeting, None)
        }
        Holder::Estimate => {
            let of = match (c.meeting, c.follow_up) {
                (Some(id), _) => EstimateOf::Meeting(id),
                (None, Some(n)) => EstimateOf::FollowUp(follow_up(tx, &case.id, Some(n))?.1.id),
                (None, None) => EstimateOf::Newest,
            };
            let row = db::estimate(tx, &case.id, of)?
                .ok_or_else(|| refused(text::no_estimate(&case.id, c.meeting, c.follow_up)))?;
            let at = match row.follow_up_id {
                Some(id) => db::follow_ups(tx, &case.id)?
                    .iter()
                    .enumerate()
                    .find(|(_, f)| f.id == id)
                    .map(|(i, f)| (i + 1, f.done_on)),
                None => None,
            };
            let meeting = row.meeting;
            found(Row::Estimate(row), meeting, at)
        }
    })
}

/// The value the row holds now.
fn current(tx: &Tx, case_id: &str, fact: &Fact, row: &Row) -> Result<Value> {
    let referral = || -> Result<_> {
        cases::referral(tx, case_id)?.ok_or_else(|| refused(text::no_referral(case_id)))
    };
    Ok(match (fact, row) {
        (Fact::Segment, Row::Booking(id)) => {
            let booking = schedule::booking(tx, *id)?;
            let segment = booking.and_then(|b| b.segment);
            Value::Segment(
                segment.ok_or_else(|| refused(text::no_segment_yet(*id, BookingStatus::Held)))?,
            )
        }
        (Fact::Source, Row::Referral) => Value::Source(referral()?.source),
        (Fact::Channel, Row::Referral) => Value::Channel(referral()?.channel),
        (Fact::FollowUpStatus, Row::FollowUp(a)) => Value::Status(a.status),
        (Fact::KnowsContact, Row::FollowUp(a)) => Value::YesNo(a.knows_contact),
        (Fact::Reached, Row::FollowUp(a)) => Value::YesNo(Some(a.reached)),
        (Fact::UsefulnessAtFollowUp, Row::FollowUp(a)) => Value::Score(a.usefulness),
        (Fact::Usefulness, Row::Feedback(f)) => Value::Score(f.usefulness),
        (Fact::Answer(code), Row::Feedback(f)) => Value::Answer(db::answer(tx, f.id, code)?),
        (Fact::AppointmentsSaved, Row::Estimate(e)) => Value::Appointments(e.appointments),
        (Fact::TimeSaved, Row::Estimate(e)) => Value::TimeSaved(e.time_saved),
        (Fact::Saved(service), Row::Estimate(e)) => Value::Saved(
            db::saved(tx, e.id)?
                .into_iter()
                .find(|(s, _)| s == service)
                .map_or(0, |(_, n)| n),
        ),
        _ => anyhow::bail!("the fact {fact} is not held by the row found"),
    })
}

/// The rules the row must keep after the change (the tables' CHECKs and what the commands that
/// record these facts allow); a value that breaks one is bad input naming the fact.
fn check(tx: &Tx, fact: &Fact, row: &Row, to: Value) -> Result<()> {
    let field = fact.to_string();
    let invalid = |message: String| -> anyhow::Error { UserError::invalid(&field, message).into() };
    match (fact, row, to) {
        (Fact::Answer(code), Row::Feedback(f), _) => {
            let Some(version) = f.statement_version else {
                return Err(refused(text::no_statements_answered(f.meeting)));
            };
            let codes = db::statement_codes(tx, version)?;
            if !codes.contains(code) {
                return Err(invalid(text::correction_unknown_statement(
                    code, version, &codes,
                )));
            }
        }
        (Fact::Saved(service), Row::Estimate(e), Value::Saved(count)) => {
            let codes: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.code).collect();
            if !codes.contains(service) {
                return Err(invalid(text::unknown_service(service, &codes)));
            }
            let others: u32 = db::saved(tx, e.id)?
                .iter()
                .filter(|(s, _)| s != service)
                .map(|(_, n)| n)
                .sum();
            if let Some(all) = e.appointments.filter(|all| others + count > *all) {
                return Err(invalid(text::saved_over_total(others + count, all)));
            }
        }
        (Fact::AppointmentsSaved, Row::Estimate(e), Value::Appointments(Some(all))) => {
            let saved: u32 = db::saved(tx, e.id)?.iter().map(|(_, n)| n).sum();
            if all < saved {
                return Err(invalid(text::saved_over_total(saved, all)));
            }
        }
        (_, Row::FollowUp(a), to) => {
            let after = with_answer(a, fact, to);
            if !after.reached && after.status != FollowUpStatus::Unreachable {
                return Err(invalid(text::unreached_keeps_status()));
            }
            if !after.reached && (after.knows_contact.is_some() || after.usefulness.is_some()) {
                return Err(invalid(text::unreached_no_answers()));
            }
        }
        _ => {}
    }
    Ok(())
}

/// A follow-up's answers with one of them changed.
fn with_answer(a: &FollowUpAnswers, fact: &Fact, to: Value) -> FollowUpAnswers {
    let mut after = a.clone();
    match (fact, to) {
        (Fact::FollowUpStatus, Value::Status(status)) => after.status = status,
        (Fact::Reached, Value::YesNo(Some(reached))) => after.reached = reached,
        (Fact::KnowsContact, Value::YesNo(knows)) => after.knows_contact = knows,
        (Fact::UsefulnessAtFollowUp, Value::Score(score)) => after.usefulness = score,
        _ => {}
    }
    after
}

/// Writes the new value into the row.
fn write(tx: &Tx, case_id: &str, fact: &Fact, row: &Row, to: Value) -> Result<()> {
    match (fact, row, to) {
        (Fact::Segment, Row::Booking(id), Value::Segment(segment)) => {
            db::set_segment(tx, *id, segment)
        }
        (Fact::Source, Row::Referral, Value::Source(source)) => db::set_source(tx, case_id, source),
        (Fact::Channel, Row::Referral, Value::Channel(channel)) => {
            db::set_channel(tx, case_id, channel)
        }
        (_, Row::FollowUp(a), to) => db::set_follow_up(tx, &with_answer(a, fact, to)),
        (Fact::Usefulness, Row::Feedback(f), Value::Score(score)) => {
            db::set_feedback_usefulness(tx, f.id, score)
        }
        (Fact::Answer(code), Row::Feedback(f), Value::Answer(answer)) => {
            let version = f.statement_version.unwrap_or(1);
            db::set_answer(tx, f.id, version, code, answer)
        }
        (Fact::AppointmentsSaved, Row::Estimate(e), Value::Appointments(all)) => {
            db::set_estimate(tx, e.id, all, e.time_saved)
        }
        (Fact::TimeSaved, Row::Estimate(e), Value::TimeSaved(time)) => {
            db::set_estimate(tx, e.id, e.appointments, time)
        }
        (Fact::Saved(service), Row::Estimate(e), Value::Saved(count)) => {
            db::set_saved(tx, e.id, service, count)
        }
        _ => anyhow::bail!("the value given does not fit the fact {fact}"),
    }
}

/// Corrects one fact: finds the row holding it, checks the new value against the row, changes
/// it, and appends a `fact-corrected` entry with the original, the new value and the reason.
pub fn correct(session: &mut Session, c: &Correction) -> Result<Corrected> {
    let today = session.today();
    session.write(|tx, author| {
        let case = case(tx, &c.case_id)?;
        refuse_if_purged(tx, &case.id)?;
        super::refuse_if_withdrawn(tx, &case.id)?;
        let found = find(tx, &case, c)?;
        let from = current(tx, &case.id, &c.fact, &found.row)?;
        check(tx, &c.fact, &found.row, c.value)?;
        let fact = c.fact.to_string();
        if from == c.value {
            let message = text::same_value(&c.value.to_json());
            return Err(UserError::invalid(&fact, message).into());
        }
        write(tx, &case.id, &c.fact, &found.row, c.value)?;
        let (follow_up, follow_up_on) = found.follow_up.unzip();
        let detail = serde_json::json!({
            "fact": fact, "from": from.to_json(), "to": c.value.to_json(),
            "meeting": found.meeting, "follow_up": follow_up, "follow_up_on": follow_up_on,
            "reason": c.reason,
        });
        events::append(
            tx,
            author,
            &case.id,
            EventKind::FactCorrected,
            detail,
            today,
        )?;
        log_change(tx, author, &case, "correct")?;
        Ok(Corrected {
            case: case.id.clone(),
            fact,
            from: from.to_json(),
            to: c.value.to_json(),
            meeting: found.meeting,
            follow_up,
        })
    })
}
