//! Words of the reports (weekly, work list, outcomes) and of the register's checks (audit,
//! backup, restore, doctor): messages `plan-report-…` and `plan-audit-…` (section t3).

use chrono::NaiveDate;

use super::super::format;
use super::super::i18n::{t, ui_language};

fn date(on: NaiveDate) -> String {
    format::date(ui_language(), on)
}

// --- reports -------------------------------------------------------------------------------

/// The title of a report section, by its key.
pub fn section_title(key: &str) -> String {
    match key {
        "team_agenda" => t!("plan-report-team-agenda"),
        "units_not_answered" => t!("plan-report-units-waiting"),
        "meetings" => t!("plan-report-meetings"),
        "consents_and_forms" => t!("plan-report-missing"),
        "new_referrals" => t!("plan-report-referrals"),
        "follow_ups" | "follow_ups_due" => t!("plan-report-follow-ups"),
        "register" => s_register(),
        "withheld" => s_withheld(),
        "untriaged" => t!("plan-report-untriaged"),
        "consents_to_collect" => t!("plan-report-collect"),
        "kela_forms" => t!("plan-report-forms"),
        "meetings_to_mark_held" => t!("plan-report-to-mark"),
        "plans_without_key_worker" => t!("plan-report-no-key-worker"),
        "team_units_late" => super::super::S_TEAM_UNITS_LATE.to_string(),
        _ => String::new(),
    }
}

/// What a report lists as missing, by its code.
pub fn missing_label(code: &str) -> String {
    use crate::domain::report::missing;
    match code {
        missing::MULTI_PROFESSIONAL_CONSENT => t!("plan-report-missing-multi"),
        missing::KELA_CONSENT => t!("plan-report-missing-kela-consent"),
        missing::CONTACT_REQUEST => t!("plan-report-missing-contact-request"),
        missing::KELA_FORM_LATE => t!("plan-report-missing-form-late"),
        missing::KELA_FORM_NOT_SENT => t!("plan-report-missing-form-not-sent"),
        other => super::super::team_missing_label(other)
            .map(|label| label.to_string())
            .unwrap_or_else(|| other.to_string()),
    }
}

pub fn none_this_week() -> String {
    t!("plan-report-none")
}

pub fn excel_is_csv() -> String {
    t!("plan-report-excel-is-csv")
}

pub fn unit_answer(unit: &str, worker: Option<&str>, on: Option<NaiveDate>) -> String {
    match (worker, on) {
        (Some(worker), Some(on)) => t!(
            "plan-report-unit-named",
            unit = unit,
            worker = worker,
            on = date(on)
        ),
        _ => t!("plan-report-unit-not-answered", unit = unit),
    }
}

pub fn weekly_title(week: &str, monday: NaiveDate, sunday: NaiveDate) -> String {
    t!(
        "plan-report-weekly-title",
        week = week,
        monday = date(monday),
        sunday = date(sunday)
    )
}

/// What the disclosure log records for a weekly report. Stored, like the other disclosures'
/// "what" and "to whom" (`ops/plan/show.rs`, `ops/backup.rs`), in English in every language: the
/// log is evidence and its JSON does not change with the language.
pub fn weekly_what(week: &str, format: &str) -> String {
    format!("weekly report {week} ({format})")
}

pub fn queue_title(today: NaiveDate) -> String {
    t!("plan-report-queue-title", today = date(today))
}

pub fn h_figure() -> String {
    t!("plan-report-h-figure")
}

pub fn h_key() -> String {
    t!("plan-report-h-key")
}

pub fn h_value() -> String {
    t!("plan-report-h-value")
}

pub fn chart_funnel() -> String {
    t!("plan-report-chart-funnel")
}

pub fn chart_segments() -> String {
    t!("plan-report-chart-segments")
}

pub fn chart_services() -> String {
    t!("plan-report-chart-services")
}

pub fn chart_time_saved() -> String {
    t!("plan-report-chart-time-saved")
}

pub fn mean() -> String {
    t!("plan-report-mean")
}

pub fn all_figures() -> String {
    t!("plan-report-all-figures")
}

pub fn chart_usefulness(n: u32) -> String {
    t!("plan-report-chart-usefulness", n = n)
}

/// `from` and `to`: dates already formatted for the UI language.
pub fn outcomes_title(from: &str, to: &str, region: Option<&str>) -> String {
    match region {
        Some(region) => t!(
            "plan-report-outcomes-title-region",
            from = from,
            to = to,
            region = region
        ),
        None => t!("plan-report-outcomes-title", from = from, to = to),
    }
}

