//! The limits of the policy file format: what the JSON Schema states and
//! `validate` checks, kept beside the types they describe.

/// The largest policy file accepted. The built-in policies are about 30 KB.
pub const MAX_POLICY_FILE_BYTES: usize = 1024 * 1024;
/// The longest single piece of text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// The largest timescale accepted: 260 working days is about a year.
pub const MAX_WORKING_DAYS: u32 = 260;
/// The longest id accepted, in characters (all of them ASCII).
pub const MAX_ID_CHARS: usize = 64;
/// What an id may be: 1 to 64 lower-case letters, digits and hyphens, not
/// starting or ending with a hyphen. The JSON Schema says the same, so an
/// editor using the schema and `policy-tool check` agree.
pub const ID_PATTERN: &str = "^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$";
/// A policy's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the rule in full,
/// real dates from 2000 to 2099, is `policy::IssueDate::parse`).
pub const DATE_PATTERN: &str = "^(20[0-9]{2})(-(0[1-9]|1[0-2])(-[0-3][0-9])?)?$";
