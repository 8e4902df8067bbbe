//! Words of `moty import referrals` (domain/sheet.rs, ops/import.rs): a team's referral sheet.

use super::i18n::t;
use crate::domain::chars::shown;

pub fn sheet_empty() -> String {
    t!("sheet-empty")
}

pub fn sheet_not_csv(error: &str) -> String {
    t!("sheet-not-csv", error = error)
}

pub fn sheet_not_utf8() -> String {
    t!("sheet-not-utf8")
}

pub fn sheet_no_rows() -> String {
    t!("sheet-no-rows")
}

pub fn sheet_twice() -> String {
    t!("sheet-twice")
}

pub fn sheet_unknown_column(known: &str) -> String {
    t!("sheet-unknown-column", known = known)
}

pub fn sheet_missing_column() -> String {
    t!("sheet-missing-column")
}

pub fn sheet_required() -> String {
    t!("sheet-required")
}

pub fn sheet_yes_no(value: &str) -> String {
    t!("sheet-yes-no", value = shown(value))
}

pub fn sheet_temporary(number: &str) -> String {
    t!("sheet-temporary", number = number)
}

pub fn sheet_not_a_year(value: &str) -> String {
    t!("sheet-not-a-year", value = shown(value))
}

pub fn sheet_year_differs() -> String {
    t!("sheet-year-differs")
}

pub fn sheet_other_sign() -> String {
    t!("sheet-other-sign")
}

pub fn sheet_duplicate_hetu(line: usize) -> String {
    t!("sheet-duplicate-hetu", line = line)
}

/// The report of a refused sheet: the count of all `total` problems, then the `listed` ones a
/// line, then how many more there are.
pub fn sheet_problems(listed: &[(usize, Option<String>, String)], total: usize) -> String {
    let mut out = t!("sheet-problems", count = total);
    for (line, column, message) in listed {
        out.push('\n');
        out.push_str(&match column {
            Some(column) => t!(
                "sheet-problem",
                line = line,
                column = shown(column),
                message = message
            ),
            None => t!("sheet-problem-line", line = line, message = message),
        });
    }
    if total > listed.len() {
        out.push('\n');
        let more = total - listed.len();
        out.push_str(&t!("sheet-more", count = more));
    }
    out
}

pub fn sheet_imported(file: &str, referrals: usize, new: usize, existing: usize) -> String {
    t!(
        "sheet-imported",
        file = file,
        referrals = referrals,
        new = new,
        existing = existing
    )
}

pub fn sheet_checked(file: &str, referrals: usize, new: usize, existing: usize) -> String {
    t!(
        "sheet-checked",
        file = file,
        referrals = referrals,
        new = new,
        existing = existing
    )
}

pub fn sheet_cases(first: &str, last: &str) -> String {
    t!("sheet-cases", first = first, last = last)
}

pub fn sheet_case(case: &str) -> String {
    t!("sheet-case", case = case)
}

pub fn sheet_checking() -> String {
    t!("sheet-checking")
}

pub fn sheet_importing() -> String {
    t!("sheet-importing")
}

pub fn sheet_partial(first: usize, last: usize, case: &str, next: usize) -> String {
    t!(
        "sheet-partial",
        first = first,
        last = last,
        case = case,
        next = next
    )
}
