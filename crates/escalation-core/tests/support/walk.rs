//! The walk through the questions to the first stage, shared by the tests:
//! no immediate danger, someone in another agency, a topic, past the
//! preparation and the self-check pages, and the day it started.
// Each test file uses what it needs of this.
#![allow(dead_code)]

use chrono::NaiveDate;
use escalation_core::{Action, DangerAnswer, Journey, Policy, PolicyShape, Topic, WhoAnswer};

/// The actions that lead from the start page to the first stage.
pub fn actions_to_first_stage(topic: Topic, start: NaiveDate) -> [Action; 7] {
    [
        Action::Start,
        Action::AnswerDanger(DangerAnswer::No),
        Action::AnswerWho(WhoAnswer::AnotherAgency),
        Action::AnswerTopic(topic),
        Action::Continue,
        Action::Continue,
        Action::AnswerStartDate(start),
    ]
}

/// A new journey on `shape`, walked to its first stage page.
pub fn shape_to_first_stage(shape: PolicyShape, topic: Topic, start: NaiveDate) -> Journey {
    actions_to_first_stage(topic, start)
        .into_iter()
        .fold(Journey::new(shape), Journey::reduce)
}

/// A new journey on `policy`, walked to its first stage page.
pub fn to_first_stage(policy: &Policy, topic: Topic, start: NaiveDate) -> Journey {
    shape_to_first_stage(PolicyShape::of(policy), topic, start)
}
