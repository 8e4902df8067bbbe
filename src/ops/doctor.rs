//! Is the register healthy? Integrity, foreign keys, the schema version, file permissions, the
//! filesystem (SQLite's locking does not survive network filesystems), the journal mode and the
//! audit chains.

use schemars::JsonSchema;
use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use super::Session;
use crate::domain::municipality;
use crate::store::{areas, file};
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Check {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
}

/// Every check of the register at `path`, opened read-only (store::Register::open_read_only):
/// `doctor` runs on a read-only disk and while others write. A file that cannot be read at all
/// is reported as a failed check, not an error.
pub fn checks(path: &Path, actor: &str, clock: crate::clock::Clock) -> Result<Vec<Check>> {
    let opened = Session::open_read_only(path, actor, clock).and_then(|mut session| {
        let health = file::health(session.register())?;
        Ok((session, health))
    });
    let (mut session, health) = match opened {
        Ok(opened) => opened,
        // No register, not a moty register, or one from a newer moty: said as before (exit 3, 2).
        Err(e)
            if matches!(
                crate::error::exit_code(&e),
                crate::error::Exit::NotFound | crate::error::Exit::Invalid
            ) =>
        {
            return Err(e)
        }
        Err(e) => {
            return Ok(vec![Check {
                check: "integrity",
                status: Status::Fail,
                detail: text::unreadable(&format!("{e:#}")),
            }])
        }
    };
    let path = path.to_path_buf();
    let mut checks = Vec::new();
    let mut add = |check, status, detail: String| {
        checks.push(Check {
            check,
            status,
            detail,
        })
    };
    let integrity = health.integrity;
    add(
        "integrity",
        if integrity == "ok" {
            Status::Ok
        } else {
            Status::Fail
        },
        integrity,
    );
    let broken_keys = health.broken_foreign_keys;
    add(
        "foreign keys",
        if broken_keys == 0 {
            Status::Ok
        } else {
            Status::Fail
        },
        text::broken_keys(broken_keys),
    );
    let version = health.schema_version;
    let latest = crate::store::migrate::LATEST;
    add(
        "schema",
        // An older schema is brought up to date by the next command that opens the register.
        if version == latest {
            Status::Ok
        } else {
            Status::Warn
        },
        text::schema_version(version, latest),
    );
    add(
        "append-only",
        if health.missing_triggers.is_empty() {
            Status::Ok
        } else {
            Status::Fail
        },
        text::missing_triggers(&health.missing_triggers),
    );
    let on_server = session.register().on_server();
    let mode = health.journal_mode;
    add(
        // On a server: which PostgreSQL keeps the register (its write-ahead log is its own).
        if on_server { "server" } else { "journal" },
        if mode == "wal" || on_server {
            Status::Ok
        } else {
            Status::Warn
        },
        mode,
    );
    // On a server: a password written in the URL (`moty login` keeps it in the credential store).
    if let Some(url) = crate::store::server_url(&path) {
        if crate::store::credentials::url_has_password(url) {
            add("password", Status::Warn, text::password_in_url());
        } else {
            add("password", Status::Ok, text::no_password_in_url());
        }
    }
    for v in health.chains {
        let (status, detail) = match (&v.problem, v.broken_at) {
            (Some(problem), Some(row)) => {
                (Status::Fail, format!("{}: row {row}: {problem}", v.log))
            }
            _ => (Status::Ok, text::chain_line(v.log, v.rows)),
        };
        add("audit chain", status, detail);
    }
    // What follows is about the file, its folder and the disk under it: a server's are the
    // server's (the deployment guide).
    if !on_server {
        file_checks(&path, &mut add)?;
    }
    catalogue_checks(&mut session, &mut add);
    let (status, detail) = match (crate::store::key::AVAILABLE, crate::store::key::given()) {
        (true, true) => (Status::Ok, text::encrypted_yes()),
        (true, false) if on_server => (Status::Ok, text::encryption_server()),
        (true, false) => (Status::Warn, text::encrypted_no_key()),
        (false, _) if on_server => (Status::Ok, text::encryption_server()),
        (false, _) => (Status::Warn, text::encryption_not_built()),
    };
    add("encryption", status, detail);
    Ok(checks)
}

