//! Regional pairs: moving a case between regions, a coordinator's default region.

use super::shown;

/// A slot rule of every region, in the slot list.
pub const EVERY_REGION: &str = "every region";

pub fn move_closed_case(case: &str) -> String {
    format!("case {case} is closed; reopen it before moving it to another region")
}

pub fn already_in_region(case: &str, region: &str) -> String {
    format!("case {case} is already in region {}", shown(region))
}

pub fn case_moved(case: &str, from: Option<&str>, to: &str) -> String {
    match from {
        Some(from) => format!(
            "Moved case {case} from region {} to region {}; its booked meetings moved with it.\n",
            shown(from),
            shown(to)
        ),
        None => format!(
            "Moved case {case} to region {}; its booked meetings moved with it.\n",
            shown(to)
        ),
    }
}

pub fn my_region_is(user: &str, region: Option<&str>) -> String {
    match region {
        Some(region) => format!(
            "{}'s default region: {} (the triage queue, the calendar, the follow-ups due, the work list and the weekly export show it; --all-regions shows every region).\n",
            shown(user),
            shown(region)
        ),
        None => format!(
            "{} has no default region: the lists show every region (moty settings my-region REGION sets one).\n",
            shown(user)
        ),
    }
}

/// The timeline line of a move between regions.
pub fn region_changed_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let mut line = match field("from") {
        "" => format!("{label}: to {}", field("to")),
        from => format!("{label}: from {from} to {}", field("to")),
    };
    if !field("note").is_empty() {
        line.push_str(&format!(" — {}", field("note")));
    }
    line
}
