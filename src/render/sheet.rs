//! `moty import referrals`' result: one summary line (and the cases opened), or with `--json`
//! one document (`"schema"` first).

use schemars::JsonSchema;
use serde::Serialize;

use super::json;
use crate::ops::import::Imported;
use crate::text;

/// What `moty import referrals` did.
#[derive(Serialize, JsonSchema)]
pub struct Import<'a> {
    /// Always `import-referrals`.
    action: &'a str,
    /// The file as named (`-`: standard input).
    file: &'a str,
    #[serde(flatten)]
    imported: &'a Imported,
}

pub fn imported(file: &str, imported: &Imported, as_json: bool) -> String {
    if as_json {
        return json(&Import {
            action: "import-referrals",
            file,
            imported,
        });
    }
    let (referrals, new, existing) = (
        imported.referrals,
        imported.new_clients,
        imported.existing_clients,
    );
    let mut out = if imported.dry_run {
        text::sheet_checked(file, referrals, new, existing)
    } else {
        text::sheet_imported(file, referrals, new, existing)
    };
    out.push('\n');
    match (&imported.first_case, &imported.last_case) {
        (Some(first), Some(last)) if first == last => {
            out.push_str(&text::sheet_case(first));
            out.push('\n');
        }
        (Some(first), Some(last)) => {
            out.push_str(&text::sheet_cases(first, last));
            out.push('\n');
        }
        _ => {}
    }
    out
}
