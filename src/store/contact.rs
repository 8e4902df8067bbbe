//! The coordinators' contact card: the team's (region '') and each regional pair's.

pub use crate::domain::records::ContactCard;

use super::db::{params, OptionalExtension, Row};
use super::{Author, Tx};
use anyhow::{Context, Result};

const COLUMNS: &str =
    "region, coordinators, phone, phone_hours, office_hours, teams, email, coordination_book";

fn from_row(r: &Row) -> super::db::Result<ContactCard> {
    let region: String = r.get(0)?;
    Ok(ContactCard {
        region: (!region.is_empty()).then_some(region),
        coordinators: r.get(1)?,
        phone: r.get(2)?,
        phone_hours: r.get(3)?,
        office_hours: r.get(4)?,
        teams: r.get(5)?,
        email: r.get(6)?,
        coordination_book: r.get(7)?,
    })
}

/// The card of a region (the team's when `None`), as stored.
pub fn get(tx: &Tx, region: Option<&str>) -> Result<Option<ContactCard>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM contact_cards WHERE region = ?1"
    ))?
    .query_row([region.unwrap_or("")], from_row)
    .optional()
    .context("reading the contact card")
}

/// The regional pairs' cards, by region.
pub fn regions(tx: &Tx) -> Result<Vec<ContactCard>> {
    tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM contact_cards WHERE region <> '' ORDER BY region"
    ))?
    .query_map([], from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the regional contact cards")
}

/// Stores a card whole (its region's row is replaced).
pub fn save(tx: &Tx, author: &Author, card: &ContactCard) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO contact_cards (region, coordinators, phone, phone_hours, office_hours, teams,
             email, coordination_book, changed_by, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (region) DO UPDATE SET coordinators = excluded.coordinators,
             phone = excluded.phone, phone_hours = excluded.phone_hours,
             office_hours = excluded.office_hours, teams = excluded.teams,
             email = excluded.email, coordination_book = excluded.coordination_book,
             changed_by = excluded.changed_by, changed_at = excluded.changed_at",
    )?
    .execute(params![
        card.region.as_deref().unwrap_or(""),
        card.coordinators,
        card.phone,
        card.phone_hours,
        card.office_hours,
        card.teams,
        card.email,
        card.coordination_book,
        author.actor,
        author.at
    ])
    .context("saving the contact card")?;
    Ok(())
}
