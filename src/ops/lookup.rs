//! The phone-hour look-ups: find, show and list. Every client shown is written to the access log
//! in the same transaction that read them; a search that showed nobody is logged too.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_view, Session};
use crate::domain::paging::{ListKey, Rest, Take};
use crate::domain::records::Booking;
use crate::domain::records::{
    Case, Client, Consent, Elsewhere, Estimate, Event, Feedback, FollowUp, KelaConclusion, Plan,
    Referral, Summary, Survey, Triage,
};
use crate::domain::AccessAction;
use crate::store::{
    access, cases, clients, consents, estimates, events, feedback, follow_up, kela, pages, plan,
    schedule, surveys, teams, triage,
};
use crate::store::{Author, Tx};

pub use crate::domain::records::{Filter, Search};

/// How many cases one look-up shows; more means the text should be narrowed.
pub const FIND_LIMIT: usize = 50;

/// What `find` found: at most `FIND_LIMIT` cases, and whether there were more.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Found {
    pub cases: Vec<Summary>,
    pub truncated: bool,
    /// On a server, a whole identity code the team's register does not have: what the logged
    /// look-up across teams answered (`moty.lookup_hetu`).
    pub elsewhere: Vec<Elsewhere>,
}

pub fn find(session: &mut Session, search: &Search, reason: Option<&str>) -> Result<Found> {
    let (mut cases, elsewhere) = session.write(|tx, author| {
        let found = cases::search(tx, search, FIND_LIMIT + 1)?;
        let shown = &found[..found.len().min(FIND_LIMIT)];
        log_views(tx, author, "find", shown, reason)?;
        let elsewhere = match (&search.hetu, found.is_empty()) {
            (Some(hetu), true) => teams::elsewhere(tx, hetu)?,
            _ => Vec::new(),
        };
        Ok((found, elsewhere))
    })?;
    let truncated = cases.len() > FIND_LIMIT;
    cases.truncate(FIND_LIMIT);
    Ok(Found {
        cases,
        truncated,
        elsewhere,
    })
}

/// Open cases (closed ones too when the filter says so), longest waiting first, a page at a time
/// after the place `after` (`super::pages::walk`): each page is handed to `shown` once its clients'
/// access rows are committed. With `Take::First`, what is left after the rows shown.
pub fn list(
    session: &mut Session,
    filter: &Filter,
    reason: Option<&str>,
    (take, after): (Take, Option<ListKey>),
    shown: impl FnMut(&[Summary]) -> Result<bool>,
) -> Result<Option<Rest>> {
    super::pages::walk(session, &Listing { filter, reason }, take, after, shown)
}

/// `list` as pages.
struct Listing<'a> {
    filter: &'a Filter,
    reason: Option<&'a str>,
}

impl super::pages::Pager for Listing<'_> {
    type Row = Summary;
    type Key = ListKey;

    fn page(&self, tx: &Tx, after: Option<&ListKey>, limit: u32) -> Result<Vec<Summary>> {
        pages::list(tx, self.filter, after, limit)
    }

    fn log(&self, tx: &Tx, author: &Author, rows: &[Summary]) -> Result<()> {
        log_views(tx, author, "list", rows, self.reason)
    }

    fn key(&self, row: &Summary) -> ListKey {
        ListKey::of(row.phase_since, &row.case)
    }

    fn rest(&self, tx: &Tx, after: &ListKey) -> Result<u64> {
        pages::list_rest(tx, self.filter, after)
    }
}

/// Everything `show` prints about one case; also its JSON shape.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CaseFile {
    pub client: Client,
    pub case: Case,
    pub referral: Option<Referral>,
    pub consents: Vec<Consent>,
    pub triage: Vec<Triage>,
    pub meetings: Vec<Booking>,
    pub plan: Option<Plan>,
    pub follow_ups: Vec<FollowUp>,
    pub feedback: Vec<Feedback>,
    pub kela_conclusions: Vec<KelaConclusion>,
    pub estimates: Vec<Estimate>,
    pub surveys: Vec<Survey>,
    pub timeline: Vec<Event>,
    /// What is next, which `show` leads with.
    pub next: super::next::Next,
    /// The service catalogue, for the services' names (not part of the JSON shape).
    #[serde(skip)]
    pub services: Vec<crate::domain::area::ServiceEntry>,
}

pub fn show(session: &mut Session, case_id: &str, reason: Option<&str>) -> Result<CaseFile> {
    let now = session.now();
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        log_view(tx, author, &case, "show", reason)?;
        let consents = consents::for_case(tx, case_id)?;
        let meetings = schedule::for_case(tx, case_id)?;
        let plan = plan::latest(tx, case_id)?;
        let next = super::next::next(tx, &case, now, &consents, &meetings, plan.as_ref())?;
        Ok(CaseFile {
            client: clients::get(tx, case.client_id)?,
            referral: cases::referral(tx, case_id)?,
            consents,
            triage: triage::for_case(tx, case_id)?,
            meetings,
            plan,
            follow_ups: follow_up::for_case(tx, case_id)?,
            feedback: feedback::for_case(tx, case_id)?,
            kela_conclusions: kela::for_case(tx, case_id)?,
            estimates: estimates::for_case(tx, case_id)?,
            surveys: surveys::for_case(tx, case_id)?,
            timeline: events::for_case(tx, case_id)?,
            next,
            services: crate::store::areas::services(tx)?,
            case,
        })
    })
}

/// One access-log row for each case shown (naming its client); a look-up that showed nobody is
/// logged too.
pub(crate) fn log_views(
    tx: &Tx,
    author: &Author,
    command: &str,
    shown: &[Summary],
    reason: Option<&str>,
) -> Result<()> {
    if shown.is_empty() {
        return access::log(
            tx,
            author,
            &access::Access {
                command,
                action: AccessAction::Search,
                client_id: None,
                case_id: None,
                reason,
            },
        );
    }
    let rows: Vec<access::Access> = shown
        .iter()
        .map(|s| access::Access {
            command,
            action: AccessAction::View,
            client_id: Some(s.client_id),
            case_id: Some(&s.case),
            reason,
        })
        .collect();
    access::log_all(tx, author, &rows)
}
