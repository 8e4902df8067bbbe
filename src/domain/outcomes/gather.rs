//! The figures gathered case by case: what they need from each case is counted as the case
//! comes, and the figures are made at the end. A report reads its period a piece at a time, so
//! its memory does not grow with the register (`ops::report::outcomes`).
//!
//! Every mean is of whole numbers (scores, counts), so its sum is exact whatever order the cases
//! come in; the medians sort their days. The figures are the same for any order of the cases.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    percent, round, Count, Distribution, Interval, KelaUse, Mean, NetworkComparison, Outcomes,
    RoleMean, RoleMeans, SavedService, SavedServices, Share, StatementFigure, Surveys, LIKERT,
    SURVEY_ROLES,
};
use super::{CaseFacts, Catalogue, Tally};
use crate::domain::{FollowUpStatus, Segment, Source, TimeSaved};

/// How many of each key, and how many keys in all (a key outside the shown order counts in N).
#[derive(Debug, Default)]
struct Keys {
    n: u32,
    of: BTreeMap<String, u32>,
}

impl Keys {
    fn add(&mut self, key: &str) {
        self.n += 1;
        match self.of.get_mut(key) {
            Some(count) => *count += 1,
            None => {
                self.of.insert(key.to_string(), 1);
            }
        }
    }

    fn count(&self, key: &str) -> u32 {
        self.of.get(key).copied().unwrap_or(0)
    }

    /// Counts in the order of `order`, every key listed even at zero.
    fn distribution<T: ToString>(&self, order: &[T]) -> Distribution {
        let counts = order
            .iter()
            .map(|key| {
                let key = key.to_string();
                let count = self.count(&key);
                Count {
                    key,
                    count: count.into(),
                    percent: percent(count, self.n),
                }
            })
            .collect();
        Distribution {
            n: self.n.into(),
            counts,
        }
    }
}

/// The values of a mean: how many, and their sum (whole numbers).
#[derive(Debug, Default, Clone, Copy)]
struct Sum {
    n: u32,
    total: u64,
}

impl Sum {
    fn add(&mut self, value: u32) {
        self.n += 1;
        self.total += u64::from(value);
    }

    fn mean(self) -> Mean {
        Mean {
            n: self.n.into(),
            mean: (self.n > 0).then(|| round(self.total as f64 / f64::from(self.n), 2)),
        }
    }
}

/// A 1–5 score over all respondents and for each role of `SURVEY_ROLES`.
#[derive(Debug, Default)]
struct Roles {
    all: Sum,
    by_role: [Sum; SURVEY_ROLES.len()],
}

impl Roles {
    fn add(&mut self, role: &str, value: u8) {
        self.all.add(u32::from(value));
        if let Some(i) = SURVEY_ROLES.iter().position(|r| *r == role) {
            self.by_role[i].add(u32::from(value));
        }
    }

    fn means(&self) -> RoleMeans {
        RoleMeans {
            all: self.all.mean(),
            by_role: SURVEY_ROLES
                .iter()
                .zip(self.by_role)
                .map(|(role, sum)| {
                    let m = sum.mean();
                    RoleMean {
                        role: role.to_string(),
                        n: m.n,
                        mean: m.mean,
                    }
                })
                .collect(),
        }
    }
}

/// The phases whose days between are shown, in order.
const INTERVALS: [(&str, &str); 4] = [
    ("referral", "triage"),
    ("triage", "assessment"),
    ("assessment", "plan"),
    ("plan", "follow-up"),
];

/// Every figure's counts so far; `add` each case, then `finish`.
#[derive(Debug, Default)]
pub struct Gathered {
    cases: u32,
    /// The cases past each stage of `FUNNEL`.
    funnel: [u32; FUNNEL.len()],
    sources: Keys,
    segments: Keys,
    /// Cases with a plan, their pathways' services, and pathways per such case.
    planned: u32,
    pathways: Keys,
    per_client: Sum,
    usefulness: Sum,
    scores: Keys,
    /// Answers by (statement version, statement code).
    statements: BTreeMap<(u32, String), Keys>,
    appointments: Sum,
    /// Estimates that named a service, and by service (estimates, appointments).
    naming: u32,
    saved: BTreeMap<String, (u32, u32)>,
    time_saved: Keys,
    at_follow_up: u32,
    surveys: u32,
    added_value: Roles,
    kela_benefit: Roles,
    usefulness_at_follow_up: Sum,
    statuses: Keys,
    knows: Sum,
    with_kela: Sum,
    without_kela: Sum,
    hours: BTreeSet<String>,
    clients_at_hours: u32,
    /// Days between the phases of `INTERVALS` (none negative), for medians.
    days: [Vec<u32>; INTERVALS.len()],
}

