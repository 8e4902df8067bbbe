//! Words of the SOTE pair's estimates per reception and the professionals' surveys. Every word is
//! a message in `i18n/LANG/moty.ftl` under `estimates-…` (src/text/i18n.rs).

use chrono::{NaiveDate, NaiveDateTime};

use super::format;
use super::i18n::{t, ui_language};
use super::{meeting_label, value_label};
use crate::domain::MeetingKind;

// --- bad input -----------------------------------------------------------------------------

pub fn saved_count(value: &str) -> String {
    t!("estimates-saved-count", value = super::shown(value))
}

pub fn saved_too_many(service: &str) -> String {
    t!("estimates-saved-too-many", service = super::shown(service))
}

pub fn saved_sum_too_big(sum: u32) -> String {
    t!("estimates-saved-sum-too-big", sum = sum)
}

pub fn appointments_range(n: u32) -> String {
    t!("estimates-appointments-range", n = n)
}

pub fn appointments_below_sum(n: u32, sum: u32, flag: &str) -> String {
    t!(
        "estimates-appointments-below-sum",
        n = n,
        sum = sum,
        flag = flag
    )
}

pub fn score_range(n: u8) -> String {
    t!("estimates-score-range", n = n)
}

pub fn estimate_nothing() -> String {
    t!("estimates-estimate-nothing")
}

pub fn survey_nothing() -> String {
    t!("estimates-survey-nothing")
}

pub fn evidence_meeting_unknown(id: i64, case: &str) -> String {
    t!("estimates-meeting-unknown", id = id, case = case)
}

/// `kind`'s label and the case's held Kela hour, if any, for the two "not a Kela hour" messages.
fn not_kela(message: &str, id: i64, kind: MeetingKind, kela: Option<i64>) -> String {
    let kind = meeting_label(kind);
    match (message, kela) {
        ("benefit", Some(kela)) => t!(
            "estimates-kela-benefit-not-kela",
            id = id,
            kind = kind,
            kela = kela
        ),
        ("benefit", None) => t!("estimates-kela-benefit-not-kela-none", id = id, kind = kind),
        (_, Some(kela)) => t!(
            "estimates-kela-contact-not-kela",
            id = id,
            kind = kind,
            kela = kela
        ),
        (_, None) => t!("estimates-kela-contact-not-kela-none", id = id, kind = kind),
    }
}

pub fn kela_benefit_not_kela(id: i64, kind: MeetingKind, kela: Option<i64>) -> String {
    not_kela("benefit", id, kind, kela)
}

pub fn kela_contact_not_kela(id: i64, kind: MeetingKind, kela: Option<i64>) -> String {
    not_kela("contact", id, kind, kela)
}

// --- refusals ------------------------------------------------------------------------------

pub fn evidence_meeting_not_held(id: i64, status: &str) -> String {
    t!("estimates-meeting-not-held", id = id, status = status)
}

pub fn evidence_no_held_meeting(case: &str) -> String {
    t!("estimates-no-held-meeting", case = case)
}

pub fn estimate_exists(id: i64) -> String {
    t!("estimates-estimate-exists", id = id)
}

pub fn survey_exists(id: i64, role: &str) -> String {
    t!("estimates-survey-exists", id = id, role = role)
}

pub fn evidence_case_purged(case: &str) -> String {
    t!("estimates-case-purged", case = case)
}

// --- receipts ------------------------------------------------------------------------------

/// A held meeting as people name it: "meeting 3 (joint assessment 2026-11-04 12:30)".
pub fn held_meeting_words(id: i64, kind: MeetingKind, starts_at: NaiveDateTime) -> String {
    t!(
        "estimates-held-meeting",
        id = id,
        kind = meeting_label(kind),
        starts = format::date_time(ui_language(), starts_at)
    )
}

pub fn estimate_recorded(case: &str, reception: &str) -> String {
    let line = t!(
        "estimates-estimate-recorded",
        case = case,
        reception = reception
    );
    format!("{line}\n")
}

pub fn survey_recorded(case: &str, role: &str, reception: &str) -> String {
    let line = t!(
        "estimates-survey-recorded",
        case = case,
        role = role,
        reception = reception
    );
    format!("{line}\n")
}

