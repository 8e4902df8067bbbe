//! The pilots' figures from the register's own data (domain::outcomes computes them).

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::super::Session;
use crate::domain::outcomes::{Breakdown, By, CaseFacts, Catalogue, Gathered, Grouped, Outcomes};
use crate::domain::MeetingKind;
use crate::store::outcomes::{CaseRows, Period};
use crate::store::report::ReportCase;
use crate::store::{access, plan, report, Tx};
use crate::{files, render};

/// What the figures need about one case: the case, and what the period's queries read about its
/// timeline, meetings, plan, follow-ups and answers (`store::outcomes`).
fn facts(case: &ReportCase, rows: CaseRows) -> CaseFacts {
    let held = |kind: MeetingKind| rows.held.iter().filter(move |b| b.kind == kind);
    use chrono::Datelike;
    let age = match (case.birth_date, case.birth_year) {
        (Some(birth), _) => case.opened_on.years_since(birth),
        (None, Some(year)) => u32::try_from(case.opened_on.year() - year).ok(),
        _ => None,
    };
    CaseFacts {
        source: case.source,
        group: case.group,
        age,
        municipality: case
            .municipality
            .as_deref()
            .and_then(crate::domain::municipality::lookup)
            .map(|m| m.code.to_string()),
        region: case.region.clone(),
        areas: rows.areas.into_iter().collect(),
        opened_on: case.opened_on,
        triaged_on: rows.triaged_on,
        assessed_on: held(MeetingKind::JointAssessment)
            .next()
            .map(|b| b.starts_at.date()),
        segment: held(MeetingKind::JointAssessment)
            .next_back()
            .and_then(|b| b.segment),
        planned_on: rows.planned_on,
        completed_on: rows.completed_on,
        followed_on: rows.followed_on,
        closed_jointly: rows.closed_jointly,
        pathways: rows.pathways,
        kela_held: held(MeetingKind::Kela).count() as u32,
        kela_hours: held(MeetingKind::Kela)
            .map(|b| b.starts_at.to_string())
            .collect(),
        network_held: held(MeetingKind::Network).count() as u32,
        feedback: rows.feedback,
        estimates: rows.estimates,
        surveys: rows.surveys,
        follow_up: rows.follow_up,
    }
}

/// The figures of a report: all cases, and with `--by` each group's.
#[derive(Debug)]
pub struct Figures {
    pub outcomes: Outcomes,
    pub breakdown: Option<Breakdown>,
    /// Whether counts from 1 to 4 are shown as "<5" (the default for every anonymous output).
    pub suppressed: bool,
}

/// How the report is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub region: Option<&'a str>,
    pub by: Option<By>,
    /// Show small counts as they are (the team's own use; never the default).
    pub exact: bool,
}

/// About how many cases are read at a time (see `store::outcomes::pieces`).
const PIECE: u32 = 2_000;

/// The figures for cases referred in [from, to], of `region` if given; with `ids`, also the
/// cases counted.
pub fn build(tx: &Tx, ask: &Ask, ids: bool) -> Result<(Figures, Vec<String>)> {
    let period = Period {
        from: ask.from,
        to: ask.to,
        region: ask.region,
    };
    let mut all = Gathered::default();
    let mut groups = ask.by.map(Grouped::new);
    let mut counted = Vec::new();
    // What the cases' timelines, meetings, plans and answers say, read for a piece of the
    // period's cases at once: a dozen queries a piece, not a dozen a case, and never every case
    // in memory.
    for piece in crate::store::outcomes::pieces(tx, &period, PIECE)? {
        let mut read = crate::store::outcomes::of_period(tx, &piece)?;
        for case in report::cases_opened(tx, piece.from, piece.to, ask.region)? {
            let facts = facts(&case, read.remove(&case.id).unwrap_or_default());
            all.add(&facts);
            if let Some(groups) = &mut groups {
                groups.add(&facts);
            }
            if ids {
                counted.push(case.id);
            }
        }
    }
    let services: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.code).collect();
    let statements = report::statement_codes(tx)?;
    let catalogue = Catalogue {
        services: &services,
        statements: &statements,
    };
    let mut outcomes = all.finish(&catalogue);
    let mut groups = match (groups, ask.by) {
        (Some(groups), Some(by)) => Some(groups.finish(&catalogue, &order(tx, by)?)),
        _ => None,
    };
    if !ask.exact {
        outcomes.suppress();
        if let Some(groups) = &mut groups {
            groups.suppress();
        }
    }
    let figures = Figures {
        outcomes,
        breakdown: groups,
        suppressed: !ask.exact,
    };
    Ok((figures, counted))
}

