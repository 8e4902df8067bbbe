//! The evidence records (issue #12): the client's feedback on a reception, the pair's estimates,
//! the professionals' surveys and what the Kela hour concluded. Plain data, no I/O; re-exported
//! from `domain::records`.

use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use crate::clock::Stamp;
use crate::domain::*;

// --- feedback ----------------------------------------------------------------------------------

/// One client-experience statement of a catalogue version, in the three languages it is read in.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Statement {
    pub code: String,
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl Statement {
    /// The statement as it is read to the client in `language`.
    pub fn text(&self, language: Language) -> &str {
        match language {
            Language::Fi => &self.fi,
            Language::Sv => &self.sv,
            Language::En => &self.en,
        }
    }
}

/// A version of the statements catalogue. A version, once made, is never changed: old answers
/// keep the wording they were given to, and only answers to the same version are pooled.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StatementVersion {
    pub version: u32,
    /// When the team made it; null for the version moty ships with.
    pub made_at: Option<Stamp>,
    pub made_by: String,
    pub statements: Vec<Statement>,
}

/// The client's feedback on one held meeting, as recorded. Every answer is optional: an absent
/// one is null (or missing from `answers`), never zero.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Feedback {
    pub id: i64,
    pub case: String,
    pub meeting: i64,
    pub meeting_kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub meeting_starts_at: NaiveDateTime,
    pub given_on: NaiveDate,
    /// How useful the meeting was to the client, 1–10.
    pub usefulness: Option<u8>,
    /// The statement version the answers were given to; null when no statement was answered.
    pub statement_version: Option<u32>,
    /// Each statement answered, with its wording in that version.
    pub answers: Vec<FeedbackAnswer>,
    /// The client's own words.
    pub text: Option<String>,
    pub recorded_by: String,
    pub recorded_at: Stamp,
}

// --- estimates and surveys ----------------------------------------------------------------------

/// The held meeting (the reception) an estimate or a survey answer is about.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Reception {
    pub id: i64,
    pub kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
}

/// Appointments of one service (a code of the service catalogue) an estimate says were saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Saving {
    pub service: String,
    pub count: u32,
}

/// The SOTE pair's answers, before they are stored: every part optional, at least one given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EstimateAnswers {
    /// Appointments saved in all (at least the sum of `saved`); `None`: not estimated.
    pub appointments: Option<u32>,
    pub saved: Vec<Saving>,
    pub time_saved: Option<TimeSaved>,
    /// How time was saved (free text a person typed).
    pub how: Option<String>,
}

impl EstimateAnswers {
    pub fn is_empty(&self) -> bool {
        self.appointments.is_none()
            && self.saved.is_empty()
            && self.time_saved.is_none()
            && self.how.is_none()
    }
}

/// The SOTE pair's estimate of what a reception saved the client, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Estimate {
    pub id: i64,
    /// The reception estimated; absent for an estimate entered at a follow-up call.
    pub meeting: Option<Reception>,
    /// Entered at a follow-up call (as the register asked before migration 5, and as
    /// `moty follow-up`'s savings flags still record it).
    pub at_follow_up: bool,
    /// The date of that follow-up call.
    pub follow_up_on: Option<NaiveDate>,
    /// Appointments saved in all; absent: not estimated.
    pub appointments: Option<u32>,
    /// Which services' appointments were saved, and how many of each.
    pub services: Vec<Saving>,
    pub time_saved: Option<TimeSaved>,
    /// How time was saved (free text).
    pub how: Option<String>,
    pub recorded_by: String,
    pub recorded_at: Stamp,
}

// --- kela --------------------------------------------------------------------------------------

/// One item of what a Kela hour concluded for a client: a benefit or rehabilitation to apply for,
/// a statement needed, or a recommendation, with who takes responsibility and by when.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct KelaConclusion {
    #[serde(skip)]
    pub id: i64,
    /// The Kela hour (its meeting number).
    pub meeting: i64,
    /// Its place among the hour's conclusions for the client, from 1.
    pub position: u32,
    pub kind: KelaItem,
    /// For a statement: which one.
    pub statement: Option<KelaStatement>,
    pub text: Option<String>,
    /// Who takes responsibility (a role or a name).
    pub responsible: Option<String>,
    pub due_on: Option<NaiveDate>,
    /// The plan version that took it in as an agreed action; null: not yet.
    pub planned_in: Option<u32>,
    pub recorded_by: String,
    pub recorded_at: Stamp,
}

/// One statement's answer, with the statement as worded in the version it was given to.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FeedbackAnswer {
    #[serde(flatten)]
    pub statement: Statement,
    pub answer: Agreement,
}

/// Feedback about to be recorded, each part checked.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub meeting: i64,
    pub given_on: NaiveDate,
    pub usefulness: Option<u8>,
    /// Set when `answers` is not empty: the version they answer.
    pub statement_version: Option<u32>,
    /// (statement code, answer), in the catalogue's order.
    pub answers: Vec<(String, Agreement)>,
    pub text: Option<String>,
}

/// One professional's survey answer, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyAnswers {
    pub role: SurveyRole,
    /// The added value of the other professional's presence, 1–5.
    pub added_value: Option<u8>,
    /// The benefit of the Kela consultation, 1–5 (a Kela hour only).
    pub kela_benefit: Option<u8>,
    /// Free text (may identify the client).
    pub text: Option<String>,
}

/// One professional's survey answer about a held meeting, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Survey {
    pub id: i64,
    pub meeting: Reception,
    /// The role of the professional who answered.
    pub role: SurveyRole,
    pub added_value: Option<u8>,
    pub kela_benefit: Option<u8>,
    pub text: Option<String>,
    /// Who entered it (the coordinator, also for an outside professional's answer).
    pub entered_by: String,
    pub entered_at: Stamp,
}
