//! Booking: the checks every booking passes (the case's phase, its consents, no double booking)
//! and the time checks (not past, a working day the team has not closed, a slot of the kind
//! with a free place, no clash with the case's other meetings).

use std::collections::HashMap;

use anyhow::Result;
use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::super::{consent_states, log_change, Session};
use crate::clock::minute;
use crate::domain::leak::{self, Leak};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Booking, Case};
use crate::domain::schedule::{day_closed, rule_at, slots_from, Slot, SlotRule};
use crate::domain::{BookingStatus, ConsentKind, EventKind, MeetingKind, Phase};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{cases, consents, events, Author, Tx};
use crate::text;

/// A network meeting starts and ends within these wall-clock times.
const NETWORK_EARLIEST: chrono::NaiveTime = match chrono::NaiveTime::from_hms_opt(7, 0, 0) {
    Some(t) => t,
    None => chrono::NaiveTime::MIN,
};
const NETWORK_LATEST: chrono::NaiveTime = match chrono::NaiveTime::from_hms_opt(18, 0, 0) {
    Some(t) => t,
    None => chrono::NaiveTime::MIN,
};

/// How far ahead the finder looks for a free slot.
const HORIZON_DAYS: u64 = 400;

/// A booking request.
pub struct BookRequest<'a> {
    pub case_id: &'a str,
    pub kind: MeetingKind,
    pub at: Option<NaiveDateTime>,
    pub minutes: u32,
    pub doctor: bool,
    pub chair: Option<&'a str>,
    /// Why a Kela hour is booked although the joint assessment's second Kela screen said no.
    pub override_screen: Option<&'a str>,
    /// The meeting's video link (Teams or another service), already checked.
    pub video_link: Option<&'a str>,
}

/// Books a meeting: every rule checked, the phase moved, the timeline and the access log
/// written; directory entries named as participants must exist.
pub fn book(session: &mut Session, request: &BookRequest, participants: &[i64]) -> Result<Booking> {
    let now = session.now();
    session.write(|tx, author| {
        let booking = book_in(tx, author, now, request)?;
        for id in participants {
            if crate::store::directory::get(tx, *id)?.is_none() {
                return Err(UserError::NotFound(text::no_entry(*id)).into());
            }
            db::add_participant(tx, booking.id, *id)?;
        }
        Ok(booking)
    })
}

/// The next free slots for a booking, at most `limit`, without booking.
pub fn dry_run(session: &mut Session, request: &BookRequest, limit: usize) -> Result<Vec<Slot>> {
    if request.kind == MeetingKind::Network {
        return Err(UserError::invalid("--dry-run", text::no_dry_run_for_network()).into());
    }
    let now = session.now();
    session.write(|tx, _| {
        let case = admit(tx, request)?.0;
        refuse_double(tx, request)?;
        candidates(tx, request, &case, now, limit)
    })
}

/// The next free slot of a case's kind of meeting, if any (no rule checked but the slot's own).
pub fn next_free(session: &mut Session, request: &BookRequest) -> Result<Option<Slot>> {
    let now = session.now();
    session.write(|tx, _| {
        let case = super::super::case(tx, request.case_id)?;
        Ok(candidates(tx, request, &case, now, 1)?.pop())
    })
}

