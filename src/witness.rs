//! The witness: every moty run remembers, per register, the newest head of each chained log it
//! has seen, in the user's own state folder (outside the register), and checks on the next run
//! that the chain still extends it. Someone who rewrites rows and recomputes every later hash
//! passes `audit verify` on the file alone, but not the witness of anyone who saw the register
//! before: the row they remember no longer has the hash they remember. Legitimate breaks (a
//! chain-format change, a restore, an import) are re-anchor rows the witness accepts.
//!
//! The witness lives in MOTY_STATE_DIR, else the platform's per-user state (or local data)
//! folder: `witness/<register id>.json` for each register, so a command reads and writes only its
//! own register's few hundred bytes however many registers the user has opened. A file is
//! replaced whole (written beside it, then renamed over it), so a reader never sees half of one
//! and needs no lock; writers take the register's lock file (`<register id>.lock`) and only move
//! the heads forward: concurrent processes can only make it remember a newer head. The single
//! `witness.json` of earlier versions (every register in one file) is still read for a register
//! that has no file of its own yet, and never written again.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// One log's remembered head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub rows: i64,
    pub head: String,
}

/// What is remembered of one register.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Register {
    /// Where the register was when it was last seen (for people reading the file).
    path: String,
    logs: BTreeMap<String, Seen>,
}

/// The single file of earlier versions: every register's.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Legacy {
    registers: BTreeMap<String, Register>,
}

/// The user's state folder, if they have one.
fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("MOTY_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("fi", "moty", "moty")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

/// The register's file name without its extension: the id itself (32 hex digits), or its bytes
/// in hex for an id that is not a plain name.
fn stem(id: &str) -> String {
    let plain = !id.is_empty()
        && id.len() <= 64
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if plain {
        id.to_string()
    } else {
        format!("x{}", hex::encode(id.as_bytes()))
    }
}

/// The witness file of register `id`, if the user has a state folder.
pub fn file(id: &str) -> Option<PathBuf> {
    Some(
        state_dir()?
            .join("witness")
            .join(format!("{}.json", stem(id))),
    )
}

/// A file's text, or None when there is no such file.
fn read_text(path: &Path) -> Result<Option<String>> {
    let mut text = String::new();
    match std::fs::File::open(path) {
        Ok(mut file) => {
            let _ = file.read_to_string(&mut text);
            Ok(Some(text))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| crate::text::cannot_read(path)),
    }
}

/// What is remembered of register `id`: its own file, else the entry of the earlier versions'
/// single file (read under its shared lock, as those versions wrote it under an exclusive one).
fn read(id: &str) -> Result<Register> {
    let Some(path) = file(id) else {
        return Ok(Register::default());
    };
    if let Some(text) = read_text(&path)? {
        return Ok(serde_json::from_str(&text).unwrap_or_default());
    }
    let Some(legacy) = state_dir().map(|d| d.join("witness.json")) else {
        return Ok(Register::default());
    };
    let Ok(mut file) = std::fs::File::open(&legacy) else {
        return Ok(Register::default());
    };
    file.lock_shared().context("locking the witness")?;
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    let mut all: Legacy = serde_json::from_str(&text).unwrap_or_default();
    Ok(all.registers.remove(id).unwrap_or_default())
}

/// What this user's witness remembers of register `id` (nothing when there is no state folder).
pub fn remembered(id: &str) -> Result<BTreeMap<String, Seen>> {
    Ok(read(id)?.logs)
}

/// Remembers newer heads of register `id`; a head is only ever moved forward.
pub fn remember(id: &str, register_path: &Path, heads: &[(String, Seen)]) -> Result<()> {
    update(id, register_path, heads, false)
}

/// Replaces what is remembered of register `id` after a recorded break (a restore), which may
/// leave a chain shorter than before.
pub fn replace(id: &str, register_path: &Path, heads: &[(String, Seen)]) -> Result<()> {
    update(id, register_path, heads, true)
}

/// Creates (private to the owner) a file of the witness folder, or opens the one there is.
fn open_private(path: &Path, truncate: bool) -> Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|d| !d.exists()) {
        let mut folder = std::fs::DirBuilder::new();
        folder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            folder.mode(0o700);
        }
        folder
            .create(dir)
            .with_context(|| crate::text::cannot_create(dir))?;
        // On Windows the folder moty made is the user's alone.
        crate::platform::restrict_to_owner(dir)
            .with_context(|| crate::text::cannot_make_private(dir))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options
        .read(true)
        .write(true)
        .create(true)
        .truncate(truncate);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .with_context(|| crate::text::cannot_create(path))
}

fn update(id: &str, register_path: &Path, heads: &[(String, Seen)], replace: bool) -> Result<()> {
    let Some(path) = file(id) else {
        return Ok(());
    };
    let lock = open_private(&path.with_extension("lock"), false)?;
    lock.lock().context("locking the witness")?;
    let mut entry = read(id)?;
    let mut moved = false;
    for (log, seen) in heads {
        // Forward only: more rows, or the same rows under a new head after an accepted re-anchor.
        let newer = entry.logs.get(log).is_none_or(|old| {
            replace || seen.rows > old.rows || (seen.rows == old.rows && *seen != *old)
        });
        if newer {
            entry.logs.insert(log.clone(), seen.clone());
            moved = true;
        }
    }
    let shown = register_path.display().to_string();
    if entry.path != shown {
        entry.path = shown;
        moved = true;
    }
    if !moved && path.exists() {
        return Ok(());
    }
    let mut text = serde_json::to_string_pretty(&entry)?;
    text.push('\n');
    // Writers hold the lock, so one temporary name serves (a killed writer's is overwritten).
    let temp = path.with_extension("json.tmp");
    let mut out = open_private(&temp, true)?;
    out.write_all(text.as_bytes())
        .context("writing the witness")?;
    drop(out);
    // On Windows a virus scanner may hold the file open a moment without letting it be replaced.
    let mut tries = 0;
    loop {
        match std::fs::rename(&temp, &path) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied && tries < 10 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => return Err(e).context("writing the witness"),
        }
    }
}

/// Problems the witness found during this run, printed once at its end.
static PROBLEMS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Records a problem to report at the end of the run.
pub fn report(problem: String) {
    if let Ok(mut problems) = PROBLEMS.lock() {
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
}

/// The problems found during this run.
pub fn problems() -> Vec<String> {
    PROBLEMS.lock().map(|p| p.clone()).unwrap_or_default()
}
