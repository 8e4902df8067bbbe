//! Words of the plan (HOPA), the directory, the anonymous description, the follow-up, the
//! reports and the register's checks (audit, backup, doctor).
//!
//! Every word is a message in `i18n/LANG/moty.ftl` under `plan-…` (section t3); each function
//! returns `t!(…)` in the UI language. What was a constant is a function of the same name in
//! lower case.

use chrono::NaiveDate;

use super::format;
use super::i18n::{t, ui_language};

fn date(on: NaiveDate) -> String {
    format::date(ui_language(), on)
}

pub fn fields_shape(part: &str, allowed: &[&str]) -> String {
    let part = super::shown(part).to_string();
    t!("plan-fields-shape", part = part, keys = allowed.join(", "))
}

pub fn field_twice(key: &str) -> String {
    let key = super::shown(key).to_string();
    t!("plan-field-twice", key = key)
}

pub fn numbered_shape(value: &str) -> String {
    let value = super::shown(value).to_string();
    t!("plan-numbered-shape", value = value)
}

pub fn plan_not_started(phase: crate::domain::Phase) -> String {
    t!(
        "plan-not-started",
        phase = super::value_label(phase.as_str())
    )
}

pub fn unknown_service(code: &str, known: &[String]) -> String {
    let code = super::shown(code).to_string();
    t!(
        "plan-unknown-service",
        code = code,
        known = known.join(", ")
    )
}

pub fn no_entry(id: i64) -> String {
    t!("plan-no-entry", id = id)
}

/// `what`: "action" or "pathway".
pub fn no_item(what: &str, n: usize, count: usize) -> String {
    t!("plan-no-item", what = what, n = n, count = count)
}

pub fn no_plan(case: &str) -> String {
    t!("plan-no-plan", case = case)
}

pub fn no_version(case: &str, version: u32) -> String {
    t!("plan-no-version", case = case, version = version)
}

pub fn pathway_phase_open(missing: &[String]) -> String {
    t!("plan-pathway-phase-open", missing = missing.join("; "))
}

pub fn missing_key_worker() -> String {
    t!("plan-missing-key-worker")
}

pub fn missing_pathway() -> String {
    t!("plan-missing-pathway")
}

pub fn missing_confirmation() -> String {
    t!("plan-missing-confirmation")
}

pub fn missing_follow_up() -> String {
    t!("plan-missing-follow-up")
}

pub fn nothing_changed() -> String {
    format!("{}\n", t!("plan-nothing-changed"))
}

pub fn plan_saved(case: &str, version: u32) -> String {
    format!("{}\n", t!("plan-saved", case = case, version = version))
}

pub fn pathways_completed(case: &str, due: NaiveDate) -> String {
    let due = date(due);
    format!(
        "{}\n",
        t!("plan-pathways-completed", case = case, due = due)
    )
}

pub fn closing_open(missing: &[String]) -> String {
    t!("plan-closing-open", missing = missing.join("; "))
}

pub fn description_leaks(what: &[String]) -> String {
    t!("plan-description-leaks", what = what.join(", "))
}

/// The client's data changed between the anonymity check and the save (another coordinator
/// renamed the client): nothing was saved.
pub fn client_changed_during_check() -> String {
    t!("plan-client-changed-during-check")
}

/// One finding of the anonymity check, in words.
pub fn leak_words(leak: &crate::domain::leak::Leak) -> String {
    use crate::domain::leak::Leak;
    match leak {
        Leak::Name(word) => {
            let word = super::shown(word).to_string();
            t!("plan-leak-name", word = word)
        }
        Leak::IdentityCode => t!("plan-leak-identity-code"),
        Leak::BirthDate => t!("plan-leak-birth-date"),
        Leak::Phone => t!("plan-leak-phone"),
        Leak::Email => t!("plan-leak-email"),
        Leak::Address => t!("plan-leak-address"),
        Leak::Municipality => t!("plan-leak-municipality"),
    }
}

pub fn description_saved() -> String {
    format!("{}\n", t!("plan-description-saved"))
}

pub fn not_in_follow_up(phase: crate::domain::Phase) -> String {
    t!(
        "plan-not-in-follow-up",
        phase = super::value_label(phase.as_str())
    )
}

pub fn unreached_status() -> String {
    t!("plan-unreached-status")
}

pub fn reached_status() -> String {
    t!("plan-reached-status")
}

