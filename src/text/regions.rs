//! Regional pairs: moving a case between regions, a coordinator's default region.

use super::i18n::t;
use super::shown;

/// A slot rule of every region, in the slot list.
pub fn every_region() -> String {
    t!("regions-every-region")
}

pub fn move_closed_case(case: &str) -> String {
    t!("regions-move-closed-case", case = case)
}

pub fn already_in_region(case: &str, region: &str) -> String {
    t!("regions-already-in", case = case, region = shown(region))
}

pub fn case_moved(case: &str, from: Option<&str>, to: &str) -> String {
    let message = match from {
        Some(from) => t!(
            "regions-case-moved-from",
            case = case,
            from = shown(from),
            to = shown(to)
        ),
        None => t!("regions-case-moved", case = case, to = shown(to)),
    };
    format!("{message}\n")
}

pub fn my_region_is(user: &str, region: Option<&str>) -> String {
    let message = match region {
        Some(region) => t!(
            "regions-my-region",
            user = shown(user),
            region = shown(region)
        ),
        None => t!("regions-no-region", user = shown(user)),
    };
    format!("{message}\n")
}

/// The timeline line of a move between regions.
pub fn region_changed_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let line = match field("from") {
        "" => t!("regions-changed-to", label = label, to = field("to")),
        from => t!(
            "regions-changed-from-to",
            label = label,
            from = from,
            to = field("to")
        ),
    };
    match field("note") {
        "" => line,
        note => t!("regions-changed-note", line = line, note = note),
    }
}
