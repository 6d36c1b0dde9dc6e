//! The journey through an escalation policy as one pure reducer.
//!
//! A [`Journey`] is a value: the shape of the chosen policy, the trail of
//! pages the user has visited, the pages they stepped back from (so the
//! browser's forward button can return to them), their answers and their
//! record. It changes only through [`Journey::reduce`], so every branch is
//! tested natively, without a browser.
//!
//! Two rules from the GOV.UK question-pages pattern shape it:
//! - answers are kept when the user goes back, and pre-fill the question;
//! - when a changed answer takes a different route, the *choices* made on
//!   the route no longer taken are cleared. Text the user typed (private
//!   reflections, the record) is never thrown away.

mod answers;
mod consistency;
mod flow;
mod page;
mod reduce;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use answers::{Answers, DangerAnswer, StageOutcome, Topic, WhoAnswer};
pub use page::{PARTS, Page, PartMove, PolicyShape, Question, STEPS};

use crate::briefing_record::{BriefingEdit, BriefingRecord};
use crate::record::{RecordDraft, RecordEdit};

/// Everything that can happen to a journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start now" on the start page.
    Start,
    /// Go to a page that is always reachable: the overview, the timeline,
    /// About this policy, the list of policies, or training mode's views
    /// (a part of the briefing, the notes, the handout, the scenarios).
    Show(Page),
    /// Use another policy. Answers that depend on the policy are cleared.
    ChoosePolicy(PolicyShape),
    AnswerDanger(DangerAnswer),
    AnswerWho(WhoAnswer),
    AnswerTopic(Topic),
    /// Type a private reflection on self-check question `index`.
    Reflect(usize, String),
    AnswerStartDate(NaiveDate),
    AnswerStage(u32, StageOutcome),
    /// "Continue" on a page with nothing to answer.
    Continue,
    /// A "Change" link on the record page.
    Change(Question),
    EditRecord(RecordEdit),
    /// A change to the record of a 7-minute briefing.
    EditBriefing(BriefingEdit),
    /// Continue a briefing record from its saved file.
    RestoreBriefing(Box<BriefingRecord>),
    /// The back link, or the browser's back button.
    Back,
    /// The browser's forward button, after going back.
    Forward,
    /// Move between the parts of the briefing, from the part on screen
    /// (so keys pressed quickly each count).
    MovePart(PartMove),
    /// Continue from a saved record.
    Restore(Box<Journey>),
    /// Clear everything: a new journey with the same policy, on its start page.
    Reset,
}

/// The journey's state: the policy's shape, where the user is, where they
/// came from, what they said and what they recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    policy: PolicyShape,
    /// Pages visited, oldest first; never empty, the last is the current page.
    trail: Vec<Page>,
    /// Pages stepped back from, nearest last, for the forward button.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    ahead: Vec<Page>,
    /// Set by a "Change" link: after the answer, return to the record,
    /// passing over pages whose answers still stand.
    #[serde(default)]
    returning: bool,
    answers: Answers,
    record: RecordDraft,
    /// The record of a 7-minute briefing (format 3 of a saved file; none
    /// in older ones).
    #[serde(default, skip_serializing_if = "BriefingRecord::is_empty")]
    briefing: BriefingRecord,
}

impl Journey {
    /// A journey on the start page with no answers.
    pub fn new(policy: PolicyShape) -> Self {
        Journey {
            policy,
            trail: vec![Page::Start],
            ahead: Vec::new(),
            returning: false,
            answers: Answers::default(),
            record: RecordDraft::default(),
            briefing: BriefingRecord::default(),
        }
    }

    /// The page to show now.
    pub fn page(&self) -> Page {
        *self.trail.last().expect("the trail is never empty")
    }

    /// How many pages deep the user is (1 on the first page). The widget
    /// keeps the browser's history entries in step with this number.
    pub fn depth(&self) -> usize {
        self.trail.len()
    }

