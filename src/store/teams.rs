//! Teams on a PostgreSQL server (migration 7): the caller's team, and the one narrow look-up
//! across teams — `moty.lookup_hetu(code)`, which writes its own access-log row. A register file
//! is one team's: it has neither.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::db::ToSql;
use super::Tx;
use crate::domain::records::Elsewhere;

/// Whether the caller may read the cases (on a server the auditor reads the logs only).
pub fn reads_cases(tx: &Tx) -> Result<bool> {
    if !tx.on_server() {
        return Ok(true);
    }
    tx.query_row(
        "SELECT has_table_privilege('moty.cases', 'SELECT')",
        [],
        |r| r.get(0),
    )
    .context("reading the caller's privileges")
}

/// Whether the caller works on a server without a team (a case they opened would be nobody's);
/// the owner (an import, the area's IT) names teams itself.
pub fn unplaced(tx: &Tx) -> Result<bool> {
    if !tx.on_server() {
        return Ok(false);
    }
    tx.query_row(
        "SELECT my_team() IS NULL AND NOT pg_has_role(session_user, 'moty_owner', 'MEMBER')",
        [],
        |r| r.get(0),
    )
    .context("reading the caller's team")
}

/// Whether the person with this whole identity code is a client of the register in another
/// team, with an open case there, and whom to call: one row per open case elsewhere, one row
/// with `open` false when they have none, nothing when the register does not know them. On a
/// file: nothing (a file is one team's register; its own clients are found directly).
pub fn elsewhere(tx: &Tx, hetu: &str) -> Result<Vec<Elsewhere>> {
    Ok(elsewhere_all(tx, &[hetu])?.remove(hetu).unwrap_or_default())
}

/// `elsewhere` for many whole identity codes at once (a batch of an import: one round trip per
/// thousand codes, each code still looked up and logged by `lookup_hetu`): the rows by code,
/// codes the register does not know left out. On a file: nothing.
pub fn elsewhere_all(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, Vec<Elsewhere>>> {
    let mut found: HashMap<String, Vec<Elsewhere>> = HashMap::new();
    if !tx.on_server() {
        return Ok(found);
    }
    for chunk in codes.chunks(1000) {
        let listed: Vec<String> = (1..=chunk.len()).map(|n| format!("(?{n})")).collect();
        let sql = format!(
            "SELECT u.code, l.client_id, l.open_elsewhere, l.team, l.region, l.coordinators,
                 l.phone, l.phone_hours
             FROM (VALUES {}) AS u (code) CROSS JOIN LATERAL lookup_hetu(u.code) AS l",
            listed.join(", ")
        );
        let values = chunk.iter().map(ToSql::to_value).collect::<Vec<_>>();
        let rows = tx
            .prepare(&sql)?
            .query_map(values, |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Elsewhere {
                        client_id: r.get(1)?,
                        open: r.get(2)?,
                        team: r.get(3)?,
                        region: r.get(4)?,
                        coordinators: r.get(5)?,
                        phone: r.get(6)?,
                        phone_hours: r.get(7)?,
                    },
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
            .context("looking up identity codes across teams")?;
        for (code, row) in rows {
            found.entry(code).or_default().push(row);
        }
    }
    Ok(found)
}
