//! Every message, prompt and label a user sees, in one catalogue (English). A Finnish catalogue
//! will be a sibling module with the same items, chosen at start-up; nothing outside `text`
//! spells out words for users. Flag names (`--name`) and value codes (`working-age`) are the
//! command-line vocabulary and stay the same in every language.

mod labels;

use std::path::Path;

pub use labels::*;

use crate::db::consents::Consent;
use crate::domain::{ConsentKind, ConsentMethod};

// --- errors: input -------------------------------------------------------------------------

pub const EMPTY: &str = "must not be empty";
pub const PHONE_SHAPE: &str =
    "a phone number is 5 to 15 digits, optionally starting with +, with spaces or hyphens between";
pub const OTHER_SIGN_PAIRING: &str =
    "--other-sign describes the sign \"other\": give both --sign other and --other-sign TEXT";
pub const BUSY: &str =
    "the register is busy: another moty has held it for over 15 seconds; try again in a moment";
pub const NO_HOME: &str =
    "cannot find your home directory for the default register; pass --db PATH or set MOTY_DB";

pub fn missing_flags(flags: &[String]) -> String {
    format!(
        "missing {}: pass {} (moty asks for them only when run at a terminal)",
        if flags.len() == 1 {
            "a required value"
        } else {
            "required values"
        },
        flags.join(", ")
    )
}

pub fn one_of(value: &str, allowed: &[&str]) -> String {
    format!(
        "'{value}' is not allowed; use one of: {}",
        allowed.join(", ")
    )
}

pub fn control_character(c: char) -> String {
    format!(
        "contains the control character U+{:04X}; remove it",
        u32::from(c)
    )
}

pub fn too_long(max: usize, length: usize) -> String {
    format!("at most {max} characters are allowed, this has {length}")
}

pub fn name_character(c: char) -> String {
    format!(
        "'{c}' cannot be part of a name; a name has letters, spaces, hyphens, apostrophes and full stops"
    )
}

pub fn place_character(c: char) -> String {
    format!("'{c}' is not allowed here; use letters, digits, spaces and hyphens")
}

pub fn not_a_date(value: &str) -> String {
    format!("'{value}' is not a real date; write YYYY-MM-DD (e.g. 2026-03-15) or D.M.YYYY")
}

pub fn in_future(date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    format!("{date} is in the future (today is {today}); the register records what has happened")
}

pub fn birth_year_range(from: i32, to: i32) -> String {
    format!("a birth year from {from} to {to}")
}

pub fn case_id_shape(value: &str) -> String {
    format!("'{value}' is not a case id; a case id looks like 2026-0007 (year, hyphen, number)")
}

pub fn allowed_now() -> &'static str {
    "set MOTY_NOW to an RFC 3339 time (2026-11-23T09:00:00+02:00), a Helsinki time (2026-11-23 09:00) or a date"
}

pub fn nonexistent_local_time() -> &'static str {
    "that wall-clock time does not exist in Helsinki (the clocks skip it for summer time)"
}

pub const NOT_UTF8: &str =
    "is not valid UTF-8 text; check the terminal's or the script's character encoding";

pub fn argument(lossy: &str) -> String {
    format!("the argument \"{lossy}\"")
}

pub fn read_stdin_failed(field: &str) -> String {
    format!("{field} -: standard input could not be read as UTF-8 text")
}

// --- errors: identity codes ----------------------------------------------------------------

const HETU_FORM: &str =
    "an identity code is DDMMYY, a century sign, three digits and a check character (e.g. 131052-308T)";

pub fn hetu_length(length: usize) -> String {
    format!("has {length} characters, not 11; {HETU_FORM}")
}

pub fn hetu_digits() -> String {
    format!("the birth date and the individual number must be digits; {HETU_FORM}")
}

pub fn hetu_century(sign: char) -> String {
    format!(
        "'{sign}' is not a century sign; use + (1800s), - Y X W V U (1900s) or A B C D E F (2000s)"
    )
}

pub fn hetu_date(part: &str) -> String {
    format!("the birth date {part} (DDMMYY) does not exist")
}

pub fn hetu_individual(number: &str) -> String {
    format!("the individual number {number} is not in use; numbers run from 002 to 899 (900–999 are temporary)")
}

pub fn hetu_temporary(number: &str) -> String {
    format!(
        "the individual number {number} marks a temporary identity code; add --temporary-hetu to accept it"
    )
}

pub fn hetu_check() -> &'static str {
    "the check character does not match the digits; one of the characters is mistyped"
}

pub fn hetu_future() -> &'static str {
    "the birth date of this identity code is in the future"
}

// --- errors: the register file -------------------------------------------------------------

pub fn cannot_create(path: &Path) -> String {
    format!("cannot create {}", path.display())
}

pub fn cannot_open(path: &Path) -> String {
    format!("cannot open the register {}", path.display())
}

