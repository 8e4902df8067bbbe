//! Prompts, table headings, value descriptions and the sentences commands print on success.
//!
//! Every word is a message in `i18n/LANG/moty.ftl`: the value labels under `value-…`
//! (`labels/values.rs`), the rest under `label-…`. What was a constant is a function of the same
//! name in lower case returning `&'static str` (`kept!`: asked once per run and language, then
//! kept), so its callers stay as they were.

use chrono::{NaiveDate, NaiveDateTime};

use super::format;
use super::i18n::{t, ui_language};

mod values;

pub use values::*;

/// A message without variables as a `&'static str`, for a word the rest of the code holds like
/// a constant (a heading, a prompt): made once per run and language, then kept.
macro_rules! kept {
    ($id:literal) => {
        $crate::text::labels::keep($crate::text::i18n::ui_language(), $id, || {
            Some($crate::text::i18n::t!($id))
        })
    };
    // A line of output: the message and a line break.
    ($id:literal, line) => {
        $crate::text::labels::keep($crate::text::i18n::ui_language(), $id, || {
            Some($crate::text::i18n::t!($id) + "\n")
        })
    };
}

pub(crate) use kept;

fn date(on: NaiveDate) -> String {
    format::date(ui_language(), on)
}

fn date_time(at: NaiveDateTime) -> String {
    format::date_time(ui_language(), at)
}

// --- prompts -------------------------------------------------------------------------------

pub fn prompt_name() -> &'static str {
    kept!("label-prompt-name")
}
pub fn prompt_group() -> &'static str {
    kept!("label-prompt-group")
}
pub fn prompt_source() -> &'static str {
    kept!("label-prompt-source")
}
pub fn prompt_channel() -> &'static str {
    kept!("label-prompt-channel")
}
pub fn prompt_signs() -> &'static str {
    kept!("label-prompt-signs")
}
pub fn prompt_other_sign() -> &'static str {
    kept!("label-prompt-other-sign")
}
pub fn prompt_reason() -> &'static str {
    kept!("label-prompt-reason")
}
pub fn prompt_consent_kind() -> &'static str {
    kept!("label-prompt-consent-kind")
}
pub fn prompt_consent_method() -> &'static str {
    kept!("label-prompt-consent-method")
}

// --- headings ------------------------------------------------------------------------------

pub fn h_case() -> &'static str {
    kept!("label-h-case")
}
pub fn h_name() -> &'static str {
    kept!("label-h-name")
}
pub fn h_hetu() -> &'static str {
    kept!("label-h-hetu")
}
pub fn h_born() -> &'static str {
    kept!("label-h-born")
}
pub fn h_phone() -> &'static str {
    kept!("label-h-phone")
}
pub fn h_region() -> &'static str {
    kept!("label-h-region")
}
pub fn h_group() -> &'static str {
    kept!("label-h-group")
}
pub fn h_phase() -> &'static str {
    kept!("label-h-phase")
}
pub fn h_days() -> &'static str {
    kept!("label-h-days")
}
pub fn h_opened() -> &'static str {
    kept!("label-h-opened")
}
pub fn h_id() -> &'static str {
    kept!("label-h-id")
}
pub fn h_kind() -> &'static str {
    kept!("label-h-kind")
}
pub fn h_method() -> &'static str {
    kept!("label-h-method")
}
pub fn h_given() -> &'static str {
    kept!("label-h-given")
}
pub fn h_status() -> &'static str {
    kept!("label-h-status")
}
pub fn h_scope() -> &'static str {
    kept!("label-h-scope")
}
pub fn h_by() -> &'static str {
    kept!("label-h-by")
}
pub fn h_date() -> &'static str {
    kept!("label-h-date")
}
pub fn h_entered() -> &'static str {
    kept!("label-h-entered")
}
pub fn h_what() -> &'static str {
    kept!("label-h-what")
}

