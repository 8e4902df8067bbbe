//! The register's encryption key (the `encrypted` build only): from `MOTY_DB_KEY` or the first
//! line of `--key-file`, never from a command-line argument, where other users could see it.
//! Read once per run; every connection this run opens uses it.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::{Context, Result};
use rusqlite::Connection;

use crate::error::UserError;
use crate::text;

static KEY: OnceLock<Option<String>> = OnceLock::new();

/// Whether this moty was built with encryption at rest.
pub const AVAILABLE: bool = cfg!(feature = "encrypted");

/// Whether the file at `path` looks encrypted: it exists, has content, and lacks SQLite's
/// plaintext header.
fn looks_encrypted(path: &Path) -> bool {
    let mut header = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| &header != b"SQLite format 3\0")
}

/// Reads the key for this run from the environment or the key file; at a terminal, asks for it
/// when the register is encrypted and none was given.
pub fn resolve(key_file: Option<&Path>, register: &Path) -> Result<()> {
    let from_env = std::env::var("MOTY_DB_KEY").ok().filter(|k| !k.is_empty());
    let from_file = match key_file {
        Some(path) => {
            // A key others can read is no key: refuse it, as ssh refuses an open private key.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(path)
                    .map_err(|_| UserError::NotFound(text::cannot_read(path)))?
                    .permissions()
                    .mode();
                if mode & 0o077 != 0 {
                    return Err(UserError::invalid("--key-file", text::key_file_open(mode)).into());
                }
            }
            let bytes =
                crate::files::read_file_limited(path, crate::files::KEY_FILE_LIMIT, "--key-file")?;
            let text_ = String::from_utf8(bytes)
                .map_err(|_| UserError::invalid("--key-file", text::not_utf8()))?;
            let first = text_.lines().next().unwrap_or("").trim().to_string();
            if first.is_empty() {
                return Err(UserError::invalid("--key-file", text::empty()).into());
            }
            Some(first)
        }
        None => None,
    };
    let mut key = from_file.or(from_env);
    if key.is_none() && AVAILABLE && crate::prompt::interactive() && looks_encrypted(register) {
        key = Some(crate::prompt::password(&text::prompt_key())?);
    }
    if key.is_some() && !AVAILABLE {
        return Err(UserError::invalid("MOTY_DB_KEY", text::not_encrypted_build()).into());
    }
    let _ = KEY.set(key);
    Ok(())
}

/// The encrypted build never writes a plaintext register: a new register without a key is
/// refused. (An existing unencrypted register still opens, so it can be copied into an encrypted
/// one; `doctor` warns that it is not encrypted.)
pub fn refuse_new_plaintext(path: &Path) -> Result<()> {
    let empty = std::fs::metadata(path).map_or(true, |m| m.len() == 0);
    if AVAILABLE && !given() && empty {
        return Err(UserError::Refused(text::no_key_for_new()).into());
    }
    Ok(())
}

/// Whether a key was given for this run.
pub fn given() -> bool {
    KEY.get().is_some_and(Option::is_some)
}

/// Keys a new connection, before anything reads the file.
pub fn apply(conn: &Connection) -> Result<()> {
    if AVAILABLE {
        // SQLCipher writes its own error lines to stderr (e.g. on a wrong key); moty says it once.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")
            .context("silencing SQLCipher's log")?;
    }
    if let Some(Some(key)) = KEY.get() {
        conn.pragma_update(None, "key", key)
            .context("applying the register key")?;
    }
    Ok(())
}

/// Changes the key of an encrypted register.
pub fn rekey(conn: &Connection, new_key: &str) -> Result<()> {
    if !AVAILABLE || !given() {
        return Err(UserError::Refused(text::rekey_needs_key()).into());
    }
    conn.pragma_update(None, "rekey", new_key)
        .context("changing the register key")
}
