//! The messages about who acts: the name every recorded change and look-up carries.

use super::i18n::t;

/// Nobody named with `--as`, `MOTY_USER` or the configuration file, and no login name to use.
pub fn no_actor() -> String {
    t!("actor-none")
}
