//! Words of the onward services' own names (migration 6): adding or renaming a service with its
//! Finnish, Swedish and English names.

use super::i18n::t;

/// A name of a new service is missing: `flag` is the first language without one.
pub fn service_name_missing(flag: &str) -> String {
    t!("services-name-missing", flag = flag)
}

/// The receipt of `plan services add`: a new service, or one renamed.
pub fn service_saved(code: &str, new: bool) -> String {
    let line = match new {
        true => t!("services-added", code = code),
        false => t!("services-renamed", code = code),
    };
    format!("{line}\n")
}
