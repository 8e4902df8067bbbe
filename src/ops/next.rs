//! What is next for a case, which `moty show` leads with during a phone call: the next booked
//! meeting, meetings past their time but not marked held, the follow-up's due date, the consents
//! and Kela forms still missing (as the work list and the consent gates see them), and the key
//! worker with how to reach them. Computed at read time, inside the look-up's transaction.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use super::schedule::agenda::{kela_form, meeting_consent_withdrawn, FormStatus};
use crate::domain::fold::fold;
use crate::domain::records::{Booking, Case, Consent, Plan};
use crate::domain::{BookingStatus, ConsentKind, ConsentMethod, MeetingKind, Phase};
use crate::store::{directory, schedule as db, Tx};

/// What is next for a case.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Next {
    /// The client withdrew multi-professional consent and has not given it again: nothing
    /// further is processed (only look-ups, a new consent and closing) since this date.
    pub processing_stopped_on: Option<NaiveDate>,
    /// The next booked meeting from now.
    pub meeting: Option<NextMeeting>,
    /// Meetings whose time has passed but that are not marked held (or no-show, or cancelled).
    pub not_marked_held: Vec<PastMeeting>,
    /// The follow-up call, when the case is in the follow-up phase.
    pub follow_up: Option<FollowUpDue>,
    /// Consents and Kela forms still to collect or send.
    pub missing: Vec<Missing>,
    /// The plan's key worker, with the directory's phone and e-mail when an entry matches.
    pub key_worker: Option<KeyWorker>,
}

