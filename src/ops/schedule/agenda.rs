//! The agenda (`moty schedule list`, a page at a time in agenda_pages.rs; the weekly export's
//! week, whole) and the calendar export (`moty schedule ics`). Both show case ids, never names;
//! the export is written to the disclosure log. The meeting times are gathered a window of days
//! at a time, so what is held is a window's bookings, whatever the period's length.

use schemars::JsonSchema;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::super::Session;
use super::rules::kela_settings;
use crate::domain::paging::AgendaKey;
use crate::domain::records::{Booking, Invitee};
use crate::domain::schedule::{slots_from, working_days_before, SlotRule};
use crate::domain::{calendar, BookingStatus, ConsentKind, MeetingKind};
use crate::store::schedule as db;
use crate::store::{access, consents, triage, Tx};
use crate::{files, render};

/// One booked place as the agenda shows it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Entry {
    pub meeting: i64,
    pub case: String,
    pub status: BookingStatus,
    pub participants: Vec<String>,
    /// Professionals from the directory invited by name.
    pub invited: Vec<String>,
    /// The same professionals with their e-mail where their directory entry has one (the
    /// calendar file invites them by it).
    pub invitees: Vec<Invitee>,
    /// The meeting's video link (Teams or another service).
    pub video_link: Option<String>,
    pub chair: Option<String>,
    /// Kela hour: whether the information-exchange form went to Kela in time.
    pub kela_form: Option<KelaForm>,
}

