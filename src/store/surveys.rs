//! The professionals' surveys: one answer per role per held meeting.

pub use crate::domain::records::{Reception, Survey, SurveyAnswers};

use super::db::{params, OptionalExtension, Row};
use anyhow::{Context, Result};

use super::codes::Minute;
use super::{Author, Tx};
use crate::domain::SurveyRole;

/// Stores one answer; returns its id.
pub fn insert(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    booking_id: i64,
    answers: &SurveyAnswers,
) -> Result<i64> {
    let id = tx
        .insert(
            "INSERT INTO surveys (case_id, booking_id, role, added_value, kela_benefit, text,
             entered_by, entered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                case_id,
                booking_id,
                answers.role,
                answers.added_value,
                answers.kela_benefit,
                answers.text,
                author.actor,
                author.at
            ],
        )
        .context("recording the survey answer")?;
    Ok(id)
}

/// Whether the role has answered about the meeting already.
pub fn answered(tx: &Tx, booking_id: i64, role: SurveyRole) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM surveys WHERE booking_id = ?1 AND role = ?2")?
        .query_row(params![booking_id, role], |_| Ok(()))
        .optional()
        .context("reading the survey answers")?
        .is_some())
}

const SURVEY: &str = "SELECT s.id, s.booking_id, b.kind, b.starts_at, s.role, s.added_value,
        s.kela_benefit, s.text, s.entered_by, s.entered_at
    FROM surveys s JOIN bookings b ON b.id = s.booking_id";

fn from_row(row: &Row) -> super::db::Result<Survey> {
    Ok(Survey {
        id: row.get(0)?,
        meeting: Reception {
            id: row.get(1)?,
            kind: row.get(2)?,
            starts_at: row.get::<_, Minute>(3)?.0,
        },
        role: row.get(4)?,
        added_value: row.get(5)?,
        kela_benefit: row.get(6)?,
        text: row.get(7)?,
        entered_by: row.get(8)?,
        entered_at: row.get(9)?,
    })
}

pub fn get(tx: &Tx, id: i64) -> Result<Option<Survey>> {
    tx.prepare_cached(&format!("{SURVEY} WHERE s.id = ?1"))?
        .query_row([id], from_row)
        .optional()
        .context("reading a survey answer")
}

/// A case's survey answers, by meeting and then in the order they were entered.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Survey>> {
    tx.prepare_cached(&format!(
        "{SURVEY} WHERE s.case_id = ?1 ORDER BY b.starts_at, s.id"
    ))?
    .query_map([case_id], from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading a case's survey answers")
}
