//! The data protection officer's documents: one user's look-ups, the anomaly report, the
//! retention setting and the exported logs (CSV cells made inert against formula injection).

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::domain::records::{AccessEntry, AccessRow, Anomalies, Anomaly, Disclosure};
use crate::ops::dpo::LogRows;
use crate::text;

/// Every access-log row of one user, the login beside the name (`moty audit access --by`).
pub fn access_by(rows: &[AccessRow], as_json: bool) -> String {
    if as_json {
        return super::access_rows(rows, true);
    }
    let mut t = table(&[
        text::h_entered(),
        text::h_by(),
        &text::h_os_user(),
        &text::h_command(),
        text::h_what(),
        text::h_case(),
        &text::h_why(),
    ]);
    for r in rows {
        t.add_row(vec![
            text::format::ui_moment(r.at),
            r.actor.clone(),
            or_none(&r.os_user),
            r.command.clone(),
            text::value_label(&r.action).to_string(),
            or_none(&r.case),
            or_none(&r.reason),
        ]);
    }
    format!("{t}\n")
}

fn anomaly_table(title: &str, rows: &[Anomaly]) -> String {
    if rows.is_empty() {
        return format!("{title}: {}\n", text::anomaly_none());
    }
    let mut t = table(&[
        text::h_by(),
        &text::h_day(),
        &text::h_client(),
        text::h_case(),
        &text::h_count(),
    ]);
    for r in rows {
        t.add_row(vec![
            r.user.clone(),
            text::format::ui_date(r.day),
            or_none(&r.client_id),
            or_none(&r.case),
            r.count.to_string(),
        ]);
    }
    format!("{title}\n{t}\n")
}

pub fn anomalies(report: &Anomalies, as_json: bool) -> String {
    if as_json {
        return json(report);
    }
    [
        anomaly_table(&text::anomaly_many(report.threshold), &report.many_clients),
        anomaly_table(&text::anomaly_outside(), &report.outside_cases),
        anomaly_table(&text::anomaly_colleagues(), &report.colleagues),
    ]
    .join("\n")
}

/// The retention schedule (`moty settings retention`).
#[derive(Serialize, JsonSchema)]
pub struct Retention {
    /// Years a closed case is kept after closing; null: none set.
    closed_cases_years: Option<u32>,
}

pub fn retention(years: Option<u32>, as_json: bool) -> String {
    if as_json {
        return json(&Retention {
            closed_cases_years: years,
        });
    }
    text::retention_is(years)
}

/// An exported access log (`moty audit export --log access --format json`).
#[derive(Serialize, JsonSchema)]
pub struct AccessLogExport<'a> {
    access_log: &'a [AccessEntry],
}

/// An exported disclosure log (`moty audit export --log disclosure --format json`).
#[derive(Serialize, JsonSchema)]
pub struct DisclosureLogExport<'a> {
    disclosure_log: &'a [Disclosure],
}

/// What `moty audit export` wrote.
#[derive(Serialize, JsonSchema)]
pub struct Exported {
    file: String,
    rows: usize,
}

pub fn exported(rows: usize, path: &std::path::Path, as_json: bool) -> String {
    if as_json {
        return json(&Exported {
            file: path.display().to_string(),
            rows,
        });
    }
    text::log_exported(rows, path)
}

pub fn log_json(rows: &LogRows) -> String {
    match rows {
        LogRows::Access(r) => json(&AccessLogExport { access_log: r }),
        LogRows::Disclosure(r) => json(&DisclosureLogExport { disclosure_log: r }),
    }
}

/// A text cell a spreadsheet will not read as a formula (as the weekly report's CSV).
fn inert(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn opt(value: &Option<impl ToString>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub fn log_csv(rows: &LogRows) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w = csv::Writer::from_writer(&mut out);
        match rows {
            LogRows::Access(rows) => {
                w.write_record([
                    "id",
                    "at",
                    "actor",
                    "os_user",
                    "clock_overridden",
                    "command",
                    "action",
                    "client_id",
                    "case",
                    "reason",
                ])?;
                for r in rows {
                    w.write_record([
                        r.id.to_string(),
                        r.at.to_string(),
                        inert(&r.actor),
                        inert(&opt(&r.os_user)),
                        r.clock_overridden.to_string(),
                        inert(&r.command),
                        inert(&r.action),
                        opt(&r.client_id),
                        inert(&opt(&r.case)),
                        inert(&opt(&r.reason)),
                    ])?;
                }
            }
            LogRows::Disclosure(rows) => {
                w.write_record([
                    "id",
                    "at",
                    "actor",
                    "what",
                    "recipient",
                    "cases",
                    "legal_basis",
                    "legal_basis_named",
                ])?;
                for r in rows {
                    let basis = r.legal_basis.as_ref();
                    w.write_record([
                        r.id.to_string(),
                        r.at.to_string(),
                        inert(&r.actor),
                        inert(&r.what),
                        inert(&r.recipient),
                        inert(&r.cases.join(" ")),
                        basis.map(|b| b.basis.to_string()).unwrap_or_default(),
                        inert(&opt(&basis.and_then(|b| b.named.clone()))),
                    ])?;
                }
            }
        }
        w.flush()?;
    }
    Ok(out)
}
