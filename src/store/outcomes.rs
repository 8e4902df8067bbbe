//! What the outcome figures read about every case of a period (`report outcomes`), in one query
//! per kind of fact for all the period's cases at once, not a dozen queries per case.
//!
//! Each query keeps to the period's cases with the same test `report::cases_opened` makes
//! (`PERIOD`, a subquery on the cases' opened date and the client's region), and the rows are
//! grouped by case id here: the figures read exactly what they read case by case before.

use std::collections::{BTreeSet, HashMap};

use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};

use super::codes::Minute;
use super::db::{params_from_iter, Row, ToSql};
use super::Tx;
use crate::domain::outcomes::{EstimateFacts, FeedbackFacts, FollowUpFacts, SurveyFacts};
use crate::domain::{CloseReason, EventKind, MeetingKind, Segment, Source};

/// The cases a report covers: opened in [from, to] (dates inclusive), of one team region if given.
#[derive(Debug, Clone, Copy)]
pub struct Period<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub region: Option<&'a str>,
}

/// The ids of the period's cases; `?1`–`?3` are the period's from, to and region. The cases
/// `report::cases_opened` selects, and any without a referral (there are none: the rows are only
/// looked up by the ids it gives). The region's test is skipped outright when none is asked for:
/// each query reads the period's cases once, on a server each under row-level security.
const PERIOD: &str = "SELECT c.id FROM cases c
    WHERE c.opened_on BETWEEN ?1 AND ?2
        AND (CAST(?3 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM clients k
            WHERE k.id = c.client_id AND k.region = ?3 COLLATE NOCASE))";

impl Period<'_> {
    /// Runs `sql`, whose `?1`–`?3` are the period's from, to and region and `?4`… are `more`,
    /// and reads each row with `row`; `what` names the rows when the query fails.
    fn read<T>(
        &self,
        tx: &Tx,
        sql: &str,
        more: &[&dyn ToSql],
        what: &'static str,
        row: impl FnMut(&Row<'_>) -> super::db::Result<T>,
    ) -> Result<Vec<T>> {
        let mut values = vec![
            self.from.to_value(),
            self.to.to_value(),
            self.region.to_value(),
        ];
        values.extend(more.iter().map(|v| v.to_value()));
        tx.prepare_cached(sql)?
            .query_map(params_from_iter(values), row)?
            .collect::<super::db::Result<Vec<T>>>()
            .context(what)
    }
}

/// A held meeting of a case, as the figures count it.
#[derive(Debug, Clone)]
pub struct HeldMeeting {
    pub kind: MeetingKind,
    pub starts_at: NaiveDateTime,
    pub segment: Option<Segment>,
}

/// What the figures read about one case besides the case itself.
#[derive(Debug, Clone, Default)]
pub struct CaseRows {
    /// The first `triaged`, `plan-changed` and `pathways-completed` dates of the timeline.
    pub triaged_on: Option<NaiveDate>,
    pub planned_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    /// The timeline has a closing with the reason `completed`.
    pub closed_jointly: bool,
    /// The held joint assessments, Kela hours and network meetings, in time order.
    pub held: Vec<HeldMeeting>,
    /// The first follow-up call's date, and the last call's answers.
    pub followed_on: Option<NaiveDate>,
    pub follow_up: Option<FollowUpFacts>,
    /// The services of the latest plan's pathways that were not declined, in the plan's order.
    pub pathways: Vec<String>,
    /// The service areas the case touches (as `areas::areas_of_case` tells them).
    pub areas: BTreeSet<String>,
    pub feedback: Vec<FeedbackFacts>,
    pub estimates: Vec<EstimateFacts>,
    pub surveys: Vec<SurveyFacts>,
}

