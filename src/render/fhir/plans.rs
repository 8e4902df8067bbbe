//! The joint care and service plan (HOPA): every version a CarePlan that `replaces` the one
//! before, with its goals (Goal), its people (CareTeam: the key worker and the coordinators' team
//! by role) and each onward pathway (ServiceRequest `basedOn` the plan).

use serde_json::{json, Value};

use super::care::episode_id;
use super::people::patient_id;
use super::{reference, Frame, Resource, FI_BASE};
use crate::domain::records::{Pathway, Plan};
use crate::domain::{ActionStatus, Language, PathwayStatus, Phase};
use crate::ops::export::CaseRecord;

fn plan_id(record: &CaseRecord, plan: &Plan) -> String {
    format!("plan-{}-v{}", record.case.id, plan.version)
}

/// CarePlan.activity.detail.status of an action.
fn action_status(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "not-started",
        ActionStatus::Done => "completed",
        ActionStatus::Dropped => "cancelled",
    }
}

/// ServiceRequest.status of a pathway: planned and booked are still to happen (active), the
/// client attended (completed), or declined it (revoked).
fn pathway_status(status: PathwayStatus) -> &'static str {
    match status {
        PathwayStatus::Planned | PathwayStatus::Booked => "active",
        PathwayStatus::Attended => "completed",
        PathwayStatus::Declined => "revoked",
    }
}

pub(crate) fn plans(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    let latest = record.plans.last().map(|p| p.version);
    for plan in &record.plans {
        let id = plan_id(record, plan);
        let current = Some(plan.version) == latest;
        let status = match (current, record.case.phase) {
            (false, _) => "revoked",
            (true, Phase::Closed) => "completed",
            (true, _) => "active",
        };
        let team_id = format!("plan-team-{}-v{}", record.case.id, plan.version);
        let mut roles = Vec::new();
        out.push(care_team(frame, record, plan, &team_id, &mut roles));
        out.extend(roles);
        out.push(super::provenance::practitioner(frame, &plan.actor));
        let goal_id = format!("goal-{}-v{}", record.case.id, plan.version);
        let goal = frame.free_text(plan.goals.as_deref()).map(|goals| {
            json!({
                "lifecycleStatus": if current && record.case.phase != Phase::Closed {
                    "active"
                } else {
                    "completed"
                },
                "description": { "text": goals },
                "subject": reference("Patient", &patient_id(record)),
                "addresses": [],
            })
        });
        let has_goal = goal.is_some();
        if let Some(goal) = goal {
            out.push(Resource::new("Goal", goal_id.clone(), goal));
        }
        let mut activities: Vec<Value> = plan
            .actions
            .iter()
            .map(|action| {
                json!({ "detail": {
                    "status": action_status(action.status),
                    "description": frame.free_text(Some(&action.what)),
                    "scheduledString": action.due_on.map(|d| d.format("%Y-%m-%d").to_string()),
                    "performer": frame.free_text(Some(&action.who))
                        .map(|who| vec![json!({ "display": who })]),
                } })
            })
            .collect();
        for (n, pathway) in plan.pathways.iter().enumerate() {
            let request_id = format!("pathway-{}-v{}-{}", record.case.id, plan.version, n + 1);
            out.push(pathway_request(frame, record, &id, &request_id, pathway));
            activities.push(json!({ "reference": reference("ServiceRequest", &request_id) }));
        }
        let notes: Vec<Value> = plan
            .needs
            .iter()
            .filter_map(|need| frame.free_text(Some(&need.text)))
            .chain(frame.free_text(plan.resources.as_deref()))
            .chain(frame.free_text(plan.note.as_deref()))
            .map(|text| json!({ "text": text }))
            .collect();
        let mut extensions = Vec::new();
        if let Some(on) = plan.client_confirmed_on {
            extensions.push(json!({
                "url": frame.extension("client-confirmed"),
                "valueDate": on.format("%Y-%m-%d").to_string(),
            }));
        }
        let body = json!({
            "identifier": [{
                "system": frame.identifier_system("plan"),
                "value": format!("{}/{}", record.case.id, plan.version),
            }],
            "status": status,
            "intent": "plan",
            "category": plan.needs.iter()
                .map(|need| frame.concept("need-area", need.area.as_str()))
                .collect::<Vec<_>>(),
            "subject": reference("Patient", &patient_id(record)),
            "created": plan.entered_at.to_string(),
            "author": reference("Practitioner", &super::provenance::practitioner_id(&plan.actor)),
            "replaces": (plan.version > 1).then(|| vec![reference(
                "CarePlan",
                &format!("plan-{}-v{}", record.case.id, plan.version - 1),
            )]),
            "careTeam": [reference("CareTeam", &team_id)],
            "goal": has_goal.then(|| vec![reference("Goal", &goal_id)]),
            "activity": activities,
            "note": notes,
            "supportingInfo": [reference("EpisodeOfCare", &episode_id(record))],
            "extension": extensions,
        });
        out.push(Resource::new("CarePlan", id, body));
    }
}

