//! `moty admin`: a register on the wellbeing area's PostgreSQL server — creating it, migrating
//! it, granting people. Run by its owner (the area's IT), never needed for a register file.

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::ops::admin::{self, Role};
use crate::render;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Init,
    Migrate,
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    Add {
        login: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Coordinator)]
        role: RoleArg,
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
            region,
        }) => {
            let login = validate::line("LOGIN", &login, 63)?;
            let region = region
                .map(|r| validate::line("--region", &r, 100))
                .transpose()?;
            let created = admin::add_user(&ctx.db_path, &login, role.role(), region.as_deref())?;
            Ok(render::admin::user_added(
                &login,
                role.code(),
                created,
                ctx.json,
            ))
        }
    }
}
