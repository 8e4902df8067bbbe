//! Corrections (`moty correct`): reading and changing the one row that holds a mistyped fact —
//! a joint assessment's segment, the referral's source or channel, a follow-up's answers, the
//! client's feedback, the pair's estimate. The timeline keeps the original value (ops::correct).

use super::db::{params, OptionalExtension};
use anyhow::{Context, Result};

use super::Tx;
use crate::domain::correction::{EstimateRow, FeedbackRow, FollowUpAnswers};
use crate::domain::{Agreement, Channel, Segment, Source, TimeSaved};

// --- the joint assessment and the referral ------------------------------------------------------

pub fn set_segment(tx: &Tx, booking_id: i64, segment: Segment) -> Result<()> {
    tx.prepare_cached("UPDATE bookings SET segment = ?2 WHERE id = ?1")?
        .execute(params![booking_id, segment])
        .context("correcting the segment")?;
    Ok(())
}

pub fn set_source(tx: &Tx, case_id: &str, source: Source) -> Result<()> {
    tx.prepare_cached("UPDATE referrals SET source = ?2 WHERE case_id = ?1")?
        .execute(params![case_id, source])
        .context("correcting the referral's source")?;
    Ok(())
}

pub fn set_channel(tx: &Tx, case_id: &str, channel: Channel) -> Result<()> {
    tx.prepare_cached("UPDATE referrals SET channel = ?2 WHERE case_id = ?1")?
        .execute(params![case_id, channel])
        .context("correcting the referral's channel")?;
    Ok(())
}

// --- follow-ups ---------------------------------------------------------------------------------