/// The period in pieces of consecutive days, each of at most `size` cases (a day with more is a
/// piece of its own) and at most `PIECE_DAYS` days, to be read one at a time: the report's memory
/// stays flat however long the period. The days bound reads a period of more than a month in
/// pieces on a small register too, so what the tests run on the demo registers is what runs on
/// a large one. Pieces are of every region's cases; none for a period without cases. Called
/// first: on a server it also sets how the transaction's queries are planned.
pub fn pieces<'a>(tx: &Tx, period: &Period<'a>, size: u32) -> Result<Vec<Period<'a>>> {
    if tx.on_server() {
        // A piece's rows are found by their cases' ids, a few thousand index look-ups. For some
        // months the planner chose instead to read a whole table (the reception feedback, the
        // bookings) and, for row-level security's check, every case of the team into a hash:
        // 30–40 ms a query where the look-ups take 1–2 ms. For this transaction only.
        tx.query_row(
            "SELECT set_config('enable_hashjoin', 'off', true),
                 set_config('enable_mergejoin', 'off', true)",
            [],
            |_| Ok(()),
        )
        .context("planning the report's queries by look-ups")?;
    }
    let days: Vec<(NaiveDate, u32)> = tx
        .prepare_cached(
            "SELECT opened_on, count(*) FROM cases WHERE opened_on BETWEEN ?1 AND ?2
             GROUP BY opened_on ORDER BY opened_on",
        )?
        .query_map(super::db::params![period.from, period.to], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<super::db::Result<_>>()
        .context("counting the period's cases by day")?;
    Ok(split(&days, size)
        .into_iter()
        .map(|(from, to)| Period {
            from,
            to,
            region: period.region,
        })
        .collect())
}

/// The longest piece of a period, in days.
const PIECE_DAYS: i64 = 31;

/// Days with cases, in order, as pieces (first day, last day) of at most `size` cases and at
/// most `PIECE_DAYS` days.
fn split(days: &[(NaiveDate, u32)], size: u32) -> Vec<(NaiveDate, NaiveDate)> {
    let mut pieces: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let mut in_last = 0;
    for &(day, count) in days {
        match pieces.last_mut() {
            Some((from, to))
                if in_last + count <= size && (day - *from).num_days() < PIECE_DAYS =>
            {
                *to = day;
                in_last += count;
            }
            _ => {
                pieces.push((day, day));
                in_last = count;
            }
        }
    }
    pieces
}

/// The rows of every case of the period, by case id (a case with none has no entry).
pub fn of_period(tx: &Tx, period: &Period) -> Result<HashMap<String, CaseRows>> {
    let mut all: HashMap<String, CaseRows> = HashMap::new();
    timelines(tx, period, &mut all)?;
    held(tx, period, &mut all)?;
    follow_ups(tx, period, &mut all)?;
    pathways(tx, period, &mut all)?;
    areas(tx, period, &mut all)?;
    feedback(tx, period, &mut all)?;
    estimates(tx, period, &mut all)?;
    surveys(tx, period, &mut all)?;
    Ok(all)
}

/// The first date of each of three kinds of event (the first in the timeline's order, by
/// effective date then id, has the earliest date), and whether the case was closed as completed.
fn timelines(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT e.case_id,
             min(CASE WHEN e.kind = ?4 THEN e.effective_on END),
             min(CASE WHEN e.kind = ?5 THEN e.effective_on END),
             min(CASE WHEN e.kind = ?6 THEN e.effective_on END),
             max(CASE WHEN e.kind = ?7 AND json_extract(e.detail, '$.reason') = ?8 THEN 1
                 ELSE 0 END)
         FROM events e
         WHERE e.kind IN (?4, ?5, ?6, ?7) AND e.case_id IN ({PERIOD})
         GROUP BY e.case_id"
    );
    let rows = period.read(
        tx,
        &sql,
        &[
            &EventKind::Triaged.as_str(),
            &EventKind::PlanChanged.as_str(),
            &EventKind::PathwaysCompleted.as_str(),
            &EventKind::CaseClosed.as_str(),
            &CloseReason::Completed.as_str(),
        ],
        "reading the timelines of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<NaiveDate>>(1)?,
                r.get::<_, Option<NaiveDate>>(2)?,
                r.get::<_, Option<NaiveDate>>(3)?,
                r.get::<_, bool>(4)?,
            ))
        },
    )?;
    for (case, triaged, planned, completed, closed_jointly) in rows {
        let rows = all.entry(case).or_default();
        rows.triaged_on = triaged;
        rows.planned_on = planned;
        rows.completed_on = completed;
        rows.closed_jointly = closed_jointly;
    }
    Ok(())
}

