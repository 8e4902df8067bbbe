//! The long lists a page at a time. Each page is read and its clients access-logged in a
//! transaction of its own, which commits before the page is handed on to be printed: a broken pipe
//! or a kill between pages leaves every row printed logged, and the memory a list holds is one
//! page's, whatever the register's size. A page starts after the place (the sort key) the one
//! before ended at, so the pages stay right while others write. A list that shows no one's
//! identifiable data (the agenda: case ids only) logs nothing, and reads each page in a read-only
//! transaction.

use anyhow::Result;

use super::Session;
use crate::domain::paging::{Rest, Take, PAGE};
use crate::store::{Author, Tx};

/// How one list is read a page at a time.
pub(crate) trait Pager {
    type Row;
    type Key: Clone + std::fmt::Display;
    /// Whether the list shows identifiable data, so that each page is access-logged (`log`) in a
    /// write transaction; when not, `log` is never called and each page is read in a read-only one.
    const LOGGED: bool = true;
    /// Reads up to `limit` rows after `after`.
    fn page(&self, tx: &Tx, after: Option<&Self::Key>, limit: u32) -> Result<Vec<Self::Row>>;
    /// Writes the access-log rows of `rows`, shown; of the first page even when it is empty (a
    /// look-up that showed nobody is logged too).
    fn log(&self, tx: &Tx, author: &Author, rows: &[Self::Row]) -> Result<()>;
    /// The place of `row` in the list's order.
    fn key(&self, row: &Self::Row) -> Self::Key;
    /// How many rows come after `after`.
    fn rest(&self, tx: &Tx, after: &Self::Key) -> Result<u64>;
}

/// Reads `take` rows of the list after `after`, a page at a time, handing each page to `shown`
/// once its access rows are committed; `shown` answers false when nobody reads any more (a pipe
/// closed early), which ends the list. With `Take::First`, what is left after the rows shown.
pub(crate) fn walk<P: Pager>(
    session: &mut Session,
    pager: &P,
    take: Take,
    after: Option<P::Key>,
    mut shown: impl FnMut(&[P::Row]) -> Result<bool>,
) -> Result<Option<Rest>> {
    let mut after = after;
    let mut first = true;
    let mut left = match take {
        Take::All => None,
        Take::First(n) => Some(n),
    };
    loop {
        let size = left.map_or(PAGE, |n| n.min(PAGE));
        let last = left == Some(size);
        let (rows, rest) = if P::LOGGED {
            session
                .write(|tx, author| read(tx, author, pager, after.as_ref(), size, first, last))?
        } else {
            session.read(|tx| unlogged(tx, pager, after.as_ref(), size, last))?
        };
        first = false;
        let full = rows.len() == size as usize;
        if let Some(row) = rows.last() {
            after = Some(pager.key(row));
        }
        if !shown(&rows)? || !full || last {
            return Ok(rest);
        }
        left = left.map(|n| n - size);
    }
}

/// Reads and logs one page of `size` rows after `after` (the list's first page is logged even
/// when empty); when it is the `last` page to show and full, counts what is left after it.
pub(crate) fn read<P: Pager>(
    tx: &Tx,
    author: &Author,
    pager: &P,
    after: Option<&P::Key>,
    size: u32,
    first: bool,
    last: bool,
) -> Result<(Vec<P::Row>, Option<Rest>)> {
    let rows = pager.page(tx, after, size)?;
    if first || !rows.is_empty() {
        pager.log(tx, author, &rows)?;
    }
    let rest = rest_after(tx, pager, &rows, size, last)?;
    Ok((rows, rest))
}

/// `read` for a list that logs nothing.
fn unlogged<P: Pager>(
    tx: &Tx,
    pager: &P,
    after: Option<&P::Key>,
    size: u32,
    last: bool,
) -> Result<(Vec<P::Row>, Option<Rest>)> {
    let rows = pager.page(tx, after, size)?;
    let rest = rest_after(tx, pager, &rows, size, last)?;
    Ok((rows, rest))
}

/// When `rows` is the `last` page to show and full, what is left after it: counted in the same
/// transaction as the page.
fn rest_after<P: Pager>(
    tx: &Tx,
    pager: &P,
    rows: &[P::Row],
    size: u32,
    last: bool,
) -> Result<Option<Rest>> {
    Ok(match rows.last() {
        Some(row) if last && rows.len() == size as usize => {
            let key = pager.key(row);
            let more = pager.rest(tx, &key)?;
            (more > 0).then(|| Rest {
                more,
                after: key.to_string(),
            })
        }
        _ => None,
    })
}
