//! Whether a policy is in force, or which one replaced it.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::id::PolicyId;

/// Whether a policy is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "state", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Status {
    Current,
    /// The policy's documents do not say whether it is in force: the widget
    /// says so rather than calling it current.
    NotStated,
    Superseded {
        /// The id of the policy that replaced this one.
        by: PolicyId,
        /// How to describe the replacement, for example "the March 2026
        /// Berkshire escalation process".
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
        by_title: String,
    },
}
