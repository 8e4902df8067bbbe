//! Triage decisions and the team composition chosen with each.

pub use crate::domain::records::Triage;

use super::db::params;
use super::Tx;
use anyhow::{Context, Result};

pub fn insert(tx: &Tx, case_id: &str, triage: &Triage, decided_by: &str) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO triage_decisions (case_id, decision, kela_screen, urgency, note, outcome,
             units, decided_on, decided_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                case_id,
                triage.decision,
                triage.kela_screen,
                triage.urgency,
                triage.note,
                triage.outcome,
                serde_json::to_string(&triage.units)?,
                triage.decided_on,
                decided_by,
            ],
        )
        .context("recording the triage decision")?;
    let mut role =
        tx.prepare_cached("INSERT INTO triage_team (decision_id, role) VALUES (?1, ?2)")?;
    for r in &triage.team {
        role.execute(params![id, r])
            .context("recording the team composition")?;
    }
    Ok(id)
}

/// Every triage decision of a case, oldest first.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Triage>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, decision, kela_screen, urgency, note, outcome, units, decided_on
         FROM triage_decisions WHERE case_id = ?1 ORDER BY id",
    )?;
    let mut team =
        tx.prepare_cached("SELECT role FROM triage_team WHERE decision_id = ?1 ORDER BY rowid")?;
    let mut rows = stmt.query([case_id])?;
    let mut all = Vec::new();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let units: String = row.get(6)?;
        all.push(Triage {
            decision: row.get(1)?,
            kela_screen: row.get(2)?,
            team: team
                .query_map([id], |r| r.get(0))?
                .collect::<super::db::Result<_>>()?,
            urgency: row.get(3)?,
            note: row.get(4)?,
            outcome: row.get(5)?,
            units: serde_json::from_str(&units).unwrap_or_default(),
            decided_on: row.get(7)?,
        });
    }
    Ok(all)
}
