//! Words of scheduling: slots, bookings, the agenda, the calendar and the scheduling refusals.
//!
//! Every word is a message in `i18n/LANG/moty.ftl` under `sched-…` (src/text/i18n.rs). Meeting
//! times read `2026-12-02 12:30` in English and `ke 2.12.2026 klo 12.30` in Finnish.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::format;
use super::i18n::{t, ui_language};
use super::{meeting_label, value_label};
use crate::clock::minute;
use crate::domain::{Language, MeetingKind, Phase, Segment};

// --- times and dates in the UI language (also for consult.rs, feedback.rs, correct.rs) --------

/// A meeting's time: `2026-12-02 12:30` (en), `ke 2.12.2026 klo 12.30` (fi).
pub(super) fn sched_at(at: NaiveDateTime) -> String {
    match ui_language() {
        Language::En => minute::text(at),
        language => format::date_time_weekday(language, at),
    }
}

/// A date: `2026-12-01` (en), `1.12.2026` (fi).
pub(super) fn sched_day(day: NaiveDate) -> String {
    format::date(ui_language(), day)
}

/// A time the register keeps as text (`2026-12-02 12:30`), worded like `sched_at`; text of
/// another shape is shown as it is.
pub(super) fn sched_minute_text(text: &str) -> String {
    match NaiveDateTime::parse_from_str(text, minute::FORMAT) {
        Ok(at) => sched_at(at),
        Err(_) => text.to_string(),
    }
}

/// A date the register keeps as text (`2026-12-30`), worded like `sched_day`.
pub(super) fn sched_day_text(text: &str) -> String {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(day) => sched_day(day),
        Err(_) => text.to_string(),
    }
}

/// A time of day given as `HH:MM`, worded for the UI language (`12.30` in Finnish).
fn clock_words(text: &str) -> String {
    match NaiveTime::parse_from_str(text, "%H:%M") {
        Ok(time) => format::time(ui_language(), time),
        Err(_) => text.to_string(),
    }
}

// --- slots and the calendar -----------------------------------------------------------------

pub fn no_slots() -> String {
    t!("sched-no-slots")
}

/// A weekday's name, 1 = Monday … 7 = Sunday.
pub fn weekday_name(weekday: u32) -> String {
    let day =
        chrono::Weekday::try_from(weekday.clamp(1, 7) as u8 - 1).unwrap_or(chrono::Weekday::Mon);
    format::weekday(ui_language(), day)
}

pub fn slot_words(weekday: u32, start: &str, every_weeks: u32, parity: u32) -> String {
    let (weekday, start) = (weekday_name(weekday), clock_words(start));
    match every_weeks {
        1 => t!("sched-slot", weekday = weekday, start = start),
        _ => t!(
            "sched-slot-alternate",
            weekday = weekday,
            start = start,
            parity = if parity == 0 { "even" } else { "odd" }
        ),
    }
}

pub fn weekend(date: NaiveDate) -> String {
    t!(
        "sched-weekend",
        date = sched_day(date),
        weekday = weekday_name(date.weekday().number_from_monday())
    )
}

/// A public holiday's name (`domain::calendar` names them in English) in the UI language; any
/// other text as it is.
pub fn holiday_name(name: &str) -> String {
    match name {
        "New Year's Day" => t!("sched-holiday-new-year"),
        "Epiphany" => t!("sched-holiday-epiphany"),
        "Good Friday" => t!("sched-holiday-good-friday"),
        "Easter Sunday" => t!("sched-holiday-easter-sunday"),
        "Easter Monday" => t!("sched-holiday-easter-monday"),
        "May Day" => t!("sched-holiday-may-day"),
        "Ascension Day" => t!("sched-holiday-ascension"),
        "Midsummer Eve" => t!("sched-holiday-midsummer-eve"),
        "Midsummer Day" => t!("sched-holiday-midsummer-day"),
        "All Saints' Day" => t!("sched-holiday-all-saints"),
        "Independence Day" => t!("sched-holiday-independence"),
        "Christmas Eve" => t!("sched-holiday-christmas-eve"),
        "Christmas Day" => t!("sched-holiday-christmas-day"),
        "Boxing Day" => t!("sched-holiday-boxing-day"),
        other => other.to_string(),
    }
}

pub fn public_holiday(date: NaiveDate, name: &str) -> String {
    t!(
        "sched-public-holiday",
        date = sched_day(date),
        name = holiday_name(name)
    )
}

pub fn team_closed(date: NaiveDate, reason: &str) -> String {
    t!("sched-team-closed", date = sched_day(date), reason = reason)
}

pub fn no_slot_at(kind: MeetingKind, at: NaiveDateTime, slots: &str) -> String {
    t!(
        "sched-no-slot-at",
        kind = meeting_label(kind),
        at = sched_at(at),
        slots = slots
    )
}

pub fn not_a_time(value: &str) -> String {
    t!("input-not-a-time", value = super::shown(value))
}

pub fn minutes_range() -> String {
    t!("sched-minutes-range")
}

