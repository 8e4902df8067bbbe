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

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::domain::{FollowUpStatus, Segment, Source, TimeSaved};

mod breakdown;
mod facts;
mod suppress;

pub use breakdown::{breakdown, values_of, Breakdown, By, Group, NO_VALUE};
pub use facts::{CaseFacts, EstimateFacts, FeedbackFacts, FollowUpFacts, SurveyFacts};
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

fn mean(values: &[f64]) -> Mean {
    let n = values.len() as u32;
    Mean {
        n: n.into(),
        mean: (n > 0).then(|| round(values.iter().sum::<f64>() / f64::from(n), 2)),
    }
}

/// Counts of `keys` in the order of `order`, every key listed even at zero.
fn distribution(keys: &[String], order: &[String]) -> Distribution {
    let n = keys.len() as u32;
    let counts = order
        .iter()
        .map(|key| {
            let count = keys.iter().filter(|k| *k == key).count() as u32;
            Count {
                key: key.clone(),
                count: count.into(),
                percent: percent(count, n),
            }
        })
        .collect();
    Distribution {
        n: n.into(),
        counts,
    }
}

fn names<T: std::fmt::Display>(all: &[T]) -> Vec<String> {
    all.iter().map(|v| v.to_string()).collect()
}

fn interval(from: &'static str, to: &'static str, days: Vec<i64>) -> Interval {
    let mut days: Vec<f64> = days
        .into_iter()
        .filter(|d| *d >= 0)
        .map(|d| d as f64)
        .collect();
    days.sort_by(f64::total_cmp);
    let n = days.len();
    let median = (n > 0).then(|| {
        if n % 2 == 1 {
            days[n / 2]
        } else {
            (days[n / 2 - 1] + days[n / 2]) / 2.0
        }
    });
    let p90 = (n > 0).then(|| days[((0.9 * n as f64).ceil() as usize).clamp(1, n) - 1]);
    Interval {
        from,
        to,
        n: (n as u32).into(),
        median_days: median,
        p90_days: p90,
    }
}

fn role_means(answers: &[(String, u8)], roles: &[&str]) -> RoleMeans {
    let all: Vec<f64> = answers.iter().map(|(_, v)| f64::from(*v)).collect();
    let by_role = roles
        .iter()
        .map(|role| {
            let of: Vec<f64> = answers
                .iter()
                .filter(|(r, _)| r == role)
                .map(|(_, v)| f64::from(*v))
                .collect();
            let m = mean(&of);
            RoleMean {
                role: role.to_string(),
                n: m.n,
                mean: m.mean,
            }
        })
        .collect();
    RoleMeans {
        all: mean(&all),
        by_role,
    }
}

/// The survey respondents' roles, in order.
pub const SURVEY_ROLES: [&str; 4] = ["nurse", "social-counsellor", "doctor", "kela-contact"];

/// What `compute` needs beside the cases: the service catalogue's codes and the statements in
/// catalogue order as (version, code).
pub struct Catalogue<'a> {
    pub services: &'a [String],
    pub statements: &'a [(u32, String)],
}

