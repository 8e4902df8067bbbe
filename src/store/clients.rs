//! Clients: the people cases are about. The same identity code is the same client.

pub use crate::domain::records::{Client, Details};

use std::collections::HashMap;

use super::db::{params, OptionalExtension, Row, ToSql};
use super::Tx;
use anyhow::{Context, Result};

use crate::domain::fold::{fold, phone_digits};

pub(super) const COLUMNS: &str =
    "id, name, hetu, hetu_temporary, birth_year, phone, municipality, region,
    non_disclosure, language, interpreter";

pub(super) fn from_row(row: &Row) -> super::db::Result<Client> {
    Ok(Client {
        id: row.get(0)?,
        name: row.get(1)?,
        hetu: row.get(2)?,
        hetu_temporary: row.get(3)?,
        birth_year: row.get(4)?,
        phone: row.get(5)?,
        municipality: row.get(6)?,
        region: row.get(7)?,
        non_disclosure: row.get(8)?,
        language: row.get(9)?,
        interpreter: row.get(10)?,
    })
}

pub fn get(tx: &Tx, id: i64) -> Result<Client> {
    tx.prepare_cached(&format!("SELECT {COLUMNS} FROM clients WHERE id = ?1"))?
        .query_row([id], from_row)
        .context("reading a client")
}

pub fn by_hetu(tx: &Tx, hetu: &str) -> Result<Option<Client>> {
    tx.prepare_cached(&format!("SELECT {COLUMNS} FROM clients WHERE hetu = ?1"))?
        .query_row([hetu], from_row)
        .optional()
        .context("looking up an identity code")
}

pub use super::bulk::{insert_clients, NewClient};

/// `by_hetu` for many identity codes at once: the clients found, by code.
pub fn by_hetus(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, Client>> {
    let mut found = HashMap::new();
    for chunk in codes.chunks(super::db::LIST_CHUNK) {
        let sql = format!(
            "SELECT {COLUMNS} FROM clients WHERE hetu IN ({})",
            super::db::in_list(chunk.len())
        );
        let values = chunk.iter().map(ToSql::to_value).collect::<Vec<_>>();
        let clients = tx
            .prepare(&sql)?
            .query_map(values, from_row)?
            .collect::<super::db::Result<Vec<_>>>()
            .context("looking up identity codes")?;
        for client in clients {
            if let Some(code) = client.hetu.clone() {
                found.insert(code, client);
            }
        }
    }
    Ok(found)
}

/// Records changed contact details (and a new name, when given); returns the names of the
/// fields that actually changed, for the timeline.
pub fn update(
    tx: &Tx,
    client: &Client,
    name: Option<&str>,
    details: &Details,
) -> Result<Vec<&'static str>> {
    let mut changed = Vec::new();
    let differs = |new: &Option<String>, old: &Option<String>| new.is_some() && new != old;
    if name.is_some_and(|n| n != client.name) {
        changed.push("name");
    }
    if differs(&details.phone, &client.phone) {
        changed.push("phone");
    }
    if differs(&details.municipality, &client.municipality) {
        changed.push("municipality");
    }
    if differs(&details.region, &client.region) {
        changed.push("region");
    }
    let basic = changed.len();
    changed.extend(protection(tx, client, details)?);
    if basic == 0 {
        return Ok(changed);
    }
    let name = name.unwrap_or(&client.name);
    let phone = details.phone.as_ref().or(client.phone.as_ref());
    tx.prepare_cached(
        "UPDATE clients SET name = ?2, name_folded = ?3, phone = ?4, phone_digits = ?5,
             municipality = ?6, region = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        client.id,
        name,
        fold(name),
        phone,
        phone.map(|p| phone_digits(p)),
        details
            .municipality
            .as_ref()
            .or(client.municipality.as_ref()),
        details.region.as_ref().or(client.region.as_ref()),
    ])
    .context("updating a client")?;
    Ok(changed)
}

/// Records a changed non-disclosure order, language or interpreter (the fields `details` gives
/// that differ from `client`'s); returns the names of the fields that changed.
pub fn protection(tx: &Tx, client: &Client, details: &Details) -> Result<Vec<&'static str>> {
    let mut changed = Vec::new();
    if details
        .non_disclosure
        .is_some_and(|on| on != client.non_disclosure)
    {
        changed.push("non_disclosure");
    }
    if details.language.is_some() && details.language != client.language {
        changed.push("language");
    }
    if details.interpreter.is_some() && details.interpreter != client.interpreter {
        changed.push("interpreter");
    }
    if changed.is_empty() {
        return Ok(changed);
    }
    tx.prepare_cached(
        "UPDATE clients SET non_disclosure = ?2, language = ?3, interpreter = ?4 WHERE id = ?1",
    )?
    .execute(params![
        client.id,
        details.non_disclosure.unwrap_or(client.non_disclosure),
        details.language.or(client.language),
        details.interpreter.as_ref().or(client.interpreter.as_ref()),
    ])
    .context("recording the client's protection and language")?;
    Ok(changed)
}

/// Records that the client no longer needs an interpreter; whether anything changed.
pub fn clear_interpreter(tx: &Tx, client: &Client) -> Result<bool> {
    if client.interpreter.is_none() {
        return Ok(false);
    }
    tx.prepare_cached("UPDATE clients SET interpreter = NULL WHERE id = ?1")?
        .execute([client.id])
        .context("recording that no interpreter is needed")?;
    Ok(true)
}
