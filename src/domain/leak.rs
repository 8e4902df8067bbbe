//! The anonymity check of text that leaves the register for the Yhteistyö-tiimi (the anonymous
//! description, the weekly export): does it name the client, give the identity code, the birth
//! date, the phone number, an e-mail address or a street address? Pure; the text is normalised
//! first, so spacing, look-alike letters, invisible characters and diacritics do not hide a name.

use chrono::{Datelike, NaiveDate};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::fold::phone_digits;
use super::records::Client;

/// What identifies the client in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leak {
    /// A word of the text that contains one of the client's names (as normalised).
    Name(String),
    IdentityCode,
    BirthDate,
    Phone,
    Email,
    Address,
    /// The municipality of a client with a non-disclosure order for personal safety: where they
    /// live never leaves the register.
    Municipality,
}

/// Whether `c` is a format character (general category Cf): zero-width spaces and joiners, soft
/// hyphens, bidirectional marks — invisible, and able to split a name so a plain search misses it.
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{600}'..='\u{605}' | '\u{61C}' | '\u{6DD}' | '\u{70F}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

/// Compatibility-normalised (NFKC: full-width and styled letters become plain ones), format
/// characters removed, diacritics folded, lower case, and letter-spaced words joined
/// ("M ä k i n e n" → "makinen").
pub fn normalise(text: &str) -> String {
    let plain: String = text
        .nfkc()
        .filter(|c| !is_format(*c))
        .collect::<String>()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    join_spaced_letters(&plain)
}

/// Joins runs of three or more single letters separated by single spaces into one word.
fn join_spaced_letters(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let single = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|w| single(w)).count();
        if run >= 3 {
            out.push(words[i..i + run].concat());
            i += run;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

/// The Finnish and Swedish street-name endings (normalised).
const STREET_SUFFIXES: &[&str] = &[
    "katu",
    "tie",
    "kuja",
    "polku",
    "vayla",
    "kaari",
    "rinne",
    "ranta",
    "raitti",
    "tori",
    "aukio",
    "puistikko",
    "vagen",
    "gatan",
];

/// The birth date as people write it: 1.2.1980, 01.02.1980, 1.2.80, 010280, 1980-02-01.
fn date_forms(d: NaiveDate) -> Vec<String> {
    let (day, month, year) = (d.day(), d.month(), d.year());
    let yy = year % 100;
    vec![
        format!("{day}.{month}.{year}"),
        format!("{day:02}.{month:02}.{year}"),
        format!("{day}.{month}.{yy:02}"),
        format!("{day:02}.{month:02}.{yy:02}"),
        format!("{day:02}{month:02}{yy:02}"),
        format!("{year}-{month:02}-{day:02}"),
    ]
}

/// Whether `needle` occurs in `hay` with no digit right before or after it.
fn occurs_alone(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// What in `text` would identify `client`; words in `accepted` (ordinary words that happen to be
/// a name, such as "kivinen maasto") are not counted as names.
pub fn leaks(text: &str, client: &Client, accepted: &[String]) -> Vec<Leak> {
    let norm = normalise(text);
    let accepted: Vec<String> = accepted.iter().map(|w| normalise(w)).collect();
    let words: Vec<&str> = norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    let names: Vec<String> = client
        .name
        .split([' ', '-'])
        .map(normalise)
        .filter(|p| p.chars().count() >= 3)
        .collect();
    for word in &words {
        let word = word.to_string();
        if names.iter().any(|n| word.contains(n.as_str()))
            && !accepted.contains(&word)
            && !found.contains(&Leak::Name(word.clone()))
        {
            found.push(Leak::Name(word));
        }
    }
    let compact: String = norm.chars().filter(|c| c.is_alphanumeric()).collect();
    let birth = client.hetu.as_deref().and_then(super::hetu::birth_date);
    if let Some(code) = &client.hetu {
        let code = normalise(code);
        let whole: String = code.chars().filter(|c| c.is_alphanumeric()).collect();
        // The birth date and individual number without the century sign.
        let digits: String = code
            .chars()
            .take(6)
            .chain(code.chars().skip(7).take(3))
            .collect();
        // With any century sign: "-" and "+" vanish from `compact`, the letters stay.
        let (date, number) = digits.split_at(digits.len().min(6));
        let any_sign = "abcdefuvwxy"
            .chars()
            .any(|sign| compact.contains(&format!("{date}{sign}{number}")));
        if compact.contains(&whole) || compact.contains(&digits) || any_sign {
            found.push(Leak::IdentityCode);
        }
    }
    if let Some(birth) = birth {
        if date_forms(birth).iter().any(|f| occurs_alone(&norm, f)) {
            found.push(Leak::BirthDate);
        }
    }
    if let Some(phone) = &client.phone {
        let national = phone_digits(phone);
        let without_zero = national.trim_start_matches('0');
        let digits: String = norm.chars().filter(char::is_ascii_digit).collect();
        if without_zero.len() >= 5 && digits.contains(without_zero) {
            found.push(Leak::Phone);
        }
    }
    let email = norm.split_whitespace().any(|w| {
        w.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.trim_end_matches('.').contains('.')
        })
    });
    if email {
        found.push(Leak::Email);
    }
    let tokens: Vec<&str> = norm.split_whitespace().collect();
    let address = tokens.windows(2).any(|pair| {
        let street = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
        street.chars().count() > 4
            && street.chars().all(char::is_alphabetic)
            && STREET_SUFFIXES.iter().any(|s| street.ends_with(s))
            && pair[1].starts_with(|c: char| c.is_ascii_digit())
    });
    if address {
        found.push(Leak::Address);
    }
    if client.non_disclosure && names_municipality(&words, client) {
        found.push(Leak::Municipality);
    }
    found
}

