//! Appending to the hash-chained logs (store/chain.rs): one row or many, each chained to the row
//! before it. On a file the head is read once and the hashes computed in one pass; on a server
//! the `chain_append` trigger (006_triggers.sql) gives each row its id and hash under the
//! register's write lock, and the access log's rows are stamped and chained all at once by the
//! server's `log_access` (015_access_at_once.sql). Either way the rows go in as few statements as
//! the limit on bound values allows, and each row's personal text goes to `log_texts` under a
//! fresh salt.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::bulk::insert_rows;
use super::chain::{commitment, digest, head, salt, Log};
use super::db::Value;
use super::Tx;

/// The columns the server's `chain_append` trigger fills itself (006_triggers.sql): whatever a
/// client sends for them is replaced, so none is sent.
pub(super) const SERVER_STAMPED: [&str; 6] = [
    "actor",
    "at",
    "entered_at",
    "clock",
    "recorded_by",
    "recorded_at",
];

/// Appends a row with `values` in the log's column order (without `text_hash`), chained to the
/// row before; `text`, the row's personal free text, goes to `log_texts` under a fresh salt and
/// the row hashes its commitment. Returns the row's id.
pub fn append(tx: &Tx, log: Log, values: Vec<Value>, text: Option<&str>) -> Result<i64> {
    append_all(tx, log, vec![(values, text)])?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("appending to {} returned no row", log.table()))
}

/// Appends many rows at once, as `append` would one by one (the rows a look-up logs: one
/// statement per command, however many cases it showed). Returns their ids in order.
pub fn append_all(tx: &Tx, log: Log, rows: Vec<(Vec<Value>, Option<&str>)>) -> Result<Vec<i64>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let server = tx.on_server();
    // The rows' values with their text commitments, and the salted texts by commitment.
    let mut salted = HashMap::new();
    let mut committed = Vec::with_capacity(rows.len());
    for (mut values, text) in rows {
        if log.has_text() {
            values.push(match text {
                Some(text) => {
                    let salt = salt()?;
                    let commitment = commitment(&salt, text);
                    salted.insert(commitment.clone(), (salt, text));
                    Value::Text(commitment)
                }
                None => Value::Null,
            });
        }
        committed.push(values);
    }
    let ids = if server {
        insert_on_server(tx, log, committed)?
    } else {
        insert_on_file(tx, log, committed)?
    };
    // Each text under the id its row got, found by the row's commitment.
    let texts: Vec<Value> = ids
        .iter()
        .filter_map(|(id, commitment)| {
            let (salt, text) = salted.get(commitment.as_deref()?)?;
            Some([
                Value::Text(log.table().to_string()),
                Value::Integer(*id),
                Value::Blob(salt.to_vec()),
                Value::Text(text.to_string()),
            ])
        })
        .flatten()
        .collect();
    insert_rows(
        tx,
        "INSERT INTO log_texts (log, row_id, salt, body) VALUES ",
        None,
        4,
        texts,
        "",
    )
    .context("keeping a log row's text")?;
    Ok(ids.into_iter().map(|(id, _)| id).collect())
}

/// The rows chained on a file: ids from the head on, hashes in one pass. Each row's id and text
/// commitment.
fn insert_on_file(tx: &Tx, log: Log, rows: Vec<Vec<Value>>) -> Result<Vec<(i64, Option<String>)>> {
    let (mut last, mut previous) = head(tx, log)?;
    let columns = log.columns();
    let mut all = Vec::with_capacity(rows.len() * (columns.len() + 2));
    let mut ids = Vec::with_capacity(rows.len());
    for values in rows {
        let id = last + 1;
        let hash = digest(&previous, id, &values);
        let commitment = match (log.has_text(), values.last()) {
            (true, Some(Value::Text(c))) => Some(c.clone()),
            _ => None,
        };
        all.push(Value::Integer(id));
        all.extend(values);
        all.push(Value::Text(hash.clone()));
        ids.push((id, commitment));
        (last, previous) = (id, hash);
    }
    let head = format!(
        "INSERT INTO {} (id, {}, hash) VALUES ",
        log.table(),
        columns.join(", ")
    );
    insert_rows(tx, &head, None, columns.len() + 2, all, "")
        .with_context(|| format!("appending to {}", log.table()))?;
    Ok(ids)
}

/// The rows on a server, without what it stamps itself: each row's id (and text commitment) as
/// the server gave it.
fn insert_on_server(
    tx: &Tx,
    log: Log,
    rows: Vec<Vec<Value>>,
) -> Result<Vec<(i64, Option<String>)>> {
    let sent = |column: &&str| !SERVER_STAMPED.contains(column);
    let columns: Vec<&str> = log.columns().iter().copied().filter(sent).collect();
    let rows: Vec<Vec<Value>> = rows
        .into_iter()
        .map(|values| {
            log.columns()
                .iter()
                .zip(values)
                .filter(|(column, _)| sent(column))
                .map(|(_, value)| value)
                .collect()
        })
        .collect();
    if log == Log::Access {
        return log_access(tx, &columns, rows);
    }
    let head = format!(
        "INSERT INTO {} ({}) VALUES ",
        log.table(),
        columns.join(", ")
    );
    let returning = if log.has_text() {
        " RETURNING id, text_hash"
    } else {
        " RETURNING id, NULL"
    };
    insert_rows(tx, &head, None, columns.len(), rows.concat(), returning)
        .with_context(|| format!("appending to {}", log.table()))
}

/// The access log's rows on a server (`columns` the ones sent), all in one call of its
/// `log_access` (migration 15): the server stamps, numbers and chains them at once, as its
/// trigger would one by one. Each row's id and text commitment, in order.
fn log_access(
    tx: &Tx,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<Vec<(i64, Option<String>)>> {
    let rows: Vec<serde_json::Value> = rows
        .into_iter()
        .map(|values| {
            let fields = columns
                .iter()
                .zip(values)
                .map(|(column, value)| {
                    let value = match value {
                        Value::Null => serde_json::Value::Null,
                        Value::Integer(n) => n.into(),
                        Value::Text(text) => text.into(),
                        Value::Real(_) | Value::Blob(_) => {
                            anyhow::bail!("the access log's {column} is neither text nor a number")
                        }
                    };
                    Ok((column.to_string(), value))
                })
                .collect::<Result<serde_json::Map<_, _>>>()?;
            Ok(serde_json::Value::Object(fields))
        })
        .collect::<Result<_>>()?;
    let rows = serde_json::Value::Array(rows).to_string();
    tx.prepare_cached("SELECT id, text_hash FROM log_access(CAST(CAST(?1 AS text) AS jsonb))")?
        .query_map([rows], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<super::db::Result<Vec<_>>>()
        .context("appending to access_log")
}
