//! Files moty writes beside the register: exports, calendars, backups and their manifests, the
//! copy taken before a migration. Each is checked before anything is written (never the register
//! or its -wal/-shm, never through a symbolic link, never over an existing file unless forced),
//! written to a private temporary file in the same folder and synced — a `Pending` — and only
//! then, once whatever records it (the disclosure-log row) is committed, renamed into place. A
//! reader never sees half a file, and a process killed midway leaves at most a temporary file
//! named `.NAME.moty-tmp-PID-N`, which `doctor` reports. And the bounded reading of what moty reads:
//! files and standard input.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result};

use crate::error::UserError;
use crate::text;

/// What every temporary file's name carries, so a leftover one is recognisable.
pub const TEMP_MARK: &str = ".moty-tmp-";

/// The files SQLite keeps beside a database under its name.
const REGISTER_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// Numbers the temporary files of one process.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// A complete, synced temporary file bound to its destination. `commit` puts it in place;
/// dropped without a commit (an error anywhere, a rolled-back transaction), it is removed.
#[derive(Debug)]
pub struct Pending {
    temp: PathBuf,
    dest: PathBuf,
    force: bool,
    placed: bool,
}

/// Writes `bytes` to a private temporary file beside `dest`, after checking that `dest` may be
/// written at all (see `check`).
pub fn prepare(dest: &Path, bytes: &[u8], force: bool, register: &Path) -> Result<Pending> {
    let (pending, ()) = prepare_with(dest, force, register, |temp| {
        let mut file = OpenOptions::new()
            .write(true)
            .open(temp)
            .with_context(|| text::cannot_create(dest))?;
        file.write_all(bytes)
            .with_context(|| text::cannot_create(dest))
    })?;
    Ok(pending)
}

/// Like `prepare`, for a file another writer fills (SQLite writing a copy): `fill` gets the path
/// of the temporary file, which exists, is empty and private to its owner.
pub fn prepare_with<T>(
    dest: &Path,
    force: bool,
    register: &Path,
    fill: impl FnOnce(&Path) -> Result<T>,
) -> Result<(Pending, T)> {
    check(dest, force, register)?;
    let temp = temp_path(dest)?;
    create_private(&temp).with_context(|| text::cannot_create(dest))?;
    // From here on the temporary file is the Pending's: every error path below removes it.
    let pending = Pending {
        temp,
        dest: dest.to_path_buf(),
        force,
        placed: false,
    };
    let value = fill(&pending.temp)?;
    File::open(&pending.temp)
        .and_then(|f| f.sync_all())
        .with_context(|| text::cannot_create(dest))?;
    Ok((pending, value))
}

impl Pending {
    /// The temporary file (to read back what was written, e.g. to check a copy).
    pub fn temp(&self) -> &Path {
        &self.temp
    }

    /// Renames the temporary file into place — without replacing a file that appeared meanwhile
    /// unless forced — and syncs the folder so the new name survives a power cut.
    pub fn commit(mut self) -> Result<()> {
        self.place()?;
        self.placed = true;
        sync_folder(&self.dest)
    }

    /// `commit` for a file whose disclosure-log row is already committed: a failure says that
    /// the row now records an export attempt.
    pub fn commit_recorded(self) -> Result<()> {
        let dest = self.dest.clone();
        self.commit()
            .with_context(|| text::recorded_not_placed(&dest))
    }

    fn place(&self) -> Result<()> {
        // A link may have been put there since `check`; rename would replace the link itself,
        // but the refusal should not depend on that.
        if is_symlink(&self.dest) {
            return Err(UserError::Refused(text::out_is_symlink(&self.dest)).into());
        }
        if self.force {
            return fs::rename(&self.temp, &self.dest)
                .with_context(|| text::cannot_create(&self.dest));
        }
        // A hard link never replaces anything: a file that appeared since `check` is refused.
        match fs::hard_link(&self.temp, &self.dest) {
            Ok(()) => {
                // Both names hold the complete file now; a failure to drop the temporary name
                // leaves a recognisable leftover, never a partial file. Drop tries again.
                let _ = fs::remove_file(&self.temp);
                Ok(())
            }
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                Err(UserError::Refused(text::out_exists(&self.dest)).into())
            }
            // Some filesystems (FAT on a memory stick, some network shares) have no hard links:
            // look once more and rename. Only a file created in the microseconds between the two
            // steps could then be replaced.
            Err(_) => {
                if fs::symlink_metadata(&self.dest).is_ok() {
                    return Err(UserError::Refused(text::out_exists(&self.dest)).into());
                }
                fs::rename(&self.temp, &self.dest).with_context(|| text::cannot_create(&self.dest))
            }
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.placed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Refuses a destination that moty must not write: the register or its -wal/-shm/-journal
/// (whatever the spelling of the path, even with `force`), a symbolic link (dangling or not), a
/// folder, or an existing file unless `force`.
pub fn check(dest: &Path, force: bool, register: &Path) -> Result<()> {
    if is_register(dest, register) {
        return Err(UserError::Refused(text::out_is_register(dest)).into());
    }
    match fs::symlink_metadata(dest) {
        Ok(meta) if meta.file_type().is_symlink() => {
            Err(UserError::Refused(text::out_is_symlink(dest)).into())
        }
        Ok(meta) if meta.is_dir() => Err(UserError::Refused(text::out_is_folder(dest)).into()),
        Ok(_) if !force => Err(UserError::Refused(text::out_exists(dest)).into()),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| text::cannot_create(dest)),
    }
}

/// Creates `dest`'s folder and any missing parents, private to the owner (0700 on Unix, an ACL
/// for the user alone on Windows), for a backup to a new folder.
pub fn create_folder(dest: &Path) -> Result<()> {
    let folder = folder_of(dest);
    if folder.exists() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(folder)
        .with_context(|| text::cannot_create(folder))?;
    crate::platform::restrict_to_owner(folder).with_context(|| text::cannot_make_private(folder))
}

/// The temporary files moty left in `folder` (sorted names), e.g. after being killed mid-export.
pub fn leftovers(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.starts_with('.') && name.contains(TEMP_MARK))
        .collect();
    names.sort();
    names
}

