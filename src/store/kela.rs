//! What a Kela hour concluded for a client (`kela_conclusions`), one row per item.

pub use crate::domain::records::KelaConclusion;

use super::db::params;
use super::Tx;
use anyhow::{Context, Result};

const CONCLUSION: &str = "SELECT id, booking_id, position, kind, statement, text, responsible,
         due_on, planned_in, recorded_by, recorded_at
     FROM kela_conclusions";

fn from_row(r: &super::db::Row) -> super::db::Result<KelaConclusion> {
    Ok(KelaConclusion {
        id: r.get(0)?,
        meeting: r.get(1)?,
        position: r.get(2)?,
        kind: r.get(3)?,
        statement: r.get(4)?,
        text: r.get(5)?,
        responsible: r.get(6)?,
        due_on: r.get(7)?,
        planned_in: r.get(8)?,
        recorded_by: r.get(9)?,
        recorded_at: r.get(10)?,
    })
}

/// The case's conclusions, by Kela hour and in their order.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<KelaConclusion>> {
    tx.prepare_cached(&format!(
        "{CONCLUSION} WHERE case_id = ?1 ORDER BY booking_id, position"
    ))?
    .query_map([case_id], from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the Kela hour's conclusions")
}

/// The conclusions not yet taken into the plan, in their order.
pub fn pending(tx: &Tx, case_id: &str) -> Result<Vec<KelaConclusion>> {
    tx.prepare_cached(&format!(
        "{CONCLUSION} WHERE case_id = ?1 AND planned_in IS NULL ORDER BY booking_id, position"
    ))?
    .query_map([case_id], from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the Kela hour's conclusions not yet in the plan")
}

/// How many items the case already has for one Kela hour (the next position follows them).
pub fn last_position(tx: &Tx, case_id: &str, booking_id: i64) -> Result<u32> {
    tx.prepare_cached(
        "SELECT coalesce(max(position), 0) FROM kela_conclusions
         WHERE case_id = ?1 AND booking_id = ?2",
    )?
    .query_row(params![case_id, booking_id], |r| r.get(0))
    .context("reading the Kela hour's conclusions")
}

/// Writes one item for `case_id` (its position, meeting and who recorded it as given).
pub fn insert(tx: &Tx, case_id: &str, c: &KelaConclusion) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO kela_conclusions (case_id, booking_id, position, kind, statement, text,
             responsible, due_on, recorded_by, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        case_id,
        c.meeting,
        c.position,
        c.kind,
        c.statement,
        c.text,
        c.responsible,
        c.due_on,
        c.recorded_by,
        c.recorded_at
    ])
    .context("recording the Kela hour's conclusions")?;
    Ok(())
}

/// Records that plan version `version` took the conclusion in as an agreed action.
pub fn mark_planned(tx: &Tx, id: i64, version: u32) -> Result<()> {
    tx.prepare_cached("UPDATE kela_conclusions SET planned_in = ?2 WHERE id = ?1")?
        .execute(params![id, version])
        .context("marking a Kela conclusion as taken into the plan")?;
    Ok(())
}
