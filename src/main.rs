//! The `moty` binary: parse, run, map the result to an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    moty::main()
}
