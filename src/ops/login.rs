//! `moty login` / `moty logout`: a person's password for a register on a server, kept in the
//! operating system's credential store (store::credentials), never in a file. `Conn::connect`
//! uses it whenever the register's URL carries no password.

use std::path::Path;

use anyhow::{Context, Result};

use crate::error::UserError;
use crate::store::credentials::{self, StoreError, Verdict};
use crate::store::{self, pg};
use crate::text;

/// The server a login is for: its URL and the account its password is kept under. A register
/// file, a URL naming no login, and (for `login`) a URL with a password in it are bad input.
pub fn server(location: &Path, for_login: bool) -> Result<(&str, String)> {
    let url = store::server_url(location)
        .ok_or_else(|| UserError::invalid("--db", text::login_needs_server()))?;
    let (account, has_password) = credentials::login_of(url)
        .ok_or_else(|| UserError::invalid("--db", text::login_no_user()))?;
    if for_login && has_password {
        return Err(UserError::invalid("--db", text::login_password_in_url()).into());
    }
    Ok((url, account))
}

fn store_error(e: StoreError) -> anyhow::Error {
    anyhow::anyhow!(text::login_no_store(&e.to_string()))
}

/// Checks `password` by signing in to the server with it, then keeps it: the store's name. A
/// password the server refuses is exit 4 with nothing kept.
pub fn login(url: &str, account: &str, password: &str) -> Result<&'static str> {
    if password.is_empty() {
        return Err(UserError::invalid("password", text::login_empty()).into());
    }
    match credentials::try_password(url, password) {
        Verdict::Accepted => {}
        Verdict::Rejected => return Err(UserError::Refused(text::login_rejected(account)).into()),
        Verdict::Failed(e) => {
            return Err(e).with_context(|| text::cannot_connect(&pg::redacted(url)));
        }
    }
    credentials::keep(account, password).map_err(store_error)
}

/// Removes the kept password: whether there was one.
pub fn logout(account: &str) -> Result<bool> {
    credentials::forget(account).map_err(store_error)
}