pub fn l_client() -> &'static str {
    kept!("label-l-client")
}
pub fn l_municipality() -> &'static str {
    kept!("label-l-municipality")
}
pub fn l_referral() -> &'static str {
    kept!("label-l-referral")
}
pub fn l_source() -> &'static str {
    kept!("label-l-source")
}
pub fn l_channel() -> &'static str {
    kept!("label-l-channel")
}
pub fn l_referrer() -> &'static str {
    kept!("label-l-referrer")
}
pub fn l_signs() -> &'static str {
    kept!("label-l-signs")
}
pub fn l_reason() -> &'static str {
    kept!("label-l-reason")
}
pub fn l_consents() -> &'static str {
    kept!("label-l-consents")
}
pub fn l_timeline() -> &'static str {
    kept!("label-l-timeline")
}
pub fn l_temporary() -> &'static str {
    kept!("label-l-temporary")
}
/// An empty cell: a dash in every language.
pub const NONE: &str = "—";
pub fn no_consents() -> &'static str {
    kept!("label-no-consents")
}

/// The sign "other" with the words the referrer gave it.
pub fn other_sign(other: &str) -> String {
    t!("label-other-sign", other = other)
}

// --- sentences -----------------------------------------------------------------------------

pub fn registered(case: &str, name: &str, new_client: bool, changed: &[&str]) -> String {
    let mut line = match new_client {
        true => t!("label-registered-new", case = case, name = name),
        false => t!("label-registered-known", case = case, name = name),
    };
    if !changed.is_empty() {
        let fields: Vec<String> = changed.iter().map(|f| client_field(f)).collect();
        line.push(' ');
        line.push_str(&t!("label-registered-updated", fields = fields.join(", ")));
    }
    line.push('\n');
    line.push_str(&t!("label-registered-next", case = case));
    line.push('\n');
    line
}

/// `kind` and `method` are the codes (e.g. "multi-professional", "written").
pub fn consent_given(case: &str, id: i64, kind: &str, method: &str, on: NaiveDate) -> String {
    t!(
        "label-consent-given",
        case = case,
        id = id,
        kind = kind,
        method = method,
        on = date(on)
    ) + "\n"
}

/// `kind` is the code (e.g. "multi-professional").
pub fn consent_withdrawn(case: &str, id: i64, kind: &str, on: NaiveDate) -> String {
    t!(
        "label-consent-withdrawn",
        case = case,
        id = id,
        kind = kind,
        on = date(on)
    ) + "\n"
}

pub fn kela_sent(case: &str, on: NaiveDate) -> String {
    t!("label-kela-sent", case = case, on = date(on)) + "\n"
}

pub fn consent_status(
    withdrawn_on: Option<NaiveDate>,
    sent_to_kela_on: Option<NaiveDate>,
) -> String {
    match (withdrawn_on, sent_to_kela_on) {
        (Some(on), _) => t!("label-consent-withdrawn-on", on = date(on)),
        (None, Some(on)) => t!("label-consent-sent-to-kela", on = date(on)),
        (None, None) => t!("label-consent-in-force"),
    }
}

pub fn found_nothing() -> &'static str {
    kept!("label-found-nothing", line)
}

pub fn truncated(limit: usize) -> String {
    t!("label-truncated", limit = limit) + "\n"
}

pub fn listed_nothing() -> &'static str {
    kept!("label-listed-nothing", line)
}

pub fn case_heading(case: &str, phase: &str, since: NaiveDate, days: i64) -> String {
    t!(
        "case-heading",
        case = case,
        phase = phase,
        since = date(since),
        days = days
    )
}

/// A timeline entry whose date is earlier than the day it was entered.
pub fn backdated(what: &str) -> String {
    t!("label-backdated", what = what)
}

/// The client's non-disclosure order as a changed field in the timeline.
pub fn non_disclosure_field() -> &'static str {
    kept!("label-field-non-disclosure")
}

