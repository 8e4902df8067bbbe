//! Queries for `moty export fhir`: which cases an export covers. What it carries of each case is
//! read by the same readers `show` uses.

use super::db::params;
use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;

/// The cases that were open at some time in the period — opened on or before `until`, and not
/// closed before `from` — of one client when `client_id` is given, oldest case number first, each
/// as (client, case).
pub fn case_ids(
    tx: &Tx,
    from: Option<NaiveDate>,
    until: NaiveDate,
    client_id: Option<i64>,
) -> Result<Vec<(i64, String)>> {
    // No period start: a day before any case, in range for both engines' dates.
    let from = from
        .or(NaiveDate::from_ymd_opt(1, 1, 1))
        .context("the first day")?;
    let rows = match client_id {
        Some(client) => tx
            .prepare_cached(
                "SELECT client_id, id FROM cases
                 WHERE client_id = ?3 AND opened_on <= ?1
                     AND (closed_on IS NULL OR closed_on >= ?2)
                 ORDER BY year, seq",
            )?
            .query_map(params![until, from, client], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<super::db::Result<Vec<_>>>(),
        None => tx
            .prepare_cached(
                "SELECT client_id, id FROM cases
                 WHERE opened_on <= ?1 AND (closed_on IS NULL OR closed_on >= ?2)
                 ORDER BY year, seq",
            )?
            .query_map(params![until, from], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<super::db::Result<Vec<_>>>(),
    };
    rows.context("reading the cases of the export")
}
