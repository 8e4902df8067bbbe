//! The timeline: one line per entry, from its kind and its detail. Each line is a message under
//! `timeline-…` with the entry's label (`value_label` of its kind) and its facts as variables;
//! free text a person typed (a note, a reason) follows after " — ".

use chrono::NaiveDateTime;

use super::i18n::{t, ui_language};
use super::*;
use crate::domain::EventKind;

/// A time the detail holds as "YYYY-MM-DD HH:MM", as the UI language writes it.
fn when(at: &str) -> String {
    match NaiveDateTime::parse_from_str(at, crate::clock::minute::FORMAT) {
        Ok(at) => format::date_time(ui_language(), at),
        Err(_) => at.to_string(),
    }
}

/// A line and the free-text notes that follow it, each after " — ".
fn with_notes(mut line: String, notes: &[&str]) -> String {
    for note in notes.iter().filter(|n| !n.is_empty()) {
        line.push_str(" — ");
        line.push_str(note);
    }
    line
}

/// One line of the timeline, from an event's kind and its detail.
pub fn event_summary(kind: EventKind, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let label = value_label(kind.as_str());
    match kind {
        EventKind::CaseOpened => {
            let source = value_label(field("source"));
            let channel = value_label(field("channel"));
            match field("minor") {
                "" => t!(
                    "timeline-case-opened",
                    label = label,
                    source = source,
                    channel = channel
                ),
                reason => t!(
                    "timeline-case-opened-minor",
                    label = label,
                    source = source,
                    channel = channel,
                    reason = reason
                ),
            }
        }
        EventKind::ClientUpdated => {
            let fields: Vec<String> = detail
                .get("fields")
                .and_then(|f| f.as_array())
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .map(client_field)
                .collect();
            t!(
                "timeline-labelled",
                label = label,
                value = fields.join(", ")
            )
        }
        EventKind::ConsentGiven => {
            let consent = value_label(field("kind"));
            let method = value_label(field("method"));
            match field("representative") {
                "" => t!(
                    "timeline-consent-given",
                    label = label,
                    kind = consent,
                    method = method
                ),
                representative => {
                    let authority = field("authority").parse().ok();
                    let by = super::given_by(Some(representative), authority);
                    t!(
                        "timeline-consent-given-by",
                        label = label,
                        kind = consent,
                        method = method,
                        by = by
                    )
                }
            }
        }
        EventKind::NonDisclosureChanged => super::non_disclosure_summary(label, detail),
        EventKind::ConsentWithdrawn => with_notes(
            t!(
                "timeline-labelled",
                label = label,
                value = value_label(field("kind"))
            ),
            &[field("note")],
        ),
        EventKind::KelaFormSent => label.to_string(),
        EventKind::FeedbackRecorded => super::feedback_summary(label, detail),
        EventKind::EstimateRecorded => super::estimate_summary(label, detail),
        EventKind::SurveyRecorded => super::survey_summary(label, detail),
        EventKind::KelaConcluded => super::kela_concluded_summary(label, detail),
        EventKind::FactCorrected => super::fact_corrected_summary(label, detail),
        EventKind::RegionChanged => super::region_changed_summary(label, detail),
        EventKind::ConsultationLinked => super::consultation_linked_summary(label, detail),
        EventKind::Triaged => with_notes(
            t!(
                "timeline-labelled",
                label = label,
                value = value_label(field("decision"))
            ),
            &[field("outcome"), field("note")],
        ),
        EventKind::CaseClosed => with_notes(
            t!(
                "timeline-labelled",
                label = label,
                value = value_label(field("reason"))
            ),
            &[field("note")],
        ),
        EventKind::MeetingBooked
        | EventKind::MeetingHeld
        | EventKind::MeetingNoShow
        | EventKind::MeetingCancelled
        | EventKind::MeetingMoved
        | EventKind::MeetingLinkSet => {
            let with_link = kind_has_link(kind) && !field("video_link").is_empty();
            let meeting = field("meeting_kind")
                .parse::<crate::domain::MeetingKind>()
                .map_or("", meeting_label);
            let line = t!(
                "timeline-meeting",
                label = label,
                kind = meeting,
                at = when(field("starts_at"))
            );
            let mut line = with_notes(line, &[field("segment"), field("note"), field("reason")]);
            if !field("override_screen").is_empty() {
                let because = t!(
                    "timeline-override-screen",
                    reason = field("override_screen")
                );
                line = with_notes(line, &[&because]);
            }
            if with_link {
                line = with_notes(line, &[super::with_video_link()]);
            }
            line
        }
        EventKind::FollowUpIntervalSet => super::interval_set_summary(
            label,
            detail.get("weeks").and_then(|v| v.as_u64()),
            detail.get("in_force").and_then(|v| v.as_u64()),
        ),
        EventKind::PlanChanged => t!(
            "timeline-plan-changed",
            label = label,
            version = detail.get("version").and_then(|v| v.as_i64()).unwrap_or(0)
        ),
        EventKind::PathwaysCompleted => t!(
            "timeline-pathways-completed",
            label = label,
            worker = field("key_worker")
        ),
        EventKind::FollowUpRecorded => t!(
            "timeline-follow-up-recorded",
            label = label,
            status = value_label(field("status")),
            next = value_label(field("next_step"))
        ),
        EventKind::DescriptionSaved => label.to_string(),
        EventKind::CasePurged => t!(
            "timeline-labelled",
            label = label,
            value = value_label(field("reason"))
        ),
        EventKind::TeamRequested => super::team_requested_summary(label, detail),
        EventKind::TeamUnitAnswered => super::unit_answered_summary(label, detail),
        EventKind::TeamDescriptionSent => super::description_sent_summary(label, detail),
        EventKind::TeamUnitAcknowledged => super::unit_acknowledged_summary(label, detail),
        EventKind::CaseReopened => t!(
            "timeline-case-reopened",
            label = label,
            phase = value_label(field("phase")),
            note = field("note")
        ),
    }
}

/// The meeting entries that may carry a video link (the link-set entry says so by its label).
fn kind_has_link(kind: EventKind) -> bool {
    matches!(kind, EventKind::MeetingBooked | EventKind::MeetingMoved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_field_is_named_in_words_not_as_a_code() {
        let line = event_summary(
            EventKind::ClientUpdated,
            &serde_json::json!({"fields": ["phone", "non_disclosure"]}),
        );
        assert!(
            line.ends_with(": phone, non-disclosure order (turvakielto)"),
            "{line}"
        );
    }

    #[test]
    fn a_meeting_line_keeps_its_notes_in_order() {
        let line = event_summary(
            EventKind::MeetingBooked,
            &serde_json::json!({
                "meeting_kind": "kela",
                "starts_at": "2026-12-02 12:30",
                "note": "bring the forms",
                "override_screen": "the client asked",
                "video_link": "https://example.fi/x"
            }),
        );
        assert_eq!(
            line,
            "meeting booked: Kela remote consultation 2026-12-02 12:30 — bring the forms — \
             Kela screen said no; booked because: the client asked — with a video link"
        );
    }
}