impl Next {
    /// Nothing booked, due, missing or stopped, and no key worker yet.
    pub fn is_empty(&self) -> bool {
        self.processing_stopped_on.is_none()
            && self.meeting.is_none()
            && self.not_marked_held.is_empty()
            && self.follow_up.is_none()
            && self.missing.is_empty()
            && self.key_worker.is_none()
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NextMeeting {
    pub meeting: i64,
    pub kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    pub video_link: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PastMeeting {
    pub meeting: i64,
    pub kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FollowUpDue {
    pub due_on: NaiveDate,
    /// Days until the due date (0 on the day and when overdue).
    pub days_left: i64,
    /// Days past the due date (0 when not overdue).
    pub days_overdue: i64,
    pub overdue: bool,
    /// The date was agreed at the last follow-up call rather than computed from the interval.
    pub agreed_at_call: bool,
    /// The interval the case follows up at (its own, or the team's).
    pub interval: super::follow_up::Interval,
}

/// What is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MissingKind {
    /// No multi-professional consent in force.
    MultiProfessionalConsent,
    /// Multi-professional consent is in force only orally; the joint assessment (the Moty
    /// track) needs it written.
    WrittenConsent,
    /// No Kela information-exchange consent in force, for a booked Kela hour or after the
    /// second Kela screen said yes.
    KelaConsent,
    /// The Kela consent is in force but its form has not gone to Kela.
    KelaForm,
    /// The client withdrew the meeting consent: the case is off the agenda and the calendar of
    /// its network and team meetings until it is given again.
    MeetingConsent,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Missing {
    pub what: MissingKind,
    /// The booked meeting it is needed for, if any.
    pub meeting: Option<i64>,
    /// By when: the last working day the Kela form should reach Kela.
    pub due_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct KeyWorker {
    pub name: String,
    pub unit: Option<String>,
    /// How the client reaches them, as the plan says.
    pub contact: Option<String>,
    /// The matching directory entry's number, phone and e-mail.
    pub directory_id: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// What is next for `case` at `now`, from its meetings, consents and plan as read in `tx`.
pub(crate) fn next(
    tx: &Tx,
    case: &Case,
    now: NaiveDateTime,
    consents: &[Consent],
    meetings: &[Booking],
    plan: Option<&Plan>,
) -> Result<Next> {
    let open = case.phase != Phase::Closed;
    let multi = || {
        consents
            .iter()
            .filter(|c| c.kind == ConsentKind::MultiProfessional)
    };
    let processing_stopped_on = match multi().any(Consent::is_active) {
        true => None,
        false => multi().filter_map(|c| c.withdrawn_on).max(),
    }
    .filter(|_| open);
    let booked: Vec<&Booking> = meetings
        .iter()
        .filter(|b| b.status == BookingStatus::Booked)
        .collect();
    let meeting = booked
        .iter()
        .filter(|b| b.start() >= now)
        .min_by_key(|b| (b.start(), b.id))
        .map(|b| NextMeeting {
            meeting: b.id,
            kind: b.kind,
            starts_at: b.starts_at,
            minutes: b.minutes,
            video_link: b.video_link.clone(),
        });
    let not_marked_held = booked
        .iter()
        .filter(|b| b.start() < now)
        .map(|b| PastMeeting {
            meeting: b.id,
            kind: b.kind,
            starts_at: b.starts_at,
        })
        .collect();
    let today = now.date();
    let follow_up = match super::follow_up::due_date(tx, case)? {
        Some(due_on) => Some(FollowUpDue {
            due_on,
            days_left: (due_on - today).num_days().max(0),
            days_overdue: (today - due_on).num_days().max(0),
            overdue: due_on < today,
            agreed_at_call: crate::store::follow_up::next_on(tx, &case.id)?.is_some(),
            interval: super::follow_up::interval_of(tx, case)?,
        }),
        None => None,
    };
    let missing = match open {
        true => missing(tx, case, now, consents, &booked, meetings)?,
        false => Vec::new(),
    };
    let missing = match processing_stopped_on {
        // Withdrawn consent is the stop itself, not a consent to collect.
        Some(_) => missing
            .into_iter()
            .filter(|m| m.what != MissingKind::MultiProfessionalConsent)
            .collect(),
        None => missing,
    };
    Ok(Next {
        processing_stopped_on,
        meeting,
        not_marked_held,
        follow_up,
        missing,
        key_worker: key_worker(tx, plan)?,
    })
}

fn missing(
    tx: &Tx,
    case: &Case,
    now: NaiveDateTime,
    consents: &[Consent],
    booked: &[&Booking],
    meetings: &[Booking],
) -> Result<Vec<Missing>> {
    let mut list = Vec::new();
    let active = |kind: ConsentKind| {
        consents
            .iter()
            .filter(move |c| c.is_active() && c.kind == kind)
    };
    let item = |what, meeting, due_on| Missing {
        what,
        meeting,
        due_on,
    };
    // The work list's rule: every open case needs multi-professional consent in force.
    match active(ConsentKind::MultiProfessional).any(|c| c.method == ConsentMethod::Written) {
        true => {}
        false if active(ConsentKind::MultiProfessional).next().is_none() => {
            list.push(item(MissingKind::MultiProfessionalConsent, None, None));
        }
        // The consent gate of the Moty track: the joint assessment needs it written.
        false if case.phase == Phase::JointAssessment => {
            list.push(item(MissingKind::WrittenConsent, None, None));
        }
        false => {}
    }
    let (lead, _) = super::schedule::rules::kela_settings(tx)?;
    let closed: HashMap<NaiveDate, String> = db::closed_days(tx)?.into_iter().collect();
    let mut kela_booked = false;
    for b in booked.iter().filter(|b| b.start() >= now) {
        if let Some(form) = kela_form(tx, b, lead, &closed)? {
            kela_booked = true;
            let what = match form.status {
                FormStatus::NoConsent => Some(MissingKind::KelaConsent),
                FormStatus::NotSent => Some(MissingKind::KelaForm),
                FormStatus::Sent | FormStatus::Late => None,
            };
            if let Some(what) = what {
                list.push(item(what, Some(b.id), Some(form.due_on)));
            }
        }
        if meeting_consent_withdrawn(tx, b)? {
            list.push(item(MissingKind::MeetingConsent, Some(b.id), None));
        }
    }
    // The second Kela screen said yes at the joint assessment: Kela's form is asked for then.
    let screened_yes = meetings
        .iter()
        .filter(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held)
        .max_by_key(|b| b.start())
        .is_some_and(|b| b.kela_screen == Some(true));
    let kela_held = meetings
        .iter()
        .any(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held);
    if screened_yes
        && case.phase == Phase::JointAssessment
        && !kela_booked
        && !kela_held
        && active(ConsentKind::KelaExchange).next().is_none()
    {
        list.push(item(MissingKind::KelaConsent, None, None));
    }
    Ok(list)
}

/// The plan's key worker; the directory entry of the same name (and unit, where both say one)
/// adds a phone number and an e-mail address.
fn key_worker(tx: &Tx, plan: Option<&Plan>) -> Result<Option<KeyWorker>> {
    let Some(plan) = plan else {
        return Ok(None);
    };
    let Some(name) = plan.key_worker.clone() else {
        return Ok(None);
    };
    let unit = plan.key_worker_unit.as_deref().map(fold);
    let same_name: Vec<_> = directory::list(tx)?
        .into_iter()
        .filter(|e| fold(e.name.trim()) == fold(name.trim()))
        .collect();
    let entry = same_name
        .iter()
        .find(|e| {
            unit.as_deref()
                .is_some_and(|u| fold(e.unit.trim()) == u.trim())
        })
        .or_else(|| {
            same_name
                .first()
                .filter(|_| same_name.len() == 1 || unit.is_none())
        });
    Ok(Some(KeyWorker {
        name,
        unit: plan.key_worker_unit.clone(),
        contact: plan.key_worker_contact.clone(),
        directory_id: entry.map(|e| e.id),
        phone: entry.and_then(|e| e.phone.clone()),
        email: entry.and_then(|e| e.email.clone()),
    }))
}
