//! Anonymous professional consultations (seed 000: "voit konsultoida: Teams, puhelin ma–pe
//! 9–10"; domain.md, "Referral channels and signs"): a professional asks the coordinators about a
//! situation without naming the client. This module holds the record, the check that a topic or
//! the advice carries no identity code, phone number or e-mail address, and the anonymous figures
//! (`moty report consultations`) with the same small-cell suppression as the outcomes report.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use super::leak::normalise;
use super::outcomes::{Tally, SMALL_CELL};
use super::{ConsultChannel, ReferralExpected};
use crate::clock::Stamp;

/// One consultation as the register holds it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Consultation {
    pub id: i64,
    /// When the professional consulted (Helsinki time).
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub at: NaiveDateTime,
    pub channel: ConsultChannel,
    /// The consulting professional's unit (a code of the unit catalogue).
    pub unit: String,
    /// The unit's service area.
    pub area: String,
    /// The unit's names, for tables (the JSON names the unit by its code).
    #[serde(skip)]
    pub unit_names: UnitNames,
    /// What the professional asked about (no client identity).
    pub topic: String,
    /// The advice given.
    pub advice: String,
    pub referral_expected: ReferralExpected,
    pub recorded_by: String,
    pub recorded_at: Stamp,
    /// The case the consultation led to, once linked.
    pub link: Option<Link>,
    /// sha256 over the previous consultation's hash and this one's values (tamper evidence).
    pub hash: String,
}

/// The case a consultation led to.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Link {
    pub case: String,
    /// The date of the case's timeline entry that records the link.
    pub linked_on: NaiveDate,
    pub linked_by: String,
}

/// A consultation's number as typed: a whole number from 1.
pub fn parse_id(field: &str, value: &str) -> Result<i64, crate::error::UserError> {
    value
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id >= 1)
        .ok_or_else(|| {
            crate::error::UserError::invalid(field, crate::text::consultation_number(value))
        })
}

// --- no client identity ----------------------------------------------------------------------

/// What in a consultation's text would identify a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identifier {
    IdentityCode,
    Phone,
    Email,
}

/// The century signs of an identity code, as `normalise` leaves them (lower case).
const CENTURY_SIGNS: &str = "+-abcdefuvwxy";

/// Whether six digits read as a date DDMMYY (in some century).
fn is_date(digits: &[u32]) -> bool {
    let day = digits[0] * 10 + digits[1];
    let month = digits[2] * 10 + digits[3];
    let year = digits[4] * 10 + digits[5];
    // 2000 is a leap year, so 29 February of any YY that is a leap year in some century passes.
    NaiveDate::from_ymd_opt(2000 + year as i32, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(1900 + year as i32, month, day))
        .is_some()
}