pub fn wrong_phase(kind: MeetingKind, phase: Phase, allowed: &[Phase]) -> String {
    let allowed: Vec<&str> = allowed.iter().map(|p| value_label(p.as_str())).collect();
    t!(
        "sched-wrong-phase",
        kind = meeting_label(kind),
        phase = value_label(phase.as_str()),
        allowed = allowed.join(", ")
    )
}

pub fn assessment_first(kind: MeetingKind) -> String {
    t!("sched-assessment-first", kind = meeting_label(kind))
}

pub fn team_request_first(case_id: &str) -> String {
    t!("sched-team-request-first", case = case_id)
}

pub fn units_waiting(units: &[String]) -> String {
    t!("sched-units-waiting", units = units.join(", "))
}

pub fn already_booked(starts_at: NaiveDateTime, id: i64) -> String {
    t!("sched-already-booked", at = sched_at(starts_at), id = id)
}

pub fn clash(starts_at: NaiveDateTime, kind: MeetingKind, id: i64) -> String {
    t!(
        "sched-clash",
        kind = meeting_label(kind),
        at = sched_at(starts_at),
        id = id
    )
}

pub fn in_the_past(at: NaiveDateTime) -> String {
    t!("sched-in-the-past", at = sched_at(at))
}

pub fn slot_full(at: NaiveDateTime, capacity: u32) -> String {
    t!("sched-slot-full", at = sched_at(at), capacity = capacity)
}

pub fn no_free_slot(kind: MeetingKind) -> String {
    t!("sched-no-free-slot", kind = meeting_label(kind))
}

pub fn no_meeting(id: i64) -> String {
    t!("sched-no-meeting", id = id)
}

pub fn meeting_not_booked(id: i64, status: crate::domain::BookingStatus) -> String {
    t!(
        "sched-meeting-not-booked",
        id = id,
        status = status.as_str()
    )
}

pub fn not_happened(starts_at: NaiveDateTime) -> String {
    t!("sched-not-happened", at = sched_at(starts_at))
}

pub fn kela_form_not_sent(case_id: &str) -> String {
    t!("sched-kela-form-not-sent", case = case_id)
}

pub fn network_not_for(segment: Option<Segment>) -> String {
    match segment {
        Some(segment) => t!("sched-network-not-for", segment = segment.as_str()),
        None => t!("sched-network-not-for-unrecorded"),
    }
}

pub fn meeting_consent_needed() -> String {
    t!("sched-meeting-consent-needed")
}

pub fn attendance_needed() -> String {
    t!("sched-attendance-needed")
}

/// The scope of the oral meeting consent recorded when a meeting is held (kept in the register
/// in the words of the coordinator who recorded it, like a scope typed with --scope).
/// Stored in the register (the meeting consent's scope): in English whatever the UI language,
/// so that a register shared by a pair reads the same for both.
pub fn meeting_scope(id: i64) -> String {
    super::i18n::t_in!(crate::domain::Language::En, "sched-meeting-scope", id = id)
}

pub fn network_no_slots() -> String {
    t!("sched-network-no-slots")
}

pub fn not_a_clock_time(value: &str) -> String {
    t!("input-not-a-clock-time", value = super::shown(value))
}

pub fn slot_exists() -> String {
    t!("sched-slot-exists")
}

pub fn no_rule(id: i64) -> String {
    t!("sched-no-rule", id = id)
}

pub fn request_exists(case_id: &str) -> String {
    t!("sched-request-exists", case = case_id)
}

pub fn no_units(case_id: &str) -> String {
    t!("sched-no-units", case = case_id)
}

pub fn unit_not_requested(unit: &str, units: &[String]) -> String {
    t!(
        "sched-unit-not-requested",
        unit = unit,
        units = units.join(", ")
    )
}

pub fn no_kela_consent() -> String {
    t!("sched-no-kela-consent")
}

pub fn form_sent(on: NaiveDate) -> String {
    t!("sched-form-sent", on = sched_day(on))
}

pub fn form_late(on: NaiveDate, due: NaiveDate) -> String {
    t!("sched-form-late", on = sched_day(on), due = sched_day(due))
}

pub fn form_not_sent(due: NaiveDate) -> String {
    t!("sched-form-not-sent", due = sched_day(due))
}

pub fn not_a_week(value: &str) -> String {
    t!("sched-not-a-week", value = value)
}

pub fn to_before_from() -> String {
    t!("sched-to-before-from")
}

pub fn close_needs_multi() -> String {
    t!("sched-close-needs-multi")
}

pub fn no_dry_run_for_network() -> String {
    t!("sched-no-dry-run-for-network")
}

/// Why a booked meeting was cancelled when its case was closed (kept in the register in the
/// words of the coordinator who closed it, like a reason typed with --reason).
/// Stored in the register (a cancelled meeting's reason): in English whatever the UI language.
pub fn cancelled_by_close() -> String {
    super::i18n::t_in!(crate::domain::Language::En, "sched-cancelled-by-close")
}

pub fn outside_hours(first: &str, last: &str) -> String {
    t!(
        "sched-outside-hours",
        first = clock_words(first),
        last = clock_words(last)
    )
}