/// The answers of every follow-up of the case, in the order they were recorded.
pub fn follow_ups(tx: &Tx, case_id: &str) -> Result<Vec<FollowUpAnswers>> {
    tx.prepare_cached(
        "SELECT id, done_on, reached, status, knows_contact, usefulness FROM follow_ups
         WHERE case_id = ?1 ORDER BY id",
    )?
    .query_map([case_id], |r| {
        Ok(FollowUpAnswers {
            id: r.get(0)?,
            done_on: r.get(1)?,
            reached: r.get(2)?,
            status: r.get(3)?,
            knows_contact: r.get(4)?,
            usefulness: r.get(5)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the follow-ups")
}

/// Writes a follow-up's answers as given.
pub fn set_follow_up(tx: &Tx, answers: &FollowUpAnswers) -> Result<()> {
    tx.prepare_cached(
        "UPDATE follow_ups SET reached = ?2, status = ?3, knows_contact = ?4, usefulness = ?5
         WHERE id = ?1",
    )?
    .execute(params![
        answers.id,
        answers.reached,
        answers.status,
        answers.knows_contact,
        answers.usefulness
    ])
    .context("correcting the follow-up")?;
    Ok(())
}

// --- feedback -----------------------------------------------------------------------------------

/// The newest feedback of the case, or of one of its meetings.
pub fn feedback(tx: &Tx, case_id: &str, booking_id: Option<i64>) -> Result<Option<FeedbackRow>> {
    tx.prepare_cached(
        "SELECT id, booking_id, usefulness, statement_version FROM feedback
         WHERE case_id = ?1 AND (booking_id = ?2 OR ?2 IS NULL) ORDER BY id DESC LIMIT 1",
    )?
    .query_row(params![case_id, booking_id], |r| {
        Ok(FeedbackRow {
            id: r.get(0)?,
            meeting: r.get(1)?,
            usefulness: r.get(2)?,
            statement_version: r.get(3)?,
        })
    })
    .optional()
    .context("reading the feedback")
}

pub fn set_feedback_usefulness(tx: &Tx, feedback_id: i64, usefulness: Option<u8>) -> Result<()> {
    tx.prepare_cached("UPDATE feedback SET usefulness = ?2 WHERE id = ?1")?
        .execute(params![feedback_id, usefulness])
        .context("correcting the feedback's usefulness")?;
    Ok(())
}

/// The statement codes of one version of the catalogue, in their order.
pub fn statement_codes(tx: &Tx, version: u32) -> Result<Vec<String>> {
    tx.prepare_cached("SELECT code FROM statements WHERE version = ?1 ORDER BY position")?
        .query_map([version], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("reading the statements")
}

/// The feedback's answer to one statement (none when not answered).
pub fn answer(tx: &Tx, feedback_id: i64, code: &str) -> Result<Option<Agreement>> {
    tx.prepare_cached("SELECT answer FROM feedback_answers WHERE feedback_id = ?1 AND code = ?2")?
        .query_row(params![feedback_id, code], |r| r.get(0))
        .optional()
        .context("reading the feedback's answer")
}

/// Sets, changes or (with none) removes the feedback's answer to one statement of `version`.
pub fn set_answer(
    tx: &Tx,
    feedback_id: i64,
    version: u32,
    code: &str,
    answer: Option<Agreement>,
) -> Result<()> {
    match answer {
        Some(answer) => tx
            .prepare_cached(
                "INSERT INTO feedback_answers (feedback_id, version, code, answer)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (feedback_id, code) DO UPDATE SET answer = excluded.answer",
            )?
            .execute(params![feedback_id, version, code, answer]),
        None => tx
            .prepare_cached("DELETE FROM feedback_answers WHERE feedback_id = ?1 AND code = ?2")?
            .execute(params![feedback_id, code]),
    }
    .context("correcting the feedback's answer")?;
    Ok(())
}

// --- estimates ----------------------------------------------------------------------------------

/// Which estimate of a case: the newest, the newest for one meeting, or the one entered at a
/// follow-up call.
#[derive(Debug, Clone, Copy)]
pub enum EstimateOf {
    Newest,
    Meeting(i64),
    FollowUp(i64),
}

pub fn estimate(tx: &Tx, case_id: &str, of: EstimateOf) -> Result<Option<EstimateRow>> {
    let (booking, follow_up) = match of {
        EstimateOf::Newest => (None, None),
        EstimateOf::Meeting(id) => (Some(id), None),
        EstimateOf::FollowUp(id) => (None, Some(id)),
    };
    tx.prepare_cached(
        "SELECT id, booking_id, follow_up_id, appointments, time_saved FROM estimates
         WHERE case_id = ?1 AND (booking_id = ?2 OR ?2 IS NULL)
             AND (follow_up_id = ?3 OR ?3 IS NULL)
         ORDER BY id DESC LIMIT 1",
    )?
    .query_row(params![case_id, booking, follow_up], |r| {
        Ok(EstimateRow {
            id: r.get(0)?,
            meeting: r.get(1)?,
            follow_up_id: r.get(2)?,
            appointments: r.get(3)?,
            time_saved: r.get(4)?,
        })
    })
    .optional()
    .context("reading the estimate")
}

pub fn set_estimate(
    tx: &Tx,
    estimate_id: i64,
    appointments: Option<u32>,
    time_saved: Option<TimeSaved>,
) -> Result<()> {
    tx.prepare_cached("UPDATE estimates SET appointments = ?2, time_saved = ?3 WHERE id = ?1")?
        .execute(params![estimate_id, appointments, time_saved])
        .context("correcting the estimate")?;
    Ok(())
}

/// The appointments saved at each service, by the estimate: (service, count).
pub fn saved(tx: &Tx, estimate_id: i64) -> Result<Vec<(String, u32)>> {
    tx.prepare_cached(
        "SELECT service, count FROM estimate_services WHERE estimate_id = ?1 ORDER BY rowid",
    )?
    .query_map([estimate_id], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading the saved services")
}

/// Sets the appointments saved at one service; 0 removes the service from the estimate.
pub fn set_saved(tx: &Tx, estimate_id: i64, service: &str, count: u32) -> Result<()> {
    match count {
        0 => tx
            .prepare_cached(
                "DELETE FROM estimate_services WHERE estimate_id = ?1 AND service = ?2",
            )?
            .execute(params![estimate_id, service]),
        n => tx
            .prepare_cached(
                "INSERT INTO estimate_services (estimate_id, service, count) VALUES (?1, ?2, ?3)
                 ON CONFLICT (estimate_id, service) DO UPDATE SET count = excluded.count",
            )?
            .execute(params![estimate_id, service, n]),
    }
    .context("correcting a saved service")?;
    Ok(())
}
