//! Words of protection and representation (issue #13, items 8 and 12): the non-disclosure
//! warning, consent by a representative, the client's language and interpreter, the legal basis
//! of a disclosure, the contact request, and the plan for the client in Finnish and Swedish.
//!
//! Messages `protect-…` in the UI language (`t!`); the plan given to the client is `doc-plan-…`,
//! in the client's language (`t_in!`), Swedish included.

use chrono::NaiveDate;

use super::format;
use super::i18n::{t, t_in};

use crate::domain::{Authority, Language, LegalBasisKind};

// --- non-disclosure for personal safety (turvakielto) ---------------------------------------

/// Shown above everything else wherever one client is shown.
pub fn non_disclosure_warning() -> String {
    t!("protect-non-disclosure-warning")
}

/// One line per client with the order, above a list that shows them.
pub fn non_disclosure_case(case: &str) -> String {
    t!("protect-non-disclosure-case", case = case)
}

/// The warning lines for the cases of a list with the order, one per case, then an empty line;
/// nothing when none has it.
pub fn non_disclosure_lines<'a>(cases: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for case in cases {
        if !seen.contains(&case) {
            seen.push(case);
        }
    }
    if seen.is_empty() {
        return String::new();
    }
    let mut out: String = seen
        .iter()
        .map(|case| format!("{}\n", non_disclosure_case(case)))
        .collect();
    out.push('\n');
    out
}

pub fn l_non_disclosure() -> String {
    t!("protect-l-non-disclosure")
}

pub fn l_language() -> String {
    t!("protect-l-language")
}

pub fn l_interpreter() -> String {
    t!("protect-l-interpreter")
}

pub fn h_given_by() -> String {
    t!("protect-h-given-by")
}

pub fn the_client() -> String {
    t!("protect-the-client")
}

pub fn no_interpreter() -> String {
    t!("protect-no-interpreter")
}

pub fn non_disclosure_marked(on: bool) -> String {
    match on {
        true => t!("protect-non-disclosure-yes"),
        false => t!("protect-non-disclosure-no"),
    }
}

pub fn interpreter_line(language: Option<&str>) -> String {
    match language {
        Some(language) => t!("protect-interpreter-needed", language = language),
        None => no_interpreter(),
    }
}

pub fn non_disclosure_reason_needed() -> String {
    t!("protect-reason-needed")
}

pub fn reason_only_with_order() -> String {
    t!("protect-reason-only-with-order")
}

pub fn client_nothing_to_change() -> String {
    t!("protect-client-nothing-to-change")
}

pub fn interpreter_shape() -> String {
    t!("protect-interpreter-shape")
}

pub fn non_disclosure_unchanged(case: &str, on: bool) -> String {
    match on {
        true => t!("protect-non-disclosure-already", case = case),
        false => t!("protect-non-disclosure-none", case = case),
    }
}

/// The receipt of `moty client`: each fact that changed, as it now is.
pub fn client_changed(
    case: &str,
    changed: &[&str],
    non_disclosure: bool,
    language: Option<&str>,
    interpreter: Option<&str>,
) -> String {
    if changed.is_empty() {
        return format!("{}\n", t!("protect-client-unchanged", case = case));
    }
    let facts: Vec<String> = changed
        .iter()
        .map(|field| match *field {
            "non_disclosure" if non_disclosure => t!("protect-fact-non-disclosure-marked"),
            "non_disclosure" => t!("protect-fact-non-disclosure-cleared"),
            "language" => {
                let language = match language {
                    Some(code) => super::value_label(code).to_string(),
                    None => super::NONE.to_string(),
                };
                t!("protect-fact-language", language = language)
            }
            _ => t!(
                "protect-fact-interpreter",
                interpreter = interpreter_line(interpreter)
            ),
        })
        .collect();
    let facts = facts.join("; ");
    format!(
        "{}\n",
        t!("protect-client-changed", case = case, facts = facts)
    )
}

/// The timeline line of a non-disclosure change.
pub fn non_disclosure_summary(label: &str, detail: &serde_json::Value) -> String {
    let on = detail
        .get("non_disclosure")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let what = match on {
        true => "marked",
        false => "cleared",
    };
    match detail.get("reason").and_then(|v| v.as_str()) {
        Some(reason) if !reason.is_empty() => t!(
            "protect-non-disclosure-summary-reason",
            label = label,
            what = what,
            reason = reason
        ),
        _ => t!("protect-non-disclosure-summary", label = label, what = what),
    }
}

