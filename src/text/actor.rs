//! The messages about who acts: the name every recorded change and look-up carries.

/// Nobody named with `--as`, `MOTY_USER` or the configuration file, and no login name to use.
pub const NO_ACTOR: &str =
    "the operating system gives no login name for you, so moty cannot tell who is acting; name yourself with --as NAME or the MOTY_USER variable (or once: moty config set as NAME)";
