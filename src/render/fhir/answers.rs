//! The evidence the pilots collected, as QuestionnaireResponses with the Questionnaires they
//! answer: each follow-up call, and the client's feedback on a meeting (the statements of its
//! version). Coded answers go in every export; free text only in an identifiable one.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::people::patient_id;
use super::provenance::{practitioner, practitioner_id};
use super::{reference, Frame, Resource};
use crate::domain::{Agreement, FollowUpStatus, Language, NextStep, TimeSaved};
use crate::ops::export::CaseRecord;
use crate::text::fhir_question;

/// A question of a Questionnaire.
pub(super) fn question(link: &str, text: String, kind: &str) -> Value {
    json!({ "linkId": link, "text": text, "type": kind })
}

/// A choice question whose options are the codes of one of the register's code systems.
pub(super) fn choice(
    frame: &Frame,
    link: &str,
    text: String,
    system: &str,
    codes: &[&str],
) -> Value {
    let mut item = question(link, text, "choice");
    item["answerOption"] = codes
        .iter()
        .map(|code| json!({ "valueCoding": frame.coding(system, code) }))
        .collect();
    item
}

/// An answered item, or nothing without a value.
pub(super) fn answer(link: &str, value: Option<Value>) -> Option<Value> {
    value.map(|value| json!({ "linkId": link, "answer": [value] }))
}

/// A coded answer from one of the register's code systems.
pub(super) fn coded(frame: &Frame, system: &str, code: &str) -> Value {
    json!({ "valueCoding": frame.coding(system, code) })
}

/// A free-text answer, only in an identifiable export.
pub(super) fn words(frame: &Frame, text: Option<&str>) -> Option<Value> {
    frame.free_text(text).map(|t| json!({ "valueString": t }))
}

/// A day as an answer.
pub(super) fn on(day: chrono::NaiveDate) -> Value {
    json!({ "valueDate": day.format("%Y-%m-%d").to_string() })
}

pub(super) fn codes<T: Copy>(all: &[T], text: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| text(*v)).collect()
}

/// The follow-up call's questions.
fn follow_up_questionnaire(frame: &Frame) -> Resource {
    let q = |id: &str| fhir_question(Language::Fi, id);
    let body = json!({
        "url": format!("{}/Questionnaire/follow-up", frame.base),
        "name": "MotyFollowUp",
        "title": q("follow-up"),
        "status": "active",
        "item": [
            question("reached", q("reached"), "boolean"),
            choice(frame, "status", q("status"), "follow-up-status",
                &codes(FollowUpStatus::ALL, FollowUpStatus::as_str)),
            question("knows-contact", q("knows-contact"), "boolean"),
            question("usefulness", q("usefulness"), "integer"),
            question("appointments-saved", q("appointments-saved"), "integer"),
            question("saved-services", q("saved-services"), "open-choice"),
            choice(frame, "time-saved", q("time-saved"), "time-saved",
                &codes(TimeSaved::ALL, TimeSaved::as_str)),
            question("note", q("note"), "string"),
            choice(frame, "next-step", q("next-step"), "next-step",
                &codes(NextStep::ALL, NextStep::as_str)),
            question("next-on", q("next-on"), "date"),
        ],
    });
    Resource::new("Questionnaire", "follow-up", body)
}

/// The feedback's questions in statement version `version` (`None`: feedback given before the
/// statements, a usefulness score and text only).
fn feedback_questionnaire(frame: &Frame, version: Option<u32>) -> Resource {
    let q = |id: &str| fhir_question(Language::Fi, id);
    let agreement = codes(Agreement::ALL, Agreement::as_str);
    let mut items = vec![question("usefulness", q("usefulness"), "integer")];
    for (v, code, texts) in &frame.shared.statements {
        if Some(*v) == version {
            items.push(choice(
                frame,
                code,
                texts[0].clone(),
                "agreement",
                &agreement,
            ));
        }
    }
    items.push(question("text", q("feedback-text"), "string"));
    let id = feedback_questionnaire_id(version);
    let body = json!({
        "url": format!("{}/Questionnaire/reception-feedback", frame.base),
        "version": version.map(|v| v.to_string()),
        "name": "MotyReceptionFeedback",
        "title": q("reception-feedback"),
        "status": "active",
        "item": items,
    });
    Resource::new("Questionnaire", id, body)
}

