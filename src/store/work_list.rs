//! The work list's sections a page at a time (`report queue`, domain::work_list): each section a
//! keyset query in its own order, served by an index (`bookings_booked` of migration 10, the
//! `cases_*` indexes of migration 9), so a page costs the rows it shows. The untriaged referrals
//! are the triage queue's pages (store::pages).

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};

use super::codes::Minute;
use super::db::{params, params_from_iter, OptionalExtension, Row};
use super::pages::Clause;
use super::Tx;
use crate::domain::paging::ListKey;
use crate::domain::{MeetingKind, Phase};

/// Who a row is about: the case and its client.
#[derive(Debug, Clone)]
pub struct Listed {
    pub case: String,
    pub client_id: i64,
    pub name: String,
    pub non_disclosure: bool,
}

/// A booked meeting of an open case.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: i64,
    pub kind: MeetingKind,
    pub starts_at: NaiveDateTime,
    pub who: Listed,
}

/// An open case and what it lacks.
#[derive(Debug, Clone)]
pub struct Lacking {
    pub phase: Phase,
    pub since: NaiveDate,
    /// No multi-professional consent in force.
    pub multi_professional: bool,
    /// Referred, and no contact request in force (triage onto the Moty track waits for it).
    pub contact_request: bool,
    pub who: Listed,
}

const WHO: &str = "c.id, k.id, k.name, k.non_disclosure";

fn who(row: &Row, at: usize) -> super::db::Result<Listed> {
    Ok(Listed {
        case: row.get(at)?,
        client_id: row.get(at + 1)?,
        name: row.get(at + 2)?,
        non_disclosure: row.get(at + 3)?,
    })
}

/// The rows of `sql` with the values `clause` bound, each read by `map`.
fn read<T>(
    tx: &Tx,
    sql: &str,
    clause: &Clause,
    what: &'static str,
    map: impl FnMut(&Row) -> super::db::Result<T>,
) -> Result<Vec<T>> {
    tx.prepare(sql)?
        .query_map(params_from_iter(clause.values.iter()), map)?
        .collect::<super::db::Result<_>>()
        .context(what)
}

fn in_region(clause: &mut Clause, region: Option<&str>) {
    if let Some(region) = region {
        clause.and("c.region = ? COLLATE NOCASE", &[&region]);
    }
}

/// A consent of `kind` in force for the case `c`.
fn consent(kind: &str, sent: bool) -> String {
    let sent = if sent {
        " AND x.sent_to_kela_on IS NOT NULL"
    } else {
        ""
    };
    format!(
        "EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id AND x.kind = '{kind}'
             AND x.withdrawn_on IS NULL{sent})"
    )
}

/// Which booked meetings of open cases a section lists: those begun before `cut` (to mark
/// held), or the Kela hours from `cut` on whose consent form is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booked {
    Begun,
    KelaAhead,
}

fn meetings_clause(
    which: Booked,
    cut: NaiveDateTime,
    region: Option<&str>,
    after: Option<(NaiveDateTime, i64)>,
) -> Clause {
    let mut clause = Clause::default();
    clause.and("b.status = 'booked'", &[]);
    clause.and("c.phase <> 'closed'", &[]);
    match which {
        Booked::Begun => clause.and("b.starts_at < ?", &[&Minute(cut)]),
        Booked::KelaAhead => {
            clause.and("b.kind = 'kela'", &[]);
            clause.and("b.starts_at >= ?", &[&Minute(cut)]);
            clause.and(&format!("NOT {}", consent("kela-exchange", true)), &[]);
        }
    }
    in_region(&mut clause, region);
    if let Some((at, id)) = after {
        clause.and("(b.starts_at, b.id) > (?, ?)", &[&Minute(at), &id]);
    }
    clause
}

const MEETINGS_FROM: &str = "bookings b JOIN cases c ON c.id = b.case_id
     JOIN clients k ON k.id = c.client_id";

/// Up to `limit` booked meetings of `which` after the place `after`, by start, then number.
/// `cut` is the first minute not yet begun.
pub fn meetings(
    tx: &Tx,
    which: Booked,
    cut: NaiveDateTime,
    region: Option<&str>,
    after: Option<(NaiveDateTime, i64)>,
    limit: u32,
) -> Result<Vec<Meeting>> {
    let clause = meetings_clause(which, cut, region, after);
    let sql = format!(
        "SELECT b.id, b.kind, b.starts_at, {WHO} FROM {MEETINGS_FROM} WHERE {}
         ORDER BY b.starts_at, b.id LIMIT {limit}",
        clause.sql()
    );
    read(tx, &sql, &clause, "reading the booked meetings", |r| {
        Ok(Meeting {
            id: r.get(0)?,
            kind: r.get(1)?,
            starts_at: r.get::<_, Minute>(2)?.0,
            who: who(r, 3)?,
        })
    })
}

