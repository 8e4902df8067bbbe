//! What is next, as `moty show` leads with it: a compact block of labelled lines that fits 80
//! columns (a video link, which cannot be broken, gets a line of its own). Coloured, what is past
//! its date and a stopped processing stand out (the colour goes on after wrapping).

use chrono::NaiveDate;

use crate::ops::next::{MissingKind, Next};
use crate::term::Mark;
use crate::text;

/// The whole width the block keeps to.
const WIDTH: usize = 80;
/// Two spaces, the longest label (at least 12 columns), two spaces.
fn indent() -> usize {
    let labels = [
        text::n_stopped(),
        text::n_meeting(),
        text::n_video(),
        text::n_not_held(),
        text::n_follow_up(),
        text::n_missing(),
        text::n_key_worker(),
    ];
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    2 + longest.max(12) + 2
}

/// Words wrapped to the value column; a word longer than the column stays whole on its line.
fn wrap(value: &str) -> Vec<String> {
    super::words_in_lines(value, WIDTH - indent())
}

/// One labelled entry; the label is left out on the lines that continue it.
fn entry(out: &mut String, label: &str, value: &str) {
    marked_entry(out, label, value, None);
}

/// An entry whose value stands out when coloured.
fn marked_entry(out: &mut String, label: &str, value: &str, mark: Option<Mark>) {
    let value = text::shown(value);
    for (i, line) in wrap(&value).iter().enumerate() {
        let label = if i == 0 { label } else { "" };
        let line = match mark {
            Some(mark) => crate::term::paint(mark, line),
            None => line.clone(),
        };
        out.push_str(&format!("  {label:<width$}{line}\n", width = indent() - 2));
    }
}

fn missing_words(
    kind: MissingKind,
    meeting: Option<i64>,
    due: Option<chrono::NaiveDate>,
) -> String {
    match (kind, meeting, due) {
        (MissingKind::MultiProfessionalConsent, _, _) => text::next_missing_multi().to_string(),
        (MissingKind::WrittenConsent, _, _) => text::next_missing_written().to_string(),
        (MissingKind::KelaConsent, Some(meeting), Some(due)) => {
            text::missing_kela_consent(meeting, due)
        }
        (MissingKind::KelaConsent, _, _) => text::next_missing_kela_after_screen().to_string(),
        (MissingKind::KelaForm, Some(meeting), Some(due)) => text::missing_kela_form(meeting, due),
        (MissingKind::KelaForm, _, _) => text::next_missing_kela_after_screen().to_string(),
        (MissingKind::MeetingConsent, meeting, _) => {
            text::missing_meeting_consent(meeting.unwrap_or_default())
        }
    }
}

/// The block under the case heading; one line when there is nothing next.
pub(crate) fn next_block(next: &Next, today: NaiveDate) -> String {
    if next.is_empty() {
        return format!("{}\n", text::next_nothing());
    }
    let mut out = format!("{}\n", text::l_next());
    if let Some(on) = next.processing_stopped_on {
        marked_entry(
            &mut out,
            text::n_stopped(),
            &text::stopped(on),
            Some(Mark::Error),
        );
    }
    if let Some(m) = &next.meeting {
        let kind = text::meeting_label(m.kind);
        let line = text::next_meeting(kind, m.starts_at, m.minutes, m.meeting);
        entry(&mut out, text::n_meeting(), &line);
        if let Some(link) = &m.video_link {
            entry(&mut out, text::n_video(), link);
        }
    }
    for (i, m) in next.not_marked_held.iter().enumerate() {
        let label = if i == 0 { text::n_not_held() } else { "" };
        let line = text::not_marked_held(text::meeting_label(m.kind), m.starts_at, m.meeting);
        marked_entry(&mut out, label, &line, Some(Mark::Overdue));
    }
    if let Some(f) = &next.follow_up {
        let line = text::follow_up_due(f.due_on, f.days_left, f.days_overdue, f.agreed_at_call);
        let mark = f.overdue.then_some(Mark::Overdue);
        marked_entry(&mut out, text::n_follow_up(), &line, mark);
    }
    for (i, m) in next.missing.iter().enumerate() {
        let label = if i == 0 { text::n_missing() } else { "" };
        // A Kela form or consent past the day it should have reached Kela.
        let late = m.due_on.is_some_and(|due| due < today);
        let words = missing_words(m.what, m.meeting, m.due_on);
        marked_entry(&mut out, label, &words, late.then_some(Mark::Overdue));
    }
    if let Some(k) = &next.key_worker {
        let mut reach: Vec<&str> = vec![k.name.as_str()];
        reach.extend(k.unit.as_deref());
        reach.extend(k.contact.as_deref());
        // The directory's phone and e-mail, unless the plan's contact already says them.
        for extra in [k.phone.as_deref(), k.email.as_deref()]
            .into_iter()
            .flatten()
        {
            if !reach.contains(&extra) {
                reach.push(extra);
            }
        }
        entry(&mut out, text::n_key_worker(), &reach.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_wrap_at_word_boundaries_within_80_columns() {
        let mut out = String::new();
        let words =
            "the Kela form to send by 2026-11-24 (Kela hour, meeting 12) and more words to wrap it";
        entry(&mut out, "Missing", words);
        for line in out.lines() {
            assert!(line.chars().count() <= WIDTH, "{line}");
        }
        assert!(out.starts_with("  Missing       the Kela form"), "{out}");
        assert_eq!(out.lines().count(), 2, "{out}");
        let link = format!("https://teams.example.fi/{}", "x".repeat(120));
        let mut out = String::new();
        entry(&mut out, "Video", &link);
        assert_eq!(
            out,
            format!("  Video         {link}\n"),
            "a link stays whole"
        );
    }
}
