//! `moty config`: the personal configuration file (the register's path, the name one acts under,
//! one's default region, colour, language). Flags and `MOTY_*` variables win over it; it wins over
//! the defaults (and `color` over NO_COLOR and CLICOLOR*, src/term.rs).

use anyhow::Result;

use crate::config::{self, Config, KEYS};

/// Show or change your personal configuration file (register, name, region, colour, language)
///
/// What belongs to one person is kept in a TOML file so you need not type it each time: the
/// register's path (db), the name you act under (as), the region whose cases your lists show
/// (region), when to colour (color: auto, always or never) and the language moty speaks (lang: fi
/// or en). A flag wins over its MOTY_*
/// variable, which wins over the file, which wins over the default; the file's color also wins
/// over NO_COLOR and CLICOLOR_FORCE. The file is config.toml in your configuration folder (Linux
/// ~/.config/moty/, Windows %APPDATA%\moty\moty\config\); MOTY_CONFIG names another. No register
/// is opened.
#[derive(Debug, clap::Subcommand)]
#[command(after_long_help = crate::text::help_b::CONFIG)]
pub enum Command {
    /// Where your configuration file is (MOTY_CONFIG names another)
    ///
    /// Prints the file's path and nothing else (with --json, the config shape with no settings),
    /// whether or not the file exists yet, to edit it by hand or to check which file moty reads.
    /// The file is not read, so this works when it cannot be.
    #[command(after_long_help = crate::text::help_b::CONFIG_PATH)]
    Path,
    /// Every setting your configuration file has
    ///
    /// Prints where the file is and each key (db, as, region, color, lang) with its value, or that
    /// it is not set. A file with an unknown key or a value its flag would refuse is exit code 2.
    #[command(after_long_help = crate::text::help_b::CONFIG_LIST)]
    List,
    /// One setting of your configuration file: db, as, region, color or lang
    ///
    /// Prints the key's value, for a script that needs it. An unknown key is exit code 2.
    #[command(after_long_help = crate::text::help_b::CONFIG_GET)]
    Get {
        /// The key: db, as, region, color or lang
        key: String,
    },
    /// Set one: db (register), as (who you act as), region (your lists'), color, lang (fi or en)
    ///
    /// The value is checked as its flag would check it (exit code 2 otherwise), and the whole
    /// file is written at once; the file and its folder are created when missing.
    #[command(after_long_help = crate::text::help_b::CONFIG_SET)]
    Set {
        /// The key: db, as, region, color or lang
        key: String,
        /// The value, checked as its flag (--db, --as, --region, --color, --lang) would be
        value: String,
    },
    /// Remove one setting from your configuration file
    ///
    /// The default, or MOTY_DB and MOTY_USER where they are set, apply again for that key.
    #[command(after_long_help = crate::text::help_b::CONFIG_UNSET)]
    Unset {
        /// The key: db, as, region, color or lang
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
