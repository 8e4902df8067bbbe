//! `moty backup` and `moty restore`: a consistent copy taken while others keep working (SQLite's
//! online backup API, in one step so it is one snapshot), private to its owner, synced to disk,
//! checked, and described by a manifest that records the logs' chain heads; and its way back.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Ctx;
use crate::error::UserError;
use crate::store::file::{self, LogHead};
use crate::store::{access, Register};
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

pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<String> {
    if args.dest.exists() {
        return Err(UserError::Refused(text::backup_exists(&args.dest)).into());
    }
    let author = ctx.author();
    let mut register = ctx.open()?;
    let copy = file::backup(&mut register, &args.dest)?;
    let manifest = Manifest {
        created_at: author.at.clone(),
        schema_version: copy.schema_version,
        sha256: sha256_file(&args.dest)?,
        logs: copy.heads,
    };
    let mut json = serde_json::to_string_pretty(&manifest)?;
    json.push('\n');
    super::schedule::agenda::write_private(&manifest_path(&args.dest), json.as_bytes())?;
    let recipient = text::backup_recipient(&args.dest);
    register
        .write(|tx| access::disclose(tx, &author, "backup of the register", &recipient, &[]))?;
    Ok(render::backup_done(&args.dest, &manifest, ctx.json))
}

pub fn restore(ctx: &Ctx, args: RestoreArgs) -> Result<String> {
    let (source, backup) = file::read_backup(&args.backup)?;
    let mut register = Register::open(&ctx.db_path)?;
    let current = file::current(&mut register)?;
    // Newer if the timeline has later entries, or any log (the access and disclosure logs too)
    // has rows the backup does not.
    let more_rows = current
        .heads
        .iter()
        .zip(&backup.heads)
        .any(|(now, then)| now.rows > then.rows);
    if (current.last_change > backup.last_change || more_rows) && !args.force {
        return Err(UserError::Refused(text::restore_newer(
            current.last_change.as_deref().unwrap_or(""),
            backup.last_change.as_deref().unwrap_or(""),
        ))
        .into());
    }
    file::restore(&mut register, &source)?;
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
    file::rekey(&mut register, &new_key)?;
    Ok(text::REKEYED.to_string())
}
