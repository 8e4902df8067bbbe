//! The outcomes report's words: its headings, the HTML page's headline figures and notes, and its
//! numbers as people read them. Every word is a message in `i18n/LANG/moty.ftl` under
//! `outcomes-…` (src/text/i18n.rs). The figure and key codes, the CSV and the JSON stay the same
//! in every language.

use super::i18n::{t, ui_language};
use crate::domain::Language;

/// The key of the all-cases rows of a CSV breakdown (a code, not a word: the CSV is the same in
/// every language).
pub const ALL_CASES_KEY: &str = "all";

/// The heading of one group of a breakdown: `by` is the breakdown's code, `key` the group's.
pub fn breakdown_heading(by: &str, key: &str) -> String {
    t!("outcomes-breakdown-heading", by = by, key = key)
}

/// `count` as the tables print it: a number, or "<5" (read as plural).
pub fn cases_in_several_groups(count: &str) -> String {
    let sentence = match count.parse::<u32>() {
        Ok(n) => t!("cases-in-several-groups", count = n),
        Err(_) => t!("cases-in-several-groups", count = count),
    };
    format!("{sentence}\n")
}

pub fn small_cells_note() -> String {
    format!("{}\n", t!("outcomes-small-cells-note"))
}

// --- numbers as people read them -----------------------------------------------------------------

/// A figure's value for people, as the report's table and page show it: the value the CSV
/// has ("8.75", "3 (75 %)", "<5") with the UI language's decimal mark ("8,75" in Finnish). JSON,
/// CSV and the page's data attributes keep the dot.
pub fn figure_value(value: &str) -> String {
    match ui_language() {
        Language::En => value.to_string(),
        Language::Fi | Language::Sv => super::format::decimal_comma(value),
    }
}

// --- the HTML page ------------------------------------------------------------------------------

/// The page's language (the html element's lang attribute): the UI language's code.
pub fn page_language() -> &'static str {
    ui_language().as_str()
}

pub fn page_cases(count: &str) -> String {
    t!("outcomes-page-cases", count = count)
}

pub fn headline() -> String {
    t!("outcomes-headline")
}

pub fn hl_usefulness() -> String {
    t!("outcomes-hl-usefulness")
}

pub fn hl_on_path() -> String {
    t!("outcomes-hl-on-path")
}

pub fn hl_knows() -> String {
    t!("outcomes-hl-knows")
}

pub fn hl_network_with() -> String {
    t!("outcomes-hl-network-with")
}

pub fn hl_network_without() -> String {
    t!("outcomes-hl-network-without")
}

pub fn hl_network_difference() -> String {
    t!("outcomes-hl-network-difference")
}

pub fn hl_onward() -> String {
    t!("outcomes-hl-onward")
}

pub fn hl_appointments() -> String {
    t!("outcomes-hl-appointments")
}

pub fn hl_time_saved() -> String {
    t!("outcomes-hl-time-saved")
}

pub fn section_path() -> String {
    t!("outcomes-section-path")
}

pub fn section_feedback() -> String {
    t!("outcomes-section-feedback")
}

pub fn section_estimates() -> String {
    t!("outcomes-section-estimates")
}

pub fn section_surveys() -> String {
    t!("outcomes-section-surveys")
}

pub fn section_clients() -> String {
    t!("outcomes-section-clients")
}

pub fn chart_waiting() -> String {
    t!("outcomes-chart-waiting")
}

pub fn chart_usefulness_scores() -> String {
    t!("outcomes-chart-usefulness")
}

pub fn chart_statements() -> String {
    t!("outcomes-chart-statements")
}

pub fn chart_saved_services() -> String {
    t!("outcomes-chart-saved-services")
}

pub fn chart_sources() -> String {
    t!("outcomes-chart-sources")
}

pub fn h_statement() -> String {
    t!("outcomes-h-statement")
}

pub fn h_phases() -> String {
    t!("outcomes-h-phases")
}

pub fn h_median() -> String {
    t!("outcomes-h-median")
}

