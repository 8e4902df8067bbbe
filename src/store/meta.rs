//! Facts about the register file itself (e.g. that it is a demo register).

use super::db::{params, OptionalExtension};
use super::Tx;
use anyhow::{Context, Result};

pub fn get(tx: &Tx, key: &str) -> Result<Option<String>> {
    tx.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
        row.get(0)
    })
    .optional()
    .context("reading the register's facts")
}

pub fn set(tx: &Tx, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )
    .context("recording a fact about the register")?;
    Ok(())
}

/// Forgets a fact (a setting cleared); nothing when it was not set.
pub fn unset(tx: &Tx, key: &str) -> Result<()> {
    tx.execute("DELETE FROM meta WHERE key = ?1", [key])
        .context("clearing a fact about the register")?;
    Ok(())
}

/// The saved anonymous description of a case.
pub fn description(tx: &Tx, case_id: &str) -> Result<Option<String>> {
    tx.query_row(
        "SELECT text FROM descriptions WHERE case_id = ?1",
        [case_id],
        |row| row.get(0),
    )
    .optional()
    .context("reading the description")
}

pub fn save_description(tx: &Tx, case_id: &str, text: &str, author: &super::Author) -> Result<()> {
    tx.execute(
        "INSERT INTO descriptions (case_id, text, saved_at, saved_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (case_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at,
             saved_by = excluded.saved_by",
        params![case_id, text, author.at, author.actor],
    )
    .context("saving the description")?;
    Ok(())
}

/// A coordinator's default region (`user_regions`), by their `--as` name.
pub fn user_region(tx: &Tx, user: &str) -> Result<Option<String>> {
    tx.prepare_cached("SELECT region FROM user_regions WHERE \"user\" = ?1")?
        .query_row([user], |r| r.get(0))
        .optional()
        .context("reading the default region")
}

/// Sets (or with `None` removes) a coordinator's default region.
pub fn set_user_region(tx: &Tx, user: &str, region: Option<&str>) -> Result<()> {
    match region {
        Some(region) => tx.execute(
            "INSERT INTO user_regions (\"user\", region) VALUES (?1, ?2)
             ON CONFLICT (\"user\") DO UPDATE SET region = excluded.region",
            super::db::params![user, region],
        ),
        None => tx.execute("DELETE FROM user_regions WHERE user = ?1", [user]),
    }
    .context("saving the default region")?;
    Ok(())
}