/// One meeting time: a slot with its places, or a network meeting.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Meeting {
    pub kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
    pub starts_utc: String,
    pub minutes: u32,
    pub capacity: Option<u32>,
    pub free: Option<u32>,
    pub booked: Vec<Entry>,
}

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
pub struct ClosedDay {
    pub date: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Waiting {
    pub case: String,
    pub units: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Agenda {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub meetings: Vec<Meeting>,
    pub closed_days: Vec<ClosedDay>,
    pub waiting_for_units: Vec<Waiting>,
    pub kela_contact: Option<String>,
}

fn participants(tx: &Tx, booking: &Booking, had_kela: bool) -> Result<Vec<String>> {
    let mut list: Vec<String> = triage::for_case(tx, &booking.case)?
        .last()
        .map(|t| t.team.iter().map(|r| r.to_string()).collect())
        .unwrap_or_default();
    if booking.doctor {
        list.push("doctor".to_string());
    }
    if booking.kind == MeetingKind::Kela || (booking.kind == MeetingKind::Network && had_kela) {
        list.push("kela-contact".to_string());
    }
    Ok(list)
}

/// Where the Kela information-exchange form of a Kela-hour booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FormStatus {
    /// Sent by its due date.
    Sent,
    /// Sent, but after its due date.
    Late,
    /// The Kela consent is in force but the form has not gone.
    NotSent,
    /// No Kela information-exchange consent in force.
    NoConsent,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct KelaForm {
    pub status: FormStatus,
    pub sent_on: Option<NaiveDate>,
    /// The last working day the form should reach Kela by (the team's lead time).
    pub due_on: NaiveDate,
}

impl KelaForm {
    pub fn in_time(&self) -> bool {
        self.status == FormStatus::Sent
    }
}

pub(crate) fn kela_form(
    tx: &Tx,
    booking: &Booking,
    lead: u32,
    closed: &HashMap<NaiveDate, String>,
) -> Result<Option<KelaForm>> {
    if booking.kind != MeetingKind::Kela {
        return Ok(None);
    }
    let due_on = working_days_before(booking.start().date(), lead, &|d| closed.get(&d).cloned());
    let consent = consents::for_case(tx, &booking.case)?
        .into_iter()
        .rfind(|c| c.is_active() && c.kind == ConsentKind::KelaExchange);
    let (status, sent_on) = match consent.map(|c| c.sent_to_kela_on) {
        None => (FormStatus::NoConsent, None),
        Some(Some(sent)) if sent <= due_on => (FormStatus::Sent, Some(sent)),
        Some(Some(sent)) => (FormStatus::Late, Some(sent)),
        Some(None) => (FormStatus::NotSent, None),
    };
    Ok(Some(KelaForm {
        status,
        sent_on,
        due_on,
    }))
}

/// What an agenda shows: the days `from` to `to`, one kind of meeting or every kind, one region's
/// slots and meetings or every region's (`region` None).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: Option<MeetingKind>,
    pub region: Option<&'a str>,
}

/// What the meeting times are read against: the slot rules of the scope, the closed days, the
/// Kela hour's lead time and contact person. Small, and read again with each page.
pub(crate) struct Frame {
    rules: Vec<SlotRule>,
    closed: HashMap<NaiveDate, String>,
    lead: u32,
    pub kela_contact: Option<String>,
}

impl Frame {
    pub(crate) fn read(tx: &Tx, scope: &Scope) -> Result<Frame> {
        let rules = db::rules(tx)?
            .into_iter()
            .filter(|r| scope.region.is_none() || r.applies_to(scope.region))
            .collect();
        let closed = db::closed_days(tx)?.into_iter().collect();
        let (lead, kela_contact) = kela_settings(tx)?;
        Ok(Frame {
            rules,
            closed,
            lead,
            kela_contact,
        })
    }
}

/// Days read at once while the meeting times are gathered: what one window of bookings holds in
/// memory, whatever the period's length.
const WINDOW: u64 = 14;

/// One meeting time before its bookings are read in full: its slot's length and places (none for
/// a time that is no slot), and the bookings the agenda shows in it.
struct Time {
    minutes: u32,
    capacity: Option<u32>,
    booked: Vec<Booking>,
}

/// The meeting times of the days `first` to `last` (within the scope) after `after`, in the
/// agenda's order: every slot of the scope's rules, and every time with a booking the agenda
/// shows (not cancelled, of the kind and region shown, not kept off by a withdrawn meeting
/// consent).
fn times(
    tx: &Tx,
    scope: &Scope,
    frame: &Frame,
    (first, last): (NaiveDate, NaiveDate),
    after: Option<&AgendaKey>,
) -> Result<BTreeMap<AgendaKey, Time>> {
    let later = |key: &AgendaKey| after.is_none_or(|a| key > a);
    let days = (last - first).num_days() as u64 + 1;
    let closed = |d| frame.closed.get(&d).cloned();
    let mut times = BTreeMap::new();
    for k in MeetingKind::ALL
        .iter()
        .filter(|k| scope.kind.is_none_or(|want| want == **k))
    {
        for slot in slots_from(&frame.rules, *k, midnight(first), days, &closed) {
            let key = AgendaKey {
                at: slot.starts_at,
                kind: *k,
            };
            if later(&key) {
                let time = Time {
                    minutes: slot.minutes,
                    capacity: Some(slot.capacity),
                    booked: Vec::new(),
                };
                times.insert(key, time);
            }
        }
    }
    let (start, end) = day_range(first, last);
    for booking in db::uncancelled_between(tx, start, end, scope.kind)? {
        let key = AgendaKey {
            at: booking.starts_at,
            kind: booking.kind,
        };
        if scope.kind.is_some_and(|k| k != booking.kind) || !later(&key) {
            continue;
        }
        if !in_region(&booking, scope.region) || meeting_consent_withdrawn(tx, &booking)? {
            continue;
        }
        let time = times.entry(key).or_insert_with(|| Time {
            minutes: booking.minutes,
            capacity: None,
            booked: Vec::new(),
        });
        time.booked.push(booking);
    }
    Ok(times)
}

/// The windows of days from the first day after `after` can fall on to the scope's last.
fn windows(
    scope: &Scope,
    after: Option<&AgendaKey>,
) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let start = after.map_or(scope.from, |a| a.at.date().max(scope.from));
    let to = scope.to;
    std::iter::successors(Some(start), |day| day.checked_add_days(Days::new(WINDOW)))
        .take_while(move |day| *day <= to)
        .map(move |day| {
            let last = day.checked_add_days(Days::new(WINDOW - 1));
            (day, last.map_or(to, |last| last.min(to)))
        })
}

