//! The words of the data protection officer's tools: the anomaly report, the retention schedule
//! and the log exports.

pub const NO_RETENTION: &str =
    "no retention period is set for closed cases; set one with `moty settings retention --closed-cases-years N`, or name the date with --closed-before";
pub const CASE_OR_BY: &str = "name a case (CASE) or a user (--by USER), not both";
pub const H_OS_USER: &str = "Login";
pub const H_DAY: &str = "Day";
pub const H_CLIENT: &str = "Client id";
pub const H_COUNT: &str = "Count";
pub const ANOMALY_MANY: &str = "More distinct clients viewed in a day than the threshold";
pub const ANOMALY_OUTSIDE: &str = "Views of clients outside the user's cases";
pub const ANOMALY_COLLEAGUES: &str = "Views of colleagues who are also clients";
pub const ANOMALY_NONE: &str = "None.";

pub fn from_after_until() -> String {
    "must not come after --until".to_string()
}

pub fn threshold_range() -> String {
    "must be a whole number from 1 to 100000".to_string()
}

pub fn retention_years_range() -> String {
    "must be a whole number of years from 0 (none set) to 100".to_string()
}

/// The disclosure log's "what" of a log export.
pub fn log_export_what(access: bool, csv: bool) -> String {
    let log = if access { "access" } else { "disclosure" };
    let format = if csv { "csv" } else { "json" };
    format!("{log} log export ({format})")
}

pub fn log_exported(rows: usize, path: &std::path::Path) -> String {
    let path = path.display().to_string();
    format!(
        "{}\n",
        super::i18n::t!("log-exported", rows = rows, path = path)
    )
}

pub fn retention_is(years: Option<u32>) -> String {
    match years {
        Some(years) => format!(
            "closed cases are kept {years} years after closing; `moty purge --due --reason retention` erases those older.\n"
        ),
        None => "no retention period is set for closed cases.\n".to_string(),
    }
}
