//! The layer check (ARCHITECTURE.md, "Rules the tests enforce"): reads every `.rs` file under
//! `src/` and reports each place that breaks one of the layer rules, as `file:line: what`.
//!
//! The check reads tokens, not text: comments are skipped, string literals are kept apart from
//! code (so a `{` or `println!` inside a string is neither a brace nor a print, and SQL is only
//! looked for inside strings), and `use` groups are expanded, also across lines
//! (`use crate::{commands::consent, render}` names `crate::commands::consent`). It is a
//! deliberately small lexer rather than a Rust parser, so it needs no dependency; its limits are
//! noted at each rule. `#[cfg(test)] mod tests` blocks are checked like any other code.
//!
//! The rules:
//! - a file in `src/commands/` names no other command: a path that resolves (through `crate::`,
//!   `super::` or `self::`) to `commands::X` is allowed only when X is `Ctx` or the file's own
//!   command (so `src/commands/schedule/after.rs` may use `super::{parse_time, HeldArgs}`).
//!   `src/commands/mod.rs`, the dispatcher, is exempt. The command names come from the files
//!   and folders found in `src/commands/`;
//! - no layer names one above it: `render` and `text` never name `commands`, `store` or `cli`;
//!   `domain` names none of `cli`, `commands`, `ops`, `store`, `render`, `prompt`, `files`;
//!   `store` names none of `cli`, `commands`, `ops`, `render`; `ops` names neither `cli` nor
//!   `commands`. Paths are taken as written: a re-export (`pub use`) is not seen through;
//! - no SQL outside `src/store/`: a string literal containing `SELECT `, `INSERT INTO`,
//!   `DELETE FROM`, `CREATE TABLE`, `PRAGMA ` or `UPDATE ` followed by ` SET ` (upper case, as
//!   the code writes SQL; runs of white space count as one space); and no `rusqlite` in code;
//! - no `println!`, `print!`, `eprintln!` or `eprint!` outside `src/render/`. `src/prompt.rs`
//!   needs no exception: its prompts write to the terminal through dialoguer, and its Ctrl-C
//!   message goes through `render::error`;
//! - no `Utc::now`, `Local::now`, `SystemTime::now` or `Instant::now` outside `src/clock.rs`;
//! - `std::os::unix` only where `cfg(unix)` gates it. A path counts as gated when an enclosing
//!   `{ }` block was opened right after a `#[cfg(unix)]` attribute (or `#[cfg(all(unix, …))]`),
//!   when such an attribute stands on the item or statement the path is in (up to its `;`, `,`
//!   or `{`), or when the file or block begins with `#![cfg(unix)]`. `cfg!(unix)` does not gate
//!   (both branches are compiled), nor does `#[cfg(unix)] mod x;` in a parent file: give such a
//!   file its own `#![cfg(unix)]`.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

// --- the check over the real tree ------------------------------------------------------------

#[test]
fn the_source_tree_keeps_its_layers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    read_tree(root, &root.join("src"), &mut files);
    assert!(
        files
            .iter()
            .any(|(p, _)| p.ends_with("src/commands/mod.rs")),
        "the walk found no src/commands/mod.rs under {}",
        root.display()
    );
    let found = violations(&files);
    assert!(
        found.is_empty(),
        "{} layer rule violation(s) (see ARCHITECTURE.md):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Every `.rs` file under `dir`, as (path relative to `root`, content), in a stable order.
fn read_tree(root: &Path, dir: &Path, files: &mut Vec<(PathBuf, String)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_tree(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            let relative = path
                .strip_prefix(root)
                .expect("under the root")
                .to_path_buf();
            files.push((relative, text));
        }
    }
}

// --- the checker -----------------------------------------------------------------------------

/// Every violation of the layer rules in `files` (paths relative to the crate root, e.g.
/// `src/commands/close.rs`), as `path:line: what`, sorted by path and line.
fn violations(files: &[(PathBuf, String)]) -> Vec<String> {
    let sources: Vec<Source> = files.iter().map(|(p, t)| Source::new(p, t)).collect();
    // The command modules: each file or folder directly in src/commands/.
    let commands: BTreeSet<String> = sources
        .iter()
        .filter(|s| s.dirs.first().map(String::as_str) == Some("commands"))
        .filter_map(|s| s.module.get(1).cloned())
        .collect();
    // The crate's top-level modules, so that `store::x` after `use crate::store` resolves.
    let top: BTreeSet<String> = sources
        .iter()
        .filter_map(|s| s.module.first().cloned())
        .collect();
    let mut found: Vec<(String, usize, String)> = Vec::new();
    for source in &sources {
        for (line, what) in source.check(&commands, &top) {
            found.push((source.shown.clone(), line, what));
        }
    }
    found.sort();
    found.dedup();
    found
        .into_iter()
        .map(|(path, line, what)| format!("{path}:{line}: {what}"))
        .collect()
}

