//! Files moty writes beside the register: exports, calendars, manifests. Each is written to a
//! private temporary file beside its destination, synced, then renamed over it, so a reader never
//! sees half a file. And the bounded reading of what moty reads: files and standard input.

use std::io::{Read, Write};
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

/// The most a directory CSV import reads (README, "Limits").
pub const CSV_LIMIT: u64 = 10 * 1024 * 1024;
/// The most `--key-file` reads: a key is one line.
pub const KEY_FILE_LIMIT: u64 = 4 * 1024;
/// The most `--reason -` / `--text -` read from standard input.
pub const STDIN_LIMIT: u64 = 1024 * 1024;
/// The most `audit verify --manifest` reads.
pub const MANIFEST_LIMIT: u64 = 1024 * 1024;

/// Reads at most `limit` bytes from `reader`; more is refused as invalid `field`, after reading
/// one byte past the limit, never the whole stream (`/dev/zero` fails at once).
pub fn read_limited(mut reader: impl Read, limit: u64, field: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .with_context(|| text::cannot_read_field(field))?;
    if bytes.len() as u64 > limit {
        return Err(crate::error::UserError::invalid(field, text::over_limit(limit)).into());
    }
    Ok(bytes)
}

/// Reads the file at `path`, at most `limit` bytes; see `read_limited`.
pub fn read_file_limited(path: &Path, limit: u64, field: &str) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).with_context(|| text::cannot_read(path))?;
    read_limited(file, limit, field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        assert_eq!(
            read_limited(&b"abcd"[..], 4, "FILE").expect("fits"),
            b"abcd"
        );
        let endless = std::io::repeat(0);
        let err = read_limited(endless, 1024, "FILE").expect_err("refused");
        assert!(err.to_string().contains("FILE"), "{err}");
        assert!(err.to_string().contains("1 KiB"), "{err}");
    }
}
