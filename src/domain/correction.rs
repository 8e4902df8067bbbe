//! Corrections are new events (issue #12, item 6; domain.md, "Invalid moves"): the one closed
//! list of the facts `moty correct` can correct, where each is kept, and the values each takes.
//! No I/O: the operation finds the row, the store changes it.

use chrono::NaiveDate;

use super::{Agreement, Channel, FollowUpStatus, Segment, Source, TimeSaved};
use crate::error::UserError;
use crate::text;

/// A follow-up call's answers, as a correction reads and writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpAnswers {
    pub id: i64,
    pub done_on: NaiveDate,
    pub reached: bool,
    pub status: FollowUpStatus,
    pub knows_contact: Option<bool>,
    pub usefulness: Option<u8>,
}

/// The client's feedback on a meeting, as a correction reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackRow {
    pub id: i64,
    pub meeting: i64,
    pub usefulness: Option<u8>,
    /// The statement version answered (none when no statement was answered).
    pub statement_version: Option<u32>,
}

/// The pair's estimate, as a correction reads and writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EstimateRow {
    pub id: i64,
    /// The reception estimated (none for an estimate entered at a follow-up call).
    pub meeting: Option<i64>,
    pub follow_up_id: Option<i64>,
    pub appointments: Option<u32>,
    pub time_saved: Option<TimeSaved>,
}

/// Where a fact is kept; it decides which of `--meeting` and `--follow-up` pick the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A held joint assessment (`bookings`).
    JointAssessment,
    /// The case's referral (`referrals`).
    Referral,
    /// A follow-up call (`follow_ups`).
    FollowUp,
    /// The client's feedback on a meeting (`feedback`, `feedback_answers`).
    Feedback,
    /// The pair's estimate for a reception (`estimates`, `estimate_services`).
    Estimate,
}

impl Holder {
    /// `--meeting ID` picks the row (a joint assessment, or the meeting the feedback or estimate
    /// is about).
    pub fn takes_meeting(self) -> bool {
        matches!(
            self,
            Holder::JointAssessment | Holder::Feedback | Holder::Estimate
        )
    }

    /// `--follow-up N` picks the row (the Nth follow-up, or the estimate entered at it).
    pub fn takes_follow_up(self) -> bool {
        matches!(self, Holder::FollowUp | Holder::Estimate)
    }
}

/// A fact that can be corrected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// The Suuntima segment of a held joint assessment.
    Segment,
    /// The referral's source.
    Source,
    /// The referral's channel.
    Channel,
    /// What the follow-up call found.
    FollowUpStatus,
    /// The client knows how the pathway goes on and whom to contact (follow-up).
    KnowsContact,
    /// The client's usefulness score given at the follow-up call.
    UsefulnessAtFollowUp,
    /// The client was reached at the follow-up call.
    Reached,
    /// The usefulness score of the client's feedback on a meeting.
    Usefulness,
    /// The feedback's answer to the statement with this code.
    Answer(String),
    /// The pair's estimate of appointments saved in all.
    AppointmentsSaved,
    /// The pair's estimate of time saved.
    TimeSaved,
    /// The appointments saved at this service (a code of the service catalogue).
    Saved(String),
}

/// Every fact as it is typed, in the order help and errors list them.
pub const FACTS: &[&str] = &[
    "segment",
    "source",
    "channel",
    "follow-up-status",
    "knows-contact",
    "usefulness-at-follow-up",
    "reached",
    "usefulness",
    "answer:CODE",
    "appointments-saved",
    "time-saved",
    "saved:SERVICE",
];

/// A code after `answer:` or `saved:`: lower-case letters, digits and hyphens, from a letter.
fn code(fact: &str, value: &str) -> Result<String, UserError> {
    let fine = value.len() <= 40
        && value.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    match fine {
        true => Ok(value.to_string()),
        false => Err(UserError::invalid(
            "FACT",
            text::fact_code_shape(fact, value),
        )),
    }
}

impl std::str::FromStr for Fact {
    type Err = UserError;

