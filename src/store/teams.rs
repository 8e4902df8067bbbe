//! Teams on a PostgreSQL server (migration 7): the caller's team, and the one narrow look-up
//! across teams — `moty.lookup_hetu(code)`, which writes its own access-log row. A register file
//! is one team's: it has neither.

use anyhow::{Context, Result};

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
    if !tx.on_server() {
        return Ok(Vec::new());
    }
    tx.prepare(
        "SELECT client_id, open_elsewhere, team, region, coordinators, phone, phone_hours
         FROM lookup_hetu(?1)",
    )?
    .query_map([hetu], |r| {
        Ok(Elsewhere {
            client_id: r.get(0)?,
            open: r.get(1)?,
            team: r.get(2)?,
            region: r.get(3)?,
            coordinators: r.get(4)?,
            phone: r.get(5)?,
            phone_hours: r.get(6)?,
        })
    })?
    .collect::<std::result::Result<Vec<_>, _>>()
    .context("looking up an identity code across teams")
}
