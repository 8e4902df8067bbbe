//! Words about a register on a PostgreSQL server (store::pg, `moty admin`).

use super::i18n::t;

/// Work on the register file as a whole, asked of a register on a server.
pub fn server_has_no_file() -> String {
    t!("server-no-file")
}

/// The server could not be reached, or refused the sign-in.
pub fn cannot_connect(url: &str) -> String {
    t!("server-cannot-connect", url = url)
}

/// The database holds no moty register.
pub fn server_not_a_register(url: &str) -> String {
    t!("server-not-a-register", url = url)
}

/// The register on the server is of a newer moty.
pub fn server_newer_register(url: &str, version: i64, latest: i64) -> String {
    t!(
        "server-newer-register",
        url = url,
        version = version,
        latest = latest
    )
}

/// The register on the server waits for its owner's migration.
pub fn server_older_register(url: &str, version: i64, latest: i64) -> String {
    t!(
        "server-older-register",
        url = url,
        version = version,
        latest = latest
    )
}

/// MOTY_NOW set for a register on a server.
pub fn server_clock() -> String {
    t!("server-clock")
}

/// `--as` naming someone else than the login on a server.
pub fn server_actor(named: &str, login: &str) -> String {
    t!("server-actor", named = named, login = login)
}

/// A migration on the server failed (it was rolled back whole).
pub fn server_migration_failed(version: i64) -> String {
    t!("server-migration-failed", version = version)
}

/// The roles and grants could not be made.
pub fn server_roles_failed() -> String {
    t!("server-roles-failed")
}

/// A login could not be made or granted.
pub fn server_user_failed(login: &str) -> String {
    t!("server-user-failed", login = login)
}

/// `moty admin` given a register file.
pub fn admin_needs_server() -> String {
    t!("server-admin-needs-server")
}

/// `admin init` made the register.
pub fn admin_created(url: &str, version: i64) -> String {
    t!("server-admin-created", url = url, version = version)
}

/// `admin init` found the register there.
pub fn admin_already(url: &str, version: i64) -> String {
    t!("server-admin-already", url = url, version = version)
}

/// `admin migrate` moved the schema.
pub fn admin_migrated(from: i64, to: i64) -> String {
    t!("server-admin-migrated", from = from, to = to)
}

/// `admin migrate` found nothing to do.
pub fn admin_up_to_date(version: i64) -> String {
    t!("server-admin-up-to-date", version = version)
}

/// `admin user add` made or granted a login.
pub fn admin_user_added(login: &str, role: &str, created: bool) -> String {
    t!(
        "server-admin-user-added",
        login = login,
        role = role,
        created = if created { "yes" } else { "no" }
    )
}

/// doctor's encryption line on a server.
pub fn encryption_server() -> String {
    t!("server-encryption")
}
