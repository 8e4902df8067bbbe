//! `report outcomes --by`: every figure for each group of cases.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::suppress::hide;
use super::{age_band, CaseFacts, Catalogue, Gathered, Outcomes, Tally};

closed_enum! {
    /// What `report outcomes --by` breaks every figure down by.
    By, field = "--by" {
        Area => "area",
        Group => "group",
        AgeBand => "age-band",
        Municipality => "municipality",
        Region => "region",
        Source => "source",
    }
}

/// The key of a group of cases with no value for the breakdown.
pub const NO_VALUE: &str = "none";

/// The values a case has for a breakdown: each case counts once per value it has (a case
/// referred from one area with pathways to another is in both), or under "none".
pub fn values_of(case: &CaseFacts, by: By) -> Vec<String> {
    let values: Vec<String> = match by {
        By::Area => case.areas.clone(),
        By::Group => vec![case.group.to_string()],
        By::AgeBand => case
            .age
            .map(|a| vec![age_band(a).to_string()])
            .unwrap_or_default(),
        By::Municipality => case.municipality.clone().into_iter().collect(),
        By::Region => case.region.clone().into_iter().collect(),
        By::Source => vec![case.source.to_string()],
    };
    if values.is_empty() {
        vec![NO_VALUE.to_string()]
    } else {
        values
    }
}

/// One group of a breakdown: its key and every figure for its cases.
#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Group {
    pub key: String,
    pub outcomes: Outcomes,
}

#[derive(Debug, Serialize, PartialEq, JsonSchema)]
pub struct Breakdown {
    pub by: By,
    /// Cases counted in more than one group: when above 0, the groups' cases add up to more
    /// than the total.
    pub cases_in_several_groups: Tally,
    pub groups: Vec<Group>,
}

/// Each group's figures so far, and the cases in more than one group; `add` each case, then
/// `finish`.
#[derive(Debug)]
pub struct Grouped {
    by: By,
    several: u32,
    groups: BTreeMap<String, Gathered>,
}

impl Grouped {
    pub fn new(by: By) -> Self {
        Grouped {
            by,
            several: 0,
            groups: BTreeMap::new(),
        }
    }

    /// Counts one case in each of its groups.
    pub fn add(&mut self, case: &CaseFacts) {
        let values = values_of(case, self.by);
        if values.len() > 1 {
            self.several += 1;
        }
        for value in values {
            self.groups.entry(value).or_default().add(case);
        }
    }

    /// Every figure for each group; `order` lists the keys in the order they are shown (the keys
    /// found and not in it follow, sorted; "none" last).
    pub fn finish(mut self, catalogue: &Catalogue, order: &[String]) -> Breakdown {
        let mut keys: Vec<String> = order
            .iter()
            .filter(|k| self.groups.contains_key(*k))
            .cloned()
            .collect();
        for key in self.groups.keys() {
            if !keys.contains(key) && key != NO_VALUE {
                keys.push(key.clone());
            }
        }
        if self.groups.contains_key(NO_VALUE) && !keys.iter().any(|k| k == NO_VALUE) {
            keys.push(NO_VALUE.to_string());
        }
        Breakdown {
            by: self.by,
            cases_in_several_groups: self.several.into(),
            groups: keys
                .into_iter()
                .filter_map(|key| {
                    let outcomes = self.groups.remove(&key)?.finish(catalogue);
                    Some(Group { key, outcomes })
                })
                .collect(),
        }
    }
}

impl Breakdown {
    pub fn suppress(&mut self) {
        hide(&mut self.cases_in_several_groups);
        for g in &mut self.groups {
            g.outcomes.suppress();
        }
    }
}
