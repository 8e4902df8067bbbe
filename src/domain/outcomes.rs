//! The effectiveness figures the pilots reported (domain.md, "Follow-up and effectiveness"),
//! computed from facts about each case. Every figure carries its N; an empty register gives
//! N = 0 and no value, never a division by zero.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::domain::{FollowUpStatus, Segment, Source, TimeSaved};

/// What the figures need to know about one case (nothing that identifies the client).
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub source: Source,
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
    pub network_held: u32,
    pub follow_up: Option<FollowUpFacts>,
}

/// The latest follow-up of a case.
#[derive(Debug, Clone)]
pub struct FollowUpFacts {
    pub status: FollowUpStatus,
    pub knows_contact: Option<bool>,
    pub usefulness: Option<u8>,
    pub appointments_saved: Option<u32>,
    pub time_saved: Option<TimeSaved>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Count {
    pub key: String,
    pub count: u32,
    /// Share of N in percent, one decimal.
    pub percent: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Distribution {
    pub n: u32,
    pub counts: Vec<Count>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Mean {
    pub n: u32,
    pub mean: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Share {
    pub n: u32,
    pub yes: u32,
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
    pub clients: u32,
    pub clients_per_hour: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Interval {
    pub from: &'static str,
    pub to: &'static str,
    pub n: u32,
    pub median_days: Option<f64>,
    /// Nearest-rank 90th percentile.
    pub p90_days: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Outcomes {
    pub cases: u32,
    pub funnel: Vec<Count>,
    pub referral_sources: Distribution,
    pub segments: Distribution,
    pub onward_services: Distribution,
    pub onward_per_client: Mean,
    pub appointments_saved_per_client: Mean,
    pub time_saved: Distribution,
    pub usefulness: Mean,
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
        n,
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
                count,
                percent: percent(count, n),
            }
        })
        .collect();
    Distribution { n, counts }
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
        n: n as u32,
        median_days: median,
        p90_days: p90,
    }
}

/// Every figure from the cases of the period and the Kela hours held for them
/// (`kela_hours`: the number of distinct hours, the number of client places held).
pub fn compute(cases: &[CaseFacts], services: &[String], kela_hours: (u32, u32)) -> Outcomes {
    let n = cases.len() as u32;
    let stage = |label: &str, count: usize| Count {
        key: label.to_string(),
        count: count as u32,
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
    let mut onward = distribution(&pathways, services);
    onward.n = planned.len() as u32;
    for count in &mut onward.counts {
        count.percent = None;
    }
    onward.counts.retain(|c| c.count > 0);
    let per_client: Vec<f64> = planned.iter().map(|c| c.pathways.len() as f64).collect();
    let follow_ups: Vec<&FollowUpFacts> =
        cases.iter().filter_map(|c| c.follow_up.as_ref()).collect();
    let reached: Vec<&&FollowUpFacts> = follow_ups
        .iter()
        .filter(|f| f.status != FollowUpStatus::Unreachable)
        .collect();
    let saved: Vec<f64> = reached
        .iter()
        .filter_map(|f| f.appointments_saved)
        .map(f64::from)
        .collect();
    let time_saved: Vec<String> = reached
        .iter()
        .filter_map(|f| f.time_saved)
        .map(|t| t.to_string())
        .collect();
    let usefulness: Vec<f64> = reached
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
    let (hours, clients) = kela_hours;
    Outcomes {
        cases: n,
        funnel,
        referral_sources: distribution(&sources, &names(Source::ALL)),
        segments: distribution(&segments, &names(Segment::ALL)),
        onward_services: onward,
        onward_per_client: mean(&per_client),
        appointments_saved_per_client: mean(&saved),
        time_saved: distribution(&time_saved, &names(TimeSaved::ALL)),
        usefulness: mean(&usefulness),
        follow_up_status: distribution(&statuses, &names(&FollowUpStatus::ALL[..3])),
        knows_pathway_and_contact: Share {
            n: knows.len() as u32,
            yes: knows.iter().filter(|k| **k).count() as u32,
            percent: percent(
                knows.iter().filter(|k| **k).count() as u32,
                knows.len() as u32,
            ),
        },
        network_meetings: NetworkComparison {
            with_kela,
            without_kela,
            difference_percent,
        },
        kela_hours: KelaUse {
            hours_held: hours,
            clients,
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

    #[test]
    fn an_empty_register_has_n_zero_and_no_values() {
        let o = compute(&[], &[], (0, 0));
        assert_eq!(o.cases, 0);
        assert_eq!(o.usefulness, Mean { n: 0, mean: None });
        assert_eq!(o.referral_sources.counts[0].percent, None);
        assert_eq!(o.network_meetings.difference_percent, None);
        assert_eq!(o.kela_hours.clients_per_hour, None);
        assert!(o
            .days_between_phases
            .iter()
            .all(|i| i.n == 0 && i.median_days.is_none()));
    }

    #[test]
    fn median_and_nearest_rank_p90() {
        let i = interval("a", "b", vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert_eq!((i.median_days, i.p90_days), (Some(5.5), Some(9.0)));
        let i = interval("a", "b", vec![4]);
        assert_eq!((i.median_days, i.p90_days), (Some(4.0), Some(4.0)));
    }
}