/// The layers each layer must not name: the data flows one way,
/// cli → commands → ops → domain + store → render.
const FORBIDDEN: &[(&str, &[&str])] = &[
    ("render", &["cli", "commands", "store"]),
    ("text", &["cli", "commands", "store"]),
    (
        "domain",
        &[
            "cli", "commands", "ops", "store", "render", "prompt", "files",
        ],
    ),
    ("store", &["cli", "commands", "ops", "render"]),
    ("ops", &["cli", "commands"]),
];

const SQL: &[&str] = &[
    "SELECT ",
    "INSERT INTO",
    "DELETE FROM",
    "CREATE TABLE",
    "PRAGMA ",
];
const PRINTS: &[&str] = &["println", "print", "eprintln", "eprint"];
const CLOCKS: &[&str] = &["Utc", "Local", "SystemTime", "Instant"];

struct Source {
    /// The path as reported, with `/` separators.
    shown: String,
    /// The folders between `src/` and the file (`["commands", "schedule"]`).
    dirs: Vec<String>,
    /// The file's module path under the crate root (`["commands", "schedule", "after"]`).
    module: Vec<String>,
    tokens: Vec<Token>,
}

impl Source {
    fn new(path: &Path, text: &str) -> Source {
        let parts: Vec<String> = path
            .components()
            .filter_map(|c| match c {
                Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        let under_src = parts
            .iter()
            .position(|p| p == "src")
            .map_or(&parts[..], |i| &parts[i + 1..]);
        let (file, dirs) = under_src.split_last().expect("a file name");
        let stem = file.strip_suffix(".rs").unwrap_or(file);
        let mut module = dirs.to_vec();
        if !(stem == "mod" || (dirs.is_empty() && (stem == "lib" || stem == "main"))) {
            module.push(stem.to_string());
        }
        Source {
            shown: parts.join("/"),
            dirs: dirs.to_vec(),
            module,
            tokens: lex(text),
        }
    }

    /// The layer the file belongs to: its folder under src/, or its own name (`clock`, `prompt`).
    fn layer(&self) -> &str {
        self.module.first().map_or("", String::as_str)
    }

    fn check(&self, commands: &BTreeSet<String>, top: &BTreeSet<String>) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let layer = self.layer();
        let in_store = self.dirs.first().is_some_and(|d| d == "store");
        let in_render = self.dirs.first().is_some_and(|d| d == "render");
        let is_clock = self.dirs.is_empty() && self.module == ["clock"];
        let tokens = &self.tokens;
        let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());

        for (i, token) in tokens.iter().enumerate() {
            match token.kind {
                Kind::Str if !in_store => {
                    if let Some(sql) = sql_in(&token.text) {
                        found.push((
                            token.line,
                            format!("SQL outside src/store/ (\"{sql}…\"); queries live in the store, one function per query"),
                        ));
                    }
                }
                Kind::Ident if token.text == "rusqlite" && !in_store => found.push((
                    token.line,
                    "`rusqlite` outside src/store/; the engine's types never leave the store"
                        .to_string(),
                )),
                Kind::Ident
                    if !in_render
                        && PRINTS.contains(&token.text.as_str())
                        && text(i + 1) == "!"
                        && text(i + 2) != "=" =>
                {
                    found.push((
                        token.line,
                        format!(
                            "`{}!` outside src/render/; commands return their output and `render::emit` prints it",
                            token.text
                        ),
                    ))
                }
                Kind::Ident
                    if !is_clock
                        && CLOCKS.contains(&token.text.as_str())
                        && text(i + 1) == "::"
                        && text(i + 2) == "now" =>
                {
                    found.push((
                        token.line,
                        format!(
                            "`{}::now` outside src/clock.rs; take the time from the Clock (MOTY_NOW must hold everywhere)",
                            token.text
                        ),
                    ))
                }
                _ => {}
            }
        }

        let own_command = (layer == "commands").then(|| self.module.get(1)).flatten();
        let dispatcher = layer == "commands" && self.module.len() == 1;
        let forbidden: &[&str] = FORBIDDEN
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(&[], |(_, f)| f);
        for used in path_uses(tokens, &self.module) {
            let written = used.segments.join("::");
            if used.segments.windows(2).any(|w| w == ["os", "unix"]) && !used.unix_gated {
                found.push((
                    used.line,
                    format!("`{written}` outside a cfg(unix) item or block; moty must still build elsewhere"),
                ));
            }
            let Some(resolved) = resolve(&used.segments, &used.module, top) else {
                continue;
            };
            let Some(first) = resolved.first() else {
                continue;
            };
            if layer == "commands" && !dispatcher && first == "commands" {
                let own = own_command.map_or("?", String::as_str);
                match resolved.get(1) {
                    Some(x) if x == "Ctx" || Some(x) == own_command => {}
                    Some(x) if commands.contains(x) => found.push((
                        used.line,
                        format!(
                            "the command `{own}` names the command `{x}` (`{written}`); a command never imports another: share through ops/ or domain/"
                        ),
                    )),
                    other => found.push((
                        used.line,
                        format!(
                            "the command `{own}` names `{}` (`{written}`); a command takes only `Ctx` from crate::commands",
                            other.map_or("commands".to_string(), |x| format!("commands::{x}"))
                        ),
                    )),
                }
            }
            if forbidden.contains(&first.as_str()) {
                found.push((
                    used.line,
                    format!("`{written}`: {layer} never names {first} (the data flows cli → commands → ops → domain + store → render)"),
                ));
            }
        }
        found
    }
}

