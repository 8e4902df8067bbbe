//! How the demo's cases went along the path: triage, the joint assessment, the Kela hour, the
//! network meeting, the plan, the follow-up — each step taken through the same functions the
//! commands use, dated as it would have happened.

use anyhow::Result;
use chrono::{Days, Duration, NaiveDate, NaiveDateTime};

use crate::domain::records::{Booking, EstimateAnswers, FollowUp, Pathway, Plan, Saving};
use crate::domain::Agreement;
use crate::domain::{
    calendar, Attendee, BookingStatus, ConsentKind, ConsentMethod, Decision, EventKind,
    FollowUpStatus, MeetingKind, NextStep, PathwayStatus, Phase, Segment, TimeSaved,
};
use crate::ops::consent::{give_in, Give};
use crate::ops::feedback::{self, Given};
use crate::ops::follow_up::record_in;
use crate::ops::plan::edit::{complete, save};
use crate::ops::refer::NewReferral;
use crate::ops::schedule::after::{held_in, Held};
use crate::ops::schedule::book::{book_in, BookRequest};
use crate::ops::triage::{decide_in, Decide};
use crate::store::schedule as sched;
use crate::store::{cases, consents, events, Author, Tx};

use super::Words;

/// Triages the older demo cases so the register shows cases in several phases; the newest stay
/// in the queue.
pub fn triage_some(
    tx: &Tx,
    author: &Author,
    case: &str,
    n: u32,
    new: &NewReferral,
    today: NaiveDate,
    words: &Words,
) -> Result<()> {
    let opened = new.referral.effective_on;
    if (today - opened).num_days() < 7 {
        return Ok(());
    }
    let consent = n % 4 != 3;
    let (decision, outcome, units) = match (consent, n.is_multiple_of(3), n % 5) {
        (_, _, 1) => (Decision::SingleIssue, Some(&words.single_issue), vec![]),
        (false, _, 2) => (Decision::Decline, Some(&words.declined), vec![]),
        (false, _, 3) => (Decision::Redirect, Some(&words.redirected), vec![]),
        (true, false, 0 | 2 | 4) => (Decision::JointAssessment, None, vec![]),
        (true, true, 0 | 2) => (Decision::CollaborationTeam, None, words.team_units.to_vec()),
        _ => return Ok(()),
    };
    let triage = Decide {
        decision,
        kela_screen: n.is_multiple_of(2),
        team: new.group.default_team(),
        urgency: Some(new.urgency),
        note: None,
        outcome: outcome.cloned(),
        units,
        on: opened + Days::new(3),
    };
    decide_in(tx, author, case, &triage)?;
    Ok(())
}

/// Books the joint assessment of a case in that phase as it would have been booked on the day of
/// triage, marks it held if that time has passed, and takes some on to the Kela hour.
pub fn schedule_some(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    n: u32,
    now: NaiveDateTime,
) -> Result<()> {
    let Some(case) = cases::get(tx, case_id)? else {
        return Ok(());
    };
    if case.phase != Phase::JointAssessment {
        return Ok(());
    }
    let request = |kind, at| BookRequest {
        case_id,
        kind,
        at,
        minutes: 90,
        doctor: false,
        chair: None,
        override_screen: None,
        video_link: None,
    };
    let decided = case.phase_since.and_hms_opt(10, 0, 0).unwrap_or(now);
    let assessment = book_in(
        tx,
        author,
        decided,
        &request(MeetingKind::JointAssessment, None),
    )?;
    let after = assessment.start() + Duration::hours(2);
    // Some cases stop along the way, so the demo shows every phase (and meetings to mark held).
    if after > now || n.is_multiple_of(7) {
        return Ok(());
    }
    let segment = Segment::ALL[(n % 4) as usize];
    let held = |meeting| Held {
        meeting,
        segment: Some(segment),
        omaolo: Some(n.is_multiple_of(2)),
        kela_screen: Some(n % 3 != 2),
        ..Held::default()
    };
    // The pair's estimate of the reception, and the client's feedback on it.
    let mut saved = vec![Saving {
        service: "doctor".to_string(),
        count: 1 + n % 2,
    }];
    if n.is_multiple_of(3) {
        saved.push(Saving {
            service: "social-worker".to_string(),
            count: 1,
        });
    }
    if n % 4 == 1 {
        saved.push(Saving {
            service: "laboratory".to_string(),
            count: 1,
        });
    }
    let time_saved = [
        TimeSaved::OneToTwoMonths,
        TimeSaved::TwoToFourWeeks,
        TimeSaved::OneToTwoMonths,
        TimeSaved::TwoToThreeMonths,
    ][(n % 4) as usize];
    let estimate = EstimateAnswers {
        appointments: Some(saved.iter().map(|s| s.count).sum()),
        saved,
        time_saved: Some(time_saved),
        how: None,
    };
    held_in(
        tx,
        author,
        after,
        &Held {
            estimate: Some(estimate),
            ..held(assessment.id)
        },
    )?;
    let agree = |yes: bool| {
        if yes {
            Agreement::FullyAgree
        } else {
            Agreement::PartlyAgree
        }
    };
    let given = Given {
        meeting: Some(assessment.id),
        on: after.date(),
        usefulness: Some(7 + (n % 4) as u8),
        answers: vec![
            ("mattered-to-me".to_string(), agree(!n.is_multiple_of(5))),
            ("heard-and-respected".to_string(), Agreement::FullyAgree),
            (
                "informed-on-services".to_string(),
                agree(n.is_multiple_of(2)),
            ),
            (
                "know-what-next".to_string(),
                [
                    Agreement::FullyAgree,
                    Agreement::PartlyAgree,
                    Agreement::CantSay,
                ][(n % 3) as usize],
            ),
        ],
        text: None,
    };
    feedback::record_in(tx, author, case_id, &given)?;
    if n % 3 == 2 {
        return Ok(());
    }
    let day = after.date();
    let has_kela = consents::for_case(tx, case_id)?
        .iter()
        .any(|c| c.is_active() && c.kind == ConsentKind::KelaExchange);
    if !has_kela {
        let give = Give {
            case_id: case_id.to_string(),
            kind: ConsentKind::KelaExchange,
            method: ConsentMethod::Written,
            on: day,
            scope: None,
            representative: None,
        };
        give_in(tx, author, &give)?;
    }
    consents::for_case(tx, case_id)?
        .iter()
        .filter(|c| c.kind == ConsentKind::KelaExchange && c.sent_to_kela_on.is_none())
        .try_for_each(|c| {
            consents::mark_sent_to_kela(tx, c.id, day)?;
            let detail = serde_json::json!({ "consent": c.id });
            events::append(tx, author, case_id, EventKind::KelaFormSent, detail, day)
        })?;
    book_in(tx, author, after, &request(MeetingKind::Kela, None))?;
    Ok(())
}

