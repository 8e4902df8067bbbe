//! The Yhteistyö-tiimi procedure's steps beside the request (`schedule.rs` keeps the request and
//! the units' answers): the anonymous description sent to each requested unit, and each unit's
//! acknowledgement with its processing schedule and due date.

use super::db::{params, OptionalExtension};
use anyhow::{Context, Result};
use chrono::NaiveDate;

use super::{Author, Tx};

/// The saved description's text and when it was saved, if there is one.
pub fn description(tx: &Tx, case_id: &str) -> Result<Option<(String, String)>> {
    tx.prepare_cached("SELECT text, saved_at FROM descriptions WHERE case_id = ?1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .context("reading the description")
}

/// The id of the newest disclosure-log row (the one this transaction just wrote).
pub fn last_disclosure(tx: &Tx) -> Result<i64> {
    tx.prepare_cached("SELECT max(id) FROM disclosure_log")?
        .query_row([], |r| r.get::<_, Option<i64>>(0))?
        .context("the disclosure log is empty")
}

/// One sending of the description to a requested unit.
pub struct Sent<'a> {
    pub case_id: &'a str,
    pub unit: &'a str,
    pub on: NaiveDate,
    pub recipient: Option<&'a str>,
    pub description_saved_at: &'a str,
    pub disclosure_id: i64,
}

pub fn record_sent(tx: &Tx, author: &Author, sent: &Sent) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO team_descriptions_sent (case_id, unit, sent_on, recipient,
             description_saved_at, disclosure_id, sent_by, sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        sent.case_id,
        sent.unit,
        sent.on.to_string(),
        sent.recipient,
        sent.description_saved_at,
        sent.disclosure_id,
        author.actor,
        author.at
    ])
    .context("recording the description as sent")?;
    Ok(())
}

/// The first date the description was sent to the unit, if it was.
pub fn first_sent(tx: &Tx, case_id: &str, unit: &str) -> Result<Option<NaiveDate>> {
    tx.prepare_cached(
        "SELECT min(sent_on) FROM team_descriptions_sent WHERE case_id = ?1 AND unit = ?2",
    )?
    .query_row(params![case_id, unit], |r| r.get(0))
    .context("reading when the description was sent")
}

/// Records a unit's acknowledgement: the date, its processing schedule and the date it names its
/// worker by.
pub fn acknowledge(
    tx: &Tx,
    case_id: &str,
    unit: &str,
    on: NaiveDate,
    schedule: &str,
    due_on: NaiveDate,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE team_request_units SET acknowledged_on = ?3, schedule = ?4, due_on = ?5
         WHERE case_id = ?1 AND unit = ?2",
    )?
    .execute(params![
        case_id,
        unit,
        on.to_string(),
        schedule,
        due_on.to_string()
    ])
    .context("recording the unit's acknowledgement")?;
    Ok(())
}

/// The cases still in the Yhteistyö-tiimi's phases (`collaboration-team`, `follow-up`) with a
/// request that has a unit without a worker, in case order. A case that went on another way (a
/// network meeting, closing) no longer waits for the units.
pub fn waiting_cases(tx: &Tx) -> Result<Vec<String>> {
    tx.prepare_cached(
        "SELECT c.id FROM cases c
         WHERE c.phase IN ('collaboration-team', 'follow-up')
           AND c.id IN (SELECT case_id FROM team_request_units WHERE worker IS NULL)
         ORDER BY c.year, c.seq",
    )?
    .query_map([], |r| r.get(0))?
    .collect::<super::db::Result<_>>()
    .context("reading the requests still waiting for units")
}
