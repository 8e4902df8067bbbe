//! Follow-up calls after the pathway phase.

pub use crate::domain::records::FollowUp;

use super::db::{params, OptionalExtension};
use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;

/// Stores a follow-up call; returns its id. The savings columns are no longer written (NULL and
/// `[]`): the pair's estimate entered at the call is an estimate of its own (store::estimates).
pub fn insert(tx: &Tx, case_id: &str, f: &FollowUp) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO follow_ups (case_id, done_on, reached, status, knows_contact, usefulness,
             appointments_saved, saved_services, time_saved, note, next_step, next_on, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, '[]', NULL, ?7, ?8, ?9, ?10)",
            params![
                case_id,
                f.done_on,
                f.reached,
                f.status,
                f.knows_contact,
                f.usefulness,
                f.note,
                f.next_step,
                f.next_on,
                f.recorded_by
            ],
        )
        .context("recording the follow-up")?;
    Ok(id)
}

/// A case's follow-up calls, each with the estimate entered at it (the newest, should there be
/// more than one): its total, its services and its time saved.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<FollowUp>> {
    tx.prepare_cached(
        "SELECT f.done_on, f.reached, f.status, f.knows_contact, f.usefulness, e.appointments,
             (SELECT json_group_array(service) FROM
                 (SELECT s.service FROM estimate_services s WHERE s.estimate_id = e.id
                  ORDER BY s.rowid) AS services),
             e.time_saved, f.note, f.next_step, f.next_on, f.recorded_by
         FROM follow_ups f
             LEFT JOIN estimates e ON e.id =
                 (SELECT max(x.id) FROM estimates x WHERE x.follow_up_id = f.id)
         WHERE f.case_id = ?1 ORDER BY f.id",
    )?
    .query_map([case_id], |r| {
        let saved: Option<String> = r.get(6)?;
        Ok(FollowUp {
            done_on: r.get(0)?,
            reached: r.get(1)?,
            status: r.get(2)?,
            knows_contact: r.get(3)?,
            usefulness: r.get(4)?,
            appointments_saved: r.get(5)?,
            saved_services: saved
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default(),
            time_saved: r.get(7)?,
            note: r.get(8)?,
            next_step: r.get(9)?,
            next_on: r.get(10)?,
            recorded_by: r.get(11)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading follow-ups")
}

/// Cases in the follow-up phase: (case id, date entered, the last follow-up's planned date, the
/// case's own interval in weeks).
/// A case in the follow-up phase: its id, the date it entered the phase, the date its last
/// follow-up call agreed for the next one, and its own interval in weeks.
pub type InFollowUp = (String, NaiveDate, Option<NaiveDate>, Option<u32>);

pub fn in_follow_up(tx: &Tx) -> Result<Vec<InFollowUp>> {
    in_follow_up_of(tx, None)
}

/// `in_follow_up` for the cases of one region (the case's own; `None`: every region).
pub fn in_follow_up_of(tx: &Tx, region: Option<&str>) -> Result<Vec<InFollowUp>> {
    tx.prepare_cached(
        "SELECT c.id, c.phase_since,
             (SELECT f.next_on FROM follow_ups f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1),
             c.follow_up_weeks
         FROM cases c WHERE c.phase = 'follow-up'
             AND (c.region = ?1 COLLATE NOCASE OR ?1 IS NULL)
         ORDER BY c.year, c.seq",
    )?
    .query_map([region], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the follow-ups ahead")
}

/// The date the last follow-up call of a case agreed for the next one, if any.
pub fn next_on(tx: &Tx, case_id: &str) -> Result<Option<NaiveDate>> {
    tx.prepare_cached("SELECT next_on FROM follow_ups WHERE case_id = ?1 ORDER BY id DESC LIMIT 1")?
        .query_row([case_id], |r| r.get(0))
        .optional()
        .map(Option::flatten)
        .context("reading the next follow-up")
}
