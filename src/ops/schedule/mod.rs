//! Scheduling: booking the four kinds of meeting into their slots, what happens after a meeting,
//! the slot rules and closure days, the Yhteistyö-tiimi request, and the agenda.

pub mod after;
pub mod agenda;
pub mod agenda_pages;
pub mod book;
pub mod rules;
pub mod team;
pub mod team_steps;

pub use book::BookRequest;
