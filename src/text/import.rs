//! Words of `moty admin import-sqlite` (store::import): a team's register file brought to the
//! register on a PostgreSQL server.

use super::i18n::t;

/// Someone not in moty_owner asked for an import.
pub fn import_not_owner(login: &str) -> String {
    t!("server-import-not-owner", login = login)
}

/// The file is of an older schema version.
pub fn import_file_older(path: &str, version: i64, latest: i64) -> String {
    t!(
        "server-import-file-older",
        path = path,
        version = version,
        latest = latest
    )
}

/// A chain of the file does not verify.
pub fn import_chain_broken(log: &str, row: i64) -> String {
    t!("server-import-chain-broken", log = log, row = row)
}

/// Case ids of the file already on the server (all of them, comma-separated).
pub fn import_collisions(ids: &str, count: usize) -> String {
    t!("server-import-collisions", ids = ids, count = count)
}

/// The first line of the summary.
pub fn import_done(path: &str, register: &str, team: &str) -> String {
    t!(
        "server-import-done",
        path = path,
        register = register,
        team = team
    )
}

/// The summary table's headings.
pub fn h_import_what() -> String {
    t!("server-import-h-what")
}

pub fn h_import_rows() -> String {
    t!("server-import-h-rows")
}

/// The summary's rows.
pub fn import_row_cases() -> String {
    t!("server-import-row-cases")
}

pub fn import_row_clients_new() -> String {
    t!("server-import-row-clients-new")
}

pub fn import_row_clients_merged() -> String {
    t!("server-import-row-clients-merged")
}

/// A log's rows copied (`log` is the table's name: events, access_log, …).
pub fn import_row_log(log: &str) -> String {
    t!("server-import-row-log", log = log)
}

/// A catalogue's rows: how many were the server's already, how many added.
pub fn import_row_catalogue(table: &str) -> String {
    t!("server-import-row-catalogue", table = table)
}

pub fn import_catalogue_counts(merged: i64, added: i64) -> String {
    t!(
        "server-import-catalogue-counts",
        merged = merged,
        added = added
    )
}

/// The heading of the differences, and one difference.
pub fn import_differences(count: usize) -> String {
    t!("server-import-differences", count = count)
}

pub fn import_difference(what: &str, key: &str, field: &str, file: &str, server: &str) -> String {
    t!(
        "server-import-difference",
        what = what,
        key = key,
        field = field,
        file = file,
        server = server
    )
}
