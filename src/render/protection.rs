//! The receipt of `moty client`: the client's protection and language as the change left them.

use super::json;
use crate::ops::client::Changed;
use crate::text;

pub fn client_changed(changed: &Changed, as_json: bool) -> String {
    if as_json {
        return json(changed);
    }
    let mut out = String::new();
    if changed.non_disclosure {
        out.push_str(&format!("{}\n", text::non_disclosure_warning()));
    }
    out.push_str(&text::client_changed(
        &changed.case,
        &changed.changed,
        changed.non_disclosure,
        changed.language.map(|l| l.as_str()),
        changed.interpreter.as_deref(),
    ));
    out
}
