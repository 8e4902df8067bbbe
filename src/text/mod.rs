//! Every message, prompt and label a user sees; nothing outside `text` spells out words for
//! users. The words are in the Fluent catalogues `i18n/{en,fi,sv}/moty.ftl`, which the functions
//! here ask with `t!`/`t_in!` (`i18n.rs` says how); the help's words are in `i18n/*/help.ftl`
//! (`src/help.rs`). Flag names (`--name`) and value codes (`working-age`) are the command-line
//! vocabulary and stay the same in every language.

mod actor;
mod areas;
mod consult;
mod contact;
mod correct;
mod demo;
mod dpo;
mod estimates;
mod export;
mod feedback;
mod files;
pub mod format;
pub mod i18n;
mod import;
mod kela;
mod labels;
mod language;
mod next;
mod outcomes;
mod overview;
mod paging;
mod plan;
mod platform;
mod protection;
mod regions;
mod register;
mod render;
mod schedule;
mod server;
mod services;
mod sheet;
mod team;
mod timeline;

use std::path::Path;

use i18n::{t, ui_language};

pub use actor::*;
pub use areas::*;
pub use consult::*;
pub use contact::*;
pub use correct::*;
pub use demo::*;
pub use dpo::*;
pub use estimates::*;
pub use export::*;
pub use feedback::*;
pub use files::*;
pub use import::*;
pub use kela::*;
pub use labels::*;
pub use language::*;
pub use next::*;
pub use outcomes::*;
pub use overview::*;
pub use paging::*;
pub use plan::*;
pub use platform::*;
pub use protection::*;
pub use regions::*;
pub use register::*;
pub use render::*;
pub use schedule::*;
pub use server::*;
pub use services::*;
pub use sheet::*;
pub use team::*;
pub use timeline::*;

pub use crate::domain::chars::shown;
use crate::domain::records::Consent;
use crate::domain::{ConsentKind, ConsentMethod};

/// A date as the UI language writes it (`2026-12-01`, `1.12.2026`).
fn ui_date(on: chrono::NaiveDate) -> String {
    format::date(ui_language(), on)
}

fn path_text(path: &Path) -> String {
    path.display().to_string()
}