pub fn next_on_needed() -> String {
    t!("plan-next-on-needed")
}

pub fn follow_up_recorded(case: &str, next: &str) -> String {
    format!(
        "{}\n",
        t!("plan-follow-up-recorded", case = case, next = next)
    )
}

pub fn directory_saved(id: i64) -> String {
    format!("{}\n", t!("plan-directory-saved", id = id))
}

pub fn imported(count: usize) -> String {
    format!("{}\n", t!("plan-imported", count = count))
}

pub fn csv_line(line: u64, message: &str) -> String {
    t!("plan-csv-line", line = line, message = message)
}

pub fn csv_header(expected: &str) -> String {
    t!("plan-csv-header", expected = expected)
}

pub fn nothing_due() -> String {
    format!("{}\n", t!("plan-nothing-due"))
}

pub fn h_due() -> String {
    t!("plan-h-due")
}

pub fn h_overdue() -> String {
    t!("plan-h-overdue")
}

pub fn h_key_worker() -> String {
    t!("plan-h-key-worker")
}

pub fn l_contact() -> String {
    t!("plan-l-contact")
}

pub fn l_plan() -> String {
    t!("plan-l-plan")
}

pub fn l_follow_ups() -> String {
    t!("plan-l-follow-ups")
}

/// The plan's heading for the coordinators: "Plan CASE, version N (when, who)".
pub fn plan_heading(case: &str, version: u32, at: &str, actor: &str) -> String {
    t!(
        "plan-heading",
        case = case,
        version = version,
        at = at,
        actor = actor
    )
}

pub fn service_code_shape(code: &str) -> String {
    t!("plan-service-code-shape", code = code)
}

pub fn l_resources() -> String {
    t!("plan-l-resources")
}

pub fn l_goals() -> String {
    t!("plan-l-goals")
}

pub fn l_confirmed() -> String {
    t!("plan-l-confirmed")
}

pub fn h_action() -> String {
    t!("plan-h-action")
}

pub fn h_who() -> String {
    t!("plan-h-who")
}

pub fn h_by_date() -> String {
    t!("plan-h-by-date")
}

pub fn h_service() -> String {
    t!("plan-h-service")
}

pub fn h_professional() -> String {
    t!("plan-h-professional")
}

pub fn h_appointment() -> String {
    t!("plan-h-appointment")
}

pub fn h_purpose() -> String {
    t!("plan-h-purpose")
}

pub fn h_code() -> String {
    t!("plan-h-code")
}

pub fn booked_for_client() -> String {
    t!("plan-booked-for-client")
}

pub fn changed_field(label: &str, value: Option<&str>) -> String {
    match value {
        Some(value) => t!("plan-changed-field", label = label, value = value),
        None => t!("plan-removed-field", label = label),
    }
}

pub fn added_action(n: usize, what: &str) -> String {
    t!("plan-added-action", n = n, what = what)
}

pub fn added_pathway(n: usize, service: &str) -> String {
    t!("plan-added-pathway", n = n, service = service)
}

/// `what`: "action" or "pathway"; `status`: the status's code, worded by its label.
pub fn status_changed(what: &str, n: usize, status: &str) -> String {
    let label = if what == "pathway" {
        super::pathway_status_label(status)
    } else {
        super::value_label(status)
    };
    let status = match label.to_string() {
        label if label.is_empty() => status.to_string(),
        label => label,
    };
    t!("plan-status-changed", what = what, n = n, status = status)
}

pub fn version_heading(version: u32, at: &str, actor: &str, note: Option<&str>) -> String {
    let line = match note {
        Some(note) => t!(
            "plan-version-heading-note",
            version = version,
            at = at,
            actor = actor,
            note = note
        ),
        None => t!(
            "plan-version-heading",
            version = version,
            at = at,
            actor = actor
        ),
    };
    format!("{line}\n")
}

/// Seed 002's template for the anonymous description, filled with what the register knows.
pub fn description_template(
    on: NaiveDate,
    unit: &str,
    worker: &str,
    contact: &str,
    units: &str,
) -> String {
    let lines = [
        t!("plan-template-date", date = date(on)),
        t!("plan-template-unit", unit = unit),
        t!("plan-template-worker", worker = worker, contact = contact),
        t!("plan-template-units", units = units),
        String::new(),
        t!("plan-template-wanted"),
        String::new(),
        t!("plan-template-received"),
        String::new(),
        t!("plan-template-worked"),
        String::new(),
        t!("plan-template-assessment"),
        String::new(),
        t!("plan-template-anonymous"),
    ];
    lines.iter().map(|l| format!("{l}\n")).collect()
}

