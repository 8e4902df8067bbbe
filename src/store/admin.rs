//! The owner's work on a register on a PostgreSQL server (`moty admin`): creating it (the roles,
//! then the schema as `moty_owner`, then the grants), migrating it, and granting people. A
//! coordinator's command never runs any of this: `Register::connect` refuses a database whose
//! schema is missing or of another version.

use anyhow::{Context, Result};

use super::db::Value;
use super::{migrate, pg};
use crate::error::UserError;
use crate::text;

/// The roles and grants (idempotent): before the schema exists and again after every migration.
const ROLES: &str = include_str!("pg/roles.sql");

/// The PostgreSQL migrations, by the schema version each brings the register to. The schema on a
/// server starts at version 6, the version moty first ran on PostgreSQL (the whole schema as a
/// file has it at 6); from 7 on every migration has a twin here with the same number.
const MIGRATIONS: &[(i64, &[&str])] = &[
    (
        6,
        &[
            include_str!("pg/006_schema.sql"),
            include_str!("pg/006_triggers.sql"),
        ],
    ),
    (
        7,
        &[
            include_str!("pg/007_teams.sql"),
            include_str!("pg/007_import.sql"),
        ],
    ),
    (8, &[include_str!("pg/008_search.sql")]),
    (9, &[include_str!("pg/009_pages.sql")]),
    (10, &[include_str!("pg/010_work_list.sql")]),
    (11, &[include_str!("pg/011_kept_with_the_case.sql")]),
    (12, &[include_str!("pg/012_server_chain.sql")]),
    (13, &[include_str!("pg/013_found.sql")]),
    (14, &[include_str!("pg/014_inlined.sql")]),
    (15, &[include_str!("pg/015_access_at_once.sql")]),
    (16, &[include_str!("pg/016_found_on_server.sql")]),
    (17, &[include_str!("pg/017_looked_up_at_once.sql")]),
];

/// The roles a person can be granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Coordinator,
    Lead,
    Auditor,
    Owner,
}

impl Role {
    fn group(self) -> &'static str {
        match self {
            Role::Coordinator => "moty_coordinator",
            Role::Lead => "moty_lead",
            Role::Auditor => "moty_auditor",
            Role::Owner => "moty_owner",
        }
    }
}

fn connect(url: &str) -> Result<pg::Conn> {
    pg::Conn::connect(url).with_context(|| text::cannot_connect(&pg::redacted(url)))
}

/// The register's schema version on the server, None when it has none.
fn version(conn: &pg::Conn) -> Result<Option<i64>> {
    Ok(conn.schema_version()?)
}

/// Brings the schema from `from` to the newest, as `moty_owner`, in one transaction.
fn apply(conn: &pg::Conn, from: i64) -> Result<i64> {
    let mut to = from;
    conn.transaction(
        &format!(
            "BEGIN; SET LOCAL ROLE moty_owner; SELECT pg_advisory_xact_lock({})",
            pg::WRITE_LOCK
        ),
        |conn| {
            for (version, files) in MIGRATIONS.iter().filter(|(v, _)| *v > from) {
                for sql in *files {
                    conn.batch(sql)
                        .with_context(|| text::server_migration_failed(*version))?;
                }
                // A migration's files must record the version they bring: a register that says
                // it is older (or newer) than its schema would be migrated again, or refused.
                let recorded = conn.schema_version()?;
                if recorded != Some(*version) {
                    return Err(anyhow::anyhow!(text::server_migration_unrecorded(
                        *version,
                        recorded.unwrap_or(0)
                    )))
                    .context(text::server_migration_failed(*version));
                }
                to = *version;
            }
            Ok(())
        },
    )?;
    Ok(to)
}

/// `moty admin init`: the roles, the schema, the grants. A register already there is left as it
/// is (its grants renewed); returns (the version before, the version now).
pub fn init(url: &str) -> Result<(Option<i64>, i64)> {
    let conn = connect(url)?;
    let before = version(&conn)?;
    conn.batch(ROLES).context(text::server_roles_failed())?;
    let now = match before {
        Some(v) if v > migrate::LATEST => {
            return Err(UserError::BadRegister(text::server_newer_register(
                &pg::redacted(url),
                v,
                migrate::LATEST,
            ))
            .into())
        }
        Some(v) => v,
        None => apply(&conn, 0)?,
    };
    conn.batch(ROLES).context(text::server_roles_failed())?;
    Ok((before, now))
}