pub fn h_p90() -> String {
    t!("outcomes-h-p90")
}

pub fn h_respondent() -> String {
    t!("outcomes-h-respondent")
}

pub fn h_added_value() -> String {
    t!("outcomes-h-added-value")
}

pub fn h_kela_benefit() -> String {
    t!("outcomes-h-kela-benefit")
}

pub fn all_roles() -> String {
    t!("outcomes-all-roles")
}

/// A funnel stage's label, by its code; empty for another code.
pub fn funnel_label(stage: &str) -> String {
    t!("outcomes-funnel", stage = stage)
}

/// A figure of the outcomes table by its name (the CSV's `figure`); a statement's figure
/// (`statement:VERSION:CODE`) names its code and version; a name it does not know, as it is.
pub fn figure_label(figure: &str) -> String {
    if let Some(rest) = figure.strip_prefix("statement:") {
        if let Some((version, code)) = rest.split_once(':') {
            return t!("outcomes-figure-statement", code = code, version = version);
        }
    }
    let label = t!("outcomes-figure", figure = figure);
    match label.is_empty() {
        true => figure.to_string(),
        false => label,
    }
}

/// A figure's key that is a statistic: `mean`, `count`, `yes`.
pub fn figure_key(key: &str) -> String {
    t!("outcomes-figure-key", key = key)
}

/// The median or 90th percentile of the days between two phases.
pub fn interval_statistic(interval: &str, statistic: &str) -> String {
    t!(
        "outcomes-interval-statistic",
        interval = interval,
        statistic = statistic
    )
}

/// The label of the days between two phases, by their codes.
pub fn interval_label(from: &str, to: &str) -> String {
    t!("outcomes-interval", from = from, to = to)
}

pub fn breakdown_caption(by: &str) -> String {
    t!("outcomes-breakdown-caption", by = by)
}

/// A breakdown group's label: the value's description where it has one.
pub fn group_label(by: &str, key: &str) -> String {
    match (by, key) {
        (_, "none") => t!("outcomes-not-recorded"),
        ("group" | "source", key) => super::value_label(key).to_string(),
        (_, key) => key.to_string(),
    }
}

pub fn no_time_saved() -> String {
    t!("outcomes-no-time-saved")
}

// --- manual pages ---------------------------------------------------------------------------------

/// The heading of a manual page's examples (a man page section name: upper case).
pub fn man_examples() -> String {
    t!("outcomes-man-examples")
}

/// A manual page's section name as clap_mangen writes it, in the UI language (unknown: as is).
pub fn man_section(name: &str) -> String {
    match name {
        "NAME" => t!("outcomes-man-name"),
        "SYNOPSIS" => t!("outcomes-man-synopsis"),
        "DESCRIPTION" => t!("outcomes-man-description"),
        "OPTIONS" => t!("outcomes-man-options"),
        "SUBCOMMANDS" => t!("outcomes-man-subcommands"),
        "VERSION" => t!("outcomes-man-version"),
        other => other.to_string(),
    }
}

/// `moty man` of a command that does not exist.
pub fn no_such_command(command: &str, known: &[&str]) -> String {
    t!(
        "outcomes-no-such-command",
        command = command,
        known = known.join(", ")
    )
}

// --- the configuration file ---------------------------------------------------------------------

pub fn cannot_read_config(path: &std::path::Path) -> String {
    t!(
        "outcomes-cannot-read-config",
        path = path.display().to_string()
    )
}

pub fn config_invalid(path: &std::path::Path, why: &str) -> String {
    t!(
        "outcomes-config-invalid",
        path = path.display().to_string(),
        why = why.trim()
    )
}

pub fn config_key(key: &str, keys: &[&str]) -> String {
    t!(
        "outcomes-config-key",
        key = super::shown(key),
        keys = keys.join(", ")
    )
}

pub fn config_file_is(path: &std::path::Path) -> String {
    t!("outcomes-config-file-is", path = path.display().to_string())
}

/// A setting the configuration file does not have.
pub fn not_set() -> String {
    t!("outcomes-not-set")
}
