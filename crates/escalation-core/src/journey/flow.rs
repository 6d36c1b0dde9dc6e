//! Where the answers lead: the flow from page to page.

use super::Journey;
use super::answers::{DangerAnswer, StageOutcome, WhoAnswer};
use super::page::Page;

impl Journey {
    /// The pages the answers as they stand lead through, from the start
    /// page to the first question still unanswered or the end.
    pub(super) fn route(&self) -> Vec<Page> {
        let mut pages = vec![Page::Start];
        while let Some(next) = pages.last().and_then(|&page| self.next_in_flow(page)) {
            // After an emergency at a stage the flow returns to that stage.
            if pages.contains(&next) {
                break;
            }
            pages.push(next);
        }
        pages
    }

    /// Whether `page` asks a question the user has not answered.
    pub(super) fn needs_answer(&self, page: Page) -> bool {
        let answers = &self.answers;
        match page {
            Page::ImmediateDanger => answers.immediate_danger.is_none(),
            Page::WhoDisagree => answers.who.is_none(),
            Page::Topic => answers.topic.is_none(),
            Page::StartDate => answers.start_date.is_none(),
            Page::Stage(number) => !answers.outcomes.contains_key(&number),
            _ => false,
        }
    }

    /// Where the flow goes from `page`, given the answers so far. `None`
    /// when the page has nowhere further to go, or its question is unanswered.
    pub(super) fn next_in_flow(&self, page: Page) -> Option<Page> {
        let answers = &self.answers;
        let first_stage_or_record =
            || Some(self.policy.first_stage().map_or(Page::Record, Page::Stage));
        match page {
            Page::Start => Some(Page::ImmediateDanger),
            Page::ImmediateDanger => Some(match answers.immediate_danger? {
                DangerAnswer::Yes => Page::Urgent,
                DangerAnswer::NotSure => Page::SpeakToDsl,
                DangerAnswer::No => Page::WhoDisagree,
            }),
            // After an emergency during a stage, return to that stage.
            Page::Urgent => Some(
                self.immediate_risk_stage()
                    .map_or(Page::WhoDisagree, Page::Stage),
            ),
            Page::SpeakToDsl => Some(Page::WhoDisagree),
            Page::WhoDisagree => Some(match answers.who? {
                WhoAnswer::AnotherAgency => Page::Topic,
                WhoAnswer::OwnOrganisation => Page::OwnOrganisation,
                WhoAnswer::NotSure => Page::NotSureWho,
            }),
            Page::NotSureWho => Some(Page::Topic),
            Page::Topic => answers.topic.as_ref().map(|_| Page::Preparation),
            Page::Preparation => Some(Page::SelfCheck),
            Page::SelfCheck => Some(Page::StartDate),
            Page::StartDate => answers.start_date.and_then(|_| first_stage_or_record()),
            Page::Stage(number) => Some(match answers.outcomes.get(&number)? {
                StageOutcome::Resolved => Page::Record,
                StageOutcome::ImmediateRisk => Page::Urgent,
                StageOutcome::NotResolved => self
                    .policy
                    .stage_after(number)
                    .map_or(Page::EndOfProcess, Page::Stage),
            }),
            Page::EndOfProcess => Some(Page::Record),
            Page::OwnOrganisation
            | Page::Record
            | Page::ChoosePolicy
            | Page::Overview
            | Page::Timeline
            | Page::About
            | Page::Briefing(_)
            | Page::FacilitatorNotes
            | Page::Handout
            | Page::Sheet
            | Page::Scenarios
            | Page::BriefingRecord => None,
        }
    }

    /// Whether the user still has something to do on `page`.
    pub(super) fn needs_attention(&self, page: Page) -> bool {
        match page {
            // A question: whether it is unanswered.
            Page::ImmediateDanger
            | Page::WhoDisagree
            | Page::Topic
            | Page::StartDate
            | Page::Stage(_) => self.needs_answer(page),
            page => page.must_be_seen() || self.next_in_flow(page).is_none(),
        }
    }

    /// Go on from the current page. After a "Change" link, an unchanged
    /// answer returns to the record; a changed one passes over pages whose
    /// answers still stand and lands on the first that needs the user.
    pub(super) fn advance(&mut self, changed: bool) {
        let Some(mut next) = self.next_in_flow(self.page()) else {
            return;
        };
        if self.returning {
            next = if changed {
                self.fast_forward(next)
            } else {
                Page::Record
            };
            self.returning = next != Page::Record;
        }
        self.go_to(next);
    }

    pub(super) fn fast_forward(&self, mut page: Page) -> Page {
        // The flow has no loops; the bound only guards against a mistake.
        for _ in 0..64 {
            if self.needs_attention(page) {
                break;
            }
            match self.next_in_flow(page) {
                Some(after) => page = after,
                None => break,
            }
        }
        page
    }

    /// Move to a new page. A new step forward abandons any pages the user had
    /// stepped back from, as a browser does with its forward history.
    pub(super) fn go_to(&mut self, page: Page) {
        self.ahead.clear();
        self.trail.push(page);
    }
}
