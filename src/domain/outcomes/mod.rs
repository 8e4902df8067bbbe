//! The effectiveness figures the pilots reported (domain.md, "Follow-up and effectiveness"),
//! computed from facts about each case. Every figure carries its N; an empty register gives
//! N = 0 and no value, never a division by zero.
//!
//! The pilot's three instruments are kept apart: the client's feedback on a reception
//! (`usefulness`, the statements), the SOTE pair's estimate per reception (appointments and time
//! saved), and the follow-up call (on the path, knows the contact, and the client's usefulness
//! answer at the call, `usefulness_at_follow_up`). The professionals' surveys are a fourth.
//!
//! Small cells: `suppress` turns every count of people from 1 to 4 into "<5" (a `Tally`), with
//! the values computed from them (means, percentages, medians) withheld, and a second cell of a
//! distribution withheld where one alone would be recovered from the total.

use schemars::JsonSchema;
use serde::Serialize;

mod breakdown;
mod facts;
mod gather;
mod suppress;

pub use breakdown::{values_of, Breakdown, By, Group, Grouped, NO_VALUE};
pub use facts::{CaseFacts, EstimateFacts, FeedbackFacts, FollowUpFacts, SurveyFacts};
pub use gather::Gathered;
pub use suppress::Tally;

/// Counts below this (and above 0) are shown as "<5" in an anonymous output.
pub const SMALL_CELL: u32 = 5;

/// How a count withheld beside a small cell is shown.
pub const WITHHELD: &str = "x";

/// The five-point scale of the client-experience statements, in order.
pub const LIKERT: [&str; 5] = [
    "fully-agree",
    "partly-agree",
    "cant-say",
    "partly-disagree",
    "fully-disagree",
];

/// The age bands of a breakdown, at the referral date.
pub const AGE_BANDS: [&str; 6] = ["under-18", "18-29", "30-49", "50-64", "65-74", "75+"];

/// The band of an age in whole years.
pub fn age_band(age: u32) -> &'static str {
    match age {
        0..=17 => AGE_BANDS[0],
        18..=29 => AGE_BANDS[1],
        30..=49 => AGE_BANDS[2],
        50..=64 => AGE_BANDS[3],
        65..=74 => AGE_BANDS[4],
        _ => AGE_BANDS[5],
    }
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Count {
    pub key: String,
    pub count: Tally,
    /// Share of N in percent, one decimal.
    pub percent: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Distribution {
    pub n: Tally,
    pub counts: Vec<Count>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Mean {
    pub n: Tally,
    pub mean: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Share {
    pub n: Tally,
    pub yes: Tally,
    pub percent: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct NetworkComparison {
    /// Network meetings per verkosto/yhteistyö client who had a Kela consultation.
    pub with_kela: Mean,
    /// … and per such client who had none.
    pub without_kela: Mean,
    /// (with − without) / without, in percent; the pilot reported −75 %.
    pub difference_percent: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct KelaUse {
    pub hours_held: u32,
    pub clients: Tally,
    pub clients_per_hour: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Interval {
    pub from: &'static str,
    pub to: &'static str,
    pub n: Tally,
    pub median_days: Option<f64>,
    /// Nearest-rank 90th percentile.
    pub p90_days: Option<f64>,
}

/// One client-experience statement's answers (only answers to the same version are pooled).
#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct StatementFigure {
    pub version: u32,
    pub code: String,
    pub answers: Distribution,
}

/// A saved service: in how many estimates it was named, and how many of its appointments.
#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct SavedService {
    pub key: String,
    pub receptions: Tally,
    pub appointments: Tally,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct SavedServices {
    /// Estimates that named at least one service.
    pub n: Tally,
    pub services: Vec<SavedService>,
}

/// A 1–5 score's mean per respondent role, and over all roles.
#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct RoleMeans {
    pub all: Mean,
    pub by_role: Vec<RoleMean>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct RoleMean {
    pub role: String,
    pub n: Tally,
    pub mean: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Surveys {
    /// Answers in all.
    pub n: Tally,
    /// The added value of the other professional's presence, 1–5.
    pub added_value: RoleMeans,
    /// The benefit of the Kela consultation, 1–5.
    pub kela_benefit: RoleMeans,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Outcomes {
    pub cases: Tally,
    pub funnel: Vec<Count>,
    pub referral_sources: Distribution,
    pub segments: Distribution,
    pub onward_services: Distribution,
    pub onward_per_client: Mean,
    /// The client's usefulness score of the reception, 1–10 (reception feedback; N = answers).
    pub usefulness: Mean,
    pub usefulness_scores: Distribution,
    pub statements: Vec<StatementFigure>,
    /// The pair's estimate: appointments saved per reception (N = estimates with a number).
    pub appointments_saved_per_reception: Mean,
    pub saved_services: SavedServices,
    /// The pair's estimate: how much the reception shortened the client's path.
    pub time_saved: Distribution,
    /// Of the estimates counted, those entered at a follow-up call (before migration 5).
    pub estimates_entered_at_follow_up: Tally,
    pub professional_surveys: Surveys,
    /// The client's usefulness answer at the follow-up call (follow-up feedback, reached clients).
    pub usefulness_at_follow_up: Mean,
    pub follow_up_status: Distribution,
    pub knows_pathway_and_contact: Share,
    pub network_meetings: NetworkComparison,
    pub kela_hours: KelaUse,
    pub days_between_phases: Vec<Interval>,
}

fn round(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

fn percent(part: u32, n: u32) -> Option<f64> {
    (n > 0).then(|| round(f64::from(part) * 100.0 / f64::from(n), 1))
}

/// The survey respondents' roles, in order.
pub const SURVEY_ROLES: [&str; 4] = ["nurse", "social-counsellor", "doctor", "kela-contact"];

/// What the figures need beside the cases: the service catalogue's codes and the statements in
/// catalogue order as (version, code).
pub struct Catalogue<'a> {
    pub services: &'a [String],
    pub statements: &'a [(u32, String)],
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Catalogue<'static> {
        Catalogue {
            services: &[],
            statements: &[],
        }
    }

    #[test]
    fn an_empty_register_has_n_zero_and_no_values() {
        let o = Gathered::default().finish(&empty());
        assert_eq!(o.cases, Tally::Exact(0));
        assert_eq!(
            o.usefulness,
            Mean {
                n: Tally::Exact(0),
                mean: None
            }
        );
        assert_eq!(o.referral_sources.counts[0].percent, None);
        assert_eq!(o.network_meetings.difference_percent, None);
        assert_eq!(o.kela_hours.clients_per_hour, None);
        assert!(o
            .days_between_phases
            .iter()
            .all(|i| i.n == Tally::Exact(0) && i.median_days.is_none()));
    }

    #[test]
    fn median_and_nearest_rank_p90() {
        let i = gather::interval("a", "b", vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert_eq!((i.median_days, i.p90_days), (Some(5.5), Some(9.0)));
        let i = gather::interval("a", "b", vec![4]);
        assert_eq!((i.median_days, i.p90_days), (Some(4.0), Some(4.0)));
    }

    #[test]
    fn age_bands_have_their_edges_where_documented() {
        let bands: Vec<&str> = [17, 18, 29, 30, 49, 50, 64, 65, 74, 75, 101]
            .into_iter()
            .map(age_band)
            .collect();
        assert_eq!(
            bands,
            [
                "under-18", "18-29", "18-29", "30-49", "30-49", "50-64", "50-64", "65-74", "65-74",
                "75+", "75+"
            ]
        );
    }
}
