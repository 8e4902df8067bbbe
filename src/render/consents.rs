//! Consents: receipts of give / withdraw / send-kela and the consent table.

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::domain::records::Consent;
use crate::text;

/// A consent as printed: `in_force` is derived from the withdrawal date.
#[derive(Serialize, JsonSchema)]
pub struct ConsentView<'a> {
    #[serde(flatten)]
    consent: &'a Consent,
    in_force: bool,
}

#[derive(Serialize, JsonSchema)]
pub struct Withdrawn<'a> {
    case: &'a str,
    consent: ConsentView<'a>,
    case_closed: bool,
}

#[derive(Serialize, JsonSchema)]
pub struct ConsentList<'a> {
    case: &'a str,
    consents: Vec<ConsentView<'a>>,
}

pub fn views(all: &[Consent]) -> Vec<ConsentView<'_>> {
    all.iter()
        .map(|consent| ConsentView {
            consent,
            in_force: consent.is_active(),
        })
        .collect()
}

#[derive(Serialize, JsonSchema)]
pub struct Receipt<'a> {
    case: &'a str,
    consent: ConsentView<'a>,
}

fn receipt(case: &str, consent: &Consent) -> String {
    json(&Receipt {
        case,
        consent: ConsentView {
            consent,
            in_force: consent.is_active(),
        },
    })
}

pub fn consent_recorded(case: &str, consent: &Consent, as_json: bool) -> String {
    if as_json {
        return receipt(case, consent);
    }
    let mut out = text::consent_given(
        case,
        consent.id,
        consent.kind.as_str(),
        consent.method.as_str(),
        consent.given_on,
    );
    if let (Some(name), Some(authority)) = (&consent.representative, consent.authority) {
        out.push_str(&text::consent_given_by(name, authority));
    }
    out
}

pub fn consent_withdrawn(
    case: &str,
    done: &crate::ops::consent::Withdrawn,
    as_json: bool,
) -> String {
    let (consent, case_closed, still_open) =
        (&done.consent, done.case_closed, done.case_still_open);
    if as_json {
        return json(&Withdrawn {
            case,
            consent: ConsentView {
                consent,
                in_force: consent.is_active(),
            },
            case_closed,
        });
    }
    let mut out = text::consent_withdrawn(
        case,
        consent.id,
        consent.kind.as_str(),
        consent.withdrawn_on.unwrap_or_default(),
    );
    if case_closed {
        out.push_str(&text::closed(case, text::value_label("consent-withdrawn")));
    } else if still_open && consent.kind == crate::domain::ConsentKind::MultiProfessional {
        out.push_str(&text::still_open(case));
    }
    out
}

pub fn kela_form_sent(case: &str, consent: &Consent, as_json: bool) -> String {
    if as_json {
        return receipt(case, consent);
    }
    text::kela_sent(case, consent.sent_to_kela_on.unwrap_or_default())
}

pub fn consent_table(all: &[Consent]) -> String {
    if all.is_empty() {
        return format!("{}\n", text::no_consents());
    }
    let mut table = table(&[
        text::h_id(),
        text::h_kind(),
        text::h_method(),
        text::h_given(),
        text::h_status(),
        &text::h_given_by(),
        text::h_by(),
        text::h_scope(),
    ]);
    table.cards_below_wide();
    for c in all {
        table.add_row(vec![
            c.id.to_string(),
            text::value_label(c.kind.as_str()).to_string(),
            text::value_label(c.method.as_str()).to_string(),
            text::format::date(text::i18n::ui_language(), c.given_on),
            text::consent_status(c.withdrawn_on, c.sent_to_kela_on),
            text::given_by(c.representative.as_deref(), c.authority),
            c.recorded_by.clone(),
            or_none(&c.scope),
        ]);
    }
    format!("{table}\n")
}

pub fn consents(case: &str, all: &[Consent], as_json: bool) -> String {
    if as_json {
        return json(&ConsentList {
            case,
            consents: views(all),
        });
    }
    consent_table(all)
}
