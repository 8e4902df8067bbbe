//! The SOTE pair's estimates: one per reception (or one entered at a follow-up call), with the
//! services whose appointments were saved and how many of each.

pub use crate::domain::records::{Estimate, EstimateAnswers, Reception, Saving};

use super::db::{params, OptionalExtension, Row};
use anyhow::{Context, Result};

use super::codes::Minute;
use super::{Author, Tx};

/// Where an estimate belongs: a held meeting, or the follow-up call it was entered at.
#[derive(Debug, Clone, Copy)]
pub enum Of {
    Meeting(i64),
    FollowUp(i64),
}

/// Stores an estimate and its services; returns its id.
pub fn insert(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    of: Of,
    answers: &EstimateAnswers,
) -> Result<i64> {
    let (booking, follow_up) = match of {
        Of::Meeting(id) => (Some(id), None),
        Of::FollowUp(id) => (None, Some(id)),
    };
    let id = tx.insert(
        "INSERT INTO estimates (case_id, booking_id, appointments, time_saved, how, at_follow_up,
             follow_up_id, recorded_by, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
        case_id,
        booking,
        answers.appointments,
        answers.time_saved,
        answers.how,
        follow_up.is_some(),
        follow_up,
        author.actor,
        author.at
    ])
    .context("recording the estimate")?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO estimate_services (estimate_id, service, count) VALUES (?1, ?2, ?3)",
    )?;
    for saving in &answers.saved {
        stmt.execute(params![id, saving.service, saving.count])
            .context("recording a saved service")?;
    }
    Ok(id)
}

/// The estimate already recorded for a meeting, if any.
pub fn of_meeting(tx: &Tx, booking_id: i64) -> Result<Option<i64>> {
    tx.prepare_cached("SELECT id FROM estimates WHERE booking_id = ?1 ORDER BY id LIMIT 1")?
        .query_row([booking_id], |r| r.get(0))
        .optional()
        .context("reading a meeting's estimate")
}

const ESTIMATE: &str = "SELECT e.id, e.booking_id, b.kind, b.starts_at, e.at_follow_up, f.done_on,
        e.appointments, e.time_saved, e.how, e.recorded_by, e.recorded_at
    FROM estimates e LEFT JOIN bookings b ON b.id = e.booking_id
        LEFT JOIN follow_ups f ON f.id = e.follow_up_id";

fn from_row(row: &Row) -> super::db::Result<Estimate> {
    let booking: Option<i64> = row.get(1)?;
    let starts_at: Option<Minute> = row.get(3)?;
    let meeting = match (booking, row.get(2)?, starts_at) {
        (Some(id), Some(kind), Some(at)) => Some(Reception {
            id,
            kind,
            starts_at: at.0,
        }),
        _ => None,
    };
    Ok(Estimate {
        id: row.get(0)?,
        meeting,
        at_follow_up: row.get(4)?,
        follow_up_on: row.get(5)?,
        appointments: row.get(6)?,
        services: Vec::new(),
        time_saved: row.get(7)?,
        how: row.get(8)?,
        recorded_by: row.get(9)?,
        recorded_at: row.get(10)?,
    })
}

fn with_services(tx: &Tx, mut estimates: Vec<Estimate>) -> Result<Vec<Estimate>> {
    let mut stmt = tx.prepare_cached(
        "SELECT service, count FROM estimate_services WHERE estimate_id = ?1 ORDER BY rowid",
    )?;
    for estimate in &mut estimates {
        estimate.services = stmt
            .query_map([estimate.id], |r| {
                Ok(Saving {
                    service: r.get(0)?,
                    count: r.get(1)?,
                })
            })?
            .collect::<super::db::Result<_>>()
            .context("reading an estimate's services")?;
    }
    Ok(estimates)
}

pub fn get(tx: &Tx, id: i64) -> Result<Option<Estimate>> {
    let found = tx
        .prepare_cached(&format!("{ESTIMATE} WHERE e.id = ?1"))?
        .query_row([id], from_row)
        .optional()
        .context("reading an estimate")?;
    Ok(with_services(tx, found.into_iter().collect())?.pop())
}

/// A case's estimates, in the order they were recorded.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Estimate>> {
    let rows = tx
        .prepare_cached(&format!("{ESTIMATE} WHERE e.case_id = ?1 ORDER BY e.id"))?
        .query_map([case_id], from_row)?
        .collect::<super::db::Result<_>>()
        .context("reading a case's estimates")?;
    with_services(tx, rows)
}
