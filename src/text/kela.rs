//! Words of the Kela hour's conclusions: recording them, showing them, and taking them into the
//! plan as agreed actions.

use chrono::{NaiveDate, NaiveDateTime};

use super::i18n::t;
use super::{meeting_label, shown, value_label};
use crate::domain::records::KelaConclusion;
use crate::domain::{BookingStatus, KelaItem, KelaStatement, MeetingKind};

/// The flags that name an item (one of them is needed).
pub const KELA_ITEM_FLAGS: &[&str] = &[
    "--benefit",
    "--rehabilitation",
    "--statement",
    "--recommendation",
];

/// After `moty kela-outcome --help`.
pub const KELA_OUTCOME_EXAMPLE: &str = "Each --benefit, --rehabilitation, --statement or --recommendation is one item; the\n\
--responsible and --due right after an item belong to it. For example:\n  \
moty kela-outcome 2026-0007 --benefit \"sickness allowance\" --responsible \"social counsellor\"\n      \
--due 2026-12-15 --statement b-statement --responsible doctor --recommendation \"TYP\"\n\
The items are offered as agreed actions when the plan is next edited; moty plan CASE\n\
--from-kela takes them all.";

/// Who an agreed action taken from a conclusion that named no one falls to.
pub const KELA_WHO_OPEN: &str = "to be agreed";

pub const L_KELA_CONCLUSIONS: &str = "The Kela hour concluded";
pub const H_KELA_HOUR: &str = "Kela hour (meeting)";
pub const H_CONCLUSION: &str = "Conclusion";
pub const H_RESPONSIBLE: &str = "Responsible";
pub const H_IN_PLAN: &str = "In the plan";
pub const NOT_YET: &str = "not yet";

pub const PROMPT_KELA_MORE: &str = "Add a conclusion of the Kela hour?";
pub const PROMPT_KELA_KIND: &str = "What did the Kela hour conclude";
pub const PROMPT_KELA_STATEMENT: &str = "Which statement does Kela need";
pub const PROMPT_KELA_TEXT: &str = "What (e.g. the benefit's name)";
pub const PROMPT_KELA_WHO: &str = "Who takes responsibility (empty: not named)";
pub const PROMPT_KELA_DUE: &str = "By when, YYYY-MM-DD (empty: no date)";
pub const PROMPT_FROM_KELA: &str =
    "Take the Kela hour's conclusions into the plan as agreed actions (space to unmark, enter to accept)";

pub fn meeting_of_other_case(id: i64, case: &str) -> String {
    format!("meeting {id} is not case {case}'s; moty show {case} lists its meetings")
}

pub fn no_kela_hour_held(case: &str) -> String {
    format!("case {case} has no held Kela hour; the conclusions are recorded once the hour is held (moty schedule held ID)")
}

pub fn not_a_kela_hour(id: i64, kind: MeetingKind) -> String {
    format!(
        "meeting {id} is a {}, not a Kela remote consultation",
        meeting_label(kind)
    )
}

pub fn kela_hour_not_held(id: i64, status: BookingStatus) -> String {
    format!(
        "the Kela hour {id} is {}, not held; its conclusions are recorded once it is held (moty schedule held {id})",
        value_label(status.as_str())
    )
}

pub fn due_before_hour(held_on: NaiveDate) -> String {
    format!("the date is before the Kela hour on {held_on}")
}

pub fn kela_statement_twice(statement: &str, meeting: i64) -> String {
    format!("{statement} is named twice among the conclusions of the Kela hour {meeting}")
}

pub fn too_many_conclusions(max: u32, already: u32) -> String {
    format!("a Kela hour holds at most {max} conclusions per client; this one has {already}")
}

pub fn nothing_from_kela(case: &str) -> String {
    format!("no conclusion of a Kela hour waits to be taken into case {case}'s plan (moty kela-outcome {case} records them)")
}

pub fn responsible_without_item(flag: &str) -> String {
    format!("{flag} applies to the item just before it; give --benefit, --rehabilitation, --statement or --recommendation first")
}

pub fn attached_twice(flag: &str) -> String {
    format!("the item before it already has {flag}; give each item its own")
}

