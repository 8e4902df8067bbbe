//! The register as a file (SQLite only): consistent copies, restoring one, and the health checks
//! `doctor` runs. Everything here opens its own connections; nothing of rusqlite leaves the store.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};

use super::chain::{self, Log, Verified};
use super::{copy_all, ensure_private_file, health, key, migrate, Register, Tx, APPLICATION_ID};
pub use crate::domain::records::LogHead;

/// An open backup, read-only.
pub type Source = Connection;
use crate::error::UserError;
use crate::text;

/// What a copy of the register holds, read without changing it.
#[derive(Debug, Clone)]
pub struct CopyInfo {
    pub schema_version: i64,
    pub last_change: Option<String>,
    pub heads: Vec<LogHead>,
}

/// The heads of the three logs.
pub fn heads(tx: &Tx) -> Result<Vec<LogHead>> {
    Log::ALL
        .iter()
        .map(|log| {
            let v = chain::verify(tx, *log)?;
            Ok(LogHead {
                log: v.log.to_string(),
                rows: v.rows,
                head: v.head,
            })
        })
        .collect()
}

fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| text::cannot_read(path))?;
    key::apply(&conn)?;
    Ok(conn)
}

/// Copies the register into `dest` (a new file, private to its owner) in one consistent step,
/// syncs it to disk and checks it. Returns what the copy holds.
pub fn backup(register: &mut Register, dest: &Path) -> Result<CopyInfo> {
    ensure_private_file(dest)?;
    {
        let mut copy = Connection::open(dest).with_context(|| text::cannot_create(dest))?;
        // The copy is encrypted with the register's key, like the register.
        key::apply(&copy)?;
        copy_all(register.file()?, &mut copy).context("copying the register")?;
        health::leave_wal(&copy)?;
    }
    std::fs::File::open(dest)
        .and_then(|f| f.sync_all())
        .with_context(|| text::cannot_create(dest))?;
    let copy = open_read_only(dest)?;
    let check = health::quick_check(&copy)?;
    if check != "ok" {
        return Err(anyhow::anyhow!(text::backup_check_failed(&check)));
    }
    info(&copy)
}

fn info(conn: &Connection) -> Result<CopyInfo> {
    Ok(CopyInfo {
        schema_version: health::user_version(conn)?,
        last_change: health::last_change(conn)?,
        heads: heads(&Tx {
            conn: super::Conn::File(conn),
        })?,
    })
}

/// Reads a backup, refusing a file that is not a moty register or is from a newer moty.
pub fn read_backup(path: &Path) -> Result<(Connection, CopyInfo)> {
    let source = open_read_only(path)?;
    let id = health::application_id(&source)
        .map_err(|_| UserError::BadRegister(text::not_a_register(path)))?;
    if id != APPLICATION_ID {
        return Err(UserError::BadRegister(text::not_a_register(path)).into());
    }
    let version = health::user_version(&source)?;
    if version > migrate::LATEST {
        return Err(
            UserError::BadRegister(text::newer_register(path, version, migrate::LATEST)).into(),
        );
    }
    let info = info(&source)?;
    Ok((source, info))
}

/// What the live register holds now.
pub fn current(register: &mut Register) -> Result<CopyInfo> {
    info(register.file()?)
}

/// Replaces the register's content with the backup's, page by page, in one step.
pub fn restore(register: &mut Register, source: &Connection) -> Result<()> {
    copy_all(source, register.file()?).context("restoring the register")
}

/// The triggers that keep the logs, the timeline and the plan versions append-only.
const APPEND_ONLY: &[&str] = &[
    "events_no_update",
    "events_no_delete",
    "access_log_no_update",
    "access_log_no_delete",
    "disclosure_log_no_update",
    "disclosure_log_no_delete",
    "anchors_no_update",
    "anchors_no_delete",
    "log_texts_no_update",
    "plan_versions_no_update",
    "plan_needs_no_update",
    "plan_actions_no_update",
    "plan_pathways_no_update",
    "plan_versions_no_delete",
    "consultations_no_update",
    "consultations_no_delete",
    "consultation_links_no_update",
    "consultation_links_no_delete",
];

/// The register's schema version.
pub fn schema_version(tx: &Tx) -> Result<i64> {
    match tx.file() {
        Some(conn) => health::user_version(conn),
        None => Ok(tx
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
            .context("reading the register's schema version")?),
    }
}

/// What `doctor` reads from the file.
#[derive(Debug)]
pub struct Health {
    pub integrity: String,
    /// The append-only triggers that should exist and do not (someone dropped them).
    pub missing_triggers: Vec<&'static str>,
    pub broken_foreign_keys: i64,
    pub schema_version: i64,
    pub journal_mode: String,
    pub chains: Vec<Verified>,
}

