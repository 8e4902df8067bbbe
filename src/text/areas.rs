//! Words of the service areas, the unit catalogue, the services' areas and the municipalities.

use super::i18n::t;
use super::shown;

pub const H_AREA: &str = "Area";
pub const H_AREA_KIND: &str = "Kind";
pub const H_FINNISH: &str = "Finnish";
pub const H_SWEDISH: &str = "Swedish";
pub const H_ENGLISH: &str = "English";
pub const H_ACTIVE: &str = "Active";
pub const H_AS_WRITTEN: &str = "Text (lower case)";
pub const H_MAPPED_TO: &str = "Unit";
pub const H_REFERRALS: &str = "Referrals";
pub const H_REQUESTS: &str = "Cases requesting";

pub const HOW_TO_ADD_UNIT: &str =
    "(moty settings units lists the units; moty settings units add CODE --area AREA --fi NAME --sv NAME --en NAME adds one)";

/// The label of an area's kind.
pub fn area_kind(kind: &str) -> &'static str {
    match kind {
        "sote" => "service area of the sote-centre",
        "outside" => "outside actor",
        _ => "?",
    }
}

pub fn unknown_area(value: &str, allowed: &[String]) -> String {
    format!(
        "'{}' is not a service area; use one of: {}",
        shown(value),
        allowed.join(", ")
    )
}

pub fn unit_code_shape(code: &str) -> String {
    format!(
        "'{}' is not a unit code; use lower-case letters, digits and hyphens (at most 40), e.g. memory-clinic",
        shown(code)
    )
}

pub fn unknown_unit_code(code: &str, allowed: &[String]) -> String {
    format!(
        "'{}' is not a unit of the catalogue; use one of: {}",
        shown(code),
        allowed.join(", ")
    )
}

/// A unit text that names no active catalogue unit, with the close ones.
pub fn unknown_unit(text: &str, close: &[(String, String)]) -> String {
    let close = if close.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = close
            .iter()
            .map(|(code, name)| format!("{code} ({name})"))
            .collect();
        format!(" Did you mean {}?", list.join(", "))
    };
    format!(
        "'{}' is not a unit of the catalogue; give a unit's code or its Finnish, Swedish or English name.{close} {HOW_TO_ADD_UNIT}",
        shown(text)
    )
}

pub fn unit_inactive(text: &str, code: &str) -> String {
    format!(
        "'{}' is unit {code}, which is deactivated; give an active unit {HOW_TO_ADD_UNIT}",
        shown(text)
    )
}

pub fn unit_name_taken(name: &str, code: &str) -> String {
    format!(
        "'{}' already names unit {code}; give another name, or change {code} with moty settings units add {code} …",
        shown(name)
    )
}

pub fn text_names_unit(text: &str, code: &str) -> String {
    format!(
        "'{}' is the code or a name of unit {code} and means it already; map it to {code} or leave it",
        shown(text)
    )
}

pub fn unit_saved(code: &str, new: bool) -> String {
    if new {
        format!("Added unit {code}.\n")
    } else {
        format!("Changed unit {code}.\n")
    }
}

pub fn unit_deactivated(code: &str) -> String {
    format!("Deactivated unit {code}: it is no longer offered; what was written with it stays.\n")
}

pub fn text_mapped(text: &str, code: &str) -> String {
    format!("'{}' now means unit {code}.\n", shown(text))
}

pub const NO_UNMAPPED: &str = "Every unit text is mapped to a unit.\n";

pub fn service_area_set(code: &str, area: &str) -> String {
    format!("Service {code} is in area {area}.\n")
}

/// A municipality that is not on Statistics Finland's list, with the close ones.
pub fn unknown_municipality(text: &str, close: &[(&str, &str)]) -> String {
    let close = if close.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = close
            .iter()
            .map(|(code, name)| format!("{name} ({code})"))
            .collect();
        format!(" Did you mean {}?", list.join(", "))
    };
    format!(
        "'{}' is not a municipality of Finland on Statistics Finland's 2026 list; give its Finnish or Swedish name or its three-digit code.{close}",
        shown(text)
    )
}

// --- doctor --------------------------------------------------------------------------------

pub const ALL_TEXTS_MAPPED: &str = "every unit text is mapped to a unit";
pub const ALL_SERVICES_HAVE_AREAS: &str = "every service has an area";
pub const ALL_MUNICIPALITIES_KNOWN: &str = "every client's municipality is on the list";

pub fn unmapped_texts(texts: &[String]) -> String {
    format!(
        "{} unit texts not mapped to a unit: {} (moty settings units unmapped; moty settings units map TEXT UNIT)",
        texts.len(),
        texts.iter().map(|t| format!("'{t}'")).collect::<Vec<_>>().join(", ")
    )
}

pub fn services_without_area(codes: &[String]) -> String {
    format!(
        "{} services without an area: {} (moty plan services set-area CODE AREA)",
        codes.len(),
        codes.join(", ")
    )
}

pub fn unknown_municipalities(names: &[(String, i64)]) -> String {
    let list: Vec<String> = names
        .iter()
        .map(|(name, clients)| {
            t!(
                "municipality-clients",
                name = name.as_str(),
                clients = clients
            )
        })
        .collect();
    t!(
        "unknown-municipalities",
        count = names.len(),
        list = list.join(", ")
    )
}
