//! `moty login` / `moty logout`: keep (or forget) one's password for a register on a server in
//! the operating system's credential store (ops::login).

use anyhow::Result;

use super::Ctx;
use crate::ops::login;
use crate::{prompt, render, text};

pub fn login(ctx: &Ctx) -> Result<String> {
    let (url, account) = login::server(&ctx.db_path, true)?;
    let password = prompt::server_password(&text::login_prompt(&account))?;
    let store = login::login(url, &account, &password)?;
    Ok(render::login::logged_in(&account, store, ctx.json))
}

pub fn logout(ctx: &Ctx) -> Result<String> {
    let (_, account) = login::server(&ctx.db_path, false)?;
    let removed = login::logout(&account)?;
    Ok(render::login::logged_out(&account, removed, ctx.json))
}
