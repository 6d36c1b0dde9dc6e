//! What a policy can be silent about, in the words "The policy “…” does not
//! say …" completes ([`crate::Policy::does_not_say`]): one wording for each,
//! used by every page, the briefing and the handout.

/// Moving through the stages faster in an emergency.
pub const SKIPPING_STAGES: &str = "whether stages can be skipped in an emergency";

/// The roles to contact.
pub const CONTACTS: &str = "whom to contact";

/// Whom to tell or call when a child is at risk of immediate harm.
pub const IMMEDIATE_HARM: &str = "whom to tell or call when a child is at risk of immediate harm";

/// Confirming the outcome in writing.
pub const WRITTEN_CONFIRMATION: &str = "whether the outcome must be confirmed in writing";

/// What to do before escalating.
pub const PREPARATION: &str = "what to do before escalating";

/// The principles the policy follows.
pub const PRINCIPLES: &str = "what principles it follows";

/// What happens when the last stage does not resolve it.
pub const END_OF_PROCESS: &str =
    "what happens when its last stage does not resolve the disagreement";
