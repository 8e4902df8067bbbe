//! Words of corrections (`moty correct`): the facts, the refusals, the receipt and the timeline.
//!
//! Every word is a message in `i18n/LANG/moty.ftl` under `correct-…` (src/text/i18n.rs). The
//! facts' names (`segment`, `answer:CODE`) are the command line's and stay as they are.

use super::i18n::t;
use super::schedule::sched_day_text;
use super::{meeting_label, shown};
use crate::domain::correction::FACTS;
use crate::domain::{BookingStatus, MeetingKind};

/// What each fact is and takes, for `moty correct --help` (the facts: domain::correction).
fn fact_meaning(fact: &str) -> String {
    match fact {
        "segment" => t!("correct-fact-segment"),
        "source" => t!("correct-fact-source"),
        "channel" => t!("correct-fact-channel"),
        "follow-up-status" => t!("correct-fact-follow-up-status"),
        "knows-contact" => t!("correct-fact-knows-contact"),
        "usefulness-at-follow-up" => t!("correct-fact-usefulness-at-follow-up"),
        "reached" => t!("correct-fact-reached"),
        "usefulness" => t!("correct-fact-usefulness"),
        "answer:CODE" => t!("correct-fact-answer"),
        "appointments-saved" => t!("correct-fact-appointments-saved"),
        "time-saved" => t!("correct-fact-time-saved"),
        "saved:SERVICE" => t!("correct-fact-saved-service"),
        _ => String::new(),
    }
}

/// The list of facts shown after `moty correct --help`.
pub fn correct_facts_help() -> String {
    let mut help = format!("{}\n", t!("correct-facts-heading"));
    for fact in FACTS {
        help.push_str(&format!("  {fact:<25} {}\n", fact_meaning(fact)));
    }
    help.push('\n');
    help.push_str(&t!("correct-facts-which"));
    help
}

/// A value as the timeline and messages show it: the code or number, or "none".
pub fn fact_value(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => t!("correct-value-none"),
        serde_json::Value::String(s) => shown(s).into_owned(),
        other => other.to_string(),
    }
}

pub fn fact_code_shape(fact: &str, code: &str) -> String {
    t!(
        "correct-fact-code-shape",
        fact = fact,
        code = shown(code),
        facts = FACTS.join(", ")
    )
}

pub fn fact_number(value: &str, min: u32, max: u32, none: bool) -> String {
    match none {
        true => t!(
            "correct-fact-number-or-none",
            value = shown(value),
            min = min,
            max = max
        ),
        false => t!(
            "correct-fact-number",
            value = shown(value),
            min = min,
            max = max
        ),
    }
}

pub fn flag_not_for_fact(flag: &str, fact: &str) -> String {
    t!("correct-flag-not-for-fact", flag = flag, fact = fact)
}

pub fn meeting_or_follow_up() -> String {
    t!("correct-meeting-or-follow-up")
}

pub fn segment_not_at(id: i64, kind: MeetingKind) -> String {
    t!(
        "correct-segment-not-at",
        id = id,
        kind = meeting_label(kind)
    )
}

pub fn no_segment_yet(id: i64, status: BookingStatus) -> String {
    t!("correct-no-segment-yet", id = id, status = status.as_str())
}

pub fn no_assessment_held(case: &str) -> String {
    t!("correct-no-assessment-held", case = case)
}

pub fn no_referral(case: &str) -> String {
    t!("correct-no-referral", case = case)
}

pub fn no_follow_up_yet(case: &str) -> String {
    t!("correct-no-follow-up-yet", case = case)
}

pub fn no_such_follow_up(case: &str, n: usize, count: usize) -> String {
    t!(
        "correct-no-such-follow-up",
        case = case,
        n = n,
        count = count
    )
}

pub fn no_feedback(case: &str, meeting: Option<i64>) -> String {
    match meeting {
        Some(id) => t!("correct-no-feedback-meeting", case = case, meeting = id),
        None => t!("correct-no-feedback", case = case),
    }
}

pub fn no_estimate(case: &str, meeting: Option<i64>, follow_up: Option<usize>) -> String {
    match (meeting, follow_up) {
        (Some(id), _) => t!("correct-no-estimate-meeting", case = case, meeting = id),
        (None, Some(n)) => t!("correct-no-estimate-follow-up", case = case, n = n),
        (None, None) => t!("correct-no-estimate", case = case),
    }
}

pub fn no_statements_answered(meeting: i64) -> String {
    t!("correct-no-statements-answered", meeting = meeting)
}

pub fn correction_unknown_statement(code: &str, version: u32, codes: &[String]) -> String {
    t!(
        "correct-unknown-statement",
        code = shown(code),
        version = version,
        codes = codes.join(", ")
    )
}

pub fn saved_over_total(saved: u32, all: u32) -> String {
    t!("correct-saved-over-total", saved = saved, all = all)
}

pub fn unreached_keeps_status() -> String {
    t!("correct-unreached-keeps-status")
}

pub fn unreached_no_answers() -> String {
    t!("correct-unreached-no-answers")
}

pub fn same_value(value: &serde_json::Value) -> String {
    t!("correct-same-value", value = fact_value(value))
}

/// Where a corrected fact belongs, in words: "meeting 7, follow-up 2 (2026-12-30)"; empty when
/// the fact belongs to the case.
fn at(detail: &serde_json::Value) -> String {
    let mut parts = Vec::new();
    if let Some(id) = detail.get("meeting").and_then(|m| m.as_i64()) {
        parts.push(t!("correct-at-meeting", id = id));
    }
    if let Some(n) = detail.get("follow_up").and_then(|n| n.as_u64()) {
        parts.push(match detail.get("follow_up_on").and_then(|d| d.as_str()) {
            Some(on) => t!("correct-at-follow-up-on", n = n, on = sched_day_text(on)),
            None => t!("correct-at-follow-up", n = n),
        });
    }
    parts.join(", ")
}

pub fn corrected(
    case: &str,
    fact: &str,
    from: &serde_json::Value,
    to: &serde_json::Value,
) -> String {
    let message = t!(
        "correct-corrected",
        fact = fact,
        case = case,
        from = fact_value(from),
        to = fact_value(to)
    );
    format!("{message}\n")
}

/// The timeline's line for a `fact-corrected` entry: the fact, the original and the new value,
/// and why.
pub fn fact_corrected_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| fact_value(&detail.get(name).cloned().unwrap_or_default());
    let fact = detail.get("fact").and_then(|f| f.as_str()).unwrap_or("");
    let at = at(detail);
    let line = match at.is_empty() {
        true => t!(
            "correct-summary",
            label = label,
            fact = fact,
            from = field("from"),
            to = field("to")
        ),
        false => t!(
            "correct-summary-at",
            label = label,
            fact = fact,
            at = at,
            from = field("from"),
            to = field("to")
        ),
    };
    match detail.get("reason").and_then(|r| r.as_str()) {
        Some(reason) => t!("correct-summary-reason", line = line, reason = reason),
        None => line,
    }
}

pub fn follow_up_from_one() -> String {
    t!("correct-follow-up-from-one")
}