/// Every figure from the cases of the period.
pub fn compute(cases: &[CaseFacts], catalogue: &Catalogue) -> Outcomes {
    let n = cases.len() as u32;
    let stage = |label: &str, count: usize| Count {
        key: label.to_string(),
        count: (count as u32).into(),
        percent: percent(count as u32, n),
    };
    let funnel = vec![
        stage("referred", cases.len()),
        stage(
            "triaged",
            cases.iter().filter(|c| c.triaged_on.is_some()).count(),
        ),
        stage(
            "assessed",
            cases.iter().filter(|c| c.assessed_on.is_some()).count(),
        ),
        stage(
            "planned",
            cases.iter().filter(|c| c.planned_on.is_some()).count(),
        ),
        stage(
            "pathways-agreed",
            cases.iter().filter(|c| c.completed_on.is_some()).count(),
        ),
        stage(
            "followed-up",
            cases.iter().filter(|c| c.followed_on.is_some()).count(),
        ),
        stage(
            "closed-jointly",
            cases.iter().filter(|c| c.closed_jointly).count(),
        ),
    ];
    let sources: Vec<String> = cases.iter().map(|c| c.source.to_string()).collect();
    let segments: Vec<String> = cases
        .iter()
        .filter_map(|c| c.segment)
        .map(|s| s.to_string())
        .collect();
    let planned: Vec<&CaseFacts> = cases.iter().filter(|c| c.planned_on.is_some()).collect();
    let pathways: Vec<String> = planned.iter().flat_map(|c| c.pathways.clone()).collect();
    let mut onward = distribution(&pathways, catalogue.services);
    onward.n = (planned.len() as u32).into();
    for count in &mut onward.counts {
        count.percent = None;
    }
    onward.counts.retain(|c| c.count != Tally::Exact(0));
    let per_client: Vec<f64> = planned.iter().map(|c| c.pathways.len() as f64).collect();

    // Reception feedback.
    let feedback: Vec<&FeedbackFacts> = cases.iter().flat_map(|c| &c.feedback).collect();
    let scores: Vec<u8> = feedback.iter().filter_map(|f| f.usefulness).collect();
    let score_keys: Vec<String> = scores.iter().map(|s| s.to_string()).collect();
    let scale: Vec<String> = (1..=10).map(|s: u8| s.to_string()).collect();
    let likert: Vec<String> = LIKERT.iter().map(|s| s.to_string()).collect();
    let statements = catalogue
        .statements
        .iter()
        .filter_map(|(version, code)| {
            let answers: Vec<String> = feedback
                .iter()
                .flat_map(|f| &f.answers)
                .filter(|(v, c, _)| v == version && c == code)
                .map(|(_, _, a)| a.clone())
                .collect();
            (!answers.is_empty()).then(|| StatementFigure {
                version: *version,
                code: code.clone(),
                answers: distribution(&answers, &likert),
            })
        })
        .collect();

    // The pair's estimates.
    let estimates: Vec<&EstimateFacts> = cases.iter().flat_map(|c| &c.estimates).collect();
    let appointments: Vec<f64> = estimates
        .iter()
        .filter_map(|e| e.appointments)
        .map(f64::from)
        .collect();
    let naming: Vec<&&EstimateFacts> = estimates
        .iter()
        .filter(|e| !e.services.is_empty())
        .collect();
    let mut saved: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for e in &estimates {
        for (service, count) in &e.services {
            let entry = saved.entry(service.as_str()).or_default();
            entry.0 += 1;
            entry.1 += count;
        }
    }
    let saved_services = SavedServices {
        n: (naming.len() as u32).into(),
        services: catalogue
            .services
            .iter()
            .filter_map(|code| {
                saved
                    .get(code.as_str())
                    .map(|(receptions, appointments)| SavedService {
                        key: code.clone(),
                        receptions: (*receptions).into(),
                        appointments: (*appointments).into(),
                    })
            })
            .collect(),
    };
    let time_saved: Vec<String> = estimates
        .iter()
        .filter_map(|e| e.time_saved)
        .map(|t| t.to_string())
        .collect();
    let at_follow_up = estimates.iter().filter(|e| e.at_follow_up).count() as u32;

    // The professionals' surveys.
    let surveys: Vec<&SurveyFacts> = cases.iter().flat_map(|c| &c.surveys).collect();
    let added: Vec<(String, u8)> = surveys
        .iter()
        .filter_map(|s| Some((s.role.clone(), s.added_value?)))
        .collect();
    let kela: Vec<(String, u8)> = surveys
        .iter()
        .filter_map(|s| Some((s.role.clone(), s.kela_benefit?)))
        .collect();

    // The follow-up call.
    let follow_ups: Vec<&FollowUpFacts> =
        cases.iter().filter_map(|c| c.follow_up.as_ref()).collect();
    let reached: Vec<&&FollowUpFacts> = follow_ups
        .iter()
        .filter(|f| f.status != FollowUpStatus::Unreachable)
        .collect();
    let usefulness_at_follow_up: Vec<f64> = reached
        .iter()
        .filter_map(|f| f.usefulness)
        .map(f64::from)
        .collect();
    let statuses: Vec<String> = reached.iter().map(|f| f.status.to_string()).collect();
    let knows: Vec<bool> = reached.iter().filter_map(|f| f.knows_contact).collect();
    let complex: Vec<&CaseFacts> = cases
        .iter()
        .filter(|c| matches!(c.segment, Some(Segment::Verkosto | Segment::Yhteistyo)))
        .collect();
    let meetings = |with_kela: bool| -> Vec<f64> {
        complex
            .iter()
            .filter(|c| (c.kela_held > 0) == with_kela)
            .map(|c| f64::from(c.network_held))
            .collect()
    };
    let (with_kela, without_kela) = (mean(&meetings(true)), mean(&meetings(false)));
    let difference_percent = match (with_kela.mean, without_kela.mean) {
        (Some(with), Some(without)) if without > 0.0 => {
            Some(round((with - without) * 100.0 / without, 1))
        }
        _ => None,
    };
    let days = |pick: &dyn Fn(&CaseFacts) -> Option<(NaiveDate, NaiveDate)>| -> Vec<i64> {
        cases
            .iter()
            .filter_map(pick)
            .map(|(a, b)| (b - a).num_days())
            .collect()
    };
    let hours: std::collections::BTreeSet<&String> =
        cases.iter().flat_map(|c| &c.kela_hours).collect();
    let (hours, clients) = (
        hours.len() as u32,
        cases.iter().map(|c| c.kela_hours.len() as u32).sum::<u32>(),
    );
    let knows_yes = knows.iter().filter(|k| **k).count() as u32;
    Outcomes {
        cases: n.into(),
        funnel,
        referral_sources: distribution(&sources, &names(Source::ALL)),
        segments: distribution(&segments, &names(Segment::ALL)),
        onward_services: onward,
        onward_per_client: mean(&per_client),
        usefulness: mean(&scores.iter().map(|s| f64::from(*s)).collect::<Vec<_>>()),
        usefulness_scores: distribution(&score_keys, &scale),
        statements,
        appointments_saved_per_reception: mean(&appointments),
        saved_services,
        time_saved: distribution(&time_saved, &names(TimeSaved::ALL)),
        estimates_entered_at_follow_up: at_follow_up.into(),
        professional_surveys: Surveys {
            n: (surveys.len() as u32).into(),
            added_value: role_means(&added, &SURVEY_ROLES),
            kela_benefit: role_means(&kela, &SURVEY_ROLES),
        },
        usefulness_at_follow_up: mean(&usefulness_at_follow_up),
        follow_up_status: distribution(&statuses, &names(&FollowUpStatus::ALL[..3])),
        knows_pathway_and_contact: Share {
            n: (knows.len() as u32).into(),
            yes: knows_yes.into(),
            percent: percent(knows_yes, knows.len() as u32),
        },
        network_meetings: NetworkComparison {
            with_kela,
            without_kela,
            difference_percent,
        },
        kela_hours: KelaUse {
            hours_held: hours,
            clients: clients.into(),
            clients_per_hour: (hours > 0).then(|| round(f64::from(clients) / f64::from(hours), 2)),
        },
        days_between_phases: vec![
            interval(
                "referral",
                "triage",
                days(&|c| Some((c.opened_on, c.triaged_on?))),
            ),
            interval(
                "triage",
                "assessment",
                days(&|c| Some((c.triaged_on?, c.assessed_on?))),
            ),
            interval(
                "assessment",
                "plan",
                days(&|c| Some((c.assessed_on?, c.planned_on?))),
            ),
            interval(
                "plan",
                "follow-up",
                days(&|c| Some((c.completed_on?, c.followed_on?))),
            ),
        ],
    }
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
        let o = compute(&[], &empty());
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
        let i = interval("a", "b", vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert_eq!((i.median_days, i.p90_days), (Some(5.5), Some(9.0)));
        let i = interval("a", "b", vec![4]);
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
