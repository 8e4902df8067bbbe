//! The move of registers written before schema 4 to chain format 2 (store::chain): run once, as
//! part of migration 4, inside the migration's transaction. Every row is re-hashed; its personal
//! text moves to `log_texts` under a fresh salt; its format-1 hash is kept in `hash_v1`, and the
//! re-anchor log records each chain's old and new head, so a head printed before the change stays
//! checkable and the change is never mistaken for (or usable as) a silent rechain.

use super::db::Value;
use anyhow::{Context, Result};
use rusqlite::{params, Connection};

use super::chain::{self, commitment, digest, Anchor, Log, GENESIS};
use super::{events, Author, Tx};
use crate::domain::EventKind;

/// The append-only triggers that refuse the re-hashing, dropped and recreated around it.
const TRIGGERS: &[(&str, &str)] = &[
    (
        "events_no_update",
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;",
    ),
    (
        "access_log_no_update",
        "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;",
    ),
    (
        "disclosure_log_no_update",
        "CREATE TRIGGER disclosure_log_no_update BEFORE UPDATE ON disclosure_log
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;",
    ),
];

/// One row as format 1 stored it.
struct Old {
    id: i64,
    hash: String,
    values: Vec<Value>,
}

fn rows(conn: &Connection, sql: &str, columns: usize) -> Result<Vec<Old>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(Old {
            id: r.get(0)?,
            hash: r.get(1)?,
            values: (0..columns)
                .map(|i| r.get(i + 2))
                .collect::<rusqlite::Result<_>>()?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading a log to re-hash it")
}

fn keep_text(conn: &Connection, log: Log, id: i64, text: &str) -> Result<Value> {
    let salt = chain::salt()?;
    conn.execute(
        "INSERT INTO log_texts (log, row_id, salt, body) VALUES (?1, ?2, ?3, ?4)",
        params![log.table(), id, &salt[..], text],
    )
    .context("moving a log row's text")?;
    Ok(Value::Text(commitment(&salt, text)))
}

fn text_of(value: &Value) -> &str {
    match value {
        Value::Text(t) => t,
        _ => "",
    }
}

/// Re-hashes the three logs into format 2 and records the re-anchors.
pub fn migrate(conn: &Connection) -> Result<()> {
    for (name, _) in TRIGGERS {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS {name};"))?;
    }
    let clock = crate::clock::Clock::from_env()?;
    let author = Author {
        at: clock.stamp(),
        actor: "moty (schema migration 4)".to_string(),
        // Every chained row names the login that wrote it, these re-anchors too (never "unknown").
        os_user: crate::clock::os_account()
            .ok_or_else(|| crate::error::UserError::Refused(crate::text::no_login()))?,
        clock_overridden: clock.overridden(),
    };
    let mut anchors = Vec::new();
    // The timeline: case_id, kind, detail, effective_on, entered_at, actor.
    let old = rows(
        conn,
        "SELECT id, hash, case_id, kind, detail, effective_on, entered_at, actor FROM events
         ORDER BY id",
        6,
    )?;
    let mut previous = GENESIS.to_string();
    for row in &old {
        let kind: EventKind = text_of(&row.values[1]).parse()?;
        let detail: serde_json::Value =
            serde_json::from_str(text_of(&row.values[2])).unwrap_or(serde_json::Value::Null);
        let (codes, text) = events::split(kind, detail);
        let text_hash = match &text {
            Some(text) => keep_text(conn, Log::Events, row.id, text)?,
            None => Value::Null,
        };
        let mut values = row.values.clone();
        values[2] = Value::Text(codes.to_string());
        values.extend([Value::Null, Value::Null, text_hash.clone()]);
        let hash = digest(&previous, row.id, &values);
        conn.execute(
            "UPDATE events SET detail = ?2, text_hash = ?3, hash_v1 = hash, hash = ?4
             WHERE id = ?1",
            params![row.id, codes.to_string(), text_hash, hash],
        )?;
        previous = hash;
    }
    anchors.push((Log::Events, &old, previous));
    // The access log: at, actor, command, action, client_id, case_id, reason.
    let old_access = rows(
        conn,
        "SELECT id, hash, at, actor, command, action, client_id, case_id, reason FROM access_log
         ORDER BY id",
        7,
    )?;
    let mut previous = GENESIS.to_string();
    for row in &old_access {
        let text_hash = match &row.values[6] {
            Value::Text(reason) => keep_text(conn, Log::Access, row.id, reason)?,
            _ => Value::Null,
        };
        let mut values = row.values[..6].to_vec();
        values.extend([Value::Null, Value::Null, text_hash.clone()]);
        let hash = digest(&previous, row.id, &values);
        conn.execute(
            "UPDATE access_log SET reason = NULL, text_hash = ?2, hash_v1 = hash, hash = ?3
             WHERE id = ?1",
            params![row.id, text_hash, hash],
        )?;
        previous = hash;
    }
    anchors.push((Log::Access, &old_access, previous));
    // The disclosure log: at, actor, what, recipient, cases.
    let old_disclosures = rows(
        conn,
        "SELECT id, hash, at, actor, what, recipient, cases FROM disclosure_log ORDER BY id",
        5,
    )?;
    let mut previous = GENESIS.to_string();
    for row in &old_disclosures {
        let mut values = row.values.clone();
        values.extend([Value::Null, Value::Null]);
        let hash = digest(&previous, row.id, &values);
        conn.execute(
            "UPDATE disclosure_log SET hash_v1 = hash, hash = ?2 WHERE id = ?1",
            params![row.id, hash],
        )?;
        previous = hash;
    }
    anchors.push((Log::Disclosure, &old_disclosures, previous));
    for (_, sql) in TRIGGERS {
        conn.execute_batch(sql)?;
    }
    let tx = Tx {
        conn: super::Conn::File(conn),
    };
    for (log, old, new_head) in anchors {
        let Some(last) = old.last() else {
            continue;
        };
        chain::anchor(
            &tx,
            &author,
            &Anchor {
                reason: "chain-format",
                log,
                old_rows: old.len() as i64,
                old_head: last.hash.clone(),
                new_rows: old.len() as i64,
                new_head,
                detail: serde_json::json!({}),
            },
        )?;
    }
    Ok(())
}
