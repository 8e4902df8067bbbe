//! The ten-year register: the demo's clients after the first `SCHEDULED_CLIENTS`, their cases
//! spread evenly over the ten years up to today, oldest first (so case numbers run in the order
//! the cases came), each taken as far along the path as its age allows through the same
//! operations the commands use. Most old cases are closed; the newest months hold cases in every
//! phase. The proportions are documented in docs/src/reference/demo.md.

use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use crate::domain::records::FollowUp;
use crate::domain::{
    hetu, CloseReason, ConsentKind, ConsentMethod, Decision, FollowUpStatus, NextStep, Phase,
};
use crate::ops::close::close_in;
use crate::ops::consent::{give_in, Give};
use crate::ops::follow_up::record_in;
use crate::ops::plan::edit::{complete, save};
use crate::ops::refer::NewReferral;
use crate::ops::triage::{decide_in, Decide};
use crate::store::{cases, follow_up, Author, Tx};

use super::path::{carry_on, follow_up_of, plan_of, schedule_some};
use super::Words;

/// The days the ten-year cases are spread over.
const DAYS: i64 = 3_652;

/// Birth dates run over sixty years from this day, a hundred temporary individual numbers
/// (900–999) each: 2,190,000 distinct identity codes.
const BORN_FROM: (i32, u32, u32) = (1936, 1, 1);
const CODES: u64 = 60 * 365 * 100;
/// A prime that divides no factor of `CODES`: `k * STRIDE % CODES` visits each code once.
const STRIDE: u64 = 1_000_003;

/// The joint assessments the calendar's slots take in a week (two slots of one place).
const ASSESSMENTS_A_WEEK: u32 = 2;

