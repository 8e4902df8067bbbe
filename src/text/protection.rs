//! Words of protection and representation (issue #13, items 8 and 12): the non-disclosure
//! warning, consent by a representative, the client's language and interpreter, the legal basis
//! of a disclosure, the contact request, and the plan for the client in Finnish and Swedish.

use chrono::NaiveDate;

use super::format;
use super::i18n::t_in;

use crate::domain::{Authority, Language, LegalBasisKind};

// --- non-disclosure for personal safety (turvakielto) ---------------------------------------

/// Shown above everything else wherever one client is shown.
pub const NON_DISCLOSURE_WARNING: &str =
    "⚠ NON-DISCLOSURE ORDER for personal safety (turvakielto): never give out this client's address, phone or municipality, and do not confirm to anyone where they live or are cared for.";

/// One line per client with the order, above a list that shows them.
pub fn non_disclosure_case(case: &str) -> String {
    format!(
        "⚠ {case}: NON-DISCLOSURE ORDER for personal safety (turvakielto) — never give out this client's address, phone or municipality."
    )
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

pub const L_NON_DISCLOSURE: &str = "Non-disclosure order";
pub const L_LANGUAGE: &str = "Language";
pub const L_INTERPRETER: &str = "Interpreter";
pub const H_GIVEN_BY: &str = "Given by";
pub const THE_CLIENT: &str = "the client";
pub const NO_INTERPRETER: &str = "not needed";

pub fn non_disclosure_marked(on: bool) -> &'static str {
    if on {
        "yes — address and contact details never leave the register"
    } else {
        "no"
    }
}

pub fn interpreter_line(language: Option<&str>) -> String {
    match language {
        Some(language) => format!("needed: {language}"),
        None => NO_INTERPRETER.to_string(),
    }
}

pub const NON_DISCLOSURE_REASON_NEEDED: &str =
    "say why the order is marked or cleared (e.g. the Digital and Population Data Services Agency's decision), in at most 400 characters";
pub const REASON_ONLY_WITH_ORDER: &str =
    "--reason says why a non-disclosure order is marked or cleared; give it with --non-disclosure";
pub const CLIENT_NOTHING_TO_CHANGE: &str =
    "nothing to change: give --non-disclosure yes|no with --reason, --language, --interpreter or --no-interpreter";
pub const INTERPRETER_SHAPE: &str =
    "name the language the interpreter interprets (e.g. arabic, Finnish sign language), at most 60 characters";

pub fn non_disclosure_unchanged(case: &str, on: bool) -> String {
    if on {
        format!("the client of case {case} already has a non-disclosure order marked")
    } else {
        format!("the client of case {case} has no non-disclosure order marked to clear")
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
        return format!("The client of case {case} is as recorded; nothing changed.\n");
    }
    let facts: Vec<String> = changed
        .iter()
        .map(|field| match *field {
            "non_disclosure" if non_disclosure => format!("{L_NON_DISCLOSURE}: marked"),
            "non_disclosure" => format!("{L_NON_DISCLOSURE}: cleared"),
            "language" => format!(
                "{L_LANGUAGE}: {}",
                language.map_or(super::NONE, super::value_label)
            ),
            _ => format!("{L_INTERPRETER}: {}", interpreter_line(interpreter)),
        })
        .collect();
    format!(
        "Recorded for the client of case {case}: {}.\n",
        facts.join("; ")
    )
}

/// The timeline line of a non-disclosure change.
pub fn non_disclosure_summary(label: &str, detail: &serde_json::Value) -> String {
    let on = detail
        .get("non_disclosure")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let what = if on { "marked" } else { "cleared" };
    match detail.get("reason").and_then(|v| v.as_str()) {
        Some(reason) if !reason.is_empty() => format!("{label}: {what} — {reason}"),
        _ => format!("{label}: {what}"),
    }
}

// --- consent by a representative ------------------------------------------------------------

pub const CUSTODIAN_FOR_ADULT: &str =
    "a custodian (huoltaja) consents for a child under 18, and this client was an adult on that day; an adult's representative is an appointed guardian (guardianship) or an attorney (power-of-attorney)";
pub const REPRESENTATIVE_NEEDS_AUTHORITY: &str =
    "say on what authority the representative consents: guardianship, custodian, power-of-attorney or other";
pub const AUTHORITY_NEEDS_REPRESENTATIVE: &str =
    "name the representative who gave the consent with --by-representative NAME";

/// Who gave a consent, for the consent table and the timeline.
pub fn given_by(representative: Option<&str>, authority: Option<Authority>) -> String {
    match (representative, authority) {
        (Some(name), Some(authority)) => {
            format!("{name} ({})", super::value_label(authority.as_str()))
        }
        (Some(name), None) => name.to_string(),
        _ => THE_CLIENT.to_string(),
    }
}

pub fn consent_given_by(name: &str, authority: Authority) -> String {
    format!(
        "Given on the client's behalf by {name} ({}).\n",
        super::value_label(authority.as_str())
    )
}

// --- the contact request (yhteydenottopyyntö) -------------------------------------------------

pub fn contact_request_gate(step: &str, withdrawn: bool, case_id: &str) -> String {
    let why = if withdrawn {
        "the client withdrew it"
    } else {
        "none is recorded"
    };
    format!(
        "cannot {step}: the Moty track starts on the client's written consent and their contact request (yhteydenottopyyntö, seed 000), and {why}; record it with moty consent give {case_id} --kind contact-request --method written"
    )
}

// --- the legal basis of a disclosure ----------------------------------------------------------

pub fn legal_basis_shape(value: &str) -> String {
    format!(
        "'{}' is not a legal basis; use consent, social-welfare-act-41, health-care-act-32 or other:TEXT naming another",
        super::shown(value)
    )
}

pub const LEGAL_BASIS_NAME_IT: &str =
    "name the other legal basis after a colon, e.g. other:Act on the Status and Rights of Patients 13 §";

/// The legal basis in words, for the disclosure table.
pub fn legal_basis_words(basis: Option<LegalBasisKind>, named: Option<&str>) -> String {
    match (basis, named) {
        (Some(LegalBasisKind::Other), Some(named)) => format!("other: {named}"),
        (Some(basis), _) => super::value_label(basis.as_str()).to_string(),
        (None, _) => NOT_RECORDED_BASIS.to_string(),
    }
}

pub const NOT_RECORDED_BASIS: &str = "not recorded (before legal bases were kept)";
pub const H_LEGAL_BASIS: &str = "Legal basis";

/// The documented defaults of `--legal-basis` that name another basis.
pub const BASIS_CLIENTS_OWN_PLAN: &str =
    "the client's own plan, handed to the client (Client Data Act 703/2023)";
pub const BASIS_ANONYMOUS_FIGURES: &str = "anonymous aggregate figures, no personal data";
pub const BASIS_SUPERVISION: &str =
    "log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)";
pub const BASIS_OWN_BACKUP: &str = "the controller's own backup copy of the register";
/// A row a restore carried from a register that had no basis recorded for it.
pub const BASIS_CARRIED_UNRECORDED: &str = "not recorded in the register the row was carried from";

pub const BASIS_MISSING: &str = "has no legal basis recorded";
pub const BASIS_EDITED: &str = "its legal basis was changed, or belongs to another row";

pub fn basis_problem(id: i64, problem: &str) -> String {
    format!("disclosure {id} {problem}")
}

// --- the plan for the client, in the client's language ---------------------------------------

pub const CLIENT_COPY_ONLY: &str = "this goes with the plan for the client (--format md)";

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
        Some(purpose) => format!("{line} ({purpose})"),
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
