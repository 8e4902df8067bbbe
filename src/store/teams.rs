//! Teams on a PostgreSQL server (migration 7): the caller's team, and the one narrow look-up
//! across teams — `moty.lookup_hetu(code)`, and `moty.lookup_hetus(codes)` for many at once
//! (migration 17), which write an access-log row for each code. A register file is one team's:
//! it has neither.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::db::ToSql;
use super::Tx;
use crate::domain::records::Elsewhere;

/// How many identity codes one call of `lookup_hetus` looks up.
const LOOKED_UP_AT_ONCE: usize = 5_000;

/// The look-up of one code, and of many (a JSON array of them, in order), each row with the
/// code's place among those asked (from 1).
const ONE: &str =
    "SELECT CAST(1 AS bigint), l.client_id, l.open_elsewhere, l.team, l.region, l.coordinators,
        l.phone, l.phone_hours
    FROM lookup_hetu(?1) AS l";
const MANY: &str = "SELECT l.k, l.client_id, l.open_elsewhere, l.team, l.region, l.coordinators,
        l.phone, l.phone_hours
    FROM lookup_hetus(ARRAY(SELECT u.code
        FROM jsonb_array_elements_text(CAST(CAST(?1 AS text) AS jsonb)) WITH ORDINALITY AS u (code, n)
        ORDER BY u.n)) AS l";

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

/// `elsewhere` for many whole identity codes at once (an import's sheet and its batches): the
/// rows by code, codes the register does not know left out. On a server `lookup_hetus`
/// (migration 17) looks up and logs each code as `lookup_hetu` does, a few thousand codes a
/// call; one code alone goes to `lookup_hetu`. On a file: nothing.
pub fn elsewhere_all(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, Vec<Elsewhere>>> {
    let mut found: HashMap<String, Vec<Elsewhere>> = HashMap::new();
    if !tx.on_server() {
        return Ok(found);
    }
    for chunk in codes.chunks(LOOKED_UP_AT_ONCE) {
        // One code (`find`, `refer`) the way it always was: in a new session lookup_hetu is
        // planned sooner than lookup_hetus and log_access (3-4 ms of a look-up at 100,000 clients).
        let (sql, value) = match chunk {
            [code] => (ONE, code.to_value()),
            _ => (MANY, serde_json::to_string(chunk)?.to_value()),
        };
        let rows = tx
            .prepare_cached(sql)?
            .query_map([value], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
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
        for (k, row) in rows {
            let code = usize::try_from(k - 1)
                .ok()
                .and_then(|i| chunk.get(i))
                .context("the server answered for a code it was not asked")?;
            found.entry((*code).to_string()).or_default().push(row);
        }
    }
    Ok(found)
}