/// `moty admin migrate`: the owner brings the schema up to date; returns (from, to).
pub fn migrate(url: &str) -> Result<(i64, i64)> {
    let conn = connect(url)?;
    let shown = pg::redacted(url);
    let Some(from) = version(&conn)? else {
        return Err(UserError::BadRegister(text::server_not_a_register(&shown)).into());
    };
    if from > migrate::LATEST {
        return Err(UserError::BadRegister(text::server_newer_register(
            &shown,
            from,
            migrate::LATEST,
        ))
        .into());
    }
    let to = apply(&conn, from)?;
    if to > from {
        conn.batch(ROLES).context(text::server_roles_failed())?;
    }
    Ok((from, to))
}

/// `moty admin user add`: a login for a person, in the role's group, placed in their team and
/// region (moty.members, which row-level security reads: a coordinator sees the team's cases, a
/// lead the region's) — the region is also the lists' default region, as `settings region` keeps
/// it. The password, if any, is the area's identity management's to set: moty never sees it.
pub fn add_user(
    url: &str,
    login: &str,
    role: Role,
    team: Option<&str>,
    region: Option<&str>,
) -> Result<bool> {
    let conn = connect(url)?;
    let shown = pg::redacted(url);
    match version(&conn)? {
        None => return Err(UserError::BadRegister(text::server_not_a_register(&shown)).into()),
        Some(v) if v < migrate::LATEST => {
            return Err(UserError::BadRegister(text::server_older_register(
                &shown,
                v,
                migrate::LATEST,
            ))
            .into())
        }
        Some(_) => {}
    }
    let exists = conn
        .fetch(
            "SELECT 1 FROM pg_roles WHERE rolname = ?1",
            vec![Value::Text(login.to_string())],
        )?
        .next()?
        .is_some();
    let identifier = quote_identifier(login);
    conn.transaction("BEGIN", |conn| {
        if !exists {
            // Made by the server from the name as a parameter (no quoting by hand), and left as
            // it is when another `user add` made it at the same moment.
            conn.run(
                "SELECT set_config('moty.new_login', ?1, true)",
                vec![Value::Text(login.to_string())],
            )?;
            conn.batch(
                "DO $$ BEGIN
                     EXECUTE format('CREATE ROLE %I LOGIN', current_setting('moty.new_login'));
                 EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                 END $$",
            )?;
        }
        conn.batch(&format!("GRANT {} TO {identifier}", role.group()))?;
        conn.run(
            "INSERT INTO members (login, team, region) VALUES (?1, ?2, ?3)
             ON CONFLICT (login) DO UPDATE SET team = coalesce(excluded.team, members.team),
                 region = coalesce(excluded.region, members.region)",
            vec![
                Value::Text(login.to_string()),
                team.map_or(Value::Null, |t| Value::Text(t.to_string())),
                region.map_or(Value::Null, |r| Value::Text(r.to_string())),
            ],
        )?;
        if let Some(region) = region {
            conn.run(
                "INSERT INTO user_regions (\"user\", region) VALUES (?1, ?2)
                 ON CONFLICT (\"user\") DO UPDATE SET region = excluded.region",
                vec![
                    Value::Text(login.to_string()),
                    Value::Text(region.to_string()),
                ],
            )?;
        }
        Ok(())
    })
    .with_context(|| text::server_user_failed(login))?;
    Ok(!exists)
}

/// A name as a PostgreSQL identifier, quoted (a login may hold any character but NUL).
fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn identifiers_are_quoted_whole() {
        assert_eq!(super::quote_identifier("anna"), "\"anna\"");
        assert_eq!(
            super::quote_identifier("x\"; DROP TABLE cases; --"),
            "\"x\"\"; DROP TABLE cases; --\""
        );
    }
}
