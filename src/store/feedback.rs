//! The client's feedback on held meetings, and the versioned statements catalogue it answers.

pub use crate::domain::records::{
    Feedback, FeedbackAnswer, NewFeedback, Statement, StatementVersion,
};

use super::codes::Minute;
use super::db::{params, OptionalExtension};
use super::{Author, Tx};
use anyhow::{Context, Result};

/// Records one feedback and its answers; returns its id.
pub fn insert(tx: &Tx, author: &Author, case_id: &str, new: &NewFeedback) -> Result<i64> {
    let id = tx.insert(
        "INSERT INTO feedback (case_id, booking_id, given_on, usefulness, statement_version, text,
             recorded_by, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
        case_id,
        new.meeting,
        new.given_on,
        new.usefulness,
        new.statement_version,
        new.text,
        author.actor,
        author.at
    ])
    .context("recording the feedback")?;
    if let Some(version) = new.statement_version {
        let mut answer = tx.prepare_cached(
            "INSERT INTO feedback_answers (feedback_id, version, code, answer)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (code, value) in &new.answers {
            answer
                .execute(params![id, version, code, value])
                .context("recording a feedback answer")?;
        }
    }
    Ok(id)
}

const FEEDBACK: &str = "SELECT f.id, f.case_id, f.booking_id, b.kind, b.starts_at, f.given_on,
        f.usefulness, f.statement_version, f.text, f.recorded_by, f.recorded_at
    FROM feedback f JOIN bookings b ON b.id = f.booking_id";

fn read(tx: &Tx, filter: &str, value: &dyn super::db::ToSql) -> Result<Vec<Feedback>> {
    let mut rows: Vec<Feedback> = tx
        .prepare_cached(&format!(
            "{FEEDBACK} WHERE {filter} ORDER BY b.starts_at, f.id"
        ))?
        .query_map([value], |r| {
            Ok(Feedback {
                id: r.get(0)?,
                case: r.get(1)?,
                meeting: r.get(2)?,
                meeting_kind: r.get(3)?,
                meeting_starts_at: r.get::<_, Minute>(4)?.0,
                given_on: r.get(5)?,
                usefulness: r.get(6)?,
                statement_version: r.get(7)?,
                answers: Vec::new(),
                text: r.get(8)?,
                recorded_by: r.get(9)?,
                recorded_at: r.get(10)?,
            })
        })?
        .collect::<super::db::Result<_>>()
        .context("reading feedback")?;
    let mut answers = tx.prepare_cached(
        "SELECT s.code, s.text_fi, s.text_sv, s.text_en, a.answer
         FROM feedback_answers a JOIN statements s ON s.version = a.version AND s.code = a.code
         WHERE a.feedback_id = ?1 ORDER BY s.position",
    )?;
    for feedback in &mut rows {
        feedback.answers = answers
            .query_map([feedback.id], |r| {
                Ok(FeedbackAnswer {
                    statement: Statement {
                        code: r.get(0)?,
                        fi: r.get(1)?,
                        sv: r.get(2)?,
                        en: r.get(3)?,
                    },
                    answer: r.get(4)?,
                })
            })?
            .collect::<super::db::Result<_>>()
            .context("reading feedback answers")?;
    }
    Ok(rows)
}

/// A case's feedback, in the order of its meetings.
pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Feedback>> {
    read(tx, "f.case_id = ?1", &case_id)
}

pub fn get(tx: &Tx, id: i64) -> Result<Option<Feedback>> {
    Ok(read(tx, "f.id = ?1", &id)?.pop())
}

/// The newest version of the statements catalogue (migration 5 ships version 1).
pub fn latest_version(tx: &Tx) -> Result<u32> {
    tx.prepare_cached("SELECT coalesce(max(version), 0) FROM statement_versions")?
        .query_row([], |r| r.get(0))
        .context("reading the statements' latest version")
}

/// One version of the catalogue with its statements in order.
pub fn version(tx: &Tx, version: u32) -> Result<Option<StatementVersion>> {
    let head: Option<(Option<crate::clock::Stamp>, String)> = tx
        .prepare_cached("SELECT made_at, made_by FROM statement_versions WHERE version = ?1")?
        .query_row([version], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .context("reading a statement version")?;
    let Some((made_at, made_by)) = head else {
        return Ok(None);
    };
    let statements = tx
        .prepare_cached(
            "SELECT code, text_fi, text_sv, text_en FROM statements
             WHERE version = ?1 ORDER BY position",
        )?
        .query_map([version], |r| {
            Ok(Statement {
                code: r.get(0)?,
                fi: r.get(1)?,
                sv: r.get(2)?,
                en: r.get(3)?,
            })
        })?
        .collect::<super::db::Result<_>>()
        .context("reading the statements")?;
    Ok(Some(StatementVersion {
        version,
        made_at,
        made_by,
        statements,
    }))
}

/// Makes the next version of the catalogue from `statements` (in order); returns its number.
pub fn insert_version(tx: &Tx, author: &Author, statements: &[Statement]) -> Result<u32> {
    let version = latest_version(tx)? + 1;
    tx.prepare_cached(
        "INSERT INTO statement_versions (version, made_at, made_by) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![version, author.at, author.actor])
    .context("making a statement version")?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO statements (version, position, code, text_fi, text_sv, text_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, s) in (1_i64..).zip(statements) {
        insert
            .execute(params![version, position, s.code, s.fi, s.sv, s.en])
            .context("adding a statement")?;
    }
    Ok(version)
}