// --- consent by a representative ------------------------------------------------------------

pub fn custodian_for_adult() -> String {
    t!("protect-custodian-for-adult")
}

pub fn representative_needs_authority() -> String {
    t!("protect-representative-needs-authority")
}

pub fn authority_needs_representative() -> String {
    t!("protect-authority-needs-representative")
}

/// Who gave a consent, for the consent table and the timeline.
pub fn given_by(representative: Option<&str>, authority: Option<Authority>) -> String {
    match (representative, authority) {
        (Some(name), Some(authority)) => {
            let authority = super::value_label(authority.as_str()).to_string();
            t!("protect-given-by", name = name, authority = authority)
        }
        (Some(name), None) => name.to_string(),
        _ => the_client(),
    }
}

pub fn consent_given_by(name: &str, authority: Authority) -> String {
    let authority = super::value_label(authority.as_str()).to_string();
    format!(
        "{}\n",
        t!(
            "protect-consent-given-by",
            name = name,
            authority = authority
        )
    )
}

// --- the contact request (yhteydenottopyyntö) -------------------------------------------------

/// `step`: what cannot be done, already worded ("book the joint assessment").
pub fn contact_request_gate(step: &str, withdrawn: bool, case_id: &str) -> String {
    match withdrawn {
        true => t!(
            "protect-contact-request-withdrawn",
            step = step,
            case = case_id
        ),
        false => t!(
            "protect-contact-request-missing",
            step = step,
            case = case_id
        ),
    }
}

// --- the legal basis of a disclosure ----------------------------------------------------------

pub fn legal_basis_shape(value: &str) -> String {
    let value = super::shown(value).to_string();
    t!("protect-legal-basis-shape", value = value)
}

pub fn legal_basis_name_it() -> String {
    t!("protect-legal-basis-name-it")
}

/// The legal basis in words, for the disclosure table. A basis moty named by default (below) is
/// stored in English, the same in every language, and worded here in the UI language.
pub fn legal_basis_words(basis: Option<LegalBasisKind>, named: Option<&str>) -> String {
    match (basis, named) {
        (Some(LegalBasisKind::Other), Some(named)) => {
            let named = default_basis_words(named).unwrap_or_else(|| named.to_string());
            t!("protect-basis-other", named = named)
        }
        (Some(basis), _) => super::value_label(basis.as_str()).to_string(),
        (None, _) => not_recorded_basis(),
    }
}

/// What a disclosure log row says was disclosed, in the UI language when moty wrote it in its
/// fixed English words (the log keeps them as written: it is evidence, and hashed); what a
/// person or another language wrote, as stored.
pub fn disclosure_what(stored: &str) -> String {
    match stored {
        super::DESCRIPTION_SENT_WHAT => t!("protect-what-description"),
        CALENDAR_WHAT => t!("protect-what-calendar"),
        BACKUP_WHAT => t!("protect-what-backup"),
        other => other.to_string(),
    }
}

/// What `schedule ics` and `backup` record in the disclosure log, in English in every language.
pub const CALENDAR_WHAT: &str = "calendar (iCalendar)";
pub const BACKUP_WHAT: &str = "backup of the register";

/// A default basis below, in words; `None` for a basis a person named.
fn default_basis_words(named: &str) -> Option<String> {
    Some(match named {
        BASIS_CLIENTS_OWN_PLAN => t!("protect-basis-clients-own-plan"),
        BASIS_ANONYMOUS_FIGURES => t!("protect-basis-anonymous-figures"),
        BASIS_SUPERVISION => t!("protect-basis-supervision"),
        BASIS_OWN_BACKUP => t!("protect-basis-own-backup"),
        BASIS_CARRIED_UNRECORDED => t!("protect-basis-carried-unrecorded"),
        _ => return None,
    })
}

pub fn not_recorded_basis() -> String {
    t!("protect-basis-not-recorded")
}

pub fn h_legal_basis() -> String {
    t!("protect-h-legal-basis")
}