fn yes_no_code(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

// --- errors: input -------------------------------------------------------------------------

pub fn empty() -> String {
    t!("gen-empty")
}

pub fn disk_full() -> String {
    t!("gen-disk-full")
}

pub fn read_only() -> String {
    t!("gen-read-only")
}

pub fn no_login() -> String {
    t!("gen-no-login")
}

pub fn text_edited() -> String {
    t!("gen-text-edited")
}

pub fn text_removed() -> String {
    t!("gen-text-removed")
}

pub fn purge_open_case(case_id: &str) -> String {
    t!("gen-purge-open-case", case = case_id)
}

pub fn already_purged(case_id: &str) -> String {
    t!("gen-already-purged", case = case_id)
}

pub fn purged(case_id: &str, texts: i64, client: bool) -> String {
    let message = t!(
        "gen-purged",
        case = case_id,
        texts = texts,
        client = yes_no_code(client)
    );
    format!("{message}\n")
}

pub fn purged_none() -> String {
    format!("{}\n", t!("gen-purged-none"))
}

pub fn witness_broken(log: &str, rows: i64, head: &str) -> String {
    t!("gen-witness-broken", log = log, rows = rows, head = head)
}

/// The witness could not remember what a committed write left (its state folder unwritable).
pub fn witness_not_remembered(reason: &str) -> String {
    t!("gen-witness-not-remembered", reason = reason.to_string())
}

pub fn key_shape(bytes: usize) -> String {
    let digits = bytes * 2;
    t!("gen-key-shape", digits = digits)
}

pub fn file_exists(file: &Path) -> String {
    t!("gen-file-exists", path = path_text(file))
}

pub fn checkpoint_forged() -> String {
    t!("gen-checkpoint-forged")
}

pub fn other_register(id: &str) -> String {
    t!("gen-other-register", id = id)
}

pub fn checkpoint_not_held(at: &str) -> String {
    t!("gen-checkpoint-not-held", at = at)
}

pub fn keygen_done(file: &Path, public: &str) -> String {
    let message = t!("gen-keygen-done", path = path_text(file), public = public);
    format!("{message}\n")
}

pub fn checkpoint_written(file: &Path) -> String {
    format!("{}\n", t!("gen-checkpoint-written", path = path_text(file)))
}

pub fn unreadable(error: &str) -> String {
    t!("gen-unreadable", error = error)
}

pub fn missing_triggers(missing: &[&str]) -> String {
    if missing.is_empty() {
        t!("gen-triggers-intact")
    } else {
        t!("gen-triggers-missing", missing = missing.join(", "))
    }
}

/// `record`: case, plan, consent, client or consultation (worded by the catalogue).
pub fn record_differs(record: &str, id: &str, what: &str) -> String {
    t!("gen-record-differs", record = record, id = id, what = what)
}

/// The "what" of `record_differs` for a consultation's link to a case.
pub fn link_to(case: &str) -> String {
    t!("gen-link-to", case = case)
}

pub fn head_shape(value: &str) -> String {
    t!("gen-head-shape", value = value)
}

pub fn no_key_for_new() -> String {
    t!("gen-no-key-for-new")
}

pub fn key_file_open(mode: u32) -> String {
    t!("gen-key-file-open", mode = format!("{:o}", mode & 0o777))
}

pub fn restore_would_lose(timeline: i64, diverged: bool) -> String {
    if diverged {
        return t!("gen-restore-diverged");
    }
    t!("gen-restore-would-lose", timeline = timeline)
}

/// The reason recorded for a restore done with `--force`.
pub fn forced_restore() -> String {
    t!("gen-forced-restore")
}

pub fn restore_counts(carried: i64, lost: i64, purges: usize) -> String {
    let message = t!(
        "gen-restore-counts",
        carried = carried,
        lost = lost,
        purges = purges
    );
    format!("{message}\n")
}

pub fn restored_over_unreadable(backup: &Path, aside: &Path) -> String {
    let message = t!(
        "gen-restored-over-unreadable",
        backup = path_text(backup),
        aside = path_text(aside)
    );
    format!("{message}\n")
}

pub fn processing_stopped(case_id: &str, on: chrono::NaiveDate) -> String {
    t!("gen-processing-stopped", case = case_id, on = ui_date(on))
}

pub fn interrupted() -> String {
    t!("gen-interrupted")
}

pub fn phone_shape() -> String {
    t!("gen-phone-shape")
}

pub fn other_sign_pairing() -> String {
    t!("gen-other-sign-pairing")
}

pub fn busy() -> String {
    t!("gen-busy")
}

pub fn busy_at_once() -> String {
    t!("gen-busy-at-once")
}

pub fn no_home() -> String {
    t!("gen-no-home")
}

pub fn missing_flags(flags: &[String]) -> String {
    t!(
        "gen-missing-flags",
        count = flags.len(),
        flags = flags.join(", ")
    )
}

pub fn one_of(value: &str, allowed: &[&str]) -> String {
    t!(
        "gen-one-of",
        value = shown(value),
        allowed = allowed.join(", ")
    )
}

fn code_point(c: char) -> String {
    format!("{:04X}", u32::from(c))
}

pub fn control_character(c: char) -> String {
    t!("gen-control-character", code = code_point(c))
}

pub fn bidi_character(c: char) -> String {
    t!("gen-bidi-character", code = code_point(c))
}

pub fn too_long(max: usize, length: usize) -> String {
    t!("gen-too-long", max = max, length = length)
}

pub fn name_character(c: char) -> String {
    t!("gen-name-character", char = c.to_string())
}

pub fn place_character(c: char) -> String {
    t!("gen-place-character", char = c.to_string())
}

pub fn not_a_date(value: &str) -> String {
    t!("input-not-a-date", value = shown(value))
}

pub fn in_future(on: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    t!("gen-in-future", date = ui_date(on), today = ui_date(today))
}

pub fn birth_year_range(from: i32, to: i32) -> String {
    t!(
        "gen-birth-year-range",
        from = from.to_string(),
        to = to.to_string()
    )
}

pub fn case_id_shape(value: &str) -> String {
    t!("gen-case-id-shape", value = shown(value))
}

pub fn allowed_now() -> String {
    t!("gen-allowed-now")
}

pub fn now_years(value: &str) -> String {
    t!("gen-now-years", value = shown(value))
}

pub fn date_years(value: &str) -> String {
    t!("gen-date-years", value = shown(value))
}

pub fn before_birth(on: chrono::NaiveDate, birth: chrono::NaiveDate) -> String {
    t!(
        "gen-before-birth",
        date = ui_date(on),
        birth = ui_date(birth)
    )
}

pub fn nonexistent_local_time() -> String {
    t!("gen-nonexistent-local-time")
}

pub fn not_utf8() -> String {
    t!("gen-not-utf8")
}

pub fn argument(lossy: &str) -> String {
    t!("gen-argument", value = lossy)
}

pub fn read_stdin_failed(field: &str) -> String {
    t!("gen-read-stdin-failed", field = field)
}

// --- errors: identity codes ----------------------------------------------------------------

pub fn hetu_length(length: usize) -> String {
    t!("gen-hetu-length", length = length)
}

pub fn hetu_digits() -> String {
    t!("gen-hetu-digits")
}

pub fn hetu_century(sign: char) -> String {
    t!("gen-hetu-century", sign = sign.to_string())
}

pub fn hetu_date(part: &str) -> String {
    t!("gen-hetu-date", part = part)
}

pub fn hetu_individual(number: &str) -> String {
    t!("gen-hetu-individual", number = number)
}

pub fn hetu_temporary(number: &str) -> String {
    t!("gen-hetu-temporary", number = number)
}

pub fn hetu_check() -> String {
    t!("gen-hetu-check")
}

pub fn hetu_future() -> String {
    t!("gen-hetu-future")
}

// --- refusals and look-ups -----------------------------------------------------------------

pub fn no_case(case_id: &str) -> String {
    t!("gen-no-case", case = case_id)
}

pub fn case_closed(case_id: &str) -> String {
    t!("gen-case-closed", case = case_id)
}

/// A known client (found by the identity code, or by `--client-of`) given another name. The
/// registered name is not shown: a refusal writes no access-log row, so it may show nothing
/// that identifies the client beyond what the user typed.
pub fn name_differs(given: &str, by_code: bool) -> String {
    if by_code {
        t!("gen-name-differs-code", given = given)
    } else {
        t!("gen-name-differs-case", given = given)
    }
}

pub fn kela_screen_said_no(case_id: &str) -> String {
    t!("gen-kela-screen-said-no", case = case_id)
}

pub fn no_screen_to_override() -> String {
    t!("gen-no-screen-to-override")
}

pub fn override_screen_kela_only() -> String {
    t!("gen-override-screen-kela-only")
}

pub fn minor_refused(on: chrono::NaiveDate) -> String {
    t!("gen-minor-refused", on = ui_date(on))
}

pub fn minor_but_adult() -> String {
    t!("gen-minor-but-adult")
}

pub fn open_case_exists(case_id: &str) -> String {
    t!("gen-open-case-exists", case = case_id)
}

pub fn year_full(year: i32) -> String {
    t!("gen-year-full", year = year.to_string())
}

pub fn method_not_for(kind: ConsentKind, methods: &[ConsentMethod]) -> String {
    let allowed: Vec<&str> = methods.iter().map(|m| m.as_str()).collect();
    let how = match methods {
        [ConsentMethod::Oral] => "oral",
        [ConsentMethod::Written] => "written",
        _ => "either",
    };
    t!(
        "gen-method-not-for",
        kind = kind.as_str(),
        how = how,
        allowed = allowed.join(", ")
    )
}

pub fn consent_in_force(existing: &Consent) -> String {
    t!(
        "gen-consent-in-force",
        method = existing.method.as_str(),
        kind = existing.kind.as_str(),
        on = ui_date(existing.given_on),
        id = existing.id
    )
}

pub fn no_consent_in_force(case_id: &str, kind: Option<ConsentKind>, id: Option<i64>) -> String {
    match (kind, id) {
        (_, Some(id)) => t!("gen-no-consent-id", case = case_id, id = id),
        (Some(kind), None) => t!("gen-no-consent-kind", case = case_id, kind = kind.as_str()),
        (None, None) => t!("gen-no-consent", case = case_id),
    }
}

pub fn several_in_force(consents: &[Consent]) -> String {
    let ids: Vec<String> = consents
        .iter()
        .map(|c| format!("{} ({})", c.id, c.kind))
        .collect();
    t!("gen-several-in-force", list = ids.join(", "))
}

pub fn withdrawn_before_given(given_on: chrono::NaiveDate) -> String {
    t!("gen-withdrawn-before-given", given = ui_date(given_on))
}

pub fn sent_before_given(given_on: chrono::NaiveDate) -> String {
    t!("gen-sent-before-given", given = ui_date(given_on))
}

pub fn kela_consent_needed(case_id: &str) -> String {
    t!("gen-kela-consent-needed", case = case_id)
}

// --- the path of a case --------------------------------------------------------------------

/// A step of the path in a coordinator's words, as what "cannot …" refuses (`Step::name`).
pub fn step_triage(decision: crate::domain::Decision) -> String {
    t!("gen-step-triage", decision = decision.as_str())
}

pub fn step_advance(phase: crate::domain::Phase) -> String {
    t!("gen-step-advance", phase = value_label(phase.as_str()))
}

pub fn step_close() -> String {
    t!("gen-step-close")
}

pub fn step_reopen() -> String {
    t!("gen-step-reopen")
}

pub fn step_refused(step: &str, from: crate::domain::Phase, allowed: &[String]) -> String {
    t!(
        "gen-step-refused",
        step = step,
        from = value_label(from.as_str()),
        allowed = allowed.join(", ")
    )
}

pub fn consent_gate(
    step: &str,
    needs: &[ConsentMethod],
    in_force: Option<ConsentMethod>,
    withdrawn: bool,
    case_id: &str,
) -> String {
    let needs_code = match needs {
        [ConsentMethod::Written] => "written",
        _ => "any",
    };
    // The least the step needs: oral where oral is enough.
    let method = needs.last().map_or("written", |m| m.as_str());
    let why = match (in_force, withdrawn) {
        (Some(_), _) => "partial",
        (None, true) => "withdrawn",
        (None, false) => "none",
    };
    t!(
        "gen-consent-gate",
        step = step,
        needs = needs_code,
        why = why,
        in_force = in_force.map_or("", |m| m.as_str()),
        case = case_id,
        method = method
    )
}

pub fn before_phase(since: chrono::NaiveDate) -> String {
    t!("gen-before-phase", since = ui_date(since))
}

pub fn before_closed(closed_on: chrono::NaiveDate) -> String {
    t!("gen-before-closed", closed = ui_date(closed_on))
}

pub fn flag_not_for(flag: &str, decision: crate::domain::Decision) -> String {
    let belongs = match flag {
        "--advice" => "single-issue",
        "--to" => "redirect",
        "--reason" => "decline",
        _ => "collaboration-team",
    };
    t!(
        "gen-flag-not-for",
        belongs = belongs,
        decision = decision.as_str()
    )
}

// --- layout ----------------------------------------------------------------------------------

/// One "Heading: value" item of a table row printed as a card at a narrow terminal.
pub fn card_item(heading: &str, value: &str) -> String {
    t!("gen-card-item", heading = heading, value = value)
}
