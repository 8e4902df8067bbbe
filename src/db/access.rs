//! The access log: who viewed or changed which client's data, when, with which command and why.

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

use super::Author;
use crate::domain::AccessAction;

/// One access-log row.
pub struct Access<'a> {
    pub command: &'a str,
    pub action: AccessAction,
    pub client_id: Option<i64>,
    pub case_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub fn log(conn: &Connection, author: &Author, access: &Access) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO access_log (at, actor, command, action, client_id, case_id, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        author.at,
        author.actor,
        access.command,
        access.action,
        access.client_id,
        access.case_id,
        access.reason,
    ])
    .context("writing the access log")?;
    Ok(())
}

/// Writes a disclosure-log row: what left the register, for whom, about which cases.
pub fn disclose(
    conn: &Connection,
    author: &Author,
    what: &str,
    recipient: &str,
    cases: &[String],
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO disclosure_log (at, actor, what, recipient, cases) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![author.at, author.actor, what, recipient, serde_json::to_string(cases)?])
    .context("writing the disclosure log")?;
    Ok(())
}
