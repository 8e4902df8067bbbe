//! The data protection officer's tools: what one user looked at, the anomaly report, the
//! retention schedule, and the logs exported for the supervisory authority. Reading any of them is
//! itself written to the access log (or, for an export, the disclosure log).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::Session;
use crate::domain::fold::fold;
use crate::domain::records::{AccessEntry, AccessRow, Anomalies, Anomaly, Disclosure};
use crate::domain::AccessAction;
use crate::files;
use crate::store::{access, dpo, meta, report, Author, Tx};

/// The meta key of the retention period of closed cases, in whole years (0 or absent: none set).
pub const RETENTION_CLOSED_CASES: &str = "retention_years_closed_cases";

/// The default of `--threshold`: more distinct clients than this in one day is unusual.
pub const DEFAULT_THRESHOLD: i64 = 30;

/// Helsinki days, both ends inclusive; no start means from the first row.
#[derive(Debug, Clone, Copy)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub until: NaiveDate,
}

impl Period {
    /// The period of --from and --until as given (Helsinki days, both inclusive; --until
    /// defaults to `today`).
    pub fn given(
        from: Option<&str>,
        until: Option<&str>,
        today: chrono::NaiveDate,
    ) -> Result<Period, crate::error::UserError> {
        use crate::domain::validate;
        let from = from.map(|d| validate::date("--from", d)).transpose()?;
        let until = match until {
            Some(d) => validate::date("--until", d)?,
            None => today,
        };
        if from.is_some_and(|from| from > until) {
            return Err(crate::error::UserError::invalid(
                "--from",
                crate::text::from_after_until(),
            ));
        }
        Ok(Period { from, until })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && day <= self.until
    }
}

/// The access-log row of a DPO look-up that shows no single client.
fn log_dpo(tx: &Tx, author: &Author, command: &str) -> Result<()> {
    access::log(
        tx,
        author,
        &access::Access {
            command,
            action: AccessAction::View,
            client_id: None,
            case_id: None,
            reason: None,
        },
    )
}

/// Every access-log row written by `user` in the period.
pub fn access_by(session: &mut Session, user: &str, period: Period) -> Result<Vec<AccessRow>> {
    session.write(|tx, author| {
        let rows = dpo::access_entries(tx)?
            .into_iter()
            .filter(|e| e.actor == user && period.contains(e.at.local_date()))
            .map(|e| AccessRow {
                id: e.id,
                at: e.at,
                actor: e.actor,
                os_user: e.os_user,
                clock_overridden: e.clock_overridden,
                command: e.command,
                action: e.action,
                case: e.case,
                reason: e.reason,
            })
            .collect();
        log_dpo(tx, author, "audit access --by")?;
        Ok(rows)
    })
}

/// The commands whose views list cases waiting for triage: looking at a case in the queue is work.
const QUEUE_COMMANDS: &[&str] = &["find", "list", "triage"];

/// The anomaly report over the period (see `moty audit anomalies --help` for the rules).
pub fn anomalies(session: &mut Session, period: Period, threshold: i64) -> Result<Anomalies> {
    session.write(|tx, author| {
        let entries = dpo::access_entries(tx)?;
        let triaged = dpo::first_triaged(tx)?;
        let mut colleague_clients: HashMap<i64, BTreeSet<String>> = HashMap::new();
        let actors: BTreeSet<&str> = entries.iter().map(|e| e.actor.as_str()).collect();
        for actor in actors {
            for id in dpo::clients_named(tx, &fold(actor.trim()))? {
                colleague_clients
                    .entry(id)
                    .or_default()
                    .insert(actor.to_string());
            }
        }
        let report = find_anomalies(&entries, &triaged, &colleague_clients, period, threshold);
        log_dpo(tx, author, "audit anomalies")?;
        Ok(report)
    })
}

type Key = (String, NaiveDate, Option<i64>, Option<String>);

fn rows(counts: BTreeMap<Key, i64>) -> Vec<Anomaly> {
    counts
        .into_iter()
        .map(|((user, day, client_id, case), count)| Anomaly {
            user,
            day,
            client_id,
            case,
            count,
        })
        .collect()
}