/// A conclusion in words: "benefit: housing allowance", "statement: B-statement".
pub fn kela_item(kind: KelaItem, statement: Option<KelaStatement>, text: Option<&str>) -> String {
    let what = match (statement, text) {
        (Some(s), Some(t)) => format!("{} — {}", statement_label(s), t),
        (Some(s), None) => statement_label(s).to_string(),
        (None, Some(t)) => t.to_string(),
        (None, None) => String::new(),
    };
    format!("{}: {what}", item_label(kind))
}

fn item_label(kind: KelaItem) -> &'static str {
    match kind {
        KelaItem::Benefit => "benefit to apply for",
        KelaItem::Rehabilitation => "rehabilitation to apply for",
        KelaItem::Statement => "statement for Kela",
        KelaItem::Recommendation => "recommendation",
    }
}

fn statement_label(statement: KelaStatement) -> &'static str {
    match statement {
        KelaStatement::BStatement => "B-statement",
        KelaStatement::CarePlan => "care plan",
        KelaStatement::CostEstimate => "cost estimate",
    }
}

/// The agreed action a conclusion becomes in the plan.
pub fn kela_action(kind: KelaItem, statement: Option<KelaStatement>, text: Option<&str>) -> String {
    let what = match (statement, text) {
        (Some(s), Some(t)) => format!("{} ({t})", statement_label(s)),
        (Some(s), None) => statement_label(s).to_string(),
        (None, Some(t)) => t.to_string(),
        (None, None) => String::new(),
    };
    match kind {
        KelaItem::Benefit => format!("Apply for a Kela benefit: {what}"),
        KelaItem::Rehabilitation => format!("Apply for rehabilitation: {what}"),
        KelaItem::Statement => format!("Get the {what} for Kela"),
        KelaItem::Recommendation => format!("Kela recommends: {what}"),
    }
}

/// One conclusion with who and by when, as the terminal offers it.
pub fn kela_line(c: &KelaConclusion) -> String {
    let mut line = kela_item(c.kind, c.statement, c.text.as_deref());
    let mut extra = Vec::new();
    if let Some(who) = &c.responsible {
        extra.push(who.clone());
    }
    if let Some(due) = c.due_on {
        extra.push(format!("by {due}"));
    }
    if !extra.is_empty() {
        line.push_str(&format!(" ({})", extra.join(", ")));
    }
    shown(&line).into_owned()
}

pub fn kela_concluded(case: &str, count: usize, starts_at: NaiveDateTime) -> String {
    let starts = super::format::date_time(super::i18n::ui_language(), starts_at);
    let done = t!(
        "kela-concluded",
        case = case,
        count = count,
        starts = starts
    );
    format!("{done}\n")
}

/// The timeline's line for a `kela-concluded` entry.
pub fn kela_concluded_summary(label: &str, detail: &serde_json::Value) -> String {
    let items: Vec<String> = detail
        .get("items")
        .and_then(|i| i.as_array())
        .map(|items| {
            items
                .iter()
                .map(|i| {
                    let kind = i["kind"].as_str().and_then(|k| k.parse().ok());
                    let statement = i["statement"].as_str().and_then(|s| s.parse().ok());
                    let mut line = match kind {
                        Some(kind) => kela_item(kind, statement, i["text"].as_str()),
                        None => String::new(),
                    };
                    let who: Vec<String> = [
                        i["responsible"].as_str().map(str::to_string),
                        i["due_on"].as_str().map(|d| format!("by {d}")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    if !who.is_empty() {
                        line.push_str(&format!(" ({})", who.join(", ")));
                    }
                    line
                })
                .collect()
        })
        .unwrap_or_default();
    let at = detail
        .get("starts_at")
        .and_then(|s| s.as_str())
        .unwrap_or("");
    match items.is_empty() {
        // A purge erased the items' texts: the codes remain.
        true => {
            let count = detail
                .get("kinds")
                .and_then(|k| k.as_array())
                .map_or(0, Vec::len);
            format!("{label} {at}: {count} items")
        }
        false => format!("{label} {at}: {}", items.join("; ")),
    }
}