/// The register file's mode, its folder's, the filesystem under it and temporary files left.
fn file_checks(path: &Path, add: &mut impl FnMut(&'static str, Status, String)) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        add(
            "permissions",
            if mode & 0o077 == 0 {
                Status::Ok
            } else {
                Status::Warn
            },
            text::file_mode(mode),
        );
        if let Some(dir) = path.canonicalize()?.parent() {
            let dir_mode = std::fs::metadata(dir)?.permissions().mode() & 0o777;
            add(
                "folder",
                if dir_mode & 0o007 == 0 {
                    Status::Ok
                } else {
                    Status::Warn
                },
                text::folder_mode(dir, dir_mode),
            );
        }
    }
    // The same check that refuses to open a register on a network share (store::check_place).
    let place = crate::platform::filesystem(path);
    match place.kind {
        Some(kind) if place.network && crate::store::network_share_allowed() => add(
            "filesystem",
            Status::Warn,
            text::network_share_allowed(&kind),
        ),
        Some(kind) if place.network => add("filesystem", Status::Fail, text::network_fs(&kind)),
        Some(kind) => add("filesystem", Status::Ok, kind),
        None => add("filesystem", Status::Warn, text::unknown_fs()),
    }
    if place.cloud {
        add("cloud sync", Status::Warn, text::cloud_synced_folder(path));
    }
    // A moty stopped mid-export or mid-backup leaves only its temporary file, never a partial
    // file under the real name; nothing refers to one, so it can simply be deleted.
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let leftovers = crate::files::leftovers(folder.unwrap_or(Path::new(".")));
    if leftovers.is_empty() {
        add("temporary files", Status::Ok, text::no_leftovers());
    } else {
        add("temporary files", Status::Warn, text::leftovers(&leftovers));
    }
    Ok(())
}

/// What a report cannot place in an area or a municipality.
fn catalogue_checks(session: &mut Session, add: &mut impl FnMut(&'static str, Status, String)) {
    // The catalogues: what a report cannot place in an area or a municipality. Warnings only:
    // what was written before the catalogues stays readable.
    let catalogue = session.read(|tx| {
        Ok((
            areas::texts(tx, true)?,
            areas::services(tx)?,
            areas::municipalities(tx)?,
        ))
    });
    match catalogue {
        Ok((unmapped, services, municipalities)) => {
            let texts: Vec<String> = unmapped.into_iter().map(|t| t.text).collect();
            if texts.is_empty() {
                add(
                    "unit names",
                    Status::Ok,
                    text::all_texts_mapped().to_string(),
                );
            } else {
                add("unit names", Status::Warn, text::unmapped_texts(&texts));
            }
            let without: Vec<String> = services
                .into_iter()
                .filter(|s| s.area.is_none())
                .map(|s| s.code)
                .collect();
            if without.is_empty() {
                let detail = text::all_services_have_areas().to_string();
                add("service areas", Status::Ok, detail);
            } else {
                add(
                    "service areas",
                    Status::Warn,
                    text::services_without_area(&without),
                );
            }
            let unknown: Vec<(String, i64)> = municipalities
                .into_iter()
                .filter(|(name, _)| municipality::lookup(name).is_none())
                .collect();
            if unknown.is_empty() {
                let detail = text::all_municipalities_known().to_string();
                add("municipalities", Status::Ok, detail);
            } else {
                add(
                    "municipalities",
                    Status::Warn,
                    text::unknown_municipalities(&unknown),
                );
            }
        }
        Err(e) => add(
            "catalogues",
            Status::Warn,
            text::unreadable(&format!("{e:#}")),
        ),
    }
}
