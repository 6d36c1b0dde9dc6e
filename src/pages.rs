//! One component per page of the journey.

pub mod immediate_danger;
pub mod next_steps_coming;
pub mod speak_to_dsl;
pub mod start;
pub mod urgent;
