//! Writing many rows in few statements: multi-row INSERTs as long as the limit on bound values
//! allows (the chained logs' `chain_append`, and the rows of many referrals at once — clients,
//! cases, referrals and their signs — for `import referrals`, which `refer` writes as a batch of
//! one). On a server each statement is one round trip however many rows it carries; on a file
//! it is one statement journal (and one flush of the client search index's pending terms) per
//! statement instead of per row.

use anyhow::{Context, Result};

use super::db::{ToSql, Value};
use super::{Author, Tx};
use crate::domain::fold::{fold, phone_digits};
use crate::domain::records::{Details, Referral};
use crate::domain::{ClientGroup, Sign, Urgency};

/// The most values one statement binds (SQLite's limit; PostgreSQL allows more).
const MAX_VALUES: usize = 32_766;

/// Runs `head` (an `INSERT … VALUES `) with `values`, `width` to a row, as few statements as the
/// limit on bound values allows; `row` is one row's values with placeholders `?1`–`?width`
/// (`None`: each value its own placeholder, in order). With `returning`, each statement's
/// returned (id, text), in the order the statements ran.
pub(super) fn insert_rows(
    tx: &Tx,
    head: &str,
    row: Option<&str>,
    width: usize,
    values: Vec<Value>,
    returning: &str,
) -> Result<Vec<(i64, Option<String>)>> {
    let plain;
    let row = match row {
        Some(row) => row,
        None => {
            plain = plain_row(width);
            &plain
        }
    };
    let per_statement = (MAX_VALUES / width).max(1);
    let mut values = values.into_iter().peekable();
    let mut returned = Vec::new();
    while values.peek().is_some() {
        let chunk: Vec<Value> = values.by_ref().take(per_statement * width).collect();
        let sql = format!(
            "{}{returning}",
            rows_sql(head, row, width, chunk.len() / width)
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        if returning.is_empty() {
            stmt.execute(chunk)?;
        } else {
            let rows = stmt.query_map(chunk, |r| Ok((r.get(0)?, r.get(1)?)))?;
            returned.extend(rows.collect::<super::db::Result<Vec<_>>>()?);
        }
    }
    Ok(returned)
}

/// `(?1, ?2, …, ?width)`.
fn plain_row(width: usize) -> String {
    let placeholders: Vec<String> = (1..=width).map(|n| format!("?{n}")).collect();
    format!("({})", placeholders.join(", "))
}

/// `head` followed by `rows` copies of `row`, the placeholders of copy k numbered from
/// k × `width` + 1.
fn rows_sql(head: &str, row: &str, width: usize, rows: usize) -> String {
    let mut sql = String::with_capacity(head.len() + rows * (row.len() + 8));
    sql.push_str(head);
    for k in 0..rows {
        if k > 0 {
            sql.push_str(", ");
        }
        let mut chars = row.chars().peekable();
        while let Some(c) = chars.next() {
            sql.push(c);
            if c != '?' {
                continue;
            }
            let mut number = 0;
            while let Some(digit) = chars.peek().and_then(|d| d.to_digit(10)) {
                number = number * 10 + digit as usize;
                chars.next();
            }
            sql.push_str(&(k * width + number).to_string());
        }
    }
    sql
}

/// A client about to be registered.
pub struct NewClient<'a> {
    pub name: &'a str,
    /// The identity code and whether it is a temporary one.
    pub hetu: Option<(&'a str, bool)>,
    pub birth_year: Option<i32>,
    pub details: &'a Details,
}

/// Inserts new clients; returns their ids in the order given.
pub fn insert_clients(tx: &Tx, author: &Author, clients: &[NewClient]) -> Result<Vec<i64>> {
    let mut values = Vec::with_capacity(clients.len() * 14);
    for client in clients {
        let details = client.details;
        values.extend([
            client.name.to_value(),
            fold(client.name).to_value(),
            client.hetu.map(|(code, _)| code).to_value(),
            client
                .hetu
                .is_some_and(|(_, temporary)| temporary)
                .to_value(),
            client.birth_year.to_value(),
            details.phone.to_value(),
            details.phone.as_deref().map(phone_digits).to_value(),
            details.municipality.to_value(),
            details.region.to_value(),
            author.at.to_value(),
            author.actor.to_value(),
            details.non_disclosure.unwrap_or(false).to_value(),
            details.language.to_value(),
            details.interpreter.to_value(),
        ]);
    }
    let mut ids: Vec<i64> = insert_rows(
        tx,
        "INSERT INTO clients (name, name_folded, hetu, hetu_temporary, birth_year, phone,
             phone_digits, municipality, region, created_at, created_by, non_disclosure,
             language, interpreter)
         VALUES ",
        None,
        14,
        values,
        " RETURNING id, NULL",
    )
    .context("registering a client")?
    .into_iter()
    .map(|(id, _)| id)
    .collect();
    // Both engines number a statement's rows in the order of its VALUES, upwards (a rowid or an
    // identity taken row by row), whatever order RETURNING lists them in.
    ids.sort_unstable();
    Ok(ids)
}