pub fn h_command() -> String {
    t!("plan-report-h-command")
}

pub fn h_why() -> String {
    t!("plan-report-h-why")
}

pub fn h_recipient() -> String {
    t!("plan-report-h-recipient")
}

pub fn h_cases() -> String {
    t!("plan-report-h-cases")
}

// --- audit ---------------------------------------------------------------------------------

pub fn chain_edited() -> String {
    t!("plan-audit-chain-edited")
}

pub fn chain_gap(expected: i64, found: i64) -> String {
    t!("plan-audit-chain-gap", expected = expected, found = found)
}

pub fn s_withheld() -> String {
    t!("plan-audit-withheld")
}

pub fn s_register() -> String {
    t!("plan-audit-register")
}

pub fn backup_check_failed(result: &str) -> String {
    t!("plan-audit-backup-check-failed", result = result)
}

/// To whom the disclosure log records a backup went: stored in English (see `weekly_what`).
pub fn backup_recipient(path: &std::path::Path) -> String {
    format!("backup file {}", path.display())
}

pub fn backup_done(path: &std::path::Path, events: i64) -> String {
    let path = path.display().to_string();
    format!(
        "{}\n",
        t!("plan-audit-backup-done", path = path, events = events)
    )
}

pub fn restore_newer(current: &str, backup: &str) -> String {
    t!(
        "plan-audit-restore-newer",
        current = current,
        backup = backup
    )
}

pub fn restored(backup: &std::path::Path, register: &std::path::Path) -> String {
    t!(
        "plan-audit-restored",
        backup = backup.display().to_string(),
        register = register.display().to_string()
    )
}

pub fn chain_rewritten() -> String {
    t!("plan-audit-chain-rewritten")
}

pub fn chain_truncated(recorded: i64, now: i64) -> String {
    t!("plan-audit-chain-truncated", recorded = recorded, now = now)
}

pub fn chain_broken(logs: usize) -> String {
    t!("chain-broken", logs = logs)
}

/// A broken log's status: the first row that breaks it, and how.
pub fn row_problem(row: i64, problem: &str) -> String {
    t!("plan-audit-row-problem", row = row, problem = problem)
}

pub fn chain_ok() -> String {
    t!("plan-audit-chain-ok")
}

pub fn h_log() -> String {
    t!("plan-audit-h-log")
}

pub fn h_rows() -> String {
    t!("plan-audit-h-rows")
}

pub fn h_head() -> String {
    t!("plan-audit-h-head")
}

pub fn broken_keys(count: i64) -> String {
    t!("broken-keys", count = count)
}

pub fn schema_version(version: i64, latest: i64) -> String {
    t!(
        "plan-audit-schema-version",
        version = version,
        latest = latest
    )
}

pub fn clock_notes(log: &str, overridden: i64, earlier: i64) -> String {
    let notes = t!(
        "clock-notes",
        log = log,
        overridden = overridden,
        earlier = earlier
    );
    format!("{notes}\n")
}

pub fn clock_overridden() -> String {
    t!("plan-audit-clock-overridden")
}

pub fn chain_line(log: &str, rows: i64) -> String {
    t!("chain-line", log = log, rows = rows)
}

pub fn file_mode(mode: u32) -> String {
    let private = mode & 0o077 == 0;
    let mode = format!("{mode:o}");
    match private {
        true => t!("plan-audit-file-private", mode = mode),
        false => t!("plan-audit-file-open", mode = mode),
    }
}

pub fn folder_mode(dir: &std::path::Path, mode: u32) -> String {
    let dir = dir.display().to_string();
    t!(
        "plan-audit-folder-mode",
        dir = dir,
        mode = format!("{mode:o}")
    )
}

pub fn network_fs(kind: &str) -> String {
    t!("plan-audit-network-fs", kind = kind)
}

pub fn unknown_fs() -> String {
    t!("plan-audit-unknown-fs")
}

pub fn doctor_failed(count: usize) -> String {
    t!("doctor-failed", count = count)
}

pub fn h_check() -> String {
    t!("plan-audit-h-check")
}

pub fn h_detail() -> String {
    t!("plan-audit-h-detail")
}

pub fn chain_footer(rows: i64, head: &str) -> String {
    t!("plan-audit-chain-footer", rows = rows, head = head)
}