/// The funnel's stages, in order.
const FUNNEL: [&str; 7] = [
    "referred",
    "triaged",
    "assessed",
    "planned",
    "pathways-agreed",
    "followed-up",
    "closed-jointly",
];

impl Gathered {
    /// Counts one case.
    pub fn add(&mut self, case: &CaseFacts) {
        self.cases += 1;
        let stages = [
            true,
            case.triaged_on.is_some(),
            case.assessed_on.is_some(),
            case.planned_on.is_some(),
            case.completed_on.is_some(),
            case.followed_on.is_some(),
            case.closed_jointly,
        ];
        for (count, past) in self.funnel.iter_mut().zip(stages) {
            *count += u32::from(past);
        }
        self.sources.add(case.source.as_str());
        if let Some(segment) = case.segment {
            self.segments.add(segment.as_str());
        }
        if case.planned_on.is_some() {
            self.planned += 1;
            for service in &case.pathways {
                self.pathways.add(service);
            }
            self.per_client.add(case.pathways.len() as u32);
        }

        // Reception feedback.
        for feedback in &case.feedback {
            if let Some(score) = feedback.usefulness {
                self.usefulness.add(u32::from(score));
                self.scores.add(&score.to_string());
            }
            for (version, code, answer) in &feedback.answers {
                self.statements
                    .entry((*version, code.clone()))
                    .or_default()
                    .add(answer);
            }
        }

        // The pair's estimates.
        for estimate in &case.estimates {
            if let Some(appointments) = estimate.appointments {
                self.appointments.add(appointments);
            }
            if !estimate.services.is_empty() {
                self.naming += 1;
            }
            for (service, count) in &estimate.services {
                let entry = self.saved.entry(service.clone()).or_default();
                entry.0 += 1;
                entry.1 += count;
            }
            if let Some(time) = estimate.time_saved {
                self.time_saved.add(time.as_str());
            }
            self.at_follow_up += u32::from(estimate.at_follow_up);
        }

        // The professionals' surveys.
        for survey in &case.surveys {
            self.surveys += 1;
            if let Some(value) = survey.added_value {
                self.added_value.add(&survey.role, value);
            }
            if let Some(value) = survey.kela_benefit {
                self.kela_benefit.add(&survey.role, value);
            }
        }

        // The follow-up call (clients reached).
        if let Some(f) = &case.follow_up {
            if f.status != FollowUpStatus::Unreachable {
                if let Some(score) = f.usefulness {
                    self.usefulness_at_follow_up.add(u32::from(score));
                }
                self.statuses.add(f.status.as_str());
                if let Some(knows) = f.knows_contact {
                    self.knows.add(u32::from(knows));
                }
            }
        }
        if matches!(case.segment, Some(Segment::Verkosto | Segment::Yhteistyo)) {
            match case.kela_held > 0 {
                true => self.with_kela.add(case.network_held),
                false => self.without_kela.add(case.network_held),
            }
        }
        for hour in &case.kela_hours {
            if !self.hours.contains(hour) {
                self.hours.insert(hour.clone());
            }
        }
        self.clients_at_hours += case.kela_hours.len() as u32;

        let between = [
            Some(case.opened_on).zip(case.triaged_on),
            case.triaged_on.zip(case.assessed_on),
            case.assessed_on.zip(case.planned_on),
            case.completed_on.zip(case.followed_on),
        ];
        for (days, dates) in self.days.iter_mut().zip(between) {
            if let Some(d) = dates.and_then(|(a, b)| u32::try_from((b - a).num_days()).ok()) {
                days.push(d);
            }
        }
    }