/// The SQL keyword a string literal contains, if it looks like SQL.
fn sql_in(literal: &str) -> Option<&'static str> {
    let spaced = literal
        .replace("\\\n", " ")
        .replace("\\n", " ")
        .replace("\\t", " ");
    let flat = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    // Keep the white space at either end: `"SELECT "` ends in a space the split removed.
    let flat = format!(
        "{}{flat}{}",
        if spaced.starts_with(char::is_whitespace) {
            " "
        } else {
            ""
        },
        if spaced.ends_with(char::is_whitespace) {
            " "
        } else {
            ""
        }
    );
    if let Some(keyword) = SQL.iter().find(|k| flat.contains(*k)) {
        return Some(keyword);
    }
    flat.find("UPDATE ")
        .filter(|at| flat[*at..].contains(" SET "))
        .map(|_| "UPDATE … SET")
}

/// Where a written path points from inside `module`: `crate::`, `super::` and `self::` paths,
/// and paths starting with one of the crate's top-level modules (`store::x` after
/// `use crate::store`). Other paths (std, other crates, local imports) give `None`.
fn resolve(segments: &[String], module: &[String], top: &BTreeSet<String>) -> Option<Vec<String>> {
    let first = segments.first()?;
    match first.as_str() {
        "crate" => Some(segments[1..].to_vec()),
        "self" => Some(module.iter().chain(&segments[1..]).cloned().collect()),
        "super" => {
            let mut base = module.to_vec();
            let mut rest = segments;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            Some(base)
        }
        name if top.contains(name) => Some(segments.to_vec()),
        _ => None,
    }
}

// --- paths and where they stand ----------------------------------------------------------------

/// One path written in the code (a `use` group gives one per leaf).
struct PathUse {
    segments: Vec<String>,
    line: usize,
    /// The module it is written in: the file's, plus any inline `mod x { }` around it.
    module: Vec<String>,
    unix_gated: bool,
}

