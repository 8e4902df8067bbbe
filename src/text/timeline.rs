//! The timeline: one line per entry, from its kind and its detail.

use super::*;
use crate::domain::EventKind;

/// One line of the timeline, from an event's kind and its detail.
pub fn event_summary(kind: EventKind, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let label = value_label(kind.as_str());
    match kind {
        EventKind::CaseOpened => {
            let opened = format!(
                "{label}: from {} via {}",
                value_label(field("source")),
                value_label(field("channel"))
            );
            match field("minor") {
                "" => opened,
                reason => format!("{opened}; under 18, registered because: {reason}"),
            }
        }
        EventKind::ClientUpdated => {
            let fields: Vec<&str> = detail
                .get("fields")
                .and_then(|f| f.as_array())
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            let fields: Vec<String> = fields
                .iter()
                .map(|f| match *f {
                    "non_disclosure" => NON_DISCLOSURE_FIELD.to_string(),
                    other => other.replace('_', " "),
                })
                .collect();
            format!("{label}: {}", fields.join(", "))
        }
        EventKind::ConsentGiven => {
            let mut line = format!(
                "{label}: {} ({})",
                value_label(field("kind")),
                field("method")
            );
            if !field("representative").is_empty() {
                let authority = field("authority").parse().ok();
                let by = super::given_by(Some(field("representative")), authority);
                line.push_str(&format!(", by {by}"));
            }
            line
        }
        EventKind::NonDisclosureChanged => super::non_disclosure_summary(label, detail),
        EventKind::ConsentWithdrawn => {
            let note = field("note");
            let mut line = format!("{label}: {}", value_label(field("kind")));
            if !note.is_empty() {
                line.push_str(&format!(" — {note}"));
            }
            line
        }
        EventKind::KelaFormSent => label.to_string(),
        EventKind::FeedbackRecorded => super::feedback_summary(label, detail),
        EventKind::EstimateRecorded => super::estimate_summary(label, detail),
        EventKind::SurveyRecorded => super::survey_summary(label, detail),
        EventKind::KelaConcluded => super::kela_concluded_summary(label, detail),
        EventKind::FactCorrected => super::fact_corrected_summary(label, detail),
        EventKind::RegionChanged => super::region_changed_summary(label, detail),
        EventKind::ConsultationLinked => super::consultation_linked_summary(label, detail),
        EventKind::Triaged => {
            let mut line = format!("{label}: {}", value_label(field("decision")));
            for key in ["outcome", "note"] {
                if !field(key).is_empty() {
                    line.push_str(&format!(" — {}", field(key)));
                }
            }
            line
        }
        EventKind::CaseClosed => {
            let mut line = format!("{label}: {}", value_label(field("reason")));
            if !field("note").is_empty() {
                line.push_str(&format!(" — {}", field("note")));
            }
            line
        }
        EventKind::MeetingBooked
        | EventKind::MeetingHeld
        | EventKind::MeetingNoShow
        | EventKind::MeetingCancelled
        | EventKind::MeetingMoved
        | EventKind::MeetingLinkSet => {
            let with_link = kind_has_link(kind) && !field("video_link").is_empty();
            let kind = field("meeting_kind")
                .parse::<crate::domain::MeetingKind>()
                .map_or("", meeting_label);
            let mut line = format!("{label}: {kind} {}", field("starts_at"));
            for key in ["segment", "note", "reason"] {
                if !field(key).is_empty() {
                    line.push_str(&format!(" — {}", field(key)));
                }
            }
            if !field("override_screen").is_empty() {
                line.push_str(&format!(
                    " — Kela screen said no; booked because: {}",
                    field("override_screen")
                ));
            }
            if with_link {
                line.push_str(&format!(" — {}", super::WITH_VIDEO_LINK));
            }
            line
        }
        EventKind::FollowUpIntervalSet => super::interval_set_summary(
            label,
            detail.get("weeks").and_then(|v| v.as_u64()),
            detail.get("in_force").and_then(|v| v.as_u64()),
        ),
        EventKind::PlanChanged => format!(
            "{label}: version {}",
            detail.get("version").and_then(|v| v.as_i64()).unwrap_or(0)
        ),
        EventKind::PathwaysCompleted => {
            format!("{label}; key worker {}", field("key_worker"))
        }
        EventKind::FollowUpRecorded => format!(
            "{label}: {}, next: {}",
            value_label(field("status")),
            value_label(field("next_step"))
        ),
        EventKind::DescriptionSaved => label.to_string(),
        EventKind::CasePurged => format!("{label}: {}", value_label(field("reason"))),
        EventKind::TeamRequested => super::team_requested_summary(label, detail),
        EventKind::TeamUnitAnswered => super::unit_answered_summary(label, detail),
        EventKind::TeamDescriptionSent => super::description_sent_summary(label, detail),
        EventKind::TeamUnitAcknowledged => super::unit_acknowledged_summary(label, detail),
        EventKind::CaseReopened => format!(
            "{label} into {}: {}",
            value_label(field("phase")),
            field("note")
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
}
