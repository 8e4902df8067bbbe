//! Cases and their referrals: numbering, the current phase, look-ups and the open-case list.

pub use crate::domain::records::{Case, Filter, Referral, Search, Summary, Waiting};

use super::db::{params, params_from_iter, OptionalExtension, Row};
use super::Tx;
use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::domain::{CloseReason, Phase, Urgency};

/// The columns `case_from_row` reads, in its order.
pub(super) const CASE_COLUMNS: &str = "id, client_id, client_group, phase, phase_since, opened_on,
    closed_on, close_reason, urgency, follow_up_weeks";

pub(super) fn case_from_row(row: &Row) -> super::db::Result<Case> {
    Ok(Case {
        id: row.get(0)?,
        client_id: row.get(1)?,
        client_group: row.get(2)?,
        phase: row.get(3)?,
        phase_since: row.get(4)?,
        opened_on: row.get(5)?,
        closed_on: row.get(6)?,
        close_reason: row.get(7)?,
        urgency: row.get(8)?,
        follow_up_weeks: row.get(9)?,
    })
}

pub(super) fn summary_from_row(row: &Row) -> super::db::Result<Summary> {
    Ok(Summary {
        case: row.get(0)?,
        client_id: row.get(1)?,
        name: row.get(2)?,
        hetu: row.get(3)?,
        birth_year: row.get(4)?,
        phone: row.get(5)?,
        region: row.get(6)?,
        client_group: row.get(7)?,
        phase: row.get(8)?,
        phase_since: row.get(9)?,
        opened_on: row.get(10)?,
        non_disclosure: row.get("non_disclosure")?,
    })
}

pub(super) const SUMMARY: &str =
    "SELECT c.id, k.id, k.name, k.hetu, k.birth_year, k.phone, k.region,
        c.client_group, c.phase, c.phase_since, c.opened_on, k.non_disclosure
    FROM cases c JOIN clients k ON k.id = c.client_id";

