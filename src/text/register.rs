//! The messages about the register file itself: creating, opening and migrating it, and its
//! encryption at rest (ids `gen-…`, with the rest of `text/mod.rs`'s general messages).

use std::path::Path;

use super::i18n::t;
use super::path_text;

// --- errors: the register file -------------------------------------------------------------

pub fn cannot_create(file: &Path) -> String {
    t!("gen-cannot-create", path = path_text(file))
}

pub fn cannot_open(file: &Path) -> String {
    t!("gen-cannot-open", path = path_text(file))
}

pub fn no_register(file: &Path) -> String {
    t!("gen-no-register", path = path_text(file))
}

pub fn not_a_register(file: &Path) -> String {
    t!("gen-not-a-register", path = path_text(file))
}

pub fn newer_register(file: &Path, version: i64, latest: i64) -> String {
    t!(
        "gen-newer-register",
        path = path_text(file),
        version = version,
        latest = latest
    )
}

pub fn migration_broke_reference(table: &str, rowid: i64, parent: &str) -> String {
    t!(
        "gen-migration-broke-reference",
        table = table,
        rowid = rowid,
        parent = parent
    )
}

pub fn no_wal(mode: &str) -> String {
    t!("gen-no-wal", mode = mode)
}

/// Said at a terminal before a register in use is brought to this moty's schema.
pub fn migrating(from: i64, to: i64) -> String {
    t!("gen-migrating", from = from, to = to)
}

// --- encryption ----------------------------------------------------------------------------

pub fn not_encrypted_build() -> String {
    t!("gen-not-encrypted-build")
}

pub fn rekey_needs_key() -> String {
    t!("gen-rekey-needs-key")
}

pub fn wrong_key(file: &Path) -> String {
    t!("gen-wrong-key", path = path_text(file))
}

pub fn rekeyed() -> String {
    format!("{}\n", t!("gen-rekeyed"))
}

pub fn encrypted_yes() -> String {
    t!("gen-encrypted-yes")
}

pub fn encrypted_no_key() -> String {
    t!("gen-encrypted-no-key")
}

pub fn encryption_not_built() -> String {
    t!("gen-encryption-not-built")
}

pub fn prompt_key() -> String {
    t!("gen-prompt-key")
}
