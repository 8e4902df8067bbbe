//! The published shapes of every `--json` document, as JSON Schemas generated from the types
//! that are serialised (docs/schemas/NAME.json; a test keeps them current and validates each
//! command's output against its schema). The two report documents are built from typed cells, so
//! their schema is written here by hand.

use schemars::{json_schema, schema_for, Schema};

use super::agenda::AgendaDoc;
use super::areas::{Areas, UnitTexts, Units};
use super::cases::{FileView, Found, Listed};
use super::consents::{ConsentList, Receipt, Withdrawn};
use super::dpo::{AccessLogExport, DisclosureLogExport, Exported, Retention};
use super::feedback::{FeedbackRecorded, Statements};
use super::outcomes::OutcomesDoc;
use super::plan::{FollowUpRecorded, FollowUpsDue, PlanHistory, PlanSaved, PlanShown, Services};
use super::registry::{
    AccessList, DirectoryList, DirectorySaved, DisclosureList, Doctor, Imported, Verify,
};
use super::schedule::{BookingView, Candidates, Rules, TeamRequestDoc};
use super::triage::{Moved, Queue};
use super::{Demo, Doc};
use crate::domain::records::Anomalies;
use crate::ops::backup::Manifest;
use crate::ops::refer::Registered;

/// Every document, by the name of its schema file, and the commands that print it.
pub fn all() -> Vec<(&'static str, &'static str, Schema)> {
    documents()
        .into_iter()
        .map(|(name, commands, schema)| (name, commands, strict(name, schema)))
        .collect()
}

/// Names the document and closes every object to the properties it lists, so a field added
/// without its schema, a misspelt one or a number printed as a string fails validation.
fn strict(name: &str, schema: Schema) -> Schema {
    fn close(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), false.into());
                }
                map.values_mut().for_each(close);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(close),
            _ => {}
        }
    }
    let mut value = schema.to_value();
    close(&mut value);
    if let Some(map) = value.as_object_mut() {
        map.insert("title".into(), name.into());
    }
    // The document's own version, where its shape has one.
    let version = match name {
        "outcomes" => super::outcomes::OUTCOMES_SCHEMA,
        _ => super::SCHEMA,
    };
    if let Some(property) = value.pointer_mut("/properties/schema") {
        *property = serde_json::json!({
            "description": "The version of this document's shape.",
            "const": version
        });
    }
    Schema::try_from(value).unwrap_or_default()
}

