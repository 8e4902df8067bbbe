//! The access log: who viewed or changed which client's data, when, with which command and why.

use super::Tx;
use anyhow::{Context, Result};
use rusqlite::types::Value;

use super::chain;

use super::Author;
use crate::domain::{validate, AccessAction};

/// One access-log row.
pub struct Access<'a> {
    pub command: &'a str,
    pub action: AccessAction,
    pub client_id: Option<i64>,
    pub case_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub fn log(tx: &Tx, author: &Author, access: &Access) -> Result<()> {
    let mut values = vec![
        Value::Text(author.at.to_string()),
        Value::Text(author.actor.clone()),
        Value::Text(access.command.to_string()),
        Value::Text(access.action.as_str().to_string()),
        access.client_id.map_or(Value::Null, Value::Integer),
        access
            .case_id
            .map_or(Value::Null, |c| Value::Text(c.to_string())),
    ];
    values.extend(author.stamp_values());
    // The reason someone typed may name the client: it is kept as erasable text.
    chain::append(tx, chain::Log::Access, values, access.reason)
        .map(|_| ())
        .context("writing the access log")
}

/// Writes a disclosure-log row: what left the register, for whom, about which cases.
pub fn disclose(
    tx: &Tx,
    author: &Author,
    what: &str,
    recipient: &str,
    cases: &[String],
) -> Result<()> {
    // In case-number order, whatever order the caller gathered them in: "2026-9999" before
    // "2026-10000", which a text sort would reverse.
    let mut cases = cases.to_vec();
    cases.sort_by_key(|id| validate::case_sort_key(id));
    let mut values = vec![
        Value::Text(author.at.to_string()),
        Value::Text(author.actor.clone()),
        Value::Text(what.to_string()),
        Value::Text(recipient.to_string()),
        Value::Text(serde_json::to_string(&cases)?),
    ];
    values.extend(author.stamp_values());
    chain::append(tx, chain::Log::Disclosure, values, None)
        .map(|_| ())
        .context("writing the disclosure log")
}

/// The access-log row of a command that changed a case: no reason asked, the change is its own.
pub fn log_change(
    tx: &Tx,
    author: &Author,
    client_id: i64,
    case_id: &str,
    command: &str,
) -> Result<()> {
    log(
        tx,
        author,
        &Access {
            command,
            action: AccessAction::Change,
            client_id: Some(client_id),
            case_id: Some(case_id),
            reason: None,
        },
    )
}