// --- demo ----------------------------------------------------------------------------------

pub fn demo_not_demo(path: &std::path::Path) -> String {
    t!("label-demo-not-demo", path = path.display().to_string())
}

pub fn demo_built(path: &std::path::Path, clients: usize) -> String {
    t!(
        "label-demo-built",
        path = path.display().to_string(),
        clients = clients
    ) + "\n"
}

pub fn demo_try(path: &std::path::Path, case: &str) -> String {
    let db = path.display().to_string();
    format!(
        "\n{}\n  moty --db {db} list\n  moty --db {db} find maki\n  moty --db {db} show {case}\n  moty --db {db} consent list {case}\n",
        t!("label-demo-try")
    )
}

pub fn demo_open_cases() -> &'static str {
    kept!("label-demo-open-cases")
}
pub fn demo_one_case() -> &'static str {
    kept!("label-demo-one-case")
}
pub fn demo_outcomes() -> &'static str {
    kept!("label-demo-outcomes")
}

// --- triage --------------------------------------------------------------------------------

pub fn h_urgency() -> &'static str {
    kept!("label-h-urgency")
}
pub fn h_waiting() -> &'static str {
    kept!("label-h-waiting")
}
pub fn h_consent() -> &'static str {
    kept!("label-h-consent")
}
pub fn queue_empty() -> &'static str {
    kept!("label-queue-empty", line)
}
pub fn prompt_action() -> &'static str {
    kept!("label-prompt-action")
}
/// What can be done with a case in the triage session, in this order.
pub fn actions() -> [&'static str; 4] {
    [
        kept!("label-action-decide"),
        kept!("label-action-skip"),
        kept!("label-action-back"),
        kept!("label-action-quit"),
    ]
}
pub fn prompt_decision() -> &'static str {
    kept!("label-prompt-decision")
}
pub fn prompt_kela_screen() -> &'static str {
    kept!("label-prompt-kela-screen")
}
pub fn prompt_team() -> &'static str {
    kept!("label-prompt-team")
}
pub fn prompt_urgency() -> &'static str {
    kept!("label-prompt-urgency")
}
pub fn prompt_note() -> &'static str {
    kept!("label-prompt-note")
}
pub fn prompt_advice() -> &'static str {
    kept!("label-prompt-advice")
}
pub fn prompt_to() -> &'static str {
    kept!("label-prompt-to")
}
pub fn prompt_decline() -> &'static str {
    kept!("label-prompt-decline")
}
pub fn prompt_units() -> &'static str {
    kept!("label-prompt-units")
}
pub fn prompt_record() -> &'static str {
    kept!("label-prompt-record")
}
pub fn prompt_consent_now() -> &'static str {
    kept!("label-prompt-consent-now")
}
/// What can be done in triage with a case that lacks consent, in this order.
pub fn consent_actions() -> [&'static str; 2] {
    [
        kept!("label-consent-action-record"),
        kept!("label-consent-action-skip"),
    ]
}
pub fn prompt_consent_date() -> &'static str {
    kept!("label-prompt-consent-date")
}
pub fn offer_slot(at: NaiveDateTime) -> String {
    t!("label-offer-slot", at = date_time(at))
}

pub fn not_recorded() -> &'static str {
    kept!("label-not-recorded", line)
}

pub fn card_heading(case: &str, position: usize, total: usize) -> String {
    format!("{case} ({position}/{total})")
}

pub fn days_waiting(days: i64, since: NaiveDate) -> String {
    t!("days-waiting", days = days, since = date(since))
}

/// `decision` and `phase` are labels.
pub fn triaged(case: &str, decision: &str, phase: &str) -> String {
    t!(
        "label-triaged",
        case = case,
        decision = decision,
        phase = phase
    ) + "\n"
}

/// `reason` is a label.
pub fn closed(case: &str, reason: &str) -> String {
    t!("label-closed", case = case, reason = reason) + "\n"
}