/// The three lists, from the whole log (a change before the period still counts as work).
fn find_anomalies(
    entries: &[AccessEntry],
    triaged: &HashMap<String, crate::clock::Stamp>,
    colleague_clients: &HashMap<i64, BTreeSet<String>>,
    period: Period,
    threshold: i64,
) -> Anomalies {
    let mut distinct: BTreeMap<(String, NaiveDate), BTreeSet<i64>> = BTreeMap::new();
    let mut outside: BTreeMap<Key, i64> = BTreeMap::new();
    let mut colleagues: BTreeMap<Key, i64> = BTreeMap::new();
    // The first day each user changed each client's data.
    let mut first_change: HashMap<(&str, i64), NaiveDate> = HashMap::new();
    for e in entries {
        if let (Some(client), true) = (e.client_id, e.action == AccessAction::Change.as_str()) {
            let day = e.at.local_date();
            first_change
                .entry((e.actor.as_str(), client))
                .and_modify(|d| *d = (*d).min(day))
                .or_insert(day);
        }
    }
    for e in entries {
        let day = e.at.local_date();
        let Some(client) = e.client_id else { continue };
        if e.action != AccessAction::View.as_str() || !period.contains(day) {
            continue;
        }
        let key = (e.actor.clone(), day, Some(client), e.case.clone());
        distinct
            .entry((e.actor.clone(), day))
            .or_default()
            .insert(client);
        let changed = first_change
            .get(&(e.actor.as_str(), client))
            .is_some_and(|first| *first <= day);
        let in_queue = QUEUE_COMMANDS.contains(&e.command.as_str())
            && e.case
                .as_ref()
                .is_some_and(|case| triaged.get(case).is_none_or(|t| *t > e.at));
        if !changed && !in_queue {
            *outside.entry(key.clone()).or_default() += 1;
        }
        if colleague_clients
            .get(&client)
            .is_some_and(|names| names.iter().any(|n| *n != e.actor))
        {
            *colleagues.entry(key).or_default() += 1;
        }
    }
    let many_clients = distinct
        .into_iter()
        .filter(|(_, clients)| clients.len() as i64 > threshold)
        .map(|((user, day), clients)| Anomaly {
            user,
            day,
            client_id: None,
            case: None,
            count: clients.len() as i64,
        })
        .collect();
    Anomalies {
        threshold,
        many_clients,
        outside_cases: rows(outside),
        colleagues: rows(colleagues),
    }
}

/// The retention period of closed cases in years, if one is set.
pub fn retention(tx: &Tx) -> Result<Option<u32>> {
    Ok(meta::get(tx, RETENTION_CLOSED_CASES)?
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|years| *years > 0))
}

/// Sets (or, with 0, clears) the retention period of closed cases; returns what is set now.
pub fn set_retention(session: &mut Session, years: Option<u32>) -> Result<Option<u32>> {
    session.write(|tx, _| {
        if let Some(years) = years {
            meta::set(tx, RETENTION_CLOSED_CASES, &years.to_string())?;
        }
        retention(tx)
    })
}

/// Which log `moty audit export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogName {
    Access,
    Disclosure,
}

/// The format of an exported log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Csv,
    Json,
}

/// A log's rows in the period, as the export carries them.
pub enum LogRows {
    Access(Vec<AccessEntry>),
    Disclosure(Vec<Disclosure>),
}

/// Writes the rows of `log` in the period to `out`; the export is recorded in the disclosure log
/// before the file is put in place. Returns how many rows were written.
#[allow(clippy::too_many_arguments)]
pub fn export(
    session: &mut Session,
    log: LogName,
    format: LogFormat,
    recipient: &str,
    basis: &crate::domain::LegalBasis,
    out: &Path,
    force: bool,
    period: Period,
) -> Result<usize> {
    let register = session.path().to_path_buf();
    let (count, pending) = session.write(|tx, author| {
        let rows = match log {
            LogName::Access => LogRows::Access(
                dpo::access_entries(tx)?
                    .into_iter()
                    .filter(|e| period.contains(e.at.local_date()))
                    .collect(),
            ),
            LogName::Disclosure => LogRows::Disclosure(
                report::disclosures(tx)?
                    .into_iter()
                    .filter(|d| period.contains(d.at.local_date()))
                    .collect(),
            ),
        };
        let count = match &rows {
            LogRows::Access(r) => r.len(),
            LogRows::Disclosure(r) => r.len(),
        };
        let bytes = match format {
            LogFormat::Csv => crate::render::dpo::log_csv(&rows)?,
            LogFormat::Json => crate::render::dpo::log_json(&rows).into_bytes(),
        };
        let pending = files::prepare(out, &bytes, force, &register)?;
        let what = crate::text::log_export_what(log == LogName::Access, format == LogFormat::Csv);
        access::disclose(tx, author, &what, recipient, &[], basis)?;
        Ok((count, pending))
    })?;
    pending.commit_recorded()?;
    Ok(count)
}
