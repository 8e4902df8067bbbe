//! Slot rules and the slot finder: which times a kind of meeting can be held, and why a given
//! time cannot. Pure functions; the register supplies what is already booked and which days the
//! team has closed.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use schemars::JsonSchema;

use crate::domain::calendar;
use crate::domain::MeetingKind;
use crate::text;

/// A weekly (or every-other-week) slot of a fixed meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, JsonSchema)]
pub struct SlotRule {
    pub id: i64,
    pub kind: MeetingKind,
    /// ISO weekday, Monday = 1.
    pub weekday: u32,
    #[serde(serialize_with = "hh_mm")]
    #[schemars(with = "String")]
    pub start: NaiveTime,
    pub minutes: u32,
    pub capacity: u32,
    pub every_weeks: u32,
    /// With `every_weeks = 2`: the parity of the ISO week numbers it runs in.
    pub week_parity: u32,
    /// The region whose rule it is; `None`: every region's.
    pub region: Option<String>,
}

fn hh_mm<S: serde::Serializer>(time: &NaiveTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.format("%H:%M").to_string())
}

impl SlotRule {
    /// Whether the rule gives slots to a case of `region`: a rule of every region does, a
    /// region's rule to that region's cases only.
    pub fn applies_to(&self, region: Option<&str>) -> bool {
        match (&self.region, region) {
            (None, _) => true,
            (Some(rule), Some(case)) => rule.eq_ignore_ascii_case(case),
            (Some(_), None) => false,
        }
    }

    pub fn holds_on(&self, date: NaiveDate) -> bool {
        date.weekday().number_from_monday() == self.weekday
            && (self.every_weeks == 1 || calendar::week_parity(date) == self.week_parity)
    }
}

/// One occurrence of a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub kind: MeetingKind,
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    pub capacity: u32,
}

/// Why a day has no meetings, if it has none.
pub fn day_closed(date: NaiveDate, closed: &dyn Fn(NaiveDate) -> Option<String>) -> Option<String> {
    if date.weekday().number_from_monday() > 5 {
        return Some(text::weekend(date));
    }
    if let Some(name) = calendar::holiday(date) {
        return Some(text::public_holiday(date, name));
    }
    closed(date).map(|reason| text::team_closed(date, &reason))
}

/// Whether a day has meetings (`day_closed` without its reason's words, for the slot searches
/// that only skip the day).
fn day_open(date: NaiveDate, closed: &dyn Fn(NaiveDate) -> Option<String>) -> bool {
    date.weekday().number_from_monday() <= 5
        && calendar::holiday(date).is_none()
        && closed(date).is_none()
}

/// The slots of `kind` that start at or after `from`, day by day for `days` days, skipping
/// weekends, holidays and closed days.
pub fn slots_from(
    rules: &[SlotRule],
    kind: MeetingKind,
    from: NaiveDateTime,
    days: u64,
    closed: &dyn Fn(NaiveDate) -> Option<String>,
) -> Vec<Slot> {
    let mut out = Vec::new();
    for offset in 0..days {
        let date = from.date() + Days::new(offset);
        if !day_open(date, closed) {
            continue;
        }
        let mut today: Vec<Slot> = rules
            .iter()
            .filter(|r| r.kind == kind && r.holds_on(date))
            .map(|r| Slot {
                kind,
                starts_at: date.and_time(r.start),
                minutes: r.minutes,
                capacity: r.capacity,
            })
            .filter(|s| s.starts_at >= from)
            .collect();
        today.sort_by_key(|s| s.starts_at);
        out.extend(today);
    }
    out
}

/// The rule that makes `at` a slot of `kind`, or a message listing the kind's slots.
pub fn rule_at(
    rules: &[SlotRule],
    kind: MeetingKind,
    at: NaiveDateTime,
) -> Result<&SlotRule, String> {
    rules
        .iter()
        .find(|r| r.kind == kind && r.holds_on(at.date()) && r.start == at.time())
        .ok_or_else(|| text::no_slot_at(kind, at, &describe(rules, kind)))
}