/// The byte ranges of what reads as an identity code: six digits that are a date, a century sign,
/// three digits and a letter or digit (with any check character: a mistyped code still names
/// someone); or the same nine digits run together with their valid check character.
fn identity_codes(text: &[char]) -> Vec<std::ops::Range<usize>> {
    let digit = |i: usize| text.get(i).and_then(|c| c.to_digit(10));
    let boundary = |i: Option<usize>| {
        i.and_then(|i| text.get(i))
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i + 10 <= text.len() {
        let date: Option<Vec<u32>> = (i..i + 6).map(digit).collect();
        let starts = i == 0 || boundary(Some(i - 1));
        let Some(date) = date.filter(|d| starts && is_date(d)) else {
            i += 1;
            continue;
        };
        let signed = CENTURY_SIGNS.contains(text[i + 6])
            && (i + 7..i + 10).all(|j| digit(j).is_some())
            && text.get(i + 10).is_some_and(|c| c.is_ascii_alphanumeric())
            && boundary(Some(i + 11));
        if signed {
            found.push(i..i + 11);
            i += 11;
            continue;
        }
        let number: Option<Vec<u32>> = (i + 6..i + 9).map(digit).collect();
        if let (Some(number), Some(check)) = (number, text.get(i + 9)) {
            let nine = date
                .iter()
                .chain(number.iter())
                .fold(0u32, |n, d| n * 10 + d);
            let valid = super::hetu::check_character(nine).to_ascii_lowercase() == *check;
            if valid && boundary(Some(i + 10)) {
                found.push(i..i + 10);
                i += 10;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// Whether a run of digits with spaces, hyphens or parentheses between them reads as a phone
/// number: `+` and 7–15 digits, or 7–15 digits beginning with 0 (a Finnish area or mobile
/// prefix) or with 358 (the country code without its `+`).
fn phone_run(run: &[char]) -> bool {
    let digits: String = run.iter().filter(|c| c.is_ascii_digit()).collect();
    let plus = run.first() == Some(&'+');
    let shaped = plus || digits.starts_with('0') || digits.starts_with("358");
    shaped && (7..=15).contains(&digits.len())
}

/// What in `text` would identify a client: an identity code, a phone number or an e-mail
/// address. The text is normalised first (leak::normalise), so full-width digits, invisible
/// characters and look-alikes do not hide them.
pub fn identifiers(text: &str) -> Vec<Identifier> {
    let norm: Vec<char> = normalise(text).chars().collect();
    let mut found = Vec::new();
    let codes = identity_codes(&norm);
    if !codes.is_empty() {
        found.push(Identifier::IdentityCode);
    }
    // The digits of a code are not a phone number as well.
    let mut rest = norm.clone();
    for range in codes {
        for c in &mut rest[range] {
            *c = ' ';
        }
    }
    let mut i = 0;
    let mut phone = false;
    while i < rest.len() {
        let starts = (rest[i] == '+' || rest[i].is_ascii_digit())
            && (i == 0 || !rest[i - 1].is_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < rest.len()
            && (rest[end].is_ascii_digit() || matches!(rest[end], ' ' | '-' | '(' | ')'))
        {
            end += 1;
        }
        // A run ends at its last digit (a trailing space or hyphen is not part of the number).
        let mut last = end;
        while last > i && !rest[last - 1].is_ascii_digit() {
            last -= 1;
        }
        let glued = rest.get(end).is_some_and(|c| c.is_alphanumeric());
        if last > i && !glued && phone_run(&rest[i..last]) {
            phone = true;
        }
        i = end.max(i + 1);
    }
    if phone {
        found.push(Identifier::Phone);
    }
    let text: String = norm.iter().collect();
    let email = text.split_whitespace().any(|w| {
        w.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.trim_end_matches('.').contains('.')
        })
    });
    if email {
        found.push(Identifier::Email);
    }
    found
}

// --- the anonymous figures -------------------------------------------------------------------

/// What the figures need of one consultation.
#[derive(Debug, Clone)]
pub struct ConsultationFacts {
    pub on: NaiveDate,
    pub unit: String,
    pub channel: ConsultChannel,
    pub referral_expected: ReferralExpected,
    pub linked: bool,
}

/// A unit of the catalogue, in the catalogue's order.
#[derive(Debug, Clone)]
pub struct CatalogueUnit {
    pub code: String,
    pub area: String,
    pub names: UnitNames,
}

/// A unit's Finnish, Swedish and English names, as the unit catalogue holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitNames {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl UnitNames {
    /// The name in `language`.
    pub fn get(&self, language: crate::domain::Language) -> &str {
        match language {
            crate::domain::Language::Fi => &self.fi,
            crate::domain::Language::Sv => &self.sv,
            crate::domain::Language::En => &self.en,
        }
    }
}

/// A count under a key (a week, a channel, an answer).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Count {
    pub key: String,
    pub count: Tally,
}

/// Consultations from one unit.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UnitCount {
    pub unit: String,
    /// The unit's service area.
    pub area: String,
    #[serde(skip)]
    pub names: UnitNames,
    pub count: Tally,
}

/// The anonymous figures of the consultations in a period.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ConsultationFigures {
    pub consultations: Tally,
    /// Every ISO week the period touches (`2026-W47`), in order, zeros included.
    pub per_week: Vec<Count>,
    /// The units consultations came from, in the catalogue's order.
    pub per_unit: Vec<UnitCount>,
    pub per_channel: Vec<Count>,
    pub referral_expected: Vec<Count>,
    /// Consultations linked to the case they led to (`linked`) and not (`not-linked`).
    pub linked_to_case: Vec<Count>,
}

