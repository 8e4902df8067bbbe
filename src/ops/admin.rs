//! `moty admin`: the owner's work on a register on a PostgreSQL server (store::admin). A register
//! file needs none of it: moty creates and migrates a file itself.

use std::path::Path;

use anyhow::Result;

use crate::error::UserError;
pub use crate::store::admin::Role;
use crate::store::{self, admin};
use crate::text;

/// What `admin init` found and did.
pub struct Initialised {
    pub url: String,
    /// The schema version there before (None: no register, it was created).
    pub before: Option<i64>,
    pub version: i64,
}

fn server(location: &Path) -> Result<&str> {
    store::server_url(location)
        .ok_or_else(|| UserError::invalid("--db", text::admin_needs_server()).into())
}

pub fn init(location: &Path) -> Result<Initialised> {
    let url = server(location)?;
    let (before, version) = admin::init(url)?;
    Ok(Initialised {
        url: store::pg::redacted(url),
        before,
        version,
    })
}

/// (from, to)
pub fn migrate(location: &Path) -> Result<(i64, i64)> {
    admin::migrate(server(location)?)
}

/// Whether the login was made (false: it existed and was granted the role).
pub fn add_user(
    location: &Path,
    login: &str,
    role: Role,
    team: Option<&str>,
    region: Option<&str>,
) -> Result<bool> {
    admin::add_user(server(location)?, login, role, team, region)
}

pub use crate::store::import::{Difference, Imported};

/// `admin import-sqlite`: the team's register file `file` brought into the register on the
/// server (its owner only; everything or nothing).
pub fn import_sqlite(location: &Path, file: &Path, team: &str) -> Result<Imported> {
    crate::store::import::import_sqlite(server(location)?, file, team)
}
