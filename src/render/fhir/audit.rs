//! The logs as AuditEvents, after IHE Basic Audit Log Patterns (BALP): each access-log row of an
//! exported client (a read, a search or a change, by whom, why) and each disclosure-log row about
//! an exported case (an export: by whom, to whom, on what legal basis). The rows are those written
//! before the export began (`ops::export::logs`); a pseudonymous export has none.
//!
//! The BALP profiles are not claimed: they require a network address for each agent, which a
//! register file has none of. The codes are BALP's.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::people::patient_id;
use super::provenance::{practitioner, practitioner_id};
use super::{reference, Frame, Resource};
use crate::domain::records::{AccessRow, Disclosure};
use crate::ops::export::CaseRecord;

const EVENT_TYPE: &str = "http://terminology.hl7.org/CodeSystem/audit-event-type";
const INTERACTION: &str = "http://hl7.org/fhir/restful-interaction";
const DCM: &str = "http://dicom.nema.org/resources/ontology/DCM";
const ENTITY_TYPE: &str = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
const OBJECT_ROLE: &str = "http://terminology.hl7.org/CodeSystem/object-role";

fn coding(system: &str, code: &str) -> Value {
    json!({ "system": system, "code": code })
}

/// The register as the event's source: moty, an application server.
fn source() -> Value {
    json!({
        "observer": { "display": "moty" },
        "type": [coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4")],
    })
}

/// The entities of an event about `case`: the client, and the case when it is exported.
fn entities(record: &CaseRecord, case: Option<&str>, exported: &BTreeSet<String>) -> Vec<Value> {
    let mut entities = vec![json!({
        "what": reference("Patient", &patient_id(record)),
        "type": coding(ENTITY_TYPE, "1"),
        "role": coding(OBJECT_ROLE, "1"),
    })];
    if let Some(case) = case.filter(|c| exported.contains(*c)) {
        entities.push(json!({
            "what": { "reference": format!("EpisodeOfCare/case-{case}") },
            "type": coding(ENTITY_TYPE, "2"),
            "role": coding(OBJECT_ROLE, "4"),
        }));
    }
    entities
}

/// The AuditEvents the case carries (its client's access rows with the client's first case,
/// the disclosure rows whose first exported case it is), and the Practitioners they name.
pub(crate) fn events(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    for row in &record.access {
        out.push(access(frame, record, row, &frame.shared.cases));
        out.push(practitioner(frame, &row.actor));
    }
    for row in &record.disclosures {
        out.push(disclosure(frame, record, row));
        out.push(practitioner(frame, &row.actor));
    }
}

/// An access-log row: a read (`view`), a search or a change of the client's data.
fn access(
    frame: &Frame,
    record: &CaseRecord,
    row: &AccessRow,
    exported: &BTreeSet<String>,
) -> Resource {
    let (subtype, action) = match row.action.as_str() {
        "search" => ("search-type", "E"),
        "change" => ("update", "U"),
        _ => ("read", "R"),
    };
    let mut extensions = vec![json!({
        "url": frame.extension("command"),
        "valueString": row.command,
    })];
    if row.clock_overridden {
        extensions.push(json!({
            "url": frame.extension("clock-overridden"),
            "valueBoolean": true,
        }));
    }
    let body = json!({
        "type": coding(EVENT_TYPE, "rest"),
        "subtype": [coding(INTERACTION, subtype)],
        "action": action,
        "recorded": row.at.to_string(),
        "outcome": "0",
        "agent": [{
            "type": { "coding": [coding(
                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "IRCP",
            )] },
            "who": reference("Practitioner", &practitioner_id(&row.actor)),
            "altId": row.os_user,
            "requestor": true,
            "purposeOfUse": row.reason.as_ref().map(|why| vec![json!({ "text": why })]),
        }],
        "source": source(),
        "entity": entities(record, row.case.as_deref(), exported),
        "extension": extensions,
    });
    Resource::new("AuditEvent", format!("access-{}", row.id), body)
}

/// A disclosure-log row: what left the register, by whom, to whom and on what legal basis;
/// its entities are this case's client and every exported case the row names.
fn disclosure(frame: &Frame, record: &CaseRecord, row: &Disclosure) -> Resource {
    let mut entity = vec![json!({
        "what": reference("Patient", &patient_id(record)),
        "type": coding(ENTITY_TYPE, "1"),
        "role": coding(OBJECT_ROLE, "1"),
    })];
    for case in row.cases.iter().filter(|c| frame.shared.cases.contains(*c)) {
        entity.push(json!({
            "what": { "reference": format!("EpisodeOfCare/case-{case}") },
            "type": coding(ENTITY_TYPE, "2"),
            "role": coding(OBJECT_ROLE, "4"),
        }));
    }
    let purpose = row.legal_basis.as_ref().map(|basis| {
        vec![json!({
            "coding": [frame.coding("legal-basis", basis.basis.as_str())],
            "text": basis.named,
        })]
    });
    let body = json!({
        "type": coding(DCM, "110106"),
        "subtype": [coding(
            "http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle",
            "disclose",
        )],
        "action": "R",
        "recorded": row.at.to_string(),
        "outcome": "0",
        "purposeOfEvent": purpose,
        "agent": [
            {
                "type": { "coding": [coding(DCM, "110153")] },
                "who": reference("Practitioner", &practitioner_id(&row.actor)),
                "requestor": true,
            },
            {
                "type": { "coding": [coding(DCM, "110152")] },
                "who": { "display": row.recipient },
                "requestor": false,
            },
        ],
        "source": source(),
        "entity": entity,
        "extension": [{
            "url": frame.extension("disclosed"),
            "valueString": row.what,
        }],
    });
    Resource::new("AuditEvent", format!("disclosure-{}", row.id), body)
}
