//! `moty admin`: a register on the wellbeing area's PostgreSQL server — creating it, migrating
//! it, granting people. Run by its owner (the area's IT), never needed for a register file.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::admin::{self, Role};
use crate::render;
use crate::text;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Init,
    Migrate,
    #[command(subcommand)]
    User(UserCommand),
    ImportSqlite {
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
        #[arg(long, value_name = "TEAM")]
        team: String,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    Add {
        login: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Coordinator)]
        role: RoleArg,
        #[arg(long, value_name = "TEAM")]
        team: Option<String>,
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RoleArg {
    Coordinator,
    Lead,
    Auditor,
    Owner,
}

impl RoleArg {
    fn role(self) -> Role {
        match self {
            RoleArg::Coordinator => Role::Coordinator,
            RoleArg::Lead => Role::Lead,
            RoleArg::Auditor => Role::Auditor,
            RoleArg::Owner => Role::Owner,
        }
    }

    fn code(self) -> &'static str {
        match self {
            RoleArg::Coordinator => "moty_coordinator",
            RoleArg::Lead => "moty_lead",
            RoleArg::Auditor => "moty_auditor",
            RoleArg::Owner => "moty_owner",
        }
    }
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Init => {
            let done = admin::init(&ctx.db_path)?;
            Ok(render::admin::initialised(
                &done.url,
                done.before,
                done.version,
                ctx.json,
            ))
        }
        Command::Migrate => {
            let (from, to) = admin::migrate(&ctx.db_path)?;
            Ok(render::admin::migrated(from, to, ctx.json))
        }
        Command::User(UserCommand::Add {
            login,
            role,
            team,
            region,
        }) => {
            let login = validate::line("LOGIN", &login, 63)?;
            let team = team.map(|t| validate::line("--team", &t, 80)).transpose()?;
            let region = region
                .map(|r| validate::line("--region", &r, 80))
                .transpose()?;
            // Row-level security shows a coordinator their team's cases, a lead their region's.
            match (role, &team, &region) {
                (RoleArg::Coordinator, None, _) => {
                    return Err(UserError::invalid("--team", text::admin_team_needed()).into())
                }
                (RoleArg::Lead, _, None) => {
                    return Err(UserError::invalid("--region", text::admin_region_needed()).into())
                }
                _ => {}
            }
            let created = admin::add_user(
                &ctx.db_path,
                &login,
                role.role(),
                team.as_deref(),
                region.as_deref(),
            )?;
            Ok(render::admin::user_added(
                &render::admin::Placed {
                    login: &login,
                    role: role.code(),
                    team: team.as_deref(),
                    region: region.as_deref(),
                    created,
                },
                ctx.json,
            ))
        }
        Command::ImportSqlite { file, team } => {
            let team = validate::line("--team", &team, 80)?;
            let imported = admin::import_sqlite(&ctx.db_path, &file, &team)?;
            Ok(render::import::imported(&file, &imported, ctx.json))
        }
    }
}
