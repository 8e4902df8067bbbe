//! Consents: given, withdrawn (the row stays, with its withdrawal date) and Kela forms sent.

pub use crate::domain::records::Consent;

use super::db::{params, Row};
use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::domain::{ConsentKind, ConsentMethod};

/// The columns `from_row` reads, in its order.
pub(super) const COLUMNS: &str = "id, kind, method, given_on, scope, recorded_by, withdrawn_on,
    sent_to_kela_on, representative, authority";

pub(super) fn from_row(row: &Row) -> super::db::Result<Consent> {
    Ok(Consent {
        id: row.get(0)?,
        kind: row.get(1)?,
        method: row.get(2)?,
        given_on: row.get(3)?,
        scope: row.get(4)?,
        recorded_by: row.get(5)?,
        withdrawn_on: row.get(6)?,
        sent_to_kela_on: row.get(7)?,
        representative: row.get(8)?,
        authority: row.get(9)?,
    })
}

/// Every consent of a case, oldest first.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Consent>> {
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consents WHERE case_id = ?1 ORDER BY given_on, id"
    ))?;
    let rows = stmt.query_map([case_id], from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("reading consents")
}

/// The consents of each of `case_ids`, oldest first: one query for a page of a list.
pub fn for_cases(
    tx: &Tx,
    case_ids: &[&str],
) -> Result<std::collections::HashMap<String, Vec<Consent>>> {
    let mut found: std::collections::HashMap<String, Vec<Consent>> = case_ids
        .iter()
        .map(|id| (id.to_string(), Vec::new()))
        .collect();
    if case_ids.is_empty() {
        return Ok(found);
    }
    let marks: Vec<String> = (1..=case_ids.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "SELECT id, kind, method, given_on, scope, recorded_by, withdrawn_on, sent_to_kela_on,
             representative, authority, case_id
         FROM consents WHERE case_id IN ({}) ORDER BY given_on, id",
        marks.join(", ")
    );
    let mut stmt = tx.prepare(&sql)?;
    let mut rows = stmt.query(super::db::params_from_iter(case_ids.iter()))?;
    while let Some(row) = rows.next()? {
        let case: String = row.get(10)?;
        found.entry(case).or_default().push(from_row(&row)?);
    }
    Ok(found)
}

pub fn insert(
    tx: &Tx,
    case_id: &str,
    kind: ConsentKind,
    method: ConsentMethod,
    given_on: NaiveDate,
    scope: Option<&str>,
    recorded_by: &str,
) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO consents (case_id, kind, method, given_on, scope, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![case_id, kind, method, given_on, scope, recorded_by],
        )
        .context("recording a consent")?;
    super::work_list::keep_asked(tx, case_id)?;
    Ok(id)
}

/// Records who gave consent `id` on the client's behalf, and on what authority.
pub fn set_representative(
    tx: &Tx,
    id: i64,
    representative: &crate::domain::protection::Representative,
) -> Result<()> {
    tx.prepare_cached("UPDATE consents SET representative = ?2, authority = ?3 WHERE id = ?1")?
        .execute(params![id, representative.name, representative.authority])
        .context("recording who gave the consent")?;
    Ok(())
}

pub fn withdraw(tx: &Tx, id: i64, on: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE consents SET withdrawn_on = ?2 WHERE id = ?1")?
        .execute(params![id, on])
        .context("recording a withdrawal")?;
    let case_id: String = tx
        .prepare_cached("SELECT case_id FROM consents WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .context("reading the withdrawn consent's case")?;
    super::work_list::keep_asked(tx, &case_id)
}

pub fn mark_sent_to_kela(tx: &Tx, id: i64, on: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE consents SET sent_to_kela_on = ?2 WHERE id = ?1")?
        .execute(params![id, on])
        .context("recording the Kela form as sent")?;
    Ok(())
}