    /// Every figure from the cases counted.
    pub fn finish(self, catalogue: &Catalogue) -> Outcomes {
        let n = self.cases;
        let funnel = FUNNEL
            .iter()
            .zip(self.funnel)
            .map(|(key, count)| Count {
                key: key.to_string(),
                count: count.into(),
                percent: percent(count, n),
            })
            .collect();
        // Services of the catalogue only, without shares, with N the cases planned.
        let onward = Distribution {
            n: self.planned.into(),
            counts: catalogue
                .services
                .iter()
                .filter_map(|code| {
                    let count = self.pathways.count(code);
                    (count > 0).then(|| Count {
                        key: code.clone(),
                        count: count.into(),
                        percent: None,
                    })
                })
                .collect(),
        };
        let statements = catalogue
            .statements
            .iter()
            .filter_map(|(version, code)| {
                let answers = self.statements.get(&(*version, code.clone()))?;
                Some(StatementFigure {
                    version: *version,
                    code: code.clone(),
                    answers: answers.distribution(&LIKERT),
                })
            })
            .collect();
        let saved_services = SavedServices {
            n: self.naming.into(),
            services: catalogue
                .services
                .iter()
                .filter_map(|code| {
                    self.saved
                        .get(code)
                        .map(|(receptions, appointments)| SavedService {
                            key: code.clone(),
                            receptions: (*receptions).into(),
                            appointments: (*appointments).into(),
                        })
                })
                .collect(),
        };
        let (with_kela, without_kela) = (self.with_kela.mean(), self.without_kela.mean());
        let difference_percent = match (with_kela.mean, without_kela.mean) {
            (Some(with), Some(without)) if without > 0.0 => {
                Some(round((with - without) * 100.0 / without, 1))
            }
            _ => None,
        };
        let hours = self.hours.len() as u32;
        let clients = self.clients_at_hours;
        let scale: Vec<String> = (1..=10).map(|s: u8| s.to_string()).collect();
        Outcomes {
            cases: n.into(),
            funnel,
            referral_sources: self.sources.distribution(Source::ALL),
            segments: self.segments.distribution(Segment::ALL),
            onward_services: onward,
            onward_per_client: self.per_client.mean(),
            usefulness: self.usefulness.mean(),
            usefulness_scores: self.scores.distribution(&scale),
            statements,
            appointments_saved_per_reception: self.appointments.mean(),
            saved_services,
            time_saved: self.time_saved.distribution(TimeSaved::ALL),
            estimates_entered_at_follow_up: self.at_follow_up.into(),
            professional_surveys: Surveys {
                n: self.surveys.into(),
                added_value: self.added_value.means(),
                kela_benefit: self.kela_benefit.means(),
            },
            usefulness_at_follow_up: self.usefulness_at_follow_up.mean(),
            follow_up_status: self.statuses.distribution(&FollowUpStatus::ALL[..3]),
            knows_pathway_and_contact: Share {
                n: self.knows.n.into(),
                yes: (self.knows.total as u32).into(),
                percent: percent(self.knows.total as u32, self.knows.n),
            },
            network_meetings: NetworkComparison {
                with_kela,
                without_kela,
                difference_percent,
            },
            kela_hours: KelaUse {
                hours_held: hours,
                clients: clients.into(),
                clients_per_hour: (hours > 0)
                    .then(|| round(f64::from(clients) / f64::from(hours), 2)),
            },
            days_between_phases: INTERVALS
                .iter()
                .zip(self.days)
                .map(|((from, to), days)| interval(from, to, days))
                .collect(),
        }
    }
}

/// The median and nearest-rank 90th percentile of days.
pub(super) fn interval(from: &'static str, to: &'static str, mut days: Vec<u32>) -> Interval {
    days.sort_unstable();
    let n = days.len();
    let at = |i: usize| f64::from(days[i]);
    let median = (n > 0).then(|| {
        if n % 2 == 1 {
            at(n / 2)
        } else {
            (at(n / 2 - 1) + at(n / 2)) / 2.0
        }
    });
    let p90 = (n > 0).then(|| at(((0.9 * n as f64).ceil() as usize).clamp(1, n) - 1));
    Interval {
        from,
        to,
        n: Tally::from(n as u32),
        median_days: median,
        p90_days: p90,
    }
}

/// Counts of `keys` in the order of `order` (for the tests of suppression).
#[cfg(test)]
pub(super) fn distribution(keys: &[String], order: &[String]) -> Distribution {
    let mut counted = Keys::default();
    for key in keys {
        counted.add(key);
    }
    counted.distribution(order)
}
