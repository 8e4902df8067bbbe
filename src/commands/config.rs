//! `moty config`: the personal configuration file (the register's path, the name one acts under,
//! one's default region, one's language). Flags and `MOTY_*` variables win over it; it wins over
//! the defaults.

use anyhow::Result;

use crate::config::{self, Config, KEYS};

/// Show or change your configuration file
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Where the file is (MOTY_CONFIG names another)
    Path,
    /// Every setting the file has
    List,
    /// One setting: db, as, region or lang
    Get {
        /// db, as, region or lang
        key: String,
    },
    /// Set one: db (the register file), as (who you act as), region (your lists' region), lang
    /// (the language moty speaks: fi or en)
    Set {
        /// db, as, region or lang
        key: String,
        /// The value, checked as its flag would be
        value: String,
    },
    /// Remove one setting
    Unset {
        /// db, as, region or lang
        key: String,
    },
}

pub fn run(command: &Command, json: bool) -> Result<String> {
    let path = config::path()?;
    let mut file = match command {
        Command::Path => Config::default(),
        _ => config::load()?,
    };
    match command {
        Command::Path => {}
        Command::List => {}
        Command::Get { key } => {
            let value = file.get(key)?;
            return Ok(crate::render::config_value(key, value.as_deref(), json));
        }
        Command::Set { key, value } => {
            file.set(key, Some(value))?;
            file.save(&path)?;
        }
        Command::Unset { key } => {
            file.set(key, None)?;
            file.save(&path)?;
        }
    }
    let settings: Vec<(&str, Option<String>)> = KEYS
        .iter()
        .map(|key| (*key, file.get(key).unwrap_or_default()))
        .collect();
    Ok(crate::render::config_list(&path, &settings, json))
}