    fn from_str(value: &str) -> Result<Fact, UserError> {
        let value = value.trim();
        if let Some(statement) = value.strip_prefix("answer:") {
            return Ok(Fact::Answer(code("answer", statement)?));
        }
        if let Some(service) = value.strip_prefix("saved:") {
            return Ok(Fact::Saved(code("saved", service)?));
        }
        Ok(match value {
            "segment" => Fact::Segment,
            "source" => Fact::Source,
            "channel" => Fact::Channel,
            "follow-up-status" => Fact::FollowUpStatus,
            "knows-contact" => Fact::KnowsContact,
            "usefulness-at-follow-up" => Fact::UsefulnessAtFollowUp,
            "reached" => Fact::Reached,
            "usefulness" => Fact::Usefulness,
            "appointments-saved" => Fact::AppointmentsSaved,
            "time-saved" => Fact::TimeSaved,
            other => return Err(UserError::invalid("FACT", text::one_of(other, FACTS))),
        })
    }
}

impl std::fmt::Display for Fact {
    /// The fact as typed, with its code: `segment`, `answer:know-what-next`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Fact::Segment => "segment",
            Fact::Source => "source",
            Fact::Channel => "channel",
            Fact::FollowUpStatus => "follow-up-status",
            Fact::KnowsContact => "knows-contact",
            Fact::UsefulnessAtFollowUp => "usefulness-at-follow-up",
            Fact::Reached => "reached",
            Fact::Usefulness => "usefulness",
            Fact::AppointmentsSaved => "appointments-saved",
            Fact::TimeSaved => "time-saved",
            Fact::Answer(code) => return write!(f, "answer:{code}"),
            Fact::Saved(code) => return write!(f, "saved:{code}"),
        };
        f.write_str(name)
    }
}

/// A fact's value. `None` is an absent answer (shown and typed as `none`), never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Segment(Segment),
    Source(Source),
    Channel(Channel),
    Status(FollowUpStatus),
    /// knows-contact (may be absent) and reached (never absent).
    YesNo(Option<bool>),
    /// A usefulness score 1–10.
    Score(Option<u8>),
    Answer(Option<Agreement>),
    /// Appointments saved in all, 0–100.
    Appointments(Option<u32>),
    /// Parsed always as a code (its `none` means none or unknown); absent only as stored.
    TimeSaved(Option<TimeSaved>),
    /// Appointments saved at one service, 0–100; 0 is no row.
    Saved(u32),
}

const NONE: &str = "none";

fn closed<T: std::str::FromStr<Err = UserError> + std::fmt::Display>(
    field: &str,
    value: &str,
    all: &[T],
) -> Result<T, UserError> {
    value.parse().map_err(|_| {
        let allowed: Vec<String> = all.iter().map(|v| v.to_string()).collect();
        let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
        UserError::invalid(field, text::one_of(value, &allowed))
    })
}

fn optional<T>(
    value: &str,
    parse: impl FnOnce(&str) -> Result<T, UserError>,
) -> Result<Option<T>, UserError> {
    match value {
        NONE => Ok(None),
        other => parse(other).map(Some),
    }
}

fn number(field: &str, value: &str, min: u32, max: u32, none: bool) -> Result<u32, UserError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| UserError::invalid(field, text::fact_number(value, min, max, none)))
}

fn yes_no(field: &str, value: &str, none: bool) -> Result<bool, UserError> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => {
            let allowed: &[&str] = if none {
                &["yes", "no", NONE]
            } else {
                &["yes", "no"]
            };
            Err(UserError::invalid(field, text::one_of(other, allowed)))
        }
    }
}

impl Fact {
    pub fn holder(&self) -> Holder {
        match self {
            Fact::Segment => Holder::JointAssessment,
            Fact::Source | Fact::Channel => Holder::Referral,
            Fact::FollowUpStatus
            | Fact::KnowsContact
            | Fact::UsefulnessAtFollowUp
            | Fact::Reached => Holder::FollowUp,
            Fact::Usefulness | Fact::Answer(_) => Holder::Feedback,
            Fact::AppointmentsSaved | Fact::TimeSaved | Fact::Saved(_) => Holder::Estimate,
        }
    }

