//! Asking a person for what is missing. Only when both standard input and standard error are a
//! terminal; otherwise commands fail naming the flags to pass, so nothing ever waits on a pipe.

use std::io::IsTerminal;

use anyhow::{Context, Result};
use dialoguer::{Input, MultiSelect, Select};

use crate::error::UserError;
use crate::text;

pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Ctrl-C at a prompt: give the terminal its cursor back (prompts hide it), say that nothing
/// more was recorded, and exit 130 as shells expect. Writes happen only after a confirmation,
/// inside one transaction, so an interrupted command leaves the register as it was.
pub fn restore_terminal_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let _ = dialoguer::console::Term::stderr().show_cursor();
        crate::render::error(&text::interrupted());
        std::process::exit(130);
    });
}

pub fn text(label: &str) -> Result<String> {
    Input::<String>::new()
        .with_prompt(label)
        .interact_text()
        .context("reading an answer from the terminal")
}

fn item<T: std::fmt::Display>(value: &T) -> String {
    let code = value.to_string();
    match text::value_label(&code) {
        "" => code,
        label => format!("{code} — {label}"),
    }
}

pub fn choose<T: Copy + std::fmt::Display>(label: &str, all: &[T]) -> Result<T> {
    let items: Vec<String> = all.iter().map(item).collect();
    let index = Select::new()
        .with_prompt(label)
        .items(&items)
        .default(0)
        .interact()
        .context("reading a choice from the terminal")?;
    Ok(all[index])
}

pub fn choose_many<T: Copy + std::fmt::Display>(label: &str, all: &[T]) -> Result<Vec<T>> {
    let items: Vec<String> = all.iter().map(item).collect();
    let chosen = MultiSelect::new()
        .with_prompt(label)
        .items(&items)
        .interact()
        .context("reading choices from the terminal")?;
    Ok(chosen.into_iter().map(|i| all[i]).collect())
}

/// Several of `items` (already in words), all marked to begin with; their indices.
pub fn choose_many_of(label: &str, items: &[String]) -> Result<Vec<usize>> {
    MultiSelect::new()
        .with_prompt(label)
        .items(items)
        .defaults(&vec![true; items.len()])
        .interact()
        .context("reading choices from the terminal")
}

pub fn confirm(label: &str) -> Result<bool> {
    dialoguer::Confirm::new()
        .with_prompt(label)
        .default(false)
        .interact()
        .context("reading an answer from the terminal")
}

/// A secret, not echoed.
pub fn password(label: &str) -> Result<String> {
    dialoguer::Password::new()
        .with_prompt(label)
        .interact()
        .context("reading the key from the terminal")
}

/// Free text that may be left empty.
pub fn optional_text(label: &str) -> Result<Option<String>> {
    let answer = Input::<String>::new()
        .with_prompt(label)
        .allow_empty(true)
        .interact_text()
        .context("reading an answer from the terminal")?;
    Ok((!answer.trim().is_empty()).then_some(answer))
}

/// A text answer with a default shown in brackets.
pub fn text_with_default(label: &str, default: &str) -> Result<String> {
    Input::<String>::new()
        .with_prompt(label)
        .default(default.to_string())
        .interact_text()
        .context("reading an answer from the terminal")
}

/// One of plain `items`; returns its index.
pub fn select(label: &str, items: &[&str], default: usize) -> Result<usize> {
    Select::new()
        .with_prompt(label)
        .items(items)
        .default(default)
        .interact()
        .context("reading a choice from the terminal")
}

/// Several of `all`, with `checked` marked to begin with.
pub fn choose_many_checked<T: Copy + std::fmt::Display + PartialEq>(
    label: &str,
    all: &[T],
    checked: &[T],
) -> Result<Vec<T>> {
    let items: Vec<String> = all.iter().map(item).collect();
    let marks: Vec<bool> = all.iter().map(|v| checked.contains(v)).collect();
    let chosen = MultiSelect::new()
        .with_prompt(label)
        .items(&items)
        .defaults(&marks)
        .interact()
        .context("reading choices from the terminal")?;
    Ok(chosen.into_iter().map(|i| all[i]).collect())
}

/// Whether an error means the person pressed Ctrl-C or closed the terminal at a prompt.
pub fn interrupted(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| {
            matches!(
                e.kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof
            )
        }) || cause
            .downcast_ref::<dialoguer::Error>()
            .is_some_and(|dialoguer::Error::IO(e)| {
                matches!(
                    e.kind(),
                    std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof
                )
            })
    })
}

/// Reads the whole of standard input as the value of `field` (given as `-`).
pub fn read_stdin(field: &str) -> Result<String> {
    let bytes = crate::files::read_limited(std::io::stdin(), crate::files::STDIN_LIMIT, field)?;
    String::from_utf8(bytes)
        .map_err(|_| UserError::invalid(field, text::read_stdin_failed(field)).into())
}

/// A server password (`moty login`): asked without echo at a terminal; without one, the first
/// line of standard input (so a provisioning script can pipe it in; never a flag, which would
/// show in the process list and the shell's history).
pub fn server_password(label: &str) -> Result<String> {
    if interactive() {
        return dialoguer::Password::new()
            .with_prompt(label)
            .allow_empty_password(true)
            .interact()
            .context("reading a password from the terminal");
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading a password from standard input")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}
