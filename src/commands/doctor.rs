//! `moty doctor`: is the register healthy? Exit 4 when a check fails.

use anyhow::Result;

use super::Ctx;
use crate::error::UserError;
use crate::ops::doctor::{self, Status};
use crate::{render, text};

pub fn run(ctx: &Ctx) -> Result<String> {
    let checks = doctor::checks(&ctx.db_path, ctx.reader(), ctx.clock)?;
    let failed = checks.iter().filter(|c| c.status == Status::Fail).count();
    let out = render::doctor(&checks, ctx.json);
    if failed > 0 {
        render::emit(&out)?;
        return Err(UserError::Refused(text::doctor_failed(failed)).into());
    }
    Ok(out)
}