/// Whether a word names the client's municipality, in Finnish or Swedish, inflected or not
/// ("Kotkassa", "Kotkan").
fn names_municipality(words: &[&str], client: &Client) -> bool {
    let Some(recorded) = &client.municipality else {
        return false;
    };
    let mut names = vec![normalise(recorded)];
    if let Some(known) = super::municipality::lookup(recorded) {
        names.push(normalise(known.name_fi));
        names.push(normalise(known.name_sv));
    }
    names.retain(|n| n.chars().count() >= 3 && !n.contains(' '));
    words
        .iter()
        .any(|w| names.iter().any(|n| w.starts_with(n.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        Client {
            id: 1,
            name: "Aino-Maija Mäkinen".to_string(),
            hetu: Some("010280-123V".to_string()),
            hetu_temporary: false,
            birth_year: Some(1980),
            phone: Some("+358 40 555 0101".to_string()),
            municipality: None,
            region: None,
            non_disclosure: false,
            language: None,
            interpreter: None,
        }
    }

    fn caught(text: &str) -> Vec<Leak> {
        leaks(text, &client(), &[])
    }

    #[test]
    fn normalising_undoes_spacing_invisible_characters_and_look_alikes() {
        assert_eq!(normalise("M ä k i n e n"), "makinen");
        assert_eq!(normalise("Mä\u{200B}ki\u{AD}nen"), "makinen");
        assert_eq!(normalise("ＭＡＫＩＮＥＮ"), "makinen");
        assert_eq!(normalise("a b tie"), "a b tie");
    }

    #[test]
    fn names_codes_dates_phones_mail_and_addresses_are_caught() {
        for (text, leak) in [
            ("Asiakas MÄKINEN toivoo apua", Leak::Name("makinen".into())),
            ("M ä k i n e n", Leak::Name("makinen".into())),
            ("Mä\u{200B}kinen", Leak::Name("makinen".into())),
            ("tunnus 010280-123v", Leak::IdentityCode),
            ("010280A123V", Leak::IdentityCode),
            ("syntynyt 1.2.1980", Leak::BirthDate),
            ("s. 01.02.1980", Leak::BirthDate),
            ("s. 1.2.80", Leak::BirthDate),
            ("s. 010280", Leak::BirthDate),
            ("born 1980-02-01", Leak::BirthDate),
            ("soita 040 555 0101", Leak::Phone),
            ("+358405550101", Leak::Phone),
            ("posti x.y@example.fi", Leak::Email),
            ("asuu Mannerheimintie 5 B", Leak::Address),
            ("Kauppakatu 12", Leak::Address),
            ("Storgatan 3", Leak::Address),
        ] {
            assert!(caught(text).contains(&leak), "{text}: {:?}", caught(text));
        }
        let clean = "Asiakas toivoo tukea asumiseen ja toimeentuloon. Tie eteenpäin 2 viikossa.";
        assert!(caught(clean).is_empty(), "{:?}", caught(clean));
    }

    #[test]
    fn the_municipality_of_a_client_with_a_non_disclosure_order_is_caught() {
        let mut protected = client();
        protected.municipality = Some("Kotka".to_string());
        let text = "Asiakas muutti Kotkaan, asuu nyt Kotkassa";
        assert!(leaks(text, &protected, &[]).is_empty(), "no order: no leak");
        protected.non_disclosure = true;
        assert_eq!(leaks(text, &protected, &[]), vec![Leak::Municipality]);
        protected.municipality = Some("Helsinki".to_string());
        assert_eq!(
            leaks("bor i Helsingfors", &protected, &[]),
            vec![Leak::Municipality]
        );
        assert!(leaks("Asiakas toivoo tukea", &protected, &[]).is_empty());
    }

    #[test]
    fn an_accepted_word_is_not_a_name() {
        let mut kivinen = client();
        kivinen.name = "Pekka Kivinen".to_string();
        let text = "Liikkuu kivinen maasto huonosti";
        assert_eq!(
            leaks(text, &kivinen, &[]),
            vec![Leak::Name("kivinen".into())]
        );
        assert!(leaks(text, &kivinen, &["Kivinen".to_string()]).is_empty());
        // Accepting the word does not accept a longer word holding the name.
        assert!(!leaks("Kivinenkin", &kivinen, &["kivinen".into()]).is_empty());
    }
}