/// The case's own region (None: not recorded, or no such case).
pub fn region(tx: &Tx, id: &str) -> Result<Option<String>> {
    tx.prepare_cached("SELECT region FROM cases WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()
        .map(Option::flatten)
        .context("reading the case's region")
}

/// Moves a case to another region; its bookings not yet held move with it.
pub fn set_region(tx: &Tx, id: &str, region: &str) -> Result<()> {
    tx.execute(
        "UPDATE cases SET region = ?2 WHERE id = ?1",
        params![id, region],
    )
    .context("moving the case")?;
    tx.execute(
        "UPDATE bookings SET region = ?2 WHERE case_id = ?1 AND status = 'booked'",
        params![id, region],
    )
    .context("moving the case's bookings")?;
    Ok(())
}

pub fn get(tx: &Tx, id: &str) -> Result<Option<Case>> {
    tx.prepare_cached(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"))?
        .query_row([id], case_from_row)
        .optional()
        .context("reading a case")
}

/// The open case of a client, if there is one.
pub fn open_case_of(tx: &Tx, client_id: i64) -> Result<Option<String>> {
    tx.prepare_cached(
        "SELECT id FROM cases WHERE client_id = ?1 AND phase <> 'closed'
         ORDER BY year, seq LIMIT 1",
    )?
    .query_row([client_id], |row| row.get(0))
    .optional()
    .context("looking for an open case")
}

/// The highest case number a year can have: the schema's CHECK on `cases.seq` (migration 3).
pub const LAST_SEQ: u32 = 9_999_999;

/// The next sequence number in `year` (after 9999 comes 10000), or `None` when the year's
/// numbers are used up.
pub fn next_seq(tx: &Tx, year: i32) -> Result<Option<u32>> {
    // On a server a coordinator sees their team's cases; the numbers are the register's.
    let sql = if tx.on_server() {
        "SELECT next_case_seq(?1) - 1"
    } else {
        "SELECT coalesce(max(seq), 0) FROM cases WHERE year = ?1"
    };
    let last: u32 = tx
        .prepare_cached(sql)?
        .query_row([year], |row| row.get(0))?;
    Ok((last < LAST_SEQ).then_some(last + 1))
}

pub use super::bulk::{insert_cases, insert_referrals, NewCase};

pub fn referral(tx: &Tx, case_id: &str) -> Result<Option<Referral>> {
    let referral = tx
        .prepare_cached(
            "SELECT source, channel, referrer_name, referrer_unit, referrer_contact, reason,
                 effective_on
             FROM referrals WHERE case_id = ?1",
        )?
        .query_row([case_id], |row| {
            Ok(Referral {
                source: row.get(0)?,
                channel: row.get(1)?,
                referrer_name: row.get(2)?,
                referrer_unit: row.get(3)?,
                referrer_contact: row.get(4)?,
                signs: Vec::new(),
                other_sign: None,
                reason: row.get(5)?,
                effective_on: row.get(6)?,
            })
        })
        .optional()
        .context("reading the referral")?;
    let Some(mut referral) = referral else {
        return Ok(None);
    };
    let mut stmt = tx.prepare_cached(
        "SELECT sign, other_text FROM referral_signs WHERE case_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([case_id])?;
    while let Some(row) = rows.next()? {
        referral.signs.push(row.get(0)?);
        if let Some(other) = row.get::<_, Option<String>>(1)? {
            referral.other_sign = Some(other);
        }
    }
    Ok(Some(referral))
}

/// Cases matching any part of `search`, open cases first, newest first, at most `limit`.
///
/// Each reading of the text is its own indexed sub-query (the case by its id, the client by the
/// identity code or its birth-date part, names and phone numbers through the trigram index of
/// migration 8); their union names the cases. The plans are pinned by tests/cli/plans.rs.
pub fn search(tx: &Tx, search: &Search, limit: usize) -> Result<Vec<Summary>> {
    let mut parts = Vec::new();
    let mut values: Vec<String> = Vec::new();
    // Numbers each `?` of `sql` after the values bound so far, and binds `bound`.
    let mut part = |sql: &str, bound: Vec<String>, parts: &mut Vec<String>| {
        let mut numbered = String::new();
        let mut bound = bound.into_iter();
        for piece in sql.split('?').enumerate() {
            if piece.0 > 0 {
                values.push(bound.next().expect("a value for every placeholder"));
                numbered.push_str(&format!("?{}", values.len()));
            }
            numbered.push_str(piece.1);
        }
        parts.push(numbered);
    };
    let by_client = format!("{FOUND} FROM clients k JOIN cases c ON c.client_id = k.id");
    if let Some(id) = &search.case_id {
        let sql = format!("{FOUND} FROM cases c WHERE c.id = ?");
        part(&sql, vec![id.clone()], &mut parts);
    }
    if let Some(hetu) = &search.hetu {
        part(
            &format!("{by_client} WHERE k.hetu = ?"),
            vec![hetu.clone()],
            &mut parts,
        );
    }
    if let Some(prefix) = &search.hetu_prefix {
        let sql = format!("{by_client} WHERE substr(k.hetu, 1, 6) = ?");
        part(&sql, vec![prefix.clone()], &mut parts);
    }
    if let Some(digits) = &search.phone_digits {
        if tx.on_server() {
            // moty.search_phones: the trigram index, the clients the caller may see (as
            // search_names, below: the clients not joined again).
            let sql =
                format!("{FOUND} FROM cases c WHERE c.client_id IN (SELECT moty.search_phones(?))");
            part(&sql, vec![digits.clone()], &mut parts);
        } else {
            let sql = format!(
                "{FOUND} FROM client_search s JOIN cases c ON c.client_id = s.rowid
                 WHERE client_search MATCH ?"
            );
            part(
                &sql,
                vec![fts_phrases("phone_digits", &[digits])],
                &mut parts,
            );
        }
    }
    if !search.name_words.is_empty() {
        let (sql, bound) = by_name(tx.on_server(), &search.name_words);
        part(&sql, bound, &mut parts);
    }
    if parts.is_empty() {
        return Ok(Vec::new());
    }
    if let Some((sql, bound)) = common_name(tx, search, limit)? {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(bound.iter()), summary_from_row)?;
        return rows
            .collect::<super::db::Result<_>>()
            .context("searching the register");
    }
    // The cases found are put in order and cut to the limit by the columns of their own that
    // the parts give (a common name fragment finds thousands); only those shown are read whole.
    let sql = format!(
        "{SUMMARY} WHERE c.id IN (
             SELECT id FROM ({}) found
             ORDER BY {FOUND_ORDER} LIMIT {limit})
         ORDER BY {FIND_ORDER} LIMIT {limit}",
        parts.join(" UNION ")
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values.iter()), summary_from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("searching the register")
}

/// A name search whose fragments the trigram index finds for more clients than this is a common
/// name: its cases are read in `find`'s order from the index of migration 13 (16 on a server)
/// until the page is full, instead of all found and sorted (at 1,000,000 clients "haka" finds
/// 62,516).
const COMMON: i64 = 2_000;

/// For a search by name alone whose fragments are common: the query that walks the cases in
/// `find`'s order (`cases_found`, which holds each case's client) and keeps those whose client
/// the fragments find, stopping at `limit`; and its values. None otherwise: a rarer name's few
/// cases are sorted faster than the index is walked to them.
fn common_name(tx: &Tx, search: &Search, limit: usize) -> Result<Option<(String, Vec<String>)>> {
    let only_names = search.case_id.is_none()
        && search.hetu.is_none()
        && search.hetu_prefix.is_none()
        && search.phone_digits.is_none();
    if !only_names || search.name_words.is_empty() {
        return Ok(None);
    }
    if tx.on_server() {
        return common_name_on_server(tx, &search.name_words, limit);
    }
    let (long, short) = fragments(&search.name_words);
    if long.is_empty() {
        return Ok(None);
    }
    let phrases = fts_phrases("name_folded", &long);
    let found: i64 = tx
        .prepare_cached(&format!(
            "SELECT count(*) FROM (SELECT rowid FROM client_search WHERE client_search MATCH ?1
                 LIMIT {})",
            COMMON + 1
        ))?
        .query_row([&phrases], |r| r.get(0))
        .context("searching the register")?;
    if found <= COMMON {
        return Ok(None);
    }
    // The clients the fragments find: the index's, and a short fragment read from their names.
    let clients = if short.is_empty() {
        "SELECT rowid FROM client_search WHERE client_search MATCH ?1".to_string()
    } else {
        let mut sql = String::from(
            "SELECT s.rowid FROM client_search s JOIN clients k ON k.id = s.rowid
             WHERE client_search MATCH ?1",
        );
        for n in 0..short.len() {
            sql.push_str(&format!(" AND instr(k.name_folded, ?{}) > 0", n + 2));
        }
        sql
    };
    let sql = format!(
        "{SUMMARY} WHERE c.id IN (
             SELECT c.id FROM cases c INDEXED BY cases_found WHERE c.client_id IN ({clients})
             ORDER BY {FIND_ORDER} LIMIT {limit})
         ORDER BY {FIND_ORDER} LIMIT {limit}"
    );
    let mut bound = vec![phrases];
    bound.extend(short.iter().map(|w| w.to_string()));
    Ok(Some((sql, bound)))
}