/// The key workers, in the order of `Words::key_worker_units`.
const KEY_WORKERS: &[&str] = &["Sanna Sosiaalinen", "Outi Omainen", "Pekka Polku"];
const PATHWAY_SERVICES: &[&str] = &[
    "doctor",
    "physiotherapy",
    "kela",
    "social-worker",
    "psychiatric-nurse",
    "laboratory",
    "employment-services",
    "rehabilitation-counsellor",
    "oral-health",
    "home-care",
];

/// The first working day on or after `date`.
fn working_day(mut date: NaiveDate) -> NaiveDate {
    while !calendar::is_working_day(date) {
        date = date + Days::new(1);
    }
    date
}

fn booked(tx: &Tx, case_id: &str, kind: MeetingKind) -> Result<Option<Booking>> {
    Ok(sched::for_case(tx, case_id)?
        .into_iter()
        .find(|b| b.kind == kind && b.status == BookingStatus::Booked))
}

fn segment(tx: &Tx, case_id: &str) -> Result<Option<Segment>> {
    Ok(sched::for_case(tx, case_id)?
        .into_iter()
        .filter(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held)
        .filter_map(|b| b.segment)
        .next_back())
}

fn held(meeting: i64, network_needed: bool, meeting_consent: bool) -> Held {
    Held {
        meeting,
        segment: None,
        omaolo: None,
        kela_screen: None,
        meeting_consent,
        attended: if meeting_consent {
            vec![Attendee::Client, Attendee::ReferringWorker, Attendee::Nurse]
        } else {
            Vec::new()
        },
        chair: None,
        network_needed,
        estimate: None,
    }
}