/// The order a breakdown's groups are shown in: the catalogue's or the vocabulary's.
fn order(tx: &Tx, by: By) -> Result<Vec<String>> {
    use crate::domain::outcomes::AGE_BANDS;
    use crate::domain::{ClientGroup, Source};
    let names = |all: &[&str]| all.iter().map(|s| s.to_string()).collect();
    Ok(match by {
        By::Area => crate::store::areas::all(tx)?
            .into_iter()
            .map(|a| a.code)
            .collect(),
        By::Group => ClientGroup::ALL.iter().map(|g| g.to_string()).collect(),
        By::AgeBand => names(&AGE_BANDS),
        By::Source => Source::ALL.iter().map(|s| s.to_string()).collect(),
        // Sorted by code and by name.
        By::Municipality | By::Region => Vec::new(),
    })
}

/// The names the page gives a breakdown's groups where the catalogue has them: the service areas'
/// and the municipalities' names (the other keys are labelled by the text catalogue).
fn group_names(tx: &Tx, by: Option<By>) -> Result<Vec<(String, String)>> {
    Ok(match by {
        Some(By::Area) => crate::store::areas::all(tx)?
            .into_iter()
            .map(|a| (a.code, a.name_en))
            .collect(),
        Some(By::Municipality) => crate::domain::municipality::all()
            .iter()
            .map(|m| (m.code.to_string(), format!("{} ({})", m.name_fi, m.code)))
            .collect(),
        _ => Vec::new(),
    })
}

/// Where and for whom the self-contained HTML page goes (a disclosure).
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    pub path: &'a Path,
    pub recipient: &'a str,
    /// Replace an existing file.
    pub force: bool,
    /// The legal basis of the disclosure.
    pub basis: &'a crate::domain::LegalBasis,
}

/// The figures of a period; with `page`, also the HTML page written and disclosed.
pub fn outcomes(session: &mut Session, ask: &Ask, page: Option<Page>) -> Result<Figures> {
    let register = session.path().to_path_buf();
    // Written and synced under a temporary name before the disclosure row commits, renamed into
    // place after: the page is never visible without its row.
    let (outcomes, pending) = session.write(|tx, author| {
        let (outcomes, cases) = build(tx, ask, page.is_some())?;
        let mut pending = None;
        if let Some(page) = page {
            let (rows, head) = crate::store::chain::head(tx, crate::store::chain::Log::Events)?;
            let statements = report::statement_texts(tx)?;
            let services = plan::services(tx)?;
            let group_names = group_names(tx, ask.by)?;
            let html = render::outcomes_html(&render::PageData {
                figures: &outcomes,
                ask,
                statements: &statements,
                services: &services,
                group_names: &group_names,
                chain: (rows, &head),
            });
            pending = Some(files::prepare(
                page.path,
                html.as_bytes(),
                page.force,
                &register,
            )?);
            access::disclose(
                tx,
                author,
                "outcomes report (HTML)",
                page.recipient,
                &cases,
                page.basis,
            )?;
        }
        Ok((outcomes, pending))
    })?;
    if let Some(pending) = pending {
        pending.commit_recorded()?;
    }
    Ok(outcomes)
}
