//! What the long lists say about their pages: a place (`--after`) that is not one, and the line
//! that counts the rest and says where the next page starts.

use super::i18n::t;
use super::shown;

pub fn list_place_shape(value: &str) -> String {
    t!("gen-list-place-shape", value = shown(value))
}

pub fn queue_place_shape(value: &str) -> String {
    t!("gen-queue-place-shape", value = shown(value))
}

pub fn work_place_shape(value: &str, example: &str) -> String {
    t!(
        "gen-work-place-shape",
        value = shown(value),
        example = example
    )
}

pub fn more_in_section(more: u64, section: &str, after: &str) -> String {
    t!(
        "gen-more-in-section",
        more = more,
        section = section,
        after = after
    )
}

pub fn only_with_queue() -> String {
    t!("gen-only-with-queue")
}

/// The line below a list cut short (`--limit`, or a screenful at a terminal).
pub fn more_rows(more: u64, after: &str) -> String {
    t!("gen-more-rows", more = more, after = after)
}

pub fn agenda_place_shape(value: &str) -> String {
    t!("gen-agenda-place-shape", value = shown(value))
}
