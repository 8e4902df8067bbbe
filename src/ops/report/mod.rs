//! Reports: the weekly export for the Yhteistyö-tiimi, the effectiveness figures and the
//! coordinators' work list. Every report that leaves the register writes the disclosure log in
//! the same transaction that read it.

pub mod outcomes;
pub mod queue;
pub mod weekly;

use anyhow::Result;

use crate::domain::ConsentKind;
use crate::store::{consents, Tx};

/// Cases whose multi-professional consent was withdrawn (and not given again) leave every export.
pub(crate) fn withdrawn(tx: &Tx, case_id: &str) -> Result<bool> {
    let multi: Vec<_> = consents::for_case(tx, case_id)?
        .into_iter()
        .filter(|c| c.kind == ConsentKind::MultiProfessional)
        .collect();
    Ok(!multi.is_empty() && multi.iter().all(|c| !c.is_active()))
}
