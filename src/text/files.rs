//! The messages about files moty writes beside the register: exports, calendars, backups and
//! their manifests, the copy taken before a migration.

use std::path::Path;

pub fn out_is_register(path: &Path) -> String {
    format!(
        "{} is the register (or its -wal/-shm file); moty never writes an export or a copy over it, not even with --force — name another file",
        path.display()
    )
}

pub fn out_is_symlink(path: &Path) -> String {
    format!(
        "{} is a symbolic link; moty does not write through links — name the file itself",
        path.display()
    )
}

pub fn out_is_folder(path: &Path) -> String {
    format!("{} is a folder; name a file", path.display())
}

pub fn out_exists(path: &Path) -> String {
    format!(
        "{} exists; pass --force to replace it, or name a new file",
        path.display()
    )
}

/// The file was written and its disclosure-log row committed, but it could not be put in place.
pub fn recorded_not_placed(path: &Path) -> String {
    format!(
        "the disclosure log now records an export to {}, but the file could not be put in place and was removed; the row records an export attempt. Try again",
        path.display()
    )
}

/// `doctor`: temporary files a moty left beside the register when it was stopped mid-write.
pub fn leftovers(names: &[String]) -> String {
    format!(
        "{} left by an interrupted export or backup: {}; nothing refers to them — delete them",
        if names.len() == 1 {
            "a temporary file"
        } else {
            "temporary files"
        },
        names.join(", ")
    )
}

pub const NO_LEFTOVERS: &str = "none";
