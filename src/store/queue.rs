//! The work list's facts about every open case in a few set-based queries (`report queue`), not
//! several queries per case.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::Tx;
use crate::domain::records::Booking;

/// What the work list asks of one open case.
#[derive(Debug, Clone, Default)]
pub struct OpenFacts {
    /// A multi-professional consent in force.
    pub multi_professional: bool,
    /// A contact request in force.
    pub contact_request: bool,
    /// A Kela-exchange consent in force whose form was sent to Kela.
    pub kela_form_sent: bool,
    /// The latest plan version names a key worker.
    pub key_worker: bool,
    /// The case's own region.
    pub region: Option<String>,
}

/// The facts of every open case, by case id.
pub fn open_facts(tx: &Tx) -> Result<HashMap<String, OpenFacts>> {
    let mut stmt = tx.prepare(
        "SELECT c.id,
             EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
                 AND x.kind = 'multi-professional' AND x.withdrawn_on IS NULL),
             EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
                 AND x.kind = 'contact-request' AND x.withdrawn_on IS NULL),
             EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
                 AND x.kind = 'kela-exchange' AND x.withdrawn_on IS NULL
                 AND x.sent_to_kela_on IS NOT NULL),
             (SELECT p.key_worker IS NOT NULL FROM plan_versions p WHERE p.case_id = c.id
                 ORDER BY p.version DESC LIMIT 1),
             c.region
         FROM cases c WHERE c.phase <> 'closed'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            OpenFacts {
                multi_professional: r.get(1)?,
                contact_request: r.get(2)?,
                kela_form_sent: r.get(3)?,
                key_worker: r.get::<_, Option<bool>>(4)?.unwrap_or(false),
                region: r.get(5)?,
            },
        ))
    })?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the open cases' consents and plans")
}

/// Every meeting still booked (not held, cancelled or missed), by case, in time order. A booked
/// meeting has no attendance yet.
pub fn booked(tx: &Tx) -> Result<HashMap<String, Vec<Booking>>> {
    let mut by_case: HashMap<String, Vec<Booking>> = HashMap::new();
    for booking in super::schedule::with_status(tx, "booked")? {
        by_case
            .entry(booking.case.clone())
            .or_default()
            .push(booking);
    }
    Ok(by_case)
}

/// Whether each case's client has a non-disclosure order, for the cases named.
pub fn non_disclosure(tx: &Tx, cases: &[&str]) -> Result<HashMap<String, bool>> {
    let mut out = HashMap::new();
    // In chunks, within the engines' limits on bound values.
    for chunk in cases.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT c.id, k.non_disclosure FROM cases c JOIN clients k ON k.id = c.client_id
             WHERE c.id IN ({})",
            marks.join(", ")
        );
        let rows = tx
            .prepare(&sql)?
            .query_map(super::db::params_from_iter(chunk.iter()), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))
            })?
            .collect::<super::db::Result<Vec<_>>>()
            .context("reading the clients' non-disclosure orders")?;
        out.extend(rows);
    }
    Ok(out)
}