pub fn no_register(path: &Path) -> String {
    format!(
        "there is no register at {}; `moty refer` creates it, or pass --db PATH / set MOTY_DB",
        path.display()
    )
}

pub fn not_a_register(path: &Path) -> String {
    format!(
        "{} is not a moty register; it was left untouched. Check --db or MOTY_DB",
        path.display()
    )
}

pub fn newer_register(path: &Path, version: i64, latest: i64) -> String {
    format!(
        "{} was written by a newer moty (schema {version}; this moty knows up to {latest}); it was left untouched. Update moty",
        path.display()
    )
}

pub fn no_wal(mode: &str) -> String {
    format!("the register could not be switched to WAL journaling (it stayed in {mode}); is it on a network filesystem?")
}

// --- refusals and look-ups -----------------------------------------------------------------

pub fn no_case(case_id: &str) -> String {
    format!("there is no case {case_id}; `moty find` looks cases up by name, code or phone")
}

pub fn case_closed(case_id: &str) -> String {
    format!("case {case_id} is closed; reopen it first")
}

pub fn name_differs(stored: &str, given: &str) -> String {
    format!(
        "this client is registered as \"{stored}\", not \"{given}\"; check the identity code, or add --rename to record the new name"
    )
}

pub fn open_case_exists(case_id: &str) -> String {
    format!(
        "the client already has an open case {case_id}; add to that case, or pass --another-case to open a second one"
    )
}

pub fn year_full(year: i32) -> String {
    format!("all 9,999 case numbers of {year} are used")
}

pub fn method_not_for(kind: ConsentKind, methods: &[ConsentMethod]) -> String {
    let allowed: Vec<&str> = methods.iter().map(|m| m.as_str()).collect();
    format!(
        "a {kind} consent is given {}; allowed: {}",
        match methods {
            [ConsentMethod::Oral] => "orally",
            [ConsentMethod::Written] => "in writing",
            _ => "in writing or orally",
        },
        allowed.join(", ")
    )
}

pub fn consent_in_force(existing: &Consent) -> String {
    format!(
        "a {} {} consent given on {} is already in force (consent {})",
        existing.method, existing.kind, existing.given_on, existing.id
    )
}

pub fn no_consent_in_force(case_id: &str, kind: Option<ConsentKind>, id: Option<i64>) -> String {
    match (kind, id) {
        (_, Some(id)) => format!("case {case_id} has no consent {id} in force"),
        (Some(kind), None) => format!("case {case_id} has no {kind} consent in force"),
        (None, None) => format!("case {case_id} has no consent in force"),
    }
}

pub fn several_in_force(consents: &[Consent]) -> String {
    let ids: Vec<String> = consents
        .iter()
        .map(|c| format!("{} ({})", c.id, c.kind))
        .collect();
    format!(
        "several consents are in force: {}; name one with --id",
        ids.join(", ")
    )
}

pub fn withdrawn_before_given(given_on: &str) -> String {
    format!("a consent cannot be withdrawn before it was given ({given_on})")
}

pub fn sent_before_given(given_on: &str) -> String {
    format!("the form cannot have been sent before the consent was given ({given_on})")
}

pub fn kela_consent_needed(case_id: &str) -> String {
    format!(
        "case {case_id} has no Kela information-exchange consent in force; record it first: moty consent give {case_id} --kind kela-exchange --method written"
    )
}

// --- the path of a case --------------------------------------------------------------------

pub fn step_refused(step: &str, from: crate::domain::Phase, allowed: &[String]) -> String {
    format!(
        "cannot {step}: the case is {from}; allowed next: {}",
        allowed.join(", ")
    )
}

pub fn consent_gate(step: &str, needs: &[ConsentMethod], withdrawn: bool, case_id: &str) -> String {
    let what = match needs {
        [ConsentMethod::Written] => "written multi-professional consent (with the contact request)",
        _ => "multi-professional consent (written, or oral recorded)",
    };
    let method = needs.first().map_or("written", |m| m.as_str());
    let why = if withdrawn {
        "the client withdrew their consent"
    } else {
        "none is in force"
    };
    format!(
        "cannot {step}: it needs {what}, and {why}; record it with moty consent give {case_id} --kind multi-professional --method {method}"
    )
}

pub fn before_opened(opened_on: &str) -> String {
    format!("the case was opened on {opened_on}; a date before it is not possible")
}

pub fn before_closed(closed_on: &str) -> String {
    format!("the case was closed on {closed_on}; it cannot be reopened before that")
}

pub fn flag_not_for(flag: &str, decision: crate::domain::Decision) -> String {
    let belongs = match flag {
        "--advice" => "single-issue",
        "--to" => "redirect",
        "--reason" => "decline",
        _ => "collaboration-team",
    };
    format!("{flag} goes with --decision {belongs}, not {decision}")
}
