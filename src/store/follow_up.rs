//! Follow-up calls after the pathway phase.

pub use crate::domain::records::FollowUp;

use super::db::{params, params_from_iter, OptionalExtension};
use super::pages::{cases_by, Clause};
use super::Tx;
use crate::domain::paging::ListKey;
use anyhow::{Context, Result};
use chrono::NaiveDate;

/// Stores a follow-up call; returns its id. The savings columns are no longer written (NULL and
/// `[]`): the pair's estimate entered at the call is an estimate of its own (store::estimates).
pub fn insert(tx: &Tx, case_id: &str, f: &FollowUp) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO follow_ups (case_id, done_on, reached, status, knows_contact, usefulness,
             appointments_saved, saved_services, time_saved, note, next_step, next_on, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, '[]', NULL, ?7, ?8, ?9, ?10)",
            params![
                case_id,
                f.done_on,
                f.reached,
                f.status,
                f.knows_contact,
                f.usefulness,
                f.note,
                f.next_step,
                f.next_on,
                f.recorded_by
            ],
        )
        .context("recording the follow-up")?;
    super::cases::keep_follow_up_due(tx, case_id)?;
    Ok(id)
}

/// A case's follow-up calls, each with the estimate entered at it (the newest, should there be
/// more than one): its total, its services and its time saved. The estimates are found by the
/// case (indexed), not by the follow-up (which is not): a server planned a scan of every estimate
/// for the case's first call.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<FollowUp>> {
    tx.prepare_cached(
        "SELECT f.done_on, f.reached, f.status, f.knows_contact, f.usefulness, e.appointments,
             (SELECT json_group_array(service) FROM
                 (SELECT s.service FROM estimate_services s WHERE s.estimate_id = e.id
                  ORDER BY s.rowid) AS services),
             e.time_saved, f.note, f.next_step, f.next_on, f.recorded_by
         FROM follow_ups f
             LEFT JOIN estimates e ON e.case_id = f.case_id AND e.follow_up_id = f.id
                 AND NOT EXISTS (SELECT 1 FROM estimates x WHERE x.case_id = f.case_id
                     AND x.follow_up_id = f.id AND x.id > e.id)
         WHERE f.case_id = ?1 ORDER BY f.id",
    )?
    .query_map([case_id], |r| {
        let saved: Option<String> = r.get(6)?;
        Ok(FollowUp {
            done_on: r.get(0)?,
            reached: r.get(1)?,
            status: r.get(2)?,
            knows_contact: r.get(3)?,
            usefulness: r.get(4)?,
            appointments_saved: r.get(5)?,
            saved_services: saved
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default(),
            time_saved: r.get(7)?,
            note: r.get(8)?,
            next_step: r.get(9)?,
            next_on: r.get(10)?,
            recorded_by: r.get(11)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading follow-ups")
}

/// A case in the follow-up phase: its id, the date it entered the phase, the date its last
/// follow-up call agreed for the next one, and its own interval in weeks.
pub type InFollowUp = (String, NaiveDate, Option<NaiveDate>, Option<u32>);

/// The cases in the follow-up phase, by case number.
pub fn in_follow_up(tx: &Tx) -> Result<Vec<InFollowUp>> {
    tx.prepare_cached(
        "SELECT c.id, c.phase_since,
             (SELECT f.next_on FROM follow_ups f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1),
             c.follow_up_weeks
         FROM cases c WHERE c.phase = 'follow-up'
         ORDER BY c.year, c.seq",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading the follow-ups ahead")
}

/// The date the last follow-up call of a case agreed for the next one, if any.
pub fn next_on(tx: &Tx, case_id: &str) -> Result<Option<NaiveDate>> {
    tx.prepare_cached("SELECT next_on FROM follow_ups WHERE case_id = ?1 ORDER BY id DESC LIMIT 1")?
        .query_row([case_id], |r| r.get(0))
        .optional()
        .map(Option::flatten)
        .context("reading the next follow-up")
}

/// Which follow-ups `Due::page` and `Due::rest` read: the cases of `region` (the case's own;
/// `None`: every region) due on or before `until` (`None`: every one ahead), a case without its
/// own date (`cases.follow_up_due`) being due `team_weeks` after it entered the phase.
pub struct Due<'a> {
    pub region: Option<&'a str>,
    pub until: Option<NaiveDate>,
    pub team_weeks: u32,
}

impl Due<'_> {
    /// The team's interval in days, by which a phase date and a due date differ.
    fn shift(&self) -> chrono::Days {
        chrono::Days::new(u64::from(self.team_weeks) * 7)
    }

    /// The two lists the follow-ups due are merged from, each in the order of its index
    /// (migration 11): the cases with their own due date, by it (`own`), and the rest, by the
    /// date they entered the phase. Each as (the sorted table, the date column, the conditions).
    fn halves(&self, tx: &Tx, after: Option<&ListKey>) -> [(String, &'static str, Clause); 2] {
        let mut own = Clause::default();
        own.and("c.phase = 'follow-up' AND c.follow_up_due IS NOT NULL", &[]);
        let mut team = Clause::default();
        team.and("c.phase = 'follow-up' AND c.follow_up_due IS NULL", &[]);
        if let Some(region) = &self.region {
            own.and("c.region = ? COLLATE NOCASE", &[region]);
            team.and("c.region = ? COLLATE NOCASE", &[region]);
        }
        if let Some(until) = &self.until {
            own.and("c.follow_up_due <= ?", &[until]);
            team.and("c.phase_since <= ?", &[&(*until - self.shift())]);
        }
        // The place's date also as a bound of its own, which the server's planner estimates
        // (it cannot a row comparison's) and so reads the index in order.
        if let Some(key) = after {
            own.and(
                "c.follow_up_due >= ? AND (c.follow_up_due, c.year, c.seq) > (?, ?, ?)",
                &[&key.since, &key.since, &key.year, &key.seq],
            );
            let since = key.since - self.shift();
            team.and(
                "c.phase_since >= ? AND (c.phase_since, c.year, c.seq) > (?, ?, ?)",
                &[&since, &since, &key.year, &key.seq],
            );
        }
        [
            (cases_by(tx, "cases_follow_up_due"), "c.follow_up_due", own),
            (cases_by(tx, "cases_follow_up_team"), "c.phase_since", team),
        ]
    }

    /// Up to `limit` follow-ups due after the place `after`, in the order they fall due (then by
    /// case number): each as its place (the due date in `since`) and case id.
    pub fn page(
        &self,
        tx: &Tx,
        after: Option<&ListKey>,
        limit: u32,
    ) -> Result<Vec<(ListKey, String)>> {
        let mut due = Vec::new();
        for (i, (table, date, clause)) in self.halves(tx, after).into_iter().enumerate() {
            let sql = format!(
                "SELECT {date}, c.id FROM {table} WHERE {}
                 ORDER BY {date}, c.year, c.seq LIMIT {limit}",
                clause.sql()
            );
            let rows = tx
                .prepare(&sql)?
                .query_map(params_from_iter(clause.values.iter()), |r| {
                    Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<super::db::Result<Vec<_>>>()
                .context("reading the follow-ups due")?;
            // The second half's dates are the phase's: due the team's interval later.
            let shift = if i == 0 { None } else { Some(self.shift()) };
            due.extend(rows.into_iter().map(|(on, case)| {
                let on = shift.map_or(on, |days| on + days);
                (ListKey::of(on, &case), case)
            }));
        }
        due.sort_by_key(|(key, _)| *key);
        due.truncate(limit as usize);
        Ok(due)
    }

    /// How many follow-ups are due after the place `after`: counted in the two indexes.
    pub fn rest(&self, tx: &Tx, after: &ListKey) -> Result<u64> {
        let mut count = 0;
        for (table, _, clause) in self.halves(tx, Some(after)) {
            let sql = format!("SELECT count(*) FROM {table} WHERE {}", clause.sql());
            let n: i64 = tx
                .prepare(&sql)?
                .query_row(params_from_iter(clause.values.iter()), |r| r.get(0))
                .context("counting the follow-ups still to list")?;
            count += u64::try_from(n).unwrap_or(0);
        }
        Ok(count)
    }
}

/// A follow-up's case as the list of those due shows it.
pub struct DueCase {
    pub client_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub non_disclosure: bool,
    /// Named in the case's latest plan.
    pub key_worker: Option<String>,
}

/// What the list of follow-ups due shows of each of `cases`, by case id: a page in a few
/// queries, not several per case.
pub fn due_cases(tx: &Tx, cases: &[&str]) -> Result<std::collections::HashMap<String, DueCase>> {
    let mut out = std::collections::HashMap::new();
    // In chunks, within the engines' limits on bound values.
    for chunk in cases.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT c.id, k.id, k.name, k.phone, k.non_disclosure,
                 (SELECT p.key_worker FROM plan_versions p WHERE p.case_id = c.id
                  ORDER BY p.version DESC LIMIT 1)
             FROM cases c JOIN clients k ON k.id = c.client_id WHERE c.id IN ({})",
            marks.join(", ")
        );
        let rows = tx
            .prepare(&sql)?
            .query_map(params_from_iter(chunk.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    DueCase {
                        client_id: r.get(1)?,
                        name: r.get(2)?,
                        phone: r.get(3)?,
                        non_disclosure: r.get(4)?,
                        key_worker: r.get(5)?,
                    },
                ))
            })?
            .collect::<super::db::Result<Vec<_>>>()
            .context("reading the follow-ups' clients")?;
        out.extend(rows);
    }
    Ok(out)
}