/// The case, if it may have a meeting of `kind` now, and the phase booking moves it to.
pub(crate) fn admit(tx: &Tx, request: &BookRequest) -> Result<(Case, Option<Phase>)> {
    let (case_id, kind) = (request.case_id, request.kind);
    let case = super::super::case(tx, case_id)?;
    super::super::refuse_if_withdrawn(tx, case_id)?;
    let all = consents::for_case(tx, case_id)?;
    let states = consent_states(tx, case_id)?;
    let held_assessment = || -> Result<bool> {
        Ok(db::for_case(tx, case_id)?
            .iter()
            .any(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held))
    };
    use Phase::*;
    let (phases, target): (&[Phase], Phase) = match kind {
        MeetingKind::JointAssessment => (&[JointAssessment], JointAssessment),
        MeetingKind::Kela => (&[JointAssessment, KelaConsultation], KelaConsultation),
        MeetingKind::Network => (
            &[
                JointAssessment,
                KelaConsultation,
                CollaborationTeam,
                NetworkMeeting,
                FollowUp,
            ],
            NetworkMeeting,
        ),
        MeetingKind::Team => (&[CollaborationTeam, FollowUp], CollaborationTeam),
    };
    if !phases.contains(&case.phase) {
        return Err(UserError::Refused(text::wrong_phase(kind, case.phase, phases)).into());
    }
    gate(Step::Advance(target), &states, case_id)?;
    let needs_assessment =
        matches!(kind, MeetingKind::Kela | MeetingKind::Network) && case.phase == JointAssessment;
    if needs_assessment && !held_assessment()? {
        return Err(UserError::Refused(text::assessment_first(kind)).into());
    }
    if kind == MeetingKind::Kela
        && !all
            .iter()
            .any(|c| c.is_active() && c.kind == ConsentKind::KelaExchange)
    {
        return Err(UserError::Refused(text::kela_consent_needed(case_id)).into());
    }
    // The second Kela screen at the joint assessment is a gate: "no" needs an overriding reason.
    if kind == MeetingKind::Kela {
        let screened_no = db::for_case(tx, case_id)?
            .iter()
            .filter(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held)
            .max_by_key(|b| b.start())
            .is_some_and(|b| b.kela_screen == Some(false));
        match (screened_no, request.override_screen) {
            (true, None) => {
                return Err(UserError::Refused(text::kela_screen_said_no(case_id)).into())
            }
            (false, Some(_)) => {
                return Err(
                    UserError::invalid("--override-screen", text::no_screen_to_override()).into(),
                )
            }
            _ => {}
        }
    }
    if kind == MeetingKind::Team {
        let request = db::request(tx, case_id)?
            .ok_or_else(|| UserError::Refused(text::team_request_first(case_id)))?;
        let waiting: Vec<String> = request
            .units
            .iter()
            .filter(|u| u.worker.is_none())
            .map(|u| u.unit.clone())
            .collect();
        if !waiting.is_empty() {
            return Err(UserError::Refused(text::units_waiting(&waiting)).into());
        }
    }
    let advance = match case.phase == target {
        true => None,
        false => Some(Step::Advance(target).apply(case.phase)?),
    };
    Ok((case, advance))
}

/// A case has one upcoming meeting of a kind at a time: another is moved, not booked twice.
fn refuse_double(tx: &Tx, request: &BookRequest) -> Result<()> {
    let booked = db::for_case(tx, request.case_id)?
        .into_iter()
        .find(|b| b.kind == request.kind && b.status == BookingStatus::Booked);
    match booked {
        Some(other) => {
            Err(UserError::Refused(text::already_booked(other.starts_at, other.id)).into())
        }
        None => Ok(()),
    }
}

/// Refuses a time that overlaps another of the case's active meetings.
fn refuse_clash(
    tx: &Tx,
    request: &BookRequest,
    at: NaiveDateTime,
    minutes: u32,
    except: Option<i64>,
) -> Result<()> {
    let end = at + Duration::minutes(i64::from(minutes));
    for other in db::for_case(tx, request.case_id)? {
        if Some(other.id) == except || !other.is_active() {
            continue;
        }
        let other_end = other.start() + Duration::minutes(i64::from(other.minutes));
        if other.start() < end && at < other_end {
            return Err(
                UserError::Refused(text::clash(other.starts_at, other.kind, other.id)).into(),
            );
        }
    }
    Ok(())
}

/// The slot rules that give slots to the case: its region's and every region's.
fn rules_for(tx: &Tx, case_id: &str) -> Result<Vec<SlotRule>> {
    let region = cases::region(tx, case_id)?;
    Ok(db::rules(tx)?
        .into_iter()
        .filter(|r| r.applies_to(region.as_deref()))
        .collect())
}