/// The held meetings of the three kinds the figures count, by case, in time order.
fn held(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT b.case_id, b.kind, b.starts_at, b.segment FROM bookings b
         WHERE b.status = 'held' AND b.kind IN (?4, ?5, ?6) AND b.case_id IN ({PERIOD})
         ORDER BY b.starts_at, b.id"
    );
    let rows = period.read(
        tx,
        &sql,
        &[
            &MeetingKind::JointAssessment,
            &MeetingKind::Kela,
            &MeetingKind::Network,
        ],
        "reading the held meetings of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                HeldMeeting {
                    kind: r.get(1)?,
                    starts_at: r.get::<_, Minute>(2)?.0,
                    segment: r.get(3)?,
                },
            ))
        },
    )?;
    for (case, meeting) in rows {
        all.entry(case).or_default().held.push(meeting);
    }
    Ok(())
}

/// The first follow-up call's date and the last call's answers, by case.
fn follow_ups(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT f.case_id, f.done_on, f.status, f.knows_contact, f.usefulness FROM follow_ups f
         WHERE f.case_id IN ({PERIOD}) ORDER BY f.id"
    );
    let rows = period.read(
        tx,
        &sql,
        &[],
        "reading the follow-ups of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, NaiveDate>(1)?,
                FollowUpFacts {
                    status: r.get(2)?,
                    knows_contact: r.get(3)?,
                    usefulness: r.get(4)?,
                },
            ))
        },
    )?;
    for (case, done_on, facts) in rows {
        let rows = all.entry(case).or_default();
        rows.followed_on.get_or_insert(done_on);
        rows.follow_up = Some(facts);
    }
    Ok(())
}

/// The latest plan's pathways that were not declined, in the plan's order: their services, and
/// the areas of those services that have one.
fn pathways(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT p.case_id, p.service, s.area FROM plan_pathways p
             LEFT JOIN services s ON s.code = p.service
         WHERE p.status <> 'declined' AND p.case_id IN ({PERIOD})
             AND p.version = (SELECT max(v.version) FROM plan_versions v
                 WHERE v.case_id = p.case_id)
         ORDER BY p.position"
    );
    let rows = period.read(
        tx,
        &sql,
        &[],
        "reading the plans of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        },
    )?;
    for (case, service, area) in rows {
        let rows = all.entry(case).or_default();
        rows.pathways.push(service);
        rows.areas.extend(area);
    }
    Ok(())
}

