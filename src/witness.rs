//! The witness: every moty run remembers, per register, the newest head of each chained log it
//! has seen, in the user's own state folder (outside the register), and checks on the next run
//! that the chain still extends it. Someone who rewrites rows and recomputes every later hash
//! passes `audit verify` on the file alone, but not the witness of anyone who saw the register
//! before: the row they remember no longer has the hash they remember. Legitimate breaks (a
//! chain-format change, a restore, an import) are re-anchor rows the witness accepts.
//!
//! The file is `witness.json` in MOTY_STATE_DIR, else the platform's per-user state (or local
//! data) folder. It is read under a shared lock, updated under an exclusive one, and only moved
//! forward: concurrent processes can only make it remember a newer head.

use std::collections::BTreeMap;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// One log's remembered head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub rows: i64,
    pub head: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Register {
    /// Where the register was when it was last seen (for people reading the file).
    path: String,
    logs: BTreeMap<String, Seen>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    registers: BTreeMap<String, Register>,
}

/// The witness file, if the user has a state folder.
pub fn file() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("MOTY_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("witness.json"));
    }
    let dirs = directories::ProjectDirs::from("fi", "moty", "moty")?;
    let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(dir.join("witness.json"))
}

fn open(path: &Path) -> Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|d| !d.exists()) {
        std::fs::create_dir_all(dir).with_context(|| crate::text::cannot_create(dir))?;
        // On Windows the folder moty made is the user's alone (it may become the register's).
        crate::platform::restrict_to_owner(dir)
            .with_context(|| crate::text::cannot_make_private(dir))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .with_context(|| crate::text::cannot_create(path))
}

fn read(file: &mut std::fs::File) -> State {
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    serde_json::from_str(&text).unwrap_or_default()
}

/// What this user's witness remembers of register `id` (nothing when there is no state folder).
pub fn remembered(id: &str) -> Result<BTreeMap<String, Seen>> {
    let Some(path) = file() else {
        return Ok(BTreeMap::new());
    };
    let mut file = open(&path)?;
    file.lock_shared().context("locking the witness")?;
    let state = read(&mut file);
    Ok(state
        .registers
        .get(id)
        .map(|r| r.logs.clone())
        .unwrap_or_default())
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

fn update(id: &str, register_path: &Path, heads: &[(String, Seen)], replace: bool) -> Result<()> {
    let Some(path) = file() else {
        return Ok(());
    };
    let mut file = open(&path)?;
    file.lock().context("locking the witness")?;
    let mut state = read(&mut file);
    let entry = state.registers.entry(id.to_string()).or_default();
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
    if !moved {
        return Ok(());
    }
    let mut text = serde_json::to_string_pretty(&state)?;
    text.push('\n');
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(text.as_bytes())
        .context("writing the witness")?;
    Ok(())
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
