//! `moty export fhir`: the export's records as a FHIR R4 (4.0.1) `Bundle` of type `collection`,
//! claiming HL7 Finland's base profiles (FI Base 2.0.0) where one exists. docs/src/reference/fhir.md
//! maps every field of the register to where it goes here.
//!
//! The same records give the same bytes: resource ids come from the register's own keys (case
//! ids, row ids, the client's pseudonymous key), entries are sorted by their full URL, object
//! keys are written in sorted order (`resourceType` first) by `write`, and nothing here reads the
//! clock. Code displays are Finnish whatever the user's language: they are the register's words,
//! not the interface's.

mod answers;
mod audit;
mod care;
mod codes;
mod evidence;
mod people;
mod plans;
mod provenance;
mod units;

use serde_json::{json, Map, Value};

use crate::ops::export::{CaseRecord, Next, Shared};

/// HL7 Finland's base profiles (FI Base 2.0.0).
pub(crate) const FI_BASE: &str = "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition";

/// The Finnish personal identity code (henkilötunnus), as FI Base names it.
pub(crate) const HETU_SYSTEM: &str = "urn:oid:1.2.246.21";

/// What the resources of one export share: the canonical base, whether identities are replaced
/// by pseudonymous keys, and the service catalogue.
pub(crate) struct Frame<'a> {
    pub base: &'a str,
    pub pseudonymous: bool,
    pub shared: &'a Shared,
}

impl Frame<'_> {
    /// The URL of one of the register's own code systems.
    pub fn system(&self, name: &str) -> String {
        format!("{}/CodeSystem/{name}", self.base)
    }

    /// A code of one of the register's code systems, with its Finnish display.
    pub fn coding(&self, system: &str, code: &str) -> Value {
        let mut coding = Map::new();
        coding.insert("system".into(), self.system(system).into());
        coding.insert("code".into(), code.into());
        if let Some(display) = codes::display(system, code) {
            coding.insert("display".into(), display.into());
        }
        Value::Object(coding)
    }

    /// A CodeableConcept of one code of the register's code systems.
    pub fn concept(&self, system: &str, code: &str) -> Value {
        json!({ "coding": [self.coding(system, code)] })
    }

    /// The URL of one of the register's own extensions.
    pub fn extension(&self, name: &str) -> String {
        format!("{}/StructureDefinition/{name}", self.base)
    }

    /// The URL of one of the register's own identifier systems.
    pub fn identifier_system(&self, name: &str) -> String {
        format!("{}/NamingSystem/{name}", self.base)
    }

    /// Free text, or nothing in a pseudonymous export (free text may name anyone).
    pub fn free_text<'t>(&self, text: Option<&'t str>) -> Option<&'t str> {
        text.filter(|t| !self.pseudonymous && !t.trim().is_empty())
    }
}

/// One resource of the bundle: its type, its id and its other elements.
pub(crate) struct Resource {
    pub kind: &'static str,
    pub id: String,
    pub body: Value,
}

impl Resource {
    pub fn new(kind: &'static str, id: impl Into<String>, body: Value) -> Resource {
        Resource {
            kind,
            id: id.into(),
            body,
        }
    }
}

/// A reference to a resource of the bundle.
pub(crate) fn reference(kind: &str, id: &str) -> Value {
    json!({ "reference": format!("{kind}/{id}") })
}

/// The resource kinds several cases may name, written once, where first named.
const SHARED_KINDS: &[&str] = &[
    "Patient",
    "Practitioner",
    "PractitionerRole",
    "Organization",
    "Questionnaire",
    "Schedule",
];

/// Everything the bundle carries of one case.
fn case_resources(frame: &Frame, record: &CaseRecord) -> Vec<Resource> {
    let mut resources = Vec::new();
    people::patient(frame, record, &mut resources);
    people::professionals(frame, record, &mut resources);
    care::episode(frame, record, &mut resources);
    care::referral(frame, record, &mut resources);
    care::consents(frame, record, &mut resources);
    care::plans(frame, record, &mut resources);
    care::meetings(frame, record, &mut resources);
    provenance::timeline(frame, record, &mut resources);
    answers::responses(frame, record, &mut resources);
    evidence::responses(frame, record, &mut resources);
    audit::events(frame, record, &mut resources);
    resources
}

