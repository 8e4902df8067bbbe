//! What the figures know about each case: codes, dates and answers, nothing that identifies the
//! client.

use chrono::NaiveDate;

use crate::domain::{ClientGroup, FollowUpStatus, Segment, Source, TimeSaved};

/// What the figures need to know about one case (nothing that identifies the client).
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub source: Source,
    pub group: ClientGroup,
    /// Whole years at the referral date, when known (from the identity code's birth date, or the
    /// referral year less the birth year).
    pub age: Option<u32>,
    /// Statistics Finland's municipality code, when the client's municipality is on the list.
    pub municipality: Option<String>,
    pub region: Option<String>,
    /// The service areas of the case's source, requested units and onward services.
    pub areas: Vec<String>,
    pub opened_on: NaiveDate,
    pub triaged_on: Option<NaiveDate>,
    pub assessed_on: Option<NaiveDate>,
    pub segment: Option<Segment>,
    pub planned_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    pub followed_on: Option<NaiveDate>,
    pub closed_jointly: bool,
    /// The services of the latest plan's pathways that were not declined.
    pub pathways: Vec<String>,
    pub kela_held: u32,
    /// When each held Kela hour of the case started (a Kela hour holds several clients).
    pub kela_hours: Vec<String>,
    pub network_held: u32,
    /// The client's feedback on each reception (held meeting) they gave it for.
    pub feedback: Vec<FeedbackFacts>,
    /// The pair's estimates, one per reception (or entered at a follow-up call).
    pub estimates: Vec<EstimateFacts>,
    /// The professionals' survey answers about the case's meetings.
    pub surveys: Vec<SurveyFacts>,
    pub follow_up: Option<FollowUpFacts>,
}

/// One client's feedback on one reception.
#[derive(Debug, Clone, Default)]
pub struct FeedbackFacts {
    pub usefulness: Option<u8>,
    /// (statement version, statement code, answer on the five-point scale)
    pub answers: Vec<(u32, String, String)>,
}

/// The pair's estimate for one reception.
#[derive(Debug, Clone, Default)]
pub struct EstimateFacts {
    pub appointments: Option<u32>,
    /// (service code, appointments of that service)
    pub services: Vec<(String, u32)>,
    pub time_saved: Option<TimeSaved>,
    pub at_follow_up: bool,
}

/// One professional's answer about a meeting.
#[derive(Debug, Clone)]
pub struct SurveyFacts {
    pub role: String,
    pub added_value: Option<u8>,
    pub kela_benefit: Option<u8>,
}

/// The latest follow-up of a case.
#[derive(Debug, Clone)]
pub struct FollowUpFacts {
    pub status: FollowUpStatus,
    pub knows_contact: Option<bool>,
    /// The client's usefulness answer at the call (follow-up feedback).
    pub usefulness: Option<u8>,
}
