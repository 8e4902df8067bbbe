//! Reception feedback: the client's feedback on a held meeting (usefulness 1–10, the
//! client-experience statements on a five-point scale, their own words), and the versioned
//! statements catalogue it answers (domain.md, "Follow-up and effectiveness").

use anyhow::Result;
use chrono::NaiveDate;

use super::{case, log_change, Session};
use crate::clock::minute;
use crate::domain::records::{Booking, Case, Feedback, NewFeedback, Statement, StatementVersion};
use crate::domain::{Agreement, BookingStatus, EventKind};
use crate::error::UserError;
use crate::store::{events, feedback as db, purge, schedule, Author, Tx};
use crate::text;

/// What the client's feedback is about and what they are asked: the meeting, and the
/// catalogue's current statements.
#[derive(Debug)]
pub struct Asking {
    pub meeting: Booking,
    pub catalogue: StatementVersion,
    /// The language the statements are read in unless told otherwise: the client's, when the
    /// catalogue has it (fi, sv).
    pub client_language: Option<crate::domain::Language>,
}

/// The feedback as given, before it is checked against the register.
#[derive(Debug, Clone)]
pub struct Given {
    /// The meeting; `None`: the case's latest held meeting.
    pub meeting: Option<i64>,
    pub on: NaiveDate,
    pub usefulness: Option<u8>,
    /// (statement code, answer) as given.
    pub answers: Vec<(String, Agreement)>,
    pub text: Option<String>,
}

impl Given {
    pub fn is_empty(&self) -> bool {
        self.usefulness.is_none() && self.answers.is_empty() && self.text.is_none()
    }
}

/// A meeting as messages name it.
fn named(b: &Booking) -> String {
    text::meeting_named(b.id, b.kind, b.starts_at)
}

/// The meeting the feedback is about: `meeting`, which must be a held meeting of this case, or
/// the case's latest held meeting.
fn chosen_meeting(tx: &Tx, case_id: &str, meeting: Option<i64>) -> Result<Booking> {
    let all = schedule::for_case(tx, case_id)?;
    let held: Vec<&Booking> = all
        .iter()
        .filter(|b| b.status == BookingStatus::Held)
        .collect();
    let names: Vec<String> = held.iter().map(|b| named(b)).collect();
    let Some(id) = meeting else {
        // Meetings are in time order: the last held one is the latest.
        return match held.last() {
            Some(b) => Ok((*b).clone()),
            None => Err(UserError::Refused(text::no_held_meeting(case_id)).into()),
        };
    };
    match all.iter().find(|b| b.id == id) {
        Some(b) if b.status == BookingStatus::Held => Ok(b.clone()),
        Some(b) => {
            Err(UserError::Refused(text::meeting_not_held(id, b.status, case_id, &names)).into())
        }
        None if schedule::booking(tx, id)?.is_some() => Err(UserError::invalid(
            "--meeting",
            text::meeting_of_another_case(id, case_id, &names),
        )
        .into()),
        None => Err(
            UserError::invalid("--meeting", text::no_meeting_of_case(id, case_id, &names)).into(),
        ),
    }
}

/// The checks before anything is asked or written: the case exists, is not purged, its client
/// has not withdrawn consent, the meeting is a held one of its own, and has no feedback yet.
fn admit(tx: &Tx, case_id: &str, meeting: Option<i64>) -> Result<(Case, Booking)> {
    let case = case(tx, case_id)?;
    if purge::is_purged(tx, case_id)? {
        return Err(UserError::Refused(text::feedback_case_purged(case_id)).into());
    }
    super::refuse_if_withdrawn(tx, case_id)?;
    let meeting = chosen_meeting(tx, case_id, meeting)?;
    if let Some(given) = db::for_case(tx, case_id)?
        .into_iter()
        .find(|f| f.meeting == meeting.id)
    {
        return Err(UserError::Refused(text::feedback_exists(
            &named(&meeting),
            case_id,
            given.given_on,
        ))
        .into());
    }
    Ok((case, meeting))
}

fn current(tx: &Tx) -> Result<StatementVersion> {
    let latest = db::latest_version(tx)?;
    db::version(tx, latest)?.ok_or_else(|| anyhow::anyhow!("the statements catalogue is missing"))
}

