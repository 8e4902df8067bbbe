//! The catalogues are complete (issue #15, "Must show"): every message of the English catalogue
//! is in the Finnish one with the same variables; every message of a document given to a client
//! (`doc-…`) and every date word (`date-…`) is in the Swedish one with the same variables; no
//! catalogue has a message English lacks; each file parses without an error and names each
//! message once. (`fl!` checks at compile time that the code's ids and variables are English's.)
//!
//! The help catalogue (`i18n/LANG/help.ftl`, src/help.rs) likewise: Finnish has every English id
//! with the same variables, in the same section (A or B), and nothing more; and English has the
//! ids of every page and argument of the command tree, and no id the tree does not use, so a new
//! flag without help fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

/// The prefixes of the messages the Swedish catalogue must have.
const FOR_THE_CLIENT: [&str; 2] = ["doc-", "date-"];

/// Each message's id and the variables it uses (its value and its attributes).
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(language: &str) -> Catalogue {
    catalogue_file(language, "moty")
}

/// The catalogue `i18n/LANGUAGE/DOMAIN.ftl` (`moty`, or `help` for the help).
fn catalogue_file(language: &str, domain: &str) -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{language}/{domain}.ftl"));
    let source = std::fs::read_to_string(&path).expect("the catalogue");
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut messages = Catalogue::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    in_pattern(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{language}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{language}: not Fluent: {content}"),
            _ => {}
        }
    }
    messages
}

fn in_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, variables);
        }
    }
}

fn in_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, variables);
            for variant in variants {
                in_pattern(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => in_inline(inline, variables),
    }
}

fn in_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    let in_arguments = |arguments: &CallArguments<&str>, variables: &mut BTreeSet<String>| {
        let named = arguments.named.iter().map(|n| &n.value);
        for argument in arguments.positional.iter().chain(named) {
            in_inline(argument, variables);
        }
    };
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => in_arguments(arguments, variables),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => in_arguments(arguments, variables),
        InlineExpression::Placeable { expression } => in_expression(expression, variables),
        _ => {}
    }
}

