//! The domain of Escalation Guide, with no web dependencies.
//!
//! The widget and the `policy-tool` command both build on this crate; its
//! tests run natively in seconds.

pub mod journey;

pub use journey::{Action, Answers, DangerAnswer, Journey, Page};
