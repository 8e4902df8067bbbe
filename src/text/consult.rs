//! Words of the anonymous professional consultations (`moty consult`, `moty report
//! consultations`), and the Finnish labels of the channels, signs and answers, ready for the
//! Finnish catalogue.
//!
//! Every word is a message in `i18n/LANG/moty.ftl` under `consult-…` (src/text/i18n.rs).

use chrono::{NaiveDate, NaiveDateTime};

use super::i18n::t;
use super::schedule::{sched_at, sched_day, sched_minute_text};
use super::{shown, value_label};
use crate::domain::consultation::Identifier;

// --- prompts and headings ------------------------------------------------------------------

pub fn prompt_consult_channel() -> String {
    t!("consult-prompt-channel")
}

pub fn prompt_consult_unit() -> String {
    t!("consult-prompt-unit")
}

pub fn prompt_consult_topic() -> String {
    t!("consult-prompt-topic")
}

pub fn prompt_consult_advice() -> String {
    t!("consult-prompt-advice")
}

pub fn prompt_referral_expected() -> String {
    t!("consult-prompt-referral-expected")
}

pub fn h_consult_no() -> String {
    t!("consult-h-no")
}

pub fn h_consult_at() -> String {
    t!("consult-h-at")
}

pub fn h_consult_channel() -> String {
    t!("consult-h-channel")
}

pub fn h_consult_unit() -> String {
    t!("consult-h-unit")
}

pub fn h_consult_topic() -> String {
    t!("consult-h-topic")
}

pub fn h_consult_advice() -> String {
    t!("consult-h-advice")
}

pub fn h_consult_referral() -> String {
    t!("consult-h-referral")
}

pub fn h_consult_case() -> String {
    t!("consult-h-case")
}

pub fn h_consult_figure() -> String {
    t!("consult-h-figure")
}

pub fn h_consult_key() -> String {
    t!("consult-h-key")
}

pub fn h_consult_count() -> String {
    t!("consult-h-count")
}

/// The figures of `moty report consultations`, as the table names them.
pub fn consultation_figure(figure: &str) -> String {
    match figure {
        "consultations" => t!("consult-figure-all"),
        "per_week" => t!("consult-figure-per-week"),
        "per_unit" => t!("consult-figure-per-unit"),
        "per_channel" => t!("consult-figure-per-channel"),
        "referral_expected" => t!("consult-figure-referral-expected"),
        "linked_to_case" => t!("consult-figure-linked"),
        _ => String::new(),
    }
}

/// A key of the `linked_to_case` figure.
pub fn linked_label(key: &str) -> String {
    match key {
        "linked" => t!("consult-key-linked"),
        "not-linked" => t!("consult-key-not-linked"),
        _ => String::new(),
    }
}

// --- bad input and refusals ----------------------------------------------------------------

fn identifier_words(what: Identifier) -> String {
    match what {
        Identifier::IdentityCode => t!("consult-identifier-identity-code"),
        Identifier::Phone => t!("consult-identifier-phone"),
        Identifier::Email => t!("consult-identifier-email"),
    }
}

/// A topic or advice that holds what would identify a client.
pub fn consultation_identifies(found: &[Identifier]) -> String {
    let what = found
        .iter()
        .map(|w| identifier_words(*w))
        .reduce(|first, second| t!("consult-identifier-and", first = first, second = second))
        .unwrap_or_default();
    t!("consult-identifies", what = what)
}

pub fn consultation_in_future(at: NaiveDateTime) -> String {
    t!("consult-in-future", at = sched_at(at))
}

pub fn consultation_number(value: &str) -> String {
    t!("consult-number", value = shown(value))
}

pub fn consultation_unknown(id: i64) -> String {
    t!("consult-unknown", id = id)
}

pub fn consultation_already_linked(id: i64, case: &str, on: NaiveDate) -> String {
    t!(
        "consult-already-linked",
        id = id,
        case = case,
        on = sched_day(on)
    )
}

pub fn consultation_after_case(
    id: i64,
    at: NaiveDateTime,
    case: &str,
    opened: NaiveDate,
) -> String {
    t!(
        "consult-after-case",
        id = id,
        at = sched_at(at),
        case = case,
        opened = sched_day(opened)
    )
}

pub fn consultation_case_purged(case: &str) -> String {
    t!("consult-case-purged", case = case)
}

/// `audit verify`: a consultation whose hash no longer holds.
pub fn consultation_edited(id: i64) -> String {
    t!("consult-edited", id = id)
}

// --- success -------------------------------------------------------------------------------

/// "2026-11-16 09:20 by phone consultation from reception services".
pub fn consultation_words(at: NaiveDateTime, channel: &str, unit: &str) -> String {
    t!(
        "consult-words",
        at = sched_at(at),
        channel = value_label(channel),
        unit = unit
    )
}

pub fn consultation_recorded(id: i64, words: &str, referral_expected: &str) -> String {
    let message = t!(
        "consult-recorded",
        id = id,
        words = words,
        expected = value_label(referral_expected)
    );
    format!("{message}\n")
}

pub fn consultation_linked(id: i64, words: &str, case: &str) -> String {
    let message = t!("consult-linked", id = id, words = words, case = case);
    format!("{message}\n")
}

pub fn no_consultations(from: NaiveDate, to: NaiveDate) -> String {
    let message = t!("consult-none", from = sched_day(from), to = sched_day(to));
    format!("{message}\n")
}

pub fn consultations_title(from: NaiveDate, to: NaiveDate) -> String {
    t!("consult-title", from = sched_day(from), to = sched_day(to))
}

/// The timeline line of a `consultation-linked` entry.
pub fn consultation_linked_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    t!(
        "consult-linked-summary",
        label = label,
        number = detail
            .get("consultation")
            .and_then(|v| v.as_i64())
            .unwrap_or(0),
        at = sched_minute_text(field("consulted_at")),
        channel = value_label(field("channel")),
        unit = field("unit"),
        expected = value_label(field("referral_expected"))
    )
}
