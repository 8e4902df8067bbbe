//! Where the register lives, and creating it private to its owner with no window in which
//! another user could read it.

use std::fs::{DirBuilder, OpenOptions};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::text;

/// `~/.local/share/moty/register.sqlite3` on Linux (the platform's per-user data directory).
pub fn default_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("fi", "moty", "moty")
        .ok_or_else(|| anyhow::anyhow!(text::NO_HOME))?;
    Ok(dirs.data_dir().join("register.sqlite3"))
}

/// Creates the register file (mode 0600) and any missing parent directories (mode 0700) before
/// SQLite opens it. The mode is given to open(2) itself, so the file is never readable by others,
/// not even for an instant; SQLite creates `-wal` and `-shm` with the database file's mode. (The
/// modes are Unix's; elsewhere the platform's defaults apply.)
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
        Ok(_) => Ok(()),
        // Every command writes (look-ups too, to the access log): say plainly when it cannot.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            match OpenOptions::new().write(true).open(path) {
                Err(e)
                    if matches!(
                        e.kind(),
                        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
                    ) =>
                {
                    Err(anyhow::anyhow!(text::READ_ONLY))
                }
                _ => Ok(()),
            }
        }
        Err(e) if e.kind() == ErrorKind::ReadOnlyFilesystem => {
            Err(anyhow::anyhow!(text::READ_ONLY))
        }
        Err(e) => Err(e).with_context(|| text::cannot_create(path)),
    }
}