/// How many booked meetings of `which` come after the place `after`.
pub fn meetings_rest(
    tx: &Tx,
    which: Booked,
    cut: NaiveDateTime,
    region: Option<&str>,
    after: (NaiveDateTime, i64),
) -> Result<u64> {
    let clause = meetings_clause(which, cut, region, Some(after));
    let sql = format!(
        "SELECT count(*) FROM bookings b JOIN cases c ON c.id = b.case_id WHERE {}",
        clause.sql()
    );
    count(tx, &sql, &clause)
}

fn count(tx: &Tx, sql: &str, clause: &Clause) -> Result<u64> {
    let n: i64 = tx
        .prepare(sql)?
        .query_row(params_from_iter(clause.values.iter()), |r| r.get(0))
        .context("counting the rows still to list")?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// 1 when the case `c` lacks a multi-professional consent in force, else 0.
fn lacks_multi_professional() -> String {
    format!(
        "CASE WHEN {} THEN 0 ELSE 1 END",
        consent("multi-professional", false)
    )
}

/// 1 when the case `c` is referred and lacks a contact request in force, else 0.
fn lacks_contact_request() -> String {
    format!(
        "CASE WHEN c.phase = 'referred' AND NOT {} THEN 1 ELSE 0 END",
        consent("contact-request", false)
    )
}

fn open_after(clause: &mut Clause, after: Option<&ListKey>, inclusive: bool) {
    if let Some(key) = after {
        let op = if inclusive { ">=" } else { ">" };
        clause.and(
            &format!("(c.phase_since, c.year, c.seq) {op} (?, ?, ?)"),
            &[&key.since, &key.year, &key.seq],
        );
    }
}

/// Up to `limit` cases matching `clause` in `list`'s order, with what each lacks: `mp` and `cr`
/// are SQL giving 1 where the case lacks the multi-professional consent or the contact request.
fn lacking(
    tx: &Tx,
    (cases, clause): (&str, &Clause),
    (mp, cr): (&str, &str),
    limit: u32,
    what: &'static str,
) -> Result<Vec<Lacking>> {
    let sql = format!(
        "SELECT c.phase, c.phase_since, {mp}, {cr}, {WHO}
         FROM {cases} JOIN clients k ON k.id = c.client_id WHERE {}
         ORDER BY c.phase_since, c.year, c.seq LIMIT {limit}",
        clause.sql()
    );
    read(tx, &sql, clause, what, |r| {
        Ok(Lacking {
            phase: r.get(0)?,
            since: r.get(1)?,
            multi_professional: r.get::<_, i64>(2)? == 1,
            contact_request: r.get::<_, i64>(3)? == 1,
            who: who(r, 4)?,
        })
    })
}

/// Up to `limit` open cases lacking a consent, from the place `from` on (the case there
/// included: it may lack two), in `list`'s order.
pub fn lacking_consent(
    tx: &Tx,
    region: Option<&str>,
    from: Option<&ListKey>,
    limit: u32,
) -> Result<Vec<Lacking>> {
    let (mp, cr) = (lacks_multi_professional(), lacks_contact_request());
    let mut clause = Clause::default();
    clause.and("c.phase <> 'closed' AND c.consents_to_collect > 0", &[]);
    in_region(&mut clause, region);
    open_after(&mut clause, from, true);
    lacking(
        tx,
        (&to_collect(tx), &clause),
        (&mp, &cr),
        limit,
        "reading the consents still to collect",
    )
}

/// How many consents are still to collect after the place `at` (a case and which of its
/// consents: 0 the multi-professional one, 1 the contact request).
pub fn lacking_consent_rest(
    tx: &Tx,
    region: Option<&str>,
    at: &ListKey,
    consent: i64,
) -> Result<u64> {
    let cr = lacks_contact_request();
    let mut clause = Clause::default();
    clause.and("c.phase <> 'closed' AND c.consents_to_collect > 0", &[]);
    in_region(&mut clause, region);
    open_after(&mut clause, Some(at), true);
    // The case at the place has only its consents after the place's left; the others, as many
    // as they lack (counted in the index `cases_consents_to_collect`).
    let here = if consent == 0 { cr.as_str() } else { "0" };
    let place = clause.values.len();
    let sql = format!(
        "SELECT coalesce(sum(CASE WHEN c.phase_since = ?{} AND c.year = ?{} AND c.seq = ?{}
             THEN {here} ELSE c.consents_to_collect END), 0)
         FROM {} WHERE {}",
        place - 2,
        place - 1,
        place,
        to_collect(tx),
        clause.sql()
    );
    count(tx, &sql, &clause)
}

/// The open cases with consents to collect, in `list`'s order.
fn to_collect(tx: &Tx) -> String {
    super::pages::cases_by(tx, "cases_consents_to_collect")
}

