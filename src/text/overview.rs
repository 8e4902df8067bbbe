//! What `moty` alone prints: the path of a case (domain.md, "The path of a case") with the
//! command for each step, and where the help is.

use super::i18n::t;

pub fn overview() -> String {
    format!("{}\n", t!("overview"))
}
