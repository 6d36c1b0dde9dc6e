//! Loading a policy file and checking it, with messages that say where each
//! problem is and what is wrong.
//!
//! Loading goes in layers, each stopping at its first kind of failure:
//! size and encoding, then JSON syntax (line and column), then shape (the
//! JSON path of a missing field or wrong value), then the rules that types
//! cannot express (every problem found, not just the first).
//!
//! Each child file does one job and imports its siblings directly; this
//! file declares them and re-exports what the rest of the crate uses.

mod checker;
mod load;
mod locate;
mod printable;
mod problem;
mod rules;

// The file format's limits live beside the policy types they describe;
// they are named here too, where the checks apply them.
pub use crate::policy::{
    DATE_PATTERN, ID_PATTERN, MAX_POLICY_FILE_BYTES, MAX_TEXT_CHARS, MAX_WORKING_DAYS,
};
pub use load::{load_policy, read_policy};
pub use locate::locate;
pub use printable::{is_unsafe, printable};
pub use problem::Problem;
pub use rules::validate;
