//! Reading the plan: a version, its history, the printable plan for the client (a disclosure).
//! The service catalogue itself is kept by `ops::areas`.

use anyhow::Result;

use super::super::follow_up::{interval_of, Interval};
use super::super::{case, log_view, Session};
use crate::domain::records::Plan;
use crate::error::UserError;
use crate::store::{access, clients, plan as db};
use crate::text;

/// The service catalogue: (code, name, active).
pub type Services = Vec<crate::domain::area::ServiceEntry>;

/// What `moty plan show` asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// One version (the newest when `None`).
    Version(Option<u32>),
    /// Every version.
    History,
    /// The plain-language plan handed to the client: it leaves the register, on this legal
    /// basis.
    ForClient(Option<u32>, crate::domain::LegalBasis),
}

/// What was read.
#[derive(Debug)]
pub enum Shown {
    Version {
        plan: Plan,
        services: Services,
        /// The follow-up interval the case follows up at.
        interval: Interval,
    },
    History(Vec<Plan>),
    ForClient {
        client_name: String,
        /// The client's language, which chooses the plan's.
        language: Option<crate::domain::ClientLanguage>,
        plan: Plan,
        services: Services,
    },
}

pub fn show(
    session: &mut Session,
    case_id: &str,
    view: View,
    reason: Option<&str>,
) -> Result<Shown> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        let versions = db::versions(tx, case_id)?;
        let Some(latest) = versions.last().copied() else {
            return Err(UserError::NotFound(text::no_plan(case_id)).into());
        };
        log_view(tx, author, &case, "plan show", reason)?;
        let version = match &view {
            View::History => {
                let mut all = Vec::new();
                for v in &versions {
                    all.extend(db::get(tx, case_id, *v)?);
                }
                return Ok(Shown::History(all));
            }
            View::Version(v) | View::ForClient(v, _) => v.unwrap_or(latest),
        };
        let plan = db::get(tx, case_id, version)?
            .ok_or_else(|| UserError::NotFound(text::no_version(case_id, version)))?;
        let services = db::services(tx)?;
        if let View::ForClient(_, basis) = &view {
            // The printable plan is handed to the client: it leaves the register.
            access::disclose(
                tx,
                author,
                "plan for the client (Markdown)",
                "the client",
                std::slice::from_ref(&case.id),
                basis,
            )?;
            let client = clients::get(tx, case.client_id)?;
            return Ok(Shown::ForClient {
                client_name: client.name,
                language: client.language,
                plan,
                services,
            });
        }
        let interval = interval_of(tx, &case)?;
        Ok(Shown::Version {
            plan,
            services,
            interval,
        })
    })
}