/// `common_name` on a server (migration 16): moty.count_names counts the clients the caller may
/// see, as search_names finds them, up to `COMMON` + 1; for a common name the cases are walked in
/// `find`'s order (the index `cases_found`) under row-level security and each one's client is
/// looked up by its key to check the folded name (a sub-query of its own for every case, so that
/// the planner cannot turn the walk into a scan of every client, which under row-level security
/// took half a second at 100,000 clients). At 100,000 clients "haka" read 941 cases in 6 ms,
/// where finding its 6,299 clients and then their cases took 50–70 ms.
fn common_name_on_server(
    tx: &Tx,
    words: &[String],
    limit: usize,
) -> Result<Option<(String, Vec<String>)>> {
    let fragments: Vec<String> = words.iter().map(|w| like_escaped(w)).collect();
    let found: i64 = tx
        .prepare_cached(&format!("SELECT moty.count_names(?1, {})", COMMON + 1))?
        .query_row([&fragments.join(" ")], |r| r.get(0))
        .context("searching the register")?;
    if found <= COMMON {
        return Ok(None);
    }
    let likes: String = (1..=fragments.len())
        .map(|n| format!(" AND k.name_folded LIKE ?{n}"))
        .collect();
    let sql = format!(
        "{SUMMARY} WHERE c.id IN (
             SELECT w.id FROM (
                 {FOUND}, (SELECT true FROM clients k WHERE k.id = c.client_id{likes}) AS named
                 FROM cases c ORDER BY {FIND_ORDER} OFFSET 0) w
             WHERE w.named
             ORDER BY {FOUND_ORDER} LIMIT {limit})
         ORDER BY {FIND_ORDER} LIMIT {limit}"
    );
    let bound = fragments.iter().map(|f| format!("%{f}%")).collect();
    Ok(Some((sql, bound)))
}

/// `find`'s order of the cases it shows (`c`): open cases first, then the newest first; the order
/// of the index `cases_found`.
const FIND_ORDER: &str = "c.phase = 'closed', c.opened_on DESC, c.year DESC, c.seq DESC";

/// What each part of a search gives for a case it finds: the case and the columns the cases
/// found are ordered by.
const FOUND: &str = "SELECT c.id, c.phase = 'closed' AS closed, c.opened_on, c.year, c.seq";

/// `FIND_ORDER` over the columns `FOUND` gives.
const FOUND_ORDER: &str = "closed, opened_on DESC, year DESC, seq DESC";

