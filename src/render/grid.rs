//! Tables for people, fitted to the terminal. At a known width (`crate::term::width`: the
//! terminal's, or `COLUMNS`) a table wraps its free text at spaces and never splits a word, a case
//! id, an identity code, a phone number or a date; a table that cannot fit even so — or a table
//! that asks for it, like `show`'s, at a narrow terminal — is printed as cards instead, one per
//! row. Into a pipe or a file (no width) nothing is wrapped: every row is one line.

use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::UnicodeWidthStr;

use crate::term::Mark;

/// Below this width a table that asks for it (`Grid::cards_below_wide`) is printed as cards.
pub(crate) const WIDE: u16 = 100;

/// Narrower than this, a terminal's width is not believed (some pseudo-terminals say 0): the
/// table is printed at its natural width.
const USABLE: u16 = 40;

/// A table whose every heading and cell passes through `text::shown`: stored free text (names,
/// reasons, units) cannot carry escape sequences or bidirectional overrides to the terminal.
/// Styling (bold headings, a marked row) is added by the table itself, after escaping and after
/// measuring, so a coloured table has the widths of a plain one.
pub(crate) struct Grid {
    table: Table,
    headings: Vec<String>,
    rows: Vec<(Option<Mark>, Vec<String>)>,
    cards_below: u16,
}

/// A table with the given headings (printed as `Grid` says).
pub(super) fn table(headings: &[&str]) -> Grid {
    table_marked(headings, None)
}

/// `table` with the heading at `marked`'s index standing out as its mark says.
pub(super) fn table_marked(headings: &[&str], marked: Option<(usize, Mark)>) -> Grid {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if crate::term::stdout() {
        // Also into a pipe when colour is forced (`--color always`, CLICOLOR_FORCE).
        table.enforce_styling();
        table.style_text_only();
    }
    let headings: Vec<String> = headings
        .iter()
        .map(|h| crate::text::shown(h).into_owned())
        .collect();
    table.set_header(headings.iter().enumerate().map(|(i, h)| {
        let mark = match marked {
            Some((at, mark)) if at == i => mark,
            _ => Mark::Heading,
        };
        crate::term::cell(mark, Cell::new(h))
    }));
    Grid {
        table,
        headings,
        rows: Vec::new(),
        cards_below: 0,
    }
}

impl Grid {
    pub(crate) fn add_row<I, S>(&mut self, cells: I) -> &mut Grid
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.add_marked_row(None, cells)
    }

    /// A row that stands out when coloured (`None`: a plain row).
    pub(crate) fn add_marked_row<I, S>(&mut self, mark: Option<Mark>, cells: I) -> &mut Grid
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| crate::text::shown(c.as_ref()).into_owned())
            .collect();
        match mark {
            Some(mark) => self.table.add_row(
                cells
                    .iter()
                    .map(|c| crate::term::cell(mark, Cell::new(c)))
                    .collect::<Vec<Cell>>(),
            ),
            None => self.table.add_row(cells.clone()),
        };
        self.rows.push((mark, cells));
        self
    }

    /// Printed as cards when the terminal is narrower than `WIDE` (the case file's tables: a
    /// timeline squeezed into 80 columns is unreadable as a table).
    pub(crate) fn cards_below_wide(&mut self) -> &mut Grid {
        self.cards_below = WIDE;
        self
    }

    /// The table fitted to `width`: its columns at least as wide as their longest unbreakable
    /// piece; `None` when even that does not fit.
    fn fitted(&self, width: u16) -> Option<Table> {
        let mut table = self.table.clone();
        table
            .set_width(width)
            .set_content_arrangement(ContentArrangement::Dynamic);
        let columns = self.headings.len();
        let mut least = columns + 1; // the borders
        for index in 0..columns {
            let piece = std::iter::once(&self.headings[index])
                .chain(self.rows.iter().filter_map(|(_, cells)| cells.get(index)))
                .map(|cell| unbreakable(cell))
                .max()
                .unwrap_or(1)
                .max(1);
            let column = table.column_mut(index)?;
            let with_padding = piece + usize::from(column.padding_width());
            least += with_padding;
            let fixed = u16::try_from(with_padding).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(fixed)));
        }
        (least <= usize::from(width)).then_some(table)
    }

    /// One card per row: the first cells on the card's first line as far as they fit, the rest
    /// as "Heading: value" items, wrapped at spaces, indented.
    fn cards(&self, width: u16) -> String {
        let width = usize::from(width);
        let flat: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|(_, cells)| cells.iter().map(|c| one_line(c)).collect())
            .collect();
        // As many leading cells on the first line as fit on every card's, so that the cards of
        // one table read alike; the first cell always.
        let leading = (1..=self.headings.len())
            .take_while(|&n| {
                self.rows.iter().zip(&flat).all(|((_, cells), line)| {
                    let shown = &line[..n.min(line.len())];
                    let wide = shown.iter().map(|c| c.width()).sum::<usize>() + 2 * (n - 1);
                    n == 1
                        || (wide <= width
                            && !cells[n - 1].contains('\n')
                            && !line[n - 1].is_empty())
                })
            })
            .last()
            .unwrap_or(1);
        let mut out = String::new();
        for ((mark, _), flat) in self.rows.iter().zip(&flat) {
            let first = flat[..leading.min(flat.len())].join("  ");
            let rest = leading.min(flat.len());
            // An empty cell says nothing on a card (a table needs it to keep its columns).
            let items: Vec<String> = (rest..flat.len())
                .filter(|&i| !flat[i].is_empty())
                .map(|i| {
                    let heading = self.headings.get(i).map(String::as_str).unwrap_or("");
                    crate::text::card_item(heading, &flat[i])
                })
                .collect();
            let body = wrap(&items, width);
            let card = if body.is_empty() {
                format!("{first}\n")
            } else {
                format!("{first}\n{body}")
            };
            out.push_str(&match mark {
                Some(mark) => card
                    .lines()
                    .map(|line| format!("{}\n", crate::term::paint(*mark, line)))
                    .collect(),
                None => card,
            });
        }
        out.trim_end_matches('\n').to_string()
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some(width) = crate::term::width().filter(|&w| w >= USABLE) else {
            let mut table = self.table.clone();
            table.set_content_arrangement(ContentArrangement::Disabled);
            return table.fmt(f);
        };
        if width < self.cards_below {
            return f.write_str(&self.cards(width));
        }
        match self.fitted(width) {
            Some(table) => table.fmt(f),
            None => f.write_str(&self.cards(width)),
        }
    }
}

