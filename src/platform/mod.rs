//! What differs between Linux, macOS and Windows, in one place: the filesystem under a path
//! (SQLite's WAL needs every user of a register on one host, so a register on a network share is
//! refused), cloud-synced folders, and making a new file or folder private to its owner on
//! Windows. Unix gives files their mode at birth where they are created (`files`, `store::path`).
//!
//! The classification (`network_magic`, `unc_share`, `drive_letter`, `cloud_synced`) is plain
//! code, compiled and tested on every platform; only the look-ups are behind `cfg`. The Win32
//! calls are in `windows.rs`, the only module allowed `unsafe`.

mod windows;

use std::path::{Path, PathBuf};

/// Filesystem types (as Linux's /proc/mounts and macOS's `f_fstypename` name them) whose
/// locking SQLite cannot rely on across hosts.
pub const NETWORK_FILESYSTEMS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "fuse.sshfs",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "webdav",
    "afpfs",
];

/// Linux `statfs` `f_type` numbers of network filesystems (linux/magic.h) and their names.
/// FUSE (0x65735546) is not here: it is local or remote by its subtype (`fuse.sshfs`).
const NETWORK_MAGIC: &[(u64, &str)] = &[
    (0x6969, "nfs"),
    (0x517B, "smbfs"),
    (0xFF53_4D42, "cifs"),
    (0xFE53_4D42, "smb2"),
    (0x0102_1997, "9p"),
    (0x5346_414F, "afs"),
    (0x6B41_4653, "afs"),
    (0x00C3_6400, "ceph"),
    (0x7375_7245, "coda"),
    (0x564C, "ncpfs"),
];

/// Only tests set it: filesystem types (comma-separated, as `doctor` names them) to treat as
/// network filesystems, so the refusal can be shown without mounting a share. It can only make
/// moty refuse more.
pub const TEST_REJECT_VAR: &str = "MOTY_TEST_REJECT_FS";

/// The network filesystem a Linux `statfs` type number stands for, if it is one.
pub fn network_magic(f_type: u64) -> Option<&'static str> {
    NETWORK_MAGIC
        .iter()
        .find(|(magic, _)| *magic == f_type & 0xFFFF_FFFF)
        .map(|(_, name)| *name)
}

/// `\\server\share` of a Windows UNC path (`\\server\share\…`, `//server/share/…` or the
/// verbatim `\\?\UNC\server\share\…`); None for a drive path or a device path (`\\?\C:\`,
/// `\\.\pipe\…`).
pub fn unc_share(path: &str) -> Option<String> {
    let rest = if let Some(rest) = path
        .strip_prefix(r"\\?\UNC\")
        .or_else(|| path.strip_prefix(r"\\?\unc\"))
    {
        rest
    } else {
        let rest = path
            .strip_prefix(r"\\")
            .or_else(|| path.strip_prefix("//"))?;
        if rest.starts_with(['?', '.']) {
            return None;
        }
        rest
    };
    let mut parts = rest.split(['\\', '/']).filter(|p| !p.is_empty());
    let server = parts.next()?;
    let share = parts.next()?;
    Some(format!(r"\\{server}\{share}"))
}

/// The drive letter of a Windows path (`C:\…`, `c:/…`, `\\?\C:\…`), upper case.
pub fn drive_letter(path: &str) -> Option<char> {
    let path = path.strip_prefix(r"\\?\").unwrap_or(path);
    let mut chars = path.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), Some(':')) if letter.is_ascii_alphabetic() => {
            Some(letter.to_ascii_uppercase())
        }
        _ => None,
    }
}

/// Whether `path` lies in a folder a cloud client synchronises: a OneDrive folder (`OneDrive`,
/// `OneDrive - Organisation`, macOS's `OneDrive-Personal`), macOS's `CloudStorage`, or one of the
/// folders in `synced` (the OneDrive environment variables' values).
pub fn cloud_synced(path: &Path, synced: &[PathBuf]) -> bool {
    let by_name = path.components().any(|c| {
        let name = c.as_os_str().to_string_lossy().to_lowercase();
        name == "onedrive"
            || name.starts_with("onedrive -")
            || name.starts_with("onedrive-")
            || name == "cloudstorage"
    });
    by_name
        || synced
            .iter()
            .filter(|folder| !folder.as_os_str().is_empty())
            .any(|folder| path.starts_with(folder))
}

/// The OneDrive folders Windows names in the environment.
fn onedrive_folders() -> Vec<PathBuf> {
    ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"]
        .iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .collect()
}

/// What a register's place is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filesystem {
    /// The filesystem's type (`ext4`, `nfs4`, `apfs`) or, on Windows, the kind of place; None
    /// when it could not be determined.
    pub kind: Option<String>,
    /// A network filesystem or share: SQLite's WAL is not safe there.
    pub network: bool,
    /// Inside a cloud-synced folder (OneDrive): the client may upload a half-written register.
    pub cloud: bool,
}

