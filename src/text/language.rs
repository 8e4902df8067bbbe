//! Words about choosing the language (`--lang`, `MOTY_LANG`, the configuration's `lang`).

use super::i18n::t;

pub fn lang_unknown(value: &str, allowed: &[&str]) -> String {
    t!(
        "lang-unknown",
        value = super::shown(value),
        allowed = allowed.join(", ")
    )
}

pub fn lang_swedish_documents() -> String {
    t!("lang-swedish-documents")
}