/// The areas of the cases' sources and requested units (`areas::areas_of_case`): a unit text's
/// `unit_names` mapping, else a catalogue unit whose code or name it is; a referral whose unit
/// says no area counts its source's.
fn areas(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let units = super::areas::units(tx)?;
    let named = |text: &str| {
        units
            .iter()
            .find(|u| u.is_named(text))
            .map(|u| u.area.clone())
    };
    let sql = format!(
        "SELECT r.case_id, r.source, r.referrer_unit, u.area FROM referrals r
             LEFT JOIN unit_names n ON n.name = lower(trim(r.referrer_unit))
             LEFT JOIN units u ON u.code = n.unit
         WHERE r.case_id IN ({PERIOD})"
    );
    type Referral = (String, Source, Option<String>, Option<String>);
    let referrals: Vec<Referral> = period.read(
        tx,
        &sql,
        &[],
        "reading the referrals of the period's cases",
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    for (case, source, unit, mapped) in referrals {
        let by_unit = match unit.as_deref().map(|u| (u, u.trim())) {
            Some((_, "")) | None => None,
            // SQL's trim takes only spaces: a text that ends in other white space is looked up
            // as the case-by-case reading looked it up (trimmed first, by `unit_of_text`).
            Some((raw, trimmed)) if raw.trim_matches(' ') != trimmed => {
                super::areas::unit_of_text(tx, trimmed)?.map(|u| u.area)
            }
            Some((_, trimmed)) => mapped.or_else(|| named(trimmed)),
        };
        let areas = &mut all.entry(case).or_default().areas;
        areas.extend(by_unit.or_else(|| source.area().map(String::from)));
    }
    let sql = format!(
        "SELECT q.case_id, q.unit, u.area FROM (
             SELECT t.case_id, j.value AS unit FROM triage_decisions t, json_each(t.units) j
                 WHERE t.case_id IN ({PERIOD})
             UNION SELECT x.case_id, x.unit FROM team_request_units x
                 WHERE x.case_id IN ({PERIOD})) AS q
             LEFT JOIN unit_names n ON n.name = lower(trim(q.unit))
             LEFT JOIN units u ON u.code = n.unit"
    );
    type Requested = (String, String, Option<String>);
    let requested: Vec<Requested> = period.read(
        tx,
        &sql,
        &[],
        "reading the requested units of the period's cases",
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    for (case, unit, mapped) in requested {
        let area = mapped.or_else(|| named(&unit));
        all.entry(case).or_default().areas.extend(area);
    }
    Ok(())
}

/// The client's feedback on each reception, by case, in the order given.
fn feedback(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT f.case_id, f.id, f.usefulness, a.version, a.code, a.answer
         FROM feedback f LEFT JOIN feedback_answers a ON a.feedback_id = f.id
         WHERE f.case_id IN ({PERIOD}) ORDER BY f.id, a.rowid"
    );
    type Answer = (
        String,
        i64,
        Option<u8>,
        Option<u32>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Answer> = period.read(
        tx,
        &sql,
        &[],
        "reading the reception feedback of the period's cases",
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )?;
    let mut last = None;
    for (case, id, usefulness, version, code, answer) in rows {
        let given = &mut all.entry(case).or_default().feedback;
        if last != Some(id) {
            last = Some(id);
            given.push(FeedbackFacts {
                usefulness,
                answers: Vec::new(),
            });
        }
        if let (Some(version), Some(code), Some(answer), Some(f)) =
            (version, code, answer, given.last_mut())
        {
            f.answers.push((version, code, answer));
        }
    }
    Ok(())
}

/// The pair's estimates, by case, with the services saved.
fn estimates(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT e.case_id, e.id, e.appointments, e.time_saved, e.at_follow_up, s.service, s.count
         FROM estimates e LEFT JOIN estimate_services s ON s.estimate_id = e.id
         WHERE e.case_id IN ({PERIOD}) ORDER BY e.id, s.rowid"
    );
    let rows = period.read(
        tx,
        &sql,
        &[],
        "reading the estimates of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                EstimateFacts {
                    appointments: r.get(2)?,
                    services: Vec::new(),
                    time_saved: r.get(3)?,
                    at_follow_up: r.get(4)?,
                },
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<u32>>(6)?,
            ))
        },
    )?;
    let mut last = None;
    for (case, id, estimate, service, count) in rows {
        let made = &mut all.entry(case).or_default().estimates;
        if last != Some(id) {
            last = Some(id);
            made.push(estimate);
        }
        if let (Some(service), Some(count), Some(e)) = (service, count, made.last_mut()) {
            e.services.push((service, count));
        }
    }
    Ok(())
}

/// The professionals' survey answers, by case.
fn surveys(tx: &Tx, period: &Period, all: &mut HashMap<String, CaseRows>) -> Result<()> {
    let sql = format!(
        "SELECT s.case_id, s.role, s.added_value, s.kela_benefit FROM surveys s
         WHERE s.case_id IN ({PERIOD}) ORDER BY s.id"
    );
    let rows = period.read(
        tx,
        &sql,
        &[],
        "reading the surveys of the period's cases",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                SurveyFacts {
                    role: r.get(1)?,
                    added_value: r.get(2)?,
                    kela_benefit: r.get(3)?,
                },
            ))
        },
    )?;
    for (case, survey) in rows {
        all.entry(case).or_default().surveys.push(survey);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).expect("date") + chrono::Days::new(u64::from(d))
    }

    #[test]
    fn a_period_splits_by_cases_and_by_days() {
        // By cases: a piece takes days while they fit; a day over the size is a piece alone.
        let days = [
            (day(0), 3),
            (day(1), 4),
            (day(2), 1),
            (day(3), 12),
            (day(4), 2),
        ];
        assert_eq!(
            split(&days, 8),
            [(day(0), day(2)), (day(3), day(3)), (day(4), day(4))]
        );
        let days = [(day(0), 3), (day(1), 4), (day(2), 2)];
        assert_eq!(split(&days, 8), [(day(0), day(1)), (day(2), day(2))]);
        // By days: 31 days at most, counted from the piece's first day with cases.
        let days = [(day(0), 1), (day(30), 1), (day(31), 1), (day(70), 1)];
        assert_eq!(
            split(&days, 100),
            [(day(0), day(30)), (day(31), day(31)), (day(70), day(70))]
        );
        assert!(split(&[], 100).is_empty());
    }
}