/// The filesystem holding `path` (or, for a path that does not exist yet, its nearest existing
/// folder). The same check for opening a register and for `doctor`.
pub fn filesystem(path: &Path) -> Filesystem {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    // A UNC path is a share by its spelling: refused before anything waits on the network.
    #[cfg(windows)]
    if let Some(share) = unc_share(&absolute.to_string_lossy()) {
        return Filesystem {
            kind: Some(crate::text::unc_kind(&share)),
            network: true,
            cloud: false,
        };
    }
    let existing = absolute
        .ancestors()
        .find(|p| p.exists())
        .map(Path::to_path_buf);
    let canonical = existing
        .as_deref()
        .and_then(|p| std::fs::canonicalize(p).ok());
    let (kind, mut network) = lookup(&absolute, canonical.as_deref().or(existing.as_deref()));
    let rejected: Vec<String> = std::env::var(TEST_REJECT_VAR)
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(kind) = &kind {
        network |= NETWORK_FILESYSTEMS.contains(&kind.as_str()) || rejected.contains(kind);
    }
    let synced = onedrive_folders();
    let cloud = cloud_synced(&absolute, &synced)
        || canonical
            .as_deref()
            .is_some_and(|c| cloud_synced(c, &synced));
    Filesystem {
        kind,
        network,
        cloud,
    }
}

/// Linux: the type by `statfs` and, for its name, the longest matching mount in /proc/mounts.
#[cfg(target_os = "linux")]
fn lookup(_absolute: &Path, existing: Option<&Path>) -> (Option<String>, bool) {
    let Some(existing) = existing else {
        return (None, false);
    };
    // `f_type`'s integer type differs between architectures; the magic numbers fit in 32 bits.
    #[allow(clippy::unnecessary_cast)]
    let magic = rustix::fs::statfs(existing)
        .ok()
        .and_then(|s| network_magic(s.f_type as u64));
    let name = std::fs::read_to_string("/proc/mounts")
        .ok()
        .and_then(|mounts| {
            mounts
                .lines()
                .filter_map(|line| {
                    let mut fields = line.split_whitespace();
                    let (_, point, kind) = (fields.next()?, fields.next()?, fields.next()?);
                    existing
                        .starts_with(point)
                        .then(|| (point.len(), kind.to_string()))
                })
                .max_by_key(|(len, _)| *len)
                .map(|(_, kind)| kind)
        });
    let network = magic.is_some();
    (name.or(magic.map(str::to_string)), network)
}

/// macOS (best effort, untested): `statfs`'s `f_fstypename` (`apfs`, `smbfs`, `nfs`, …).
#[cfg(target_os = "macos")]
fn lookup(_absolute: &Path, existing: Option<&Path>) -> (Option<String>, bool) {
    let name = existing.and_then(|p| rustix::fs::statfs(p).ok()).map(|s| {
        let bytes: Vec<u8> = s
            .f_fstypename
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    });
    (name, false)
}

/// Windows: a UNC path, or a drive letter Windows calls a network drive.
#[cfg(windows)]
fn lookup(absolute: &Path, existing: Option<&Path>) -> (Option<String>, bool) {
    for path in [Some(absolute), existing].into_iter().flatten() {
        let shown = path.to_string_lossy();
        if let Some(share) = unc_share(&shown) {
            return (Some(crate::text::unc_kind(&share)), true);
        }
        if let Some(letter) = drive_letter(&shown) {
            if windows::drive_is_remote(letter) {
                return (Some(crate::text::remote_drive_kind(letter)), true);
            }
        }
    }
    let letter = drive_letter(&absolute.to_string_lossy());
    (letter.map(crate::text::local_drive_kind), false)
}

