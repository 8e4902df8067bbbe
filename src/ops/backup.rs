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
use crate::store::{access, chain, consultations, file, purge};
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
    Ok(hex::encode(Sha256::digest(&bytes)))
}

/// Copies the register to `dest` (which must not exist unless `force`, and is never the
/// register), writes its manifest, and records the copy in the disclosure log. Both files are
/// complete, synced and checked under temporary names before the disclosure row commits, and
/// renamed into place after it (the copy, then the manifest): neither is ever visible without
/// the row, and a failure leaves neither behind.
pub fn backup(
    session: &mut Session,
    dest: &Path,
    force: bool,
    basis: &crate::domain::LegalBasis,
) -> Result<Manifest> {
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
        access::disclose(tx, author, crate::text::BACKUP_WHAT, &recipient, &[], basis)
    })?;
    copy.commit_recorded()?;
    manifest_file.commit_recorded()?;
    Ok(manifest)
}

/// What a restore did: the rows written after the backup that it carried into the restored
/// register, the rows it could not carry (lost), and the purges it applied again.
#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct Restored {
    pub carried: std::collections::BTreeMap<String, i64>,
    pub lost: std::collections::BTreeMap<String, i64>,
    pub purges_reapplied: Vec<String>,
}

/// What the live register holds beyond the backup, read before the backup replaces it.
#[derive(Default)]
struct Beyond {
    heads: Vec<(chain::Log, i64, String)>,
    /// Per log, the rows after the backup's head, for the logs a restore carries.
    rows: Vec<(chain::Log, Vec<chain::LogRow>)>,
    /// Timeline rows after the backup, which cannot be carried (their effects are not restored).
    timeline_after: i64,
    /// The live chains do not extend the backup's (it is not this register's past).
    diverged: bool,
    purged: Vec<(String, String)>,
    /// The legal bases of the disclosure rows carried, by their id in the live register.
    bases: std::collections::BTreeMap<i64, crate::domain::LegalBasis>,
}

fn beyond(tx: &crate::store::Tx, backup: &[LogHead]) -> Result<Beyond> {
    let heads = chain::heads(tx)?;
    let mut rows = Vec::new();
    let (mut timeline_after, mut diverged) = (0, false);
    for (log, live_rows, _) in &heads {
        let then = backup
            .iter()
            .find(|h| h.log == log.table())
            .map_or((0, chain::GENESIS.to_string()), |h| {
                (h.rows, h.head.clone())
            });
        if then.0 > 0 && !chain::still_holds(tx, *log, then.0, &then.1)? {
            diverged = true;
        }
        if *live_rows <= then.0 {
            continue;
        }
        match log {
            chain::Log::Events => {
                // A purge is applied again after the restore, so its own entry is not lost.
                let after = chain::rows_after(tx, *log, then.0)?;
                timeline_after += after
                    .iter()
                    .filter(|row| row.kind() != Some("case-purged"))
                    .count() as i64;
            }
            log => rows.push((*log, chain::rows_after(tx, *log, then.0)?)),
        }
    }
    let mut bases = std::collections::BTreeMap::new();
    for (log, carried) in &rows {
        if *log == chain::Log::Disclosure {
            for row in carried {
                if let Some(basis) = access::basis_of(tx, row.id())? {
                    bases.insert(row.id(), basis);
                }
            }
        }
    }
    Ok(Beyond {
        heads,
        rows,
        timeline_after,
        diverged,
        purged: purge::purged_cases(tx)?,
        bases,
    })
}

/// The consultations the live register holds beyond the backup's.
#[derive(Default)]
struct ConsultationsBeyond {
    /// Written after the backup: carried into the restored register.
    carry: Vec<consultations::Stored>,
    /// The live register's row under an id the backup holds differently (not this register's
    /// past): lost, like a diverged log.
    lost: i64,
    /// Links made after the backup: their timeline entries are not in it, so they are lost.
    links_lost: i64,
}

fn consultations_beyond(
    session: &mut Session,
    source: &file::Source,
) -> Result<ConsultationsBeyond> {
    let (backup_rows, backup_links) = file::consultations_of(source)?;
    let (live_rows, live_links) = session
        .register()
        .read(|tx| Ok((consultations::stored(tx)?, consultations::linked(tx)?)))?;
    let backup_hash: std::collections::BTreeMap<i64, &str> = backup_rows
        .iter()
        .map(|row| (row.id, row.hash.as_str()))
        .collect();
    let mut beyond = ConsultationsBeyond {
        carry: Vec::new(),
        lost: 0,
        links_lost: live_links.difference(&backup_links).count() as i64,
    };
    for row in live_rows {
        match backup_hash.get(&row.id) {
            None => beyond.carry.push(row),
            Some(hash) if *hash == row.hash => {}
            Some(_) => beyond.lost += 1,
        }
    }
    Ok(beyond)
}