/// The server's append-only triggers (006_triggers.sql): each chained log's stamping and
/// refusals, the other append-only tables' refusals, the plan's.
const SERVER_APPEND_ONLY: &[&str] = &[
    "events_append",
    "events_no_change",
    "events_no_truncate",
    "access_log_append",
    "access_log_no_change",
    "access_log_no_truncate",
    "disclosure_log_append",
    "disclosure_log_no_change",
    "disclosure_log_no_truncate",
    "anchors_append",
    "anchors_no_change",
    "anchors_no_truncate",
    "consultations_append",
    "consultations_no_change",
    "consultations_no_truncate",
    "consultation_links_no_change",
    "statements_no_change",
    "erasures_no_change",
    "log_texts_no_update",
    "plan_versions_no_update",
    "plan_needs_no_update",
    "plan_actions_no_update",
    "plan_pathways_no_update",
    "plan_versions_no_delete",
];

/// `health` of a register on a server: the server keeps its own pages and keys, so integrity
/// and foreign keys are the server's; the schema version, the append-only triggers (someone may
/// have dropped one) and the chains are checked as on a file.
fn server_health(register: &mut Register) -> Result<Health> {
    register.read(|tx| {
        let mut missing_triggers = Vec::new();
        for trigger in SERVER_APPEND_ONLY {
            let present = tx
                .prepare_cached(
                    "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                     JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'moty' AND t.tgname = ?1 AND t.tgenabled <> 'D'",
                )?
                .exists([*trigger])?;
            if !present {
                missing_triggers.push(*trigger);
            }
        }
        let version: String = tx.query_row("SHOW server_version", [], |r| r.get(0))?;
        Ok(Health {
            missing_triggers,
            integrity: "ok".to_string(),
            broken_foreign_keys: 0,
            schema_version: schema_version(tx)?,
            journal_mode: format!("PostgreSQL {version}"),
            chains: Log::ALL
                .iter()
                .map(|log| chain::verify(tx, *log))
                .collect::<Result<_>>()?,
        })
    })
}

pub fn health(register: &mut Register) -> Result<Health> {
    if register.on_server() {
        return server_health(register);
    }
    let conn = &*register.file()?;
    let mut missing_triggers = Vec::new();
    for trigger in APPEND_ONLY {
        let present: bool = conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
                [trigger],
                |r| r.get(0),
            )
            .context("reading the register's triggers")?;
        if !present {
            missing_triggers.push(*trigger);
        }
    }
    Ok(Health {
        missing_triggers,
        integrity: health::integrity_check(conn)?,
        broken_foreign_keys: health::broken_foreign_keys(conn)?,
        schema_version: health::user_version(conn)?,
        journal_mode: health::journal_mode(conn)?,
        chains: Log::ALL
            .iter()
            .map(|log| {
                chain::verify(
                    &Tx {
                        conn: super::Conn::File(conn),
                    },
                    *log,
                )
            })
            .collect::<Result<_>>()?,
    })
}

/// Changes the key of an encrypted register.
pub fn rekey(register: &mut Register, new_key: &str) -> Result<()> {
    key::rekey(register.file()?, new_key)
}

/// Moves an unreadable register (and its -wal and -shm) aside, to `PATH.unreadable-STAMP`,
/// keeping it as evidence; returns the new name of the register file.
pub fn move_aside(path: &Path, stamp: &str) -> Result<std::path::PathBuf> {
    let stamp: String = stamp.chars().filter(char::is_ascii_alphanumeric).collect();
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".unreadable-{stamp}"));
    let aside = std::path::PathBuf::from(aside);
    for suffix in ["", "-wal", "-shm"] {
        let mut from = path.as_os_str().to_owned();
        from.push(suffix);
        let mut to = aside.as_os_str().to_owned();
        to.push(suffix);
        let from = std::path::PathBuf::from(from);
        if from.exists() {
            std::fs::rename(&from, std::path::PathBuf::from(to))
                .with_context(|| text::cannot_create(&aside))?;
        }
    }
    Ok(aside)
}

/// A backup's consultations and the ids of those linked (none in a backup from before
/// migration 5 brought them).
pub fn consultations_of(
    source: &Source,
) -> Result<(
    Vec<super::consultations::Stored>,
    std::collections::BTreeSet<i64>,
)> {
    let tx = Tx {
        conn: super::Conn::File(source),
    };
    let present: bool = source
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table'
                 AND name = 'consultation_links')",
            [],
            |r| r.get(0),
        )
        .context("reading the backup's tables")?;
    if !present {
        return Ok(Default::default());
    }
    Ok((
        super::consultations::stored(&tx)?,
        super::consultations::linked(&tx)?,
    ))
}