/// The ISO week of a date as `YYYY-Www`.
pub fn iso_week(on: NaiveDate) -> String {
    let week = on.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

fn count(n: usize) -> Tally {
    Tally::Exact(u32::try_from(n).unwrap_or(u32::MAX))
}

fn counted<T>(
    keys: &[T],
    facts: &[ConsultationFacts],
    of: impl Fn(&ConsultationFacts) -> T,
) -> Vec<Count>
where
    T: PartialEq + std::fmt::Display,
{
    keys.iter()
        .map(|key| Count {
            key: key.to_string(),
            count: count(facts.iter().filter(|f| of(f) == *key).count()),
        })
        .collect()
}

/// The figures of `facts` (consultations dated from `from` to `to`); `units` in the catalogue's
/// order. Not suppressed: `suppress` does that.
pub fn figures(
    facts: &[ConsultationFacts],
    units: &[CatalogueUnit],
    from: NaiveDate,
    to: NaiveDate,
) -> ConsultationFigures {
    let mut weeks: Vec<String> = Vec::new();
    let mut day = from;
    while day <= to {
        let week = iso_week(day);
        if weeks.last() != Some(&week) {
            weeks.push(week);
        }
        day = match day.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    let per_unit = units
        .iter()
        .map(|u| UnitCount {
            unit: u.code.clone(),
            area: u.area.clone(),
            names: u.names.clone(),
            count: count(facts.iter().filter(|f| f.unit == u.code).count()),
        })
        .filter(|u| u.count != Tally::Exact(0))
        .collect();
    let linked = ["linked", "not-linked"];
    ConsultationFigures {
        consultations: count(facts.len()),
        per_week: counted(&weeks, facts, |f| iso_week(f.on)),
        per_unit,
        per_channel: counted(ConsultChannel::ALL, facts, |f| f.channel),
        referral_expected: counted(ReferralExpected::ALL, facts, |f| f.referral_expected),
        linked_to_case: counted(&linked, facts, |f| linked[usize::from(!f.linked)]),
    }
}

/// A count from 1 to 4 becomes "<5"; true when it did.
fn hide(t: &mut Tally) -> bool {
    match *t {
        Tally::Exact(n) if n > 0 && n < SMALL_CELL => {
            *t = Tally::Small;
            true
        }
        _ => false,
    }
}

/// One breakdown's small cells; where exactly one was hidden and the total is shown, the smallest
/// other non-zero cell is withheld too (else the hidden one is the total less the rest).
fn hide_cells(total_hidden: bool, mut cells: Vec<&mut Tally>) {
    let mut hidden = 0;
    for cell in cells.iter_mut() {
        if hide(cell) {
            hidden += 1;
        }
    }
    if hidden == 1 && !total_hidden {
        let smallest = cells
            .into_iter()
            .filter(|c| c.exact().is_some_and(|n| n > 0))
            .min_by_key(|c| c.exact());
        if let Some(cell) = smallest {
            *cell = Tally::Withheld;
        }
    }
}

impl ConsultationFigures {
    /// The same figures for an anonymous output: every count from 1 to 4 as "<5", and a second
    /// count of a breakdown withheld ("x") where one alone could be worked out from the total.
    pub fn suppress(&mut self) {
        let total_hidden = hide(&mut self.consultations);
        hide_cells(
            total_hidden,
            self.per_week.iter_mut().map(|c| &mut c.count).collect(),
        );
        hide_cells(
            total_hidden,
            self.per_unit.iter_mut().map(|c| &mut c.count).collect(),
        );
        for counts in [
            &mut self.per_channel,
            &mut self.referral_expected,
            &mut self.linked_to_case,
        ] {
            hide_cells(
                total_hidden,
                counts.iter_mut().map(|c| &mut c.count).collect(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_codes_phones_and_mail_are_caught() {
        for (text, what) in [
            ("asiakas 010280-123V soitti", Identifier::IdentityCode),
            ("010280A123V", Identifier::IdentityCode),
            ("tunnus 131052-308t", Identifier::IdentityCode),
            ("code 131052308T", Identifier::IdentityCode),
            ("０１０２８０－１２３Ｖ", Identifier::IdentityCode),
            ("soita 040 555 0101", Identifier::Phone),
            ("puh. 040-5550101", Identifier::Phone),
            ("+358 40 555 0101", Identifier::Phone),
            ("358405550101", Identifier::Phone),
            ("(06) 555 0101", Identifier::Phone),
            ("posti x.y@example.fi", Identifier::Email),
        ] {
            assert!(
                identifiers(text).contains(&what),
                "{text}: {:?}",
                identifiers(text)
            );
        }
    }

    #[test]
    fn ordinary_words_dates_and_times_are_not_identifiers() {
        for text in [
            "Asiakas soitti ma–pe 9–10 puhelinaikana; 3 käyntiä 2026-11-02 ja 23.11.2026.",
            "Työtön 2 vuotta, velkaa noin 15000 euroa, asunto 45 m2.",
            "Klo 09:00-10:00, 12:30 ja 14:00; viikko 2026-W47.",
            "Kolme lasta (5, 9 ja 12 v), toimeentulotuki 2025-2026.",
        ] {
            assert!(
                identifiers(text).is_empty(),
                "{text}: {:?}",
                identifiers(text)
            );
        }
        // A code is reported as a code only, not also as a phone number.
        assert_eq!(identifiers("010280-123V"), vec![Identifier::IdentityCode]);
    }

    fn facts(on: &str, unit: &str, channel: ConsultChannel) -> ConsultationFacts {
        ConsultationFacts {
            on: on.parse().expect("date"),
            unit: unit.to_string(),
            channel,
            referral_expected: ReferralExpected::Maybe,
            linked: false,
        }
    }

    #[test]
    fn weeks_are_every_iso_week_and_small_cells_are_hidden() {
        let units = ["a", "b"].map(|code| CatalogueUnit {
            code: code.to_string(),
            area: "health-medical".to_string(),
            names: UnitNames::default(),
        });
        let mut all: Vec<ConsultationFacts> = (0..9)
            .map(|_| facts("2026-11-16", "a", ConsultChannel::Phone))
            .collect();
        all.push(facts("2026-11-30", "b", ConsultChannel::Teams));
        let from = "2026-11-15".parse().expect("date");
        let to = "2026-11-30".parse().expect("date");
        let exact = figures(&all, &units, from, to);
        let weeks: Vec<&str> = exact.per_week.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(weeks, ["2026-W46", "2026-W47", "2026-W48", "2026-W49"]);
        let mut shown = exact.clone();
        shown.suppress();
        assert_eq!(shown.consultations, Tally::Exact(10));
        let weeks: Vec<String> = shown.per_week.iter().map(|w| w.count.shown()).collect();
        // The one small week takes the next smallest with it.
        assert_eq!(weeks, ["0", "x", "0", "<5"]);
        let units: Vec<String> = shown.per_unit.iter().map(|u| u.count.shown()).collect();
        assert_eq!(units, ["x", "<5"]);
        // Fewer than five in all: every non-zero count is "<5".
        let mut few = figures(&all[7..], &units_of(&["a", "b"]), from, to);
        few.suppress();
        assert_eq!(few.consultations, Tally::Small);
        assert!(few.per_unit.iter().all(|u| u.count == Tally::Small));
    }

    fn units_of(codes: &[&str]) -> Vec<CatalogueUnit> {
        codes
            .iter()
            .map(|code| CatalogueUnit {
                code: code.to_string(),
                area: "ngo".to_string(),
                names: UnitNames::default(),
            })
            .collect()
    }
}
