//! The coordinators' work list (`moty report queue`) as sections, each a list of its own with its
//! own order and its own place: what `--section` names and `--after` continues from (keyset
//! paging, as in domain::paging). A section is read a page at a time, so the list costs the rows
//! it shows, whatever the register's size.

use chrono::NaiveDateTime;

use super::paging::{ListKey, QueueKey};
use super::report::missing;
use super::validate;
use crate::error::UserError;
use crate::text;

/// A section of the work list, in the order the list prints them. (Plain comments on the
/// variants: clap would print doc comments as the values' help, in English only.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Part {
    // Untriaged referrals: urgent first, then longest waiting.
    Untriaged,
    // Meetings past their start still booked: by start, then meeting number.
    MeetingsToMarkHeld,
    // Kela hours ahead whose consent form is not yet sent: by start, then meeting number.
    KelaForms,
    // Consents still to collect: by the case's waiting order, then the consent.
    ConsentsToCollect,
    // Follow-ups due within a week (or overdue): by due date, then case.
    FollowUpsDue,
    // Plans without a named key worker: by the case's waiting order.
    PlansWithoutKeyWorker,
    // Yhteistyö-tiimi units that still owe a step: by case, then as the request names them.
    TeamUnitsLate,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Untriaged,
        Part::MeetingsToMarkHeld,
        Part::KelaForms,
        Part::ConsentsToCollect,
        Part::FollowUpsDue,
        Part::PlansWithoutKeyWorker,
        Part::TeamUnitsLate,
    ];

    /// The section's key: its JSON field, its `--section` value and its title's id.
    pub fn key(self) -> &'static str {
        match self {
            Part::Untriaged => "untriaged",
            Part::MeetingsToMarkHeld => "meetings_to_mark_held",
            Part::KelaForms => "kela_forms",
            Part::ConsentsToCollect => "consents_to_collect",
            Part::FollowUpsDue => "follow_ups_due",
            Part::PlansWithoutKeyWorker => "plans_without_key_worker",
            Part::TeamUnitsLate => "team_units_late",
        }
    }

    /// The section's columns, in order; every section ends with `non_disclosure`.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Part::Untriaged => &["case", "name", "days_waiting", "urgency", "non_disclosure"],
            Part::MeetingsToMarkHeld => &[
                "meeting",
                "case",
                "name",
                "kind",
                "starts_at",
                "non_disclosure",
            ],
            Part::KelaForms => &["case", "name", "kela_hour", "non_disclosure"],
            Part::ConsentsToCollect => &["case", "name", "phase", "missing", "non_disclosure"],
            Part::FollowUpsDue => &["case", "name", "due_on", "non_disclosure"],
            Part::PlansWithoutKeyWorker => &["case", "name", "phase", "non_disclosure"],
            Part::TeamUnitsLate => &[
                "case",
                "name",
                "unit",
                "missing",
                "sent_on",
                "due_on",
                "non_disclosure",
            ],
        }
    }

    /// Reads a place of this section, as a page ended with it (`--after`).
    pub fn place(self, field: &str, value: &str) -> Result<Place, UserError> {
        let bad = || UserError::invalid(field, text::work_place_shape(value, self.shape()));
        match self {
            Part::Untriaged => QueueKey::parse(field, value)
                .map(Place::Queue)
                .map_err(|_| bad()),
            Part::MeetingsToMarkHeld | Part::KelaForms => {
                let (at, id) = value.trim().split_once(',').ok_or_else(bad)?;
                let at = NaiveDateTime::parse_from_str(at.trim(), "%Y-%m-%dT%H:%M")
                    .map_err(|_| bad())?;
                let id = id.trim().parse::<i64>().map_err(|_| bad())?;
                Ok(Place::Meeting { at, id })
            }
            Part::ConsentsToCollect => {
                let (case, consent) = value.trim().rsplit_once(',').ok_or_else(bad)?;
                let consent = match consent.trim() {
                    missing::MULTI_PROFESSIONAL_CONSENT => 0,
                    missing::CONTACT_REQUEST => 1,
                    _ => return Err(bad()),
                };
                let at = ListKey::parse(field, case).map_err(|_| bad())?;
                Ok(Place::Consent { at, consent })
            }
            Part::FollowUpsDue | Part::PlansWithoutKeyWorker => ListKey::parse(field, value)
                .map(Place::Case)
                .map_err(|_| bad()),
            Part::TeamUnitsLate => {
                let (case, unit) = value.trim().split_once(',').ok_or_else(bad)?;
                let case = validate::case_id(field, case).map_err(|_| bad())?;
                let (year, seq) = validate::case_sort_key(&case);
                let unit = unit.trim().parse::<i64>().map_err(|_| bad())?;
                Ok(Place::Unit {
                    year: i64::from(year),
                    seq: i64::from(seq),
                    unit,
                })
            }
        }
    }

    /// An example of the section's places, for the message on one that is not.
    fn shape(self) -> &'static str {
        match self {
            Part::Untriaged => "normal,2026-03-04,2026-0042",
            Part::MeetingsToMarkHeld | Part::KelaForms => "2026-03-04T09:00,17",
            Part::ConsentsToCollect => "2026-03-04,2026-0042,contact-request",
            Part::FollowUpsDue | Part::PlansWithoutKeyWorker => "2026-03-04,2026-0042",
            Part::TeamUnitsLate => "2026-0042,2",
        }
    }
}

/// A row's place in its section's order (each section compares its own kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Queue(QueueKey),
    /// A meeting: its start, then its number.
    Meeting {
        at: NaiveDateTime,
        id: i64,
    },
    /// A consent missing from a case: the case's place, then 0 for the multi-professional
    /// consent, 1 for the contact request.
    Consent {
        at: ListKey,
        consent: i64,
    },
    /// A case by a date (its due date, or since when it is in its phase), then its number.
    Case(ListKey),
    /// A unit of a case's Yhteistyö-tiimi request: the case, then the unit's place in the
    /// request (from 1).
    Unit {
        year: i64,
        seq: i64,
        unit: i64,
    },
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Queue(key) => write!(f, "{key}"),
            Place::Meeting { at, id } => write!(f, "{},{id}", at.format("%Y-%m-%dT%H:%M")),
            Place::Consent { at, consent } => {
                let code = if *consent == 0 {
                    missing::MULTI_PROFESSIONAL_CONSENT
                } else {
                    missing::CONTACT_REQUEST
                };
                write!(f, "{at},{code}")
            }
            Place::Case(key) => write!(f, "{key}"),
            Place::Unit { year, seq, unit } => write!(f, "{year}-{seq:04},{unit}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_reads_back_its_own_places() {
        for part in Part::ALL {
            let place = part.place("--after", part.shape()).expect("the example");
            assert_eq!(place.to_string(), part.shape(), "{part:?}");
            let again = part.place("--after", &place.to_string()).expect("again");
            assert_eq!(again, place);
        }
    }

    #[test]
    fn a_place_of_another_section_is_refused() {
        assert!(Part::KelaForms
            .place("--after", "2026-03-04,2026-0042")
            .is_err());
        assert!(Part::ConsentsToCollect
            .place("--after", "2026-03-04,2026-0042,kela-consent")
            .is_err());
        assert!(Part::TeamUnitsLate.place("--after", "2026-0042,").is_err());
        assert!(Part::TeamUnitsLate
            .place("--after", "2026-0042,Sosiaalityö")
            .is_err());
        assert!(Part::Untriaged
            .place("--after", "2026-03-04,2026-0042")
            .is_err());
    }
}
