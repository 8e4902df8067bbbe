//! Who did what when: each timeline entry as a Provenance of the case (the day it took effect
//! and the moment it was entered, which differ for a backdated entry), and the register's users
//! who entered them as Practitioners.

use serde_json::json;
use sha2::{Digest, Sha256};

use super::care::episode_id;
use super::{reference, Frame, Resource, FI_BASE};
use crate::ops::export::CaseRecord;

/// A user's Practitioner id: a digest of the user name, so every export names a user the same
/// way and no id carries characters FHIR ids do not allow.
pub(crate) fn practitioner_id(actor: &str) -> String {
    let digest = Sha256::digest(actor.as_bytes());
    format!("user-{}", &hex::encode(digest)[..16])
}

/// The register's user `actor` as a FI Base Practitioner: the user name as identifier and name.
pub(crate) fn practitioner(frame: &Frame, actor: &str) -> Resource {
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-practitioner")] },
        "identifier": [{
            "system": frame.identifier_system("user"),
            "value": actor,
        }],
        "name": [{ "text": actor }],
    });
    Resource::new("Practitioner", practitioner_id(actor), body)
}

/// Each entry of the case's timeline: what happened (the entry's kind), on which day it took
/// effect (`occurredDateTime`), when it was entered (`recorded`), and by whom.
pub(crate) fn timeline(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    for event in &record.timeline {
        let extension = event.clock_overridden.then(|| {
            vec![json!({
                "url": frame.extension("clock-overridden"),
                "valueBoolean": true,
            })]
        });
        let body = json!({
            "meta": { "profile": [format!("{FI_BASE}/fi-base-provenance")] },
            "target": [reference("EpisodeOfCare", &episode_id(record))],
            "occurredDateTime": event.effective_on.format("%Y-%m-%d").to_string(),
            "recorded": event.entered_at.to_string(),
            "activity": frame.concept("event-kind", event.kind.as_str()),
            "agent": [{
                "type": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                    "code": "enterer",
                }] },
                "who": reference("Practitioner", &practitioner_id(&event.actor)),
            }],
            "extension": extension,
        });
        out.push(Resource::new(
            "Provenance",
            format!("event-{}", event.id),
            body,
        ));
        out.push(practitioner(frame, &event.actor));
    }
}