/// Up to `limit` meeting times of the scope after `after`, in order, with their bookings: read a
/// window of days at a time, each booking's details only for the times returned.
pub(crate) fn meetings(
    tx: &Tx,
    scope: &Scope,
    frame: &Frame,
    after: Option<&AgendaKey>,
    limit: usize,
) -> Result<Vec<Meeting>> {
    let mut out = Vec::new();
    for days in windows(scope, after) {
        for (key, time) in times(tx, scope, frame, days, after)? {
            if out.len() == limit {
                return Ok(out);
            }
            out.push(meeting(tx, frame, key, time)?);
        }
    }
    Ok(out)
}

/// How many meeting times of the scope come after `after`.
pub(crate) fn count_after(tx: &Tx, scope: &Scope, frame: &Frame, after: &AgendaKey) -> Result<u64> {
    let mut count = 0;
    for days in windows(scope, Some(after)) {
        count += times(tx, scope, frame, days, Some(after))?.len() as u64;
    }
    Ok(count)
}

/// A meeting time as the agenda shows it: each booking with its participants, invitees and Kela
/// form, and the places left.
fn meeting(tx: &Tx, frame: &Frame, key: AgendaKey, time: Time) -> Result<Meeting> {
    let mut booked = Vec::with_capacity(time.booked.len());
    for booking in time.booked {
        let had_kela = db::for_case(tx, &booking.case)?
            .iter()
            .any(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held);
        booked.push(Entry {
            meeting: booking.id,
            case: booking.case.clone(),
            status: booking.status,
            participants: participants(tx, &booking, had_kela)?,
            invited: db::participants(tx, booking.id)?,
            invitees: db::invitees(tx, booking.id)?,
            video_link: booking.video_link.clone(),
            chair: booking.chair.clone(),
            kela_form: kela_form(tx, &booking, frame.lead, &frame.closed)?,
        });
    }
    Ok(Meeting {
        kind: key.kind,
        starts_at: key.at,
        starts_utc: calendar::helsinki_to_utc(key.at).unwrap_or_default(),
        minutes: time.minutes,
        capacity: time.capacity,
        // A place missed by a no-show was still taken.
        free: time.capacity.map(|c| c.saturating_sub(booked.len() as u32)),
        booked,
    })
}

/// The public holidays on a weekday and the team's closure days from `first` to `last`, by date.
pub(crate) fn closed_days(frame: &Frame, first: NaiveDate, last: NaiveDate) -> Vec<ClosedDay> {
    let mut closed_days: Vec<ClosedDay> = Vec::new();
    if last < first {
        return closed_days;
    }
    for year in first.year()..=last.year() {
        for (day, name) in calendar::holidays(year) {
            if day >= first && day <= last && day.weekday().number_from_monday() <= 5 {
                closed_days.push(ClosedDay {
                    date: day,
                    reason: name.to_string(),
                });
            }
        }
    }
    for (day, reason) in &frame.closed {
        if *day >= first && *day <= last {
            closed_days.push(ClosedDay {
                date: *day,
                reason: reason.clone(),
            });
        }
    }
    closed_days.sort();
    closed_days
}

/// The Yhteistyö-tiimi requests with units that have not named their worker, whatever the period.
pub(crate) fn waiting_for_units(tx: &Tx) -> Result<Vec<Waiting>> {
    Ok(db::open_requests(tx)?
        .into_iter()
        .map(|r| Waiting {
            case: r.case,
            units: r
                .units
                .into_iter()
                .filter(|u| u.worker.is_none())
                .map(|u| u.unit)
                .collect(),
        })
        .collect())
}