/// The fewest characters the trigram index can look up; shorter fragments are matched by reading
/// the names found by the longer ones, or every name when there are none.
const TRIGRAM: usize = 3;

/// The name fragments the trigram index can look up, and the shorter ones read from the names.
fn fragments(words: &[String]) -> (Vec<&String>, Vec<&String>) {
    words.iter().partition(|w| w.chars().count() >= TRIGRAM)
}

/// The sub-query for name fragments (folded; all must occur in the folded name) and its values.
fn by_name(on_server: bool, words: &[String]) -> (String, Vec<String>) {
    if on_server {
        // moty.search_names: pg_trgm's GIN index serves each fragment of three characters or
        // more, and keeps the clients the caller may see (008_search.sql, 012_server_chain.sql).
        // Folded words hold no spaces. The clients are not joined again: a case the caller may
        // see is of a client the caller may see, and checking each client found against
        // row-level security once more took 43 of `find haka`'s 95 ms at 100,000 clients.
        let fragments: Vec<String> = words.iter().map(|w| like_escaped(w)).collect();
        return (
            format!("{FOUND} FROM cases c WHERE c.client_id IN (SELECT moty.search_names(?))"),
            vec![fragments.join(" ")],
        );
    }
    let (long, short) = fragments(words);
    let instr = vec!["instr(k.name_folded, ?) > 0"; short.len()];
    let mut bound: Vec<String> = short.iter().map(|w| w.to_string()).collect();
    if long.is_empty() {
        let sql = format!(
            "{FOUND} FROM clients k JOIN cases c ON c.client_id = k.id WHERE {}",
            instr.join(" AND ")
        );
        return (sql, bound);
    }
    // The client's folded name is read only for the short fragments the index cannot look up.
    let mut sql = match instr.is_empty() {
        true => format!(
            "{FOUND} FROM client_search s JOIN cases c ON c.client_id = s.rowid
             WHERE client_search MATCH ?"
        ),
        false => format!(
            "{FOUND} FROM client_search s JOIN clients k ON k.id = s.rowid
                 JOIN cases c ON c.client_id = k.id
             WHERE client_search MATCH ?"
        ),
    };
    for clause in instr {
        sql.push_str(" AND ");
        sql.push_str(clause);
    }
    bound.insert(0, fts_phrases("name_folded", &long));
    (sql, bound)
}

/// An FTS5 query: every fragment, as a quoted phrase, in `column` (`"` doubled inside a phrase).
fn fts_phrases(column: &str, fragments: &[impl AsRef<str>]) -> String {
    fragments
        .iter()
        .map(|f| format!("{column} : \"{}\"", f.as_ref().replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// A fragment for PostgreSQL's LIKE, whose escape character is `\`.
fn like_escaped(fragment: &str) -> String {
    let mut out = String::with_capacity(fragment.len());
    for c in fragment.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Cases matching `filter`, longest waiting first.
pub fn list(tx: &Tx, filter: &Filter) -> Result<Vec<Summary>> {
    let sql = format!(
        "{SUMMARY}
         WHERE (c.phase = ?1 OR ?1 IS NULL)
           AND (k.region = ?2 COLLATE NOCASE OR ?2 IS NULL)
           AND (c.client_group = ?3 OR ?3 IS NULL)
           AND (c.phase_since <= ?4 OR ?4 IS NULL)
           AND (?5 OR c.phase <> 'closed')
         ORDER BY c.phase_since, c.year, c.seq"
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            filter.phase,
            filter.region,
            filter.group,
            filter.waiting_since,
            filter.include_closed
        ],
        summary_from_row,
    )?;
    rows.collect::<super::db::Result<_>>()
        .context("listing cases")
}

/// Moves a case to `phase` (the path has already allowed it); `closed` gives the closing date
/// and reason when the phase is `closed`.
pub fn set_phase(
    tx: &Tx,
    id: &str,
    phase: Phase,
    since: NaiveDate,
    closed: Option<CloseReason>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE cases SET phase = ?2, phase_since = ?3,
             closed_on = ?5, close_reason = ?4, follow_up_due = NULL
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        phase,
        since,
        closed,
        (phase == Phase::Closed).then_some(since)
    ])
    .context("moving the case along its path")?;
    // What the work list asks of the case: the consents (the contact request only while
    // referred), a key worker past the pathway's start, and the own due date, which goes with
    // any other phase (above).
    super::work_list::keep_asked(tx, id)?;
    match phase {
        Phase::FollowUp => keep_follow_up_due(tx, id),
        _ => Ok(()),
    }
}

pub fn set_urgency(tx: &Tx, id: &str, urgency: Urgency) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET urgency = ?2 WHERE id = ?1")?
        .execute(params![id, urgency])
        .context("recording the urgency")?;
    Ok(())
}