/// The plan's people: the named key worker (by name and unit only in an identifiable export) and
/// the coordinators' team by role, from the triage decisions.
fn care_team(
    frame: &Frame,
    record: &CaseRecord,
    plan: &Plan,
    id: &str,
    roles: &mut Vec<Resource>,
) -> Resource {
    let mut participants = Vec::new();
    let key_worker = frame.free_text(plan.key_worker.as_deref());
    if plan.key_worker.is_some() {
        let unit = frame.free_text(plan.key_worker_unit.as_deref());
        let role_id = format!("key-worker-{}-v{}", record.case.id, plan.version);
        let mut role = json!({
            "code": [frame.concept("attendee", "key-worker")],
            "practitioner": key_worker.map(|name| json!({ "display": name })),
            "organization": super::units::unit_reference(record, plan.key_worker_unit.as_deref())
                .or_else(|| unit.map(|unit| json!({ "display": unit }))),
            "telecom": frame
                .free_text(plan.key_worker_contact.as_deref())
                .map(|contact| vec![json!({ "system": "other", "value": contact })]),
        });
        role["meta"] = json!({ "profile": [format!("{FI_BASE}/fi-base-practitioner-role")] });
        roles.push(Resource::new("PractitionerRole", role_id.clone(), role));
        participants.push(json!({
            "role": [frame.concept("attendee", "key-worker")],
            "member": reference("PractitionerRole", &role_id),
        }));
    }
    participants.extend(super::care::team_roles(frame, record));
    let body = json!({
        "status": "active",
        "name": crate::text::value_label_in(Language::Fi, "key-worker")
            .filter(|_| plan.key_worker.is_some()),
        "subject": reference("Patient", &patient_id(record)),
        "participant": participants,
        "managingOrganization": [reference("Organization", super::units::TEAM_ID)],
    });
    Resource::new("CareTeam", id.to_string(), body)
}

/// An onward pathway: the service (from the catalogue), the unit and professional it goes to,
/// whether it was booked for the client and when, and how it went.
fn pathway_request(
    frame: &Frame,
    record: &CaseRecord,
    plan_id: &str,
    id: &str,
    pathway: &Pathway,
) -> Resource {
    let service = frame
        .shared
        .services
        .iter()
        .find(|s| s.code == pathway.service);
    let code = json!({ "coding": [{
        "system": frame.system("service"),
        "code": pathway.service,
        "display": service.map(|s| s.name_fi.clone()),
    }] });
    let mut performers = Vec::new();
    if let Some(unit) = super::units::unit_reference(record, pathway.unit.as_deref()) {
        performers.push(unit);
    } else if let Some(unit) = frame.free_text(pathway.unit.as_deref()) {
        performers.push(json!({ "display": unit }));
    }
    let listed = pathway
        .directory_id
        .filter(|id| record.directory.contains_key(id));
    if let Some(entry) = listed {
        let id = super::people::professional_id(entry);
        performers.push(reference("PractitionerRole", &id));
    } else if let Some(who) = frame.free_text(pathway.professional.as_deref()) {
        performers.push(json!({ "display": who }));
    }
    let body = json!({
        "status": pathway_status(pathway.status),
        "intent": "plan",
        "basedOn": [reference("CarePlan", plan_id)],
        "category": [frame.concept("request-kind", "pathway")],
        "code": code,
        "subject": reference("Patient", &patient_id(record)),
        "occurrenceDateTime": pathway.appointment_on.map(|d| d.format("%Y-%m-%d").to_string()),
        "performer": performers,
        "reasonCode": frame.free_text(pathway.purpose.as_deref())
            .map(|text| vec![json!({ "text": text })]),
        "extension": [
            { "url": frame.extension("pathway-status"),
              "valueCoding": frame.coding("pathway-status", pathway.status.as_str()) },
            { "url": frame.extension("booked-for-client"),
              "valueBoolean": pathway.booked_for_client },
        ],
        "supportingInfo": [reference("EpisodeOfCare", &episode_id(record))],
    });
    Resource::new("ServiceRequest", id.to_string(), body)
}
