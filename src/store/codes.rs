//! The register's closed vocabularies as SQL values: each code is stored as its text form and
//! read back through `FromStr`, so a value the enum does not know is an error, never a guess.
//! Every enum here is mirrored by a CHECK constraint in schema.sql.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::*;

macro_rules! sql_codes {
    ($($name:ident),+ $(,)?) => {
        $(
            impl ToSql for $name {
                fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                    Ok(ToSqlOutput::from(self.as_str()))
                }
            }

            impl FromSql for $name {
                fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                    value
                        .as_str()?
                        .parse()
                        .map_err(|e| FromSqlError::Other(Box::new(e)))
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
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for crate::clock::Stamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        crate::clock::Stamp::parse(text)
            .ok_or_else(|| FromSqlError::Other(format!("not a timestamp: {text}").into()))
    }
}

/// A Helsinki wall-clock time to the minute, as meetings are stored (`YYYY-MM-DD HH:MM`).
pub struct Minute(pub chrono::NaiveDateTime);

impl ToSql for Minute {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(
            self.0.format(crate::clock::minute::FORMAT).to_string(),
        ))
    }
}

impl FromSql for Minute {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        chrono::NaiveDateTime::parse_from_str(text, crate::clock::minute::FORMAT)
            .map(Minute)
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}