/// The triage queue: untriaged cases, urgent first, then oldest first.
pub fn queue(tx: &Tx) -> Result<Vec<Waiting>> {
    let sql = format!(
        "{SUMMARY_WITH_URGENCY} WHERE c.phase = 'referred'
         ORDER BY c.urgency = 'normal', c.phase_since, c.year, c.seq"
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let rows = stmt.query_map([], waiting_from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the triage queue")
}

/// A row of `SUMMARY_WITH_URGENCY`.
pub(super) fn waiting_from_row(row: &Row) -> super::db::Result<Waiting> {
    Ok(Waiting {
        summary: summary_from_row(row)?,
        urgency: row.get(11)?,
        source: row.get(12)?,
        channel: row.get(13)?,
    })
}

pub(super) const SUMMARY_WITH_URGENCY: &str = "SELECT c.id, k.id, k.name, k.hetu, k.birth_year,
        k.phone, k.region, c.client_group, c.phase, c.phase_since, c.opened_on,
        c.urgency, r.source, r.channel, k.non_disclosure
    FROM cases c JOIN clients k ON k.id = c.client_id JOIN referrals r ON r.case_id = c.id";

/// Sets a case's own follow-up interval in weeks (`None`: the team's).
pub fn set_follow_up_weeks(tx: &Tx, id: &str, weeks: Option<u32>) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET follow_up_weeks = ?2 WHERE id = ?1")?
        .execute(params![id, weeks])
        .context("setting the case's follow-up interval")?;
    keep_follow_up_due(tx, id)
}

/// Keeps the case's own follow-up due date (`cases.follow_up_due`, migration 11) as its phase,
/// its own interval and its last follow-up call now say: every write of those calls this in the
/// same transaction, so the follow-ups due are read in their order from an index.
pub fn keep_follow_up_due(tx: &Tx, id: &str) -> Result<()> {
    let (phase, since, weeks): (Phase, NaiveDate, Option<u32>) = tx
        .prepare_cached("SELECT phase, phase_since, follow_up_weeks FROM cases WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .context("reading the case's follow-up interval")?;
    let due = match phase {
        Phase::FollowUp => {
            crate::domain::path::own_follow_up_due(since, super::follow_up::next_on(tx, id)?, weeks)
        }
        _ => None,
    };
    tx.prepare_cached("UPDATE cases SET follow_up_due = ?2 WHERE id = ?1")?
        .execute(params![id, due])
        .context("keeping the case's follow-up due date")?;
    Ok(())
}

/// The first case (by number) whose kept own follow-up due date is not what its phase, its own
/// interval and its last follow-up call say: edited outside moty (`audit verify`).
pub fn follow_up_due_kept_wrong(tx: &Tx) -> Result<Option<String>> {
    let outside: Option<String> = tx
        .prepare_cached(
            "SELECT id FROM cases WHERE phase <> 'follow-up' AND follow_up_due IS NOT NULL
             ORDER BY year, seq LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()
        .context("checking the follow-up dates kept with the cases")?;
    let mut wrong: Vec<(i64, i64, String)> = outside
        .map(|id| {
            let (year, seq) = crate::domain::validate::case_sort_key(&id);
            (i64::from(year), i64::from(seq), id)
        })
        .into_iter()
        .collect();
    // Each case in the phase, with whether its kept date is the one its records give.
    let rows: Vec<(i64, i64, String, bool)> = tx
        .prepare_cached(
            "SELECT c.id, c.phase_since,
                 (SELECT f.next_on FROM follow_ups f WHERE f.case_id = c.id
                  ORDER BY f.id DESC LIMIT 1),
                 c.follow_up_weeks, c.follow_up_due, c.year, c.seq
             FROM cases c WHERE c.phase = 'follow-up'",
        )?
        .query_map([], |r| {
            let due = crate::domain::path::own_follow_up_due(r.get(1)?, r.get(2)?, r.get(3)?);
            let kept: Option<NaiveDate> = r.get(4)?;
            Ok((r.get(5)?, r.get(6)?, r.get(0)?, due == kept))
        })?
        .collect::<super::db::Result<_>>()
        .context("checking the follow-up dates kept with the cases")?;
    wrong.extend(
        rows.into_iter()
            .filter(|(_, _, _, right)| !right)
            .map(|(year, seq, id, _)| (year, seq, id)),
    );
    Ok(wrong.into_iter().min().map(|(_, _, id)| id))
}
