//! Follow-up: the follow-ups due and overdue (each case's own date kept with the case, migration
//! 11; the team's interval applied at read time), and recording a follow-up call with its next
//! step — close together, follow up again, or reconvene.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, consent_states, log_change, not_before_phase, Session};
use crate::domain::paging::{ListKey, Rest, Take};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Case, EstimateAnswers, FollowUp};
use crate::domain::{AccessAction, CloseReason, EventKind, NextStep, Phase};
use crate::error::UserError;
use crate::store::{access, cases, events, follow_up as db, meta, Author, Tx};
use crate::text;

/// A follow-up ahead, as `due` lists it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Due {
    pub case: String,
    pub name: String,
    pub phone: Option<String>,
    pub key_worker: Option<String>,
    pub due_on: NaiveDate,
    /// The client, for the access log (not printed).
    #[serde(skip)]
    pub client_id: i64,
    /// Computed at read time: days past the due date (0 when not yet overdue).
    pub days_overdue: i64,
    pub overdue: bool,
    /// The client has a non-disclosure order for personal safety.
    pub non_disclosure: bool,
}

/// The meta key of the team's follow-up interval in weeks.
pub const TEAM_WEEKS: &str = "follow_up_weeks";

/// A follow-up interval: how many weeks after the pathway phase ends the follow-up call is due,
/// and whose interval it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Interval {
    pub weeks: u32,
    /// The case's own interval, agreed at the plan (`moty plan CASE --follow-up-weeks`); false:
    /// the team's (`moty settings follow-up-weeks`).
    pub per_case: bool,
}

/// The team's follow-up interval (`moty settings follow-up-weeks`), and whether the team set it
/// (otherwise the default of 8 weeks).
pub(crate) fn team_weeks(tx: &Tx) -> Result<(u32, bool)> {
    let set = meta::get(tx, TEAM_WEEKS)?.and_then(|w| w.trim().parse::<u32>().ok());
    Ok(match set {
        Some(weeks) if weeks > 0 => (weeks, true),
        _ => (crate::ops::plan::edit::DEFAULT_FOLLOW_UP_WEEKS, false),
    })
}

/// The interval a case follows up at: its own, or else the team's.
pub(crate) fn interval_of(tx: &Tx, case: &Case) -> Result<Interval> {
    Ok(match case.follow_up_weeks {
        Some(weeks) => Interval {
            weeks,
            per_case: true,
        },
        None => Interval {
            weeks: team_weeks(tx)?.0,
            per_case: false,
        },
    })
}

/// When a case in the follow-up phase since `since` is due: the date the last call agreed, or
/// else its interval (`case_weeks`, or the team's) after `since`.
fn due_on(
    tx: &Tx,
    since: NaiveDate,
    next_on: Option<NaiveDate>,
    case_weeks: Option<u32>,
) -> Result<NaiveDate> {
    let weeks = match (next_on, case_weeks) {
        (Some(_), _) => 0,
        (None, Some(weeks)) => weeks,
        (None, None) => team_weeks(tx)?.0,
    };
    Ok(crate::domain::path::follow_up_due(since, next_on, weeks))
}

/// When each case in the follow-up phase is due: (case id, due date), computed from the calls
/// and intervals (not from `cases.follow_up_due`, which `audit verify` checks against this).
pub(crate) fn due_dates(tx: &Tx) -> Result<Vec<(String, NaiveDate)>> {
    // The team's interval, read once for all the cases without their own.
    let team = team_weeks(tx)?.0;
    Ok(db::in_follow_up(tx)?
        .into_iter()
        .map(|(case_id, since, next_on, weeks)| {
            let due = crate::domain::path::follow_up_due(since, next_on, weeks.unwrap_or(team));
            (case_id, due)
        })
        .collect())
}

/// When one case is due, if it is in the follow-up phase.
pub(crate) fn due_date(tx: &Tx, case: &Case) -> Result<Option<NaiveDate>> {
    if case.phase != Phase::FollowUp {
        return Ok(None);
    }
    let next_on = db::next_on(tx, &case.id)?;
    due_on(tx, case.phase_since, next_on, case.follow_up_weeks).map(Some)
}

/// The team's follow-up interval as `moty settings follow-up-weeks` shows it.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct TeamInterval {
    pub weeks: u32,
    /// False: the team has not set one, and the default applies.
    pub set: bool,
}

/// Shows the team's follow-up interval, or sets it (`weeks`, already checked) first. Cases with
/// their own interval keep it.
pub fn team_interval(session: &mut Session, weeks: Option<u32>) -> Result<TeamInterval> {
    session.write(|tx, _| {
        if let Some(weeks) = weeks {
            meta::set(tx, TEAM_WEEKS, &weeks.to_string())?;
        }
        let (weeks, set) = team_weeks(tx)?;
        Ok(TeamInterval { weeks, set })
    })
}

/// Follow-ups due within a week and overdue ones (`all`: every one ahead), a page at a time after
/// the place `after` (`super::pages::walk`); each page is handed to `shown` once its clients'
/// access rows are committed. With `Take::First`, what is left after the rows shown.
pub fn due(
    session: &mut Session,
    all: bool,
    choice: &super::region::Choice,
    (take, after): (Take, Option<ListKey>),
    shown: impl FnMut(&[Due]) -> Result<bool>,
) -> Result<Option<Rest>> {
    let author = session.author();
    let region = session.read(|tx| super::region::resolve(tx, &author, choice))?;
    let pager = DueList {
        all,
        region: region.as_deref(),
        today: session.today(),
    };
    super::pages::walk(session, &pager, take, after, shown)
}

