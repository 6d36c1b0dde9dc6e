//! The domain of Escalation Guide, with no web dependencies.
//!
//! The widget and the `policy-tool` command both build on this crate; its
//! tests run natively in seconds.

pub mod briefing;
pub mod briefing_record;
pub mod builtin;
pub mod calendar;
pub mod contacts;
pub mod contrast;
pub mod date_input;
pub mod exports;
pub mod fidelity;
pub mod hand_over;
pub mod host_settings;
pub mod ics;
pub mod journey;
pub mod keeping;
mod labels;
pub mod limits;
pub mod outline;
pub mod policy;
pub mod record;
pub mod saved;
pub mod silent;
pub mod snippet;
pub mod studio;
mod text;
pub use text::{count, sentence};
pub mod time;
pub mod timeline;
pub mod typed;
pub mod validate;

/// This release's version (the workspace's, in Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The guide and its version, as the About page and every export name it,
/// so a partnership can tell which release a record came from.
pub const GUIDE: &str = concat!("Escalation Guide ", env!("CARGO_PKG_VERSION"));

pub use builtin::{DEFAULT_POLICY_ID, built_in_policies, built_in_policy, default_policy};
pub use calendar::{Calendar, Division, DueDate};
pub use journey::{
    Action, Answers, DangerAnswer, Journey, Page, PolicyShape, Question, StageOutcome, Topic,
    WhoAnswer,
};
pub use policy::Policy;
pub use record::{RecordDraft, RecordEdit};
pub use timeline::{Timeline, timeline};
pub use validate::{Problem, load_policy};