/// Writes the bundle's entries of `resources`, sorted by full URL, a shared resource only the
/// first time; `first`: no entry has been written yet.
fn write_entries(
    frame: &Frame,
    resources: Vec<Resource>,
    seen: &mut std::collections::HashSet<String>,
    first: &mut bool,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let mut entries: Vec<(String, Resource)> = resources
        .into_iter()
        .map(|r| (format!("{}/{}/{}", frame.base, r.kind, r.id), r))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut text = String::new();
    for (full_url, resource) in entries {
        if SHARED_KINDS.contains(&resource.kind) && !seen.insert(full_url.clone()) {
            continue;
        }
        let mut body = match resource.body {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        body.insert("resourceType".into(), resource.kind.into());
        body.insert("id".into(), resource.id.into());
        let entry = json!({ "fullUrl": full_url, "resource": Value::Object(body) });
        text.clear();
        text.push_str(if *first { "\n    " } else { ",\n    " });
        *first = false;
        write(&prune(entry).unwrap_or_default(), 2, &mut text);
        out.write_all(text.as_bytes())?;
    }
    Ok(())
}

/// The bundle, as pretty JSON ending with a line break, written to `out` one case at a time:
/// each case's entries sorted by full URL, in the order the cases come (oldest case number
/// first); a client's Patient, a user's Practitioner, a Questionnaire or a Schedule where first
/// named; then the Organizations and the code systems.
pub fn bundle(
    shared: &Shared,
    next: &mut Next,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let frame = Frame {
        base: &shared.base,
        pseudonymous: shared.pseudonymous,
        shared,
    };
    out.write_all(b"{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [")?;
    let mut seen = std::collections::HashSet::new();
    let mut first = true;
    let mut named_units = std::collections::BTreeMap::new();
    while let Some(record) = next()? {
        for unit in record.units.values() {
            named_units.insert(unit.code.clone(), unit.clone());
        }
        let resources = case_resources(&frame, &record);
        write_entries(&frame, resources, &mut seen, &mut first, out)?;
    }
    let mut closing = units::organizations(&frame, &named_units);
    closing.extend(codes::code_systems(&frame));
    write_entries(&frame, closing, &mut seen, &mut first, out)?;
    let meta = json!({ "tag": [ {
        "system": format!("{}/CodeSystem/export-kind", frame.base),
        "code": if shared.pseudonymous { "pseudonymous" } else { "identifiable" },
    } ] });
    let mut text = String::from("\n  ],\n  \"meta\": ");
    write(&meta, 1, &mut text);
    text.push_str(",\n  \"type\": \"collection\"\n}\n");
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// `value` without nulls, empty strings, empty arrays and empty objects, which FHIR does not
/// allow (an element is there with a value, or not at all); `None` when nothing is left.
fn prune(value: Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(items) => {
            let items: Vec<Value> = items.into_iter().filter_map(prune).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(map) => {
            let map: Map<String, Value> = map
                .into_iter()
                .filter_map(|(k, v)| prune(v).map(|v| (k, v)))
                .collect();
            (!map.is_empty()).then_some(Value::Object(map))
        }
        other => Some(other),
    }
}

/// `value` as pretty JSON (two spaces a level), each object's keys in sorted order with
/// `resourceType` first: the same whatever order the map kept them in.
fn write(value: &Value, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|k| (k.as_str() != "resourceType", k.as_str()));
            out.push('{');
            for (n, key) in keys.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                out.push_str(&Value::String(key.clone()).to_string());
                out.push_str(": ");
                write(&map[key], depth + 1, out);
            }
            indent(out, depth);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write(item, depth + 1, out);
            }
            indent(out, depth);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// What `moty export fhir --out FILE` wrote (`--json`).
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct FhirExported {
    pub file: String,
    pub cases: usize,
    pub clients: usize,
    /// Cases left out because their consent was withdrawn (no --include-withdrawn).
    pub withdrawn_left_out: usize,
}

/// Nothing more when the bundle went to standard output (a note of cases left out on standard
/// error); else what was written where.
pub fn exported(
    exported: &crate::ops::export::Exported,
    path: Option<&std::path::Path>,
    as_json: bool,
) -> String {
    let left_out = exported.withdrawn_left_out;
    let note = (left_out > 0).then(|| crate::text::fhir_withdrawn_left_out(left_out));
    match path {
        None => {
            if let Some(note) = note {
                super::warning(note.trim_end());
            }
            String::new()
        }
        Some(path) if as_json => super::json(&FhirExported {
            file: path.display().to_string(),
            cases: exported.cases,
            clients: exported.clients,
            withdrawn_left_out: left_out,
        }),
        Some(path) => {
            crate::text::fhir_exported(exported.cases, exported.clients, path)
                + &note.unwrap_or_default()
        }
    }
}

/// `moty settings fhir-base`: the canonical base, and whether it is the area's or the default.
pub fn base(base: &crate::ops::export::Base, as_json: bool) -> String {
    if as_json {
        return super::json(base);
    }
    crate::text::fhir_base_is(&base.url, base.set)
}

/// `moty settings wellbeing-area`: the area's name and OID, and a hint while neither is set.
pub fn wellbeing_area(area: &crate::ops::wellbeing_area::WellbeingArea, as_json: bool) -> String {
    if as_json {
        return super::json(area);
    }
    let mut out = crate::text::wellbeing_area_is(area.name.as_deref(), area.oid.as_deref());
    if !area.is_known() {
        out.push_str(&crate::text::wellbeing_area_none());
    }
    out
}
