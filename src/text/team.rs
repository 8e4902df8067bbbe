//! Words of the Yhteistyö-tiimi procedure (seed 001): the unit's team meeting, the description sent
//! to each requested unit, the units' acknowledgements and due dates, and the units still owing a
//! step.

use chrono::NaiveDate;

// --- input and refusals ----------------------------------------------------------------------

pub const NEED_NOT_CONFIRMED: &str =
    "a request goes ahead only once your own unit's team meeting confirmed the need for the Yhteistyö-tiimi; say so with --need-confirmed";
pub const NEED_CONFIRMED_WITHOUT_MEETING: &str =
    "--need-confirmed goes with --unit-meeting DATE, the date of the team meeting that confirmed it";
pub const RECIPIENT_ONE_UNIT: &str =
    "a named recipient belongs to one unit; send to each unit in its own command";

pub fn unit_meeting_after_approval(met: NaiveDate, approved: NaiveDate) -> String {
    format!("the unit's team meeting on {met} is after the approval on {approved}; the meeting comes first")
}

pub fn answer_before_acknowledgement(acknowledged: NaiveDate) -> String {
    format!(
        "the unit acknowledged receipt on {acknowledged}; its worker is named on that day or later"
    )
}

pub fn description_sent_to_all(case_id: &str) -> String {
    format!("the description of case {case_id} was sent to every requested unit; to send it again, name the unit with --unit")
}

pub fn sent_before_approval(approved: NaiveDate) -> String {
    format!("the request was approved on {approved}; the description is sent on that day or later")
}

pub fn no_description_to_send(case_id: &str) -> String {
    format!("case {case_id} has no saved anonymous description; write it with moty plan describe {case_id} --text TEXT, then send it")
}

pub fn description_not_anonymous(case_id: &str) -> String {
    format!("the saved description of case {case_id} no longer passes the anonymity check (the client's details changed since it was saved); nothing was sent. See what it finds with moty plan describe {case_id}, and save it again")
}

pub fn already_acknowledged(unit: &str, on: NaiveDate, due: Option<NaiveDate>) -> String {
    match due {
        Some(due) => {
            format!("{unit} already acknowledged receipt on {on}, naming its worker by {due}")
        }
        None => format!("{unit} already acknowledged receipt on {on} (it named its worker)"),
    }
}

pub fn description_not_sent(case_id: &str, unit: &str) -> String {
    format!("the description of case {case_id} has not been sent to {unit}, so it has nothing to acknowledge; send it with moty schedule send-description {case_id} --unit \"{unit}\"")
}

pub fn acknowledged_before_sent(sent: NaiveDate) -> String {
    format!("the description was sent to the unit on {sent}; receipt is acknowledged on that day or later")
}

pub fn due_out_of_range(due: NaiveDate, on: NaiveDate, max_days: i64) -> String {
    if due < on {
        format!("the due date {due} is before the acknowledgement on {on}")
    } else {
        format!("the due date {due} is more than {max_days} days after the acknowledgement on {on}")
    }
}

// --- the disclosure log ------------------------------------------------------------------------

/// What the disclosure log records for each sending (the recipient is the unit).
pub const DESCRIPTION_SENT_WHAT: &str = "anonymous description for the Yhteistyö-tiimi";

// --- output ----------------------------------------------------------------------------------

pub const H_SENT: &str = "Description sent";
pub const H_ACKNOWLEDGED: &str = "Acknowledged";
pub const H_WORKER_DUE: &str = "Worker due";

pub fn unit_meeting_line(on: NaiveDate) -> String {
    format!("The need was confirmed at the referring worker's own unit's team meeting on {on}.\n")
}

pub fn description_sent(units: &[String], on: NaiveDate) -> String {
    format!(
        "Sent the anonymous description on {on} to: {} (written to the disclosure log).\n",
        units.join(", ")
    )
}

pub fn acknowledged_implicitly(unit: &str) -> String {
    format!("{unit} had not acknowledged receipt: naming its worker acknowledged it too.\n")
}

// --- reports -----------------------------------------------------------------------------------

pub const S_TEAM_UNITS_LATE: &str =
    "Yhteistyö-tiimi requests waiting for a step (the request is binding)";

/// A Yhteistyö-tiimi step a report lists as missing, by its code; None for other codes.
pub fn team_missing_label(code: &str) -> Option<&'static str> {
    use crate::domain::report::missing;
    match code {
        missing::TEAM_DESCRIPTION_NOT_SENT => Some("anonymous description not sent to the unit"),
        missing::TEAM_NOT_ACKNOWLEDGED => Some("receipt not acknowledged"),
        missing::TEAM_WORKER_OVERDUE => Some("worker not named by the due date"),
        _ => None,
    }
}

// --- the timeline ------------------------------------------------------------------------------

pub fn team_requested_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let mut line = format!("{label}: {}", field("approved_by"));
    if !field("unit_meeting_on").is_empty() {
        line.push_str(&format!(
            "; need confirmed at the unit's team meeting on {}",
            field("unit_meeting_on")
        ));
    }
    line
}

pub fn description_sent_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    match field("recipient") {
        "" => format!("{label} to {}", field("unit")),
        to => format!("{label} to {} ({to})", field("unit")),
    }
}

pub fn unit_acknowledged_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let mut line = format!("{label}: {}, worker due {}", field("unit"), field("due_on"));
    if !field("schedule").is_empty() {
        line.push_str(&format!(" — {}", field("schedule")));
    }
    line
}

pub fn unit_answered_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let mut line = format!("{label}: {} names {}", field("unit"), field("worker"));
    if detail.get("acknowledged").and_then(|v| v.as_bool()) == Some(true) {
        line.push_str(" (receipt acknowledged with it)");
    }
    line
}
