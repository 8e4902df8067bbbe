//! `moty backup` and `moty restore`: a consistent copy taken while others keep working (SQLite's
//! online backup API, in one step so it is one snapshot), private to its owner, synced to disk,
//! checked, and described by a manifest that records the logs' chain heads; and its way back.

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::domain::LegalBasis;
use crate::error::UserError;
use crate::ops::backup;
use crate::{render, text};

/// Make a consistent, checked copy of the register with a manifest
///
/// Run it daily (from a scheduled task) and before an upgrade, a rekey or a restore. The copy is
/// one snapshot taken while others keep working, private to you, synced and checked; beside it
/// goes DEST.manifest.json with the copy's checksum and each log's length and head, which
/// `moty audit verify --manifest` compares the register against later. Each backup is written to
/// the disclosure log. Keep the copies on another disk, and delete them when their time is up.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::BACKUP)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist); the manifest goes beside it as DEST.manifest.json
    pub dest: PathBuf,
    /// Replace DEST and its manifest if they exist (never the register itself)
    #[arg(long)]
    pub force: bool,
    /// The legal basis of the copy (recorded as a disclosure) — consent, social-welfare-act-41,
    /// health-care-act-32 or other:TEXT [default: other:the controller's own backup copy of the
    /// register]
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

/// Restore a backup into the register; losing newer entries needs --accept-loss
///
/// Use it when the register is lost or damaged. The access, disclosure and re-anchor rows written
/// since the backup are carried over; timeline entries since cannot be, so a register with any,
/// or whose logs do not continue the backup's, is left untouched (exit code 4) unless
/// --accept-loss gives the reason. An unreadable register is kept aside. Every restore is
/// recorded in the re-anchor log; run `moty audit verify --manifest` and `moty doctor` after it.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::RESTORE)]
pub struct RestoreArgs {
    /// The backup to restore into the register (the file `moty backup` wrote)
    pub backup: PathBuf,
    /// Restore even though timeline entries written after the backup are lost (or the live
    /// register's logs do not continue the backup's); the reason is recorded with what was lost
    #[arg(long, value_name = "REASON")]
    pub accept_loss: Option<String>,
    /// The older spelling of --accept-loss (without a reason: "restored with --force")
    #[arg(long, hide = true)]
    pub force: bool,
}

pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<String> {
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::other(text::BASIS_OWN_BACKUP),
    )?;
    let manifest = backup::backup(&mut ctx.session()?, &args.dest, args.force, &basis)?;
    Ok(render::backup_done(&args.dest, &manifest, ctx.json))
}

pub fn restore(ctx: &Ctx, args: RestoreArgs) -> Result<String> {
    let reason = match (&args.accept_loss, args.force) {
        (Some(reason), _) => Some(crate::domain::validate::line("--accept-loss", reason, 500)?),
        (None, true) => Some(text::forced_restore()),
        (None, false) => None,
    };
    // Who restores is known before the register is opened or anything is set aside.
    let actor = ctx.actor()?;
    // A restore into a new path (to look at a backup) has nothing of its own to keep.
    let fresh = !ctx.db_path.exists();
    let session = match ctx.session_or_create() {
        Ok(session) => session,
        // The register cannot be read: with a reason, restore over it (keeping it aside).
        Err(e) => match (&reason, &args.accept_loss) {
            (Some(reason), Some(_))
                if !matches!(crate::error::exit_code(&e), crate::error::Exit::Busy) =>
            {
                let aside = backup::restore_unreadable(
                    &ctx.db_path,
                    actor,
                    ctx.clock,
                    &args.backup,
                    reason,
                )?;
                return Ok(text::restored_over_unreadable(&args.backup, &aside));
            }
            _ => return Err(e),
        },
    };
    let mut session = session;
    let done = backup::restore(&mut session, &args.backup, reason.as_deref(), fresh)?;
    Ok(render::restored(
        &args.backup,
        &ctx.db_path,
        &done,
        ctx.json,
    ))
}

/// `moty rekey`: changes the key of an encrypted register to the one in `MOTY_DB_NEW_KEY`.
pub fn rekey(ctx: &Ctx) -> Result<String> {
    let new_key = std::env::var("MOTY_DB_NEW_KEY")
        .ok()
        .filter(|k| !k.is_empty())
        .ok_or_else(|| UserError::Missing {
            flags: vec!["MOTY_DB_NEW_KEY".to_string()],
        })?;
    backup::rekey(&mut ctx.session()?, &new_key)?;
    Ok(text::rekeyed())
}
