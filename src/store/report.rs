//! Queries for reports: the cases a report covers, and the disclosure log.

pub use crate::domain::records::{AccessRow, Disclosure};

use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::params;

use crate::domain::{Channel, Source};

/// A case as the reports see it: no name, no code, no phone.
#[derive(Debug, Clone)]
pub struct ReportCase {
    pub id: String,
    pub source: Source,
    pub channel: Channel,
    pub opened_on: NaiveDate,
    pub region: Option<String>,
}

/// Cases opened in [from, to] (dates inclusive), optionally of one team region.
pub fn cases_opened(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    region: Option<&str>,
) -> Result<Vec<ReportCase>> {
    tx.prepare_cached(
        "SELECT c.id, r.source, r.channel, c.opened_on, k.region
         FROM cases c JOIN referrals r ON r.case_id = c.id JOIN clients k ON k.id = c.client_id
         WHERE c.opened_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR k.region = ?3 COLLATE NOCASE)
         ORDER BY c.year, c.seq",
    )?
    .query_map(params![from, to, region], |r| {
        Ok(ReportCase {
            id: r.get(0)?,
            source: r.get(1)?,
            channel: r.get(2)?,
            opened_on: r.get(3)?,
            region: r.get(4)?,
        })
    })?
    .collect::<rusqlite::Result<_>>()
    .context("reading the cases of the period")
}

pub fn disclosures(tx: &Tx) -> Result<Vec<Disclosure>> {
    tx.prepare_cached(
        "SELECT id, at, actor, what, recipient, cases FROM disclosure_log ORDER BY id",
    )?
    .query_map([], |r| {
        let cases: String = r.get(5)?;
        Ok(Disclosure {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            what: r.get(3)?,
            recipient: r.get(4)?,
            cases: serde_json::from_str(&cases).unwrap_or_default(),
        })
    })?
    .collect::<rusqlite::Result<_>>()
    .context("reading the disclosure log")
}

/// Who viewed or changed a client's data (the client's right to know, 703/2023 §11).
pub fn access_of_client(tx: &Tx, client_id: i64) -> Result<Vec<AccessRow>> {
    tx.prepare_cached(
        "SELECT a.at, a.actor, a.command, a.action, a.case_id, t.body, a.os_user,
             coalesce(a.clock = 'override', 0)
         FROM access_log a
         LEFT JOIN log_texts t ON t.log = 'access_log' AND t.row_id = a.id
         WHERE a.client_id = ?1 ORDER BY a.id",
    )?
    .query_map([client_id], |r| {
        Ok(AccessRow {
            at: r.get(0)?,
            actor: r.get(1)?,
            command: r.get(2)?,
            action: r.get(3)?,
            case: r.get(4)?,
            reason: r.get(5)?,
            os_user: r.get(6)?,
            clock_overridden: r.get(7)?,
        })
    })?
    .collect::<rusqlite::Result<_>>()
    .context("reading the access log")
}
