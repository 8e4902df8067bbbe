//! Words of corrections (`moty correct`): the facts, the refusals, the receipt and the timeline.

use super::{meeting_label, shown, value_label};
use crate::domain::correction::FACTS;
use crate::domain::{BookingStatus, MeetingKind};

/// What each fact is and takes, for `moty correct --help` (the facts: domain::correction).
fn fact_meaning(fact: &str) -> &'static str {
    match fact {
        "segment" => "a held joint assessment's Suuntima segment",
        "source" => "the referral's source",
        "channel" => "the referral's channel",
        "follow-up-status" => "what the follow-up call found",
        "knows-contact" => "knows the pathway and whom to contact: yes, no, none",
        "usefulness-at-follow-up" => "usefulness given at the follow-up call: 1–10, none",
        "reached" => "the client was reached at the follow-up call: yes, no",
        "usefulness" => "usefulness in the feedback on a meeting: 1–10, none",
        "answer:CODE" => "the feedback's answer to statement CODE: five-point, none",
        "appointments-saved" => "the pair's estimate, appointments saved: 0–100, none",
        "time-saved" => "the pair's estimate, time saved",
        "saved:SERVICE" => "appointments saved at SERVICE: 0–100 (0 removes it)",
        _ => "",
    }
}

/// The list of facts shown after `moty correct --help`.
pub fn correct_facts_help() -> String {
    let mut help = String::from("Facts:\n");
    for fact in FACTS {
        help.push_str(&format!("  {fact:<25} {}\n", fact_meaning(fact)));
    }
    help.push_str(
        "\nWhich row: --meeting ID for a segment, feedback or estimate (default: the latest);\n\
         --follow-up N for the Nth follow-up or the estimate entered at it (default: the latest).\n\
         The row changes, so every figure uses the corrected value; the timeline keeps the\n\
         original entry and shows the correction with both values and the reason.",
    );
    help
}

/// A value as the timeline and messages show it: the code or number, or "none".
pub fn fact_value(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "none".to_string(),
        serde_json::Value::String(s) => shown(s).into_owned(),
        other => other.to_string(),
    }
}

pub fn fact_code_shape(fact: &str, code: &str) -> String {
    format!(
        "'{fact}:{}' needs a code after the colon (lower-case letters, digits and hyphens); the facts are: {}",
        shown(code),
        FACTS.join(", ")
    )
}

pub fn fact_number(value: &str, min: u32, max: u32, none: bool) -> String {
    let none = if none { " or none" } else { "" };
    format!(
        "'{}' is not allowed; use a whole number {min}–{max}{none}",
        shown(value)
    )
}

pub fn flag_not_for_fact(flag: &str, fact: &str) -> String {
    format!("{flag} does not go with {fact}")
}

pub const MEETING_OR_FOLLOW_UP: &str =
    "give either --meeting (an estimate for a reception) or --follow-up (one entered at a follow-up call), not both";

pub fn segment_not_at(id: i64, kind: MeetingKind) -> String {
    format!(
        "meeting {id} is a {}; the segment is recorded at a joint assessment",
        meeting_label(kind)
    )
}

pub fn no_segment_yet(id: i64, status: BookingStatus) -> String {
    format!(
        "meeting {id} is {}, not held, so it has no segment to correct yet (moty schedule held {id} records it)",
        value_label(status.as_str())
    )
}

pub fn no_assessment_held(case: &str) -> String {
    format!("case {case} has no held joint assessment, so no segment to correct yet")
}

pub fn no_referral(case: &str) -> String {
    format!("case {case} has no referral recorded")
}

pub fn no_follow_up_yet(case: &str) -> String {
    format!("case {case} has no follow-up yet, so no follow-up answer to correct")
}

pub fn no_such_follow_up(case: &str, n: usize, count: usize) -> String {
    format!("case {case} has no follow-up {n}; it has {count}")
}

pub fn no_feedback(case: &str, meeting: Option<i64>) -> String {
    match meeting {
        Some(id) => format!("no feedback is recorded for meeting {id} of case {case}"),
        None => format!("no feedback is recorded for case {case}"),
    }
}

pub fn no_estimate(case: &str, meeting: Option<i64>, follow_up: Option<usize>) -> String {
    match (meeting, follow_up) {
        (Some(id), _) => format!("no estimate is recorded for meeting {id} of case {case}"),
        (None, Some(n)) => format!("no estimate was entered at follow-up {n} of case {case}"),
        (None, None) => format!("no estimate is recorded for case {case}"),
    }
}

pub fn no_statements_answered(meeting: i64) -> String {
    format!("the feedback on meeting {meeting} answered no statements, so which version's statement is meant is unknown")
}

pub fn correction_unknown_statement(code: &str, version: u32, codes: &[String]) -> String {
    format!(
        "'{}' is not a statement of version {version} (the one this feedback answered); use one of: {}",
        shown(code),
        codes.join(", ")
    )
}

pub fn saved_over_total(saved: u32, all: u32) -> String {
    format!("the saved services would add up to {saved}, more than the {all} appointments saved in all; correct appointments-saved first")
}

pub const UNREACHED_KEEPS_STATUS: &str =
    "a follow-up where the client was not reached has the status unreachable (correct reached to yes first, or the status to unreachable first)";
pub const UNREACHED_NO_ANSWERS: &str =
    "a client who was not reached gave no answers: correct knows-contact and usefulness-at-follow-up to none first";

pub fn same_value(value: &serde_json::Value) -> String {
    format!("is already {}; nothing to correct", fact_value(value))
}

/// Where a corrected fact belongs, in words: "meeting 7", "follow-up 2 (2026-12-30)".
fn at(detail: &serde_json::Value) -> String {
    let mut parts = Vec::new();
    if let Some(id) = detail.get("meeting").and_then(|m| m.as_i64()) {
        parts.push(format!("meeting {id}"));
    }
    if let Some(n) = detail.get("follow_up").and_then(|n| n.as_u64()) {
        let on = detail
            .get("follow_up_on")
            .and_then(|d| d.as_str())
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        parts.push(format!("follow-up {n}{on}"));
    }
    match parts.is_empty() {
        true => String::new(),
        false => format!(" of {}", parts.join(", ")),
    }
}

pub fn corrected(
    case: &str,
    fact: &str,
    from: &serde_json::Value,
    to: &serde_json::Value,
) -> String {
    format!(
        "Corrected {fact} of case {case}: {} → {}. The timeline keeps the original.\n",
        fact_value(from),
        fact_value(to)
    )
}

/// The timeline's line for a `fact-corrected` entry: the fact, the original and the new value,
/// and why.
pub fn fact_corrected_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).cloned().unwrap_or_default();
    let fact = detail.get("fact").and_then(|f| f.as_str()).unwrap_or("");
    let mut line = format!(
        "{label}: {fact}{} was {}, now {}",
        at(detail),
        fact_value(&field("from")),
        fact_value(&field("to"))
    );
    if let Some(reason) = detail.get("reason").and_then(|r| r.as_str()) {
        line.push_str(&format!(" — because: {reason}"));
    }
    line
}

pub const FOLLOW_UP_FROM_ONE: &str = "follow-ups are numbered from 1 (the case's first)";
