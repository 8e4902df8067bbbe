//! One integration binary: every test drives the real `moty` binary against a temporary register,
//! except `architecture`, which reads the source and checks the layer rules.
//!
//! Unix only: the tests drive the binary through `sh`, a pseudo-terminal and Unix permissions.
//! Windows runs the library's unit tests and a CLI smoke test under Wine
//! (scripts/windows-check.sh).
#![cfg(unix)]

mod common;

mod actor;
mod agenda;
mod anonymity;
mod architecture;
mod areas;
mod bad_input;
mod catalogues;
mod colour;
mod completions;
mod concurrency;
mod config;
mod consent;
mod consult;
mod contact;
mod correct;
mod dpo;
mod encryption;
pub mod estimates;
mod feedback;
mod fhir;
mod fi_clap;
mod fi_demo;
mod fi_evidence;
mod fi_general;
mod fi_labels;
mod fi_plan;
mod fi_render;
mod fi_schedule;
mod files;
mod follow_up_due;
mod follow_up_interval;
mod harness;
mod help;
mod help_fi;
mod import_referrals;
mod import_referrals_pieces;
mod import_sqlite;
mod kela_outcome;
mod language;
mod limits;
mod login;
mod lookup;
mod meeting_links;
mod migration;
mod network_share;
mod next;
mod output;
mod outputs;
pub mod page;
mod paging;
mod path_property;
mod pilot;
mod plan;
mod plans;
mod pooled;
mod protection;
mod purge;
mod refer;
mod reference;
mod regions;
mod register_file;
mod reliability;
pub mod report;
mod restore;
mod schedule;
mod schemas;
mod server;
mod services_i18n;
mod story_000;
mod story_001;
mod story_002;
mod story_003;
mod story_004;
mod surveys;
mod team;
mod teams;
mod terminal;
mod triage;
mod trust;
mod width;
mod withdrawal;
mod work_list;
