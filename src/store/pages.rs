//! The long lists a page at a time (`list`, `triage --list`): keyset paging on each list's sort
//! order, served by the indexes of migration 9 (`cases_open`, `cases_waiting`, `cases_phase`,
//! `cases_queue`), so a page costs the rows it shows, not the register's size.

use anyhow::{Context, Result};

use super::cases::{
    summary_from_row, waiting_from_row, Filter, Summary, Waiting, SUMMARY, SUMMARY_WITH_URGENCY,
};
use super::db::{params_from_iter, ToSql, Value};
use super::Tx;
use crate::domain::paging::{ListKey, QueueKey};

/// A WHERE clause being built: its conditions and their numbered values.
#[derive(Default)]
pub(super) struct Clause {
    conditions: Vec<String>,
    pub(super) values: Vec<Value>,
}

impl Clause {
    /// Adds `condition`, whose `?` marks take `values` in order.
    pub(super) fn and(&mut self, condition: &str, values: &[&dyn ToSql]) {
        let mut numbered = String::new();
        let mut bound = values.iter();
        for (i, piece) in condition.split('?').enumerate() {
            if i > 0 {
                let value = bound.next().expect("a value for every placeholder");
                self.values.push(value.to_value());
                numbered.push_str(&format!("?{}", self.values.len()));
            }
            numbered.push_str(piece);
        }
        self.conditions.push(numbered);
    }

    pub(super) fn sql(&self) -> String {
        if self.conditions.is_empty() {
            return "TRUE".to_string();
        }
        self.conditions.join(" AND ")
    }
}

/// `list`'s filter as conditions: only those given, so each can use its index.
fn list_clause(filter: &Filter) -> Clause {
    let mut clause = Clause::default();
    if let Some(phase) = &filter.phase {
        clause.and("c.phase = ?", &[phase]);
    }
    if let Some(region) = &filter.region {
        clause.and("k.region = ? COLLATE NOCASE", &[region]);
    }
    if let Some(group) = &filter.group {
        clause.and("c.client_group = ?", &[group]);
    }
    if let Some(since) = &filter.waiting_since {
        clause.and("c.phase_since <= ?", &[since]);
    }
    if !filter.include_closed {
        clause.and("c.phase <> 'closed'", &[]);
    }
    clause
}

fn after_list(clause: &mut Clause, after: Option<&ListKey>) {
    if let Some(key) = after {
        clause.and(
            "(c.phase_since, c.year, c.seq) > (?, ?, ?)",
            &[&key.since, &key.year, &key.seq],
        );
    }
}

/// Up to `limit` cases matching `filter` after the place `after`, longest waiting first.
pub fn list(tx: &Tx, filter: &Filter, after: Option<&ListKey>, limit: u32) -> Result<Vec<Summary>> {
    let mut clause = list_clause(filter);
    after_list(&mut clause, after);
    let sql = format!(
        "{SUMMARY} WHERE {} ORDER BY c.phase_since, c.year, c.seq LIMIT {limit}",
        clause.sql()
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(clause.values.iter()), summary_from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("listing cases")
}

/// How many cases matching `filter` come after the place `after`: counted in the index alone
/// (`cases_open` for the open cases), the clients read only when the filter is on their region.
pub fn list_rest(tx: &Tx, filter: &Filter, after: &ListKey) -> Result<u64> {
    let mut clause = list_clause(filter);
    after_list(&mut clause, Some(after));
    let from = match filter.region {
        Some(_) => "cases c JOIN clients k ON k.id = c.client_id",
        None => "cases c",
    };
    let sql = format!("SELECT count(*) FROM {from} WHERE {}", clause.sql());
    let count: i64 = tx
        .prepare(&sql)?
        .query_row(params_from_iter(clause.values.iter()), |r| r.get(0))
        .context("counting the cases still to list")?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// 0 for an urgent case, 1 for the rest: the queue's first sort key on both engines, the first
/// column of the index `cases_queue` (009_pages.sql).
const NOT_URGENT: &str = "CASE WHEN c.urgency = 'normal' THEN 1 ELSE 0 END";

/// The cases `c` read through `index`, a partial index in a list's order. SQLite's planner, which
/// has no statistics, would rather take a wider index (the phase's, the open cases') and sort or
/// walk every case for each page; it is told. The server's planner chooses by its statistics.
pub(super) fn cases_by(tx: &Tx, index: &str) -> String {
    if tx.on_server() {
        "cases c".to_string()
    } else {
        format!("cases c INDEXED BY {index}")
    }
}

/// The queue's cases, in its order (`cases_queue`).
fn queue_cases(tx: &Tx) -> String {
    cases_by(tx, "cases_queue")
}

fn queue_clause(region: Option<&str>, after: Option<&QueueKey>) -> Clause {
    let mut clause = Clause::default();
    clause.and("c.phase = 'referred'", &[]);
    if let Some(region) = region {
        clause.and("c.region = ? COLLATE NOCASE", &[&region]);
    }
    if let Some(key) = after {
        let not_urgent = i64::from(!key.urgent);
        clause.and(
            &format!("({NOT_URGENT}, c.phase_since, c.year, c.seq) > (?, ?, ?, ?)"),
            &[&not_urgent, &key.at.since, &key.at.year, &key.at.seq],
        );
    }
    clause
}

/// Up to `limit` untriaged cases of `region` (the case's own) after the place `after`: urgent
/// first, then oldest first.
pub fn queue(
    tx: &Tx,
    region: Option<&str>,
    after: Option<&QueueKey>,
    limit: u32,
) -> Result<Vec<Waiting>> {
    let clause = queue_clause(region, after);
    let select = SUMMARY_WITH_URGENCY.replacen("cases c", &queue_cases(tx), 1);
    let sql = format!(
        "{select} WHERE {}
         ORDER BY {NOT_URGENT}, c.phase_since, c.year, c.seq LIMIT {limit}",
        clause.sql()
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(clause.values.iter()), waiting_from_row)?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the triage queue")
}

/// How many untriaged cases of `region` come after the place `after`.
pub fn queue_rest(tx: &Tx, region: Option<&str>, after: &QueueKey) -> Result<u64> {
    let clause = queue_clause(region, Some(after));
    let sql = format!(
        "SELECT count(*) FROM {} WHERE {}",
        queue_cases(tx),
        clause.sql()
    );
    let count: i64 = tx
        .prepare(&sql)?
        .query_row(params_from_iter(clause.values.iter()), |r| r.get(0))
        .context("counting the cases still to list")?;
    Ok(u64::try_from(count).unwrap_or(0))
}
