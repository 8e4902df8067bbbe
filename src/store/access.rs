//! The access log: who viewed or changed which client's data, when, with which command and why.

use super::db::Value;
use super::Tx;
use anyhow::{Context, Result};

use super::chain;

use super::Author;
use crate::domain::{validate, AccessAction, LegalBasis};

/// One access-log row.
pub struct Access<'a> {
    pub command: &'a str,
    pub action: AccessAction,
    pub client_id: Option<i64>,
    pub case_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub fn log(tx: &Tx, author: &Author, access: &Access) -> Result<()> {
    log_all(tx, author, std::slice::from_ref(access))
}

/// Writes the rows of many accesses in one statement (a look-up's rows, one per case shown).
pub fn log_all(tx: &Tx, author: &Author, accesses: &[Access]) -> Result<()> {
    let rows = accesses
        .iter()
        .map(|access| (values(author, access), access.reason))
        .collect();
    // The reason someone typed may name the client: it is kept as erasable text.
    chain::append_all(tx, chain::Log::Access, rows)
        .map(|_| ())
        .context("writing the access log")
}

/// An access row's values in the log's column order.
fn values(author: &Author, access: &Access) -> Vec<Value> {
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
    values
}

/// Writes a disclosure-log row: what left the register, for whom, about which cases, and on
/// what legal basis (kept beside the chained row, bound to it by a hash).
pub fn disclose(
    tx: &Tx,
    author: &Author,
    what: &str,
    recipient: &str,
    cases: &[String],
    basis: &LegalBasis,
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
    let id = chain::append(tx, chain::Log::Disclosure, values, None)
        .context("writing the disclosure log")?;
    record_basis(tx, id, basis)
}

/// The hash that binds a legal basis to its disclosure row: the row's own hash, its id, the
/// basis and its name.
fn basis_hash(row_hash: &str, id: i64, basis: &LegalBasis) -> String {
    chain::digest(
        row_hash,
        id,
        &[
            Value::Text(basis.basis.as_str().to_string()),
            basis.named.clone().map_or(Value::Null, Value::Text),
        ],
    )
}

/// Records the legal basis of disclosure row `id` (written just now, or carried by a restore).
pub fn record_basis(tx: &Tx, id: i64, basis: &LegalBasis) -> Result<()> {
    let row_hash = chain::hash_at(tx, chain::Log::Disclosure, id)?
        .ok_or_else(|| anyhow::anyhow!("disclosure row {id} is missing"))?;
    tx.prepare_cached(
        "INSERT INTO disclosure_bases (disclosure_id, basis, named, hash) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(super::db::params![
        id,
        basis.basis,
        basis.named,
        basis_hash(&row_hash, id, basis)
    ])
    .context("recording the legal basis of a disclosure")?;
    Ok(())
}

/// The legal basis of disclosure row `id`, if one was recorded.
pub fn basis_of(tx: &Tx, id: i64) -> Result<Option<LegalBasis>> {
    use super::db::OptionalExtension;
    tx.prepare_cached("SELECT basis, named FROM disclosure_bases WHERE disclosure_id = ?1")?
        .query_row([id], |r| {
            Ok(LegalBasis {
                basis: r.get(0)?,
                named: r.get(1)?,
            })
        })
        .optional()
        .context("reading the legal basis of a disclosure")
}

/// Checks the legal bases against the disclosure log: every row from the first one written
/// under migration 5 has one, and each is bound to its row (a basis edited, or moved to another
/// row, no longer matches its hash). The first problem: (row, what). Rows a team's file had
/// written before it kept legal bases, brought to a server by `admin import-sqlite`, have none:
/// the import's re-anchor row of the disclosure log names them (`without_basis`).
pub fn check_bases(tx: &Tx) -> Result<Option<(i64, String)>> {
    let from: i64 = tx
        .prepare_cached("SELECT coalesce(min(first_row), 1) FROM disclosure_bases_from")?
        .query_row([], |r| r.get(0))
        .context("reading where the legal bases begin")?;
    let imported: Vec<(i64, i64)> = tx
        .prepare(
            "SELECT CAST(json_extract(detail, '$.without_basis.first') AS INTEGER),
                 CAST(json_extract(detail, '$.without_basis.last') AS INTEGER)
             FROM anchors WHERE reason = 'import' AND log = 'disclosure_log'
                 AND json_extract(detail, '$.without_basis.first') IS NOT NULL",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<super::db::Result<_>>()
        .context("reading the disclosures imported without legal bases")?;
    let without_basis = |id: i64| imported.iter().any(|(a, b)| (*a..=*b).contains(&id));
    // Walked row by row; the first problem is the one reported.
    let mut found = None;
    tx.for_each(
        "SELECT d.id, d.hash, b.basis, b.named, b.hash
         FROM disclosure_log d LEFT JOIN disclosure_bases b ON b.disclosure_id = d.id
         ORDER BY d.id",
        Vec::new(),
        |row| {
            if found.is_some() {
                return Ok(());
            }
            let (id, row_hash): (i64, String) = (row.get(0)?, row.get(1)?);
            let basis: Option<crate::domain::LegalBasisKind> = row.get(2)?;
            match basis {
                None if id >= from && !without_basis(id) => {
                    found = Some((id, crate::text::basis_missing()));
                }
                None => {}
                Some(basis) => {
                    let basis = LegalBasis {
                        basis,
                        named: row.get(3)?,
                    };
                    let stored: String = row.get(4)?;
                    if basis_hash(&row_hash, id, &basis) != stored {
                        found = Some((id, crate::text::basis_edited()));
                    }
                }
            }
            Ok(())
        },
    )?;
    if found.is_some() {
        return Ok(found);
    }
    // A basis whose disclosure row is gone.
    let orphan: Option<i64> = tx
        .prepare(
            "SELECT min(disclosure_id) FROM disclosure_bases
             WHERE disclosure_id NOT IN (SELECT id FROM disclosure_log)",
        )?
        .query_row([], |r| r.get(0))?;
    Ok(orphan.map(|id| (id, crate::text::basis_edited())))
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
