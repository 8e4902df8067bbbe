//! After a meeting: held (with what its kind needs), no-show, cancel and move.

use crate::store::Tx;
use anyhow::Result;
use chrono::NaiveDateTime;

use super::{parse_time, CancelArgs, HeldArgs, MoveArgs, NoteArgs};
use crate::commands::consent::give_consent;
use crate::commands::Ctx;
use crate::domain::path::Step;
use crate::domain::{
    validate, Attendee, BookingStatus, ConsentKind, ConsentMethod, EventKind, MeetingKind, Phase,
    Segment,
};
use crate::error::UserError;
use crate::store::schedule::{self as db, Booking};
use crate::store::{cases, consents, events, Author};
use crate::{render, text};

fn booked(tx: &Tx, id: i64) -> Result<Booking> {
    let booking = db::booking(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_meeting(id)))?;
    if booking.status != BookingStatus::Booked {
        return Err(UserError::Refused(text::meeting_not_booked(id, booking.status)).into());
    }
    Ok(booking)
}

fn missing(flag: &str) -> UserError {
    UserError::Missing {
        flags: vec![flag.to_string()],
    }
}

pub fn held(ctx: &Ctx, args: HeldArgs) -> Result<String> {
    let chair = args
        .chair
        .as_deref()
        .map(|c| validate::line("--chair", c, 200))
        .transpose()?;
    let author = ctx.author();
    let now = ctx.clock.local_now();
    let mut register = ctx.open()?;
    let booking = register.write(|tx| mark_held(tx, &author, now, &args, chair.as_deref()))?;
    Ok(render::meeting_changed(&booking, ctx.json))
}

/// The segment of the case's last held joint assessment.
fn segment_of(tx: &Tx, case_id: &str) -> Result<Option<Segment>> {
    Ok(db::for_case(tx, case_id)?
        .iter()
        .rev()
        .find(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held)
        .and_then(|b| b.segment))
}