/// Keeps what the work list asks of the case `case_id` (migration 11) as its phase, consents and
/// latest plan now say: how many consents are to collect (`cases.consents_to_collect`) and
/// whether a key worker is missing (`cases.key_worker_missing`). Every write of those calls this
/// in the same transaction.
pub fn keep_asked(tx: &Tx, case_id: &str) -> Result<()> {
    let (mp, cr, kw) = (
        lacks_multi_professional(),
        lacks_contact_request(),
        lacks_key_worker(),
    );
    let (consents, key_worker): (i64, i64) = tx
        .prepare_cached(&format!(
            "SELECT CASE WHEN c.phase = 'closed' THEN 0 ELSE {mp} + {cr} END, {kw}
             FROM cases c WHERE c.id = ?1"
        ))?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .context("reading what the case lacks")?;
    tx.prepare_cached(
        "UPDATE cases SET consents_to_collect = ?2, key_worker_missing = ?3 WHERE id = ?1",
    )?
    .execute(params![case_id, consents, key_worker])
    .context("keeping what the case lacks")?;
    Ok(())
}

/// The phases past the pathway's start where a key worker is expected (ops::report).
const KEY_WORKER_PHASES: &str = "('network-meeting', 'kela-consultation', 'onward-pathways')";

/// 1 when the case `c` is past the pathway's start and its latest plan names no key worker.
fn lacks_key_worker() -> String {
    format!(
        "CASE WHEN c.phase IN {KEY_WORKER_PHASES}
             AND NOT coalesce((SELECT p.key_worker IS NOT NULL FROM plan_versions p
                 WHERE p.case_id = c.id ORDER BY p.version DESC LIMIT 1), FALSE)
         THEN 1 ELSE 0 END"
    )
}

fn no_key_worker_clause(region: Option<&str>, after: Option<&ListKey>) -> Clause {
    let mut clause = Clause::default();
    clause.and("c.key_worker_missing = 1", &[]);
    in_region(&mut clause, region);
    open_after(&mut clause, after, false);
    clause
}

/// The cases whose plan misses a key worker, in `list`'s order.
fn no_key_worker_cases(tx: &Tx) -> String {
    super::pages::cases_by(tx, "cases_key_worker_missing")
}

/// Up to `limit` cases whose plan names no key worker yet, after the place `after`.
pub fn no_key_worker(
    tx: &Tx,
    region: Option<&str>,
    after: Option<&ListKey>,
    limit: u32,
) -> Result<Vec<Lacking>> {
    let clause = no_key_worker_clause(region, after);
    lacking(
        tx,
        (&no_key_worker_cases(tx), &clause),
        ("0", "0"),
        limit,
        "reading the plans without a key worker",
    )
}

/// How many cases without a key worker come after the place `after`.
pub fn no_key_worker_rest(tx: &Tx, region: Option<&str>, after: &ListKey) -> Result<u64> {
    let clause = no_key_worker_clause(region, Some(after));
    let sql = format!(
        "SELECT count(*) FROM {} WHERE {}",
        no_key_worker_cases(tx),
        clause.sql()
    );
    count(tx, &sql, &clause)
}

/// The cases named, with their clients and their own regions, by case id.
pub fn cases_of(tx: &Tx, cases: &[&str]) -> Result<HashMap<String, (Listed, Option<String>)>> {
    let mut out = HashMap::new();
    // In chunks, within the engines' limits on bound values.
    for chunk in cases.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT {WHO}, c.region FROM cases c JOIN clients k ON k.id = c.client_id
             WHERE c.id IN ({})",
            marks.join(", ")
        );
        let rows = tx
            .prepare(&sql)?
            .query_map(params_from_iter(chunk.iter()), |r| {
                let listed = who(r, 0)?;
                Ok((
                    listed.case.clone(),
                    (listed, r.get::<_, Option<String>>(4)?),
                ))
            })?
            .collect::<super::db::Result<Vec<_>>>()
            .context("reading the cases' clients")?;
        out.extend(rows);
    }
    Ok(out)
}

/// The first case (by number) whose kept count of consents to collect or kept missing key
/// worker is not what its phase, consents and plan say, with the column: edited outside moty
/// (`audit verify`).
pub fn asked_kept_wrong(tx: &Tx) -> Result<Option<(String, &'static str)>> {
    let (mp, cr, kw) = (
        lacks_multi_professional(),
        lacks_contact_request(),
        lacks_key_worker(),
    );
    let consents = format!("CASE WHEN c.phase = 'closed' THEN 0 ELSE {mp} + {cr} END");
    tx.prepare(&format!(
        "SELECT c.id, CASE WHEN c.consents_to_collect = {consents} THEN 1 ELSE 0 END
         FROM cases c
         WHERE c.consents_to_collect <> {consents} OR c.key_worker_missing <> {kw}
         ORDER BY c.year, c.seq LIMIT 1"
    ))?
    .query_row([], |r| {
        let column = match r.get::<_, i64>(1)? {
            1 => "key_worker_missing",
            _ => "consents_to_collect",
        };
        Ok((r.get(0)?, column))
    })
    .optional()
    .context("checking what the cases keep for the work list")
}
