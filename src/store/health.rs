//! Questions about the register file itself, for backup, restore and doctor.

use anyhow::{Context, Result};
use rusqlite::Connection;

fn pragma<T: rusqlite::types::FromSql>(conn: &Connection, name: &str) -> Result<T> {
    conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
        .with_context(|| format!("reading PRAGMA {name}"))
}

pub fn integrity_check(conn: &Connection) -> Result<String> {
    pragma(conn, "integrity_check")
}

pub fn quick_check(conn: &Connection) -> Result<String> {
    pragma(conn, "quick_check")
}

pub fn user_version(conn: &Connection) -> Result<i64> {
    pragma(conn, "user_version")
}

pub fn application_id(conn: &Connection) -> Result<i32> {
    pragma(conn, "application_id")
}

pub fn journal_mode(conn: &Connection) -> Result<String> {
    pragma(conn, "journal_mode")
}

/// Rows whose foreign keys point at missing rows.
pub fn broken_foreign_keys(conn: &Connection) -> Result<i64> {
    conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })
    .context("checking foreign keys")
}

/// The latest entry time of the timeline, to tell which of two copies is newer.
pub fn last_change(conn: &Connection) -> Result<Option<String>> {
    conn.query_row("SELECT max(entered_at) FROM events", [], |r| r.get(0))
        .context("reading the timeline's last entry")
}

/// A finished copy is one self-contained file, out of WAL.
pub fn leave_wal(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA journal_mode = DELETE;")
        .context("finishing the copy")
}
