//! The words for each answer, shared by the widget and the exports so a
//! record always says what the user saw.

use crate::journey::{DangerAnswer, StageOutcome, Topic, WhoAnswer};
use crate::policy::Policy;

impl DangerAnswer {
    pub fn label(self) -> &'static str {
        match self {
            DangerAnswer::Yes => "Yes",
            DangerAnswer::No => "No",
            DangerAnswer::NotSure => "Not sure",
        }
    }
}

impl WhoAnswer {
    pub fn label(self) -> &'static str {
        match self {
            WhoAnswer::AnotherAgency => "Someone in another agency",
            WhoAnswer::OwnOrganisation => "Someone in my own organisation",
            WhoAnswer::NotSure => "Not sure",
        }
    }
}

impl StageOutcome {
    pub fn label(self) -> &'static str {
        match self {
            StageOutcome::Resolved => "Yes, it was resolved",
            StageOutcome::NotResolved => "No, it was not resolved",
            StageOutcome::ImmediateRisk => "The child is now at immediate risk",
        }
    }
}

impl Topic {
    /// The area's title in `policy`, or "Something else".
    pub fn label(&self, policy: &Policy) -> String {
        match self {
            Topic::Area(id) => policy.areas.iter().find(|area| &area.id == id).map_or_else(
                || id.clone(),
                |area| crate::time::sentence_case(&area.title),
            ),
            Topic::SomethingElse => "Something else".to_string(),
        }
    }
}
