//! Queries for reports: the cases a report covers, and the disclosure log.

pub use crate::domain::records::{AccessRow, Disclosure};

use super::db::params;
use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::domain::{Channel, ClientGroup, Source};

/// A case as the reports see it: no name, no phone; the birth date (from the identity code) or
/// year only to tell the age band, and the municipality as recorded (none for a client with a
/// non-disclosure order: where they live never leaves the register, not even as a figure).
#[derive(Debug, Clone)]
pub struct ReportCase {
    pub id: String,
    pub source: Source,
    pub channel: Channel,
    pub opened_on: NaiveDate,
    pub region: Option<String>,
    pub group: ClientGroup,
    pub birth_date: Option<NaiveDate>,
    pub birth_year: Option<i32>,
    pub municipality: Option<String>,
}

/// Cases opened in [from, to] (dates inclusive), optionally of one team region.
pub fn cases_opened(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    region: Option<&str>,
) -> Result<Vec<ReportCase>> {
    tx.prepare_cached(
        "SELECT c.id, r.source, r.channel, c.opened_on, k.region, c.client_group, k.hetu,
             k.birth_year, CASE WHEN NOT k.non_disclosure THEN k.municipality END
         FROM cases c JOIN referrals r ON r.case_id = c.id JOIN clients k ON k.id = c.client_id
         WHERE c.opened_on BETWEEN ?1 AND ?2 AND (k.region = ?3 COLLATE NOCASE OR ?3 IS NULL)
         ORDER BY c.year, c.seq",
    )?
    .query_map(params![from, to, region], |r| {
        Ok(ReportCase {
            id: r.get(0)?,
            source: r.get(1)?,
            channel: r.get(2)?,
            opened_on: r.get(3)?,
            region: r.get(4)?,
            group: r.get(5)?,
            birth_date: r
                .get::<_, Option<String>>(6)?
                .and_then(|h| crate::domain::hetu::birth_date(&h)),
            birth_year: r.get(7)?,
            municipality: r.get(8)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the cases of the period")
}

/// Case `c`'s multi-professional consent was withdrawn and not given again: it has one, and none
/// in force (`ops::report::withdrawn`, asked in SQL).
const WITHDRAWN: &str = "EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
        AND x.kind = 'multi-professional')
    AND NOT EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id
        AND x.kind = 'multi-professional' AND x.withdrawn_on IS NULL)";

/// The cases opened in [from, to] whose multi-professional consent was withdrawn and not given
/// again (`ops::report::withdrawn`, for the cases of a period at once): they have one, and none
/// in force.
pub fn withdrawn_opened(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<std::collections::HashSet<String>> {
    tx.prepare_cached(&format!(
        "SELECT c.id FROM cases c
         WHERE c.opened_on BETWEEN ?1 AND ?2
             AND {WITHDRAWN}"
    ))?
    .query_map(params![from, to], |r| r.get(0))?
    .collect::<super::db::Result<_>>()
    .context("reading the period's withdrawn consents")
}

/// What an export asks of a case before it names it: the case's client and region, whether its
/// multi-professional consent was withdrawn and not given again (as `withdrawn_opened` tells it),
/// and the client's kept pseudonym (an imported client's file secret and original id).
#[derive(Debug, Clone)]
pub struct Naming {
    pub client_id: i64,
    pub region: Option<String>,
    pub withdrawn: bool,
    pub kept: Option<(String, i64)>,
}

/// `Naming` for many cases at once, a thousand to a query (the weekly export asked three
/// queries a case, one round trip each on a server); cases that do not exist are left out.
pub fn naming(tx: &Tx, ids: &[&str]) -> Result<std::collections::HashMap<String, Naming>> {
    use super::db::ToSql;
    let mut found = std::collections::HashMap::new();
    for chunk in ids.chunks(super::db::LIST_CHUNK) {
        let sql = format!(
            "SELECT c.id, c.client_id, c.region, CASE WHEN {WITHDRAWN} THEN 1 ELSE 0 END,
                 p.secret, p.original_id
             FROM cases c LEFT JOIN pseudonym_keys p ON p.client_id = c.client_id
             WHERE c.id IN ({})",
            super::db::in_list(chunk.len())
        );
        let values = chunk.iter().map(ToSql::to_value).collect::<Vec<_>>();
        let rows = tx
            .prepare(&sql)?
            .query_map(values, |r| {
                let secret: Option<String> = r.get(4)?;
                let original: Option<i64> = r.get(5)?;
                Ok((
                    r.get::<_, String>(0)?,
                    Naming {
                        client_id: r.get(1)?,
                        region: r.get(2)?,
                        withdrawn: r.get(3)?,
                        kept: secret.zip(original),
                    },
                ))
            })?
            .collect::<super::db::Result<Vec<_>>>()
            .context("reading the cases an export names")?;
        found.extend(rows);
    }
    Ok(found)
}

/// Every statement of every version, as (version, code), in catalogue order.
pub fn statement_codes(tx: &Tx) -> Result<Vec<(u32, String)>> {
    tx.prepare_cached("SELECT version, code FROM statements ORDER BY version, position")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<super::db::Result<_>>()
        .context("reading the statements")
}

/// The statements' texts (fi, sv, en) by (version, code), for a page that prints them.
pub fn statement_texts(tx: &Tx) -> Result<Vec<(u32, String, [String; 3])>> {
    tx.prepare_cached(
        "SELECT version, code, text_fi, text_sv, text_en FROM statements
         ORDER BY version, position",
    )?
    .query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, [r.get(2)?, r.get(3)?, r.get(4)?]))
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the statements")
}

pub fn disclosures(tx: &Tx) -> Result<Vec<Disclosure>> {
    tx.prepare_cached(
        "SELECT d.id, d.at, d.actor, d.what, d.recipient, d.cases, b.basis, b.named
         FROM disclosure_log d LEFT JOIN disclosure_bases b ON b.disclosure_id = d.id
         ORDER BY d.id",
    )?
    .query_map([], |r| {
        let cases: String = r.get(5)?;
        let basis: Option<crate::domain::LegalBasisKind> = r.get(6)?;
        Ok(Disclosure {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            what: r.get(3)?,
            recipient: r.get(4)?,
            cases: serde_json::from_str(&cases).unwrap_or_default(),
            legal_basis: match basis {
                Some(basis) => Some(crate::domain::LegalBasis {
                    basis,
                    named: r.get(7)?,
                }),
                None => None,
            },
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the disclosure log")
}

/// Who viewed or changed a client's data (the client's right to know, 703/2023 §11).
pub fn access_of_client(tx: &Tx, client_id: i64) -> Result<Vec<AccessRow>> {
    tx.prepare_cached(
        "SELECT a.at, a.actor, a.command, a.action, a.case_id, t.body, a.os_user,
             coalesce(a.clock = 'override', FALSE), a.id
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
            id: r.get(8)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the access log")
}