/// Takes a demo case on from where `schedule_some` left it, as far as the days since allow:
/// the Kela hour held, a network meeting, the plan with its pathways, the follow-up.
pub fn carry_on(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    n: u32,
    now: NaiveDateTime,
    words: &Words,
) -> Result<()> {
    let today = now.date();
    let Some(mut case) = cases::get(tx, case_id)? else {
        return Ok(());
    };
    if n % 7 == 1 {
        return Ok(());
    }
    // The day of the last thing that happened: the phase change or the last meeting held.
    let held_last = sched::for_case(tx, case_id)?
        .iter()
        .filter(|b| b.status == BookingStatus::Held)
        .map(|b| b.start().date())
        .max();
    let mut last = case.phase_since.max(held_last.unwrap_or(NaiveDate::MIN));
    if case.phase == Phase::KelaConsultation {
        let Some(kela) = booked(tx, case_id, MeetingKind::Kela)? else {
            return Ok(());
        };
        let after = kela.start() + Duration::hours(2);
        if after > now {
            return Ok(());
        }
        let complex = matches!(
            segment(tx, case_id)?,
            Some(Segment::Verkosto | Segment::Yhteistyo)
        );
        held_in(
            tx,
            author,
            after,
            &held(kela.id, complex && n.is_multiple_of(2), false),
        )?;
        last = after.date();
    }
    case = cases::get(tx, case_id)?.unwrap_or(case);
    if case.phase == Phase::NetworkMeeting {
        let day = working_day(last + Days::new(5));
        let at = day.and_hms_opt(10, 0, 0).unwrap_or(now);
        let request = BookRequest {
            case_id,
            kind: MeetingKind::Network,
            at: Some(at),
            minutes: 90,
            doctor: n.is_multiple_of(4),
            chair: Some("Sanna Sosiaalinen"),
            override_screen: None,
            video_link: None,
        };
        let network = book_in(
            tx,
            author,
            last.and_hms_opt(16, 0, 0).unwrap_or(now),
            &request,
        )?;
        let after = network.start() + Duration::hours(2);
        if after > now {
            return Ok(());
        }
        held_in(tx, author, after, &held(network.id, false, true))?;
        last = after.date();
    }
    case = cases::get(tx, case_id)?.unwrap_or(case);
    let assessed_only =
        case.phase == Phase::JointAssessment && segment(tx, case_id)?.is_some() && n % 3 == 2;
    if n % 7 == 3 {
        return Ok(());
    }
    if case.phase == Phase::OnwardPathways || assessed_only {
        let on = last + Days::new(1);
        if on > today {
            return Ok(());
        }
        let plan = plan_of(n, on, words);
        save(tx, author, &case, &plan, on)?;
        let due = complete(tx, author, &case, &plan, on)?;
        if due > today {
            return Ok(());
        }
        let case = cases::get(tx, case_id)?.unwrap_or(case);
        let (follow_up, estimate) = follow_up_of(n, due, &author.actor);
        record_in(tx, author, &case, &follow_up, estimate.as_ref())?;
    }
    Ok(())
}

/// The plan a demo case is given on `on`: a key worker and two to four onward pathways.
pub(super) fn plan_of(n: u32, on: NaiveDate, words: &Words) -> Plan {
    let worker = KEY_WORKERS[(n % 3) as usize];
    let unit = &words.key_worker_units[(n % 3) as usize];
    let pathways = (0..2 + n % 3)
        .map(|i| {
            let service = PATHWAY_SERVICES[((n + i * 3) % PATHWAY_SERVICES.len() as u32) as usize];
            Pathway {
                service: service.to_string(),
                unit: None,
                professional: None,
                directory_id: None,
                booked_for_client: i == 0,
                appointment_on: (i == 0).then(|| on + Days::new(10)),
                purpose: (service == "doctor").then(|| words.doctor_purpose.clone()),
                status: if i == 0 {
                    PathwayStatus::Booked
                } else {
                    PathwayStatus::Planned
                },
            }
        })
        .collect();
    Plan {
        key_worker: Some(worker.to_string()),
        key_worker_unit: Some(unit.clone()),
        key_worker_contact: Some("+358 555 0900".to_string()),
        goals: Some(words.goals.clone()),
        pathways,
        client_confirmed_on: Some(on),
        ..Plan::default()
    }
}

/// The follow-up call of a demo case on its due day, and the pair's estimate asked at it.
pub(super) fn follow_up_of(
    n: u32,
    due: NaiveDate,
    actor: &str,
) -> (FollowUp, Option<EstimateAnswers>) {
    let reached = !n.is_multiple_of(7);
    let follow_up = FollowUp {
        done_on: due,
        reached,
        status: match (reached, n % 5, n % 11) {
            (false, _, _) => FollowUpStatus::Unreachable,
            (true, _, 0) => FollowUpStatus::DroppedOff,
            (true, 0, _) => FollowUpStatus::OnTheWay,
            _ => FollowUpStatus::OnPath,
        },
        knows_contact: reached.then_some(!n.is_multiple_of(6)),
        usefulness: reached.then_some(7 + (n % 4) as u8),
        appointments_saved: None,
        saved_services: Vec::new(),
        time_saved: None,
        note: None,
        next_step: if reached && !n.is_multiple_of(3) {
            NextStep::Close
        } else {
            NextStep::Again
        },
        next_on: (!reached || n.is_multiple_of(3)).then(|| due + Days::new(21)),
        recorded_by: actor.to_string(),
    };
    // The pair's estimate asked at the call, as the register did before migration 5.
    let estimate = reached.then(|| EstimateAnswers {
        appointments: Some(1 + n % 4),
        time_saved: Some(TimeSaved::ALL[(n % 4) as usize]),
        ..EstimateAnswers::default()
    });
    (follow_up, estimate)
}
