//! `moty backup` and `moty restore`: a consistent copy taken while others keep working (SQLite's
//! online backup API, in one step so it is one snapshot), private to its owner, synced to disk,
//! checked, and described by a manifest that records the logs' chain heads; and its way back.

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::error::UserError;
use crate::ops::backup;
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist); the manifest goes beside it as DEST.manifest.json
    pub dest: PathBuf,
    /// Replace DEST and its manifest if they exist (never the register itself)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to restore into the register
    pub backup: PathBuf,
    /// Overwrite a register that has changes newer than the backup
    #[arg(long)]
    pub force: bool,
}

pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<String> {
    let manifest = backup::backup(&mut ctx.session()?, &args.dest, args.force)?;
    Ok(render::backup_done(&args.dest, &manifest, ctx.json))
}

pub fn restore(ctx: &Ctx, args: RestoreArgs) -> Result<String> {
    backup::restore(&mut ctx.session_or_create()?, &args.backup, args.force)?;
    Ok(format!("{}\n", text::restored(&args.backup, &ctx.db_path)))
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
    Ok(text::REKEYED.to_string())
}
