//! Words of scheduling: slots, bookings, the agenda, the calendar and the scheduling refusals.

use super::meeting_label;

pub const NO_SLOTS: &str = "no slots are set";
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub fn weekday_name(weekday: u32) -> &'static str {
    WEEKDAYS
        .get(weekday.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

pub fn slot_words(weekday: u32, start: &str, every_weeks: u32, parity: u32) -> String {
    let base = format!("{} {start}", weekday_name(weekday));
    match every_weeks {
        1 => base,
        _ => format!(
            "{base} in {} weeks",
            if parity == 0 { "even" } else { "odd" }
        ),
    }
}

pub fn weekend(date: chrono::NaiveDate) -> String {
    format!(
        "{date} is a {}",
        weekday_name(chrono::Datelike::weekday(&date).number_from_monday())
    )
}

pub fn public_holiday(date: chrono::NaiveDate, name: &str) -> String {
    format!("{date} is {name}, a public holiday")
}

pub fn team_closed(date: chrono::NaiveDate, reason: &str) -> String {
    format!("the team is closed on {date} ({reason})")
}

pub fn no_slot_at(
    kind: crate::domain::MeetingKind,
    at: chrono::NaiveDateTime,
    slots: &str,
) -> String {
    format!(
        "there is no {} slot at {}; the slots are: {slots}",
        meeting_label(kind),
        at.format("%Y-%m-%d %H:%M")
    )
}

pub fn not_a_time(value: &str) -> String {
    super::i18n::t!("input-not-a-time", value = super::shown(value))
}

pub fn minutes_range() -> &'static str {
    "a meeting lasts from 15 to 480 minutes"
}

pub fn wrong_phase(
    kind: crate::domain::MeetingKind,
    phase: crate::domain::Phase,
    allowed: &[crate::domain::Phase],
) -> String {
    let allowed: Vec<&str> = allowed.iter().map(|p| p.as_str()).collect();
    format!(
        "a {} cannot be booked for a case in {phase}; it can be booked in: {}",
        meeting_label(kind),
        allowed.join(", ")
    )
}

pub fn assessment_first(kind: crate::domain::MeetingKind) -> String {
    format!(
        "the joint assessment must be held before a {}; mark it held with moty schedule held MEETING",
        meeting_label(kind)
    )
}

pub fn team_request_first(case_id: &str) -> String {
    format!("case {case_id} has no approved Yhteistyö-tiimi request; record it with moty schedule request {case_id} --approved-by NAME")
}

pub fn units_waiting(units: &[String]) -> String {
    format!(
        "these units have not named their worker yet: {}; record each answer with moty schedule answer",
        units.join(", ")
    )
}

pub fn already_booked(starts_at: chrono::NaiveDateTime, id: i64) -> String {
    let starts_at = crate::clock::minute::text(starts_at);
    format!("the case already has this kind of meeting booked at {starts_at} (meeting {id}); move or cancel it instead")
}

pub fn clash(
    starts_at: chrono::NaiveDateTime,
    kind: crate::domain::MeetingKind,
    id: i64,
) -> String {
    let starts_at = crate::clock::minute::text(starts_at);
    format!(
        "the case has a {} at {starts_at} (meeting {id}) at the same time",
        meeting_label(kind)
    )
}

pub fn in_the_past(at: chrono::NaiveDateTime) -> String {
    let at = crate::clock::minute::text(at);
    format!("{at} is in the past")
}

pub fn slot_full(at: chrono::NaiveDateTime, capacity: u32) -> String {
    let at = crate::clock::minute::text(at);
    format!("the slot at {at} is full ({capacity} of {capacity} places taken)")
}

pub fn no_free_slot(kind: crate::domain::MeetingKind) -> String {
    format!(
        "no free {} slot in the next 400 days; add slots with moty schedule slots add",
        meeting_label(kind)
    )
}

pub fn no_meeting(id: i64) -> String {
    format!("there is no meeting {id}; moty schedule list shows the meetings")
}

pub fn meeting_not_booked(id: i64, status: crate::domain::BookingStatus) -> String {
    format!("meeting {id} is {status}, not booked; only a booked meeting can be held, missed, cancelled or moved")
}

pub fn not_happened(starts_at: chrono::NaiveDateTime) -> String {
    let starts_at = crate::clock::minute::text(starts_at);
    format!("the meeting at {starts_at} has not happened yet")
}

pub fn kela_form_not_sent(case_id: &str) -> String {
    format!(
        "the Kela information-exchange form of case {case_id} was not sent before the consultation; record it with moty consent send-kela {case_id} --on DATE"
    )
}

pub fn network_not_for(segment: Option<crate::domain::Segment>) -> String {
    format!(
        "a network meeting follows the Kela hour for verkosto and yhteistyo clients; this client's segment is {}",
        segment.map_or("not recorded", |s| s.as_str())
    )
}

pub fn meeting_consent_needed() -> &'static str {
    "the client's oral consent to discuss their matters in this meeting must be recorded at the start; pass --meeting-consent once it is"
}

pub fn attendance_needed() -> &'static str {
    "at least client and referring-worker attend; e.g. --attended client,referring-worker,nurse"
}

pub fn meeting_scope(id: i64) -> String {
    format!("meeting {id}")
}

pub const NETWORK_NO_SLOTS: &str =
    "network meetings have no fixed slots; book them at any working-day time with --at";

pub fn not_a_clock_time(value: &str) -> String {
    super::i18n::t!("input-not-a-clock-time", value = super::shown(value))
}

pub fn slot_exists() -> &'static str {
    "that kind of meeting already has a slot at that weekday and time"
}

pub fn no_rule(id: i64) -> String {
    format!("there is no slot rule {id}; moty schedule slots list shows them")
}

pub fn request_exists(case_id: &str) -> String {
    format!("case {case_id} already has a Yhteistyö-tiimi request; record the units' answers with moty schedule answer")
}

pub fn no_units(case_id: &str) -> String {
    format!("case {case_id} has no requested units from triage (--decision collaboration-team --unit UNIT)")
}

pub fn unit_not_requested(unit: &str, units: &[String]) -> String {
    format!(
        "'{unit}' was not requested; the requested units are: {}",
        units.join(", ")
    )
}

pub const NO_KELA_CONSENT: &str = "no Kela consent in force";

pub fn form_sent(on: chrono::NaiveDate) -> String {
    format!("form sent {on}")
}

pub fn form_late(on: chrono::NaiveDate, due: chrono::NaiveDate) -> String {
    format!("form sent late {on} (due {due})")
}

pub fn form_not_sent(due: chrono::NaiveDate) -> String {
    format!("FORM NOT SENT (due {due})")
}

pub fn not_a_week(value: &str) -> String {
    format!("'{value}' is not an ISO week; write e.g. 2026-W49")
}

pub fn to_before_from() -> &'static str {
    "the last day is before the first"
}

pub const CLOSE_NEEDS_MULTI: &str =
    "--close goes with withdrawing the multi-professional consent (--kind multi-professional)";

pub const NO_DRY_RUN_FOR_NETWORK: &str =
    "a network meeting has no slots to list; book it at the time you pick with --at";
pub const CANCELLED_BY_CLOSE: &str = "the case was closed";

pub fn outside_hours(first: &str, last: &str) -> String {
    format!("a network meeting starts and ends between {first} and {last} on a working day")
}