/// `.NAME.moty-tmp-PID-N` in the destination's folder: a rename never crosses a filesystem.
fn temp_path(dest: &Path) -> Result<PathBuf> {
    let name = dest
        .file_name()
        .ok_or_else(|| UserError::Refused(text::out_is_folder(dest)))?;
    let mut temp = std::ffi::OsString::from(".");
    temp.push(name);
    temp.push(format!(
        "{TEMP_MARK}{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    Ok(folder_of(dest).join(temp))
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Opens a new file that only its owner can read: mode 0600 from the moment it exists on Unix;
/// on Windows an ACL for the user alone, set before anything is written to it.
fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    if let Err(e) = crate::platform::restrict_to_owner(path) {
        drop(file);
        let _ = fs::remove_file(path);
        return Err(e);
    }
    Ok(file)
}

/// Whether `dest` is, or would become, the register or one of SQLite's files beside it. Compared
/// by identity, never by spelling: the same file (a hard link, `./`, `..`, a link to the folder)
/// and, for a name that does not exist yet, the same folder and the same name.
fn is_register(dest: &Path, register: &Path) -> bool {
    let Some(dest_name) = dest.file_name() else {
        return false;
    };
    let dest_file = fs::metadata(dest).ok();
    let dest_folder = fs::metadata(folder_of(dest)).ok();
    let registers = [
        Some(register.to_path_buf()),
        fs::canonicalize(register).ok(),
    ];
    for register in registers.iter().flatten() {
        let (Some(name), Ok(folder)) = (register.file_name(), fs::metadata(folder_of(register)))
        else {
            continue;
        };
        for suffix in REGISTER_SUFFIXES {
            let mut sibling = name.to_owned();
            sibling.push(suffix);
            let path = folder_of(register).join(&sibling);
            if let (Some(dest_file), Ok(file)) = (&dest_file, fs::metadata(&path)) {
                if same_file(dest_file, &file, dest, &path) {
                    return true;
                }
            }
            if let Some(dest_folder) = &dest_folder {
                if dest_name == sibling
                    && same_file(dest_folder, &folder, folder_of(dest), folder_of(register))
                {
                    return true;
                }
            }
        }
    }
    false
}

/// Same device and inode on Unix.
#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Elsewhere, the same canonical path.
#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata, a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

/// Makes a rename in `path`'s folder durable (Unix; elsewhere the rename is all there is).
fn sync_folder(path: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(folder_of(path))
        .and_then(|folder| folder.sync_all())
        .with_context(|| text::cannot_create(path))?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The most a directory CSV import reads (the book's "Commands at a glance", "Limits on what
/// moty reads": docs/src/reference/commands.md).
pub const CSV_LIMIT: u64 = 10 * 1024 * 1024;
/// The most `moty import referrals` reads: a sheet of some 200,000 referrals (a year's
/// referrals of a large wellbeing services county, many times over).
pub const SHEET_LIMIT: u64 = 256 * 1024 * 1024;
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

/// A file read more than once and never held whole (`moty import referrals` reads its sheet
/// two or three times): a regular file kept open from the first reading to the last (a file put
/// in its place meanwhile is not read). What standard input or a pipe gave is held in memory as
/// it came, its bytes (a few hundred a referral), never written to a temporary file: a sheet
/// holds identity codes, and nothing of the register's may lie unencrypted on a disk the
/// encrypted build keeps everything encrypted on. At most `limit` bytes, refused as the bounded
/// reading refuses them, before any is parsed.
#[derive(Debug)]
pub struct Reread {
    source: Source,
    limit: u64,
    field: String,
}

#[derive(Debug)]
enum Source {
    File(File),
    Bytes(Vec<u8>),
}

impl Reread {
    /// The file at `path` (or its contents, when it is not a regular file).
    pub fn open(path: &Path, limit: u64, field: &str) -> Result<Reread> {
        let file = File::open(path).with_context(|| text::cannot_read(path))?;
        let metadata = file.metadata().with_context(|| text::cannot_read(path))?;
        if !metadata.is_file() {
            return Reread::spool(file, limit, field);
        }
        if metadata.len() > limit {
            return Err(UserError::invalid(field, text::over_limit(limit)).into());
        }
        let field = field.to_string();
        let source = Source::File(file);
        Ok(Reread {
            source,
            limit,
            field,
        })
    }

    /// What `reader` gives (standard input), at most `limit` bytes, held as it came.
    pub fn spool(reader: impl Read, limit: u64, field: &str) -> Result<Reread> {
        let bytes = read_limited(reader, limit, field)?;
        let field = field.to_string();
        let source = Source::Bytes(bytes);
        Ok(Reread {
            source,
            limit,
            field,
        })
    }

    /// A reader from the start.
    pub fn reader(&mut self) -> Result<Box<dyn Read + '_>> {
        use std::io::Seek;
        match &mut self.source {
            Source::File(file) => {
                file.rewind()
                    .with_context(|| text::cannot_read_field(&self.field))?;
                Ok(Box::new((&*file).take(self.limit)))
            }
            Source::Bytes(bytes) => Ok(Box::new(bytes.as_slice())),
        }
    }
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
