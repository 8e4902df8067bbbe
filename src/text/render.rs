//! Words of the render-wide pass (issue #15): the few cells of the tables that printed a code
//! without a label of the vocabularies (the queue's consent column, the health check's status).
//! Dates and times in tables go through `format` (`ui_date`, `ui_date_time`, `ui_stamp`,
//! `ui_moment`).

use chrono::NaiveDate;

use super::format;
use super::i18n::t;

/// The queue's consent cell: the method in force ("written", "oral", by its label), "withdrawn"
/// or "none".
pub fn queue_consent(code: &str) -> String {
    match code {
        "withdrawn" => t!("render-consent-withdrawn"),
        "none" => t!("render-consent-none"),
        method => match super::value_label(method) {
            "" => method.to_string(),
            label => label.to_string(),
        },
    }
}

/// A health check's status in a word; `status` is its code (`ok`, `warn`, `fail`).
pub fn check_status(status: &str) -> String {
    t!("render-check-status", status = status)
}

/// One free time `moty schedule book --dry-run` offers: `at` already in the UI language.
pub fn candidate_line(at: &str, minutes: u32) -> String {
    t!("render-candidate", at = at, minutes = minutes)
}

/// A column of a report's Markdown tables, by its code (the same code names the CSV's and
/// JSON's fields); English keeps the code, as before.
pub fn report_column(column: &str) -> String {
    t!("render-report-column", column = column)
}

/// The outcomes' title for a period given as dates, worded in the UI language.
pub fn outcomes_title_on(from: NaiveDate, to: NaiveDate, region: Option<&str>) -> String {
    super::outcomes_title(&format::ui_date(from), &format::ui_date(to), region)
}

/// A health check of `moty doctor` by its name (the JSON's `check`), in the UI language.
pub fn check_label(check: &str) -> String {
    t!("render-check", key = check.replace(' ', "-"), check = check)
}
