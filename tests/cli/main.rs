//! One integration binary: every test drives the real `moty` binary against a temporary register,
//! except `architecture`, which reads the source and checks the layer rules.

mod common;

mod anonymity;
mod architecture;
mod areas;
mod bad_input;
mod concurrency;
mod consent;
mod consult;
mod correct;
mod dpo;
mod encryption;
pub mod estimates;
mod feedback;
mod files;
mod kela_outcome;
mod limits;
mod lookup;
mod migration;
mod output;
pub mod page;
mod path_property;
mod pilot;
mod plan;
mod protection;
mod purge;
mod refer;
mod regions;
mod register_file;
mod reliability;
pub mod report;
mod restore;
mod schedule;
mod schemas;
mod story_000;
mod story_001;
mod story_004;
mod surveys;
mod team;
mod terminal;
mod triage;
mod trust;
mod withdrawal;
