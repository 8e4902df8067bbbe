//! The words of `moty export fhir`: its errors, its disclosure-log row and its summary.

use chrono::NaiveDate;

use super::format;
use super::i18n::{t, ui_language};

/// No case was open in the period (of the case or client named).
pub fn export_nothing(from: Option<NaiveDate>, until: NaiveDate) -> String {
    let until = format::date(ui_language(), until);
    match from {
        Some(from) => {
            let from = format::date(ui_language(), from);
            t!("export-nothing-between", from = from, until = until)
        }
        None => t!("export-nothing-until", until = until),
    }
}

/// Every case in the selection had its consent withdrawn, and --include-withdrawn was not given.
pub fn export_only_withdrawn(cases: usize) -> String {
    t!("export-only-withdrawn", cases = cases)
}

/// --client names an identity code no client of the register has.
pub fn export_no_client() -> String {
    t!("export-no-client")
}

/// --include-withdrawn needs --reason.
pub fn export_withdrawn_reason() -> String {
    t!("export-withdrawn-reason")
}

/// The disclosure-log row's "what".
pub fn fhir_what(pseudonymous: bool, withdrawn_reason: Option<&str>) -> String {
    let kind = if pseudonymous {
        "pseudonymous"
    } else {
        "identifiable"
    };
    match withdrawn_reason {
        Some(reason) => t!(
            "export-fhir-what-withdrawn",
            kind = kind,
            reason = reason.to_string()
        ),
        None => t!("export-fhir-what", kind = kind),
    }
}

/// The summary after the bundle was written to a file.
pub fn fhir_exported(cases: usize, clients: usize, path: &std::path::Path) -> String {
    let path = path.display().to_string();
    format!(
        "{}\n",
        t!(
            "export-fhir-written",
            cases = cases,
            clients = clients,
            path = path
        )
    )
}

/// How many cases were left out because their consent was withdrawn.
pub fn fhir_withdrawn_left_out(cases: usize) -> String {
    format!("{}\n", t!("export-fhir-withdrawn-left-out", cases = cases))
}

/// The Finnish (or other) words of the two kinds of request a bundle has: the referral that
/// opened the case, and an onward pathway of the plan.
pub fn fhir_request_kind(language: crate::domain::Language, referral: bool) -> String {
    use super::i18n::t_in;
    if referral {
        t_in!(language, "export-fhir-request-referral")
    } else {
        t_in!(language, "export-fhir-request-pathway")
    }
}

/// --reason without --include-withdrawn.
pub fn export_reason_alone() -> String {
    t!("export-reason-alone")
}

/// A question of the follow-up call's or the feedback's Questionnaire, in `language` (the
/// bundle's words are Finnish).
pub fn fhir_question(language: crate::domain::Language, id: &str) -> String {
    use super::i18n::t_in;
    match id {
        "follow-up" => t_in!(language, "export-fhir-q-follow-up"),
        "reception-feedback" => t_in!(language, "export-fhir-q-reception-feedback"),
        "reached" => t_in!(language, "export-fhir-q-reached"),
        "status" => t_in!(language, "export-fhir-q-status"),
        "knows-contact" => t_in!(language, "export-fhir-q-knows-contact"),
        "usefulness" => t_in!(language, "export-fhir-q-usefulness"),
        "appointments-saved" => t_in!(language, "export-fhir-q-appointments-saved"),
        "saved-services" => t_in!(language, "export-fhir-q-saved-services"),
        "time-saved" => t_in!(language, "export-fhir-q-time-saved"),
        "note" => t_in!(language, "export-fhir-q-note"),
        "next-step" => t_in!(language, "export-fhir-q-next-step"),
        "next-on" => t_in!(language, "export-fhir-q-next-on"),
        "estimate" => t_in!(language, "export-fhir-q-estimate"),
        "service" => t_in!(language, "export-fhir-q-service"),
        "count" => t_in!(language, "export-fhir-q-count"),
        "at-follow-up" => t_in!(language, "export-fhir-q-at-follow-up"),
        "how" => t_in!(language, "export-fhir-q-how"),
        "professional-survey" => t_in!(language, "export-fhir-q-professional-survey"),
        "role" => t_in!(language, "export-fhir-q-role"),
        "added-value" => t_in!(language, "export-fhir-q-added-value"),
        "kela-benefit" => t_in!(language, "export-fhir-q-kela-benefit"),
        "survey-text" => t_in!(language, "export-fhir-q-survey-text"),
        "kela-conclusions" => t_in!(language, "export-fhir-q-kela-conclusions"),
        "conclusion" => t_in!(language, "export-fhir-q-conclusion"),
        "kind" => t_in!(language, "export-fhir-q-kind"),
        "statement" => t_in!(language, "export-fhir-q-statement"),
        "conclusion-text" => t_in!(language, "export-fhir-q-conclusion-text"),
        "responsible" => t_in!(language, "export-fhir-q-responsible"),
        "due" => t_in!(language, "export-fhir-q-due"),
        _ => t_in!(language, "export-fhir-q-feedback-text"),
    }
}

/// A canonical base that is not one.
pub fn canonical_base_shape(value: &str) -> String {
    t!("export-canonical-base-shape", value = value.to_string())
}

/// An OID that is not one.
pub fn oid_shape(value: &str) -> String {
    t!("export-oid-shape", value = value.to_string())
}

/// `moty settings wellbeing-area`: the area's name and OID, and how to set them when neither is.
pub fn wellbeing_area_is(name: Option<&str>, oid: Option<&str>) -> String {
    let unset = || t!("export-area-unset");
    let name = name.map_or_else(unset, str::to_string);
    let oid = oid.map_or_else(unset, str::to_string);
    format!(
        "{}\n{}\n",
        t!("export-area-name", name = name),
        t!("export-area-oid", oid = oid)
    )
}

/// What the export does while no wellbeing area is set.
pub fn wellbeing_area_none() -> String {
    format!("{}\n", t!("export-area-none"))
}

/// `moty settings fhir-base`.
pub fn fhir_base_is(url: &str, set: bool) -> String {
    let url = url.to_string();
    let line = if set {
        t!("export-fhir-base-set", url = url)
    } else {
        t!("export-fhir-base-default", url = url)
    };
    format!("{line}\n")
}
