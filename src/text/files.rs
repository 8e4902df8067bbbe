//! The messages about files moty writes beside the register: exports, calendars, backups and
//! their manifests, the copy taken before a migration.

use std::path::Path;

use super::i18n::t;

pub fn out_is_register(path: &Path) -> String {
    t!("files-out-is-register", path = path.display().to_string())
}

pub fn out_is_symlink(path: &Path) -> String {
    t!("files-out-is-symlink", path = path.display().to_string())
}

pub fn out_is_folder(path: &Path) -> String {
    t!("files-out-is-folder", path = path.display().to_string())
}

pub fn out_exists(path: &Path) -> String {
    t!("files-out-exists", path = path.display().to_string())
}

/// The file was written and its disclosure-log row committed, but it could not be put in place.
pub fn recorded_not_placed(path: &Path) -> String {
    t!(
        "files-recorded-not-placed",
        path = path.display().to_string()
    )
}

/// `doctor`: temporary files a moty left beside the register when it was stopped mid-write.
pub fn leftovers(names: &[String]) -> String {
    t!(
        "files-leftovers",
        count = names.len(),
        names = names.join(", ")
    )
}

pub fn no_leftovers() -> String {
    t!("files-no-leftovers")
}