fn path_uses(tokens: &[Token], file_module: &[String]) -> Vec<PathUse> {
    struct Block {
        module: Option<String>,
        unix: bool,
    }
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let ident = |i: usize| tokens.get(i).is_some_and(|t| t.kind == Kind::Ident);
    let mut blocks: Vec<Block> = Vec::new();
    let mut file_unix = false;
    // A `#[cfg(unix)]` waiting for its item, with the bracket depth it was written at.
    let mut pending_unix: Option<usize> = None;
    let mut pending_mod: Option<String> = None;
    let mut brackets = 0usize;
    let mut uses = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match text(i) {
            "#" if tokens[i].kind == Kind::Punct => {
                let inner = text(i + 1) == "!";
                let open = if inner { i + 2 } else { i + 1 };
                if text(open) == "[" {
                    let mut depth = 0;
                    let mut close = open;
                    while close < tokens.len() {
                        match text(close) {
                            "[" => depth += 1,
                            "]" => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        close += 1;
                    }
                    if unix_cfg(&tokens[open + 1..close.min(tokens.len())]) {
                        match (inner, blocks.last_mut()) {
                            (true, Some(block)) => block.unix = true,
                            (true, None) => file_unix = true,
                            (false, _) => pending_unix = Some(brackets),
                        }
                    }
                }
                // Go on through the attribute's own tokens: a path in an attribute is a path.
                i += 1;
            }
            "{" => {
                blocks.push(Block {
                    module: pending_mod.take(),
                    unix: pending_unix.take().is_some(),
                });
                i += 1;
            }
            "}" => {
                blocks.pop();
                pending_unix = None;
                i += 1;
            }
            "(" | "[" => {
                brackets += 1;
                i += 1;
            }
            ")" | "]" => {
                brackets = brackets.saturating_sub(1);
                i += 1;
            }
            ";" | "," => {
                if pending_unix == Some(brackets) {
                    pending_unix = None;
                }
                i += 1;
            }
            "mod" if ident(i + 1) && text(i + 2) == "{" => {
                pending_mod = Some(text(i + 1).to_string());
                i += 2;
            }
            _ if ident(i) && text(i + 1) == "::" && (i == 0 || text(i - 1) != "::") => {
                let unix_gated =
                    file_unix || pending_unix.is_some() || blocks.iter().any(|b| b.unix);
                let module: Vec<String> = file_module
                    .iter()
                    .cloned()
                    .chain(blocks.iter().filter_map(|b| b.module.clone()))
                    .collect();
                let (paths, next) = tree(tokens, i);
                for (mut segments, line) in paths {
                    if segments.last().is_some_and(|s| s == "self") {
                        segments.pop();
                    }
                    uses.push(PathUse {
                        segments,
                        line,
                        module: module.clone(),
                        unix_gated,
                    });
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    uses
}

/// Whether an attribute's content (between `[` and `]`) is `cfg(unix)` or `cfg(all(…, unix, …))`.
fn unix_cfg(content: &[Token]) -> bool {
    let words: Vec<&str> = content.iter().map(|t| t.text.as_str()).collect();
    match words.as_slice() {
        ["cfg", "(", "unix", ")"] => true,
        ["cfg", "(", "all", "(", rest @ ..] => {
            // `unix` as a direct argument of all(…), not inside not(…) or any(…).
            let mut depth = 0;
            rest.iter().any(|w| {
                match *w {
                    "(" => depth += 1,
                    ")" => depth -= 1,
                    _ => {}
                }
                depth == 0 && *w == "unix"
            })
        }
        _ => false,
    }
}

/// The path starting at token `i`, `use` groups expanded: each leaf with the line it is on, and
/// the index after the path.
fn tree(tokens: &[Token], mut i: usize) -> (Vec<(Vec<String>, usize)>, usize) {
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let line = tokens.get(i).map_or(0, |t| t.line);
    let mut prefix: Vec<String> = Vec::new();
    loop {
        match tokens.get(i) {
            Some(t) if t.kind == Kind::Ident => {
                prefix.push(t.text.clone());
                i += 1;
            }
            Some(t) if t.text == "*" => {
                prefix.push("*".to_string());
                return (vec![(prefix, line)], i + 1);
            }
            Some(t) if t.text == "{" => {
                i += 1;
                let mut leaves = Vec::new();
                while let Some(t) = tokens.get(i) {
                    match t.text.as_str() {
                        "}" => {
                            i += 1;
                            break;
                        }
                        "{" | "*" => {}
                        "," => {
                            i += 1;
                            continue;
                        }
                        _ if t.kind == Kind::Ident => {}
                        _ => {
                            i += 1;
                            continue;
                        }
                    }
                    let (inner, next) = tree(tokens, i);
                    for (segments, at) in inner {
                        leaves.push((prefix.iter().cloned().chain(segments).collect(), at));
                    }
                    i = next;
                    if text(i) == "as" {
                        i += 2;
                    }
                }
                return (leaves, i);
            }
            _ => return (vec![(prefix, line)], i),
        }
        if text(i) == "::" {
            i += 1;
        } else {
            return (vec![(prefix, line)], i);
        }
    }
}

// --- a small Rust lexer ------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Identifiers, keywords and numbers.
    Ident,
    /// A string literal's content, as written between its quotes.
    Str,
    /// `::` or any other single character.
    Punct,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    text: String,
    /// The line the token starts on, from 1.
    line: usize,
}

/// Tokens of `source` without comments; char literals and lifetimes are dropped.
fn lex(source: &str) -> Vec<Token> {
    let s: Vec<char> = source.chars().collect();
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    let word_char = |c: char| c == '_' || c.is_alphanumeric();
    let mut tokens = Vec::new();
    let mut push = |kind, text: String, line| tokens.push(Token { kind, text, line });
    let (mut i, mut line) = (0, 1);
    while i < s.len() {
        let c = s[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(s[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            let start = line;
            let (content, next) = quoted(&s, i + 1, None, &mut line);
            push(Kind::Str, content, start);
            i = next;
        } else if c == '\'' {
            i = char_or_lifetime(&s, i);
        } else if word_char(c) {
            let begin = i;
            while i < s.len() && word_char(s[i]) {
                i += 1;
            }
            let word: String = s[begin..i].iter().collect();
            let hashes = s[i..].iter().take_while(|c| **c == '#').count();
            match (word.as_str(), at(i)) {
                ("b" | "c", '"') => {
                    let start = line;
                    let (content, next) = quoted(&s, i + 1, None, &mut line);
                    push(Kind::Str, content, start);
                    i = next;
                }
                ("r" | "br" | "cr", '"' | '#') if at(i + hashes) == '"' => {
                    let start = line;
                    let (content, next) = quoted(&s, i + hashes + 1, Some(hashes), &mut line);
                    push(Kind::Str, content, start);
                    i = next;
                }
                ("r", '#') if hashes == 1 && word_char(at(i + 1)) => {
                    // A raw identifier, r#type.
                    let begin = i + 1;
                    i = begin;
                    while i < s.len() && word_char(s[i]) {
                        i += 1;
                    }
                    push(Kind::Ident, s[begin..i].iter().collect(), line);
                }
                ("b", '\'') => i = char_or_lifetime(&s, i),
                _ => push(Kind::Ident, word, line),
            }
        } else if c == ':' && at(i + 1) == ':' {
            push(Kind::Punct, "::".to_string(), line);
            i += 2;
        } else {
            push(Kind::Punct, c.to_string(), line);
            i += 1;
        }
    }
    tokens
}

/// A string literal's content from `i` (just after the opening quote) to its closing quote,
/// followed by `raw` `#`s for a raw string (whose backslashes escape nothing); returns the
/// content and the index after the literal, counting the lines it spans.
fn quoted(s: &[char], mut i: usize, raw: Option<usize>, line: &mut usize) -> (String, usize) {
    let hashes = raw.unwrap_or(0);
    let mut content = String::new();
    while i < s.len() {
        let c = s[i];
        if c == '"'
            && s[i + 1..]
                .iter()
                .take(hashes)
                .filter(|c| **c == '#')
                .count()
                == hashes
        {
            return (content, i + 1 + hashes);
        }
        if c == '\\' && raw.is_none() {
            content.push(c);
            i += 1;
            if let Some(&next) = s.get(i) {
                *line += usize::from(next == '\n');
                content.push(next);
            }
            i += 1;
            continue;
        }
        *line += usize::from(c == '\n');
        content.push(c);
        i += 1;
    }
    (content, i)
}

/// Skips a char literal (`'{'`, `'\''`, the `'x'` of `b'x'`) or a lifetime (`'a`) at `i`.
fn char_or_lifetime(s: &[char], quote: usize) -> usize {
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    if at(quote + 1) == '\\' {
        let mut j = quote + 3;
        while j < s.len() && s[j] != '\'' && s[j] != '\n' {
            j += 1;
        }
        j + 1
    } else if at(quote + 2) == '\'' {
        quote + 3
    } else {
        let mut j = quote + 1;
        while j < s.len() && (s[j] == '_' || s[j].is_alphanumeric()) {
            j += 1;
        }
        j
    }
}

// --- the checker, fed synthetic sources -----------------------------------------------------

/// The violations in one made-up file.
fn check(path: &str, source: &str) -> Vec<String> {
    violations(&[(PathBuf::from(path), source.to_string())])
}

#[track_caller]
fn reported(path: &str, source: &str, expected: &[&str]) {
    let found = check(path, source);
    assert_eq!(
        found.len(),
        expected.len(),
        "{path}: expected {expected:?}, found {found:#?}"
    );
    for (found, expected) in found.iter().zip(expected) {
        assert!(
            found.starts_with(expected),
            "{path}: expected {expected:?}, found {found:?}"
        );
    }
}

#[track_caller]
fn clean(path: &str, source: &str) {
    let found = check(path, source);
    assert!(
        found.is_empty(),
        "{path}: expected nothing, found {found:#?}"
    );
}

/// The deliberately added command→command import: `close` reaching into `consent`.
#[test]
fn a_command_importing_another_command_is_reported() {
    let close = "//! `moty close`.\n\nuse super::Ctx;\nuse crate::commands::consent::give;\n";
    let consent = "//! `moty consent`.\n\nuse super::Ctx;\npub fn give() {}\n";
    let found = violations(&[
        (PathBuf::from("src/commands/close.rs"), close.to_string()),
        (
            PathBuf::from("src/commands/consent.rs"),
            consent.to_string(),
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "src/commands/close.rs:4: the command `close` names the command `consent`"
        ),
        "{found:#?}"
    );
}

#[test]
fn commands_may_share_only_ctx() {
    clean(
        "src/commands/close.rs",
        "use super::Ctx;\nuse crate::commands::Ctx as C;\n",
    );
    reported(
        "src/commands/close.rs",
        "use super::consent;",
        &["src/commands/close.rs:1: the command `close` names `commands::consent` (`super::consent`)"],
    );
    reported(
        "src/commands/close.rs",
        "use crate::commands::{Ctx, consent::Args};",
        &["src/commands/close.rs:1: the command `close` names"],
    );
    // A group spread over lines is reported at the line of the offending leaf.
    reported(
        "src/commands/close.rs",
        "use crate::{\n    commands::triage::decide_input,\n    render,\n};\n",
        &["src/commands/close.rs:2: the command `close` names `commands::triage`"],
    );
    // After `use crate::commands;` a bare `commands::x` path is still the crate's.
    reported(
        "src/commands/close.rs",
        "use crate::commands;\nfn f() { commands::refer::run(); }\n",
        &[
            "src/commands/close.rs:1: the command `close` names `commands` (`crate::commands`)",
            "src/commands/close.rs:2: the command `close` names `commands::refer`",
        ],
    );
    // Calling the dispatcher is calling another command too.
    reported(
        "src/commands/close.rs",
        "fn f() { crate::commands::run(cli); }",
        &["src/commands/close.rs:1: the command `close` names `commands::run`"],
    );
    // A test module's `super` is the command's own module.
    clean(
        "src/commands/find.rs",
        "use super::Ctx;\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use super::run;\n}\n",
    );
    // The dispatcher names every command; that is its job.
    clean(
        "src/commands/mod.rs",
        "pub mod close;\nuse crate::commands::close::Args;\nfn run() { close::run(); }\n",
    );
}

#[test]
fn a_command_folder_is_one_command() {
    let after = "use super::{parse_time, CancelArgs, HeldArgs};\nuse crate::commands::Ctx;\nuse crate::commands::schedule::BookArgs;\n";
    clean("src/commands/schedule/after.rs", after);
    clean(
        "src/commands/schedule/mod.rs",
        "mod after;\nuse super::Ctx;\n",
    );
    reported(
        "src/commands/schedule/after.rs",
        "use super::super::consent::Args;",
        &["src/commands/schedule/after.rs:1: the command `schedule` names"],
    );
    reported(
        "src/commands/schedule/after.rs",
        "use crate::commands::plan::edit;",
        &["src/commands/schedule/after.rs:1: the command `schedule` names"],
    );
}

#[test]
fn lower_layers_never_name_higher_ones() {
    reported(
        "src/render/cases.rs",
        "use crate::store::Tx;",
        &["src/render/cases.rs:1: `crate::store::Tx`: render never names store"],
    );
    reported(
        "src/text/mod.rs",
        "use crate::{domain::Phase, commands::Ctx};",
        &["src/text/mod.rs:1: `crate::commands::Ctx`: text never names commands"],
    );
    reported(
        "src/render/mod.rs",
        "fn f() {\n    let x = crate::commands::run;\n}\n",
        &["src/render/mod.rs:2: `crate::commands::run`: render never names commands"],
    );
    reported(
        "src/domain/path.rs",
        "use crate::store::cases;",
        &["src/domain/path.rs:1: `crate::store::cases`: domain never names store"],
    );
    reported(
        "src/ops/close.rs",
        "use crate::commands::Ctx;",
        &["src/ops/close.rs:1: `crate::commands::Ctx`: ops never names commands"],
    );
    // Render takes the operations' result types; the store takes domain types.
    clean(
        "src/render/cases.rs",
        "use crate::ops::lookup::Found;\nuse crate::domain::Phase;\n",
    );
    clean(
        "src/store/cases.rs",
        "use crate::domain::records::Case;\nuse super::Tx;\n",
    );
    // A word in a string or a comment is not a path.
    clean(
        "src/render/mod.rs",
        "// crate::store::Tx\nconst A: &str = \"crate::store::Tx\";\n",
    );
}

#[test]
fn sql_and_rusqlite_stay_in_the_store() {
    reported(
        "src/ops/x.rs",
        "fn f() { let q = \"SELECT * FROM x\"; }",
        &["src/ops/x.rs:1: SQL outside src/store/ (\"SELECT …\")"],
    );
    clean("src/store/x.rs", "fn f() { let q = \"SELECT * FROM x\"; }");
    reported(
        "src/commands/x.rs",
        "const Q: &str = \"UPDATE cases\n     SET phase = ?1\";\n",
        &["src/commands/x.rs:1: SQL outside src/store/ (\"UPDATE … SET…\")"],
    );
    reported(
        "src/render/x.rs",
        "const Q: &str = r#\"DELETE FROM \"t\"\"#;\nconst P: &str = \"PRAGMA\\n  user_version\";\n",
        &["src/render/x.rs:1: SQL", "src/render/x.rs:2: SQL"],
    );
    reported(
        "src/ops/x.rs",
        "fn f() -> Result<()> { tx.execute_batch(\"CREATE TABLE t (a)\")?; tx.execute(\"INSERT INTO t VALUES (1)\") }",
        &["src/ops/x.rs:1: SQL", "src/ops/x.rs:1: SQL"],
    );
    // Words, not SQL: lower case, no trailing space, no SET after UPDATE, a comment.
    clean(
        "src/text/mod.rs",
        "// SELECT * FROM x\nconst A: &str = \"select * from x\";\nconst B: &str = \"the SELECTED case; UPDATE pending\";\n",
    );
    reported(
        "src/ops/x.rs",
        "use rusqlite::Connection;\n",
        &["src/ops/x.rs:1: `rusqlite` outside src/store/"],
    );
    reported(
        "src/error.rs",
        "fn f(e: &rusqlite::Error) {}\n",
        &["src/error.rs:1: `rusqlite` outside src/store/"],
    );
    clean(
        "src/store/mod.rs",
        "use rusqlite::{Connection, OpenFlags};\n",
    );
    clean(
        "src/ops/x.rs",
        "//! Nothing of rusqlite here.\nconst A: &str = \"rusqlite\";\n",
    );
}

#[test]
fn only_render_prints() {
    reported(
        "src/commands/list.rs",
        "fn f() {\n    println!(\"{}\", 1);\n}\n",
        &["src/commands/list.rs:2: `println!` outside src/render/"],
    );
    reported(
        "src/ops/x.rs",
        "fn f() { eprint!(\"x\"); print!(\"y\"); eprintln!(); }",
        &[
            "src/ops/x.rs:1: `eprint!`",
            "src/ops/x.rs:1: `eprintln!`",
            "src/ops/x.rs:1: `print!`",
        ],
    );
    reported(
        "src/prompt.rs",
        "fn f() { println!(\"?\"); }",
        &["src/prompt.rs:1: `println!`"],
    );
    clean("src/render/mod.rs", "fn f() { println!(\"x\"); }");
    clean(
        "src/ops/x.rs",
        "// println!(\"x\")\nfn f() -> String { format!(\"println!({})\", 1) }\nfn g(print: bool) -> bool { print != true }\n",
    );
}

#[test]
fn only_the_clock_reads_the_time() {
    reported(
        "src/ops/x.rs",
        "fn f() { let now = chrono::Utc::now(); }",
        &["src/ops/x.rs:1: `Utc::now` outside src/clock.rs"],
    );
    reported(
        "src/store/x.rs",
        "fn f() {\n    let a = std::time::Instant::now();\n    let b = SystemTime::now();\n    let c = Local::now();\n}\n",
        &[
            "src/store/x.rs:2: `Instant::now`",
            "src/store/x.rs:3: `SystemTime::now`",
            "src/store/x.rs:4: `Local::now`",
        ],
    );
    clean("src/clock.rs", "fn f() { let now = Utc::now(); }");
    clean(
        "src/ops/x.rs",
        "fn f(clock: Clock) { let now = clock.now(); }",
    );
}

#[test]
fn unix_only_code_is_gated() {
    reported(
        "src/store/path.rs",
        "use std::fs::OpenOptions;\nuse std::os::unix::fs::OpenOptionsExt;\n",
        &["src/store/path.rs:2: `std::os::unix::fs::OpenOptionsExt` outside a cfg(unix)"],
    );
    reported(
        "src/store/path.rs",
        "use std::os::{unix::fs::OpenOptionsExt, raw};\n",
        &["src/store/path.rs:1: `std::os::unix::fs::OpenOptionsExt`"],
    );
    clean(
        "src/store/path.rs",
        "#[cfg(unix)]\nuse std::os::unix::fs::OpenOptionsExt;\n",
    );
    // The pattern files.rs uses: a gated block inside a function.
    clean(
        "src/files.rs",
        "fn f() {\n    let mut o = OpenOptions::new();\n    #[cfg(unix)]\n    {\n        use std::os::unix::fs::OpenOptionsExt;\n        o.mode(0o600);\n    }\n    o.open(p)\n}\n",
    );
    // Gated functions and modules, however deep; a gated file; cfg(all(unix, …)).
    clean(
        "src/x.rs",
        "#[cfg(unix)]\nmod imp {\n    fn f() {\n        if a { let m = std::os::unix::fs::MetadataExt::mode(&m); }\n    }\n}\n#[cfg(all(unix, feature = \"x\"))]\nfn g() { use std::os::unix::fs::PermissionsExt; }\n",
    );
    clean(
        "src/x.rs",
        "#![cfg(unix)]\nuse std::os::unix::fs::PermissionsExt;\n",
    );
    // The gate ends with its item: the next statement is not gated.
    reported(
        "src/ops/doctor.rs",
        "fn f() {\n    #[cfg(unix)]\n    {\n        let s = \"}\";\n        let c = '{';\n    }\n    use std::os::unix::fs::PermissionsExt;\n}\n",
        &["src/ops/doctor.rs:7: `std::os::unix::fs::PermissionsExt` outside a cfg(unix)"],
    );
    reported(
        "src/x.rs",
        "#[cfg(unix)]\nuse std::fs::File;\nuse std::os::unix::fs::PermissionsExt;\n",
        &["src/x.rs:3:"],
    );
    // Neither a negated gate, nor any(…), nor cfg!(unix), whose both branches are compiled.
    reported(
        "src/x.rs",
        "#[cfg(not(unix))]\nuse std::os::unix::fs::A;\n#[cfg(any(unix, windows))]\nuse std::os::unix::fs::B;\nfn f() { if cfg!(unix) { use std::os::unix::fs::C; } }\n",
        &["src/x.rs:2:", "src/x.rs:4:", "src/x.rs:5:"],
    );
}

/// The one module allowed `unsafe` code: Cargo.toml lowers `unsafe_code` from "forbid" to
/// "deny" only so that it can allow it for its Win32 calls.
const UNSAFE_ALLOWED_IN: &str = "src/platform/windows.rs";

/// Each `unsafe` (block, fn, impl) or `unsafe_code` (an `allow`) outside UNSAFE_ALLOWED_IN.
fn unsafe_outside_platform(files: &[(PathBuf, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files {
        let shown = Source::new(path, text).shown;
        if shown == UNSAFE_ALLOWED_IN {
            continue;
        }
        for token in lex(text) {
            if token.kind == Kind::Ident && (token.text == "unsafe" || token.text == "unsafe_code")
            {
                found.push(format!("{shown}:{}: `{}`", token.line, token.text));
            }
        }
    }
    found
}

#[test]
fn unsafe_code_stays_in_the_windows_platform_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    read_tree(root, &root.join("src"), &mut files);
    let found = unsafe_outside_platform(&files);
    assert!(
        found.is_empty(),
        "unsafe outside {UNSAFE_ALLOWED_IN}:\n{}",
        found.join("\n")
    );
    // The check sees through nothing but comments and strings.
    let sample = |path: &str, text: &str| {
        unsafe_outside_platform(&[(PathBuf::from(path), text.to_string())])
    };
    assert_eq!(
        sample(
            "src/x.rs",
            "#![allow(unsafe_code)]\nfn f() { unsafe { g() } }\n"
        ),
        ["src/x.rs:1: `unsafe_code`", "src/x.rs:2: `unsafe`"]
    );
    assert!(sample(
        "src/x.rs",
        "// unsafe\nfn f() -> &'static str { \"unsafe\" }\n"
    )
    .is_empty());
    assert!(sample(UNSAFE_ALLOWED_IN, "fn f() { unsafe { g() } }").is_empty());
}

#[test]
fn the_lexer_keeps_strings_comments_and_lines_apart() {
    let tokens = lex(
        "let a = \"x\\\"y\"; /* one\n two */ let b = r##\"q\"#\"##; // c\nlet l: &'a str = 'b';",
    );
    let texts: Vec<(&str, usize)> = tokens.iter().map(|t| (t.text.as_str(), t.line)).collect();
    assert_eq!(
        texts,
        [
            ("let", 1),
            ("a", 1),
            ("=", 1),
            ("x\\\"y", 1),
            (";", 1),
            ("let", 2),
            ("b", 2),
            ("=", 2),
            ("q\"#", 2),
            (";", 2),
            ("let", 3),
            ("l", 3),
            (":", 3),
            ("&", 3),
            ("str", 3),
            ("=", 3),
            (";", 3),
        ]
    );
}
