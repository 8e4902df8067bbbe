//! Anonymous professional consultations (migration 5, part 7): append-only rows, each hashing the
//! one before it (`chain::digest`), and the case each was linked to, at most once.

pub use crate::domain::consultation::{Consultation, Link};

use super::db::Value;
use super::db::{params, OptionalExtension, Row};
use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};

use super::chain::{digest, GENESIS};
use super::codes::Minute;
use super::{Author, Tx};
use crate::domain::{ConsultChannel, ReferralExpected};

/// A consultation to store, every field checked.
#[derive(Debug, Clone)]
pub struct NewRow<'a> {
    pub at: NaiveDateTime,
    pub channel: ConsultChannel,
    pub unit: &'a str,
    pub topic: &'a str,
    pub advice: &'a str,
    pub referral_expected: ReferralExpected,
}

/// The hashed columns, in the order they are hashed (after the previous hash and the id).
const HASHED: &str = "consulted_at, channel, unit, topic, advice, referral_expected, recorded_by,
     recorded_at, os_user, clock";

/// Stores a consultation; returns its id.
pub fn insert(tx: &Tx, author: &Author, new: &NewRow) -> Result<i64> {
    let mut values = vec![
        Value::Text(crate::clock::minute::text(new.at)),
        Value::Text(new.channel.as_str().to_string()),
        Value::Text(new.unit.to_string()),
        Value::Text(new.topic.to_string()),
        Value::Text(new.advice.to_string()),
        Value::Text(new.referral_expected.as_str().to_string()),
        Value::Text(author.actor.clone()),
        Value::Text(author.at.to_string()),
    ];
    values.extend(author.stamp_values());
    append(tx, &values)
}

/// Appends a row of hashed values (in `HASHED` order) under the next id, hashed onto the chain.
fn append(tx: &Tx, values: &[Value]) -> Result<i64> {
    if tx.on_server() {
        // The server numbers, stamps and hashes the row (006_triggers.sql, `chain_append`).
        let (columns, values): (Vec<&str>, Vec<Value>) = HASHED
            .split(',')
            .map(str::trim)
            .zip(values.iter().cloned())
            .filter(|(column, _)| !super::chain::SERVER_STAMPED.contains(column))
            .unzip();
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        return tx
            .insert(
                &format!(
                    "INSERT INTO consultations ({}) VALUES ({})",
                    columns.join(", "),
                    placeholders.join(", ")
                ),
                super::db::params_from_iter(values),
            )
            .context("recording the consultation");
    }
    let (last, previous): (i64, String) = tx
        .query_row(
            "SELECT id, hash FROM consultations ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .context("reading the last consultation")?
        .unwrap_or((0, GENESIS.to_string()));
    let id = last + 1;
    let hash = digest(&previous, id, values);
    let mut all = vec![Value::Integer(id)];
    all.extend(values.iter().cloned());
    all.push(Value::Text(hash));
    tx.prepare_cached(&format!(
        "INSERT INTO consultations (id, {HASHED}, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(super::db::params_from_iter(all))
    .context("recording the consultation")?;
    Ok(id)
}

const COLUMNS: &str =
    "c.id, c.consulted_at, c.channel, c.unit, u.area, u.name_fi, u.name_sv, u.name_en, c.topic,
     c.advice, c.referral_expected, c.recorded_by, c.recorded_at, c.hash, l.case_id, l.linked_on,
     l.linked_by";

fn row(r: &Row<'_>) -> super::db::Result<Consultation> {
    let case: Option<String> = r.get(14)?;
    let link = match (case, r.get::<_, Option<NaiveDate>>(15)?) {
        (Some(case), Some(linked_on)) => Some(Link {
            case,
            linked_on,
            linked_by: r.get(16)?,
        }),
        _ => None,
    };
    Ok(Consultation {
        id: r.get(0)?,
        at: r.get::<_, Minute>(1)?.0,
        channel: r.get(2)?,
        unit: r.get(3)?,
        area: r.get(4)?,
        unit_names: crate::domain::consultation::UnitNames {
            fi: r.get(5)?,
            sv: r.get(6)?,
            en: r.get(7)?,
        },
        topic: r.get(8)?,
        advice: r.get(9)?,
        referral_expected: r.get(10)?,
        recorded_by: r.get(11)?,
        recorded_at: r.get(12)?,
        hash: r.get(13)?,
        link,
    })
}

/// One consultation, with its link if it has one.
pub fn get(tx: &Tx, id: i64) -> Result<Option<Consultation>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations c JOIN units u ON u.code = c.unit
         LEFT JOIN consultation_links l ON l.consultation_id = c.id WHERE c.id = ?1"
    ))?
    .query_row([id], row)
    .optional()
    .context("reading a consultation")
}

/// The consultations dated from `from` to `to` (Helsinki dates), in time order.
pub fn between(tx: &Tx, from: NaiveDate, to: NaiveDate) -> Result<Vec<Consultation>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations c JOIN units u ON u.code = c.unit
         LEFT JOIN consultation_links l ON l.consultation_id = c.id
         WHERE substr(c.consulted_at, 1, 10) BETWEEN ?1 AND ?2
         ORDER BY c.consulted_at, c.id"
    ))?
    .query_map(params![from, to], row)?
    .collect::<super::db::Result<_>>()
    .context("reading the consultations")
}

