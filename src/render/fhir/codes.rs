//! The register's own code systems, carried in every bundle so a reader needs nothing else to
//! read a code: each closed vocabulary the export uses, and the service catalogue. Displays are
//! the Finnish labels (`value_label_in`), whatever the user's language.

use serde_json::{json, Value};

use super::{Frame, Resource};
use crate::domain::{
    Agreement, Attendee, Authority, Channel, ClientGroup, CloseReason, ConsentKind, ConsentMethod,
    Decision, EventKind, FollowUpStatus, KelaItem, KelaStatement, Language, LegalBasisKind,
    MeetingKind, NeedArea, NextStep, PathwayStatus, Phase, Role, Segment, Sign, Source, SurveyRole,
    TimeSaved, Urgency,
};
use crate::text::value_label_in;

/// The vocabularies: the code system's name (its URL's last part) and its codes.
fn vocabularies() -> Vec<(&'static str, Vec<&'static str>)> {
    fn codes<T: Copy>(all: &[T], text: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| text(*v)).collect()
    }
    vec![
        ("agreement", codes(Agreement::ALL, Agreement::as_str)),
        ("attendee", codes(Attendee::ALL, Attendee::as_str)),
        ("authority", codes(Authority::ALL, Authority::as_str)),
        ("channel", codes(Channel::ALL, Channel::as_str)),
        ("client-group", codes(ClientGroup::ALL, ClientGroup::as_str)),
        ("close-reason", codes(CloseReason::ALL, CloseReason::as_str)),
        ("consent-kind", codes(ConsentKind::ALL, ConsentKind::as_str)),
        (
            "consent-method",
            codes(ConsentMethod::ALL, ConsentMethod::as_str),
        ),
        ("event-kind", codes(EventKind::ALL, EventKind::as_str)),
        (
            "follow-up-status",
            codes(FollowUpStatus::ALL, FollowUpStatus::as_str),
        ),
        ("kela-item", codes(KelaItem::ALL, KelaItem::as_str)),
        (
            "kela-statement",
            codes(KelaStatement::ALL, KelaStatement::as_str),
        ),
        (
            "legal-basis",
            codes(LegalBasisKind::ALL, LegalBasisKind::as_str),
        ),
        ("meeting-kind", codes(MeetingKind::ALL, MeetingKind::as_str)),
        ("need-area", codes(NeedArea::ALL, NeedArea::as_str)),
        ("next-step", codes(NextStep::ALL, NextStep::as_str)),
        (
            "pathway-status",
            codes(PathwayStatus::ALL, PathwayStatus::as_str),
        ),
        ("phase", codes(Phase::ALL, Phase::as_str)),
        ("referral-source", codes(Source::ALL, Source::as_str)),
        ("request-kind", vec!["referral", "pathway"]),
        ("segment", codes(Segment::ALL, Segment::as_str)),
        ("sign", codes(Sign::ALL, Sign::as_str)),
        ("survey-role", codes(SurveyRole::ALL, SurveyRole::as_str)),
        ("team-role", codes(Role::ALL, Role::as_str)),
        ("time-saved", codes(TimeSaved::ALL, TimeSaved::as_str)),
        ("triage-decision", codes(Decision::ALL, Decision::as_str)),
        ("urgency", codes(Urgency::ALL, Urgency::as_str)),
    ]
}

/// A code system's name in the FHIR sense (a machine name): "client-group" → "MotyClientGroup".
fn machine_name(name: &str) -> String {
    let mut out = String::from("Moty");
    for part in name.split('-') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

fn code_system(frame: &Frame, name: &str, concepts: Vec<Value>) -> Resource {
    let body = json!({
        "url": frame.system(name),
        "name": machine_name(name),
        "status": "active",
        "caseSensitive": true,
        "content": "complete",
        "count": concepts.len(),
        "concept": concepts,
    });
    Resource::new("CodeSystem", name.to_string(), body)
}

/// Every code system the bundle's codes come from.
pub(crate) fn code_systems(frame: &Frame) -> Vec<Resource> {
    let mut systems: Vec<Resource> = vocabularies()
        .into_iter()
        .map(|(name, codes)| {
            let concepts = codes
                .into_iter()
                .map(|code| json!({ "code": code, "display": display(name, code) }))
                .collect();
            code_system(frame, name, concepts)
        })
        .collect();
    let services = frame
        .shared
        .services
        .iter()
        .map(|s| json!({ "code": s.code, "display": s.name_fi }))
        .collect();
    systems.push(code_system(frame, "service", services));
    systems
}

/// A code's Finnish display in the code system `system`: its value label, or for the request
/// kinds and the pathways' statuses words of their own.
pub(crate) fn display(system: &str, code: &str) -> Option<String> {
    match (system, code) {
        ("request-kind", "referral") => Some(crate::text::fhir_request_kind(Language::Fi, true)),
        ("request-kind", "pathway") => Some(crate::text::fhir_request_kind(Language::Fi, false)),
        ("pathway-status", _) => crate::text::pathway_status_label_in(Language::Fi, code),
        _ => value_label_in(Language::Fi, code),
    }
}