fn closed_days(tx: &Tx) -> Result<HashMap<NaiveDate, String>> {
    Ok(db::closed_days(tx)?.into_iter().collect())
}

/// Checks a given time: not past, an open working day, a slot of the kind with a free place.
/// Returns the meeting's length.
fn check_time(
    tx: &Tx,
    request: &BookRequest,
    at: NaiveDateTime,
    now: NaiveDateTime,
    except: Option<i64>,
) -> Result<u32> {
    if at <= now {
        return Err(UserError::Refused(text::in_the_past(at)).into());
    }
    let closed = closed_days(tx)?;
    if let Some(why) = day_closed(at.date(), &|d| closed.get(&d).cloned()) {
        return Err(UserError::Refused(why).into());
    }
    let minutes = match request.kind {
        MeetingKind::Network => {
            let end = at + Duration::minutes(i64::from(request.minutes));
            let (first, last) = (NETWORK_EARLIEST, NETWORK_LATEST);
            if at.time() < first || end.time() > last || end.date() != at.date() {
                return Err(UserError::Refused(text::outside_hours(
                    &first.format("%H:%M").to_string(),
                    &last.format("%H:%M").to_string(),
                ))
                .into());
            }
            request.minutes
        }
        kind => {
            let rules = rules_for(tx, request.case_id)?;
            let rule = rule_at(&rules, kind, at).map_err(UserError::Refused)?;
            if db::taken(tx, kind, at, rule.region.as_deref())? >= rule.capacity {
                return Err(UserError::Refused(text::slot_full(at, rule.capacity)).into());
            }
            rule.minutes
        }
    };
    refuse_clash(tx, request, at, minutes, except)?;
    Ok(minutes)
}

/// The next free slots for the request, at most `limit`.
pub(crate) fn candidates(
    tx: &Tx,
    request: &BookRequest,
    _case: &Case,
    now: NaiveDateTime,
    limit: usize,
) -> Result<Vec<Slot>> {
    if request.kind == MeetingKind::Network {
        return Err(UserError::Missing {
            flags: vec!["--at".to_string()],
        }
        .into());
    }
    let rules = rules_for(tx, request.case_id)?;
    let closed = closed_days(tx)?;
    let from = now + Duration::minutes(1);
    let mut free = Vec::new();
    for slot in slots_from(&rules, request.kind, from, HORIZON_DAYS, &|d| {
        closed.get(&d).cloned()
    }) {
        let region = rule_at(&rules, request.kind, slot.starts_at)
            .ok()
            .and_then(|r| r.region.as_deref());
        if db::taken(tx, request.kind, slot.starts_at, region)? >= slot.capacity {
            continue;
        }
        if refuse_clash(tx, request, slot.starts_at, slot.minutes, None).is_err() {
            continue;
        }
        free.push(slot);
        if free.len() == limit {
            break;
        }
    }
    Ok(free)
}

