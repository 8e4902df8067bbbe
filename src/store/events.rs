//! The case timeline: append-only events (the schema's triggers refuse UPDATE and DELETE).

pub use crate::domain::records::Event;

use super::db::OptionalExtension;
use super::Tx;
use anyhow::{Context, Result};

use super::Author;
use crate::domain::{EventKind, Phase};

/// Splits a detail into its codes (chained as they are) and its personal free text (chained by
/// salted commitment, erasable): the fields `EventKind::personal_fields` names.
pub(crate) fn split(
    kind: EventKind,
    mut detail: serde_json::Value,
) -> (serde_json::Value, Option<String>) {
    let mut personal = serde_json::Map::new();
    if let Some(map) = detail.as_object_mut() {
        for field in kind.personal_fields() {
            match map.remove(*field) {
                None | Some(serde_json::Value::Null) => {}
                Some(value) if value.as_array().is_some_and(Vec::is_empty) => {
                    map.insert(field.to_string(), value);
                }
                Some(value) => {
                    personal.insert(field.to_string(), value);
                }
            }
        }
    }
    let text = (!personal.is_empty()).then(|| serde_json::Value::Object(personal).to_string());
    (detail, text)
}

/// The detail as it was written: its codes with its personal text put back, or, where a purge
/// erased the text, marked `"erased": true`.
fn join(kind: EventKind, detail: &str, text: Option<&str>, erased: bool) -> serde_json::Value {
    let mut detail: serde_json::Value =
        serde_json::from_str(detail).unwrap_or(serde_json::Value::Null);
    if let Some(map) = detail.as_object_mut() {
        match text.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok()) {
            Some(serde_json::Value::Object(personal)) => map.extend(personal),
            _ => {
                for field in kind.personal_fields() {
                    map.entry(field.to_string())
                        .or_insert(serde_json::Value::Null);
                }
            }
        }
        if erased {
            map.insert("erased".to_string(), serde_json::Value::Bool(true));
        }
    }
    detail
}

pub fn append(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    kind: EventKind,
    detail: serde_json::Value,
    effective_on: chrono::NaiveDate,
) -> Result<()> {
    append_all(tx, author, vec![(case_id, kind, detail, effective_on)])
}

/// Appends many entries at once, in the order given, as `append` would one by one: (case id,
/// kind, detail, effective date).
pub fn append_all(
    tx: &Tx,
    author: &Author,
    entries: Vec<(&str, EventKind, serde_json::Value, chrono::NaiveDate)>,
) -> Result<()> {
    use super::db::Value;
    let (values, texts): (Vec<Vec<Value>>, Vec<Option<String>>) = entries
        .into_iter()
        .map(|(case_id, kind, detail, effective_on)| {
            let (codes, text) = split(kind, detail);
            let mut values = vec![
                Value::Text(case_id.to_string()),
                Value::Text(kind.as_str().to_string()),
                Value::Text(codes.to_string()),
                Value::Text(effective_on.to_string()),
                Value::Text(author.at.to_string()),
                Value::Text(author.actor.clone()),
            ];
            values.extend(author.stamp_values());
            (values, text)
        })
        .unzip();
    let rows = values
        .into_iter()
        .zip(texts.iter().map(Option::as_deref))
        .collect();
    super::chain::append_all(tx, super::chain::Log::Events, rows)
        .map(|_| ())
        .context("appending to the case timeline")
}

/// The whole timeline of a case, in the order it happened (then the order it was entered).
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {EVENT_COLUMNS}
         FROM events e LEFT JOIN log_texts t ON t.log = 'events' AND t.row_id = e.id
         WHERE e.case_id = ?1 ORDER BY e.effective_on, e.id"
    ))?;
    let rows = stmt.query_map([case_id], from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the case timeline")
}

/// The columns `from_row` reads, in its order, of `events e` joined with its `log_texts t`.
pub(super) const EVENT_COLUMNS: &str = "e.id, e.kind, e.detail, e.effective_on, e.entered_at,
    e.actor, t.body, e.clock = 'override', e.os_user, e.text_hash IS NOT NULL AND t.body IS NULL";

/// A timeline entry as written (`EVENT_COLUMNS`), its personal text put back.
pub(super) fn from_row(row: &super::db::Row) -> super::db::Result<Event> {
    let kind: EventKind = row.get(1)?;
    let detail: String = row.get(2)?;
    let text: Option<String> = row.get(6)?;
    Ok(Event {
        id: row.get(0)?,
        kind,
        detail: join(kind, &detail, text.as_deref(), row.get(9)?),
        effective_on: row.get(3)?,
        entered_at: row.get(4)?,
        actor: row.get(5)?,
        clock_overridden: row.get::<_, Option<bool>>(7)?.unwrap_or(false),
        os_user: row.get(8)?,
    })
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
