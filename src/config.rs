//! The personal configuration file: what belongs to one person, not to the team — the register's
//! path, the name they act under, their default region, colour, the language moty speaks to them.
//! TOML in the platform's configuration folder (`MOTY_CONFIG` names another file). What belongs to
//! the team (follow-up interval, slot rules, the contact card…) stays in the register, so both
//! people of a pair see the same.
//!
//! Precedence: a flag, then its `MOTY_*` variable (clap reads both), then this file, then the
//! default. `color` is read before the command line is parsed (src/term.rs has its rules).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::domain::validate;
use crate::error::UserError;
use crate::text;

/// The keys of the file, in the order `config list` prints them.
pub const KEYS: [&str; 5] = ["db", "as", "region", "color", "lang"];

/// The file's settings; an absent key is `None`.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The register file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<PathBuf>,
    /// Who acts (as `--as`).
    #[serde(rename = "as", skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// The region whose cases the lists show (as `--region`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// When to colour: auto, always or never (as `--color`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The language moty speaks (as `--lang`): fi or en.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// A register on the area's PostgreSQL server, and how to sign in to it (last: a TOML table
    /// follows the plain keys).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<Server>,
}

/// `[server]`: the register on the wellbeing area's PostgreSQL server (used when neither `--db`,
/// `MOTY_DB` nor `db` names one), the person's client certificate (PEM: the certificate chain
/// and its PKCS#8 private key in one file; or PKCS#12 without a password) and an extra CA
/// certificate to trust besides the system's. Never a password: `moty login` keeps that in the
/// operating system's credential store.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca: Option<PathBuf>,
}

/// Where the file is: `MOTY_CONFIG`, or `config.toml` in the platform's configuration folder
/// (Linux `~/.config/moty/`, Windows `%APPDATA%\moty\moty\config\`, macOS
/// `~/Library/Application Support/fi.moty.moty/`).
pub fn path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("MOTY_CONFIG").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("fi", "moty", "moty")
        .ok_or_else(|| anyhow::anyhow!(text::no_home()))?;
    Ok(dirs.config_dir().join("config.toml"))
}

/// The file's settings (none when there is no file); a file that is not valid is bad input,
/// naming the file and what is wrong.
pub fn load() -> Result<Config> {
    // Without a home folder there is no configuration folder, and so no file.
    match path() {
        Ok(path) => load_from(&path),
        Err(_) => Ok(Config::default()),
    }
}

fn load_from(path: &Path) -> Result<Config> {
    let body = match std::fs::read_to_string(path) {
        Ok(body) => body,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(e).with_context(|| text::cannot_read_config(path)),
    };
    let config: Config = toml::from_str(&body)
        .map_err(|e| UserError::invalid("config", text::config_invalid(path, e.message())))?;
    config.checked(path)
}

impl Config {
    /// Every value as the command line would check it.
    fn checked(self, path: &Path) -> Result<Config> {
        let bad = |key: &str, e: UserError| {
            UserError::invalid("config", text::config_invalid(path, &format!("{key}: {e}")))
        };
        if self.db.as_ref().is_some_and(|p| p.as_os_str().is_empty()) {
            return Err(bad("db", UserError::invalid("db", text::empty())).into());
        }
        if let Some(actor) = &self.actor {
            validate::line("as", actor, 100).map_err(|e| bad("as", e))?;
        }
        if let Some(region) = &self.region {
            validate::place("region", region).map_err(|e| bad("region", e))?;
        }
        if let Some(color) = &self.color {
            crate::term::Choice::parse("color", color).map_err(|e| bad("color", e))?;
        }
        if let Some(lang) = &self.lang {
            crate::language::ui("lang", lang).map_err(|e| bad("lang", e))?;
        }
        if let Some(url) = self.server.as_ref().and_then(|s| s.url.as_deref()) {
            if crate::store::server_url(Path::new(url)).is_none() {
                let e = UserError::invalid("url", text::admin_needs_server());
                return Err(bad("server.url", e).into());
            }
            if self.db.is_some() {
                let e = UserError::invalid("url", text::config_db_and_server());
                return Err(bad("server.url", e).into());
            }
        }
        Ok(self)
    }

    /// The register the file names: `db`, else `[server] url`.
    pub fn register(&self) -> Option<PathBuf> {
        self.db.clone().or_else(|| {
            let url = self.server.as_ref()?.url.as_ref()?;
            Some(PathBuf::from(url))
        })
    }

    /// The client certificate and CA of `[server]`, for every connection to a server.
    pub fn tls_files(&self) -> crate::store::credentials::TlsFiles {
        let server = self.server.clone().unwrap_or_default();
        crate::store::credentials::TlsFiles {
            certificate: server.certificate,
            ca: server.ca,
        }
    }

    /// When to colour, as the file says (checked on loading).
    pub fn color(&self) -> Option<crate::term::Choice> {
        let color = self.color.as_deref()?;
        crate::term::Choice::parse("color", color).ok()
    }

    /// A key's value as text.
    pub fn get(&self, key: &str) -> Result<Option<String>, UserError> {
        Ok(match key {
            "db" => self.db.as_ref().map(|p| p.display().to_string()),
            "as" => self.actor.clone(),
            "region" => self.region.clone(),
            "color" => self.color.clone(),
            "lang" => self.lang.clone(),
            other => return Err(UserError::invalid("KEY", text::config_key(other, &KEYS))),
        })
    }

    /// Sets (or with `None` removes) a key, checking the value as its flag would.
    pub fn set(&mut self, key: &str, value: Option<&str>) -> Result<(), UserError> {
        match key {
            "db" => {
                self.db = match value {
                    Some("") => return Err(UserError::invalid("VALUE", text::empty())),
                    Some(v) => Some(PathBuf::from(v)),
                    None => None,
                }
            }
            "as" => self.actor = value.map(|v| validate::line("VALUE", v, 100)).transpose()?,
            "region" => self.region = value.map(|v| validate::place("VALUE", v)).transpose()?,
            "color" => {
                self.color = value
                    .map(|v| crate::term::Choice::parse("VALUE", v).map(|c| c.as_str().to_string()))
                    .transpose()?
            }
            "lang" => {
                self.lang = value
                    .map(|v| crate::language::ui("VALUE", v).map(|l| l.as_str().to_string()))
                    .transpose()?
            }
            other => return Err(UserError::invalid("KEY", text::config_key(other, &KEYS))),
        }
        Ok(())
    }

    /// Writes the file (its folder made if needed), replacing it whole: never half written.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            crate::files::create_folder(folder)?;
        }
        let body = toml::to_string(self).context("writing the configuration")?;
        // The register is never this file; the check only needs a path that is not it.
        let pending = crate::files::prepare(path, body.as_bytes(), true, Path::new(""))?;
        pending.commit()
    }
}
