//! The wellbeing area, the coordinators' team and the units of the area's catalogue that the
//! export names, as FI Base Organizations: the referrer's unit, the key worker's, each pathway's,
//! each unit a triage requested and each invited professional's.

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
        "partOf": frame.shared.area.is_known().then(|| reference("Organization", AREA_ID)),
    });
    Resource::new("Organization", TEAM_ID, body)
}

/// The wellbeing area that holds the register (`moty settings wellbeing-area`).
pub(crate) const AREA_ID: &str = "area";

/// The SOTE organisation register (SOTE-organisaatiorekisteri), as FI Base's examples name it:
/// its OID with the classification's version, the organisation's OID as a URN.
const SOTE_ORGANISATION_REGISTER: &str = "urn:oid:1.2.246.537.6.202.2008";

/// The wellbeing area, when the register knows its name or its OID.
fn area(frame: &Frame) -> Option<Resource> {
    let area = &frame.shared.area;
    if !area.is_known() {
        return None;
    }
    let identifier = area.oid.as_ref().map(|oid| {
        vec![json!({
            "use": "official",
            "system": SOTE_ORGANISATION_REGISTER,
            "value": format!("urn:oid:{oid}"),
        })]
    });
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-organization")] },
        "identifier": identifier,
        "active": true,
        "name": area.name,
    });
    Some(Resource::new("Organization", AREA_ID, body))
}

/// The area, the team, and every unit the export named (by code).
pub(crate) fn organizations(
    frame: &Frame,
    units: &std::collections::BTreeMap<String, Unit>,
) -> Vec<Resource> {
    let mut out: Vec<Resource> = area(frame).into_iter().collect();
    out.push(team(frame));
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
