//! Words of the SOTE pair's estimates per reception and the professionals' surveys.

use chrono::{NaiveDate, NaiveDateTime};

use super::{meeting_label, value_label};
use crate::clock::minute;
use crate::domain::MeetingKind;

// --- bad input -----------------------------------------------------------------------------

pub fn saved_count(value: &str) -> String {
    let value = super::shown(value);
    format!("'{value}': after = comes the number of that service's appointments saved, 1–100 (e.g. --saved doctor=2)")
}

pub fn saved_too_many(service: &str) -> String {
    let service = super::shown(service);
    format!("'{service}' counts more than 100 appointments; at most 100")
}

pub fn saved_sum_too_big(sum: u32) -> String {
    format!("the services count {sum} appointments in all; at most 100")
}

pub fn appointments_range(n: u32) -> String {
    format!("{n} is not in 0–100")
}

pub fn appointments_below_sum(n: u32, sum: u32, flag: &str) -> String {
    format!("{n} is fewer than the {sum} appointments the services given with {flag} count; give at least {sum}, or leave it out and the sum is the total")
}

pub fn score_range(n: u8) -> String {
    format!("{n} is not in 1–5")
}

pub const ESTIMATE_NOTHING: &str =
    "nothing to record; give at least one of --saved, --appointments-saved, --time-saved, --time-saved-how";
pub const SURVEY_NOTHING: &str =
    "nothing to record; give at least one of --added-value, --kela-benefit, --text";

pub fn evidence_meeting_unknown(id: i64, case: &str) -> String {
    format!("there is no meeting {id} of case {case}; moty schedule list shows the meetings and their numbers")
}

fn kela_hint(kela: Option<i64>) -> String {
    match kela {
        Some(id) => format!(" (the case's Kela hour is meeting {id}: pass --meeting {id})"),
        None => " (the case has no held Kela hour)".to_string(),
    }
}

pub fn kela_benefit_not_kela(id: i64, kind: MeetingKind, kela: Option<i64>) -> String {
    format!(
        "the benefit of the Kela consultation is asked about a Kela hour; meeting {id} is a {}{}",
        meeting_label(kind),
        kela_hint(kela)
    )
}

pub fn kela_contact_not_kela(id: i64, kind: MeetingKind, kela: Option<i64>) -> String {
    format!(
        "Kela's contact person answers about a Kela hour; meeting {id} is a {}{}",
        meeting_label(kind),
        kela_hint(kela)
    )
}

// --- refusals ------------------------------------------------------------------------------

pub fn evidence_meeting_not_held(id: i64, status: &str) -> String {
    format!("meeting {id} is {status}, not held; an estimate or a survey answer is about a held meeting (moty schedule held {id} records it as held)")
}

pub fn evidence_no_held_meeting(case: &str) -> String {
    format!(
        "case {case} has no held meeting; an estimate or a survey answer is about a held meeting"
    )
}

pub fn estimate_exists(id: i64) -> String {
    format!("the pair's estimate of meeting {id} is already recorded; corrections are made with moty correct")
}

/// Who answered, by the role's code: "the nurse", "Kela's contact person".
fn respondent(role: &str) -> String {
    match role {
        "kela-contact" => value_label(role).to_string(),
        _ => format!("the {}", value_label(role)),
    }
}

pub fn survey_exists(id: i64, role: &str) -> String {
    format!(
        "the answer of {} about meeting {id} is already recorded; corrections are made with moty correct",
        respondent(role)
    )
}

pub fn evidence_case_purged(case: &str) -> String {
    format!("case {case} was purged; nothing more is recorded about it")
}

// --- receipts ------------------------------------------------------------------------------

/// A held meeting as people name it: "meeting 3 (joint assessment 2026-11-04 12:30)".
pub fn held_meeting_words(id: i64, kind: MeetingKind, starts_at: NaiveDateTime) -> String {
    format!(
        "meeting {id} ({} {})",
        meeting_label(kind),
        minute::text(starts_at)
    )
}

pub fn estimate_recorded(case: &str, reception: &str) -> String {
    format!("Recorded the pair's estimate of {reception} of case {case}.\n")
}

