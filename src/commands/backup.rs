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

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    pub dest: PathBuf,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    pub backup: PathBuf,
    #[arg(long, value_name = "REASON")]
    pub accept_loss: Option<String>,
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
