//! The domain: closed enums for the register's vocabulary, identity codes, and field validation.

#[macro_use]
mod closed_enum;
pub mod area;
pub mod calendar;
pub mod chars;
pub mod consultation;
pub mod correction;
pub mod estimate;
pub mod evidence;
pub mod fold;
pub mod hetu;
pub mod leak;
pub mod municipality;
pub mod outcomes;
pub mod paging;
pub mod path;
pub mod protection;
pub mod reach;
pub mod records;
pub mod referral;
pub mod report;
pub mod schedule;
pub mod sheet;
pub mod validate;
mod vocabulary;
pub mod when;
pub mod work_list;

pub use protection::{Authority, ClientLanguage, LegalBasis, LegalBasisKind};
pub use vocabulary::*;