/// What `other` lacks of `required` (or has with other variables), and what it has that English
/// does not.
fn differences(required: &Catalogue, other: &Catalogue, english: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, variables) in required {
        match other.get(id) {
            None => problems.push(format!("missing: {id}")),
            Some(theirs) if theirs != variables => problems.push(format!(
                "{id}: variables {theirs:?}, English has {variables:?}"
            )),
            Some(_) => {}
        }
    }
    for (id, variables) in other {
        match english.get(id) {
            None => problems.push(format!("not in English: {id}")),
            Some(ours) if ours != variables => problems.push(format!(
                "{id}: variables {variables:?}, English has {ours:?}"
            )),
            Some(_) => {}
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

#[test]
fn finnish_has_every_message_with_the_same_variables() {
    let english = catalogue("en");
    assert!(english.len() > 50, "{}", english.len());
    let problems = differences(&english, &catalogue("fi"), &english);
    assert!(
        problems.is_empty(),
        "i18n/fi/moty.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn swedish_has_every_message_of_the_clients_documents_with_the_same_variables() {
    let english = catalogue("en");
    let for_the_client: Catalogue = english
        .iter()
        .filter(|(id, _)| FOR_THE_CLIENT.iter().any(|prefix| id.starts_with(prefix)))
        .map(|(id, variables)| (id.clone(), variables.clone()))
        .collect();
    assert!(for_the_client.contains_key("date-weekday-short"));
    let problems = differences(&for_the_client, &catalogue("sv"), &english);
    assert!(
        problems.is_empty(),
        "i18n/sv/moty.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_a_missing_message_and_a_changed_variable() {
    let english = Catalogue::from([
        ("a".to_string(), BTreeSet::from(["n".to_string()])),
        ("b".to_string(), BTreeSet::new()),
    ]);
    let other = Catalogue::from([
        ("a".to_string(), BTreeSet::from(["m".to_string()])),
        ("c".to_string(), BTreeSet::new()),
    ]);
    assert_eq!(
        differences(&english, &other, &english),
        [
            "a: variables {\"m\"}, English has {\"n\"}",
            "missing: b",
            "not in English: c"
        ]
    );
}

#[test]
fn finnish_has_every_help_message_with_the_same_variables() {
    let english = catalogue_file("en", "help");
    let problems = differences(&english, &catalogue_file("fi", "help"), &english);
    assert!(
        problems.is_empty(),
        "i18n/fi/help.ftl:\n{}",
        problems.join("\n")
    );
    // Each id in the same section, so the two translators' files merge cleanly.
    let (en, fi) = (help_sections("en"), help_sections("fi"));
    let moved: Vec<String> = fi
        .iter()
        .filter(|(id, section)| en.get(*id).is_some_and(|s| s != *section))
        .map(|(id, section)| format!("{id}: in section {section} of fi, not {}", en[id]))
        .collect();
    assert!(moved.is_empty(), "{}", moved.join("\n"));
}

/// Each id of the help catalogue and the section (`## ==== help A ====`) it stands in.
fn help_sections(language: &str) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{language}/help.ftl"));
    let source = std::fs::read_to_string(&path).expect("the help catalogue");
    let mut section = String::new();
    let mut ids = BTreeMap::new();
    for line in source.lines() {
        if let Some(name) = line
            .strip_prefix("## ==== help ")
            .and_then(|l| l.strip_suffix(" ===="))
        {
            section = name.to_string();
        } else if let Some((id, _)) = line.split_once(" =") {
            if !line.starts_with([' ', '#']) && !id.contains(' ') {
                ids.insert(id.to_string(), section.clone());
            }
        }
    }
    ids
}

#[test]
fn every_page_and_argument_has_its_help_and_no_help_is_left_over() {
    use clap::CommandFactory;
    use moty::help::{arg_id, heading_id, page_id};

    fn walk(
        command: &clap::Command,
        path: &mut Vec<String>,
        required: &mut BTreeSet<String>,
        allowed: &mut BTreeSet<String>,
    ) {
        let page = page_id(path);
        required.insert(page.clone());
        required.insert(format!("{page}-examples"));
        for suffix in ["-long", "-short-after"] {
            allowed.insert(format!("{page}{suffix}"));
        }
        for arg in command.get_arguments() {
            let id = arg_id(&page, arg);
            // A hidden option may have help (for `--help-all` one day), but needs none.
            if arg.is_hide_set() {
                allowed.insert(id.clone());
            } else {
                required.insert(id.clone());
            }
            allowed.insert(format!("{id}-long"));
            match arg.get_help_heading() {
                Some(moty::cli::GLOBAL) | None => {}
                Some(key) => {
                    required.insert(heading_id(key));
                }
            }
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, required, allowed);
            path.pop();
        }
    }
    // The tree as the code defines it, before clap adds its own --help and `help`: no text of
    // its own any more (the catalogue is the one source), and the ids of every page and option.
    let tree = moty::cli::Cli::command();
    let mut required = BTreeSet::new();
    let mut allowed = BTreeSet::new();
    walk(
        &tree,
        &mut vec!["moty".to_string()],
        &mut required,
        &mut allowed,
    );
    // The values of --color, whose help the help catalogue holds (src/term.rs).
    for value in moty::term::Choice::ALL {
        required.insert(format!("help-value-color-{value}"));
    }
    let english = catalogue_file("en", "help");
    let mut problems: Vec<String> = required
        .iter()
        .filter(|id| !english.contains_key(*id))
        .map(|id| format!("missing: {id}"))
        .collect();
    problems.extend(
        english
            .keys()
            .filter(|id| !required.contains(*id) && !allowed.contains(*id))
            .filter(|id| !id.starts_with("help-clap-"))
            .map(|id| format!("no such page, argument or heading: {id}")),
    );
    assert!(
        problems.is_empty(),
        "i18n/en/help.ftl (ids: src/help.rs):\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_help_comes_from_the_code() {
    use clap::CommandFactory;

    fn walk(command: &clap::Command, path: &str, found: &mut Vec<String>) {
        let texts = [
            command.get_about(),
            command.get_long_about(),
            command.get_after_help(),
            command.get_after_long_help(),
            command.get_before_help(),
            command.get_before_long_help(),
        ];
        if texts.iter().any(Option::is_some) {
            found.push(path.to_string());
        }
        for arg in command.get_arguments() {
            if arg.get_help().is_some() || arg.get_long_help().is_some() {
                found.push(format!("{path} --{}", arg.get_id()));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), found);
        }
    }
    let mut found = Vec::new();
    walk(&moty::cli::Cli::command(), "moty", &mut found);
    assert!(
        found.is_empty(),
        "help text in the code (a doc comment or an attribute) instead of i18n/en/help.ftl: \
         {found:#?}"
    );
}
