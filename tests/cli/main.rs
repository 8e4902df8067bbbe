//! One integration binary: every test drives the real `moty` binary against a temporary register,
//! except `architecture`, which reads the source and checks the layer rules.

mod common;

mod anonymity;
mod architecture;
mod areas;
mod bad_input;
mod concurrency;
mod consent;
mod contact;
mod correct;
mod dpo;
mod encryption;
pub mod estimates;
mod feedback;
mod files;
mod follow_up_interval;
mod kela_outcome;
mod limits;
mod lookup;
mod meeting_links;
mod migration;
mod next;
mod output;
mod page;
mod path_property;
mod pilot;
mod plan;
mod purge;
mod refer;
mod register_file;
mod reliability;
pub mod report;
mod restore;
mod schedule;
mod schemas;
mod story_002;
mod story_003;
mod surveys;
mod terminal;
mod triage;
mod trust;
mod withdrawal;
