//! `moty admin import-sqlite FILE --team T`: a team's register file brought into the register on a
//! PostgreSQL server, by its owner, in one server transaction behind the register's write lock —
//! everything or nothing.
//!
//! The file is opened read-only and checked first: its schema must be this moty's (an older file
//! is refused with a pointer to opening it once with this moty, which migrates it), and every
//! chain must verify, up to the head it has. Then, in the server's transaction, as moty_owner
//! with `moty.importing` on (pg/007_import.sql: the stamping triggers keep a row's own who, when
//! and clock, for the owner only):
//!
//! * case ids already on the server are refused, all of them named, before anything is copied;
//! * a client whose identity code is on the server is that client (the server's row is kept, the
//!   file's cases point at it, differences listed); every other client is new, of team T;
//! * catalogue rows (areas, units, unit names, services, directory entries, slot rules, closed
//!   days, contact cards, default regions, statement versions) are merged where equal, added where
//!   new, and listed where they differ (the server's kept);
//! * every other row is copied with new ids where the server numbers them, every foreign key and
//!   every id a timeline entry's detail names following; the logs keep their original actors and
//!   times, their personal texts (salt and body, so the commitments hold) and erasures; the server
//!   numbers and hashes them, continuing its chains;
//! * each chain gets one re-anchor row (reason `import`): the file's rows and head, the server's
//!   after the import, the file's register id and the team;
//! * the file's pseudonym secret is kept for its new clients (`pseudonym_keys`).

mod copy;

use std::path::Path;

use anyhow::{Context, Result};

use super::chain::{self, Log};
use super::db::Value;
use super::{migrate, pg, Conn, Register, Tx};
use crate::error::UserError;
use crate::text;

/// A difference between a row of the file and the server's row it was merged with: the server's
/// is kept, the file's is listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// What the row is: `client`, `directory`, `services`, `slot_rules`, …
    pub what: String,
    /// The row's key (a client's case in the file, a service's code, …).
    pub key: String,
    pub field: String,
    /// The file's value and the server's, as text (`-` for none).
    pub file: String,
    pub server: String,
}

/// What an import brought.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub team: String,
    /// The file's register id.
    pub register_id: String,
    pub cases: i64,
    pub clients_new: i64,
    pub clients_merged: i64,
    /// Rows copied per log (events, access_log, disclosure_log, anchors, consultations).
    pub logs: Vec<(&'static str, i64)>,
    /// Catalogue rows: (table, merged, added).
    pub catalogues: Vec<(&'static str, i64, i64)>,
    pub differences: Vec<Difference>,
    /// The server's clients the file's cases now point at (the same identity code).
    pub merged_clients: Vec<i64>,
    /// The server's ids of the disclosure rows the file wrote before it kept legal bases (first,
    /// last), if it has any.
    pub without_basis: Option<(i64, i64)>,
}

/// Imports the register file `file` into the register at `url` for team `team`.
pub fn import_sqlite(url: &str, file: &Path, team: &str) -> Result<Imported> {
    let shown = pg::redacted(url);
    let conn = pg::Conn::connect(url).with_context(|| text::cannot_connect(&shown))?;
    match conn.schema_version()? {
        None => return Err(UserError::BadRegister(text::server_not_a_register(&shown)).into()),
        Some(v) if v != migrate::LATEST => {
            let message = if v > migrate::LATEST {
                text::server_newer_register(&shown, v, migrate::LATEST)
            } else {
                text::server_older_register(&shown, v, migrate::LATEST)
            };
            return Err(UserError::BadRegister(message).into());
        }
        Some(_) => {}
    }
    let mut rows = conn.fetch(
        "SELECT session_user::text, pg_has_role(session_user, 'moty_owner', 'MEMBER')",
        Vec::new(),
    )?;
    let row = rows.next()?.ok_or(super::db::Error::NoRows)?;
    let (login, owner): (String, bool) = (row.get(0)?, row.get(1)?);
    if !owner {
        return Err(UserError::Refused(text::import_not_owner(&login)).into());
    }

    let mut register = Register::open_read_only(file)?;
    register.read(|ftx| {
        let version: i64 =
            ftx.file()
                .context("a register file")?
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < migrate::LATEST {
            return Err(UserError::Refused(text::import_file_older(
                &file.display().to_string(),
                version,
                migrate::LATEST,
            ))
            .into());
        }
        let heads = verified_heads(ftx)?;
        conn.transaction(
            &format!(
                "BEGIN ISOLATION LEVEL READ COMMITTED; SET LOCAL ROLE moty_owner;
                 SELECT pg_advisory_xact_lock({}); SET LOCAL moty.importing = 'on'",
                pg::WRITE_LOCK
            ),
            |server| {
                let stx = Tx {
                    conn: Conn::Server(server),
                };
                let mut imported = copy::Copier::new(ftx, &stx, team).run()?;
                imported.register_id = chain::register_id(ftx)?;
                imported.team = team.to_string();
                // The import's own rows are the server's: stamped with the owner's login and the
                // server's time.
                server.batch("SET LOCAL moty.importing = 'off'")?;
                copy::note_merged_clients(&stx, &imported.merged_clients)?;
                re_anchor(&stx, &heads, &imported)?;
                for log in Log::ALL {
                    let verified = chain::verify(&stx, log)?;
                    if let Some(at) = verified.broken_at {
                        anyhow::bail!("the {} chain does not verify at row {at}", log.table());
                    }
                }
                Ok(imported)
            },
        )
    })
}

/// Every chain of the file verified, each against its head: (log, rows, head).
fn verified_heads(ftx: &Tx) -> Result<Vec<(Log, i64, String)>> {
    let mut heads = Vec::new();
    for log in Log::ALL {
        let verified = chain::verify(ftx, log)?;
        let (rows, head) = chain::head(ftx, log)?;
        if verified.broken_at.is_some() || verified.rows != rows || verified.head != head {
            return Err(UserError::Refused(text::import_chain_broken(
                log.table(),
                verified.broken_at.unwrap_or(rows),
            ))
            .into());
        }
        heads.push((log, rows, head));
    }
    let consultations = super::consultations::verify(ftx)?;
    if let Some(at) = consultations.broken_at {
        return Err(UserError::Refused(text::import_chain_broken("consultations", at)).into());
    }
    Ok(heads)
}

/// One re-anchor row per chain: the file's rows and head, the server's after the import.
fn re_anchor(stx: &Tx, heads: &[(Log, i64, String)], imported: &Imported) -> Result<()> {
    let now: Vec<(Log, i64, String)> = chain::heads(stx)?;
    let detail = serde_json::json!({
        "register_id": imported.register_id,
        "team": imported.team,
    });
    for ((log, old_rows, old_head), (_, new_rows, new_head)) in heads.iter().zip(now) {
        let mut detail = detail.clone();
        if let (Log::Disclosure, Some((first, last))) = (log, imported.without_basis) {
            detail["without_basis"] = serde_json::json!({ "first": first, "last": last });
        }
        stx.run(
            "INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head, detail)
             VALUES ('import', ?1, ?2, ?3, ?4, ?5, ?6)",
            vec![
                Value::Text(log.table().to_string()),
                Value::Integer(*old_rows),
                Value::Text(old_head.clone()),
                Value::Integer(new_rows),
                Value::Text(new_head),
                Value::Text(detail.to_string()),
            ],
        )
        .context("recording the import in the re-anchor log")?;
    }
    Ok(())
}
