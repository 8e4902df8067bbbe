//! The messages about where the register lives: network shares, cloud-synced folders, and the
//! kinds of place Windows has.

use std::path::Path;

use super::i18n::t;

pub fn network_share_refused(path: &Path, kind: &str) -> String {
    t!(
        "platform-network-share-refused",
        path = path.display().to_string(),
        kind = kind
    )
}

pub fn cloud_synced_warning(path: &Path) -> String {
    t!(
        "platform-cloud-synced-warning",
        path = path.display().to_string()
    )
}

pub fn network_share_allowed(kind: &str) -> String {
    t!("platform-network-share-allowed", kind = kind)
}

pub fn cloud_synced_folder(path: &Path) -> String {
    t!(
        "platform-cloud-synced-folder",
        path = path.display().to_string()
    )
}

pub fn unc_kind(share: &str) -> String {
    t!("platform-unc-kind", share = share)
}

pub fn remote_drive_kind(letter: char) -> String {
    t!("platform-remote-drive-kind", letter = letter.to_string())
}

pub fn local_drive_kind(letter: char) -> String {
    t!("platform-local-drive-kind", letter = letter.to_string())
}

pub fn cannot_make_private(path: &Path) -> String {
    t!(
        "platform-cannot-make-private",
        path = path.display().to_string()
    )
}
