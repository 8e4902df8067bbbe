//! The coordinators' team and the units of the area's catalogue that the export names, as FI
//! Base Organizations: the referrer's unit, the key worker's, each pathway's and each unit a
//! triage requested.

use serde_json::{json, Value};

use super::{reference, Frame, Resource, FI_BASE};
use crate::domain::area::Unit;
use crate::ops::export::CaseRecord;

fn unit_id(unit: &Unit) -> String {
    format!("unit-{}", unit.code)
}

/// A reference to the unit a text of `record` names, when the catalogue knows it.
pub(crate) fn unit_reference(record: &CaseRecord, text: Option<&str>) -> Option<Value> {
    let unit = record.units.get(text?)?;
    Some(reference("Organization", &unit_id(unit)))
}

/// The coordinators' team, which manages every case: named and reached as its contact card
/// says (`moty settings contact`), or plain "moty" without one.
pub(crate) const TEAM_ID: &str = "team";

fn team(frame: &Frame) -> Resource {
    let card = frame.shared.team.as_ref();
    let field = |f: fn(&crate::domain::records::ContactCard) -> &Option<String>| {
        card.and_then(|c| f(c).clone())
    };
    let mut telecom = Vec::new();
    if let Some(phone) = field(|c| &c.phone) {
        telecom.push(json!({ "system": "phone", "value": phone }));
    }
    if let Some(email) = field(|c| &c.email) {
        telecom.push(json!({ "system": "email", "value": email }));
    }
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-organization")] },
        "active": true,
        "name": field(|c| &c.coordinators).unwrap_or_else(|| "moty".to_string()),
        "telecom": telecom,
    });
    Resource::new("Organization", TEAM_ID, body)
}

/// The team, and every unit the export named (by code).
pub(crate) fn organizations(
    frame: &Frame,
    units: &std::collections::BTreeMap<String, Unit>,
) -> Vec<Resource> {
    let mut out = vec![team(frame)];
    for unit in units.values() {
        let body = json!({
            "meta": { "profile": [format!("{FI_BASE}/fi-base-organization")] },
            "identifier": [{
                "system": frame.identifier_system("unit"),
                "value": unit.code,
            }],
            "active": unit.active,
            "name": unit.name_fi,
            "alias": [unit.name_sv, unit.name_en],
            "extension": [{
                "url": frame.extension("service-area"),
                "valueString": unit.area,
            }],
        });
        out.push(Resource::new("Organization", unit_id(unit), body));
    }
    out
}
