//! Schema migrations: an append-only list keyed on `PRAGMA user_version`, applied in one
//! transaction. Never edit a migration that has shipped; add the next one at the end.

use anyhow::{Context, Result};
use rusqlite::{Connection, TransactionBehavior};

use super::APPLICATION_ID;

const MIGRATIONS: &[&str] = &[include_str!("../../schema.sql")];

/// The schema version this moty writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn apply(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current == LATEST {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock: read the version again.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)
            .with_context(|| format!("applying schema migration {}", index + 1))?;
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {LATEST};"
    ))?;
    tx.commit().context("committing the schema migration")?;
    Ok(())
}
