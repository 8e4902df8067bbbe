//! Backup and restore: a consistent copy taken while others keep working, private to its owner,
//! synced, checked, and described by a manifest recording the logs' chain heads; its way back;
//! and changing an encrypted register's key.

use schemars::JsonSchema;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Session;
use crate::clock::Stamp;
use crate::domain::records::LogHead;
use crate::error::UserError;
use crate::store::{access, chain, file};
use crate::{files, text};

/// What `DEST.manifest.json` records.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, JsonSchema)]
pub struct Manifest {
    pub created_at: String,
    pub schema_version: i64,
    pub sha256: String,
    pub logs: Vec<LogHead>,
}

/// Where a backup's manifest goes: beside it, as `DEST.manifest.json`.
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

/// Copies the register to `dest` (which must not exist unless `force`, and is never the
/// register), writes its manifest, and records the copy in the disclosure log. Both files are
/// complete, synced and checked under temporary names before the disclosure row commits, and
/// renamed into place after it (the copy, then the manifest): neither is ever visible without
/// the row, and a failure leaves neither behind.
pub fn backup(session: &mut Session, dest: &Path, force: bool) -> Result<Manifest> {
    let register = session.path().to_path_buf();
    let manifest_dest = manifest_path(dest);
    // Both refusals come before anything is written.
    files::check(dest, force, &register)?;
    files::check(&manifest_dest, force, &register)?;
    files::create_folder(dest)?;
    let at: Stamp = session.author().at;
    let (copy, info) = files::prepare_with(dest, force, &register, |temp| {
        file::backup(session.register(), temp)
    })?;
    let manifest = Manifest {
        created_at: at.to_string(),
        schema_version: info.schema_version,
        sha256: sha256_file(copy.temp())?,
        logs: info.heads,
    };
    let mut json = serde_json::to_string_pretty(&manifest)?;
    json.push('\n');
    let manifest_file = files::prepare(&manifest_dest, json.as_bytes(), force, &register)?;
    let recipient = text::backup_recipient(dest);
    session.write(|tx, author| {
        access::disclose(tx, author, "backup of the register", &recipient, &[])
    })?;
    copy.commit_recorded()?;
    manifest_file.commit_recorded()?;
    Ok(manifest)
}

/// Restores a backup into the register; a register with changes newer than the backup is
/// refused unless `force`.
pub fn restore(session: &mut Session, backup_path: &Path, force: bool) -> Result<()> {
    let (source, backup) = file::read_backup(backup_path)?;
    let current = file::current(session.register())?;
    // Newer if the timeline has later entries, or any log (the access and disclosure logs too)
    // has rows the backup does not.
    let more_rows = current
        .heads
        .iter()
        .zip(&backup.heads)
        .any(|(now, then)| now.rows > then.rows);
    if (current.last_change > backup.last_change || more_rows) && !force {
        return Err(UserError::Refused(text::restore_newer(
            current.last_change.as_deref().unwrap_or(""),
            backup.last_change.as_deref().unwrap_or(""),
        ))
        .into());
    }
    let replaced = session.register().read(chain::heads)?;
    file::restore(session.register(), &source)?;
    drop(source);
    // The restored register is read again from the start (and brought up to this moty's schema),
    // and the restore is recorded: each chain's head before it and after it, so a witness that saw
    // the newer heads accepts the restored ones, and nothing is lost silently.
    session.reopen()?;
    session.write(|tx, author| {
        for ((log, old_rows, old_head), (_, new_rows, new_head)) in
            replaced.iter().zip(chain::heads(tx)?)
        {
            if (*old_rows, old_head) != (new_rows, &new_head) {
                chain::anchor(
                    tx,
                    author,
                    &chain::Anchor {
                        reason: "restore",
                        log: *log,
                        old_rows: *old_rows,
                        old_head: old_head.clone(),
                        new_rows,
                        new_head,
                    },
                )?;
            }
        }
        Ok(())
    })?;
    session.forget_older_heads()
}

/// Changes the key of an encrypted register.
pub fn rekey(session: &mut Session, new_key: &str) -> Result<()> {
    file::rekey(session.register(), new_key)
}
