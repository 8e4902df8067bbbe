//! Small-cell suppression of the figures for an anonymous output.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Distribution, Outcomes, SMALL_CELL, WITHHELD};

/// A count of people or of answers: exact; "<5" where a count from 1 to 4 is suppressed; or "x"
/// where a larger count is withheld so that a "<5" beside it cannot be recovered from the total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tally {
    Exact(u32),
    Small,
    Withheld,
}

impl Tally {
    pub fn exact(self) -> Option<u32> {
        match self {
            Tally::Exact(n) => Some(n),
            Tally::Small | Tally::Withheld => None,
        }
    }

    /// The count as the tables print it: the number, or "<5".
    pub fn shown(self) -> String {
        match self {
            Tally::Exact(n) => n.to_string(),
            Tally::Small => format!("<{SMALL_CELL}"),
            Tally::Withheld => WITHHELD.to_string(),
        }
    }

    fn is_small(self) -> bool {
        matches!(self, Tally::Exact(n) if n > 0 && n < SMALL_CELL)
    }
}

impl From<u32> for Tally {
    fn from(n: u32) -> Self {
        Tally::Exact(n)
    }
}

impl Serialize for Tally {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tally::Exact(n) => s.serialize_u32(*n),
            Tally::Small => s.serialize_str("<5"),
            Tally::Withheld => s.serialize_str(WITHHELD),
        }
    }
}

impl JsonSchema for Tally {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tally".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A count: a whole number; \"<5\" where a count from 1 to 4 is suppressed in an anonymous output; \"x\" where a larger count is withheld so that a \"<5\" beside it cannot be recovered from the total.",
            "oneOf": [
                {"type": "integer", "minimum": 0},
                {"const": "<5"},
                {"const": "x"}
            ]
        })
    }
}

pub(super) fn hide(t: &mut Tally) -> bool {
    if t.is_small() {
        *t = Tally::Small;
        true
    } else {
        false
    }
}

fn hide_mean(n: &mut Tally, mean: &mut Option<f64>) {
    if hide(n) {
        *mean = None;
    }
}

/// A distribution's small cells, and where exactly one cell was hidden and the total is shown,
/// the smallest other non-zero cell too (else the hidden one is the total less the rest).
fn hide_distribution(d: &mut Distribution) {
    let total_hidden = hide(&mut d.n);
    let mut hidden = 0;
    for c in &mut d.counts {
        if hide(&mut c.count) {
            hidden += 1;
        }
        if total_hidden || c.count.exact().is_none() {
            c.percent = None;
        }
    }
    if hidden == 1 && !total_hidden {
        let smallest = d
            .counts
            .iter_mut()
            .filter(|c| c.count.exact().is_some_and(|n| n > 0))
            .min_by_key(|c| c.count.exact());
        if let Some(c) = smallest {
            c.count = Tally::Withheld;
            c.percent = None;
        }
    }
}

impl Outcomes {
    /// The same figures for an anonymous output: every count of people or answers from 1 to 4 as
    /// "<5", the values computed from such a count withheld, and complementary cells withheld
    /// where a hidden cell could be recovered from a total.
    pub fn suppress(&mut self) {
        hide(&mut self.cases);
        let cases_hidden = self.cases == Tally::Small;
        for c in &mut self.funnel {
            if hide(&mut c.count) || cases_hidden {
                c.percent = None;
            }
        }
        hide_distribution(&mut self.referral_sources);
        hide_distribution(&mut self.segments);
        hide_distribution(&mut self.onward_services);
        hide_mean(
            &mut self.onward_per_client.n,
            &mut self.onward_per_client.mean,
        );
        hide_mean(&mut self.usefulness.n, &mut self.usefulness.mean);
        hide_distribution(&mut self.usefulness_scores);
        for s in &mut self.statements {
            hide_distribution(&mut s.answers);
        }
        let a = &mut self.appointments_saved_per_reception;
        hide_mean(&mut a.n, &mut a.mean);
        hide(&mut self.saved_services.n);
        for s in &mut self.saved_services.services {
            let receptions_hidden = hide(&mut s.receptions);
            if !hide(&mut s.appointments) && receptions_hidden {
                s.appointments = Tally::Withheld;
            }
        }
        hide_distribution(&mut self.time_saved);
        hide(&mut self.estimates_entered_at_follow_up);
        let surveys = &mut self.professional_surveys;
        hide(&mut surveys.n);
        for means in [&mut surveys.added_value, &mut surveys.kela_benefit] {
            hide_mean(&mut means.all.n, &mut means.all.mean);
            for r in &mut means.by_role {
                hide_mean(&mut r.n, &mut r.mean);
            }
        }
        let f = &mut self.usefulness_at_follow_up;
        hide_mean(&mut f.n, &mut f.mean);
        hide_distribution(&mut self.follow_up_status);
        let k = &mut self.knows_pathway_and_contact;
        let (n, yes) = (k.n.exact().unwrap_or(0), k.yes.exact().unwrap_or(0));
        if hide(&mut k.n) {
            hide(&mut k.yes);
            k.percent = None;
        } else if hide(&mut k.yes) || (1..SMALL_CELL).contains(&(n - yes)) {
            if k.yes != Tally::Small {
                k.yes = Tally::Withheld;
            }
            k.percent = None;
        }
        let m = &mut self.network_meetings;
        let with_hidden = hide(&mut m.with_kela.n);
        let without_hidden = hide(&mut m.without_kela.n);
        if with_hidden {
            m.with_kela.mean = None;
        }
        if without_hidden {
            m.without_kela.mean = None;
        }
        if with_hidden || without_hidden {
            m.difference_percent = None;
        }
        if hide(&mut self.kela_hours.clients) {
            self.kela_hours.clients_per_hour = None;
        }
        for i in &mut self.days_between_phases {
            if hide(&mut i.n) {
                i.median_days = None;
                i.p90_days = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::gather::distribution;
    use super::*;

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        let keys: Vec<String> = ["a"; 9]
            .into_iter()
            .chain(["b"; 6])
            .chain(["c"; 2])
            .map(String::from)
            .collect();
        let order: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        let mut d = distribution(&keys, &order);
        hide_distribution(&mut d);
        let shown: Vec<String> = d.counts.iter().map(|c| c.count.shown()).collect();
        assert_eq!(shown, ["9", "x", "<5", "0"]);
        assert_eq!(d.n, Tally::Exact(17));
        assert!(d.counts[1..3].iter().all(|c| c.percent.is_none()));
        // Two small cells protect each other.
        let keys: Vec<String> = ["a"; 9]
            .into_iter()
            .chain(["b"; 3])
            .chain(["c"; 2])
            .map(String::from)
            .collect();
        let mut d = distribution(&keys, &order);
        hide_distribution(&mut d);
        let shown: Vec<String> = d.counts.iter().map(|c| c.count.shown()).collect();
        assert_eq!(shown, ["9", "<5", "<5", "0"]);
    }
}