/// A well-mixed number for case `n` (splitmix64), so each case's draws are independent.
fn mix(n: u32) -> u64 {
    let mut z = u64::from(n).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Bits `at`.. of `r`, below `below`.
fn draw(r: u64, at: u32, below: u64) -> u64 {
    (r >> at) % below
}

/// Dates the `k`-th of `total` ten-year referrals (oldest first) and gives its client a birth
/// date and an identity code no other ten-year client has.
pub fn place(new: &mut NewReferral, n: u32, k: u32, total: u32, today: NaiveDate) {
    let back = DAYS - 1 - i64::from(k) * DAYS / i64::from(total.max(1));
    new.referral.effective_on = today - Days::new(back.max(0) as u64);
    let slot = u64::from(k) * STRIDE % CODES;
    let (y, m, d) = BORN_FROM;
    let first = NaiveDate::from_ymd_opt(y, m, d).unwrap_or(today);
    let born = first + Days::new(slot / 100);
    let r = mix(n);
    let sign = ['-', 'Y', 'X'][draw(r, 0, 3) as usize];
    let code = hetu::compose(born, sign, 900 + (slot % 100) as u32);
    new.hetu = (draw(r, 2, 5) > 0)
        .then(|| hetu::parse(&code, true).ok())
        .flatten();
    new.birth_year = Some(born.year());
}

/// The joint assessments booked in the week of triage so far: the slots hold two a week, so
/// only the first cases of a week get one.
#[derive(Debug, Default)]
pub struct Calendar {
    week: i64,
    booked: u32,
}

impl Calendar {
    fn take(&mut self, day: NaiveDate) -> bool {
        let week = i64::from(day.num_days_from_ce()) / 7;
        if week != self.week {
            (self.week, self.booked) = (week, 0);
        }
        let free = self.booked < ASSESSMENTS_A_WEEK;
        self.booked += u32::from(free);
        free
    }
}

/// What the case's triage decides, by its draw: a quarter closed as a single issue, one in
/// eight redirected or declined, three in ten to the collaboration team, a third to a joint
/// assessment.
fn decision(r: u64) -> Decision {
    match draw(r, 4, 100) {
        0..=24 => Decision::SingleIssue,
        25..=31 => Decision::Redirect,
        32..=36 => Decision::Decline,
        37..=66 => Decision::CollaborationTeam,
        _ => Decision::JointAssessment,
    }
}

/// Takes ten-year case `n` along the path as far as its age allows.
#[allow(clippy::too_many_arguments)]
pub fn walk(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    n: u32,
    new: &NewReferral,
    now: NaiveDateTime,
    words: &Words,
    calendar: &mut Calendar,
) -> Result<()> {
    let today = now.date();
    let opened = new.referral.effective_on;
    let age = (today - opened).num_days();
    let r = mix(n);
    let decision = decision(r);
    // The consents the decision needs, given on the day of the referral (the Moty track: the
    // written consent and the contact request).
    let give = |kind, method| -> Result<()> {
        let give = Give {
            case_id: case_id.to_string(),
            kind,
            method,
            on: opened,
            scope: None,
            representative: None,
        };
        give_in(tx, author, &give).map(|_| ())
    };
    let consents = matches!(
        decision,
        Decision::JointAssessment | Decision::CollaborationTeam
    ) || draw(r, 11, 3) > 0;
    let written = decision == Decision::JointAssessment || draw(r, 13, 2) == 0;
    if consents {
        let method = match written {
            true => ConsentMethod::Written,
            false => ConsentMethod::Oral,
        };
        give(ConsentKind::MultiProfessional, method)?;
        if written {
            give(ConsentKind::ContactRequest, ConsentMethod::Written)?;
        }
    }
    if decision == Decision::JointAssessment && draw(r, 14, 3) == 0 {
        give(ConsentKind::KelaExchange, ConsentMethod::Written)?;
    }
    // The last week's referrals wait for triage, and one in ten of the last six weeks'.
    if age < 7 || (age < 45 && draw(r, 16, 10) == 0) {
        return Ok(());
    }
    let on = opened + Days::new(3);
    let outcome = match decision {
        Decision::SingleIssue => Some(words.single_issue.clone()),
        Decision::Decline => Some(words.declined.clone()),
        Decision::Redirect => Some(words.redirected.clone()),
        _ => None,
    };
    let units = match decision {
        Decision::CollaborationTeam => words.team_units.to_vec(),
        _ => Vec::new(),
    };
    let triage = Decide {
        decision,
        kela_screen: draw(r, 20, 2) == 0,
        team: new.group.default_team(),
        urgency: Some(new.urgency),
        note: None,
        outcome,
        units,
        on,
    };
    decide_in(tx, author, case_id, &triage)?;
    match decision {
        Decision::CollaborationTeam => team_track(tx, author, case_id, n, r, on, today, words),
        Decision::JointAssessment if calendar.take(on) => {
            schedule_some(tx, author, case_id, n, now)?;
            carry_on(tx, author, case_id, n, now, words)?;
            wind_up(tx, author, case_id, n, r, today)
        }
        // The slots took no more this week: an old case was closed without its assessment
        // (unreachable, moved away or otherwise), a recent one still waits for a time.
        Decision::JointAssessment => match age > 120 {
            true => close_after(tx, author, case_id, r, 30, today),
            false => Ok(()),
        },
        _ => Ok(()),
    }
}

/// The collaboration team's track, which needs no slot: the plan two to six weeks after
/// triage, the follow-up when due, closing together with the client.
#[allow(clippy::too_many_arguments)]
fn team_track(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    n: u32,
    r: u64,
    triaged: NaiveDate,
    today: NaiveDate,
    words: &Words,
) -> Result<()> {
    // One in twenty moves away before the plan.
    if draw(r, 24, 20) == 0 && triaged + Days::new(20) <= today {
        return close_in(
            tx,
            author,
            case_id,
            CloseReason::MovedAway,
            None,
            triaged + Days::new(20),
        );
    }
    let on = triaged + Days::new(14 + draw(r, 28, 30));
    if on > today {
        return Ok(());
    }
    let Some(case) = cases::get(tx, case_id)? else {
        return Ok(());
    };
    let plan = plan_of(n, on, words);
    save(tx, author, &case, &plan, on)?;
    let due = complete(tx, author, &case, &plan, on)?;
    // Due ahead, or overdue by days for one in three of the last two weeks' (not yet called).
    if due > today || ((today - due).num_days() < 14 && draw(r, 34, 3) == 0) {
        return Ok(());
    }
    let case = cases::get(tx, case_id)?.unwrap_or(case);
    let (follow_up, estimate) = follow_up_of(n, due, &author.actor);
    record_in(tx, author, &case, &follow_up, estimate.as_ref())?;
    wind_up(tx, author, case_id, n, r, today)
}

/// Ends what a case left open: a follow-up asked again is called again two weeks after it
/// was due and the case closed together with the client; a case stopped along the way is closed
/// a month and a half after its last step once it is half a year old.
fn wind_up(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    n: u32,
    r: u64,
    today: NaiveDate,
) -> Result<()> {
    let Some(case) = cases::get(tx, case_id)? else {
        return Ok(());
    };
    if case.phase == Phase::Closed {
        return Ok(());
    }
    let again = follow_up::for_case(tx, case_id)?
        .last()
        .filter(|f| f.next_step == NextStep::Again)
        .and_then(|f| f.next_on);
    match (case.phase, again) {
        (Phase::FollowUp, Some(on)) if on + Days::new(14) <= today => {
            let (first, estimate) = follow_up_of(n, on, &author.actor);
            let last = FollowUp {
                reached: true,
                status: FollowUpStatus::OnPath,
                knows_contact: Some(true),
                usefulness: first.usefulness.or(Some(8)),
                next_step: NextStep::Close,
                next_on: None,
                ..first
            };
            record_in(tx, author, &case, &last, estimate.as_ref())
        }
        // Asked again lately: the call is still to come.
        (Phase::FollowUp, Some(_)) => Ok(()),
        _ if (today - case.opened_on).num_days() >= 180 => {
            close_after(tx, author, case_id, r, 45, today)
        }
        _ => Ok(()),
    }
}

/// Closes a case `days` after its phase began (not after today): unreachable, moved away or
/// another reason.
fn close_after(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    r: u64,
    days: u64,
    today: NaiveDate,
) -> Result<()> {
    let Some(case) = cases::get(tx, case_id)? else {
        return Ok(());
    };
    let on = (case.phase_since + Days::new(days + draw(r, 40, 30))).min(today);
    let reason = [
        CloseReason::Unreachable,
        CloseReason::Unreachable,
        CloseReason::MovedAway,
        CloseReason::Other,
    ][draw(r, 46, 4) as usize];
    close_in(tx, author, case_id, reason, None, on)
}
