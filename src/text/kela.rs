//! Words of the Kela hour's conclusions: recording them, showing them, and taking them into the
//! plan as agreed actions.

use chrono::{NaiveDate, NaiveDateTime};

use super::format;
use super::i18n::{t, ui_language};
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

/// Who an agreed action taken from a conclusion that named no one falls to.
pub fn kela_who_open() -> String {
    t!("kela-who-open")
}

pub fn l_kela_conclusions() -> String {
    t!("kela-conclusions-title")
}

pub fn h_kela_hour() -> String {
    t!("kela-h-hour")
}

pub fn h_conclusion() -> String {
    t!("kela-h-conclusion")
}

pub fn h_responsible() -> String {
    t!("kela-h-responsible")
}

pub fn h_in_plan() -> String {
    t!("kela-h-in-plan")
}

pub fn not_yet() -> String {
    t!("kela-not-yet")
}

pub fn prompt_kela_more() -> String {
    t!("kela-prompt-more")
}

pub fn prompt_kela_kind() -> String {
    t!("kela-prompt-kind")
}

pub fn prompt_kela_statement() -> String {
    t!("kela-prompt-statement")
}

pub fn prompt_kela_text() -> String {
    t!("kela-prompt-text")
}

pub fn prompt_kela_who() -> String {
    t!("kela-prompt-who")
}

pub fn prompt_kela_due() -> String {
    t!("kela-prompt-due")
}

pub fn prompt_from_kela() -> String {
    t!("kela-prompt-from-kela")
}

/// A conclusion's due date as the UI language writes it: `15.12.2026`, `2026-12-15`.
pub fn kela_day(date: NaiveDate) -> String {
    format::date(ui_language(), date)
}

use kela_day as day;

pub fn meeting_of_other_case(id: i64, case: &str) -> String {
    t!("kela-meeting-of-other-case", id = id, case = case)
}

pub fn no_kela_hour_held(case: &str) -> String {
    t!("kela-no-hour-held", case = case)
}

pub fn not_a_kela_hour(id: i64, kind: MeetingKind) -> String {
    t!("kela-not-a-kela-hour", id = id, kind = meeting_label(kind))
}

pub fn kela_hour_not_held(id: i64, status: BookingStatus) -> String {
    t!(
        "kela-hour-not-held",
        id = id,
        status = value_label(status.as_str())
    )
}

pub fn due_before_hour(held_on: NaiveDate) -> String {
    t!("kela-due-before-hour", held = day(held_on))
}

pub fn kela_statement_twice(statement: &str, meeting: i64) -> String {
    t!(
        "kela-statement-twice",
        statement = statement,
        meeting = meeting
    )
}

pub fn too_many_conclusions(max: u32, already: u32) -> String {
    t!("kela-too-many-conclusions", max = max, already = already)
}

pub fn nothing_from_kela(case: &str) -> String {
    t!("kela-nothing-from-kela", case = case)
}

pub fn responsible_without_item(flag: &str) -> String {
    t!("kela-responsible-without-item", flag = flag)
}

pub fn attached_twice(flag: &str) -> String {
    t!("kela-attached-twice", flag = flag)
}

/// What a conclusion names: the statement's label and the text, or one of them.
fn what(statement: Option<KelaStatement>, text: Option<&str>, in_action: bool) -> String {
    match (statement, text) {
        (Some(s), Some(text)) if in_action => t!(
            "kela-action-statement-text",
            statement = statement_label(s),
            text = text
        ),
        (Some(s), Some(text)) => t!(
            "kela-statement-text",
            statement = statement_label(s),
            text = text
        ),
        (Some(s), None) => statement_label(s),
        (None, Some(text)) => text.to_string(),
        (None, None) => String::new(),
    }
}

/// A conclusion in words: "benefit: housing allowance", "statement: B-statement".
pub fn kela_item(kind: KelaItem, statement: Option<KelaStatement>, text: Option<&str>) -> String {
    t!(
        "kela-item",
        kind = kind.as_str(),
        what = what(statement, text, false)
    )
}

fn statement_label(statement: KelaStatement) -> String {
    t!("kela-statement", statement = statement.as_str())
}

/// The agreed action a conclusion becomes in the plan.
pub fn kela_action(kind: KelaItem, statement: Option<KelaStatement>, text: Option<&str>) -> String {
    t!(
        "kela-action",
        kind = kind.as_str(),
        what = what(statement, text, true)
    )
}

/// An item with who takes it and by when, where they are given.
fn with_who_and_due(item: String, who: Option<&str>, due: Option<String>) -> String {
    match (who, due) {
        (Some(who), Some(due)) => t!("kela-line-who-due", item = item, who = who, due = due),
        (Some(who), None) => t!("kela-line-who", item = item, who = who),
        (None, Some(due)) => t!("kela-line-due", item = item, due = due),
        (None, None) => item,
    }
}

/// One conclusion with who and by when, as the terminal offers it.
pub fn kela_line(c: &KelaConclusion) -> String {
    let line = with_who_and_due(
        kela_item(c.kind, c.statement, c.text.as_deref()),
        c.responsible.as_deref(),
        c.due_on.map(day),
    );
    shown(&line).into_owned()
}

pub fn kela_concluded(case: &str, count: usize, starts_at: NaiveDateTime) -> String {
    let starts = format::date_time(ui_language(), starts_at);
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
                    let item = match kind {
                        Some(kind) => kela_item(kind, statement, i["text"].as_str()),
                        None => String::new(),
                    };
                    let due = i["due_on"].as_str().map(|d| {
                        NaiveDate::parse_from_str(d, "%Y-%m-%d").map_or_else(|_| d.to_string(), day)
                    });
                    with_who_and_due(item, i["responsible"].as_str(), due)
                })
                .collect()
        })
        .unwrap_or_default();
    let at = detail
        .get("starts_at")
        .and_then(|s| s.as_str())
        .unwrap_or("");
    let at = match NaiveDateTime::parse_from_str(at, crate::clock::minute::FORMAT) {
        Ok(starts) => format::date_time(ui_language(), starts),
        Err(_) => at.to_string(),
    };
    match items.is_empty() {
        // A purge erased the items' texts: the codes remain.
        true => {
            let count = detail
                .get("kinds")
                .and_then(|k| k.as_array())
                .map_or(0, Vec::len);
            t!("kela-summary-erased", label = label, at = at, count = count)
        }
        false => t!(
            "kela-summary",
            label = label,
            at = at,
            items = items.join("; ")
        ),
    }
}
