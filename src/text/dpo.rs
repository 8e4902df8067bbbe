//! The words of the data protection officer's tools: the anomaly report, the retention schedule
//! and the log exports.

use super::i18n::t;

pub fn no_retention() -> String {
    t!("dpo-no-retention")
}

pub fn case_or_by() -> String {
    t!("dpo-case-or-by")
}

pub fn h_os_user() -> String {
    t!("dpo-h-os-user")
}

pub fn h_day() -> String {
    t!("dpo-h-day")
}

pub fn h_client() -> String {
    t!("dpo-h-client")
}

pub fn h_count() -> String {
    t!("dpo-h-count")
}

/// The title of the first anomaly table, with the threshold it was run with.
pub fn anomaly_many(threshold: i64) -> String {
    t!("dpo-anomaly-many", threshold = threshold)
}

pub fn anomaly_outside() -> String {
    t!("dpo-anomaly-outside")
}

pub fn anomaly_colleagues() -> String {
    t!("dpo-anomaly-colleagues")
}

pub fn anomaly_none() -> String {
    t!("dpo-anomaly-none")
}

pub fn from_after_until() -> String {
    t!("dpo-from-after-until")
}

pub fn threshold_range() -> String {
    t!("dpo-threshold-range")
}

pub fn retention_years_range() -> String {
    t!("dpo-retention-years-range")
}

/// The disclosure log's "what" of a log export (recorded in the UI language of the export).
pub fn log_export_what(access: bool, csv: bool) -> String {
    let log = if access { "access" } else { "disclosure" };
    let format = if csv { "csv" } else { "json" };
    t!("dpo-log-export-what", log = log, format = format)
}

pub fn log_exported(rows: usize, path: &std::path::Path) -> String {
    let path = path.display().to_string();
    format!("{}\n", t!("log-exported", rows = rows, path = path))
}

pub fn retention_is(years: Option<u32>) -> String {
    match years {
        Some(years) => format!("{}\n", t!("dpo-retention-is", years = years)),
        None => format!("{}\n", t!("dpo-retention-none")),
    }
}