/// Before the questions are read to the client: the meeting and the statements, checked as the
/// recording will check them, so nobody answers questions that will be refused. Shows nothing
/// identifying (a case id, a meeting's kind and time), so nothing is logged.
pub fn ask(session: &mut Session, case_id: &str, meeting: Option<i64>) -> Result<Asking> {
    session.read(|tx| {
        let (case, meeting) = admit(tx, case_id, meeting)?;
        let client = crate::store::clients::get(tx, case.client_id)?;
        Ok(Asking {
            meeting,
            catalogue: current(tx)?,
            client_language: client.language.and_then(|l| l.documents()),
        })
    })
}

/// Records the client's feedback on a held meeting of the case; returns it as recorded.
pub fn record(session: &mut Session, case_id: &str, given: &Given) -> Result<Feedback> {
    if given.is_empty() {
        return Err(UserError::invalid("feedback", text::feedback_empty()).into());
    }
    session.write(|tx, author| record_in(tx, author, case_id, given))
}

/// Records checked-as-given feedback inside the caller's transaction (the demo composes it).
pub(crate) fn record_in(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    given: &Given,
) -> Result<Feedback> {
    let (case, meeting) = admit(tx, case_id, given.meeting)?;
    let held_on = meeting.start().date();
    if given.on < held_on {
        let message = text::before_meeting(&named(&meeting), held_on);
        return Err(UserError::invalid("--on", message).into());
    }
    let catalogue = current(tx)?;
    let codes: Vec<String> = catalogue
        .statements
        .iter()
        .map(|s| s.code.clone())
        .collect();
    for (i, (code, _)) in given.answers.iter().enumerate() {
        if !codes.contains(code) {
            let message = text::unknown_statement(code, catalogue.version, &codes);
            return Err(UserError::invalid("--answer", message).into());
        }
        if given.answers[..i].iter().any(|(c, _)| c == code) {
            return Err(UserError::invalid("--answer", text::answered_twice(code)).into());
        }
    }
    // In the catalogue's order, whatever order they were given in.
    let answers: Vec<(String, Agreement)> = codes
        .iter()
        .filter_map(|code| {
            given
                .answers
                .iter()
                .find(|(c, _)| c == code)
                .map(|(c, a)| (c.clone(), *a))
        })
        .collect();
    let new = NewFeedback {
        meeting: meeting.id,
        given_on: given.on,
        usefulness: given.usefulness,
        statement_version: (!answers.is_empty()).then_some(catalogue.version),
        answers,
        text: given.text.clone(),
    };
    let id = db::insert(tx, author, case_id, &new)?;
    let answered: serde_json::Map<String, serde_json::Value> = new
        .answers
        .iter()
        .map(|(code, answer)| (code.clone(), serde_json::json!(answer)))
        .collect();
    let detail = serde_json::json!({
        "meeting": meeting.id, "meeting_kind": meeting.kind,
        "starts_at": minute::text(meeting.starts_at),
        "usefulness": new.usefulness, "statement_version": new.statement_version,
        "answers": answered, "text": new.text,
    });
    events::append(
        tx,
        author,
        case_id,
        EventKind::FeedbackRecorded,
        detail,
        given.on,
    )?;
    log_change(tx, author, &case, "feedback")?;
    db::get(tx, id)?.ok_or_else(|| anyhow::anyhow!("the feedback is missing"))
}

/// One version of the statements catalogue (`None`: the current one).
pub fn statements(session: &mut Session, version: Option<u32>) -> Result<StatementVersion> {
    session.read(|tx| {
        let latest = db::latest_version(tx)?;
        let wanted = version.unwrap_or(latest);
        Ok(db::version(tx, wanted)?
            .ok_or_else(|| UserError::NotFound(text::no_statement_version(wanted, latest)))?)
    })
}

/// Makes a new version of the catalogue; earlier versions stay as they were.
pub fn new_statements(session: &mut Session, statements: &[Statement]) -> Result<StatementVersion> {
    session.write(|tx, author| {
        let latest = current(tx)?;
        if latest.statements == statements {
            return Err(UserError::Refused(text::statements_unchanged(latest.version)).into());
        }
        let version = db::insert_version(tx, author, statements)?;
        db::version(tx, version)?.ok_or_else(|| anyhow::anyhow!("the new version is missing"))
    })
}
