//! Follow-up calls after the pathway phase.

pub use crate::domain::records::FollowUp;

use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::params;

pub fn insert(tx: &Tx, case_id: &str, f: &FollowUp) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO follow_ups (case_id, done_on, reached, status, knows_contact, usefulness,
             appointments_saved, saved_services, time_saved, note, next_step, next_on, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        case_id,
        f.done_on,
        f.reached,
        f.status,
        f.knows_contact,
        f.usefulness,
        f.appointments_saved,
        serde_json::to_string(&f.saved_services)?,
        f.time_saved,
        f.note,
        f.next_step,
        f.next_on,
        f.recorded_by
    ])
    .context("recording the follow-up")?;
    Ok(())
}

pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<FollowUp>> {
    tx.prepare_cached(
        "SELECT done_on, reached, status, knows_contact, usefulness, appointments_saved,
             saved_services, time_saved, note, next_step, next_on, recorded_by
         FROM follow_ups WHERE case_id = ?1 ORDER BY id",
    )?
    .query_map([case_id], |r| {
        let saved: String = r.get(6)?;
        Ok(FollowUp {
            done_on: r.get(0)?,
            reached: r.get(1)?,
            status: r.get(2)?,
            knows_contact: r.get(3)?,
            usefulness: r.get(4)?,
            appointments_saved: r.get(5)?,
            saved_services: serde_json::from_str(&saved).unwrap_or_default(),
            time_saved: r.get(7)?,
            note: r.get(8)?,
            next_step: r.get(9)?,
            next_on: r.get(10)?,
            recorded_by: r.get(11)?,
        })
    })?
    .collect::<rusqlite::Result<_>>()
    .context("reading follow-ups")
}

/// Cases in the follow-up phase: (case id, date entered, the last follow-up's planned date).
pub fn in_follow_up(tx: &Tx) -> Result<Vec<(String, NaiveDate, Option<NaiveDate>)>> {
    tx.prepare_cached(
        "SELECT c.id, c.phase_since,
             (SELECT f.next_on FROM follow_ups f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1)
         FROM cases c WHERE c.phase = 'follow-up' ORDER BY c.year, c.seq",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
    .collect::<rusqlite::Result<_>>()
    .context("reading the follow-ups ahead")
}
