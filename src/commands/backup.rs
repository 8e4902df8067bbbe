//! `moty backup` and `moty restore`: a consistent copy taken while others keep working (SQLite's
//! online backup API, in one step so it is one snapshot), private to its owner, synced to disk,
//! checked, and described by a manifest that records the logs' chain heads; and its way back.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Ctx;
use crate::db::chain::{self, Log};
use crate::db::{access, copy_all, ensure_private_file, health, Register, APPLICATION_ID};
use crate::error::UserError;
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist); the manifest goes beside it as DEST.manifest.json
    pub dest: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to restore into the register
    pub backup: PathBuf,
    /// Overwrite a register that has changes newer than the backup
    #[arg(long)]
    pub force: bool,
}

/// One log's length and head when the backup was taken.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LogHead {
    pub log: String,
    pub rows: i64,
    pub head: String,
}

/// What `DEST.manifest.json` records.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub created_at: String,
    pub schema_version: i64,
    pub sha256: String,
    pub logs: Vec<LogHead>,
}

pub fn manifest_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".manifest.json");
    PathBuf::from(name)
}

fn sha256_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| text::cannot_read(path))?;
    Ok(Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The heads of the three logs.
pub fn heads(conn: &Connection) -> Result<Vec<LogHead>> {
    Log::ALL
        .iter()
        .map(|log| {
            let v = chain::verify(conn, *log)?;
            Ok(LogHead {
                log: v.log.to_string(),
                rows: v.rows,
                head: v.head,
            })
        })
        .collect()
}

pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<String> {
    if args.dest.exists() {
        return Err(UserError::Refused(text::backup_exists(&args.dest)).into());
    }
    let author = ctx.author();
    let mut register = ctx.open()?;
    ensure_private_file(&args.dest)?;
    {
        let mut copy =
            Connection::open(&args.dest).with_context(|| text::cannot_create(&args.dest))?;
        // The copy is encrypted with the register's key, like the register.
        crate::db::key::apply(&copy)?;
        let source = register.connection();
        copy_all(source, &mut copy).context("copying the register")?;
        health::leave_wal(&copy)?;
    }
    std::fs::File::open(&args.dest)
        .and_then(|f| f.sync_all())
        .with_context(|| text::cannot_create(&args.dest))?;
    let copy = Connection::open_with_flags(&args.dest, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    crate::db::key::apply(&copy)?;
    let check = health::quick_check(&copy)?;
    if check != "ok" {
        return Err(anyhow::anyhow!(text::backup_check_failed(&check)));
    }
    let manifest = Manifest {
        created_at: author.at.clone(),
        schema_version: health::user_version(&copy)?,
        sha256: sha256_file(&args.dest)?,
        logs: heads(&copy)?,
    };
    drop(copy);
    let mut json = serde_json::to_string_pretty(&manifest)?;
    json.push('\n');
    super::schedule::agenda::write_private(&manifest_path(&args.dest), json.as_bytes())?;
    let recipient = text::backup_recipient(&args.dest);
    register
        .write(|tx| access::disclose(tx, &author, "backup of the register", &recipient, &[]))?;
    Ok(render::backup_done(&args.dest, &manifest, ctx.json))
}

pub fn restore(ctx: &Ctx, args: RestoreArgs) -> Result<String> {
    let source = Connection::open_with_flags(&args.backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| text::cannot_read(&args.backup))?;
    crate::db::key::apply(&source)?;
    let id = health::application_id(&source)
        .map_err(|_| UserError::BadRegister(text::not_a_register(&args.backup)))?;
    let version = health::user_version(&source)?;
    if id != APPLICATION_ID {
        return Err(UserError::BadRegister(text::not_a_register(&args.backup)).into());
    }
    if version > crate::db::migrate::LATEST {
        return Err(UserError::BadRegister(text::newer_register(
            &args.backup,
            version,
            crate::db::migrate::LATEST,
        ))
        .into());
    }
    let backup_last = health::last_change(&source)?;
    let backup_heads = heads(&source)?;
    let mut register = Register::open(&ctx.db_path)?;
    let current_last = health::last_change(register.connection())?;
    let current_heads = heads(register.connection())?;
    // Newer if the timeline has later entries, or any log (the access and disclosure logs too)
    // has rows the backup does not.
    let more_rows = current_heads
        .iter()
        .zip(&backup_heads)
        .any(|(now, then)| now.rows > then.rows);
    if (current_last > backup_last || more_rows) && !args.force {
        return Err(UserError::Refused(text::restore_newer(
            current_last.as_deref().unwrap_or(""),
            backup_last.as_deref().unwrap_or(""),
        ))
        .into());
    }
    copy_all(&source, register.connection()).context("restoring the register")?;
    let mut out = Vec::new();
    let _ = writeln!(out, "{}", text::restored(&args.backup, &ctx.db_path));
    Ok(String::from_utf8(out)?)
}

/// `moty rekey`: changes the key of an encrypted register to the one in `MOTY_DB_NEW_KEY`.
pub fn rekey(ctx: &Ctx) -> Result<String> {
    let new_key = std::env::var("MOTY_DB_NEW_KEY")
        .ok()
        .filter(|k| !k.is_empty())
        .ok_or_else(|| UserError::Missing {
            flags: vec!["MOTY_DB_NEW_KEY".to_string()],
        })?;
    let mut register = ctx.open()?;
    crate::db::key::rekey(register.connection(), &new_key)?;
    Ok(text::REKEYED.to_string())
}
