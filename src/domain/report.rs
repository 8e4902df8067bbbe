//! Reports as typed tables: sections of rows whose cells stay numbers, dates, codes and lists
//! until `render` turns them into Markdown, JSON, CSV or xlsx. Codes are the register's stable
//! tokens, never English prose, so scripts read the same values in every language.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::records::UnitAnswer;

/// One value of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing recorded (JSON null, an empty cell elsewhere).
    Empty,
    /// Free text as entered (a unit, a chair, the anonymous description).
    Text(String),
    /// A code of the register's vocabulary (a phase, a kind of meeting, what is missing).
    Code(String),
    Int(i64),
    Bool(bool),
    Date(NaiveDate),
    /// A Helsinki wall-clock time to the minute.
    Time(NaiveDateTime),
    /// Case ids.
    Cases(Vec<String>),
    /// The requested units of a Yhteistyö-tiimi request and their answers.
    Units(Vec<UnitAnswer>),
}

impl Cell {
    pub fn code(code: impl ToString) -> Cell {
        Cell::Code(code.to_string())
    }

    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    pub fn optional(text: Option<String>) -> Cell {
        text.map_or(Cell::Empty, Cell::Text)
    }

    /// The text of a text, code or case cell.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Cell::Text(t) | Cell::Code(t) => Some(t),
            _ => None,
        }
    }
}

/// One table of a report.
#[derive(Debug, Clone)]
pub struct Section {
    /// Stable key used in JSON, CSV and sheet names.
    pub key: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Section {
    pub fn new(key: &'static str, columns: &[&'static str]) -> Section {
        Section {
            key,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The text values of one column.
    /// Keeps the rows whose `case` cell passes `keep` (all rows of a section without one).
    pub fn retain_cases<E>(
        &mut self,
        mut keep: impl FnMut(&str) -> Result<bool, E>,
    ) -> Result<(), E> {
        let Some(i) = self.columns.iter().position(|c| *c == "case") else {
            return Ok(());
        };
        let mut kept = Vec::with_capacity(self.rows.len());
        for row in std::mem::take(&mut self.rows) {
            let pass = match row.get(i).and_then(Cell::as_str) {
                Some(case) => keep(case)?,
                None => true,
            };
            if pass {
                kept.push(row);
            }
        }
        self.rows = kept;
        Ok(())
    }

    pub fn values(&self, column: &str) -> Vec<&str> {
        match self.columns.iter().position(|c| *c == column) {
            Some(i) => self
                .rows
                .iter()
                .filter_map(|r| r.get(i).and_then(Cell::as_str))
                .collect(),
            None => Vec::new(),
        }
    }
}

/// What a report is about: the weekly export of a week, or the work list of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Period {
    /// An ISO week (`2026-W49`) from Monday to Sunday.
    Week {
        week: String,
        monday: NaiveDate,
        sunday: NaiveDate,
    },
    Day(NaiveDate),
}

#[derive(Debug, Clone)]
pub struct Report {
    pub period: Period,
    pub sections: Vec<Section>,
    /// The cases the report concerns, for the disclosure log.
    pub cases: Vec<String>,
}

/// What a weekly export lists as missing before a meeting.
pub mod missing {
    pub const MULTI_PROFESSIONAL_CONSENT: &str = "multi-professional-consent";
    pub const KELA_CONSENT: &str = "kela-consent";
    /// The client's contact request, which triage onto the Moty track needs (seed 000).
    pub const CONTACT_REQUEST: &str = "contact-request";
    pub const KELA_FORM_LATE: &str = "kela-form-late";
    pub const KELA_FORM_NOT_SENT: &str = "kela-form-not-sent";
    /// A requested unit of a Yhteistyö-tiimi request: the anonymous description not sent to it.
    pub const TEAM_DESCRIPTION_NOT_SENT: &str = "team-description-not-sent";
    /// The unit has not acknowledged receipt of the description.
    pub const TEAM_NOT_ACKNOWLEDGED: &str = "team-not-acknowledged";
    /// The unit has not named its worker by the due date it gave.
    pub const TEAM_WORKER_OVERDUE: &str = "team-worker-overdue";
}
