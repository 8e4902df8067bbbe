//! Booking: the checks every booking passes (the case's phase, its consents, no double booking)
//! and the time checks (not past, a working day the team has not closed, a slot of the kind
//! with a free place, no clash with the case's other meetings).

use std::collections::HashMap;

use crate::store::Tx;
use anyhow::Result;
use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::{parse_time, BookArgs};
use crate::commands::Ctx;
use crate::domain::path::{gate, Step};
use crate::domain::schedule::{day_closed, rule_at, slots_from, Slot};
use crate::domain::{
    validate, AccessAction, BookingStatus, ConsentKind, EventKind, MeetingKind, Phase,
};
use crate::error::UserError;
use crate::store::schedule::{self as db, Booking, TIME_FORMAT};
use crate::store::{access, cases, consents, events, Author};
use crate::{render, text};

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
}

pub fn run(ctx: &Ctx, case_id: &str, args: BookArgs) -> Result<String> {
    let kind = args.kind.ok_or_else(|| UserError::Missing {
        flags: vec!["--kind".to_string()],
    })?;
    let at = args
        .at
        .as_deref()
        .map(|a| parse_time("--at", a))
        .transpose()?;
    if kind == MeetingKind::Network && !(15..=480).contains(&args.minutes) {
        return Err(UserError::invalid("--minutes", text::minutes_range()).into());
    }
    let chair = args
        .chair
        .as_deref()
        .map(|c| validate::line("--chair", c, 200))
        .transpose()?;
    let request = BookRequest {
        case_id,
        kind,
        at,
        minutes: args.minutes,
        doctor: args.doctor,
        chair: chair.as_deref(),
    };
    let author = ctx.author();
    let now = ctx.clock.local_now();
    let mut register = ctx.open()?;
    if args.dry_run && kind == MeetingKind::Network {
        return Err(UserError::invalid("--dry-run", text::NO_DRY_RUN_FOR_NETWORK).into());
    }
    if args.dry_run {
        let candidates = register.write(|tx| {
            let case = admit(tx, case_id, kind)?.0;
            refuse_double(tx, &request)?;
            candidates(tx, &request, &case, now, 5)
        })?;
        return Ok(render::candidates(case_id, kind, &candidates, ctx.json));
    }
    let booking = register.write(|tx| {
        let booking = book(tx, &author, now, &request)?;
        for id in &args.participants {
            if crate::store::directory::get(tx, *id)?.is_none() {
                return Err(UserError::NotFound(text::no_entry(*id)).into());
            }
            db::add_participant(tx, booking.id, *id)?;
        }
        Ok(booking)
    })?;
    Ok(render::booked(&booking, ctx.json))
}

/// The case, if it may have a meeting of `kind` now, and the phase booking moves it to.
pub fn admit(tx: &Tx, case_id: &str, kind: MeetingKind) -> Result<(cases::Case, Option<Phase>)> {
    let case =
        cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
    let all = consents::for_case(tx, case_id)?;
    let states: Vec<_> = all.iter().map(consents::Consent::state).collect();
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
            Err(UserError::Refused(text::already_booked(&other.starts_at, other.id)).into())
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
                UserError::Refused(text::clash(&other.starts_at, other.kind, other.id)).into(),
            );
        }
    }
    Ok(())
}

fn closed_days(tx: &Tx) -> Result<HashMap<NaiveDate, String>> {
    Ok(db::closed_days(tx)?
        .into_iter()
        .filter_map(|(day, reason)| day.parse().ok().map(|d| (d, reason)))
        .collect())
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
        return Err(
            UserError::Refused(text::in_the_past(&at.format(TIME_FORMAT).to_string())).into(),
        );
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
            let rules = db::rules(tx)?;
            let rule = rule_at(&rules, kind, at).map_err(UserError::Refused)?;
            let taken = db::taken(tx, kind, &at.format(TIME_FORMAT).to_string())?;
            if taken >= rule.capacity {
                return Err(UserError::Refused(text::slot_full(
                    &at.format(TIME_FORMAT).to_string(),
                    rule.capacity,
                ))
                .into());
            }
            rule.minutes
        }
    };
    refuse_clash(tx, request, at, minutes, except)?;
    Ok(minutes)
}

/// The next free slots for the request, at most `limit`.
pub fn candidates(
    tx: &Tx,
    request: &BookRequest,
    _case: &cases::Case,
    now: NaiveDateTime,
    limit: usize,
) -> Result<Vec<Slot>> {
    if request.kind == MeetingKind::Network {
        return Err(UserError::Missing {
            flags: vec!["--at".to_string()],
        }
        .into());
    }
    let rules = db::rules(tx)?;
    let closed = closed_days(tx)?;
    let from = now + Duration::minutes(1);
    let mut free = Vec::new();
    for slot in slots_from(&rules, request.kind, from, HORIZON_DAYS, &|d| {
        closed.get(&d).cloned()
    }) {
        let key = slot.starts_at.format(TIME_FORMAT).to_string();
        if db::taken(tx, request.kind, &key)? >= slot.capacity {
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
pub fn book(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    request: &BookRequest,
) -> Result<Booking> {
    let (case, advance) = admit(tx, request.case_id, request.kind)?;
    refuse_double(tx, request)?;
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
    let starts_at = at.format(TIME_FORMAT).to_string();
    let id = db::insert(
        tx,
        author,
        &db::NewBooking {
            case_id: request.case_id,
            kind: request.kind,
            starts_at: &starts_at,
            minutes,
            doctor: request.doctor,
            chair: request.chair,
        },
    )?;
    if let Some(phase) = advance {
        cases::set_phase(tx, request.case_id, phase, &now.date().to_string(), None)?;
    }
    let mut detail = serde_json::json!({
        "meeting": id, "meeting_kind": request.kind, "starts_at": starts_at,
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
    access::log(
        tx,
        author,
        &access::Access {
            command: "schedule",
            action: AccessAction::Change,
            client_id: Some(case.client_id),
            case_id: Some(request.case_id),
            reason: None,
        },
    )?;
    db::booking(tx, id)?.ok_or_else(|| anyhow::anyhow!("the booking just made is missing"))
}

/// Moves a booking to a new time, with the same time checks as booking.
pub fn move_booking(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    booking: &Booking,
    at: NaiveDateTime,
) -> Result<Booking> {
    let request = BookRequest {
        case_id: &booking.case,
        kind: booking.kind,
        at: Some(at),
        minutes: booking.minutes,
        doctor: booking.doctor,
        chair: booking.chair.as_deref(),
    };
    check_time(tx, &request, at, now, Some(booking.id))?;
    let starts_at = at.format(TIME_FORMAT).to_string();
    db::move_to(tx, booking.id, &starts_at)?;
    let detail = serde_json::json!({
        "meeting": booking.id, "meeting_kind": booking.kind, "starts_at": starts_at,
        "moved_from": booking.starts_at,
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