fn feedback_questionnaire_id(version: Option<u32>) -> String {
    match version {
        Some(v) => format!("reception-feedback-v{v}"),
        None => "reception-feedback".to_string(),
    }
}

/// The case's follow-up calls and feedback, and the Questionnaires they answer.
pub(crate) fn responses(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    if !record.follow_ups.is_empty() {
        out.push(follow_up_questionnaire(frame));
    }
    for (n, call) in record.follow_ups.iter().enumerate() {
        let mut items: Vec<Option<Value>> = vec![
            answer("reached", Some(json!({ "valueBoolean": call.reached }))),
            answer(
                "status",
                Some(coded(frame, "follow-up-status", call.status.as_str())),
            ),
            answer(
                "knows-contact",
                call.knows_contact.map(|k| json!({ "valueBoolean": k })),
            ),
            answer(
                "usefulness",
                call.usefulness.map(|u| json!({ "valueInteger": u })),
            ),
            answer(
                "appointments-saved",
                call.appointments_saved
                    .map(|a| json!({ "valueInteger": a })),
            ),
        ];
        if !call.saved_services.is_empty() {
            items.push(Some(json!({
                "linkId": "saved-services",
                "answer": call.saved_services.iter()
                    .map(|s| json!({ "valueCoding": {
                        "system": frame.system("service"),
                        "code": s,
                    } }))
                    .collect::<Vec<_>>(),
            })));
        }
        items.extend([
            answer(
                "time-saved",
                call.time_saved
                    .map(|t| coded(frame, "time-saved", t.as_str())),
            ),
            answer("note", words(frame, call.note.as_deref())),
            answer(
                "next-step",
                Some(coded(frame, "next-step", call.next_step.as_str())),
            ),
            answer("next-on", call.next_on.map(on)),
        ]);
        let body = json!({
            "questionnaire": format!("{}/Questionnaire/follow-up", frame.base),
            "status": "completed",
            "subject": reference("Patient", &patient_id(record)),
            "authored": call.done_on.format("%Y-%m-%d").to_string(),
            "author": reference("Practitioner", &practitioner_id(&call.recorded_by)),
            "item": items.into_iter().flatten().collect::<Vec<_>>(),
        });
        out.push(Resource::new(
            "QuestionnaireResponse",
            format!("follow-up-{}-{}", record.case.id, n + 1),
            body,
        ));
        out.push(practitioner(frame, &call.recorded_by));
    }
    let mut versions = BTreeSet::new();
    for feedback in &record.feedback {
        versions.insert(feedback.statement_version);
        let mut items: Vec<Value> = Vec::new();
        items.extend(answer(
            "usefulness",
            feedback.usefulness.map(|u| json!({ "valueInteger": u })),
        ));
        for given in &feedback.answers {
            items.extend(answer(
                &given.statement.code,
                Some(coded(frame, "agreement", given.answer.as_str())),
            ));
        }
        items.extend(answer("text", words(frame, feedback.text.as_deref())));
        let canonical = match feedback.statement_version {
            Some(v) => format!("{}/Questionnaire/reception-feedback|{v}", frame.base),
            None => format!("{}/Questionnaire/reception-feedback", frame.base),
        };
        let body = json!({
            "questionnaire": canonical,
            "status": "completed",
            "subject": reference("Patient", &patient_id(record)),
            "authored": feedback.given_on.format("%Y-%m-%d").to_string(),
            "author": reference("Practitioner", &practitioner_id(&feedback.recorded_by)),
            "source": reference("Patient", &patient_id(record)),
            "item": items,
            "extension": [{
                "url": frame.extension("meeting"),
                "valueReference": reference("Appointment", &format!("meeting-{}", feedback.meeting)),
            }],
        });
        out.push(Resource::new(
            "QuestionnaireResponse",
            format!("feedback-{}", feedback.id),
            body,
        ));
        out.push(practitioner(frame, &feedback.recorded_by));
    }
    for version in versions {
        out.push(feedback_questionnaire(frame, version));
    }
}
