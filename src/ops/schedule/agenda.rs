//! The agenda (`moty schedule list`) and the calendar export (`moty schedule ics`). Both show
//! case ids, never names; the export is written to the disclosure log.

use schemars::JsonSchema;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::super::Session;
use super::rules::kela_settings;
use crate::domain::records::{Booking, Invitee};
use crate::domain::schedule::{slots_from, working_days_before};
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

/// Builds the agenda for [from, to].
/// The agenda of [from, to]; with `region`, that region's slots and meetings only.
pub fn build(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    kind: Option<MeetingKind>,
    region: Option<&str>,
) -> Result<Agenda> {
    let rules: Vec<_> = db::rules(tx)?
        .into_iter()
        .filter(|r| region.is_none() || r.applies_to(region))
        .collect();
    let closed: HashMap<NaiveDate, String> = db::closed_days(tx)?.into_iter().collect();
    let (lead, kela_contact) = kela_settings(tx)?;
    let days = (to - from).num_days() as u64 + 1;
    let start = from.and_hms_opt(0, 0, 0).unwrap_or_default();
    let mut times: BTreeMap<(NaiveDateTime, MeetingKind), Meeting> = BTreeMap::new();
    for k in MeetingKind::ALL
        .iter()
        .filter(|k| kind.is_none_or(|want| want == **k))
    {
        for slot in slots_from(&rules, *k, start, days, &|d| closed.get(&d).cloned()) {
            times.insert(
                (slot.starts_at, *k),
                meeting(*k, slot.starts_at, slot.minutes, Some(slot.capacity)),
            );
        }
    }
    let (first, end) = day_range(from, to);
    for booking in db::between(tx, first, end)? {
        if booking.status == BookingStatus::Cancelled || kind.is_some_and(|k| k != booking.kind) {
            continue;
        }
        if meeting_consent_withdrawn(tx, &booking)? || !in_region(&booking, region) {
            continue;
        }
        let had_kela = db::for_case(tx, &booking.case)?
            .iter()
            .any(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held);
        let form = kela_form(tx, &booking, lead, &closed)?;
        let entry = Entry {
            meeting: booking.id,
            case: booking.case.clone(),
            status: booking.status,
            participants: participants(tx, &booking, had_kela)?,
            invited: db::participants(tx, booking.id)?,
            invitees: db::invitees(tx, booking.id)?,
            video_link: booking.video_link.clone(),
            chair: booking.chair.clone(),
            kela_form: form,
        };
        let slot = times
            .entry((booking.starts_at, booking.kind))
            .or_insert_with(|| meeting(booking.kind, booking.starts_at, booking.minutes, None));
        slot.booked.push(entry);
    }
    let mut meetings: Vec<Meeting> = times.into_values().collect();
    for m in &mut meetings {
        // A place missed by a no-show was still taken.
        m.free = m.capacity.map(|c| c.saturating_sub(m.booked.len() as u32));
    }
    let mut closed_days: Vec<ClosedDay> = Vec::new();
    for year in from.year()..=to.year() {
        for (day, name) in calendar::holidays(year) {
            if day >= from && day <= to && day.weekday().number_from_monday() <= 5 {
                closed_days.push(ClosedDay {
                    date: day,
                    reason: name.to_string(),
                });
            }
        }
    }
    for (day, reason) in &closed {
        if *day >= from && *day <= to {
            closed_days.push(ClosedDay {
                date: *day,
                reason: reason.clone(),
            });
        }
    }
    closed_days.sort();
    let waiting_for_units = db::open_requests(tx)?
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
        .collect();
    Ok(Agenda {
        from,
        to,
        meetings,
        closed_days,
        waiting_for_units,
        kela_contact,
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

fn meeting(kind: MeetingKind, at: NaiveDateTime, minutes: u32, capacity: Option<u32>) -> Meeting {
    Meeting {
        kind,
        starts_at: at,
        starts_utc: calendar::helsinki_to_utc(at).unwrap_or_default(),
        minutes,
        capacity,
        free: capacity,
        booked: Vec::new(),
    }
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

/// The agenda for [from, to], of one kind of meeting if given, of the region shown.
pub fn agenda(
    session: &mut Session,
    from: NaiveDate,
    to: NaiveDate,
    kind: Option<MeetingKind>,
    choice: &crate::ops::region::Choice,
) -> Result<Agenda> {
    session.write(|tx, author| {
        let region = crate::ops::region::resolve(tx, author, choice)?;
        build(tx, from, to, kind, region.as_deref())
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
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    (midnight(from), midnight(to + Days::new(1)))
}
