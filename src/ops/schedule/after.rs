//! After a meeting: held (with what its kind needs), no-show, cancel and move.

use anyhow::Result;
use chrono::NaiveDateTime;

use super::super::{case, consent_states, log_change, Session};
use crate::clock::minute;
use crate::domain::path::{gate, Step};
use crate::domain::records::{Booking, EstimateAnswers};
use crate::domain::{
    Attendee, BookingStatus, ConsentKind, ConsentMethod, EventKind, MeetingKind, Phase, Segment,
};
use crate::error::UserError;
use crate::store::schedule as db;
use crate::store::{cases, consents, events, Author, Tx};
use crate::text;

/// What a held meeting records; which fields are needed depends on its kind.
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub meeting: i64,
    /// Joint assessment: the Suuntima segment, the Omaolo check and the second Kela screen.
    pub segment: Option<Segment>,
    pub omaolo: Option<bool>,
    pub kela_screen: Option<bool>,
    /// Team and network meetings: the client's oral consent at the start, who attended, who
    /// chaired.
    pub meeting_consent: bool,
    pub attended: Vec<Attendee>,
    pub chair: Option<String>,
    /// Kela hour: a network meeting is needed next.
    pub network_needed: bool,
    /// The SOTE pair's estimate of this reception, recorded with it (any kind).
    pub estimate: Option<EstimateAnswers>,
}

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

/// The segment of the case's last held joint assessment.
fn segment_of(tx: &Tx, case_id: &str) -> Result<Option<Segment>> {
    Ok(db::for_case(tx, case_id)?
        .iter()
        .rev()
        .find(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held)
        .and_then(|b| b.segment))
}

pub fn held(session: &mut Session, held: &Held) -> Result<Booking> {
    let now = session.now();
    session.write(|tx, author| held_in(tx, author, now, held))
}

/// Records a meeting as held inside the caller's transaction.
pub(crate) fn held_in(
    tx: &Tx,
    author: &Author,
    now: NaiveDateTime,
    args: &Held,
) -> Result<Booking> {
    let booking = booked(tx, args.meeting)?;
    if booking.start() > now {
        return Err(UserError::Refused(text::not_happened(booking.starts_at)).into());
    }
    let case = case(tx, &booking.case)?;
    if case.phase == Phase::Closed {
        return Err(UserError::Refused(text::case_closed(&case.id)).into());
    }
    super::super::refuse_if_withdrawn(tx, &case.id)?;
    // Holding a meeting about the client needs their multi-professional consent in force still.
    let needs = match booking.kind {
        MeetingKind::JointAssessment => Phase::JointAssessment,
        _ => Phase::OnwardPathways,
    };
    gate(
        Step::Advance(needs),
        &consent_states(tx, &case.id)?,
        &case.id,
    )?;
    let date = booking.start().date();
    let chair = args.chair.as_deref();
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
                .any(|on| on <= date);
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
                return Err(UserError::Refused(text::meeting_consent_needed()).into());
            }
            for needed in [Attendee::Client, Attendee::ReferringWorker] {
                if !args.attended.contains(&needed) {
                    return Err(UserError::invalid("--attended", text::attendance_needed()).into());
                }
            }
            if chair.is_none() && booking.chair.is_none() {
                return Err(missing("--chair").into());
            }
            let consent = super::super::consent::Give {
                case_id: case.id.clone(),
                kind: ConsentKind::Meeting,
                method: ConsentMethod::Oral,
                on: date,
                scope: Some(text::meeting_scope(booking.id)),
                representative: None,
            };
            super::super::consent::give_in(tx, author, &consent)?;
            advance = Some(Phase::OnwardPathways);
        }
    }
    let phase = advance
        .map(|to| Step::Advance(to).apply(case.phase))
        .transpose()?;
    db::mark_held(tx, booking.id, &held)?;
    let mut detail = serde_json::json!({
        "meeting": booking.id, "meeting_kind": booking.kind,
        "starts_at": minute::text(booking.starts_at),
        "segment": held.segment, "omaolo": held.omaolo, "kela_screen": held.kela_screen,
    });
    if let Some(to) = phase {
        cases::set_phase(tx, &case.id, to, date, None)?;
        detail["phase"] = serde_json::json!(to);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(tx, author, &case.id, EventKind::MeetingHeld, detail, date)?;
    if let Some(answers) = &args.estimate {
        let target = super::super::estimate::Target::Meeting(&booking);
        super::super::estimate::record_in(tx, author, &case, target, answers, "--saved", date)?;
    }
    log_change(tx, author, &case, "schedule held")?;
    db::booking(tx, booking.id)?.ok_or_else(|| anyhow::anyhow!("the meeting is missing"))
}

/// No-show and cancel: the booking ends with a status and a note; the timeline says so.
pub fn end(
    session: &mut Session,
    id: i64,
    status: BookingStatus,
    note: Option<&str>,
) -> Result<Booking> {
    let now = session.now();
    session.write(|tx, author| {
        let booking = booked(tx, id)?;
        if status == BookingStatus::NoShow && booking.start() > now {
            return Err(UserError::Refused(text::not_happened(booking.starts_at)).into());
        }
        let case = case(tx, &booking.case)?;
        db::set_status(tx, id, status, note)?;
        let kind = if status == BookingStatus::NoShow {
            EventKind::MeetingNoShow
        } else {
            EventKind::MeetingCancelled
        };
        let detail = serde_json::json!({
            "meeting": id, "meeting_kind": booking.kind,
            "starts_at": minute::text(booking.starts_at), "note": note,
        });
        events::append(tx, author, &case.id, kind, detail, now.date())?;
        log_change(tx, author, &case, "schedule")?;
        db::booking(tx, id)?.ok_or_else(|| anyhow::anyhow!("the meeting is missing"))
    })
}

/// Moves a booked meeting to another time, with the same time checks as booking.
/// Moves a booked meeting to `at`, or gives it a video link, or both; a link alone is refused
/// once the client withdrew multi-professional consent, as any further processing is.
pub fn move_to(
    session: &mut Session,
    id: i64,
    at: Option<NaiveDateTime>,
    video_link: Option<&str>,
) -> Result<Booking> {
    let now = session.now();
    session.write(|tx, author| {
        let booking = booked(tx, id)?;
        let case = case(tx, &booking.case)?;
        let changed = match (at, video_link) {
            (Some(at), link) => super::book::move_booking(tx, author, now, &booking, at, link)?,
            (None, Some(link)) => {
                super::super::refuse_if_withdrawn(tx, &case.id)?;
                super::book::set_link(tx, author, now, &booking, link)?
            }
            (None, None) => {
                return Err(UserError::invalid("--at", text::move_needs_something()).into())
            }
        };
        log_change(tx, author, &case, "schedule move")?;
        Ok(changed)
    })
}