    /// The value typed for this fact; a value the fact does not take is refused naming the fact
    /// and what it takes.
    pub fn value(&self, value: &str) -> Result<Value, UserError> {
        let field = self.to_string();
        let field = field.as_str();
        let value = value.trim();
        Ok(match self {
            Fact::Segment => Value::Segment(closed(field, value, Segment::ALL)?),
            Fact::Source => Value::Source(closed(field, value, Source::ALL)?),
            Fact::Channel => Value::Channel(closed(field, value, Channel::ALL)?),
            Fact::FollowUpStatus => Value::Status(closed(field, value, FollowUpStatus::ALL)?),
            Fact::KnowsContact => Value::YesNo(optional(value, |v| yes_no(field, v, true))?),
            Fact::Reached => Value::YesNo(Some(yes_no(field, value, false)?)),
            Fact::UsefulnessAtFollowUp | Fact::Usefulness => Value::Score(optional(value, |v| {
                number(field, v, 1, 10, true).map(|n| n as u8)
            })?),
            Fact::Answer(_) => {
                let answer = optional(value, |v| {
                    v.parse::<Agreement>().map_err(|_| {
                        let mut allowed: Vec<&str> =
                            Agreement::ALL.iter().map(|a| a.as_str()).collect();
                        allowed.push(NONE);
                        UserError::invalid(field, text::one_of(v, &allowed))
                    })
                })?;
                Value::Answer(answer)
            }
            Fact::AppointmentsSaved => {
                Value::Appointments(optional(value, |v| number(field, v, 0, 100, true))?)
            }
            Fact::TimeSaved => Value::TimeSaved(Some(closed(field, value, TimeSaved::ALL)?)),
            Fact::Saved(_) => Value::Saved(number(field, value, 0, 100, false)?),
        })
    }
}

impl Value {
    /// The value as the timeline and JSON carry it: a code, a number, or null for none.
    pub fn to_json(self) -> serde_json::Value {
        use serde_json::json;
        match self {
            Value::Segment(v) => json!(v),
            Value::Source(v) => json!(v),
            Value::Channel(v) => json!(v),
            Value::Status(v) => json!(v),
            Value::YesNo(v) => json!(v.map(|b| if b { "yes" } else { "no" })),
            Value::Score(v) => json!(v),
            Value::Answer(v) => json!(v),
            Value::Appointments(v) => json!(v),
            Value::TimeSaved(v) => json!(v),
            Value::Saved(v) => json!(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_fact_parses_and_prints_back() {
        for name in FACTS {
            let typed = name
                .replace("CODE", "know-what-next")
                .replace("SERVICE", "doctor");
            let fact: Fact = typed.parse().expect("a listed fact parses");
            assert_eq!(fact.to_string(), typed);
        }
        assert!("segments".parse::<Fact>().is_err());
        assert!("answer:".parse::<Fact>().is_err());
        assert!("saved:Doctor".parse::<Fact>().is_err());
    }

    #[test]
    fn values_are_checked_per_fact() {
        assert_eq!(
            Fact::Segment.value("verkosto"),
            Ok(Value::Segment(Segment::Verkosto))
        );
        assert!(Fact::Segment.value("none").is_err());
        assert_eq!(Fact::Usefulness.value("none"), Ok(Value::Score(None)));
        assert!(Fact::Usefulness.value("0").is_err());
        assert!(Fact::Usefulness.value("11").is_err());
        assert_eq!(Fact::Reached.value("no"), Ok(Value::YesNo(Some(false))));
        assert!(Fact::Reached.value("none").is_err());
        assert_eq!(Fact::KnowsContact.value("none"), Ok(Value::YesNo(None)));
        assert_eq!(Fact::Saved("doctor".into()).value("0"), Ok(Value::Saved(0)));
        assert!(Fact::Saved("doctor".into()).value("none").is_err());
        assert_eq!(
            Fact::Answer("x".into()).value("cant-say"),
            Ok(Value::Answer(Some(Agreement::CantSay)))
        );
    }
}
