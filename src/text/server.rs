//! Words about a register on a PostgreSQL server (store::pg, `moty admin`).

use super::i18n::t;

/// Work on the register file as a whole, asked of a register on a server.
pub fn server_has_no_file() -> String {
    t!("server-no-file")
}
