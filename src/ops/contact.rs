//! The coordinators' contact card (seed 000): kept as team settings (`moty settings contact`), the
//! team's and each regional pair's, and printed for the referring units (`moty contact`). Nothing
//! about a client: no access log.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::Session;
use crate::domain::records::ContactCard;
use crate::domain::Channel;
use crate::error::UserError;
use crate::store::contact as db;
use crate::text;

/// The phone hour and office hours when the team has set none (domain.md, "Calendars").
pub const DEFAULT_PHONE_HOURS: &str = "mon-fri 09:00-10:00";
pub const DEFAULT_OFFICE_HOURS: &str = "mon-fri 09:00-15:00";

/// A field of the card, as `--unset` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Field {
    Coordinators,
    Phone,
    PhoneHours,
    OfficeHours,
    Teams,
    Email,
    CoordinationBook,
}

/// The changes one `moty settings contact` makes, each value already checked.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub coordinators: Option<String>,
    pub phone: Option<String>,
    pub phone_hours: Option<String>,
    pub office_hours: Option<String>,
    pub teams: Option<String>,
    pub email: Option<String>,
    pub coordination_book: Option<String>,
    pub unset: Vec<Field>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        [
            &self.coordinators,
            &self.phone,
            &self.phone_hours,
            &self.office_hours,
            &self.teams,
            &self.email,
            &self.coordination_book,
        ]
        .iter()
        .all(|v| v.is_none())
            && self.unset.is_empty()
    }

    fn apply(&self, card: &mut ContactCard) {
        for field in &self.unset {
            *slot(card, *field) = None;
        }
        let given = [
            (Field::Coordinators, &self.coordinators),
            (Field::Phone, &self.phone),
            (Field::PhoneHours, &self.phone_hours),
            (Field::OfficeHours, &self.office_hours),
            (Field::Teams, &self.teams),
            (Field::Email, &self.email),
            (Field::CoordinationBook, &self.coordination_book),
        ];
        for (field, value) in given {
            if let Some(value) = value {
                *slot(card, field) = Some(value.clone());
            }
        }
    }
}

fn slot(card: &mut ContactCard, field: Field) -> &mut Option<String> {
    match field {
        Field::Coordinators => &mut card.coordinators,
        Field::Phone => &mut card.phone,
        Field::PhoneHours => &mut card.phone_hours,
        Field::OfficeHours => &mut card.office_hours,
        Field::Teams => &mut card.teams,
        Field::Email => &mut card.email,
        Field::CoordinationBook => &mut card.coordination_book,
    }
}

/// The card of one scope as stored (`moty settings contact`): the team's, or a region's.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Settings {
    /// The card as kept for this scope; a region's empty field falls back to the team's.
    pub card: ContactCard,
    /// Whether a region's card exists yet (the team's always "exists").
    pub exists: bool,
}

/// Shows the card of a scope (`region`: a regional pair's; `None`: the team's), or changes it
/// first. A field given replaces the stored one; `unset` empties one.
pub fn settings(
    session: &mut Session,
    region: Option<&str>,
    changes: &Changes,
) -> Result<Settings> {
    if changes.is_empty() {
        return session.read(|tx| {
            let stored = db::get(tx, region)?;
            Ok(Settings {
                exists: stored.is_some() || region.is_none(),
                card: stored.unwrap_or_else(|| ContactCard {
                    region: region.map(str::to_string),
                    ..ContactCard::default()
                }),
            })
        });
    }
    session.write(|tx, author| {
        let mut card = db::get(tx, region)?.unwrap_or_else(|| ContactCard {
            region: region.map(str::to_string),
            ..ContactCard::default()
        });
        changes.apply(&mut card);
        db::save(tx, author, &card)?;
        Ok(Settings {
            card: db::get(tx, region)?.unwrap_or(card),
            exists: true,
        })
    })
}

/// One way for a referring unit to reach the coordinators, with its address.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Way {
    pub channel: Channel,
    /// The coordination book, e-mail address, Teams address or phone number.
    pub address: String,
}

/// A card as the referring units read it: a region's fields over the team's, the hours' defaults,
/// and the channels that follow from them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Printed {
    #[serde(flatten)]
    pub card: ContactCard,
    /// How to refer a client or consult the coordinators, in the order the card lists them.
    pub channels: Vec<Way>,
}

/// The card `moty contact` prints: the team's (or, with a region, that pair's) and, for the
/// team's, every regional pair's.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Card {
    pub card: Printed,
    /// The regional pairs' cards (only when no region was asked for).
    pub regions: Vec<Printed>,
}

fn merged(team: &ContactCard, region: Option<&ContactCard>) -> Printed {
    let pick = |own: Option<&Option<String>>, team: &Option<String>| {
        own.and_then(Option::clone).or_else(|| team.clone())
    };
    let card = ContactCard {
        region: region.and_then(|r| r.region.clone()),
        coordinators: pick(region.map(|r| &r.coordinators), &team.coordinators),
        phone: pick(region.map(|r| &r.phone), &team.phone),
        phone_hours: pick(region.map(|r| &r.phone_hours), &team.phone_hours)
            .or_else(|| Some(DEFAULT_PHONE_HOURS.to_string())),
        office_hours: pick(region.map(|r| &r.office_hours), &team.office_hours)
            .or_else(|| Some(DEFAULT_OFFICE_HOURS.to_string())),
        teams: pick(region.map(|r| &r.teams), &team.teams),
        email: pick(region.map(|r| &r.email), &team.email),
        coordination_book: pick(
            region.map(|r| &r.coordination_book),
            &team.coordination_book,
        ),
    };
    let channels = [
        (Channel::Yht405, &card.coordination_book),
        (Channel::SecureEmail, &card.email),
        (Channel::Teams, &card.teams),
        (Channel::Phone, &card.phone),
    ]
    .into_iter()
    .filter_map(|(channel, address)| address.clone().map(|address| Way { channel, address }))
    .collect();
    Printed { card, channels }
}

/// The card for the referring units: a region's (which must have one), or the team's with every
/// regional pair's.
pub fn card(session: &mut Session, region: Option<&str>) -> Result<Card> {
    session.read(|tx| {
        let team = db::get(tx, None)?.unwrap_or_default();
        let regions = db::regions(tx)?;
        match region {
            Some(wanted) => {
                let own = regions
                    .iter()
                    .find(|r| {
                        r.region
                            .as_deref()
                            .is_some_and(|r| r.eq_ignore_ascii_case(wanted))
                    })
                    .ok_or_else(|| {
                        let known: Vec<String> =
                            regions.iter().filter_map(|r| r.region.clone()).collect();
                        UserError::NotFound(text::no_contact_card(wanted, &known))
                    })?;
                Ok(Card {
                    card: merged(&team, Some(own)),
                    regions: Vec::new(),
                })
            }
            None => Ok(Card {
                card: merged(&team, None),
                regions: regions.iter().map(|r| merged(&team, Some(r))).collect(),
            }),
        }
    })
}
