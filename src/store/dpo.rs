//! Queries for the data protection officer: the whole access log with its reasons, when cases
//! were triaged, and which clients carry a given (folded) name.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::Tx;
use crate::clock::Stamp;
use crate::domain::records::AccessEntry;

/// Every access-log row, oldest first, with the reason typed (kept in `log_texts`).
pub fn access_entries(tx: &Tx) -> Result<Vec<AccessEntry>> {
    tx.prepare_cached(
        "SELECT a.id, a.at, a.actor, a.os_user, a.command, a.action, a.client_id, a.case_id,
             t.body, coalesce(a.clock = 'override', FALSE)
         FROM access_log a
         LEFT JOIN log_texts t ON t.log = 'access_log' AND t.row_id = a.id
         ORDER BY a.id",
    )?
    .query_map([], |r| {
        Ok(AccessEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            os_user: r.get(3)?,
            command: r.get(4)?,
            action: r.get(5)?,
            client_id: r.get(6)?,
            case: r.get(7)?,
            reason: r.get(8)?,
            clock_overridden: r.get(9)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the access log")
}

/// When each case was first triaged (the moment it was written down).
pub fn first_triaged(tx: &Tx) -> Result<HashMap<String, Stamp>> {
    tx.prepare_cached(
        "SELECT case_id, min(entered_at) FROM events WHERE kind = 'triaged' GROUP BY case_id",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading when cases were triaged")
}

/// The ids of the clients whose folded name is `folded`.
pub fn clients_named(tx: &Tx, folded: &str) -> Result<Vec<i64>> {
    tx.prepare_cached("SELECT id FROM clients WHERE name_folded = ?1 ORDER BY id")?
        .query_map([folded], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("finding clients by name")
}
