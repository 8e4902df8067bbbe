//! The rest of the evidence, as QuestionnaireResponses with their Questionnaires: the
//! coordinators' estimates of what a meeting or the whole path saved, the professionals' survey
//! answers after a meeting, and what a Kela hour concluded. Coded answers go in every export,
//! free text (and the names of those responsible) only in an identifiable one.

use serde_json::{json, Value};

use super::answers::{answer, choice, coded, codes, on, question, words};
use super::people::patient_id;
use super::provenance::{practitioner, practitioner_id};
use super::{reference, Frame, Resource};
use crate::domain::{KelaItem, KelaStatement, Language, SurveyRole, TimeSaved};
use crate::ops::export::CaseRecord;
use crate::text::fhir_question;

fn questionnaire(frame: &Frame, id: &str, name: &str, items: Vec<Value>) -> Resource {
    let body = json!({
        "url": format!("{}/Questionnaire/{id}", frame.base),
        "name": name,
        "title": fhir_question(Language::Fi, id),
        "status": "active",
        "item": items,
    });
    Resource::new("Questionnaire", id, body)
}

fn response(
    frame: &Frame,
    record: &CaseRecord,
    questionnaire: &str,
    authored: String,
    items: Vec<Option<Value>>,
) -> Value {
    json!({
        "questionnaire": format!("{}/Questionnaire/{questionnaire}", frame.base),
        "status": "completed",
        "subject": reference("Patient", &patient_id(record)),
        "authored": authored,
        "item": items.into_iter().flatten().collect::<Vec<_>>(),
    })
}

/// A link to the meeting an answer is about, when the bundle has it.
fn meeting(frame: &Frame, record: &CaseRecord, id: i64) -> Option<Value> {
    record.meetings.iter().any(|m| m.id == id).then(|| {
        json!({
            "url": frame.extension("meeting"),
            "valueReference": reference("Appointment", &format!("meeting-{id}")),
        })
    })
}

pub(crate) fn responses(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    estimates(frame, record, out);
    surveys(frame, record, out);
    kela(frame, record, out);
}

fn estimates(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    if record.estimates.is_empty() {
        return;
    }
    let q = |id: &str| fhir_question(Language::Fi, id);
    out.push(questionnaire(
        frame,
        "estimate",
        "MotyEstimate",
        vec![
            question("appointments", q("appointments-saved"), "integer"),
            json!({
                "linkId": "saved", "text": q("saved-services"), "type": "group", "repeats": true,
                "item": [
                    question("service", q("service"), "open-choice"),
                    question("count", q("count"), "integer"),
                ],
            }),
            choice(
                frame,
                "time-saved",
                q("time-saved"),
                "time-saved",
                &codes(TimeSaved::ALL, TimeSaved::as_str),
            ),
            question("at-follow-up", q("at-follow-up"), "boolean"),
            question("how", q("how"), "string"),
        ],
    ));
    for estimate in &record.estimates {
        let mut items = vec![answer(
            "appointments",
            estimate.appointments.map(|n| json!({ "valueInteger": n })),
        )];
        items.extend(estimate.services.iter().map(|saving| {
            Some(json!({ "linkId": "saved", "item": [
                { "linkId": "service", "answer": [{ "valueCoding": {
                    "system": frame.system("service"),
                    "code": saving.service,
                } }] },
                { "linkId": "count", "answer": [{ "valueInteger": saving.count }] },
            ] }))
        }));
        items.extend([
            answer(
                "time-saved",
                estimate
                    .time_saved
                    .map(|t| coded(frame, "time-saved", t.as_str())),
            ),
            answer(
                "at-follow-up",
                Some(json!({ "valueBoolean": estimate.at_follow_up })),
            ),
            answer("how", words(frame, estimate.how.as_deref())),
        ]);
        let mut body = response(
            frame,
            record,
            "estimate",
            estimate.recorded_at.to_string(),
            items,
        );
        body["author"] = reference("Practitioner", &practitioner_id(&estimate.recorded_by));
        body["extension"] = json!(estimate
            .meeting
            .as_ref()
            .and_then(|m| meeting(frame, record, m.id))
            .map(|m| vec![m]));
        out.push(Resource::new(
            "QuestionnaireResponse",
            format!("estimate-{}", estimate.id),
            body,
        ));
        out.push(practitioner(frame, &estimate.recorded_by));
    }
}

