//! Scheduling output: booking receipts, candidates and the slot rules (the agenda: agenda.rs).

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::clock::minute;
use crate::domain::records::{Booking, TeamRequest};
use crate::domain::schedule::Slot;
use crate::domain::{calendar, MeetingKind};
use crate::ops::schedule::agenda::{FormStatus, KelaForm};
use crate::ops::schedule::rules::Calendar;
use crate::text;

#[derive(Serialize, JsonSchema)]
pub struct BookingView<'a> {
    #[serde(flatten)]
    booking: &'a Booking,
    starts_utc: String,
}

fn view(booking: &Booking) -> BookingView<'_> {
    BookingView {
        booking,
        starts_utc: calendar::helsinki_to_utc(booking.start()).unwrap_or_default(),
    }
}

#[derive(Serialize, JsonSchema)]
pub struct Candidate {
    starts_at: String,
    starts_utc: String,
    minutes: u32,
}

#[derive(Serialize, JsonSchema)]
pub struct Candidates<'a> {
    case: &'a str,
    kind: MeetingKind,
    candidates: Vec<Candidate>,
}

#[derive(Serialize, JsonSchema)]
pub struct ClosedDay<'a> {
    date: chrono::NaiveDate,
    reason: &'a str,
}

#[derive(Serialize, JsonSchema)]
pub struct Rules<'a> {
    slots: &'a [crate::domain::schedule::SlotRule],
    kela_lead_days: u32,
    kela_contact: Option<&'a str>,
    closed_days: Vec<ClosedDay<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct TeamRequestDoc<'a> {
    request: &'a TeamRequest,
    booked: Option<BookingView<'a>>,
}

pub fn booked(booking: &Booking, as_json: bool) -> String {
    if as_json {
        return json(&view(booking));
    }
    text::booked(
        booking.id,
        &booking.case,
        text::meeting_label(booking.kind),
        booking.starts_at,
    )
}

pub fn meeting_changed(booking: &Booking, as_json: bool) -> String {
    if as_json {
        return json(&view(booking));
    }
    text::meeting_now(
        booking.id,
        text::value_label(booking.status.as_str()),
        booking.starts_at,
    )
}

pub fn candidates(case: &str, kind: MeetingKind, slots: &[Slot], as_json: bool) -> String {
    let list: Vec<Candidate> = slots
        .iter()
        .map(|s| Candidate {
            starts_at: minute::text(s.starts_at),
            starts_utc: calendar::helsinki_to_utc(s.starts_at).unwrap_or_default(),
            minutes: s.minutes,
        })
        .collect();
    if as_json {
        return json(&Candidates {
            case,
            kind,
            candidates: list,
        });
    }
    let mut out = text::candidates_heading(case, text::meeting_label(kind));
    for s in slots {
        let at = text::format::ui_meeting_time(s.starts_at);
        out.push_str(&format!("  {}\n", text::candidate_line(&at, s.minutes)));
    }
    out
}

pub fn slot_rules(calendar: &Calendar, as_json: bool) -> String {
    if as_json {
        return json(&Rules {
            slots: &calendar.slots,
            kela_lead_days: calendar.kela_lead_days,
            kela_contact: calendar.kela_contact.as_deref(),
            closed_days: calendar
                .closed_days
                .iter()
                .map(|(d, r)| ClosedDay {
                    date: *d,
                    reason: r,
                })
                .collect(),
        });
    }
    let (rules, closed, lead, contact) = (
        &calendar.slots,
        &calendar.closed_days,
        calendar.kela_lead_days,
        calendar.kela_contact.as_deref(),
    );
    let mut t = table(&[
        text::h_id(),
        text::h_kind_meeting(),
        text::h_when(),
        text::h_minutes(),
        text::h_capacity(),
        text::h_region(),
    ]);
    for r in rules {
        t.add_row(vec![
            r.id.to_string(),
            text::meeting_label(r.kind).to_string(),
            text::slot_words(
                r.weekday,
                &r.start.format("%H:%M").to_string(),
                r.every_weeks,
                r.week_parity,
            ),
            r.minutes.to_string(),
            r.capacity.to_string(),
            r.region.clone().unwrap_or_else(text::every_region),
        ]);
    }
    let mut out = format!("{t}\n{}\n", text::kela_settings(lead, contact));
    for (day, reason) in closed {
        out.push_str(&format!("{}\n", text::closed_day_line(*day, reason)));
    }
    out
}

/// The request and its units after a step; `notes` are the step's own lines (what was sent, an
/// implicit acknowledgement), printed after the table and before a booking.
pub fn team_request(
    request: &TeamRequest,
    booked: Option<&Booking>,
    notes: &[String],
    as_json: bool,
) -> String {
    if as_json {
        return json(&TeamRequestDoc {
            request,
            booked: booked.map(view),
        });
    }
    let mut t = table(&[
        text::h_unit(),
        &text::h_sent(),
        &text::h_acknowledged(),
        text::h_schedule(),
        &text::h_worker_due(),
        text::h_worker(),
        text::h_answered(),
    ]);
    for u in &request.units {
        t.add_row(vec![
            u.unit.clone(),
            or_none(&u.description_sent_on.map(text::team_day)),
            or_none(&u.acknowledged_on.map(text::team_day)),
            or_none(&u.schedule),
            or_none(&u.due_on.map(text::team_day)),
            or_none(&u.worker),
            or_none(&u.answered_on.map(text::team_day)),
        ]);
    }
    let mut out = format!(
        "{}\n",
        text::request_heading(&request.case, &request.approved_by, request.approved_on)
    );
    if let Some(on) = request.unit_meeting_on {
        out.push_str(&text::unit_meeting_line(on));
    }
    out.push_str(&format!("{t}\n"));
    for note in notes {
        out.push_str(note);
    }
    if let Some(b) = booked {
        out.push_str(&text::booked(
            b.id,
            &b.case,
            text::meeting_label(b.kind),
            b.starts_at,
        ));
    }
    out
}

/// A Kela-hour form sent after its day, or not sent and its day gone.
pub(super) fn form_late(form: &KelaForm, today: chrono::NaiveDate) -> bool {
    match form.status {
        FormStatus::Late => true,
        FormStatus::NotSent | FormStatus::NoConsent => form.due_on < today,
        FormStatus::Sent => false,
    }
}

/// Where a Kela-hour form stands, in words.
pub(crate) fn form_words(form: &KelaForm) -> String {
    match (form.status, form.sent_on) {
        (FormStatus::Sent, Some(on)) => text::form_sent(on),
        (FormStatus::Late, Some(on)) => text::form_late(on, form.due_on),
        (FormStatus::NoConsent, _) => text::no_kela_consent(),
        _ => text::form_not_sent(form.due_on),
    }
}
