//! Files moty writes beside the register: exports, calendars, manifests. Each is written to a
//! private temporary file beside its destination, synced, then renamed over it, so a reader never
//! sees half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::text;

/// Opens a new file that only its owner can read (mode 0600 from the moment it exists, on Unix).
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `bytes` to `path` atomically: a private temporary file beside it, synced, renamed.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".tmp-{}", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let mut file = create_private(&temporary).with_context(|| text::cannot_create(&temporary))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| text::cannot_create(&temporary))?;
    std::fs::rename(&temporary, path).with_context(|| text::cannot_create(path))?;
    Ok(())
}
