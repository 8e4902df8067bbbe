//! The service areas, the unit catalogue and the unit texts as written.

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::domain::area::{Area, Unit, UnitText};
use crate::ops::areas::UnitCatalogue;
use crate::text;

/// `moty settings areas`.
#[derive(Serialize, JsonSchema)]
pub struct Areas<'a> {
    areas: &'a [Area],
}

/// `moty settings units` (and `units add | deactivate`).
#[derive(Serialize, JsonSchema)]
pub struct Units<'a> {
    units: &'a [Unit],
}

/// `moty settings units unmapped | map`.
#[derive(Serialize, JsonSchema)]
pub struct UnitTexts<'a> {
    texts: &'a [UnitText],
}

pub fn areas(all: &[Area], as_json: bool) -> String {
    if as_json {
        return json(&Areas { areas: all });
    }
    let mut t = table(&[
        &text::h_code(),
        &text::h_area_kind(),
        &text::h_english(),
        &text::h_finnish(),
        &text::h_swedish(),
    ]);
    for a in all {
        t.add_row([
            a.code.as_str(),
            &text::area_kind(&a.kind),
            &a.name_en,
            &a.name_fi,
            &a.name_sv,
        ]);
    }
    format!("{t}\n")
}

/// The unit catalogue; `receipt` (what was just done) comes first for people.
pub fn units(catalogue: &UnitCatalogue, receipt: Option<String>, as_json: bool) -> String {
    if as_json {
        return json(&Units {
            units: &catalogue.units,
        });
    }
    // The names in the UI language's first: the one a coordinator reads, then the other two.
    let finnish_first = text::i18n::ui_language() == crate::domain::Language::Fi;
    let (names, headings) = if finnish_first {
        (
            [1, 2, 0],
            [text::h_finnish(), text::h_swedish(), text::h_english()],
        )
    } else {
        (
            [0, 1, 2],
            [text::h_english(), text::h_finnish(), text::h_swedish()],
        )
    };
    let mut t = table(&[
        &text::h_code(),
        &text::h_area(),
        &headings[0],
        &headings[1],
        &headings[2],
        &text::h_active(),
    ]);
    for u in &catalogue.units {
        let all = [u.name_en.as_str(), &u.name_fi, &u.name_sv];
        t.add_row([
            u.code.as_str(),
            &u.area,
            all[names[0]],
            all[names[1]],
            all[names[2]],
            text::yes_no(u.active),
        ]);
    }
    format!("{}{t}\n", receipt.unwrap_or_default())
}

/// The unit texts; `empty` is said instead of an empty table.
pub fn unit_texts(
    texts: &[UnitText],
    receipt: Option<String>,
    empty: &str,
    as_json: bool,
) -> String {
    if as_json {
        return json(&UnitTexts { texts });
    }
    let receipt = receipt.unwrap_or_default();
    if texts.is_empty() {
        return format!("{receipt}{empty}");
    }
    let mut t = table(&[
        &text::h_as_written(),
        &text::h_mapped_to(),
        &text::h_referrals(),
        &text::h_requests(),
    ]);
    for x in texts {
        t.add_row([
            x.text.clone(),
            or_none(&x.unit),
            x.referrals.to_string(),
            x.requests.to_string(),
        ]);
    }
    format!("{receipt}{t}\n")
}
