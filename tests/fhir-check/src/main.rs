//! Reads a FHIR R4 resource (JSON) from the file named, or standard input, with fhirbolt's R4
//! model in strict mode. Exit 0 and the resource type on standard output when it reads; exit 1
//! and fhirbolt's error on standard error when it does not.

use std::io::Read;

use fhirbolt::model::r4::Resource;
use fhirbolt::serde::{DeserializationConfig, DeserializationMode};

fn main() {
    let mut text = String::new();
    let read = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path).map(|t| text = t),
        None => std::io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("reading the resource: {e}");
        std::process::exit(2);
    }
    let config = DeserializationConfig {
        mode: DeserializationMode::Strict,
    };
    match fhirbolt::json::from_str::<Resource>(&text, Some(config)) {
        Ok(Resource::Bundle(_)) => println!("Bundle"),
        Ok(other) => println!("{}", kind(&other)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

/// The resource's type as JSON names it.
fn kind(resource: &Resource) -> String {
    let debug = format!("{resource:?}");
    debug.split('(').next().unwrap_or("").to_string()
}