pub fn prompt_reached() -> String {
    t!("plan-prompt-reached")
}

pub fn prompt_follow_status() -> String {
    t!("plan-prompt-follow-status")
}

pub fn prompt_knows() -> String {
    t!("plan-prompt-knows")
}

pub fn prompt_usefulness() -> String {
    t!("plan-prompt-usefulness")
}

pub fn prompt_next() -> String {
    t!("plan-prompt-next")
}

pub fn prompt_next_on() -> String {
    t!("plan-prompt-next-on")
}

pub fn usefulness_range() -> String {
    t!("plan-usefulness-range")
}

pub fn closed_jointly(by: &str) -> String {
    t!("plan-closed-jointly", by = by)
}

pub fn email_shape() -> String {
    t!("plan-email-shape")
}

pub fn need_shape(value: &str) -> String {
    let value = super::shown(value).to_string();
    t!("plan-need-shape", value = value)
}

pub fn manifest_log(problem: String) -> String {
    t!("plan-manifest-log", problem = problem)
}

pub fn manifest_count(log: &str, rows: i64) -> String {
    let log = super::shown(log).to_string();
    t!("plan-manifest-count", log = log, rows = rows)
}

pub fn manifest_head(log: &str) -> String {
    let log = super::shown(log).to_string();
    t!("plan-manifest-head", log = log)
}

pub fn cannot_read_field(field: &str) -> String {
    t!("plan-cannot-read-field", field = field)
}

/// A size in words: whole MiB or KiB where it is one.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1024 * 1024 && b % (1024 * 1024) == 0 => {
            let size = b / (1024 * 1024);
            t!("plan-size-mib", size = size)
        }
        b if b >= 1024 && b % 1024 == 0 => {
            let size = b / 1024;
            t!("plan-size-kib", size = size)
        }
        b => t!("plan-size-bytes", size = b),
    }
}

pub fn over_limit(limit: u64) -> String {
    t!("plan-over-limit", limit = size(limit))
}

pub fn cannot_read(path: &std::path::Path) -> String {
    t!("plan-cannot-read", path = path.display().to_string())
}

pub fn csv_not_utf8(column: &str) -> String {
    t!("plan-csv-not-utf8", column = column)
}

pub fn h_role() -> String {
    t!("plan-h-role")
}

pub fn h_team() -> String {
    t!("plan-h-team")
}

pub fn h_when_to_refer() -> String {
    t!("plan-h-when-to-refer")
}

pub fn lead() -> String {
    t!("plan-lead")
}

pub fn follow_up_line(on: NaiveDate, status: &str, usefulness: Option<u8>, next: &str) -> String {
    let on = date(on);
    match usefulness {
        Some(score) => t!(
            "plan-follow-up-line-score",
            on = on,
            status = status,
            score = score,
            next = next
        ),
        None => t!("plan-follow-up-line", on = on, status = status, next = next),
    }
}

/// An area of need in words (the referral's signs share some codes with other meanings).
pub fn need_label(area: crate::domain::NeedArea) -> String {
    use crate::domain::NeedArea;
    match area {
        NeedArea::Health => t!("plan-need-health"),
        NeedArea::Social => t!("plan-need-social"),
        NeedArea::Finances => t!("plan-need-finances"),
        NeedArea::Housing => t!("plan-need-housing"),
        NeedArea::WorkStudy => t!("plan-need-work-study"),
        NeedArea::FunctionalCapacity => t!("plan-need-functional-capacity"),
        NeedArea::Other => t!("plan-need-other"),
    }
}

pub fn assessment_first_for_plan() -> String {
    t!("plan-assessment-first")
}

pub fn pro_not_a_number() -> String {
    t!("plan-pro-not-a-number")
}

pub fn next_on_only_again() -> String {
    t!("plan-next-on-only-again")
}

pub fn nothing_in_directory() -> String {
    format!("{}\n", t!("plan-nothing-in-directory"))
}

pub fn unreached_answers() -> String {
    t!("plan-unreached-answers")
}

pub fn unreached_close() -> String {
    t!("plan-unreached-close")
}

mod reports;
pub use reports::*;