/// Restores a backup into the register. Every access-log, disclosure-log and re-anchor row
/// written after the backup is carried into the restored register; timeline entries written after
/// it cannot be (what they did is not in the backup), so then the restore is refused unless
/// `accept_loss` gives the reason, which is recorded with what was lost. Purges done after the
/// backup are applied again. The restore itself is recorded in the re-anchor log: who, when, from
/// which backup, the heads before and after. Consultations written after the backup are carried
/// too; one that differs from the backup's under the same id counts as a diverged log.
///
/// `fresh`: the register was created by this command (a backup restored into a new path, to
/// look at it): it holds nothing to carry or lose.
pub fn restore(
    session: &mut Session,
    backup_path: &Path,
    accept_loss: Option<&str>,
    fresh: bool,
) -> Result<Restored> {
    let (source, backup) = file::read_backup(backup_path)?;
    let mut live = session.register().read(|tx| beyond(tx, &backup.heads))?;
    let mut consultations = consultations_beyond(session, &source)?;
    if fresh {
        live = Beyond {
            heads: live.heads,
            ..Beyond::default()
        };
        consultations = ConsultationsBeyond::default();
    }
    let diverged = live.diverged || consultations.lost > 0;
    if (live.timeline_after > 0 || diverged) && accept_loss.is_none() {
        return Err(
            UserError::Refused(text::restore_would_lose(live.timeline_after, diverged)).into(),
        );
    }
    file::restore(session.register(), &source)?;
    drop(source);
    // The restored register is read again from the start (and brought up to this moty's schema).
    session.reopen()?;
    let today = session.today();
    let done = session.write(|tx, author| {
        let mut done = Restored::default();
        for (log, rows) in &live.rows {
            for row in rows {
                // An access row names a client and a case the restored register must have.
                let carriable = match log {
                    chain::Log::Access => {
                        purge::references_hold(tx, row.client_id(), row.case_id())?
                    }
                    _ => true,
                };
                let counter = if carriable {
                    let id = row.append_again(tx)?;
                    // A disclosure row keeps its legal basis (one carried from before the bases
                    // were kept is marked as such).
                    if *log == chain::Log::Disclosure {
                        let basis = live.bases.get(&row.id()).cloned().unwrap_or_else(|| {
                            crate::domain::LegalBasis::other(text::BASIS_CARRIED_UNRECORDED)
                        });
                        access::record_basis(tx, id, &basis)?;
                    }
                    &mut done.carried
                } else {
                    &mut done.lost
                };
                *counter.entry(log.table().to_string()).or_default() += 1;
            }
        }
        if live.timeline_after > 0 {
            done.lost.insert("events".to_string(), live.timeline_after);
        }
        // Consultations name no client and stand alone: those written after the backup are
        // carried as they were recorded; their links came with timeline entries, so are lost.
        for row in &consultations.carry {
            consultations::carry(tx, row)?;
            *done.carried.entry("consultations".to_string()).or_default() += 1;
        }
        for (table, lost) in [
            ("consultations", consultations.lost),
            ("consultation_links", consultations.links_lost),
        ] {
            if lost > 0 {
                done.lost.insert(table.to_string(), lost);
            }
        }
        for (case_id, reason) in &live.purged {
            let reason = reason.parse().unwrap_or(crate::domain::PurgeReason::Other);
            if super::purge::reapply(tx, author, case_id, reason, today)? {
                done.purges_reapplied.push(case_id.clone());
            }
        }
        let detail = serde_json::json!({
            "backup": backup_path.display().to_string(),
            "carried": done.carried,
            "lost": done.lost,
            "accept_loss": accept_loss,
            "purges_reapplied": done.purges_reapplied,
        });
        for ((log, old_rows, old_head), (_, new_rows, new_head)) in
            live.heads.iter().zip(chain::heads(tx)?)
        {
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
                    detail: detail.clone(),
                },
            )?;
        }
        Ok(done)
    })?;
    if !done.purges_reapplied.is_empty() {
        purge::checkpoint(session.register())?;
    }
    session.forget_older_heads()?;
    Ok(done)
}

/// Restores a backup over a register that cannot be read (the usual reason to restore): the
/// unreadable file is kept beside it, renamed, never deleted; the restore is recorded with the
/// reason and that nothing could be carried.
pub fn restore_unreadable(
    path: &Path,
    actor: &str,
    clock: crate::clock::Clock,
    backup_path: &Path,
    reason: &str,
) -> Result<PathBuf> {
    let (source, backup) = file::read_backup(backup_path)?;
    let aside = file::move_aside(path, &clock.stamp().to_string())?;
    let mut session = Session::open_or_create(path, actor, clock)?;
    file::restore(session.register(), &source)?;
    drop(source);
    session.reopen()?;
    let detail = serde_json::json!({
        "backup": backup_path.display().to_string(),
        "accept_loss": reason,
        "unreadable_register_kept_as": aside.display().to_string(),
        "lost": "everything written after the backup (the register could not be read)",
    });
    session.write(|tx, author| {
        for (log, new_rows, new_head) in chain::heads(tx)? {
            let (old_rows, old_head) = backup
                .heads
                .iter()
                .find(|h| h.log == log.table())
                .map_or((0, chain::GENESIS.to_string()), |h| {
                    (h.rows, h.head.clone())
                });
            chain::anchor(
                tx,
                author,
                &chain::Anchor {
                    reason: "restore",
                    log,
                    old_rows,
                    old_head,
                    new_rows,
                    new_head,
                    detail: detail.clone(),
                },
            )?;
        }
        Ok(())
    })?;
    session.forget_older_heads()?;
    Ok(aside)
}

/// Changes the key of an encrypted register.
pub fn rekey(session: &mut Session, new_key: &str) -> Result<()> {
    file::rekey(session.register(), new_key)
}
