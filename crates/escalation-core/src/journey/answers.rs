//! What the user answers: the journey's questions and their answers.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::typed::Typed;

/// "Is a child at risk of immediate harm?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DangerAnswer {
    Yes,
    No,
    NotSure,
}

impl DangerAnswer {
    /// In the order the question offers them.
    pub const ALL: [DangerAnswer; 3] = [DangerAnswer::Yes, DangerAnswer::No, DangerAnswer::NotSure];
}

/// "Who do you disagree with?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhoAnswer {
    AnotherAgency,
    OwnOrganisation,
    NotSure,
}

impl WhoAnswer {
    pub const ALL: [WhoAnswer; 3] = [
        WhoAnswer::AnotherAgency,
        WhoAnswer::OwnOrganisation,
        WhoAnswer::NotSure,
    ];
}

/// "What is the disagreement about?": one of the policy's areas, or another subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Area(String),
    SomethingElse,
}

/// "Was it resolved?" at the end of a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageOutcome {
    Resolved,
    NotResolved,
    /// The child is now at immediate risk.
    ImmediateRisk,
}

impl StageOutcome {
    pub const ALL: [StageOutcome; 3] = [
        StageOutcome::Resolved,
        StageOutcome::NotResolved,
        StageOutcome::ImmediateRisk,
    ];
}

/// What the user has told the journey so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub immediate_danger: Option<DangerAnswer>,
    pub who: Option<WhoAnswer>,
    pub topic: Option<Topic>,
    /// Private reflections on the self-check questions, by question index.
    pub reflections: BTreeMap<usize, Typed>,
    #[serde(with = "crate::calendar::iso_date_option")]
    pub start_date: Option<NaiveDate>,
    /// The answer to "Was it resolved?" for each stage reached.
    pub outcomes: BTreeMap<u32, StageOutcome>,
}