/// A case about to be opened.
pub struct NewCase<'a> {
    pub id: &'a str,
    pub year: i32,
    pub seq: u32,
    pub client_id: i64,
    pub group: ClientGroup,
    pub urgency: Urgency,
    pub opened_on: chrono::NaiveDate,
    /// The client's region as the register now holds it, when the caller knows it (a client just
    /// inserted or updated in this transaction); `None`: read from the client's row.
    pub region: Option<Option<&'a str>>,
}

/// Opens cases, each in phase `referred`.
pub fn insert_cases(tx: &Tx, cases: &[NewCase]) -> Result<()> {
    // The case takes its client's region as it is now, as migration 3 filled it for the cases
    // before it, until a later change lets the case have its own. Given where known: a subquery
    // in each row of a multi-row INSERT is a cursor each on a file and a subplan each on a
    // server.
    let mut given = Vec::with_capacity(cases.len() * 8);
    let mut asked = Vec::new();
    for case in cases {
        let values = if case.region.is_some() {
            &mut given
        } else {
            &mut asked
        };
        values.extend([
            case.id.to_value(),
            case.year.to_value(),
            case.seq.to_value(),
            case.client_id.to_value(),
            case.group.to_value(),
            case.opened_on.to_value(),
            case.urgency.to_value(),
        ]);
        if let Some(region) = case.region {
            values.push(region.to_value());
        }
    }
    // A new case has no consent yet: both are to collect (migration 11).
    let head = "INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since,
             opened_on, urgency, region, consents_to_collect)
         VALUES ";
    insert_rows(
        tx,
        head,
        Some("(?1, ?2, ?3, ?4, ?5, 'referred', ?6, ?6, ?7, ?8, 2)"),
        8,
        given,
        "",
    )
    .context("opening a case")?;
    insert_rows(
        tx,
        head,
        Some(
            "(?1, ?2, ?3, ?4, ?5, 'referred', ?6, ?6, ?7,
             (SELECT region FROM clients WHERE id = ?4), 2)",
        ),
        7,
        asked,
        "",
    )
    .context("opening a case")?;
    Ok(())
}

/// Records referrals and their signs: (case id, referral).
pub fn insert_referrals(tx: &Tx, referrals: &[(&str, &Referral)]) -> Result<()> {
    let mut values = Vec::with_capacity(referrals.len() * 8);
    let mut signs = Vec::new();
    for (case_id, referral) in referrals {
        values.extend([
            case_id.to_value(),
            referral.source.to_value(),
            referral.channel.to_value(),
            referral.referrer_name.to_value(),
            referral.referrer_unit.to_value(),
            referral.referrer_contact.to_value(),
            referral.reason.to_value(),
            referral.effective_on.to_value(),
        ]);
        for s in &referral.signs {
            let other = (*s == Sign::Other)
                .then_some(referral.other_sign.as_deref())
                .flatten();
            signs.extend([case_id.to_value(), s.to_value(), other.to_value()]);
        }
    }
    insert_rows(
        tx,
        "INSERT INTO referrals (case_id, source, channel, referrer_name, referrer_unit,
             referrer_contact, reason, effective_on)
         VALUES ",
        None,
        8,
        values,
        "",
    )
    .context("recording the referral")?;
    insert_rows(
        tx,
        "INSERT INTO referral_signs (case_id, sign, other_text) VALUES ",
        None,
        3,
        signs,
        "",
    )
    .context("recording the referral's signs")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_on() {
        assert_eq!(
            rows_sql("INSERT INTO t VALUES ", "(?1, ?2, f(?1))", 2, 3),
            "INSERT INTO t VALUES (?1, ?2, f(?1)), (?3, ?4, f(?3)), (?5, ?6, f(?5))"
        );
        assert_eq!(plain_row(3), "(?1, ?2, ?3)");
        assert_eq!(rows_sql("V ", &plain_row(2), 2, 2), "V (?1, ?2), (?3, ?4)");
    }
}
