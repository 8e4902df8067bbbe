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

/// A migration's files left the recorded schema version at another number than its own.
pub fn server_migration_unrecorded(version: i64, recorded: i64) -> String {
    t!(
        "server-migration-unrecorded",
        version = version,
        recorded = recorded
    )
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

/// `moty login`/`logout` given a register file.
pub fn login_needs_server() -> String {
    t!("server-login-needs-server")
}

/// `moty login` given a URL with a password in it.
pub fn login_password_in_url() -> String {
    t!("server-login-password-in-url")
}

/// `moty login` given a URL that names no login.
pub fn login_no_user() -> String {
    t!("server-login-no-user")
}

/// The password prompt of `moty login`.
pub fn login_prompt(account: &str) -> String {
    t!("server-login-prompt", account = account)
}

/// `moty login` read an empty password.
pub fn login_empty() -> String {
    t!("server-login-empty")
}

/// The server asks for a password and none is kept.
pub fn no_password_kept(account: &str) -> String {
    t!("server-no-password-kept", account = account)
}

/// The server did not take the password.
pub fn login_rejected(account: &str) -> String {
    t!("server-login-rejected", account = account)
}

/// The credential store cannot be used.
pub fn login_no_store(reason: &str) -> String {
    t!("server-login-no-store", reason = reason)
}

/// `moty login` kept the password.
pub fn logged_in(account: &str, store: &str) -> String {
    t!("server-logged-in", account = account, store = store)
}

/// `moty logout` removed the password (or found none).
pub fn logged_out(account: &str, removed: bool) -> String {
    t!(
        "server-logged-out",
        account = account,
        removed = if removed { "yes" } else { "no" }
    )
}

/// doctor: the register's URL carries a password.
pub fn password_in_url() -> String {
    t!("server-doctor-password-in-url")
}

/// doctor: no password in the register's URL.
pub fn no_password_in_url() -> String {
    t!("server-doctor-no-password-in-url")
}

/// The configuration's client certificate or CA cannot be used.
pub fn certificate_unusable(path: &std::path::Path, reason: &str) -> String {
    t!(
        "server-certificate-unusable",
        path = path.display().to_string(),
        reason = reason
    )
}

/// The configuration file names both a register file (`db`) and a server (`[server] url`).
pub fn config_db_and_server() -> String {
    t!("server-config-db-and-server")
}

/// `admin user add --role coordinator` without a team.
pub fn admin_team_needed() -> String {
    t!("server-admin-team-needed")
}

/// `admin user add --role lead` without a region.
pub fn admin_region_needed() -> String {
    t!("server-admin-region-needed")
}

/// Where the person granted works: what they see.
pub fn admin_user_team(login: &str, team: &str) -> String {
    t!("server-admin-user-team", login = login, team = team)
}

pub fn admin_user_region(login: &str, region: &str) -> String {
    t!("server-admin-user-region", login = login, region = region)
}

/// A case opened by a login the owner has placed in no team.
pub fn server_no_team(login: &str) -> String {
    t!("server-no-team", login = login)
}

/// The cross-team look-up found an open case in another team.
pub fn elsewhere_open(team: &str, region: Option<&str>) -> String {
    t!(
        "server-elsewhere-open",
        team = team,
        region = region.unwrap_or(""),
        known = if region.is_some() { "yes" } else { "no" }
    )
}

/// Whom to call about it: the region's contact card.
pub fn elsewhere_call(contact: &str) -> String {
    t!("server-elsewhere-call", contact = contact)
}

pub fn elsewhere_no_contact() -> String {
    t!("server-elsewhere-no-contact")
}

/// The cross-team look-up found the client, with no open case elsewhere.
pub fn elsewhere_closed() -> String {
    t!("server-elsewhere-closed")
}

/// refer: the identity code has an open case in another team.
pub fn elsewhere_open_refused(name: &str, team: &str, contact: &str) -> String {
    t!(
        "server-elsewhere-open-refused",
        name = name,
        team = team,
        contact = contact
    )
}

/// audit verify on a server: rows seen of the chain's rows.
pub fn rows_of(rows: i64, of: i64) -> String {
    t!("server-rows-of", rows = rows, of = of)
}

/// audit verify on a server, when a coordinator could not see every row.
pub fn verified_partly() -> String {
    t!("server-verified-partly")
}
