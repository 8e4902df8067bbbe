//! One data line of a sheet read into a referral, each field checked by the validator `moty
//! refer` uses, every refusal recorded under its column.

use chrono::NaiveDate;

use super::super::fold::fold;
use super::super::records::{Details, NewReferral, Referral};
use super::super::{hetu, municipality, protection, validate};
use super::super::{Channel, ClientGroup, ClientLanguage, Sign, Source, Urgency};
use super::{Column, Header, Problem, Problems};
use crate::error::UserError;
use crate::text;

/// One data line being read.
pub(super) struct Fields<'a> {
    pub(super) header: &'a Header,
    pub(super) record: &'a csv::ByteRecord,
    pub(super) line: usize,
    pub(super) problems: &'a mut Problems,
}

impl Fields<'_> {
    pub(super) fn problem(&mut self, column: Column, message: String) {
        self.problems.push(Problem {
            line: self.line,
            column: Some(self.header.name(column)),
            message,
        });
    }

    /// A validator's refusal, reported under the column (the validators name `refer`'s flags).
    fn refused(&mut self, column: Column, error: UserError) {
        let message = match error {
            UserError::Invalid { message, .. } => message,
            other => other.to_string(),
        };
        self.problem(column, message);
    }

    /// The column's text, trimmed; None when the column is absent or the cell empty.
    fn text(&mut self, column: Column) -> Option<String> {
        let (index, _) = self.header.at.get(&column)?;
        let field = self.record.get(*index)?;
        match std::str::from_utf8(field) {
            Ok(value) => Some(value.trim().to_string()).filter(|v| !v.is_empty()),
            Err(_) => {
                self.problem(column, text::sheet_not_utf8());
                None
            }
        }
    }

    /// The column checked by `check`: Ok(None) when empty, Err(()) when refused (and recorded).
    fn checked<T>(
        &mut self,
        column: Column,
        check: impl FnOnce(&str) -> Result<T, UserError>,
    ) -> Result<Option<T>, ()> {
        match self.text(column).map(|value| check(&value)).transpose() {
            Ok(value) => Ok(value),
            Err(error) => {
                self.refused(column, error);
                Err(())
            }
        }
    }

    fn required<T>(
        &mut self,
        column: Column,
        check: impl FnOnce(&str) -> Result<T, UserError>,
    ) -> Result<T, ()> {
        match self.checked(column, check)? {
            Some(value) => Ok(value),
            None => {
                self.problem(column, text::sheet_required());
                Err(())
            }
        }
    }

    fn yes_no(&mut self, column: Column) -> Result<bool, ()> {
        let answer = self.checked(column, |value| match fold(value).as_str() {
            "kylla" | "k" | "yes" | "y" | "x" | "1" | "true" | "ja" => Ok(true),
            "ei" | "e" | "no" | "n" | "0" | "false" | "nej" | "-" => Ok(false),
            _ => Err(UserError::invalid("", text::sheet_yes_no(value))),
        })?;
        Ok(answer.unwrap_or(false))
    }

    /// The line as a referral, as `moty refer` would record it; None when any field is refused.
    pub(super) fn referral(&mut self, today: NaiveDate) -> Option<NewReferral> {
        let before = self.problems.count();
        let name = self.required(Column::Name, |v| validate::person_name("--name", v));
        let temporary = self.yes_no(Column::Temporary);
        let hetu = self.checked(Column::Hetu, |v| {
            hetu::parse(v, *temporary.as_ref().unwrap_or(&false)).map_err(|e| {
                match (hetu::parse(v, true), e) {
                    (Ok(code), UserError::Invalid { .. }) if code.temporary => {
                        UserError::invalid("", text::sheet_temporary(&code.code[7..10]))
                    }
                    (_, e) => e,
                }
            })
        });
        let hetu = match hetu {
            Ok(Some(code)) if code.birth_date > today => {
                self.problem(Column::Hetu, text::hetu_future());
                Err(())
            }
            other => other,
        };
        let birth_year = self.checked(Column::BirthYear, |v| {
            let year: u32 = v
                .parse()
                .map_err(|_| UserError::invalid("", text::sheet_not_a_year(v)))?;
            validate::birth_year("--birth-year", year, today)
        });
        let birth_year = match (&hetu, birth_year) {
            (Ok(Some(code)), Ok(Some(year)))
                if chrono::Datelike::year(&code.birth_date) != year =>
            {
                self.problem(Column::BirthYear, text::sheet_year_differs());
                Err(())
            }
            (Ok(Some(code)), Ok(_)) => Ok(Some(chrono::Datelike::year(&code.birth_date))),
            (_, year) => year,
        };
        let phone = self.checked(Column::Phone, |v| validate::phone("--phone", v));
        let municipality = self.checked(Column::Municipality, |v| {
            municipality::parse("--municipality", v)
        });
        let region = self.checked(Column::Region, |v| validate::place("--region", v));
        let non_disclosure = self.yes_no(Column::NonDisclosure);
        let language = self.checked(Column::Language, |v| {
            v.to_lowercase().parse::<ClientLanguage>()
        });
        let interpreter = self.checked(Column::Interpreter, |v| {
            protection::interpreter("--interpreter", v)
        });
        let group = self.required(Column::Group, |v| v.to_lowercase().parse::<ClientGroup>());
        let source = self.required(Column::Source, |v| v.to_lowercase().parse::<Source>());
        let channel = self.required(Column::Channel, |v| v.to_lowercase().parse::<Channel>());
        let referrer = self.checked(Column::Referrer, |v| validate::person_name("--referrer", v));
        let unit = self.checked(Column::ReferrerUnit, |v| {
            validate::line("--referrer-unit", v, 200)
        });
        let contact = self.checked(Column::ReferrerContact, |v| {
            validate::line("--referrer-contact", v, 200)
        });
        let signs = self.checked(Column::Signs, |v| {
            v.split(|c: char| matches!(c, ',' | ';' | '|') || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(|s| s.to_lowercase().parse::<Sign>())
                .collect::<Result<Vec<_>, _>>()
        });
        let mut signs = signs.map(Option::unwrap_or_default);
        if let Ok(signs) = &mut signs {
            signs.sort();
            signs.dedup();
        }
        let other_sign = self.checked(Column::OtherSign, |v| {
            validate::line("--other-sign", v, 200)
        });
        if let (Ok(signs), Ok(other)) = (&signs, &other_sign) {
            if other.is_some() != signs.contains(&Sign::Other) {
                self.problem(Column::OtherSign, text::sheet_other_sign());
            }
        }
        let reason = self.required(Column::Reason, |v| validate::block("--reason", v, 4000));
        let effective_on = self
            .checked(Column::Date, |v| validate::past_date("--on", v, today))
            .map(|on| on.unwrap_or(today));
        let urgent = self.yes_no(Column::Urgent);
        let minor = self.checked(Column::Minor, |v| validate::line("--minor", v, 400));
        if self.problems.count() > before {
            return None;
        }
        Some(NewReferral {
            name: Some(name.ok()?),
            hetu: hetu.ok()?,
            birth_year: birth_year.ok()?,
            details: Details {
                phone: phone.ok()?,
                municipality: municipality.ok()?,
                region: region.ok()?,
                non_disclosure: non_disclosure.ok()?.then_some(true),
                language: language.ok()?,
                interpreter: interpreter.ok()?,
            },
            group: group.ok()?,
            urgency: if urgent.ok()? {
                Urgency::Urgent
            } else {
                Urgency::Normal
            },
            referral: Referral {
                source: source.ok()?,
                channel: channel.ok()?,
                referrer_name: referrer.ok()?,
                referrer_unit: unit.ok()?,
                referrer_contact: contact.ok()?,
                signs: signs.ok()?,
                other_sign: other_sign.ok()?,
                reason: reason.ok()?,
                effective_on: effective_on.ok()?,
            },
            client_of: None,
            consultation: None,
            rename: false,
            another_case: false,
            minor: minor.ok()?,
        })
    }
}