/// The widest piece of a cell that must stay on one line: the whole cell when it is a date, a
/// time, an id, a code or a number (it has a digit, is short, and its other words are at most
/// three letters, like `ke … klo` or `+358 555 0100`), else its longest word.
fn unbreakable(cell: &str) -> usize {
    cell.lines()
        .map(|line| {
            let whole = line.chars().any(|c| c.is_ascii_digit())
                && line.width() <= 24
                && line
                    .split_whitespace()
                    .all(|w| w.chars().any(|c| c.is_ascii_digit()) || w.chars().count() <= 3);
            if whole {
                line.width()
            } else {
                line.split_whitespace().map(str::width).max().unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(0)
}

/// A cell of several lines on one line, its lines separated by commas.
fn one_line(cell: &str) -> String {
    cell.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Items on indented lines of at most `width` columns, separated by " · "; an item longer than a
/// line wraps at its spaces (a word longer than a line stands alone, never split).
fn wrap(items: &[String], width: usize) -> String {
    const INDENT: &str = "  ";
    const BETWEEN: &str = " · ";
    let room = width.saturating_sub(INDENT.width()).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && line.width() + BETWEEN.width() + item.width() <= room {
            line.push_str(BETWEEN);
            line.push_str(item);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for word in item.split(' ') {
            if line.is_empty() {
                line.push_str(word);
            } else if line.width() + 1 + word.width() <= room {
                line.push(' ');
                line.push_str(word);
            } else {
                lines.push(std::mem::take(&mut line));
                line.push_str("  ");
                line.push_str(word);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.iter().map(|l| format!("{INDENT}{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_ids_and_numbers_stay_whole_and_free_text_breaks_at_spaces() {
        assert_eq!(unbreakable("ke 2.12.2026 klo 12.30"), 22);
        assert_eq!(unbreakable("2026-12-02 12:30"), 16);
        assert_eq!(unbreakable("+358 555 0100"), 13);
        assert_eq!(unbreakable("010190-900P"), 11);
        assert_eq!(unbreakable("2026-0001"), 9);
        assert_eq!(unbreakable("syntynyt 1978"), 8);
        assert_eq!(unbreakable("sent 2 days late"), 4);
        assert_eq!(unbreakable("Joint assessment booked"), 10);
        assert_eq!(unbreakable("a\nlonger line"), 6);
    }

    #[test]
    fn a_wrapped_item_never_splits_a_word_and_keeps_to_the_width() {
        let items = vec![
            "Region: south".to_string(),
            "What: a long reason that needs more than one line to be read".to_string(),
        ];
        let text = wrap(&items, 30);
        for line in text.lines() {
            assert!(line.width() <= 30, "{line:?}");
        }
        let words: Vec<&str> = text.split_whitespace().filter(|w| *w != "·").collect();
        assert_eq!(words.join(" "), items.join(" "));
    }
}
