//! Triage: the queue of new referrals and the decision. The path must allow the decision and the
//! client must have given the consent it needs (domain::path).

use anyhow::Result;
use chrono::NaiveDate;

use super::{case, consent_states, log_change, not_before_phase, Session};
use crate::domain::paging::{ListKey, QueueKey, Rest, Take};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Consent, Referral, Triage, Waiting};
use crate::domain::{Decision, EventKind, Phase, Role, Urgency};
use crate::store::{cases, consents, events, pages, triage, Author, Tx};

/// A queued case with its consents, as the coordinator sees it.
#[derive(Debug)]
pub struct Queued {
    pub waiting: Waiting,
    pub consents: Vec<Consent>,
    /// The referral, for the card the interactive walk shows (`queue`); a page of the printed
    /// queue (`queue_pages`), which does not show it, leaves it out.
    pub referral: Option<Referral>,
}

/// The triage queue of the region shown, urgent first, then oldest; every client shown is
/// access-logged.
pub fn queue(session: &mut Session, choice: &super::region::Choice) -> Result<Vec<Queued>> {
    session.write(|tx, author| {
        let region = super::region::resolve(tx, author, choice)?;
        let mut waiting = Vec::new();
        for w in cases::queue(tx)? {
            if super::region::in_region(tx, &w.summary.case, region.as_deref())? {
                waiting.push(w);
            }
        }
        let summaries: Vec<_> = waiting.iter().map(|w| w.summary.clone()).collect();
        super::lookup::log_views(tx, author, "triage", &summaries, None)?;
        waiting
            .into_iter()
            .map(|w| {
                Ok(Queued {
                    consents: consents::for_case(tx, &w.summary.case)?,
                    referral: cases::referral(tx, &w.summary.case)?,
                    waiting: w,
                })
            })
            .collect()
    })
}

/// The triage queue of the region shown, a page at a time after the place `after`, as `list` is
/// read (`super::pages::walk`): urgent first, then oldest; each page is handed to `shown` once its
/// clients' access rows are committed. With `Take::First`, what is left after the rows shown.
pub fn queue_pages(
    session: &mut Session,
    choice: &super::region::Choice,
    (take, after): (Take, Option<QueueKey>),
    shown: impl FnMut(&[Queued]) -> Result<bool>,
) -> Result<Option<Rest>> {
    let author = session.author();
    let region = session.read(|tx| super::region::resolve(tx, &author, choice))?;
    let pager = Queue {
        region: region.as_deref(),
    };
    super::pages::walk(session, &pager, take, after, shown)
}

/// The triage queue as pages.
struct Queue<'a> {
    region: Option<&'a str>,
}

impl super::pages::Pager for Queue<'_> {
    type Row = Queued;
    type Key = QueueKey;

    /// The page's cases with their consents (one query for the page). The referral is left out:
    /// the printed queue shows its source and channel, which the page's query reads.
    fn page(&self, tx: &Tx, after: Option<&QueueKey>, limit: u32) -> Result<Vec<Queued>> {
        let waiting = pages::queue(tx, self.region, after, limit)?;
        let ids: Vec<&str> = waiting.iter().map(|w| w.summary.case.as_str()).collect();
        let mut consents = consents::for_cases(tx, &ids)?;
        Ok(waiting
            .into_iter()
            .map(|w| Queued {
                consents: consents.remove(&w.summary.case).unwrap_or_default(),
                referral: None,
                waiting: w,
            })
            .collect())
    }

    fn log(&self, tx: &Tx, author: &Author, rows: &[Queued]) -> Result<()> {
        let summaries: Vec<_> = rows.iter().map(|q| q.waiting.summary.clone()).collect();
        super::lookup::log_views(tx, author, "triage", &summaries, None)
    }

    fn key(&self, row: &Queued) -> QueueKey {
        let summary = &row.waiting.summary;
        QueueKey {
            urgent: row.waiting.urgency == Urgency::Urgent,
            at: ListKey::of(summary.phase_since, &summary.case),
        }
    }

    fn rest(&self, tx: &Tx, after: &QueueKey) -> Result<u64> {
        pages::queue_rest(tx, self.region, after)
    }
}

/// A decision as the coordinator gave it; what is left out comes from the case.
#[derive(Debug, Clone)]
pub struct Decide {
    pub decision: Decision,
    pub kela_screen: bool,
    /// Empty: the team of the client group.
    pub team: Vec<Role>,
    /// None: as referred.
    pub urgency: Option<Urgency>,
    pub note: Option<String>,
    /// What was advised (single issue), where to (redirect) or why (decline).
    pub outcome: Option<String>,
    /// The units whose workers are requested (collaboration team).
    pub units: Vec<String>,
    pub on: NaiveDate,
}

/// Records a triage decision; returns the decision and the phase the case moved to.
pub fn decide(session: &mut Session, case_id: &str, d: &Decide) -> Result<(Decision, Phase)> {
    session.write(|tx, author| decide_in(tx, author, case_id, d))
}

pub(crate) fn decide_in(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    d: &Decide,
) -> Result<(Decision, Phase)> {
    let case = case(tx, case_id)?;
    // The requested units must be catalogue units; the texts are kept as typed and mapped.
    for unit in &d.units {
        super::areas::resolve_unit(tx, "--unit", unit)?;
    }
    let decision = d.decision;
    let mut team = if d.team.is_empty() {
        case.client_group.default_team()
    } else {
        d.team.clone()
    };
    let mut seen = Vec::new();
    team.retain(|role| {
        let first = !seen.contains(role);
        seen.push(*role);
        first
    });
    let record = Triage {
        decision,
        kela_screen: d.kela_screen,
        team,
        urgency: d.urgency.unwrap_or(case.urgency),
        note: d.note.clone(),
        outcome: d.outcome.clone(),
        units: d.units.clone(),
        decided_on: d.on,
    };
    let step = Step::Triage(decision);
    let to = step.apply(case.phase)?;
    gate(step, &consent_states(tx, case_id)?, case_id)?;
    not_before_phase(&case, d.on)?;
    triage::insert(tx, case_id, &record, &author.actor)?;
    cases::set_phase(tx, case_id, to, d.on, decision.outcome().1)?;
    cases::set_urgency(tx, case_id, record.urgency)?;
    let detail = serde_json::json!({
        "decision": decision,
        "phase": to,
        "from": case.phase,
        "reason": decision.outcome().1,
        "kela_screen": record.kela_screen,
        "team": record.team,
        "urgency": record.urgency,
        "outcome": record.outcome,
        "units": record.units,
        "note": record.note,
    });
    events::append(tx, author, case_id, EventKind::Triaged, detail, d.on)?;
    log_change(tx, author, &case, "triage")?;
    Ok((decision, to))
}
