//! The case timeline: append-only events (the schema's triggers refuse UPDATE and DELETE).

pub use crate::domain::records::Event;

use super::Tx;
use anyhow::{Context, Result};
use rusqlite::OptionalExtension;

use super::Author;
use crate::domain::{EventKind, Phase};

pub fn append(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    kind: EventKind,
    detail: serde_json::Value,
    effective_on: chrono::NaiveDate,
) -> Result<()> {
    use rusqlite::types::Value;
    super::chain::append(
        tx,
        super::chain::Log::Events,
        vec![
            Value::Text(case_id.to_string()),
            Value::Text(kind.as_str().to_string()),
            Value::Text(detail.to_string()),
            Value::Text(effective_on.to_string()),
            Value::Text(author.at.to_string()),
            Value::Text(author.actor.clone()),
        ],
    )
    .context("appending to the case timeline")
}

/// The whole timeline of a case, in the order it happened (then the order it was entered).
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, kind, detail, effective_on, entered_at, actor FROM events
         WHERE case_id = ?1 ORDER BY effective_on, id",
    )?;
    let rows = stmt.query_map([case_id], |row| {
        let detail: String = row.get(2)?;
        Ok(Event {
            id: row.get(0)?,
            kind: row.get(1)?,
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
            effective_on: row.get(3)?,
            entered_at: row.get(4)?,
            actor: row.get(5)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading the case timeline")
}

/// The phase the timeline says the case is in: the `phase` of the last event that moved it.
/// `cases.phase` must always agree with this (both are written in one transaction).
pub fn derived_phase(tx: &Tx, case_id: &str) -> Result<Option<Phase>> {
    tx.prepare_cached(
        "SELECT json_extract(detail, '$.phase') FROM events
         WHERE case_id = ?1 AND json_extract(detail, '$.phase') IS NOT NULL
         ORDER BY id DESC LIMIT 1",
    )?
    .query_row([case_id], |row| row.get(0))
    .optional()
    .context("reading the case's phase from its timeline")
}

/// The phase a closed case was closed from (the `from` of its last closing event).
pub fn phase_before_close(tx: &Tx, case_id: &str) -> Result<Option<Phase>> {
    tx.prepare_cached(
        "SELECT json_extract(detail, '$.from') FROM events
         WHERE case_id = ?1 AND json_extract(detail, '$.phase') = 'closed'
         ORDER BY id DESC LIMIT 1",
    )?
    .query_row([case_id], |row| row.get(0))
    .optional()
    .context("reading the phase the case was closed from")
}