/// Elsewhere the type is not looked up.
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn lookup(_absolute: &Path, _existing: Option<&Path>) -> (Option<String>, bool) {
    (None, false)
}

/// Makes a file or folder moty has just created private to the user running moty. On Unix the
/// mode given at creation already does (0600 files, 0700 folders): nothing more to do. On
/// Windows: a protected ACL that grants the user alone full control (a folder passes it on).
pub fn restrict_to_owner(path: &Path) -> std::io::Result<()> {
    #[cfg(windows)]
    return windows::restrict_to_owner(path);
    #[cfg(not(windows))]
    {
        let _ = path;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statfs_numbers_of_network_filesystems_are_recognised() {
        assert_eq!(network_magic(0x6969), Some("nfs"));
        assert_eq!(network_magic(0xFF53_4D42), Some("cifs"));
        assert_eq!(network_magic(0xFE53_4D42), Some("smb2"));
        assert_eq!(network_magic(0x517B), Some("smbfs"));
        assert_eq!(network_magic(0x0102_1997), Some("9p"));
        // A 32-bit f_type read as a signed number and widened keeps its low bits.
        assert_eq!(
            network_magic(0xFF53_4D42_u32 as i32 as i64 as u64),
            Some("cifs")
        );
        // ext4, btrfs, tmpfs, overlayfs, xfs, FUSE (decided by its subtype's name)
        for local in [
            0xEF53,
            0x9123_683E,
            0x0102_1994,
            0x794C_7630,
            0x5846_5342,
            0x6573_5546,
        ] {
            assert_eq!(network_magic(local), None, "{local:#x}");
        }
    }

    #[test]
    fn unc_paths_name_their_share_and_drive_paths_do_not() {
        assert_eq!(
            unc_share(r"\\fileserver\moty\register.sqlite3").as_deref(),
            Some(r"\\fileserver\moty")
        );
        assert_eq!(
            unc_share(r"\\?\UNC\fileserver\moty\x").as_deref(),
            Some(r"\\fileserver\moty")
        );
        assert_eq!(
            unc_share("//fileserver/moty/x").as_deref(),
            Some(r"\\fileserver\moty")
        );
        assert_eq!(unc_share(r"\\?\C:\Users\a\register.sqlite3"), None);
        assert_eq!(unc_share(r"\\.\pipe\x"), None);
        assert_eq!(unc_share(r"C:\Users\a"), None);
        assert_eq!(unc_share(r"\\server"), None, "a server without a share");
        assert_eq!(unc_share("/home/a/register.sqlite3"), None);
        assert_eq!(drive_letter(r"c:\Users\a"), Some('C'));
        assert_eq!(drive_letter(r"\\?\D:\x"), Some('D'));
        assert_eq!(drive_letter(r"\\server\share"), None);
        assert_eq!(drive_letter("/home/a"), None);
    }

    #[test]
    fn onedrive_folders_are_cloud_synced() {
        let none: &[PathBuf] = &[];
        assert!(cloud_synced(
            Path::new("/Users/a/OneDrive/moty/register.sqlite3"),
            none
        ));
        assert!(cloud_synced(
            Path::new("/home/a/OneDrive - Hyvinvointialue/moty.sqlite3"),
            none
        ));
        assert!(cloud_synced(
            Path::new("/Users/a/Library/CloudStorage/OneDrive-Personal/x"),
            none
        ));
        assert!(!cloud_synced(
            Path::new("/home/a/.local/share/moty/register.sqlite3"),
            none
        ));
        assert!(!cloud_synced(Path::new("/home/a/OneDriveNotes/x"), none));
        let synced = [PathBuf::from("/home/a/Synced")];
        assert!(cloud_synced(Path::new("/home/a/Synced/r.sqlite3"), &synced));
        assert!(!cloud_synced(Path::new("/home/a/Other/r.sqlite3"), &synced));
    }

    #[test]
    fn a_local_temporary_folder_is_not_a_network_share() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fs = filesystem(&dir.path().join("new").join("register.sqlite3"));
        assert!(!fs.network, "{fs:?}");
        assert!(!fs.cloud, "{fs:?}");
        #[cfg(any(target_os = "linux", windows))]
        assert!(fs.kind.is_some(), "{fs:?}");
    }
}
