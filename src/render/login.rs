//! `moty login` / `moty logout`'s results: a sentence, or with `--json` one document.

use schemars::JsonSchema;
use serde::Serialize;

use super::json;
use crate::text;

/// What `moty login` or `moty logout` did. The password itself is never printed.
#[derive(Serialize, JsonSchema)]
pub struct Login<'a> {
    /// `login` or `logout`.
    action: &'a str,
    /// The credential store's entry: LOGIN@HOST:PORT/DATABASE (service "moty").
    account: &'a str,
    /// `login`: the store that keeps the password: windows, keychain, secret-service or keyutils.
    #[serde(skip_serializing_if = "Option::is_none")]
    store: Option<&'a str>,
    /// `logout`: whether a password was kept (and is now removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    removed: Option<bool>,
}

pub fn logged_in(account: &str, store: &str, as_json: bool) -> String {
    if as_json {
        return json(&Login {
            action: "login",
            account,
            store: Some(store),
            removed: None,
        });
    }
    text::logged_in(account, store) + "\n"
}

pub fn logged_out(account: &str, removed: bool, as_json: bool) -> String {
    if as_json {
        return json(&Login {
            action: "logout",
            account,
            store: None,
            removed: Some(removed),
        });
    }
    text::logged_out(account, removed) + "\n"
}
