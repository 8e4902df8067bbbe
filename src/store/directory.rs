//! The professional directory (ammattilaislista).

pub use crate::domain::records::Entry;

use super::db::{params, OptionalExtension, Row};
use super::Tx;
use anyhow::{Context, Result};

const COLUMNS: &str = "id, name, role, unit, area, team, team_lead, phone, email, when_to_refer";

fn from_row(r: &Row) -> super::db::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        unit: r.get(3)?,
        area: r.get(4)?,
        team: r.get(5)?,
        team_lead: r.get(6)?,
        phone: r.get(7)?,
        email: r.get(8)?,
        when_to_refer: r.get(9)?,
    })
}

pub fn insert(tx: &Tx, e: &Entry) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO directory (name, role, unit, area, team, team_lead, phone, email,
             when_to_refer, search_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                e.name,
                e.role,
                e.unit,
                e.area,
                e.team,
                e.team_lead,
                e.phone,
                e.email,
                e.when_to_refer,
                e.search_text()
            ],
        )
        .context("adding to the directory")?;
    Ok(id)
}

pub fn update(tx: &Tx, e: &Entry) -> Result<()> {
    tx.prepare_cached(
        "UPDATE directory SET name = ?2, role = ?3, unit = ?4, area = ?5, team = ?6,
             team_lead = ?7, phone = ?8, email = ?9, when_to_refer = ?10, search_text = ?11
         WHERE id = ?1",
    )?
    .execute(params![
        e.id,
        e.name,
        e.role,
        e.unit,
        e.area,
        e.team,
        e.team_lead,
        e.phone,
        e.email,
        e.when_to_refer,
        e.search_text()
    ])
    .context("editing the directory")?;
    Ok(())
}

pub fn get(tx: &Tx, id: i64) -> Result<Option<Entry>> {
    tx.prepare_cached(&format!("SELECT {COLUMNS} FROM directory WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()
        .context("reading the directory")
}

/// Entries whose folded text holds every word, by unit and name.
pub fn find(tx: &Tx, words: &[String]) -> Result<Vec<Entry>> {
    let mut all = list(tx)?;
    let texts: Vec<String> = all.iter().map(Entry::search_text).collect();
    let mut keep = texts
        .iter()
        .map(|t| words.iter().all(|w| t.contains(w.as_str())));
    all.retain(|_| keep.next().unwrap_or(false));
    Ok(all)
}

pub fn list(tx: &Tx) -> Result<Vec<Entry>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM directory ORDER BY unit, name, id"
    ))?
    .query_map([], from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the directory")
}
