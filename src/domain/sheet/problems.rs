//! The problems found in a sheet: every one counted, the first hundred kept to be shown.

/// One problem: the line of the file (1 is the header) and the column as its header was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: Option<String>,
    pub message: String,
}

/// Problems shown before "… and N more".
pub const SHOWN_AT_MOST: usize = 100;

/// The problems found, in the order found (which is the lines' order): the first
/// `SHOWN_AT_MOST` kept whole, the rest only counted, so a sheet refused on every line costs no
/// more memory than one refused on a hundred.
#[derive(Debug, Default)]
pub struct Problems {
    shown: Vec<Problem>,
    count: usize,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        if self.shown.len() < SHOWN_AT_MOST {
            self.shown.push(problem);
        }
        self.count += 1;
    }

    pub fn count(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The first `SHOWN_AT_MOST`.
    pub fn shown(&self) -> &[Problem] {
        &self.shown
    }

    /// These and `more` (`count` in all, the first of them given, in the order of their lines),
    /// in the order of the lines.
    pub(super) fn merged(self, more: impl Iterator<Item = Problem>, count: usize) -> Problems {
        let mut shown = Vec::with_capacity(SHOWN_AT_MOST);
        let (mut these, mut more) = (self.shown.into_iter().peekable(), more.peekable());
        while shown.len() < SHOWN_AT_MOST {
            let next = match (these.peek(), more.peek()) {
                (Some(a), Some(b)) if b.line < a.line => more.next(),
                (Some(_), _) => these.next(),
                (None, _) => more.next(),
            };
            match next {
                Some(problem) => shown.push(problem),
                None => break,
            }
        }
        Problems {
            shown,
            count: self.count + count,
        }
    }

    pub(super) fn one(line: usize, message: String) -> Problems {
        let mut problems = Problems::default();
        problems.push(Problem {
            line,
            column: None,
            message,
        });
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_past_the_shown_are_only_counted() {
        let mut problems = Problems::default();
        for line in 0..SHOWN_AT_MOST + 5 {
            problems.push(Problem {
                line,
                column: None,
                message: String::new(),
            });
        }
        assert_eq!(problems.count(), SHOWN_AT_MOST + 5);
        assert_eq!(problems.shown().len(), SHOWN_AT_MOST);
    }
}
