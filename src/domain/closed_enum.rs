//! `closed_enum!`: one declaration gives an enum its text form everywhere it crosses a boundary —
//! clap values, JSON and parse errors that name the allowed values. The store maps the same text
//! form to its columns (src/store/codes.rs), mirrored by a CHECK in schema.sql.
//!
//! A value may have aliases, accepted on input and never printed: the coordinators' Finnish words
//! (`Yhteiso => "yhteiso" | "yhteisö"`, `Network => "network" | "verkostopalaveri"`; issue #15,
//! item 5). The code stays the one ASCII text form in output, JSON and the register.

macro_rules! closed_enum {
    (
        $(#[$meta:meta])*
        $name:ident, field = $field:literal {
            $($variant:ident => $text:literal $(| $alias:literal)*),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The flag or field this value is given in, for error messages.
            pub const FIELD: &'static str = $field;

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::UserError;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    $($text $(| $alias)* => Ok($name::$variant),)+
                    _ => Err($crate::error::UserError::invalid(
                        $field,
                        $crate::text::one_of(value, &[$($text),+]),
                    )),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($text),+]
                })
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let aliases: &[&'static str] = match self {
                    $($name::$variant => &[$($alias),*]),+
                };
                Some(
                    clap::builder::PossibleValue::new(self.as_str())
                        .help($crate::text::value_label(self.as_str()))
                        .aliases(aliases.iter().copied()),
                )
            }
        }
    };
}