pub fn held_with_estimate() -> String {
    format!("{}\n", t!("estimates-held-with-estimate"))
}

// --- show ----------------------------------------------------------------------------------

pub fn l_estimates() -> String {
    t!("estimates-title")
}

pub fn l_surveys() -> String {
    t!("estimates-surveys-title")
}

pub fn h_estimate_reception() -> String {
    t!("estimates-h-reception")
}

pub fn h_estimate_appointments() -> String {
    t!("estimates-h-appointments")
}

pub fn h_estimate_services() -> String {
    t!("estimates-h-services")
}

pub fn h_estimate_time() -> String {
    t!("estimates-h-time")
}

pub fn h_estimate_how() -> String {
    t!("estimates-h-how")
}

pub fn h_survey_role() -> String {
    t!("estimates-h-role")
}

pub fn h_survey_added_value() -> String {
    t!("estimates-h-added-value")
}

pub fn h_survey_kela_benefit() -> String {
    t!("estimates-h-kela-benefit")
}

pub fn h_survey_text() -> String {
    t!("estimates-h-text")
}

pub fn estimate_at_follow_up(on: Option<NaiveDate>) -> String {
    match on {
        Some(on) => t!(
            "estimates-at-follow-up-on",
            date = format::date(ui_language(), on)
        ),
        None => t!("estimates-at-follow-up"),
    }
}

/// "doctor 2, dentist 1".
pub fn saved_services_words(services: &[(String, u64)]) -> String {
    services
        .iter()
        .map(|(service, count)| {
            t!(
                "estimates-saved-service",
                service = super::shown(service),
                count = count
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

// --- timeline ------------------------------------------------------------------------------

/// A `YYYY-MM-DD HH:MM` of an entry's detail in the UI language's form.
fn detail_time(text: &str) -> String {
    match NaiveDateTime::parse_from_str(text, crate::clock::minute::FORMAT) {
        Ok(at) => format::date_time(ui_language(), at),
        Err(_) => text.to_string(),
    }
}

fn detail_reception(detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let kind = field("meeting_kind")
        .parse::<MeetingKind>()
        .map_or("", meeting_label);
    t!(
        "estimates-reception",
        kind = kind,
        starts = detail_time(field("starts_at"))
    )
}

/// The timeline line of an `estimate-recorded` entry: its parts separated by " — ".
pub fn estimate_summary(label: &str, detail: &serde_json::Value) -> String {
    let at_follow_up = detail.get("at_follow_up").and_then(|v| v.as_bool()) == Some(true);
    let mut line = if at_follow_up {
        t!("estimates-summary-at-follow-up", label = label)
    } else {
        t!(
            "estimates-summary",
            label = label,
            reception = detail_reception(detail)
        )
    };
    if let Some(n) = detail.get("appointments").and_then(|v| v.as_u64()) {
        line.push_str(" — ");
        line.push_str(&t!("estimates-summary-appointments", count = n));
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
        line.push_str(" — ");
        line.push_str(&t!("estimates-summary-time", time = value_label(time)));
    }
    if let Some(how) = detail.get("how").and_then(|v| v.as_str()) {
        line.push_str(" — ");
        line.push_str(&t!("estimates-summary-how", how = how));
    }
    line
}

/// The timeline line of a `survey-recorded` entry: its parts separated by " — ".
pub fn survey_summary(label: &str, detail: &serde_json::Value) -> String {
    let role = detail.get("role").and_then(|v| v.as_str()).unwrap_or("");
    let mut line = t!(
        "estimates-survey-summary",
        label = label,
        role = role,
        reception = detail_reception(detail)
    );
    if let Some(n) = detail.get("added_value").and_then(|v| v.as_u64()) {
        line.push_str(" — ");
        line.push_str(&t!("estimates-summary-added-value", score = n));
    }
    if let Some(n) = detail.get("kela_benefit").and_then(|v| v.as_u64()) {
        line.push_str(" — ");
        line.push_str(&t!("estimates-summary-kela-benefit", score = n));
    }
    if let Some(text) = detail.get("text").and_then(|v| v.as_str()) {
        line.push_str(&format!(" — {text}"));
    }
    line
}
