//! The register's closed vocabularies as SQL values: each code is stored as its text form and
//! read back through `FromStr`, so a value the enum does not know is an error, never a guess.
//! Every enum here is mirrored by a CHECK constraint in schema.sql.

use super::db::{FromSql, ToSql, Value};

use crate::domain::*;

macro_rules! sql_codes {
    ($($name:ident),+ $(,)?) => {
        $(
            impl ToSql for $name {
                fn to_value(&self) -> Value {
                    Value::Text(self.as_str().to_string())
                }
            }

            impl FromSql for $name {
                fn from_value(value: Value) -> Result<Self, String> {
                    String::from_value(value)?.parse().map_err(|e| format!("{e}"))
                }
            }
        )+
    };
}

sql_codes!(
    ClientGroup,
    Source,
    Channel,
    Sign,
    ConsentKind,
    ConsentMethod,
    Phase,
    EventKind,
    NeedArea,
    ActionStatus,
    PathwayStatus,
    FollowUpStatus,
    TimeSaved,
    SurveyRole,
    NextStep,
    MeetingKind,
    BookingStatus,
    Segment,
    Attendee,
    Decision,
    Urgency,
    CloseReason,
    Role,
    AccessAction,
    PurgeReason,
    Agreement,
    KelaItem,
    KelaStatement,
    ConsultChannel,
    ReferralExpected,
    ClientLanguage,
    Authority,
    LegalBasisKind,
);

impl ToSql for crate::clock::Stamp {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}

impl FromSql for crate::clock::Stamp {
    fn from_value(value: Value) -> Result<Self, String> {
        let text = String::from_value(value)?;
        crate::clock::Stamp::parse(&text).ok_or_else(|| format!("not a timestamp: {text}"))
    }
}

/// A Helsinki wall-clock time to the minute, as meetings are stored (`YYYY-MM-DD HH:MM`).
pub struct Minute(pub chrono::NaiveDateTime);

impl ToSql for Minute {
    fn to_value(&self) -> Value {
        Value::Text(self.0.format(crate::clock::minute::FORMAT).to_string())
    }
}

impl FromSql for Minute {
    fn from_value(value: Value) -> Result<Self, String> {
        let text = String::from_value(value)?;
        chrono::NaiveDateTime::parse_from_str(&text, crate::clock::minute::FORMAT)
            .map(Minute)
            .map_err(|e| format!("not a minute ({text}): {e}"))
    }
}
