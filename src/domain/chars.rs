//! Characters that change what a terminal shows rather than being shown: control characters
//! (C0, DEL, C1: carriage return, escape sequences, the bell) and the Unicode bidirectional
//! overrides, isolates and marks that reorder text ("Trojan Source"). Input refuses them
//! (`validate`); output of text already stored shows them as `\u{…}` (`shown`), so what a
//! coordinator reads is what was typed.

use std::borrow::Cow;

/// The bidirectional formatting characters: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069), and the marks U+200E, U+200F and U+061C.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `c` may not appear in text; `multiline` admits line feeds and tabs.
pub fn is_disallowed(c: char, multiline: bool) -> bool {
    if multiline && matches!(c, '\n' | '\t') {
        return false;
    }
    c.is_control() || is_bidi_control(c)
}

/// `text` as it is safe to print to a terminal: every control or bidirectional character except
/// line feeds and tabs written as `\u{1b}`. Text with none is returned as it is.
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_disallowed(c, true)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_disallowed(c, true) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_characters_are_shown_escaped() {
        assert_eq!(shown("Aino\u{1b}[2J"), "Aino\\u{1b}[2J");
        assert_eq!(shown("a\rb\u{7}"), "a\\u{d}b\\u{7}");
        assert_eq!(shown("abc\u{202E}fed"), "abc\\u{202e}fed");
        assert_eq!(
            shown("\u{2066}x\u{2069}\u{200F}"),
            "\\u{2066}x\\u{2069}\\u{200f}"
        );
        assert_eq!(shown("C1 \u{9b}"), "C1 \\u{9b}");
    }

    #[test]
    fn ordinary_text_lines_and_tabs_pass_unchanged() {
        let text = "Mäki-Öhman Åsa\nrivi 2\tsarake";
        assert!(matches!(shown(text), Cow::Borrowed(_)));
        assert_eq!(shown(text), text);
    }

    #[test]
    fn single_line_fields_refuse_line_feeds_multi_line_fields_admit_them() {
        assert!(is_disallowed('\n', false));
        assert!(!is_disallowed('\n', true));
        assert!(is_disallowed('\r', true));
        assert!(is_disallowed('\u{202D}', true));
        assert!(!is_disallowed('ä', false));
    }
}
