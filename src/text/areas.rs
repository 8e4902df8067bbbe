//! Words of the service areas, the unit catalogue, the services' areas and the municipalities.

use super::i18n::t;
use super::shown;

pub fn h_area() -> String {
    t!("areas-h-area")
}

pub fn h_area_kind() -> String {
    t!("areas-h-kind")
}

pub fn h_finnish() -> String {
    t!("areas-h-finnish")
}

pub fn h_swedish() -> String {
    t!("areas-h-swedish")
}

pub fn h_english() -> String {
    t!("areas-h-english")
}

pub fn h_active() -> String {
    t!("areas-h-active")
}

pub fn h_as_written() -> String {
    t!("areas-h-as-written")
}

pub fn h_mapped_to() -> String {
    t!("areas-h-mapped-to")
}

pub fn h_referrals() -> String {
    t!("areas-h-referrals")
}

pub fn h_requests() -> String {
    t!("areas-h-requests")
}

/// The label of an area's kind.
pub fn area_kind(kind: &str) -> String {
    t!("areas-kind", kind = kind)
}

pub fn unknown_area(value: &str, allowed: &[String]) -> String {
    t!(
        "areas-unknown-area",
        value = shown(value),
        allowed = allowed.join(", ")
    )
}

pub fn unit_code_shape(code: &str) -> String {
    t!("areas-unit-code-shape", code = shown(code))
}

pub fn unknown_unit_code(code: &str, allowed: &[String]) -> String {
    t!(
        "areas-unknown-unit-code",
        code = shown(code),
        allowed = allowed.join(", ")
    )
}

/// A unit text that names no active catalogue unit, with the close ones.
pub fn unknown_unit(text: &str, close: &[(String, String)]) -> String {
    let list: Vec<String> = close
        .iter()
        .map(|(code, name)| {
            t!(
                "areas-unit-code-name",
                code = code.as_str(),
                name = name.as_str()
            )
        })
        .collect();
    match list.is_empty() {
        true => t!("areas-unknown-unit", text = shown(text)),
        false => t!(
            "areas-unknown-unit-close",
            text = shown(text),
            close = list.join(", ")
        ),
    }
}

pub fn unit_inactive(text: &str, code: &str) -> String {
    t!("areas-unit-inactive", text = shown(text), code = code)
}

pub fn unit_name_taken(name: &str, code: &str) -> String {
    t!("areas-unit-name-taken", name = shown(name), code = code)
}

pub fn text_names_unit(text: &str, code: &str) -> String {
    t!("areas-text-names-unit", text = shown(text), code = code)
}

pub fn unit_saved(code: &str, new: bool) -> String {
    let line = match new {
        true => t!("areas-unit-added", code = code),
        false => t!("areas-unit-changed", code = code),
    };
    format!("{line}\n")
}

pub fn unit_deactivated(code: &str) -> String {
    format!("{}\n", t!("areas-unit-deactivated", code = code))
}

pub fn text_mapped(text: &str, code: &str) -> String {
    format!(
        "{}\n",
        t!("areas-text-mapped", text = shown(text), code = code)
    )
}

pub fn no_unmapped() -> String {
    format!("{}\n", t!("areas-no-unmapped"))
}

pub fn service_area_set(code: &str, area: &str) -> String {
    format!(
        "{}\n",
        t!("areas-service-area-set", code = code, area = area)
    )
}

/// A municipality that is not on Statistics Finland's list, with the close ones.
pub fn unknown_municipality(text: &str, close: &[(&str, &str)]) -> String {
    let list: Vec<String> = close
        .iter()
        .map(|(code, name)| {
            let (code, name): (&str, &str) = (code, name);
            t!("areas-municipality-name-code", code = code, name = name)
        })
        .collect();
    match list.is_empty() {
        true => t!("areas-unknown-municipality", text = shown(text)),
        false => t!(
            "areas-unknown-municipality-close",
            text = shown(text),
            close = list.join(", ")
        ),
    }
}

// --- doctor --------------------------------------------------------------------------------

pub fn all_texts_mapped() -> String {
    t!("areas-all-texts-mapped")
}

pub fn all_services_have_areas() -> String {
    t!("areas-all-services-have-areas")
}

pub fn all_municipalities_known() -> String {
    t!("areas-all-municipalities-known")
}

pub fn unmapped_texts(texts: &[String]) -> String {
    let list: Vec<String> = texts.iter().map(|t| format!("'{t}'")).collect();
    t!(
        "areas-unmapped-texts",
        count = texts.len(),
        list = list.join(", ")
    )
}

pub fn services_without_area(codes: &[String]) -> String {
    t!(
        "areas-services-without-area",
        count = codes.len(),
        list = codes.join(", ")
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
