//! Training mode: a 7-minute briefing on the chosen policy, its facilitator
//! notes, a one-sheet handout and discussion scenarios, all built from the
//! policy's data, so a briefing never drifts from the policy it teaches.
//!
//! Everything here is a value the widget renders as it is: sections of
//! points, each point in one of four voices (the policy's statement, the
//! source's exact words, what the policy does not say, or this guide's own
//! words) and each policy point with its source. Nothing about time is
//! worded here: it comes from the policy's timescales and time notes, as
//! [`crate::time`] gives them.

mod clock;
mod handout;
mod methods;
mod model;
mod notes;
mod parts;
mod sheet;
mod slide;

pub use clock::{BriefingClock, clock_face};
pub use model::{
    AREA_LABEL, Cite, EMERGENCY_ADVICE, NO_SINGLE_ANSWER, PROMPTS, Part, Point, ROLES_NOT_PEOPLE,
    SECONDS, STAGES_IN_ORDER, Scenario, Section, TITLES, TimeMark, Visual, Voice,
    duration_in_words,
};
pub use sheet::SheetBox;
pub use slide::{DAY_ZERO, SourceMarks};
