//! The client as a FI Base Patient.

use chrono::Datelike;
use serde_json::{json, Value};

use super::{Frame, Resource, FI_BASE, HETU_SYSTEM};
use crate::domain::{hetu, municipality};
use crate::ops::export::CaseRecord;

/// The Patient's id: the client's pseudonymous key, the same in every export of the register and
/// never the identity code (an id travels in URLs and logs).
pub(crate) fn patient_id(record: &CaseRecord) -> String {
    format!("client-{}", record.key)
}

/// The client. Identifiable: the identity code (or, without one, the birth year), the name, the
/// phone, the municipality, the language and the interpreter. Pseudonymous: the register's
/// pseudonymous key for the identity, the birth year only, no name, no phone.
pub(crate) fn patient(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    let client = &record.client;
    let mut body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-patient")] },
    });
    let birth_date = client.hetu.as_deref().and_then(hetu::birth_date);
    let birth_year = birth_date.map(|d| d.year()).or(client.birth_year);
    let mut identifiers = Vec::new();
    if frame.pseudonymous {
        identifiers.push(json!({
            "system": frame.identifier_system("pseudonym"),
            "value": record.key,
        }));
        body["birthDate"] = json!(birth_year.map(|y| format!("{y:04}")));
    } else {
        if let Some(code) = &client.hetu {
            identifiers.push(if client.hetu_temporary {
                json!({
                    "use": "temp",
                    "system": frame.identifier_system("temporary-identity-code"),
                    "value": code,
                })
            } else {
                json!({
                    "use": "official",
                    "type": { "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                        "code": "NNFIN",
                    }] },
                    "system": HETU_SYSTEM,
                    "value": code,
                })
            });
        }
        body["birthDate"] = match birth_date {
            Some(date) => json!(date.format("%Y-%m-%d").to_string()),
            None => json!(birth_year.map(|y| format!("{y:04}"))),
        };
        body["name"] = json!([{ "text": client.name }]);
        body["telecom"] = json!(client
            .phone
            .as_ref()
            .map(|phone| vec![json!({ "system": "phone", "value": phone })]));
        if let Some(language) = client.language {
            body["communication"] = json!([{
                "language": { "coding": [{
                    "system": "urn:ietf:bcp:47",
                    "code": language.as_str(),
                }] },
                "preferred": true,
            }]);
        }
    }
    body["identifier"] = json!(identifiers);
    // A non-disclosure order (turvakielto): the record is restricted, and where the client lives
    // never leaves the register.
    if client.non_disclosure {
        body["meta"]["security"] = json!([{
            "system": "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs",
            "code": "TURVAKIELTO",
        }]);
    }
    let mut extensions: Vec<Value> = Vec::new();
    if !client.non_disclosure {
        if let Some(found) = client
            .municipality
            .as_deref()
            .and_then(municipality::lookup)
        {
            extensions.push(json!({
                "url": format!("{FI_BASE}/municipality-code"),
                "valueCoding": {
                    "system": "urn:oid:1.2.246.537.6.21",
                    "code": found.code,
                    "display": found.name_fi,
                },
            }));
        }
    }
    if !frame.pseudonymous && client.interpreter.is_some() {
        extensions.push(json!({
            "url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
            "valueBoolean": true,
        }));
    }
    body["extension"] = json!(extensions);
    out.push(Resource::new("Patient", patient_id(record), body));
}

/// A professional of the directory's Practitioner and PractitionerRole id: the entry's, the same
/// in every export.
pub(crate) fn professional_id(entry: i64) -> String {
    format!("directory-{entry}")
}

/// The directory's professionals the case names: each as a PractitionerRole (their role, their
/// unit and their work phone and e-mail) of a Practitioner (their name). A pseudonymous export
/// keeps the role and the unit only, as it does of the key worker.
pub(crate) fn professionals(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    for entry in record.directory.values() {
        let id = professional_id(entry.id);
        let organization = super::units::unit_reference(record, Some(&entry.unit))
            .unwrap_or_else(|| json!({ "display": entry.unit }));
        let mut role = json!({
            "meta": { "profile": [format!("{FI_BASE}/fi-base-practitioner-role")] },
            "active": true,
            "organization": organization,
            "code": [{ "text": entry.role }],
        });
        if !frame.pseudonymous {
            let practitioner = json!({
                "meta": { "profile": [format!("{FI_BASE}/fi-base-practitioner")] },
                "identifier": [{
                    "system": frame.identifier_system("directory"),
                    "value": entry.id.to_string(),
                }],
                "name": [{ "text": entry.name }],
            });
            out.push(Resource::new("Practitioner", id.clone(), practitioner));
            let mut telecom = Vec::new();
            if let Some(phone) = &entry.phone {
                telecom.push(json!({ "system": "phone", "value": phone, "use": "work" }));
            }
            if let Some(email) = &entry.email {
                telecom.push(json!({ "system": "email", "value": email, "use": "work" }));
            }
            role["practitioner"] = super::reference("Practitioner", &id);
            role["telecom"] = json!(telecom);
        }
        out.push(Resource::new("PractitionerRole", id, role));
    }
}
