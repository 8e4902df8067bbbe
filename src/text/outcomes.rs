//! The outcomes report's words: its headings, the HTML page's headline figures and notes.

use super::i18n::t;

/// The key of the all-cases rows of a CSV breakdown.
pub const ALL_CASES_KEY: &str = "all";

pub fn breakdown_heading(by: &str, key: &str) -> String {
    format!("— {by}: {key} —")
}

/// `count` as the tables print it: a number, or "<5" (read as plural).
pub fn cases_in_several_groups(count: &str) -> String {
    let sentence = match count.parse::<u32>() {
        Ok(n) => t!("cases-in-several-groups", count = n),
        Err(_) => t!("cases-in-several-groups", count = count),
    };
    format!("{sentence}\n")
}

pub const SMALL_CELLS_NOTE: &str = "Counts from 1 to 4 are shown as <5, and where one such count could be worked out from a total, another count as x (small-cell suppression; --exact shows them, for the team's own use).\n";

// --- the HTML page ------------------------------------------------------------------------------

/// The page's language (the html element's lang attribute).
pub const PAGE_LANGUAGE: &str = "en";

pub fn page_cases(count: &str) -> String {
    format!("Cases referred in the period: {count}. Every figure shows its N, the number it is computed from.")
}

pub const HEADLINE: &str = "Headline figures";
pub const HL_USEFULNESS: &str = "Usefulness of the reception to the client (1–10, mean)";
pub const HL_ON_PATH: &str = "On the pathway at follow-up";
pub const HL_KNOWS: &str = "Knows the pathway and whom to contact";
pub const HL_NETWORK_WITH: &str = "Network meetings per client with the Kela consultation";
pub const HL_NETWORK_WITHOUT: &str = "Network meetings per client without it";
pub const HL_NETWORK_DIFFERENCE: &str = "Difference in network meetings";
pub const HL_ONWARD: &str = "Onward bookings per reception";
pub const HL_APPOINTMENTS: &str = "Appointments saved per reception (the pair's estimate)";
pub const HL_TIME_SAVED: &str = "Time saved, most often (the pair's estimate)";

pub const SECTION_PATH: &str = "The path";
pub const SECTION_FEEDBACK: &str = "The client's feedback on the reception";
pub const SECTION_ESTIMATES: &str = "What the reception saved (the pair's estimates)";
pub const SECTION_SURVEYS: &str = "The professionals' surveys (1–5, mean)";
pub const SECTION_CLIENTS: &str = "Who came, and where they went";

pub const CHART_WAITING: &str =
    "Days between phases (median; the table also gives the 90th percentile)";
pub const CHART_USEFULNESS: &str = "Usefulness of the reception, 1–10";
pub const CHART_STATEMENTS: &str = "The client's experience of the reception";
pub const CHART_SAVED_SERVICES: &str = "Services whose appointments were saved (receptions)";
pub const CHART_SOURCES: &str = "Referral sources";

pub const H_STATEMENT: &str = "Statement";
pub const H_PHASES: &str = "Between";
pub const H_MEDIAN: &str = "Median days";
pub const H_P90: &str = "90th percentile";
pub const H_RESPONDENT: &str = "Respondent";
pub const H_ADDED_VALUE: &str = "Added value of the other professional";
pub const H_KELA_BENEFIT: &str = "Benefit of the Kela consultation";
pub const ALL_ROLES: &str = "all respondents";

/// A funnel stage's label.
pub fn funnel_label(stage: &str) -> &'static str {
    match stage {
        "referred" => "referred",
        "triaged" => "triaged",
        "assessed" => "joint assessment held",
        "planned" => "plan made",
        "pathways-agreed" => "pathways agreed",
        "followed-up" => "followed up",
        "closed-jointly" => "collaboration ended jointly",
        _ => "",
    }
}

/// The label of the days between two phases.
pub fn interval_label(from: &str, to: &str) -> String {
    fn name(phase: &str) -> &str {
        match phase {
            "assessment" => "joint assessment",
            other => other,
        }
    }
    format!("{} → {}", name(from), name(to))
}

pub fn breakdown_caption(by: &str) -> String {
    let what = match by {
        "area" => "service area",
        "group" => "client group",
        "age-band" => "age at referral",
        "municipality" => "municipality",
        "region" => "region",
        "source" => "referral source",
        other => other,
    };
    format!("Headline figures by {what}")
}

/// A breakdown group's label: the value's description where it has one.
pub fn group_label(by: &str, key: &str) -> String {
    match (by, key) {
        (_, "none") => "not recorded".to_string(),
        ("group" | "source", key) => super::value_label(key).to_string(),
        (_, key) => key.to_string(),
    }
}
pub const NO_TIME_SAVED: &str = "no time saved";

/// `moty man` of a command that does not exist.
/// The heading of a manual page's examples (a man page section name: upper case).
pub const MAN_EXAMPLES: &str = "EXAMPLES";

pub fn no_such_command(command: &str, known: &[&str]) -> String {
    format!(
        "there is no command 'moty {command}'; one of: {}",
        known.join(", ")
    )
}

// --- the configuration file ---------------------------------------------------------------------

pub fn cannot_read_config(path: &std::path::Path) -> String {
    format!("cannot read the configuration file {}", path.display())
}

pub fn config_invalid(path: &std::path::Path, why: &str) -> String {
    format!(
        "the configuration file {} is not valid: {}",
        path.display(),
        why.trim()
    )
}

pub fn config_key(key: &str, keys: &[&str]) -> String {
    format!(
        "'{}' is not a setting of the configuration file; one of: {}",
        super::shown(key),
        keys.join(", ")
    )
}

pub fn config_file_is(path: &std::path::Path) -> String {
    format!("Configuration file: {}", path.display())
}

/// A setting the configuration file does not have.
pub const NOT_SET: &str = "(not set)";