pub fn survey_recorded(case: &str, role: &str, reception: &str) -> String {
    format!(
        "Recorded the answer of {} about {reception} of case {case}.\n",
        respondent(role)
    )
}

pub const HELD_WITH_ESTIMATE: &str = "The pair's estimate of this reception was recorded too.\n";

// --- show ----------------------------------------------------------------------------------

pub const L_ESTIMATES: &str = "The pair's estimates";
pub const L_SURVEYS: &str = "Professionals' surveys";
pub const H_ESTIMATE_RECEPTION: &str = "Reception";
pub const H_ESTIMATE_APPOINTMENTS: &str = "Appointments saved";
pub const H_ESTIMATE_SERVICES: &str = "Services saved";
pub const H_ESTIMATE_TIME: &str = "Time saved";
pub const H_ESTIMATE_HOW: &str = "How";
pub const H_SURVEY_ROLE: &str = "Role";
pub const H_SURVEY_ADDED_VALUE: &str = "Added value (1–5)";
pub const H_SURVEY_KELA_BENEFIT: &str = "Kela benefit (1–5)";
pub const H_SURVEY_TEXT: &str = "Text";

pub fn estimate_at_follow_up(on: Option<NaiveDate>) -> String {
    match on {
        Some(on) => format!("at the follow-up call {on}"),
        None => "at a follow-up call".to_string(),
    }
}

/// "doctor 2, dentist 1".
pub fn saved_services_words(services: &[(String, u64)]) -> String {
    services
        .iter()
        .map(|(service, count)| format!("{} {count}", super::shown(service)))
        .collect::<Vec<_>>()
        .join(", ")
}

// --- timeline ------------------------------------------------------------------------------

fn detail_reception(detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let kind = field("meeting_kind")
        .parse::<MeetingKind>()
        .map_or("", meeting_label);
    format!("{kind} {}", field("starts_at"))
}

/// The timeline line of an `estimate-recorded` entry.
pub fn estimate_summary(label: &str, detail: &serde_json::Value) -> String {
    let at_follow_up = detail.get("at_follow_up").and_then(|v| v.as_bool()) == Some(true);
    let mut line = if at_follow_up {
        format!("{label} at the follow-up call")
    } else {
        format!("{label}: {}", detail_reception(detail))
    };
    if let Some(n) = detail.get("appointments").and_then(|v| v.as_u64()) {
        line.push_str(&format!(" — {n} appointments saved"));
    }
    let services: Vec<(String, u64)> = detail
        .get("services")
        .and_then(|v| v.as_array())
        .map(|all| {
            all.iter()
                .map(|s| {
                    let service = s.get("service").and_then(|v| v.as_str()).unwrap_or("");
                    let count = s.get("count").and_then(|v| v.as_u64()).unwrap_or(0);
                    (service.to_string(), count)
                })
                .collect()
        })
        .unwrap_or_default();
    if !services.is_empty() {
        line.push_str(&format!(" ({})", saved_services_words(&services)));
    }
    if let Some(time) = detail.get("time_saved").and_then(|v| v.as_str()) {
        line.push_str(&format!(" — time saved: {}", value_label(time)));
    }
    if let Some(how) = detail.get("how").and_then(|v| v.as_str()) {
        line.push_str(&format!(" — how: {how}"));
    }
    line
}

/// The timeline line of a `survey-recorded` entry.
pub fn survey_summary(label: &str, detail: &serde_json::Value) -> String {
    let role = detail.get("role").and_then(|v| v.as_str()).unwrap_or("");
    let mut line = format!(
        "{label}: {} about the {}",
        respondent(role),
        detail_reception(detail)
    );
    if let Some(n) = detail.get("added_value").and_then(|v| v.as_u64()) {
        line.push_str(&format!(" — added value {n}/5"));
    }
    if let Some(n) = detail.get("kela_benefit").and_then(|v| v.as_u64()) {
        line.push_str(&format!(" — Kela benefit {n}/5"));
    }
    if let Some(text) = detail.get("text").and_then(|v| v.as_str()) {
        line.push_str(&format!(" — {text}"));
    }
    line
}