    pub fn can_go_back(&self) -> bool {
        self.trail.len() > 1
    }

    pub fn policy(&self) -> &PolicyShape {
        &self.policy
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn record(&self) -> &RecordDraft {
        &self.record
    }

    /// The record of a 7-minute briefing.
    pub fn briefing(&self) -> &BriefingRecord {
        &self.briefing
    }

    pub(crate) fn record_mut(&mut self) -> &mut RecordDraft {
        &mut self.record
    }

    /// Whether the user came here from a "Change" link.
    pub fn is_returning(&self) -> bool {
        self.returning
    }

    fn stages_in_trail(&self) -> impl DoubleEndedIterator<Item = u32> + '_ {
        self.trail.iter().filter_map(|page| match page {
            Page::Stage(number) => Some(*number),
            _ => None,
        })
    }

    /// The furthest stage the user reached, if any: answered, or on screen.
    pub fn stage_reached(&self) -> Option<u32> {
        let answered = self.answers.outcomes.keys().max().copied();
        answered.max(self.stages_in_trail().max())
    }

    /// The stage the user is at: the last stage page they were on, even while
    /// they look at the overview or the timeline.
    pub fn current_stage(&self) -> Option<u32> {
        self.stages_in_trail()
            .next_back()
            .or_else(|| self.stage_reached())
    }

    /// The stage at which the disagreement was resolved, if it was.
    pub fn resolved_at(&self) -> Option<u32> {
        self.stage_answered(StageOutcome::Resolved)
    }

    /// The stage at which the user said the child is now at immediate risk.
    pub fn immediate_risk_stage(&self) -> Option<u32> {
        self.stage_answered(StageOutcome::ImmediateRisk)
    }

    /// The first stage whose "Was it resolved?" was answered `outcome`.
    fn stage_answered(&self, outcome: StageOutcome) -> Option<u32> {
        self.answers
            .outcomes
            .iter()
            .find(|(_, answered)| **answered == outcome)
            .map(|(number, _)| *number)
    }

    /// Whether `other` is this journey with only its record changed (the
    /// same policy, pages and answers): what the record page's answers and
    /// deadlines show is then the same, and need not be drawn again while
    /// the user types in the record.
    pub fn differs_only_in_record(&self, other: &Journey) -> bool {
        self.policy == other.policy
            && self.trail == other.trail
            && self.ahead == other.ahead
            && self.returning == other.returning
            && self.answers == other.answers
    }

    /// Whether typed work is in no file the user downloaded to continue
    /// later: `saved` is the journey as its JSON file last held it (the
    /// briefing record too), `briefing_saved` the briefing record as its
    /// own file last held it.
    pub fn has_unsaved_work(
        &self,
        saved: Option<&Journey>,
        briefing_saved: Option<&BriefingRecord>,
    ) -> bool {
        let outside_briefing = saved.is_none_or(|saved| {
            let mut saved = saved.clone();
            saved.briefing = self.briefing.clone();
            saved != *self
        });
        let typed_outside_briefing = self
            .answers
            .reflections
            .values()
            .any(|text| !text.trim().is_empty())
            || !self.record.is_empty();
        (typed_outside_briefing && outside_briefing)
            || self.has_unsaved_briefing(saved, briefing_saved)
    }

    /// Whether the briefing record holds typed work in neither file.
    pub fn has_unsaved_briefing(
        &self,
        saved: Option<&Journey>,
        briefing_saved: Option<&BriefingRecord>,
    ) -> bool {
        self.briefing.has_typed_text()
            && saved.is_none_or(|saved| saved.briefing != self.briefing)
            && briefing_saved != Some(&self.briefing)
    }

    /// Whether the user has typed anything: reflections, the record or the
    /// record of a briefing.
    pub fn has_typed_text(&self) -> bool {
        self.answers
            .reflections
            .values()
            .any(|text| !text.trim().is_empty())
            || !self.record.is_empty()
            || self.briefing.has_typed_text()
    }
}
