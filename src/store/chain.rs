//! Tamper evidence for the append-only logs: every row of the timeline, the access log and the
//! disclosure log carries sha256(previous row's hash, this row's id and values). Triggers refuse
//! UPDATE and DELETE; someone who drops them still cannot edit, remove or reorder a row without
//! `moty audit verify` finding where. Truncation is caught against a recorded head and count
//! (backup manifests, export footers).

use super::Tx;
use anyhow::{Context, Result};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use sha2::{Digest, Sha256};

/// The hash before the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The three chained logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Log {
    Events,
    Access,
    Disclosure,
}

impl Log {
    pub const ALL: [Log; 3] = [Log::Events, Log::Access, Log::Disclosure];

    pub fn table(self) -> &'static str {
        match self {
            Log::Events => "events",
            Log::Access => "access_log",
            Log::Disclosure => "disclosure_log",
        }
    }

    /// The chained columns, in the order they are hashed.
    fn columns(self) -> &'static [&'static str] {
        match self {
            Log::Events => &[
                "case_id",
                "kind",
                "detail",
                "effective_on",
                "entered_at",
                "actor",
            ],
            Log::Access => &[
                "at",
                "actor",
                "command",
                "action",
                "client_id",
                "case_id",
                "reason",
            ],
            Log::Disclosure => &["at", "actor", "what", "recipient", "cases"],
        }
    }
}

fn digest(previous: &str, id: i64, values: &[Value]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.as_bytes());
    hasher.update(format!("\x1f{id}").as_bytes());
    for value in values {
        hasher.update(b"\x1f");
        match value {
            Value::Null => hasher.update(b"\x00"),
            Value::Integer(i) => hasher.update(i.to_string().as_bytes()),
            Value::Real(r) => hasher.update(r.to_string().as_bytes()),
            Value::Text(t) => hasher.update(t.as_bytes()),
            Value::Blob(b) => hasher.update(b),
        }
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The last row's id and hash (0 and the genesis hash for an empty log).
fn head(tx: &Tx, log: Log) -> Result<(i64, String)> {
    tx.prepare_cached(&format!(
        "SELECT id, hash FROM {} ORDER BY id DESC LIMIT 1",
        log.table()
    ))?
    .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
    .or_else(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => Ok((0, GENESIS.to_string())),
        e => Err(e),
    })
    .context("reading the head of a log")
}

/// Appends a row with `values` in the log's column order, chained to the row before.
pub fn append(tx: &Tx, log: Log, values: Vec<Value>) -> Result<()> {
    let (last, previous) = head(tx, log)?;
    let id = last + 1;
    let hash = digest(&previous, id, &values);
    let columns = log.columns();
    let placeholders: Vec<String> = (1..=columns.len() + 2).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {} (id, {}, hash) VALUES ({})",
        log.table(),
        columns.join(", "),
        placeholders.join(", ")
    );
    let mut all = vec![Value::Integer(id)];
    all.extend(values);
    all.push(Value::Text(hash));
    tx.prepare_cached(&sql)?
        .execute(params_from_iter(all))
        .with_context(|| format!("appending to {}", log.table()))?;
    Ok(())
}

pub use crate::domain::records::Verified;

/// Walks a log from its first row, recomputing every hash.
pub fn verify(tx: &Tx, log: Log) -> Result<Verified> {
    let columns = log.columns();
    let sql = format!(
        "SELECT id, hash, {} FROM {} ORDER BY id",
        columns.join(", "),
        log.table()
    );
    let mut stmt = tx.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let (mut previous, mut expected_id, mut count) = (GENESIS.to_string(), 1, 0);
    let mut broken = None;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let stored: String = row.get(1)?;
        let values: Vec<Value> = (0..columns.len())
            .map(|i| row.get(i + 2))
            .collect::<rusqlite::Result<_>>()?;
        count += 1;
        if broken.is_none() {
            if id != expected_id {
                broken = Some((id, crate::text::chain_gap(expected_id, id)));
            } else if digest(&previous, id, &values) != stored {
                broken = Some((id, crate::text::CHAIN_EDITED.to_string()));
            }
        }
        previous = stored;
        expected_id = id + 1;
    }
    Ok(Verified {
        log: log.table(),
        rows: count,
        head: previous,
        broken_at: broken.as_ref().map(|b| b.0),
        problem: broken.map(|b| b.1),
    })
}

/// The hash of row `id`, to compare with a recorded head.
pub fn hash_at(tx: &Tx, log: Log, id: i64) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    tx.prepare(&format!("SELECT hash FROM {} WHERE id = ?1", log.table()))?
        .query_row([id], |r| r.get(0))
        .optional()
        .context("reading a log row")
}
