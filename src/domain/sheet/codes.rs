//! The identity codes of a sheet's first reading, to find one given twice.

use super::SHOWN_AT_MOST;

/// The identity codes of a reading and their lines, to find a code given twice once every row
/// is read: a valid code (DDMMYYCZZZQ: nine digits and the century sign tell the check
/// character) and its line are kept as one number, eight bytes a row, sorted at the end.
#[derive(Debug, Default)]
pub(super) struct Codes {
    packed: Vec<u64>,
    /// Anything else (none, once hetu::parse has passed the code).
    other: Vec<(String, usize)>,
}

/// The century signs, in the order `pack` numbers them.
const CENTURIES: &[u8] = b"+-YXWVUABCDEF";

/// The check characters (the remainder of the nine digits by 31).
const CHECKS: &[u8] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// The line a packed code was on, in its low bits.
const LINE_BITS: u32 = 30;

/// A valid identity code and its line as one number (the code above the line, so that sorted
/// numbers put a code's lines together, in order); None for anything else.
fn pack(code: &str, line: usize) -> Option<u64> {
    let bytes = code.as_bytes();
    if bytes.len() != 11 || line >= 1 << LINE_BITS {
        return None;
    }
    let mut digits: u64 = 0;
    for &b in bytes[..6].iter().chain(&bytes[7..10]) {
        if !b.is_ascii_digit() {
            return None;
        }
        digits = digits * 10 + u64::from(b - b'0');
    }
    let century = CENTURIES.iter().position(|&c| c == bytes[6])? as u64;
    if CHECKS.get((digits % 31) as usize) != Some(&bytes[10]) {
        return None;
    }
    Some((digits * CENTURIES.len() as u64 + century) << LINE_BITS | line as u64)
}

impl Codes {
    pub(super) fn push(&mut self, code: &str, line: usize) {
        match pack(code, line) {
            Some(packed) => self.packed.push(packed),
            None => self.other.push((code.to_string(), line)),
        }
    }

    /// Each line whose code an earlier line has, with the nearest such line before it (as a
    /// reader going down the sheet would name it), in the order of the lines; the first
    /// `SHOWN_AT_MOST` kept, all counted.
    pub(super) fn twice(mut self) -> (Vec<(usize, usize)>, usize) {
        self.packed.sort_unstable();
        self.other.sort_unstable();
        let line_of = |packed: u64| (packed & ((1 << LINE_BITS) - 1)) as usize;
        let packed = self
            .packed
            .windows(2)
            .filter(|pair| pair[0] >> LINE_BITS == pair[1] >> LINE_BITS)
            .map(|pair| (line_of(pair[1]), line_of(pair[0])));
        let other = self
            .other
            .windows(2)
            .filter_map(|pair| (pair[0].0 == pair[1].0).then_some((pair[1].1, pair[0].1)));
        let (mut twice, mut count) = (Vec::new(), 0);
        for found in packed.chain(other) {
            count += 1;
            twice.push(found);
            if twice.len() >= 2 * SHOWN_AT_MOST {
                twice.sort_unstable();
                twice.truncate(SHOWN_AT_MOST);
            }
        }
        twice.sort_unstable();
        twice.truncate(SHOWN_AT_MOST);
        (twice, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_codes_are_kept_as_numbers_exactly() {
        assert_ne!(pack("010150-900C", 2), pack("010150A900C", 2));
        assert_eq!(
            pack("010150-900D", 2),
            None,
            "a check character that does not match"
        );
        assert_eq!(pack("010150-9O0C", 2), None);
        let mut codes = Codes::default();
        for (code, line) in [
            ("010150-900C", 2),
            ("010150A900C", 3),
            ("odd", 4),
            ("odd", 5),
            ("010150-900C", 9),
            ("010150-900C", 12),
        ] {
            codes.push(code, line);
        }
        // As a reader going down the sheet: each line names the nearest one before it.
        assert_eq!(codes.twice(), (vec![(5, 4), (9, 2), (12, 9)], 3));
    }
}
