//! `moty show`: one case in full — the client, where the case stands, the referral, consents and
//! the whole timeline, backdated entries marked.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::domain::{validate, AccessAction};
use crate::error::UserError;
use crate::store::{access, cases, clients, consents, events, follow_up, plan, schedule, triage};
use crate::{render, text};

/// Show a case. Written to the access log.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why you look at the client's data; kept in the access log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// Everything `show` prints; also its JSON shape.
#[derive(Debug, Serialize)]
pub struct CaseFile {
    pub client: clients::Client,
    pub case: cases::Case,
    pub referral: Option<cases::Referral>,
    pub consents: Vec<consents::Consent>,
    pub triage: Vec<triage::Triage>,
    pub meetings: Vec<schedule::Booking>,
    pub plan: Option<plan::Plan>,
    pub follow_ups: Vec<follow_up::FollowUp>,
    pub timeline: Vec<events::Event>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = super::find::access_reason(&args.reason)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let file = register.write(|tx| {
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        access::log(
            tx,
            &author,
            &access::Access {
                command: "show",
                action: AccessAction::View,
                client_id: Some(case.client_id),
                case_id: Some(&case_id),
                reason: reason.as_deref(),
            },
        )?;
        Ok(CaseFile {
            client: clients::get(tx, case.client_id)?,
            referral: cases::referral(tx, &case_id)?,
            consents: consents::for_case(tx, &case_id)?,
            triage: triage::for_case(tx, &case_id)?,
            meetings: schedule::for_case(tx, &case_id)?,
            plan: plan::latest(tx, &case_id)?,
            follow_ups: follow_up::for_case(tx, &case_id)?,
            timeline: events::for_case(tx, &case_id)?,
            case,
        })
    })?;
    Ok(render::case_file(&file, ctx.clock.today(), ctx.json))
}