/// The slots of a kind in words, e.g. "Wednesday 12:30, Wednesday 14:00".
pub fn describe(rules: &[SlotRule], kind: MeetingKind) -> String {
    let listed: Vec<String> = rules
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| {
            text::slot_words(
                r.weekday,
                &r.start.format("%H:%M").to_string(),
                r.every_weeks,
                r.week_parity,
            )
        })
        .collect();
    if listed.is_empty() {
        text::no_slots()
    } else {
        listed.join(", ")
    }
}

/// The date `working_days` working days before `date` (the Kela form's deadline).
pub fn working_days_before(
    date: NaiveDate,
    working_days: u32,
    closed: &dyn Fn(NaiveDate) -> Option<String>,
) -> NaiveDate {
    let mut day = date;
    let mut left = working_days;
    while left > 0 {
        day = day - Days::new(1);
        if day_open(day, closed) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(
        kind: MeetingKind,
        weekday: u32,
        start: &str,
        capacity: u32,
        every_weeks: u32,
    ) -> SlotRule {
        SlotRule {
            id: 0,
            kind,
            weekday,
            start: NaiveTime::parse_from_str(start, "%H:%M").expect("time"),
            minutes: 90,
            capacity,
            every_weeks,
            week_parity: 0,
            region: None,
        }
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time")
    }

    #[test]
    fn christmas_eve_on_a_wednesday_has_no_joint_assessment() {
        let rules = [
            rule(MeetingKind::JointAssessment, 3, "12:30", 1, 1),
            rule(MeetingKind::JointAssessment, 3, "14:00", 1, 1),
        ];
        // 24.12.2025 is a Wednesday and Christmas Eve; 31.12.2025 is the next Wednesday.
        let slots = slots_from(
            &rules,
            MeetingKind::JointAssessment,
            at("2025-12-23 09:00"),
            14,
            &|_| None,
        );
        assert_eq!(slots[0].starts_at, at("2025-12-31 12:30"));
        assert_eq!(slots[1].starts_at, at("2025-12-31 14:00"));
    }

    #[test]
    fn biweekly_slots_keep_their_parity_and_closed_days_are_skipped() {
        let rules = [rule(MeetingKind::Team, 3, "12:00", 3, 2)];
        let slots = slots_from(
            &rules,
            MeetingKind::Team,
            at("2026-11-23 08:00"),
            42,
            &|_| None,
        );
        let dates: Vec<String> = slots
            .iter()
            .map(|s| s.starts_at.date().to_string())
            .collect();
        // Even ISO weeks: W48 (25.11.), W50 (9.12.); W52 would be 23.12., W2 7.1.2027.
        assert_eq!(dates, ["2026-11-25", "2026-12-09", "2026-12-23"]);
        let closed = |d: NaiveDate| (d.to_string() == "2026-12-09").then(|| "training".to_string());
        let slots = slots_from(
            &rules,
            MeetingKind::Team,
            at("2026-11-26 08:00"),
            42,
            &closed,
        );
        assert_eq!(slots[0].starts_at, at("2026-12-23 12:00"));
    }

    #[test]
    fn a_time_that_is_no_slot_is_refused_naming_the_slots() {
        let rules = [rule(MeetingKind::JointAssessment, 3, "12:30", 1, 1)];
        let error = rule_at(&rules, MeetingKind::JointAssessment, at("2026-11-25 13:00"))
            .expect_err("no slot");
        assert!(error.contains("Wednesday 12:30"), "{error}");
        assert!(rule_at(&rules, MeetingKind::JointAssessment, at("2026-11-25 12:30")).is_ok());
    }

    #[test]
    fn the_kela_form_deadline_counts_working_days() {
        let none = |_: NaiveDate| None;
        // Thursday 3.12.2026: two working days before is Tuesday 1.12.
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        assert_eq!(
            working_days_before(thursday, 2, &none).to_string(),
            "2026-12-01"
        );
        // Tuesday 8.12.2026: Monday 7.12. and Friday 4.12. (Independence Day fell on Sunday).
        let monday = NaiveDate::from_ymd_opt(2026, 12, 8).expect("date");
        assert_eq!(
            working_days_before(monday, 2, &none).to_string(),
            "2026-12-04"
        );
    }
}