/// `phase` is a label.
pub fn reopened(case: &str, phase: &str) -> String {
    t!("label-reopened", case = case, phase = phase) + "\n"
}

pub fn queue_done(decided: usize, left: usize) -> String {
    t!("label-queue-done", decided = decided, left = left) + "\n"
}

pub fn offer_close(case: &str) -> String {
    t!("label-offer-close", case = case)
}

pub fn still_open(case: &str) -> String {
    t!("label-still-open", case = case) + "\n"
}

pub fn l_closed() -> &'static str {
    kept!("label-l-closed")
}
pub fn l_team() -> &'static str {
    kept!("label-l-team")
}
pub fn l_kela_screen() -> &'static str {
    kept!("label-l-kela-screen")
}
pub fn l_units() -> &'static str {
    kept!("label-l-units")
}

// --- scheduling ----------------------------------------------------------------------------

pub fn h_kind_meeting() -> &'static str {
    kept!("label-h-kind-meeting")
}
pub fn h_when() -> &'static str {
    kept!("label-h-when")
}
pub fn h_minutes() -> &'static str {
    kept!("label-h-minutes")
}
pub fn h_capacity() -> &'static str {
    kept!("label-h-capacity")
}
pub fn h_free() -> &'static str {
    kept!("label-h-free")
}
pub fn h_notes() -> &'static str {
    kept!("label-h-notes")
}
pub fn h_unit() -> &'static str {
    kept!("label-h-unit")
}
pub fn h_answered() -> &'static str {
    kept!("label-h-answered")
}
pub fn h_worker() -> &'static str {
    kept!("label-h-worker")
}
pub fn h_schedule() -> &'static str {
    kept!("label-h-schedule")
}

/// `kind` is a meeting label (`meeting_label`).
pub fn booked(id: i64, case: &str, kind: &str, at: NaiveDateTime) -> String {
    t!(
        "label-booked",
        id = id,
        case = case,
        kind = kind,
        at = date_time(at)
    ) + "\n"
}

/// `status` is a label.
pub fn meeting_now(id: i64, status: &str, at: NaiveDateTime) -> String {
    t!(
        "label-meeting-now",
        id = id,
        status = status,
        at = date_time(at)
    ) + "\n"
}

/// `kind` is a meeting label (`meeting_label`).
pub fn candidates_heading(case: &str, kind: &str) -> String {
    t!("label-candidates-heading", case = case, kind = kind) + "\n"
}

pub fn kela_settings(lead: u32, contact: Option<&str>) -> String {
    match contact {
        Some(contact) => t!("label-kela-settings", lead = lead, contact = contact),
        None => t!("label-kela-settings-no-contact", lead = lead),
    }
}

pub fn closed_day_line(day: NaiveDate, reason: &str) -> String {
    t!("label-closed-day", day = date(day), reason = reason)
}

pub fn request_heading(case: &str, by: &str, on: NaiveDate) -> String {
    t!("label-request-heading", case = case, by = by, on = date(on))
}

pub fn agenda_heading(from: NaiveDate, to: NaiveDate) -> String {
    t!("label-agenda-heading", from = date(from), to = date(to)) + "\n"
}

pub fn chair(name: &str) -> String {
    t!("label-chair", name = name)
}

pub fn kela_contact_line(name: &str) -> String {
    t!("label-kela-contact", name = name)
}

pub fn waiting_units_line(case: &str, units: &[String]) -> String {
    t!("label-waiting-units", case = case, units = units.join(", "))
}

/// `kind` is a meeting label (`meeting_label`).
pub fn ics_summary(kind: &str, case: &str) -> String {
    t!("label-ics-summary", kind = kind, case = case)
}

pub fn ics_description(id: i64) -> String {
    t!("label-ics-description", id = id)
}

pub fn yes() -> &'static str {
    value_label("yes")
}
pub fn no() -> &'static str {
    value_label("no")
}
