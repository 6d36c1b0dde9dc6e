//! The journey's vocabulary: the pages it can show, the steps they belong
//! to, the questions a "Change" link returns to, the parts of the briefing
//! and the moves between them, and the shape of a policy the pages follow.

use serde::{Deserialize, Serialize};

use crate::policy::Policy;

/// How many parts the 7-minute briefing has.
pub const PARTS: u8 = 7;

/// A move between the parts of the briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartMove {
    Next,
    Previous,
    First,
    Last,
}

impl PartMove {
    /// The part this move leads to from `part`; it stays within 1 to 7.
    pub fn from(self, part: u8) -> u8 {
        let part = part.clamp(1, PARTS);
        match self {
            PartMove::Next => (part + 1).min(PARTS),
            PartMove::Previous => part.saturating_sub(1).max(1),
            PartMove::First => 1,
            PartMove::Last => PARTS,
        }
    }
}

/// What the journey needs to know about a policy to find its way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyShape {
    pub id: String,
    /// Stage numbers, in order.
    pub stages: Vec<u32>,
    /// Area ids, in order.
    pub areas: Vec<String>,
    pub self_check_questions: usize,
}

impl PolicyShape {
    pub fn of(policy: &Policy) -> Self {
        PolicyShape {
            id: policy.id.to_string(),
            stages: policy.stages.iter().map(|stage| stage.number).collect(),
            areas: policy.areas.iter().map(|area| area.id.clone()).collect(),
            self_check_questions: policy.self_check.questions.len(),
        }
    }

    pub(super) fn first_stage(&self) -> Option<u32> {
        self.stages.first().copied()
    }

    pub(super) fn stage_after(&self, number: u32) -> Option<u32> {
        let index = self.stages.iter().position(|&n| n == number)?;
        self.stages.get(index + 1).copied()
    }
}

/// Every page the journey can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    /// What this is for, which policy, and "Start now".
    Start,
    /// Choose another built-in policy.
    ChoosePolicy,
    /// The whole process at a glance: the stages as a flowchart.
    Overview,
    /// Every deadline on a date line.
    Timeline,
    /// About this policy: purpose, principles, glossary, contacts, and what
    /// it does not say.
    About,
    /// "Is a child at risk of immediate harm?"
    ImmediateDanger,
    /// The child is in danger now: call 999, tell the DSL or line manager.
    Urgent,
    /// The user is not sure: speak to the Designated Safeguarding Lead now.
    SpeakToDsl,
    /// "Who do you disagree with?"
    WhoDisagree,
    /// The disagreement is inside the user's own organisation.
    OwnOrganisation,
    /// The user is not sure who: when each route applies.
    NotSureWho,
    /// "What is the disagreement about?"
    Topic,
    /// Before you escalate.
    Preparation,
    /// The devil's-advocate questions.
    SelfCheck,
    /// "When did the difference of opinion start?"
    StartDate,
    /// One stage of the policy, by number.
    Stage(u32),
    /// The last stage did not resolve it: what happens at the end.
    EndOfProcess,
    /// Check your answers, and the record of issues and actions agreed.
    Record,
    /// Training mode: one part of the 7-minute briefing, 1 to 7.
    Briefing(u8),
    /// Training mode: what the facilitator says, part by part.
    FacilitatorNotes,
    /// Training mode: the one-sheet handout.
    Handout,
    /// Training mode: the one-page sheet, seven boxes around the policy's
    /// name.
    Sheet,
    /// Training mode: discussion scenarios.
    Scenarios,
    /// Training mode: the team's record of the briefing.
    BriefingRecord,
}

/// How many steps the journey has, for "Step 3 of 8".
pub const STEPS: u8 = 8;

impl Page {
    /// Which step of the journey this page is, and the step's name; `None`
    /// for pages outside the journey (the start page, the overview, the
    /// timeline, About this policy, the choice of policy).
    pub fn step(self) -> Option<(u8, &'static str)> {
        Some(match self {
            Page::ImmediateDanger | Page::Urgent | Page::SpeakToDsl => (1, "Safety first"),
            Page::WhoDisagree | Page::OwnOrganisation | Page::NotSureWho => {
                (2, "Who you disagree with")
            }
            Page::Topic => (3, "What it is about"),
            Page::Preparation => (4, "Before you escalate"),
            Page::SelfCheck => (5, "Check your own view"),
            Page::StartDate => (6, "When it started"),
            Page::Stage(_) | Page::EndOfProcess => (7, "The stages"),
            Page::Record => (8, "Your record"),
            Page::Start
            | Page::ChoosePolicy
            | Page::Overview
            | Page::Timeline
            | Page::About
            | Page::Briefing(_)
            | Page::FacilitatorNotes
            | Page::Handout
            | Page::Sheet
            | Page::Scenarios
            | Page::BriefingRecord => {
                return None;
            }
        })
    }

    /// Pages that matter too much to skip when fast-forwarding after a change.
    pub(super) fn must_be_seen(self) -> bool {
        matches!(
            self,
            Page::Urgent | Page::SpeakToDsl | Page::OwnOrganisation | Page::NotSureWho
        )
    }
}

/// Above every id a record's items can reach by being added one at a time.
pub(super) const MAX_ITEM_ID: u32 = 1 << 30;

impl Page {
    /// Whether this page is open from anywhere, whatever the answers: the
    /// overview, the timeline, About, the list of policies, training mode.
    pub(super) fn is_open_from_anywhere(self) -> bool {
        matches!(
            self,
            Page::ChoosePolicy
                | Page::Overview
                | Page::Timeline
                | Page::About
                | Page::Briefing(_)
                | Page::FacilitatorNotes
                | Page::Handout
                | Page::Sheet
                | Page::Scenarios
                | Page::BriefingRecord
        )
    }

    /// Whether this page is only right where the answers lead to it (a
    /// question, what to do next, a stage, the end of the stages), so the
    /// back link passes over it once they lead elsewhere. The record shows
    /// whatever the answers are.
    pub(super) fn follows_the_answers(self) -> bool {
        self != Page::Record && !self.is_open_from_anywhere()
    }

    /// Whether this page exists for a policy of this shape: a stage it
    /// has, a part of the briefing, or any other page.
    pub fn belongs_to(self, shape: &PolicyShape) -> bool {
        match self {
            Page::Stage(number) => shape.stages.contains(&number),
            Page::Briefing(part) => (1..=PARTS).contains(&part),
            _ => true,
        }
    }
}

/// The questions a "Change" link on the record page can return to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    ImmediateDanger,
    WhoDisagree,
    Topic,
    SelfCheck,
    StartDate,
    Stage(u32),
}

impl Question {
    pub fn page(self) -> Page {
        match self {
            Question::ImmediateDanger => Page::ImmediateDanger,
            Question::WhoDisagree => Page::WhoDisagree,
            Question::Topic => Page::Topic,
            Question::SelfCheck => Page::SelfCheck,
            Question::StartDate => Page::StartDate,
            Question::Stage(number) => Page::Stage(number),
        }
    }
}
