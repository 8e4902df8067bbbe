//! Where the register lives, and creating it private to its owner with no window in which
//! another user could read it. A register on a network share is refused (SQLite's write-ahead
//! log needs every user on one computer) unless `--allow-network-share`; one in a cloud-synced
//! folder is warned about.

use std::fs::{DirBuilder, OpenOptions};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use anyhow::{Context, Result};

use crate::error::UserError;
use crate::{platform, text};

/// The platform's *local* (never roaming) per-user data folder: `~/.local/share/moty/` on Linux
/// (`$XDG_DATA_HOME/moty/` when set), `%LOCALAPPDATA%\moty\moty\data\` on Windows,
/// `~/Library/Application Support/fi.moty.moty/` on macOS; the file is `register.sqlite3`.
pub fn default_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("fi", "moty", "moty")
        .ok_or_else(|| anyhow::anyhow!(text::no_home()))?;
    Ok(dirs.data_local_dir().join("register.sqlite3"))
}

/// `--allow-network-share` was given for this run.
static ALLOW_NETWORK_SHARE: AtomicBool = AtomicBool::new(false);

/// Warnings about the register's place, printed once at the end of the run.
static WARNINGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Lets this run open a register on a network share (`--allow-network-share`; unsafe).
pub fn allow_network_share(allow: bool) {
    ALLOW_NETWORK_SHARE.store(allow, Ordering::Relaxed);
}

/// Whether this run may open a register on a network share.
pub fn network_share_allowed() -> bool {
    ALLOW_NETWORK_SHARE.load(Ordering::Relaxed)
}

/// Refuses a register on a network share (exit code 4) unless allowed, before anything is
/// created or opened; a register in a cloud-synced folder gets a warning.
pub fn check_place(path: &Path) -> Result<()> {
    let place = platform::filesystem(path);
    if place.network && !network_share_allowed() {
        let kind = place.kind.unwrap_or_default();
        return Err(UserError::Refused(text::network_share_refused(path, &kind)).into());
    }
    if place.cloud {
        let warning = text::cloud_synced_warning(path);
        if let Ok(mut warnings) = WARNINGS.lock() {
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
    }
    Ok(())
}

/// The warnings about the register's place found during this run.
pub fn place_warnings() -> Vec<String> {
    WARNINGS.lock().map(|w| w.clone()).unwrap_or_default()
}

/// Creates the register file (mode 0600) and any missing parent directories (mode 0700) before
/// SQLite opens it. The mode is given to open(2) itself, so the file is never readable by others,
/// not even for an instant; SQLite creates `-wal` and `-shm` with the database file's mode. On
/// Windows the new folder and the new file get an ACL that grants the user alone access
/// (`platform::restrict_to_owner`), before anything is written; `-wal` and `-shm` inherit the
/// folder's.
pub fn ensure_private_file(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.exists() {
            let mut dirs = DirBuilder::new();
            dirs.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                dirs.mode(0o700);
            }
            dirs.create(parent)
                .with_context(|| text::cannot_create(parent))?;
            platform::restrict_to_owner(parent)
                .with_context(|| text::cannot_make_private(parent))?;
        }
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => platform::restrict_to_owner(path).with_context(|| text::cannot_make_private(path)),
        // Every command writes (look-ups too, to the access log): say plainly when it cannot.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            match OpenOptions::new().write(true).open(path) {
                Err(e)
                    if matches!(
                        e.kind(),
                        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
                    ) =>
                {
                    Err(anyhow::anyhow!(text::read_only()))
                }
                _ => Ok(()),
            }
        }
        Err(e) if e.kind() == ErrorKind::ReadOnlyFilesystem => {
            Err(anyhow::anyhow!(text::read_only()))
        }
        Err(e) => Err(e).with_context(|| text::cannot_create(path)),
    }
}