pub fn mark_held(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    args: &HeldArgs,
    chair: Option<&str>,
) -> Result<Booking> {
    let booking = booked(tx, args.meeting)?;
    if booking.start() > now {
        return Err(UserError::Refused(text::not_happened(&booking.starts_at)).into());
    }
    let case = cases::get(tx, &booking.case)?
        .ok_or_else(|| UserError::NotFound(text::no_case(&booking.case)))?;
    if case.phase == Phase::Closed {
        return Err(UserError::Refused(text::case_closed(&case.id)).into());
    }
    // Holding a meeting about the client needs their multi-professional consent in force still.
    let states: Vec<_> = consents::for_case(tx, &case.id)?
        .iter()
        .map(consents::Consent::state)
        .collect();
    let needs = match booking.kind {
        MeetingKind::JointAssessment => Phase::JointAssessment,
        _ => Phase::OnwardPathways,
    };
    crate::domain::path::gate(Step::Advance(needs), &states, &case.id)?;
    let date = booking.start().date();
    let mut held = db::Held {
        segment: None,
        omaolo: None,
        kela_screen: None,
        chair,
        attended: &args.attended,
    };
    let mut advance = None;
    match booking.kind {
        MeetingKind::JointAssessment => {
            held.segment = Some(args.segment.ok_or_else(|| missing("--segment"))?);
            held.omaolo = Some(args.omaolo.ok_or_else(|| missing("--omaolo"))?);
            held.kela_screen = Some(args.kela_screen.ok_or_else(|| missing("--kela-screen"))?);
        }
        MeetingKind::Kela => {
            let sent = consents::for_case(tx, &case.id)?
                .into_iter()
                .filter(|c| c.is_active() && c.kind == ConsentKind::KelaExchange)
                .filter_map(|c| c.sent_to_kela_on)
                .any(|on| on <= date.to_string());
            if !sent {
                return Err(UserError::Refused(text::kela_form_not_sent(&case.id)).into());
            }
            let segment = segment_of(tx, &case.id)?;
            let network_fits = !matches!(segment, Some(Segment::Omatoimi | Segment::Yhteiso));
            if args.network_needed && !network_fits {
                return Err(UserError::Refused(text::network_not_for(segment)).into());
            }
            advance = Some(if args.network_needed {
                Phase::NetworkMeeting
            } else {
                Phase::OnwardPathways
            });
        }
        MeetingKind::Network | MeetingKind::Team => {
            if !args.meeting_consent {
                return Err(UserError::Refused(text::meeting_consent_needed().to_string()).into());
            }
            for needed in [Attendee::Client, Attendee::ReferringWorker] {
                if !args.attended.contains(&needed) {
                    return Err(UserError::invalid("--attended", text::attendance_needed()).into());
                }
            }
            if chair.is_none() && booking.chair.is_none() {
                return Err(missing("--chair").into());
            }
            give_consent(
                tx,
                author,
                &case.id,
                ConsentKind::Meeting,
                ConsentMethod::Oral,
                date,
                Some(&text::meeting_scope(booking.id)),
            )?;
            advance = Some(Phase::OnwardPathways);
        }
    }
    let phase = advance
        .map(|to| Step::Advance(to).apply(case.phase))
        .transpose()?;
    db::mark_held(tx, booking.id, &held)?;
    let mut detail = serde_json::json!({
        "meeting": booking.id, "meeting_kind": booking.kind, "starts_at": booking.starts_at,
        "segment": held.segment, "omaolo": held.omaolo, "kela_screen": held.kela_screen,
    });
    if let Some(to) = phase {
        cases::set_phase(tx, &case.id, to, &date.to_string(), None)?;
        detail["phase"] = serde_json::json!(to);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(tx, author, &case.id, EventKind::MeetingHeld, detail, date)?;
    log_change(tx, author, &case, "schedule held")?;
    db::booking(tx, booking.id)?.ok_or_else(|| anyhow::anyhow!("the meeting is missing"))
}

fn log_change(tx: &Tx, author: &Author, case: &cases::Case, command: &str) -> Result<()> {
    crate::store::access::log_change(tx, author, case.client_id, &case.id, command)
}

/// No-show and cancel: the booking ends with a status and a note; the timeline says so.
fn end(ctx: &Ctx, id: i64, status: BookingStatus, note: Option<String>) -> Result<String> {
    let author = ctx.author();
    let now = ctx.clock.local_now();
    let mut register = ctx.open()?;
    let booking = register.write(|tx| {
        let booking = booked(tx, id)?;
        if status == BookingStatus::NoShow && booking.start() > now {
            return Err(UserError::Refused(text::not_happened(&booking.starts_at)).into());
        }
        let case = cases::get(tx, &booking.case)?.ok_or_else(|| UserError::NotFound(text::no_case(&booking.case)))?;
        db::set_status(tx, id, status, note.as_deref())?;
        let kind = if status == BookingStatus::NoShow { EventKind::MeetingNoShow } else { EventKind::MeetingCancelled };
        let detail = serde_json::json!({
            "meeting": id, "meeting_kind": booking.kind, "starts_at": booking.starts_at, "note": note,
        });
        events::append(tx, &author, &case.id, kind, detail, now.date())?;
        log_change(tx, &author, &case, "schedule")?;
        db::booking(tx, id)?.ok_or_else(|| anyhow::anyhow!("the meeting is missing"))
    })?;
    Ok(render::meeting_changed(&booking, ctx.json))
}

pub fn no_show(ctx: &Ctx, args: NoteArgs) -> Result<String> {
    let note = validate::optional_block("--note", &args.note, 2000)?;
    end(ctx, args.meeting, BookingStatus::NoShow, note)
}

pub fn cancel(ctx: &Ctx, args: CancelArgs) -> Result<String> {
    let reason = validate::block("--reason", &args.reason, 2000)?;
    end(ctx, args.meeting, BookingStatus::Cancelled, Some(reason))
}

pub fn move_meeting(ctx: &Ctx, args: MoveArgs) -> Result<String> {
    let at = parse_time("--at", &args.at)?;
    let author = ctx.author();
    let now = ctx.clock.local_now();
    let mut register = ctx.open()?;
    let booking = register.write(|tx| {
        let booking = booked(tx, args.meeting)?;
        let case = cases::get(tx, &booking.case)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&booking.case)))?;
        let moved = super::book::move_booking(tx, &author, now, &booking, at)?;
        log_change(tx, &author, &case, "schedule move")?;
        Ok(moved)
    })?;
    Ok(render::meeting_changed(&booking, ctx.json))
}
