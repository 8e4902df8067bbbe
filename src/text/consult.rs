//! Words of the anonymous professional consultations (`moty consult`, `moty report
//! consultations`), and the Finnish labels of the channels, signs and answers, ready for the
//! Finnish catalogue.

use chrono::{NaiveDate, NaiveDateTime};

use super::{shown, value_label};
use crate::clock::minute;
use crate::domain::consultation::Identifier;

// --- prompts and headings ------------------------------------------------------------------

pub const PROMPT_CONSULT_CHANNEL: &str = "How did the professional consult";
pub const PROMPT_CONSULT_UNIT: &str = "The professional's unit (code or name)";
pub const PROMPT_CONSULT_TOPIC: &str =
    "What was asked (the situation; no name, identity code or phone number)";
pub const PROMPT_CONSULT_ADVICE: &str = "The advice given";
pub const PROMPT_REFERRAL_EXPECTED: &str = "Is a referral expected";

pub const H_CONSULT_NO: &str = "No.";
pub const H_CONSULT_AT: &str = "When";
pub const H_CONSULT_CHANNEL: &str = "Channel";
pub const H_CONSULT_UNIT: &str = "Unit";
pub const H_CONSULT_TOPIC: &str = "Topic";
pub const H_CONSULT_ADVICE: &str = "Advice";
pub const H_CONSULT_REFERRAL: &str = "Referral expected";
pub const H_CONSULT_CASE: &str = "Led to case";
pub const H_CONSULT_FIGURE: &str = "Figure";
pub const H_CONSULT_KEY: &str = "Key";
pub const H_CONSULT_COUNT: &str = "Count";

/// The figures of `moty report consultations`, as the table names them.
pub fn consultation_figure(figure: &str) -> &'static str {
    match figure {
        "consultations" => "consultations in all",
        "per_week" => "per week",
        "per_unit" => "per source unit",
        "per_channel" => "per channel",
        "referral_expected" => "referral expected",
        "linked_to_case" => "led to a case",
        _ => "",
    }
}

/// A key of the `linked_to_case` figure.
pub fn linked_label(key: &str) -> &'static str {
    match key {
        "linked" => "linked to the case it led to",
        "not-linked" => "not linked to a case",
        _ => "",
    }
}

// --- bad input and refusals ----------------------------------------------------------------

fn identifier_words(what: Identifier) -> &'static str {
    match what {
        Identifier::IdentityCode => "an identity code",
        Identifier::Phone => "a phone number",
        Identifier::Email => "an e-mail address",
    }
}

/// A topic or advice that holds what would identify a client.
pub fn consultation_identifies(found: &[Identifier]) -> String {
    let words: Vec<&str> = found.iter().map(|w| identifier_words(*w)).collect();
    format!(
        "holds {}; a consultation records no client identity. Describe the situation without it; the client is named only when a referral opens a case (moty refer)",
        words.join(" and ")
    )
}

pub fn consultation_in_future(at: NaiveDateTime) -> String {
    format!(
        "{} is later than now; a consultation is recorded once it has taken place",
        minute::text(at)
    )
}

pub fn consultation_number(value: &str) -> String {
    format!(
        "'{}' is not a consultation number; moty consult list shows them (e.g. 3)",
        shown(value)
    )
}

pub fn consultation_unknown(id: i64) -> String {
    format!("there is no consultation {id}; moty consult list shows them and their numbers")
}

pub fn consultation_already_linked(id: i64, case: &str, on: NaiveDate) -> String {
    format!("consultation {id} was already linked to case {case} on {on}; a consultation is linked to one case, once")
}

pub fn consultation_after_case(
    id: i64,
    at: NaiveDateTime,
    case: &str,
    opened: NaiveDate,
) -> String {
    format!(
        "consultation {id} ({}) is later than the referral of case {case} ({opened}); a consultation is linked to the case it led to",
        minute::text(at)
    )
}

pub fn consultation_case_purged(case: &str) -> String {
    format!("case {case} was purged; nothing more is linked to it")
}

/// `audit verify`: a consultation whose hash no longer holds.
pub fn consultation_edited(id: i64) -> String {
    format!("consultation {id} no longer matches its hash: a consultation was edited, removed or reordered outside moty")
}

// --- success -------------------------------------------------------------------------------

/// "2026-11-16 09:20 by phone consultation from reception services".
pub fn consultation_words(at: NaiveDateTime, channel: &str, unit: &str) -> String {
    format!(
        "{} by {} from {unit}",
        minute::text(at),
        value_label(channel)
    )
}

pub fn consultation_recorded(id: i64, words: &str, referral_expected: &str) -> String {
    format!(
        "Recorded consultation {id}: {words}; referral expected: {}.\nIf it leads to a referral: moty consult link {id} CASE, or moty refer … --consultation {id}\n",
        value_label(referral_expected)
    )
}

pub fn consultation_linked(id: i64, words: &str, case: &str) -> String {
    format!("Linked consultation {id} ({words}) to case {case}; the case's timeline records it.\n")
}

pub fn no_consultations(from: NaiveDate, to: NaiveDate) -> String {
    format!("No consultations from {from} to {to}.\n")
}

pub fn consultations_title(from: &str, to: &str) -> String {
    format!("Consultations {from} – {to} (anonymous)")
}

/// The timeline line of a `consultation-linked` entry.
pub fn consultation_linked_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    format!(
        "{label}: no. {} of {} by {} from {}; referral expected: {}",
        detail
            .get("consultation")
            .and_then(|v| v.as_i64())
            .unwrap_or(0),
        field("consulted_at"),
        value_label(field("channel")),
        field("unit"),
        value_label(field("referral_expected"))
    )
}