/// The documented defaults of `--legal-basis` that name another basis. They are stored in the
/// disclosure log as they are here, in English in every language (the log is evidence and its
/// JSON never changes with the language); `legal_basis_words` words them for people.
pub const BASIS_CLIENTS_OWN_PLAN: &str =
    "the client's own plan, handed to the client (Client Data Act 703/2023)";
pub const BASIS_ANONYMOUS_FIGURES: &str = "anonymous aggregate figures, no personal data";
pub const BASIS_SUPERVISION: &str =
    "log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)";
pub const BASIS_OWN_BACKUP: &str = "the controller's own backup copy of the register";
/// A row a restore carried from a register that had no basis recorded for it.
pub const BASIS_CARRIED_UNRECORDED: &str = "not recorded in the register the row was carried from";

pub fn basis_missing() -> String {
    t!("protect-basis-missing")
}

pub fn basis_edited() -> String {
    t!("protect-basis-edited")
}

/// `problem`: `basis_missing()` or `basis_edited()`.
pub fn basis_problem(id: i64, problem: &str) -> String {
    t!("protect-basis-problem", id = id, problem = problem)
}

// --- the plan for the client, in the client's language ---------------------------------------

pub fn client_copy_only() -> String {
    t!("protect-client-copy-only")
}

// The plan is a document given to the client: its words are `doc-plan-…` messages, which the
// Swedish catalogue has too, asked for in the client's language with `t_in!`.

pub fn copy_title(language: Language, name: &str) -> String {
    t_in!(language, "doc-plan-title", name = name)
}

pub fn copy_intro(language: Language, case: &str, date: NaiveDate) -> String {
    let date = format::date(language, date);
    t_in!(language, "doc-plan-intro", case = case, date = date)
}

pub fn copy_heading(language: Language, section: &str) -> String {
    match section {
        "contact" => t_in!(language, "doc-plan-heading-contact"),
        "goals" => t_in!(language, "doc-plan-heading-goals"),
        "pathways" => t_in!(language, "doc-plan-heading-pathways"),
        _ => t_in!(language, "doc-plan-heading-actions"),
    }
}

pub fn copy_contact(
    language: Language,
    name: Option<&str>,
    unit: Option<&str>,
    contact: Option<&str>,
) -> String {
    let Some(name) = name else {
        return t_in!(language, "doc-plan-contact-unnamed");
    };
    match (unit, contact) {
        (None, None) => t_in!(language, "doc-plan-contact", name = name),
        (Some(unit), None) => t_in!(language, "doc-plan-contact-unit", name = name, unit = unit),
        (None, Some(contact)) => {
            t_in!(
                language,
                "doc-plan-contact-reach",
                name = name,
                contact = contact
            )
        }
        (Some(unit), Some(contact)) => t_in!(
            language,
            "doc-plan-contact-unit-reach",
            name = name,
            unit = unit,
            contact = contact
        ),
    }
}

pub fn copy_pathway(
    language: Language,
    service: &str,
    unit: Option<&str>,
    who: Option<&str>,
    on: Option<NaiveDate>,
    booked: bool,
    purpose: Option<&str>,
) -> String {
    let mut what = format!("**{service}**");
    for part in [unit, who].into_iter().flatten() {
        what.push_str(&format!(", {part}"));
    }
    let date = on.map(|on| format::date(language, on));
    let line = match (date, booked) {
        (Some(date), true) => t_in!(
            language,
            "doc-plan-pathway-booked-on",
            what = what,
            date = date
        ),
        (Some(date), false) => t_in!(language, "doc-plan-pathway-on", what = what, date = date),
        (None, true) => t_in!(language, "doc-plan-pathway-booked", what = what),
        (None, false) => t_in!(language, "doc-plan-pathway-book-yourself", what = what),
    };
    match purpose {
        Some(purpose) => t_in!(
            language,
            "doc-plan-pathway-purpose",
            line = line,
            purpose = purpose
        ),
        None => line,
    }
}

pub fn copy_action(language: Language, what: &str, who: &str, by: Option<NaiveDate>) -> String {
    match by {
        Some(by) => {
            let date = format::date(language, by);
            t_in!(
                language,
                "doc-plan-action-by",
                what = what,
                who = who,
                date = date
            )
        }
        None => t_in!(language, "doc-plan-action", what = what, who = who),
    }
}