fn documents() -> Vec<(&'static str, &'static str, Schema)> {
    vec![
        ("refer", "moty refer", schema_for!(Doc<'static, Registered>)),
        (
            "consent",
            "moty consent give | send-kela",
            schema_for!(Doc<'static, Receipt<'static>>),
        ),
        (
            "consent-withdrawn",
            "moty consent withdraw",
            schema_for!(Doc<'static, Withdrawn<'static>>),
        ),
        (
            "client",
            "moty client",
            schema_for!(Doc<'static, crate::ops::client::Changed>),
        ),
        (
            "consent-list",
            "moty consent list",
            schema_for!(Doc<'static, ConsentList<'static>>),
        ),
        (
            "find",
            "moty find",
            schema_for!(Doc<'static, Found<'static>>),
        ),
        (
            "list",
            "moty list",
            schema_for!(Doc<'static, Listed<'static>>),
        ),
        (
            "show",
            "moty show",
            schema_for!(Doc<'static, FileView<'static>>),
        ),
        (
            "triage-queue",
            "moty triage --list",
            schema_for!(Doc<'static, Queue<'static>>),
        ),
        (
            "admin",
            "moty admin init | migrate | user add",
            schema_for!(Doc<'static, super::admin::Admin<'static>>),
        ),
        (
            "admin-import",
            "moty admin import-sqlite",
            schema_for!(Doc<'static, super::import::Import<'static>>),
        ),
        (
            "import-referrals",
            "moty import referrals",
            schema_for!(Doc<'static, super::sheet::Import<'static>>),
        ),
        (
            "login",
            "moty login, moty logout",
            schema_for!(Doc<'static, super::login::Login<'static>>),
        ),
        (
            "moved",
            "moty triage CASE, moty close, moty reopen",
            schema_for!(Doc<'static, Moved<'static>>),
        ),
        (
            "meeting",
            "moty schedule CASE, schedule held | no-show | cancel | move",
            schema_for!(Doc<'static, BookingView<'static>>),
        ),
        (
            "candidates",
            "moty schedule CASE --dry-run",
            schema_for!(Doc<'static, Candidates<'static>>),
        ),
        (
            "slots",
            "moty schedule slots, schedule close-day",
            schema_for!(Doc<'static, Rules<'static>>),
        ),
        (
            "team-request",
            "moty schedule request | answer",
            schema_for!(Doc<'static, TeamRequestDoc<'static>>),
        ),
        (
            "agenda",
            "moty schedule list",
            schema_for!(Doc<'static, AgendaDoc>),
        ),
        (
            "plan-saved",
            "moty plan CASE",
            schema_for!(Doc<'static, PlanSaved<'static>>),
        ),
        (
            "plan",
            "moty plan show",
            schema_for!(Doc<'static, PlanShown<'static>>),
        ),
        (
            "plan-history",
            "moty plan show --history",
            schema_for!(Doc<'static, PlanHistory<'static>>),
        ),
        (
            "services",
            "moty plan services",
            schema_for!(Doc<'static, Services<'static>>),
        ),
        (
            "move-region",
            "moty move-region",
            schema_for!(Doc<'static, crate::ops::region::Moved>),
        ),
        (
            "config",
            "moty config path | list | set | unset",
            schema_for!(Doc<'static, super::ConfigList<'static>>),
        ),
        (
            "config-value",
            "moty config get",
            schema_for!(Doc<'static, super::ConfigSetting<'static>>),
        ),
        (
            "my-region",
            "moty settings my-region",
            schema_for!(Doc<'static, super::MyRegion<'static>>),
        ),
        (
            "follow-ups-due",
            "moty follow-up due",
            schema_for!(Doc<'static, FollowUpsDue<'static>>),
        ),
        (
            "follow-up",
            "moty follow-up CASE",
            schema_for!(Doc<'static, FollowUpRecorded<'static>>),
        ),
        (
            "feedback",
            "moty feedback CASE",
            schema_for!(Doc<'static, FeedbackRecorded<'static>>),
        ),
        (
            "statements",
            "moty settings statements, settings statements new",
            schema_for!(Doc<'static, Statements<'static>>),
        ),
        (
            "kela-outcome",
            "moty kela-outcome",
            schema_for!(Doc<'static, crate::ops::kela::Concluded>),
        ),
        (
            "correct",
            "moty correct",
            schema_for!(Doc<'static, crate::ops::correct::Corrected>),
        ),
        (
            "estimate",
            "moty estimate",
            schema_for!(Doc<'static, crate::ops::estimate::Recorded>),
        ),
        (
            "survey",
            "moty survey",
            schema_for!(Doc<'static, crate::ops::survey::Recorded>),
        ),
        (
            "directory-saved",
            "moty directory add | edit",
            schema_for!(Doc<'static, DirectorySaved>),
        ),
        (
            "directory-imported",
            "moty directory import",
            schema_for!(Doc<'static, Imported>),
        ),
        (
            "directory",
            "moty directory list | find",
            schema_for!(Doc<'static, DirectoryList<'static>>),
        ),
        (
            "audit-access",
            "moty audit access CASE | --by USER",
            schema_for!(Doc<'static, AccessList<'static>>),
        ),
        (
            "audit-anomalies",
            "moty audit anomalies",
            schema_for!(Doc<'static, Anomalies>),
        ),
        (
            "audit-export",
            "moty audit export",
            schema_for!(Doc<'static, Exported>),
        ),
        (
            "fhir-base",
            "moty settings fhir-base",
            schema_for!(Doc<'static, crate::ops::export::Base>),
        ),
        (
            "wellbeing-area",
            "moty settings wellbeing-area",
            schema_for!(Doc<'static, crate::ops::wellbeing_area::WellbeingArea>),
        ),
        (
            "export-fhir",
            "moty export fhir --out FILE",
            schema_for!(Doc<'static, super::fhir::FhirExported>),
        ),
        (
            "access-log-export",
            "the file of moty audit export --log access --format json",
            schema_for!(Doc<'static, AccessLogExport<'static>>),
        ),
        (
            "disclosure-log-export",
            "the file of moty audit export --log disclosure --format json",
            schema_for!(Doc<'static, DisclosureLogExport<'static>>),
        ),
        (
            "retention",
            "moty settings retention",
            schema_for!(Doc<'static, Retention>),
        ),
        (
            "follow-up-weeks",
            "moty settings follow-up-weeks",
            schema_for!(Doc<'static, crate::ops::follow_up::TeamInterval>),
        ),
        (
            "contact-settings",
            "moty settings contact",
            schema_for!(Doc<'static, crate::ops::contact::Settings>),
        ),
        (
            "contact-card",
            "moty contact",
            schema_for!(Doc<'static, crate::ops::contact::Card>),
        ),
        (
            "areas",
            "moty settings areas",
            schema_for!(Doc<'static, Areas<'static>>),
        ),
        (
            "units",
            "moty settings units [list | add | deactivate]",
            schema_for!(Doc<'static, Units<'static>>),
        ),
        (
            "unit-texts",
            "moty settings units unmapped | map",
            schema_for!(Doc<'static, UnitTexts<'static>>),
        ),
        (
            "audit-disclosures",
            "moty audit disclosures",
            schema_for!(Doc<'static, DisclosureList<'static>>),
        ),
        (
            "audit-verify",
            "moty audit verify",
            schema_for!(Doc<'static, Verify<'static>>),
        ),
        (
            "doctor",
            "moty doctor",
            schema_for!(Doc<'static, Doctor<'static>>),
        ),
        ("backup", "moty backup", schema_for!(Doc<'static, Manifest>)),
        (
            "restore",
            "moty restore",
            schema_for!(Doc<'static, crate::ops::backup::Restored>),
        ),
        (
            "audit-keygen",
            "moty audit keygen",
            schema_for!(Doc<'static, super::KeygenDoc<'static>>),
        ),
        (
            "audit-checkpoint",
            "moty audit checkpoint",
            schema_for!(Doc<'static, crate::ops::checkpoint::Checkpoint>),
        ),
        (
            "purge",
            "moty purge",
            schema_for!(Doc<'static, super::PurgedDoc<'static>>),
        ),
        (
            "demo",
            "moty demo",
            schema_for!(Doc<'static, Demo<'static>>),
        ),
        (
            "outcomes",
            "moty report outcomes",
            schema_for!(Doc<'static, OutcomesDoc<'static>>),
        ),
        (
            "report-weekly",
            "moty report weekly --format json",
            report(true),
        ),
        ("report-queue", "moty report queue", report(false)),
        (
            "consultation",
            "moty consult, consult link",
            schema_for!(Doc<'static, super::consultations::ConsultationDoc<'static>>),
        ),
        (
            "consultations",
            "moty consult list",
            schema_for!(Doc<'static, super::consultations::ConsultationList<'static>>),
        ),
        (
            "report-consultations",
            "moty report consultations --format json",
            schema_for!(Doc<'static, super::consultations::ConsultationReportDoc<'static>>),
        ),
    ]
}

/// The report documents: sections of rows whose cells are numbers, booleans, dates and times,
/// codes, text, case-id lists, or lists of requested units.
fn report(weekly: bool) -> Schema {
    let cell = json_schema!({
        "description": "A cell: a number, a boolean, a date (YYYY-MM-DD), a wall-clock time (YYYY-MM-DD HH:MM), a code or free text, a list of case ids, or the requested units of a Yhteistyö-tiimi request; null when nothing is recorded",
        "anyOf": [
            { "type": "null" },
            { "type": "integer" },
            { "type": "boolean" },
            { "type": "string" },
            { "type": "array", "items": { "type": "string" } },
            { "type": "array", "items": {
                "type": "object",
                "required": ["unit", "answered_on", "schedule", "worker", "description_sent_on",
                    "acknowledged_on", "due_on"],
                "properties": {
                    "unit": { "type": "string" },
                    "answered_on": { "type": ["string", "null"] },
                    "schedule": { "type": ["string", "null"] },
                    "worker": { "type": ["string", "null"] },
                    "description_sent_on": { "type": ["string", "null"] },
                    "acknowledged_on": { "type": ["string", "null"] },
                    "due_on": { "type": ["string", "null"] }
                },
                "additionalProperties": false
            } }
        ]
    });
    let sections: Vec<&str> = if weekly {
        vec![
            "team_agenda",
            "units_not_answered",
            "team_units_late",
            "meetings",
            "consents_and_forms",
            "new_referrals",
            "follow_ups",
            "withheld",
            "register",
        ]
    } else {
        vec![
            "untriaged",
            "meetings_to_mark_held",
            "kela_forms",
            "consents_to_collect",
            "follow_ups_due",
            "plans_without_key_worker",
            "team_units_late",
        ]
    };
    let rows = json_schema!({
        "type": "array",
        "items": { "type": "object", "additionalProperties": cell }
    });
    let properties: serde_json::Map<String, serde_json::Value> = sections
        .iter()
        .map(|s| (s.to_string(), rows.clone().to_value()))
        .collect();
    let period = if weekly {
        json_schema!({
            "week": { "type": "string", "pattern": "^[0-9]{4}-W[0-9]{2}$" },
            "from": { "type": "string", "format": "date" },
            "to": { "type": "string", "format": "date" }
        })
    } else {
        json_schema!({ "date": { "type": "string", "format": "date" } })
    };
    let mut top = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": if weekly { "WeeklyReport" } else { "WorkList" },
        "type": "object",
        "required": ["schema", "sections"],
        "properties": {
            "schema": { "type": "integer", "format": "uint32", "minimum": 0 },
            "sections": {
                "type": "object",
                "required": sections,
                "properties": properties,
                "additionalProperties": false
            }
        },
        "additionalProperties": false
    });
    if let (Some(props), Some(extra)) = (
        top["properties"].as_object_mut(),
        period.as_object().cloned(),
    ) {
        props.extend(extra);
    }
    if !weekly {
        // With --limit: the sections cut short, how many rows each has left and where the next
        // page starts (--section KEY --after PLACE).
        let rest = json_schema!({
            "type": "object",
            "required": ["more", "after"],
            "properties": {
                "more": { "type": "integer", "minimum": 1 },
                "after": { "type": "string" }
            },
            "additionalProperties": false
        });
        let rests: serde_json::Map<String, serde_json::Value> = sections
            .iter()
            .map(|s| (s.to_string(), rest.clone().to_value()))
            .collect();
        top["properties"]["rest"] = serde_json::json!({
            "type": "object",
            "properties": rests,
            "additionalProperties": false
        });
    }
    Schema::try_from(top).unwrap_or_default()
}