/// The agenda of [from, to] whole (the weekly export's week); with `region`, that region's slots
/// and meetings only.
pub fn build(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    kind: Option<MeetingKind>,
    region: Option<&str>,
) -> Result<Agenda> {
    let scope = Scope {
        from,
        to,
        kind,
        region,
    };
    let frame = Frame::read(tx, &scope)?;
    Ok(Agenda {
        from,
        to,
        meetings: meetings(tx, &scope, &frame, None, usize::MAX)?,
        closed_days: closed_days(&frame, from, to),
        waiting_for_units: waiting_for_units(tx)?,
        kela_contact: frame.kela_contact,
    })
}

/// A network or team meeting discusses the client only with their meeting consent: a case whose
/// meeting consent was withdrawn (and not given again) stays off those meetings' agenda and
/// calendar until the booking is cancelled or the consent given again.
pub(crate) fn meeting_consent_withdrawn(tx: &Tx, booking: &Booking) -> Result<bool> {
    if !matches!(booking.kind, MeetingKind::Network | MeetingKind::Team) {
        return Ok(false);
    }
    let meeting: Vec<_> = consents::for_case(tx, &booking.case)?
        .into_iter()
        .filter(|c| c.kind == ConsentKind::Meeting)
        .collect();
    Ok(!meeting.is_empty() && meeting.iter().all(|c| !c.is_active()))
}

/// Whether a booking is of the region shown (`None`: every region).
fn in_region(booking: &Booking, region: Option<&str>) -> bool {
    region.is_none_or(|r| {
        booking
            .region
            .as_deref()
            .is_some_and(|b| b.eq_ignore_ascii_case(r))
    })
}

/// The meetings of [from, to] as an iCalendar file for Outlook or Teams (case ids, never
/// names), written to the disclosure log; to `out` (replacing an existing file only if `force`),
/// or returned.
pub fn ics(
    session: &mut Session,
    from: NaiveDate,
    to: NaiveDate,
    recipient: &str,
    basis: &crate::domain::LegalBasis,
    out: Option<(&Path, bool)>,
    choice: &crate::ops::region::Choice,
) -> Result<String> {
    let (start, end) = day_range(from, to);
    let register = session.path().to_path_buf();
    let (calendar, pending) = session.write(|tx, author| {
        let region = crate::ops::region::resolve(tx, author, choice)?;
        let mut bookings = Vec::new();
        for booking in db::between(tx, start, end)? {
            if !meeting_consent_withdrawn(tx, &booking)? && in_region(&booking, region.as_deref()) {
                bookings.push(booking);
            }
        }
        let mut cases: Vec<String> = bookings.iter().map(|b| b.case.clone()).collect();
        cases.sort();
        cases.dedup();
        let mut invitees = Vec::new();
        for booking in &bookings {
            invitees.push(db::invitees(tx, booking.id)?);
        }
        let (rows, head) = crate::store::chain::head(tx, crate::store::chain::Log::Events)?;
        let calendar = render::ics(&bookings, &invitees, (rows, &head));
        // Written and synced under a temporary name before the disclosure row commits, renamed
        // into place after: a file that could not be written leaves no row behind, and a
        // calendar is never visible without its row.
        let pending = out
            .map(|(path, force)| files::prepare(path, calendar.as_bytes(), force, &register))
            .transpose()?;
        access::disclose(
            tx,
            author,
            crate::text::CALENDAR_WHAT,
            recipient,
            &cases,
            basis,
        )?;
        Ok((calendar, pending))
    })?;
    match pending {
        Some(pending) => pending.commit_recorded().map(|()| String::new()),
        None => Ok(calendar),
    }
}

/// The first minute of `from` and of the day after `to`: bookings in between are in the range.
fn day_range(from: NaiveDate, to: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    (midnight(from), midnight(to + Days::new(1)))
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default()
}
