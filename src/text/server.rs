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