/// The consultations linked to a case, in time order.
pub fn of_case(tx: &Tx, case_id: &str) -> Result<Vec<Consultation>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations c JOIN units u ON u.code = c.unit
         JOIN consultation_links l ON l.consultation_id = c.id
         WHERE l.case_id = ?1 ORDER BY c.consulted_at, c.id"
    ))?
    .query_map([case_id], row)?
    .collect::<super::db::Result<_>>()
    .context("reading the case's consultations")
}

/// Records that a consultation led to a case, with the case's timeline entry that says so (the
/// newest entry of the case, just appended).
pub fn link(tx: &Tx, author: &Author, id: i64, case_id: &str, linked_on: NaiveDate) -> Result<()> {
    let event: i64 = tx
        .query_row(
            "SELECT max(id) FROM events WHERE case_id = ?1 AND kind = 'consultation-linked'",
            [case_id],
            |r| r.get(0),
        )
        .context("reading the link's timeline entry")?;
    tx.prepare_cached(
        "INSERT INTO consultation_links (consultation_id, case_id, event_id, linked_on, linked_by,
             linked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        case_id,
        event,
        linked_on,
        author.actor,
        author.at
    ])
    .context("linking the consultation to its case")?;
    Ok(())
}

/// What `audit verify` checks of the consultations: the rows as hashed, and each link as the
/// case's timeline recorded it.
#[derive(Debug, Default)]
pub struct Checked {
    /// Consultations and links read.
    pub rows: i64,
    /// The first consultation whose hash does not hold, if any.
    pub broken_at: Option<i64>,
    /// The first link that its timeline entry does not confirm: (consultation, case).
    pub link_differs: Option<(i64, String)>,
}

/// Recomputes every consultation's hash from the one before it, and compares every link with the
/// `consultation-linked` entry it names (the same consultation, case and hash), and every such
/// entry with a link.
pub fn verify(tx: &Tx) -> Result<Checked> {
    let mut checked = Checked::default();
    let mut previous = GENESIS.to_string();
    // Both walked row by row, as the chains are.
    tx.for_each(
        &format!("SELECT id, hash, {HASHED} FROM consultations ORDER BY id"),
        Vec::new(),
        |r| {
            let row = stored_from_row(r)?;
            checked.rows += 1;
            if digest(&previous, row.id, &row.values) != row.hash && checked.broken_at.is_none() {
                checked.broken_at = Some(row.id);
            }
            previous = row.hash;
            Ok(())
        },
    )?;
    tx.for_each(
        "SELECT c.id, l.case_id, e.case_id,
             CAST(json_extract(e.detail, '$.consultation') AS INTEGER)
         FROM consultation_links l
         JOIN consultations c ON c.id = l.consultation_id
         LEFT JOIN events e ON e.id = l.event_id AND e.kind = 'consultation-linked'
             AND json_extract(e.detail, '$.consultation_hash') = c.hash
         ORDER BY l.consultation_id",
        Vec::new(),
        |r| {
            let (id, case): (i64, String) = (r.get(0)?, r.get(1)?);
            let (event_case, event_consultation): (Option<String>, Option<i64>) =
                (r.get(2)?, r.get(3)?);
            checked.rows += 1;
            let confirmed =
                event_case.as_deref() == Some(case.as_str()) && event_consultation == Some(id);
            if !confirmed && checked.link_differs.is_none() {
                checked.link_differs = Some((id, case));
            }
            Ok(())
        },
    )?;
    // A timeline entry whose link row is gone.
    let orphan: Option<(i64, String)> = tx
        .query_row(
            "SELECT CAST(json_extract(e.detail, '$.consultation') AS INTEGER), e.case_id FROM events e
             WHERE e.kind = 'consultation-linked' AND NOT EXISTS (
                 SELECT 1 FROM consultation_links l WHERE l.event_id = e.id)
             ORDER BY e.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if checked.link_differs.is_none() {
        checked.link_differs = orphan;
    }
    Ok(checked)
}

/// A consultation as stored — its id, its hashed values in `HASHED` order and its hash — so that
/// a restore can carry one written after the backup.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    values: Vec<Value>,
    pub hash: String,
}

/// Every consultation as stored, in id order.
pub fn stored(tx: &Tx) -> Result<Vec<Stored>> {
    tx.prepare(&format!(
        "SELECT id, hash, {HASHED} FROM consultations ORDER BY id"
    ))?
    .query_map([], stored_from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the consultations")
}

fn stored_from_row(r: &Row) -> super::db::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        hash: r.get(1)?,
        values: (2..12)
            .map(|i| r.get::<_, Value>(i))
            .collect::<super::db::Result<_>>()?,
    })
}

/// The ids of the linked consultations.
pub fn linked(tx: &Tx) -> Result<std::collections::BTreeSet<i64>> {
    tx.prepare("SELECT consultation_id FROM consultation_links")?
        .query_map([], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("reading the consultations' links")
}

/// Appends a consultation carried from another register (a restore): its values as they were
/// recorded — who, when, from which login — under the next id, hashed onto this register's chain.
/// Returns its new id.
pub fn carry(tx: &Tx, row: &Stored) -> Result<i64> {
    append(tx, &row.values)
}
