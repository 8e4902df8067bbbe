//! `moty config`: the personal configuration file (the register's path, the name one acts under,
//! one's default region, colour, language). Flags and `MOTY_*` variables win over it; it wins over
//! the defaults (and `color` over NO_COLOR and CLICOLOR*, src/term.rs).

use anyhow::Result;

use crate::config::{self, Config, KEYS};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Path,
    List,
    Get { key: String },
    Set { key: String, value: String },
    Unset { key: String },
}

pub fn run(command: &Command, json: bool) -> Result<String> {
    let path = config::path()?;
    let mut file = match command {
        Command::Path => Config::default(),
        _ => config::load()?,
    };
    match command {
        // Only the path: the file is not read, so this works when it cannot be.
        Command::Path => return Ok(crate::render::config_list(&path, &[], json)),
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