/// The follow-ups due as pages, in the order of their due dates, then case numbers, read from
/// the indexes of migration 11 (a page costs its rows, not the cases in the follow-up phase).
pub(crate) struct DueList<'a> {
    pub(crate) all: bool,
    pub(crate) region: Option<&'a str>,
    pub(crate) today: NaiveDate,
}

impl DueList<'_> {
    /// Which follow-ups: due within a week (or overdue) unless `all`.
    fn due(&self, tx: &Tx) -> Result<db::Due<'_>> {
        Ok(db::Due {
            region: self.region,
            until: (!self.all).then(|| self.today + chrono::Days::new(7)),
            team_weeks: team_weeks(tx)?.0,
        })
    }

    /// The places of up to `limit` cases due after `after`, in order.
    pub(crate) fn places(
        &self,
        tx: &Tx,
        after: Option<&ListKey>,
        limit: u32,
    ) -> Result<Vec<(ListKey, String)>> {
        self.due(tx)?.page(tx, after, limit)
    }

    /// How many cases are due after `after`.
    pub(crate) fn count_after(&self, tx: &Tx, after: &ListKey) -> Result<u64> {
        self.due(tx)?.rest(tx, after)
    }
}

impl super::pages::Pager for DueList<'_> {
    type Row = Due;
    type Key = ListKey;

    fn page(&self, tx: &Tx, after: Option<&ListKey>, limit: u32) -> Result<Vec<Due>> {
        let places = self.places(tx, after, limit)?;
        let ids: Vec<&str> = places.iter().map(|(_, case)| case.as_str()).collect();
        let mut cases = db::due_cases(tx, &ids)?;
        places
            .into_iter()
            .map(|(key, case_id)| {
                let found = cases
                    .remove(&case_id)
                    .ok_or_else(|| anyhow::anyhow!("the case {case_id} is missing"))?;
                let overdue = (self.today - key.since).num_days().max(0);
                Ok(Due {
                    non_disclosure: found.non_disclosure,
                    client_id: found.client_id,
                    key_worker: found.key_worker,
                    case: case_id,
                    name: found.name,
                    phone: found.phone,
                    due_on: key.since,
                    days_overdue: overdue,
                    overdue: overdue > 0,
                })
            })
            .collect()
    }

    /// One access-log row for each follow-up shown; a list with nobody due is not logged (it
    /// showed nobody's data).
    fn log(&self, tx: &Tx, author: &Author, rows: &[Due]) -> Result<()> {
        let rows: Vec<access::Access> = rows
            .iter()
            .map(|d| access::Access {
                command: "follow-up due",
                action: AccessAction::View,
                client_id: Some(d.client_id),
                case_id: Some(&d.case),
                reason: None,
            })
            .collect();
        access::log_all(tx, author, &rows)
    }

    fn key(&self, row: &Due) -> ListKey {
        ListKey::of(row.due_on, &row.case)
    }

    fn rest(&self, tx: &Tx, after: &ListKey) -> Result<u64> {
        self.count_after(tx, after)
    }
}

/// Records a follow-up call and takes its next step. `estimate`: the pair's savings answers given
/// with the call (`--appointments-saved`, `--saved-service`, `--time-saved`), recorded as an
/// estimate marked as entered at follow-up.
pub fn record(
    session: &mut Session,
    case_id: &str,
    follow_up: &FollowUp,
    estimate: Option<&EstimateAnswers>,
) -> Result<()> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        if case.phase != Phase::FollowUp {
            return Err(UserError::Refused(text::not_in_follow_up(case.phase)).into());
        }
        super::refuse_if_withdrawn(tx, case_id)?;
        gate(
            Step::Advance(Phase::OnwardPathways),
            &consent_states(tx, case_id)?,
            case_id,
        )?;
        not_before_phase(&case, follow_up.done_on)?;
        record_in(tx, author, &case, follow_up, estimate)
    })
}

/// Records a checked follow-up inside the caller's transaction, with the estimate given at the
/// call, and takes its next step.
pub(crate) fn record_in(
    tx: &Tx,
    author: &Author,
    case: &Case,
    follow_up: &FollowUp,
    estimate: Option<&EstimateAnswers>,
) -> Result<()> {
    let case_id = case.id.as_str();
    let on = follow_up.done_on;
    let next = follow_up.next_step;
    let id = db::insert(tx, case_id, follow_up)?;
    let mut detail = serde_json::json!({
        "status": follow_up.status, "next_step": next, "next_on": follow_up.next_on,
    });
    let target = match next {
        NextStep::ReconveneNetwork => Some(Phase::NetworkMeeting),
        NextStep::ReconveneTeam => Some(Phase::CollaborationTeam),
        NextStep::Close | NextStep::Again => None,
    };
    if let Some(to) = target {
        let to = Step::Advance(to).apply(case.phase)?;
        cases::set_phase(tx, case_id, to, on, None)?;
        detail["phase"] = serde_json::json!(to);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(tx, author, case_id, EventKind::FollowUpRecorded, detail, on)?;
    if let Some(answers) = estimate {
        let target = super::estimate::Target::FollowUp(id, on);
        super::estimate::record_in(tx, author, case, target, answers, "--saved-service", on)?;
    }
    log_change(tx, author, case, "follow-up")?;
    if next == NextStep::Close {
        let note = follow_up.note.as_deref();
        super::close::close_in(tx, author, case_id, CloseReason::Completed, note, on)?;
    }
    Ok(())
}
