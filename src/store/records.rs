//! The records beside the timeline as `audit verify` compares them with it
//! (`ops/audit/records.rs`): the cases of a range of clients, with their timelines, consents,
//! plan versions and clients, in nine queries per range. The check holds one range at a time,
//! so its memory does not grow with the register.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::db::params;
use super::Tx;
use crate::domain::records::{Case, Client, Consent, Event, Plan};

/// The records of the clients in one range of ids.
#[derive(Debug, Default)]
pub struct Range {
    /// The cases, by client and then by number; each with its number (year, sequence), the
    /// order the check reports problems in.
    pub cases: Vec<((i64, i64), Case)>,
    /// Each case's timeline, in the order it happened (then the order it was entered).
    pub timelines: HashMap<String, Vec<Event>>,
    /// Each case's consents, oldest first.
    pub consents: HashMap<String, Vec<Consent>>,
    /// Each case's plan versions, oldest first.
    pub plans: HashMap<String, Vec<Plan>>,
    /// The clients of the range, by id.
    pub clients: HashMap<i64, Client>,
}

/// Where the next range ends: the client of the `cases`-th case (by client) after client
/// `after`, so that a range holds about that many cases and every case of each client in it.
/// None when no case is left.
pub fn next_range(tx: &Tx, after: i64, cases: i64) -> Result<Option<i64>> {
    tx.prepare_cached(
        "SELECT max(client_id) FROM (SELECT client_id FROM cases WHERE client_id > ?1
             ORDER BY client_id LIMIT ?2) AS r",
    )?
    .query_row(params![after, cases], |r| r.get(0))
    .context("reading the cases' clients")
}

/// The records of the clients after `after` up to `last`.
pub fn range(tx: &Tx, after: i64, last: i64) -> Result<Range> {
    const IN_RANGE: &str = "SELECT id FROM cases WHERE client_id > ?1 AND client_id <= ?2";
    let mut range = Range::default();
    let mut rows = tx
        .prepare(&format!(
            "SELECT {}, year, seq FROM cases WHERE client_id > ?1 AND client_id <= ?2
             ORDER BY client_id, year, seq",
            super::cases::CASE_COLUMNS
        ))?
        .query(params![after, last])?;
    while let Some(row) = rows.next()? {
        let case = super::cases::case_from_row(&row)?;
        range
            .cases
            .push(((row.get("year")?, row.get("seq")?), case));
    }
    let mut rows = tx
        .prepare(&format!(
            "SELECT {}, e.case_id
             FROM events e LEFT JOIN log_texts t ON t.log = 'events' AND t.row_id = e.id
             WHERE e.case_id IN ({IN_RANGE}) ORDER BY e.case_id, e.effective_on, e.id",
            super::events::EVENT_COLUMNS
        ))?
        .query(params![after, last])?;
    while let Some(row) = rows.next()? {
        let case: String = row.get("case_id")?;
        let event = super::events::from_row(&row)?;
        range.timelines.entry(case).or_default().push(event);
    }
    let mut rows = tx
        .prepare(&format!(
            "SELECT {}, case_id FROM consents WHERE case_id IN ({IN_RANGE})
             ORDER BY case_id, given_on, id",
            super::consents::COLUMNS
        ))?
        .query(params![after, last])?;
    while let Some(row) = rows.next()? {
        let case: String = row.get("case_id")?;
        let consent = super::consents::from_row(&row)?;
        range.consents.entry(case).or_default().push(consent);
    }
    for (case, plan) in super::plan::of_cases(tx, IN_RANGE, after, last)? {
        range.plans.entry(case).or_default().push(plan);
    }
    let mut rows = tx
        .prepare(&format!(
            "SELECT {} FROM clients WHERE id > ?1 AND id <= ?2",
            super::clients::COLUMNS
        ))?
        .query(params![after, last])?;
    while let Some(row) = rows.next()? {
        let client = super::clients::from_row(&row)?;
        range.clients.insert(client.id, client);
    }
    Ok(range)
}
