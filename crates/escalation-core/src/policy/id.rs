//! A policy's id, and the one place that decides what form an id in a
//! policy file may take.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

use super::format::MAX_ID_CHARS;

/// A policy's short, stable identifier: 1 to 64 lower-case letters, digits
/// and hyphens, not starting or ending with a hyphen (the JSON Schema's
/// [`ID_PATTERN`](crate::policy::ID_PATTERN)).
///
/// In a file it is a plain JSON string. Reading a file keeps the string as
/// it is, so that a malformed id is reported together with every other
/// problem in the file: `validate` checks it with [`PolicyId::check`].
/// [`PolicyId::parse`] is the constructor that refuses a malformed id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PolicyId(String);

/// An id that does not have the form [`PolicyId::check`] requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdError {
    id: String,
}

impl PolicyId {
    /// A policy id, if `text` is well formed.
    pub fn parse(text: impl Into<String>) -> Result<PolicyId, IdError> {
        let text = text.into();
        match PolicyId::check(&text) {
            Ok(()) => Ok(PolicyId(text)),
            Err(error) => Err(error),
        }
    }

    /// Whether `id` has the form of an id in a policy file (the policy's
    /// own, and those of its sources, areas and contact roles).
    pub fn check(id: &str) -> Result<(), IdError> {
        let well_formed = !id.is_empty()
            && id.len() <= MAX_ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if well_formed {
            Ok(())
        } else {
            Err(IdError { id: id.to_string() })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens, not starting or ending with a hyphen",
            crate::text::truncate(&self.id, 80)
        )
    }
}

impl std::error::Error for IdError {}

impl TryFrom<String> for PolicyId {
    type Error = IdError;

    fn try_from(text: String) -> Result<PolicyId, IdError> {
        PolicyId::parse(text)
    }
}

impl TryFrom<&str> for PolicyId {
    type Error = IdError;

    fn try_from(text: &str) -> Result<PolicyId, IdError> {
        PolicyId::parse(text)
    }
}

impl std::str::FromStr for PolicyId {
    type Err = IdError;

    fn from_str(text: &str) -> Result<PolicyId, IdError> {
        PolicyId::parse(text)
    }
}

impl From<PolicyId> for String {
    fn from(id: PolicyId) -> String {
        id.0
    }
}

impl Deref for PolicyId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PolicyId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for PolicyId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PolicyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for PolicyId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for PolicyId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for PolicyId {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

impl PartialEq<PolicyId> for str {
    fn eq(&self, other: &PolicyId) -> bool {
        self == other.0
    }
}

impl PartialEq<PolicyId> for &str {
    fn eq(&self, other: &PolicyId) -> bool {
        *self == other.0
    }
}

impl PartialEq<PolicyId> for String {
    fn eq(&self, other: &PolicyId) -> bool {
        *self == other.0
    }
}

/// In the JSON Schema, an id is a string of the form [`PolicyId::check`]
/// accepts, written out where it is used.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for PolicyId {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PolicyId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "maxLength": MAX_ID_CHARS,
            "minLength": 1,
            "pattern": super::format::ID_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_ids_parse() {
        let long = "a".repeat(64);
        for id in ["pan-berkshire-2026", "a", "a-b", "9", &long] {
            assert_eq!(PolicyId::parse(id).unwrap(), id, "{id:?}");
        }
    }

    #[test]
    fn malformed_ids_are_refused_with_the_rule() {
        let too_long = "a".repeat(65);
        for id in [&too_long, "", "-a", "a-", "A", "a_b", "a b", "é"] {
            let error = PolicyId::parse(id).unwrap_err();
            assert!(
                error.to_string().ends_with(
                    "is not a valid id: use 1 to 64 lower-case letters, digits and hyphens, not starting or ending with a hyphen"
                ),
                "{id:?}: {error}"
            );
        }
    }

    #[test]
    fn an_id_is_a_plain_string_in_json() {
        let id = PolicyId::parse("pan-berkshire-2026").unwrap();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"pan-berkshire-2026\"");
        assert_eq!(serde_json::from_str::<PolicyId>(&json).unwrap(), id);
    }
}
