//! Words of the Yhteistyö-tiimi procedure (seed 001): the unit's team meeting, the description sent
//! to each requested unit, the units' acknowledgements and due dates, and the units still owing a
//! step. Every word is a message in `i18n/LANG/moty.ftl` under `team-…` (src/text/i18n.rs).

use std::sync::{LazyLock, OnceLock};

use chrono::NaiveDate;

use super::format;
use super::i18n::{t, ui_language};

/// A date of a Yhteistyö-tiimi step as the UI language writes it: `16.11.2026`, `2026-11-16`.
pub fn team_day(date: NaiveDate) -> String {
    format::date(ui_language(), date)
}

use team_day as day;

/// An ISO date of an entry's detail in the UI language's form (as written if it is not one).
fn detail_day(text: &str) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_or_else(|_| text.to_string(), day)
}

// --- input and refusals ----------------------------------------------------------------------

pub fn need_not_confirmed() -> String {
    t!("team-need-not-confirmed")
}

pub fn need_confirmed_without_meeting() -> String {
    t!("team-need-confirmed-without-meeting")
}

pub fn recipient_one_unit() -> String {
    t!("team-recipient-one-unit")
}

pub fn unit_meeting_after_approval(met: NaiveDate, approved: NaiveDate) -> String {
    t!(
        "team-unit-meeting-after-approval",
        met = day(met),
        approved = day(approved)
    )
}

pub fn answer_before_acknowledgement(acknowledged: NaiveDate) -> String {
    t!(
        "team-answer-before-acknowledgement",
        acknowledged = day(acknowledged)
    )
}

pub fn description_sent_to_all(case_id: &str) -> String {
    t!("team-description-sent-to-all", case = case_id)
}

pub fn sent_before_approval(approved: NaiveDate) -> String {
    t!("team-sent-before-approval", approved = day(approved))
}

pub fn no_description_to_send(case_id: &str) -> String {
    t!("team-no-description-to-send", case = case_id)
}

pub fn description_not_anonymous(case_id: &str) -> String {
    t!("team-description-not-anonymous", case = case_id)
}

pub fn already_acknowledged(unit: &str, on: NaiveDate, due: Option<NaiveDate>) -> String {
    match due {
        Some(due) => t!(
            "team-already-acknowledged-due",
            unit = unit,
            on = day(on),
            due = day(due)
        ),
        None => t!("team-already-acknowledged", unit = unit, on = day(on)),
    }
}

pub fn description_not_sent(case_id: &str, unit: &str) -> String {
    t!("team-description-not-sent", case = case_id, unit = unit)
}

pub fn acknowledged_before_sent(sent: NaiveDate) -> String {
    t!("team-acknowledged-before-sent", sent = day(sent))
}

pub fn due_out_of_range(due: NaiveDate, on: NaiveDate, max_days: i64) -> String {
    if due < on {
        t!(
            "team-due-before-acknowledgement",
            due = day(due),
            on = day(on)
        )
    } else {
        t!(
            "team-due-too-late",
            due = day(due),
            on = day(on),
            days = max_days
        )
    }
}

// --- the disclosure log ------------------------------------------------------------------------

/// What the disclosure log records for each sending (the recipient is the unit). Register data,
/// not a message: the disclosure log keeps one wording whatever language its writer spoke.
pub const DESCRIPTION_SENT_WHAT: &str = "anonymous description for the Yhteistyö-tiimi";

// --- output ----------------------------------------------------------------------------------

pub fn h_sent() -> String {
    t!("team-h-sent")
}

pub fn h_acknowledged() -> String {
    t!("team-h-acknowledged")
}

pub fn h_worker_due() -> String {
    t!("team-h-worker-due")
}

pub fn unit_meeting_line(on: NaiveDate) -> String {
    format!("{}\n", t!("team-unit-meeting-line", on = day(on)))
}

pub fn description_sent(units: &[String], on: NaiveDate) -> String {
    let line = t!(
        "team-description-sent",
        on = day(on),
        units = units.join(", ")
    );
    format!("{line}\n")
}

pub fn acknowledged_implicitly(unit: &str) -> String {
    format!("{}\n", t!("team-acknowledged-implicitly", unit = unit))
}

// --- reports -----------------------------------------------------------------------------------

/// The report section of the Yhteistyö-tiimi requests waiting for a step, in the UI language
/// (made on first use, once the language is chosen; a static so that `text/plan.rs` can name it
/// like its own section titles).
pub static S_TEAM_UNITS_LATE: LazyLock<String> = LazyLock::new(|| t!("team-units-late"));

/// The labels of the missing steps, made on first use in the UI language.
static MISSING: [OnceLock<String>; 3] = [const { OnceLock::new() }; 3];

/// A Yhteistyö-tiimi step a report lists as missing, by its code; None for other codes.
pub fn team_missing_label(code: &str) -> Option<&'static str> {
    use crate::domain::report::missing;
    let (slot, make): (usize, fn() -> String) = match code {
        missing::TEAM_DESCRIPTION_NOT_SENT => (0, || t!("team-missing-description-not-sent")),
        missing::TEAM_NOT_ACKNOWLEDGED => (1, || t!("team-missing-not-acknowledged")),
        missing::TEAM_WORKER_OVERDUE => (2, || t!("team-missing-worker-overdue")),
        _ => return None,
    };
    Some(MISSING[slot].get_or_init(make).as_str())
}

// --- the timeline ------------------------------------------------------------------------------

pub fn team_requested_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    match field("unit_meeting_on") {
        "" => t!(
            "team-requested-summary",
            label = label,
            by = field("approved_by")
        ),
        on => t!(
            "team-requested-summary-meeting",
            label = label,
            by = field("approved_by"),
            on = detail_day(on)
        ),
    }
}

pub fn description_sent_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    match field("recipient") {
        "" => t!("team-sent-summary", label = label, unit = field("unit")),
        to => t!(
            "team-sent-summary-to",
            label = label,
            unit = field("unit"),
            recipient = to
        ),
    }
}

pub fn unit_acknowledged_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let line = t!(
        "team-acknowledged-summary",
        label = label,
        unit = field("unit"),
        due = detail_day(field("due_on"))
    );
    match field("schedule") {
        "" => line,
        schedule => format!("{line} — {schedule}"),
    }
}

pub fn unit_answered_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    match detail.get("acknowledged").and_then(|v| v.as_bool()) == Some(true) {
        true => t!(
            "team-answered-summary-acknowledged",
            label = label,
            unit = field("unit"),
            worker = field("worker")
        ),
        false => t!(
            "team-answered-summary",
            label = label,
            unit = field("unit"),
            worker = field("worker")
        ),
    }
}
