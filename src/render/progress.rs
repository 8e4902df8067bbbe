//! The progress bar of a long command (`moty import referrals`), on standard error and only when
//! it is a terminal: a pipe or a log file gets nothing.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::text;

/// A bar over `total` items, in two stages (checking, then writing).
pub struct Bar {
    bar: ProgressBar,
    writing: bool,
}

impl Bar {
    pub fn new(total: usize) -> Bar {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(total as u64), target);
        if let Ok(style) = ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} {eta}") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(text::sheet_checking());
        Bar {
            bar,
            writing: false,
        }
    }

    /// `done` items of the stage (`writing`: the second stage) are done.
    pub fn show(&mut self, writing: bool, done: usize) {
        if writing && !self.writing {
            self.writing = true;
            self.bar.set_message(text::sheet_importing());
            self.bar.reset();
        }
        self.bar.set_position(done as u64);
    }

    /// Takes the bar off the terminal.
    pub fn finish(self) {
        self.bar.finish_and_clear();
    }
}

impl Bar {
    /// A bar over the `total` clients `moty demo` builds, in one stage.
    pub fn building(total: usize) -> Bar {
        let mut bar = Bar::new(total);
        bar.bar.set_message(text::demo_building());
        bar.writing = true;
        bar
    }
}
