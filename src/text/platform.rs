//! The messages about where the register lives: network shares, cloud-synced folders, and the
//! kinds of place Windows has.

use std::path::Path;

pub fn network_share_refused(path: &Path, kind: &str) -> String {
    format!(
        "{} is on a network share ({kind}); SQLite's write-ahead log needs every user of a register on one computer, so two people writing at once could corrupt it. Keep the register on a local disk, or use a shared server register (PostgreSQL) — see \"The register file\" in moty's book (docs/). --allow-network-share opens it anyway (unsafe)",
        path.display()
    )
}

pub fn cloud_synced_warning(path: &Path) -> String {
    format!(
        "warning: {} is in a cloud-synced folder (OneDrive); the sync client may upload the register half-written and spread it beyond this computer. Keep the register in moty's default folder on the local disk",
        path.display()
    )
}

pub fn network_share_allowed(kind: &str) -> String {
    format!("{kind} is a network filesystem, opened with --allow-network-share: SQLite's locking is not safe on it; keep the register on a local disk")
}

pub fn cloud_synced_folder(path: &Path) -> String {
    format!(
        "{} is in a cloud-synced folder (OneDrive); keep the register on the local disk",
        path.display()
    )
}

pub fn unc_kind(share: &str) -> String {
    format!("network share {share}")
}

pub fn remote_drive_kind(letter: char) -> String {
    format!("network drive {letter}:")
}

pub fn local_drive_kind(letter: char) -> String {
    format!("local drive {letter}:")
}

pub fn cannot_make_private(path: &Path) -> String {
    format!(
        "cannot make {} private to you (its access control list)",
        path.display()
    )
}