/// Books inside the caller's transaction: every rule checked, the phase moved, the timeline and
/// the access log written.
pub(crate) fn book_in(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    request: &BookRequest,
) -> Result<Booking> {
    let (case, advance) = admit(tx, request)?;
    refuse_double(tx, request)?;
    if let Some(link) = request.video_link {
        refuse_identifying_link(tx, &case.id, link)?;
    }
    let (at, minutes) = match request.at {
        Some(at) => (at, check_time(tx, request, at, now, None)?),
        None => {
            let slot = candidates(tx, request, &case, now, 1)?
                .pop()
                .ok_or_else(|| UserError::Refused(text::no_free_slot(request.kind)))?;
            refuse_clash(tx, request, slot.starts_at, slot.minutes, None)?;
            (slot.starts_at, slot.minutes)
        }
    };
    let starts_at = minute::text(at);
    let id = db::insert(
        tx,
        author,
        &db::NewBooking {
            case_id: request.case_id,
            kind: request.kind,
            starts_at: at,
            minutes,
            doctor: request.doctor,
            chair: request.chair,
            video_link: request.video_link,
        },
    )?;
    if let Some(phase) = advance {
        cases::set_phase(tx, request.case_id, phase, now.date(), None)?;
    }
    let mut detail = serde_json::json!({
        "meeting": id, "meeting_kind": request.kind, "starts_at": starts_at,
        "override_screen": request.override_screen, "video_link": request.video_link,
    });
    if let Some(phase) = advance {
        detail["phase"] = serde_json::json!(phase);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(
        tx,
        author,
        request.case_id,
        EventKind::MeetingBooked,
        detail,
        now.date(),
    )?;
    log_change(tx, author, &case, "schedule")?;
    db::booking(tx, id)?.ok_or_else(|| anyhow::anyhow!("the booking just made is missing"))
}

/// Moves a booking to a new time, with the same time checks as booking; `video_link` gives it a
/// new link at the same time.
pub(crate) fn move_booking(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    booking: &Booking,
    at: NaiveDateTime,
    video_link: Option<&str>,
) -> Result<Booking> {
    let request = BookRequest {
        case_id: &booking.case,
        kind: booking.kind,
        at: Some(at),
        minutes: booking.minutes,
        doctor: booking.doctor,
        chair: booking.chair.as_deref(),
        override_screen: None,
        video_link,
    };
    check_time(tx, &request, at, now, Some(booking.id))?;
    if let Some(link) = video_link {
        refuse_identifying_link(tx, &booking.case, link)?;
    }
    db::move_to(tx, booking.id, at)?;
    if let Some(link) = video_link {
        db::set_video_link(tx, booking.id, link)?;
    }
    let detail = serde_json::json!({
        "meeting": booking.id, "meeting_kind": booking.kind, "starts_at": minute::text(at),
        "moved_from": minute::text(booking.starts_at), "video_link": video_link,
    });
    events::append(
        tx,
        author,
        &booking.case,
        EventKind::MeetingMoved,
        detail,
        now.date(),
    )?;
    db::booking(tx, booking.id)?.ok_or_else(|| anyhow::anyhow!("the moved booking is missing"))
}

/// Gives a booked meeting its video link (replacing one it had), on the timeline.
pub(crate) fn set_link(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    booking: &Booking,
    video_link: &str,
) -> Result<Booking> {
    refuse_identifying_link(tx, &booking.case, video_link)?;
    db::set_video_link(tx, booking.id, video_link)?;
    let detail = serde_json::json!({
        "meeting": booking.id, "meeting_kind": booking.kind,
        "starts_at": minute::text(booking.starts_at), "video_link": video_link,
    });
    events::append(
        tx,
        author,
        &booking.case,
        EventKind::MeetingLinkSet,
        detail,
        now.date(),
    )?;
    db::booking(tx, booking.id)?.ok_or_else(|| anyhow::anyhow!("the meeting is missing"))
}

/// A video link goes into the calendar file, which never identifies a client: a link with the
/// client's name, identity code, birth date or phone number in it is refused.
fn refuse_identifying_link(tx: &Tx, case_id: &str, link: &str) -> Result<()> {
    let case = super::super::case(tx, case_id)?;
    let client = crate::store::clients::get(tx, case.client_id)?;
    let names: Vec<String> = client
        .name
        .split([' ', '-'])
        .map(leak::normalise)
        .filter(|part| part.chars().count() >= 3)
        .collect();
    // A meeting id's random letters may hold a name's letters; only a whole word that is one of
    // the client's names counts.
    let identifies = leak::leaks(link, &client, &[])
        .into_iter()
        .any(|found| match found {
            Leak::Name(word) => names.contains(&word),
            Leak::Email | Leak::Address => false,
            Leak::IdentityCode | Leak::BirthDate | Leak::Phone | Leak::Municipality => true,
        });
    if identifies {
        return Err(UserError::invalid("--video-link", text::link_identifies_client()).into());
    }
    Ok(())
}