/// The professionals' answers after a meeting: by role, not by name.
fn surveys(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    if record.surveys.is_empty() {
        return;
    }
    let q = |id: &str| fhir_question(Language::Fi, id);
    out.push(questionnaire(
        frame,
        "professional-survey",
        "MotyProfessionalSurvey",
        vec![
            choice(
                frame,
                "role",
                q("role"),
                "survey-role",
                &codes(SurveyRole::ALL, SurveyRole::as_str),
            ),
            question("added-value", q("added-value"), "integer"),
            question("kela-benefit", q("kela-benefit"), "integer"),
            question("text", q("survey-text"), "string"),
        ],
    ));
    for survey in &record.surveys {
        let items = vec![
            answer(
                "role",
                Some(coded(frame, "survey-role", survey.role.as_str())),
            ),
            answer(
                "added-value",
                survey.added_value.map(|n| json!({ "valueInteger": n })),
            ),
            answer(
                "kela-benefit",
                survey.kela_benefit.map(|n| json!({ "valueInteger": n })),
            ),
            answer("text", words(frame, survey.text.as_deref())),
        ];
        let mut body = response(
            frame,
            record,
            "professional-survey",
            survey.entered_at.to_string(),
            items,
        );
        body["extension"] = json!(meeting(frame, record, survey.meeting.id).map(|m| vec![m]));
        out.push(Resource::new(
            "QuestionnaireResponse",
            format!("survey-{}", survey.id),
            body,
        ));
    }
}

/// What each Kela hour concluded: one answer set per meeting, a group per item.
fn kela(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    if record.kela_conclusions.is_empty() {
        return;
    }
    let q = |id: &str| fhir_question(Language::Fi, id);
    out.push(questionnaire(
        frame,
        "kela-conclusions",
        "MotyKelaConclusions",
        vec![json!({
            "linkId": "conclusion", "text": q("conclusion"), "type": "group", "repeats": true,
            "item": [
                choice(frame, "kind", q("kind"), "kela-item", &codes(KelaItem::ALL, KelaItem::as_str)),
                choice(frame, "statement", q("statement"), "kela-statement",
                    &codes(KelaStatement::ALL, KelaStatement::as_str)),
                question("text", q("conclusion-text"), "string"),
                question("responsible", q("responsible"), "string"),
                question("due", q("due"), "date"),
            ],
        })],
    ));
    let mut meetings: Vec<i64> = record.kela_conclusions.iter().map(|c| c.meeting).collect();
    meetings.dedup();
    for id in meetings {
        let items: Vec<Option<Value>> = record
            .kela_conclusions
            .iter()
            .filter(|c| c.meeting == id)
            .map(|c| {
                let parts: Vec<Value> = [
                    answer("kind", Some(coded(frame, "kela-item", c.kind.as_str()))),
                    answer(
                        "statement",
                        c.statement
                            .map(|s| coded(frame, "kela-statement", s.as_str())),
                    ),
                    answer("text", words(frame, c.text.as_deref())),
                    answer("responsible", words(frame, c.responsible.as_deref())),
                    answer("due", c.due_on.map(on)),
                ]
                .into_iter()
                .flatten()
                .collect();
                Some(json!({ "linkId": "conclusion", "item": parts }))
            })
            .collect();
        let first = record.kela_conclusions.iter().find(|c| c.meeting == id);
        let authored = first.map(|c| c.recorded_at.to_string()).unwrap_or_default();
        let mut body = response(frame, record, "kela-conclusions", authored, items);
        if let Some(first) = first {
            body["author"] = reference("Practitioner", &practitioner_id(&first.recorded_by));
            out.push(practitioner(frame, &first.recorded_by));
        }
        body["extension"] = json!(meeting(frame, record, id).map(|m| vec![m]));
        out.push(Resource::new(
            "QuestionnaireResponse",
            format!("kela-{id}"),
            body,
        ));
    }
}
