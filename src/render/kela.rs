//! The Kela hour's conclusions (the receipt of `kela-outcome` and the table in `show`) and the
//! receipt of `moty correct`.

use super::{json, or_none, table};
use crate::domain::records::KelaConclusion;
use crate::ops::correct::Corrected;
use crate::ops::kela::Concluded;
use crate::text;

pub fn kela_concluded(done: &Concluded, as_json: bool) -> String {
    if as_json {
        return json(done);
    }
    text::kela_concluded(&done.case, done.conclusions.len(), done.starts_at)
}

/// The case's conclusions as `show` prints them: each item, who, by when, and whether the plan
/// took it in.
pub(crate) fn conclusions_table(conclusions: &[KelaConclusion]) -> String {
    let mut t = table(&[
        &text::h_kela_hour(),
        text::h_id(),
        &text::h_conclusion(),
        &text::h_responsible(),
        &text::h_by_date(),
        &text::h_in_plan(),
    ]);
    t.cards_below_wide();
    for c in conclusions {
        let in_plan = c.planned_in.map_or_else(
            || text::not_yet().to_string(),
            |v| format!("{} {v}", text::l_plan()),
        );
        t.add_row(vec![
            c.meeting.to_string(),
            c.position.to_string(),
            text::kela_item(c.kind, c.statement, c.text.as_deref()),
            or_none(&c.responsible),
            or_none(&c.due_on.map(text::kela_day)),
            in_plan,
        ]);
    }
    format!("{}\n{t}\n\n", &text::l_kela_conclusions())
}

pub fn corrected(done: &Corrected, as_json: bool) -> String {
    if as_json {
        return json(done);
    }
    text::corrected(&done.case, &done.fact, &done.from, &done.to)
}
