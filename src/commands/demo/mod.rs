//! `moty demo`: builds a register of fictitious clients and shows it, so a new user sees the
//! tool working with no set-up.

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::ops::{demo, lookup, report, Session};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub clients: u32,
}

/// Where the demo goes when no PATH is given and neither `--db` nor `MOTY_DB` names a file.
pub const DEFAULT_PATH: &str = "moty-demo.sqlite3";

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let path = match (args.path, ctx.db_given) {
        (Some(path), _) => path,
        (None, true) => ctx.db_path.clone(),
        (None, false) => PathBuf::from(DEFAULT_PATH),
    };
    // The look-ups that show it are logged under the actor: known before anything is built.
    let actor = if ctx.json { "" } else { ctx.actor()? };
    // The demo's free text is in the UI language: `moty --lang fi demo` builds a Finnish register.
    let words = demo::Words {
        reasons: text::demo_data_reasons(),
        other_sign: text::demo_data_other_sign(),
        referrer_unit: text::demo_data_referrer_unit(),
        single_issue: text::demo_data_single_issue(),
        declined: text::demo_data_declined(),
        redirected: text::demo_data_redirected(),
        team_units: text::demo_data_team_units(),
        key_worker_units: text::demo_data_key_worker_units(),
        doctor_purpose: text::demo_data_doctor_purpose(),
        goals: text::demo_data_goals(),
    };
    let mut bar = render::progress::Bar::building(args.clients as usize);
    let built = demo::build(&path, args.clients, ctx.clock, &words, &mut |done| {
        bar.show(false, done as usize)
    });
    bar.finish();
    let built = built?;
    if ctx.json {
        return Ok(render::demo_built(
            &built.path,
            built.clients,
            &built.first_case,
        ));
    }
    // Show it the way a coordinator would see it, through the ordinary operations (which write
    // the access log like any other look-up).
    let mut session = Session::open(&built.path, actor, ctx.clock)?;
    let today = ctx.clock.today();
    let reason = Some("demo");
    let mut out = text::demo_built(&built.path, built.clients as usize);
    if built.clients <= 60 {
        let mut open = Vec::new();
        let all = (crate::domain::paging::Take::All, None);
        lookup::list(
            &mut session,
            &lookup::Filter::default(),
            reason,
            all,
            |rows| {
                open.extend_from_slice(rows);
                Ok(true)
            },
        )?;
        out.push_str(&format!("\n{}\n", text::demo_open_cases()));
        out.push_str(&render::listed(&open, today));
    }
    let file = lookup::show(&mut session, &built.first_case, reason)?;
    out.push_str(&format!("\n{}\n", text::demo_one_case()));
    out.push_str(&render::case_file(&file, today, false));
    out.push_str(&text::demo_try(&built.path, &built.first_case));
    let from = today - chrono::Days::new(365);
    let ask = report::outcomes::Ask {
        from,
        to: today,
        region: None,
        by: None,
        exact: false,
    };
    let outcomes = report::outcomes::outcomes(&mut session, &ask, None)?;
    out.push_str(&format!("\n{}\n", text::demo_outcomes()));
    out.push_str(&render::outcomes(
        &outcomes,
        &from.to_string(),
        &today.to_string(),
        None,
        "table",
    ));
    Ok(out)
}
