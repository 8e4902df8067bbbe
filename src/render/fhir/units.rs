//! The units of the area's catalogue that the export names, as FI Base Organizations: the
//! referrer's unit, the key worker's, each pathway's and each unit a triage requested.

use serde_json::{json, Value};

use super::{reference, Frame, Resource, FI_BASE};
use crate::domain::area::Unit;

fn unit_id(unit: &Unit) -> String {
    format!("unit-{}", unit.code)
}

/// A reference to the unit a text names, when the catalogue knows it.
pub(crate) fn unit_reference(frame: &Frame, text: Option<&str>) -> Option<Value> {
    let unit = frame.export.units.get(text?)?;
    Some(reference("Organization", &unit_id(unit)))
}

/// Every unit the export names, once.
pub(crate) fn organizations(frame: &Frame) -> Vec<Resource> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for unit in frame.export.units.values() {
        if !seen.insert(unit.code.clone()) {
            continue;
        }
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
