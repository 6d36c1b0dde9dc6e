//! The journey through an escalation policy as one pure reducer.
//!
//! A [`Journey`] is a value: the trail of pages the user has visited, the pages
//! they stepped back from (so the browser's forward button can return to them),
//! and their answers. It changes only through [`Journey::reduce`], so every
//! branch can be tested natively without a browser.

use serde::{Deserialize, Serialize};

/// Every page the journey can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    /// What this is for, and "Start now".
    Start,
    /// "Is a child at risk of immediate harm?"
    ImmediateDanger,
    /// The child is in danger now: call 999, tell the DSL or line manager.
    Urgent,
    /// The user is not sure: speak to the Designated Safeguarding Lead now.
    SpeakToDsl,
    /// The rest of the journey is not built yet (walking skeleton only).
    NextStepsComing,
}

/// The answer to "Is a child at risk of immediate harm?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DangerAnswer {
    Yes,
    No,
    NotSure,
}

impl DangerAnswer {
    /// All answers, in the order the question offers them.
    pub const ALL: [DangerAnswer; 3] = [DangerAnswer::Yes, DangerAnswer::No, DangerAnswer::NotSure];

    /// The page this answer leads to.
    pub fn next_page(self) -> Page {
        match self {
            DangerAnswer::Yes => Page::Urgent,
            DangerAnswer::NotSure => Page::SpeakToDsl,
            DangerAnswer::No => Page::NextStepsComing,
        }
    }
}

/// What the user has told the journey so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub immediate_danger: Option<DangerAnswer>,
}

/// Everything that can happen to a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start now" on the start page.
    Start,
    /// The user answered "Is a child at risk of immediate harm?"
    AnswerDanger(DangerAnswer),
    /// The back link, or the browser's back button.
    Back,
    /// The browser's forward button, after going back.
    Forward,
}

/// The journey's state: where the user is, where they came from, what they said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    /// Pages visited, oldest first; never empty, the last is the current page.
    trail: Vec<Page>,
    /// Pages stepped back from, nearest last, for the forward button.
    ahead: Vec<Page>,
    answers: Answers,
}

impl Default for Journey {
    fn default() -> Self {
        Self::new()
    }
}

impl Journey {
    /// A journey on the start page with no answers.
    pub fn new() -> Self {
        Journey {
            trail: vec![Page::Start],
            ahead: Vec::new(),
            answers: Answers::default(),
        }
    }

    /// The page to show now.
    pub fn page(&self) -> Page {
        *self.trail.last().expect("the trail is never empty")
    }

    /// How many pages deep the user is (1 on the first page). The widget keeps
    /// the browser's history entries in step with this number.
    pub fn depth(&self) -> usize {
        self.trail.len()
    }

    /// Whether there is a page to go back to.
    pub fn can_go_back(&self) -> bool {
        self.trail.len() > 1
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Apply one action and return the new journey.
    #[must_use]
    pub fn reduce(mut self, action: Action) -> Self {
        match action {
            Action::Start => {
                if self.page() == Page::Start {
                    self.go_to(Page::ImmediateDanger);
                }
            }
            Action::AnswerDanger(answer) => {
                if self.page() == Page::ImmediateDanger {
                    self.answers.immediate_danger = Some(answer);
                    self.go_to(answer.next_page());
                }
            }
            Action::Back => {
                if self.can_go_back() {
                    let left = self.trail.pop().expect("checked above");
                    self.ahead.push(left);
                }
            }
            Action::Forward => {
                if let Some(next) = self.ahead.pop() {
                    self.trail.push(next);
                }
            }
        }
        self
    }

    /// Move to a new page. A new step forward abandons any pages the user had
    /// stepped back from, as a browser does with its forward history.
    fn go_to(&mut self, page: Page) {
        self.ahead.clear();
        self.trail.push(page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_danger_question() -> Journey {
        Journey::new().reduce(Action::Start)
    }

    #[test]
    fn starts_on_the_start_page_with_nothing_to_go_back_to() {
        let journey = Journey::new();
        assert_eq!(journey.page(), Page::Start);
        assert!(!journey.can_go_back());
        assert_eq!(journey.answers(), &Answers::default());
    }

    #[test]
    fn start_now_asks_about_immediate_danger() {
        let journey = at_danger_question();
        assert_eq!(journey.page(), Page::ImmediateDanger);
        assert_eq!(journey.depth(), 2);
        assert!(journey.can_go_back());
    }

    #[test]
    fn yes_leads_to_the_urgent_page() {
        let journey = at_danger_question().reduce(Action::AnswerDanger(DangerAnswer::Yes));
        assert_eq!(journey.page(), Page::Urgent);
        assert_eq!(journey.answers().immediate_danger, Some(DangerAnswer::Yes));
    }

    #[test]
    fn not_sure_leads_to_speak_to_your_dsl() {
        let journey = at_danger_question().reduce(Action::AnswerDanger(DangerAnswer::NotSure));
        assert_eq!(journey.page(), Page::SpeakToDsl);
    }

    #[test]
    fn no_leads_on_to_the_next_steps() {
        let journey = at_danger_question().reduce(Action::AnswerDanger(DangerAnswer::No));
        assert_eq!(journey.page(), Page::NextStepsComing);
    }

    #[test]
    fn back_returns_to_the_question_and_keeps_the_answer() {
        let journey = at_danger_question()
            .reduce(Action::AnswerDanger(DangerAnswer::Yes))
            .reduce(Action::Back);
        assert_eq!(journey.page(), Page::ImmediateDanger);
        assert_eq!(journey.answers().immediate_danger, Some(DangerAnswer::Yes));
    }

    #[test]
    fn back_twice_returns_to_start_and_no_further() {
        let journey = at_danger_question()
            .reduce(Action::AnswerDanger(DangerAnswer::No))
            .reduce(Action::Back)
            .reduce(Action::Back)
            .reduce(Action::Back);
        assert_eq!(journey.page(), Page::Start);
        assert_eq!(journey.depth(), 1);
    }

    #[test]
    fn forward_returns_to_the_page_stepped_back_from() {
        let journey = at_danger_question()
            .reduce(Action::AnswerDanger(DangerAnswer::NotSure))
            .reduce(Action::Back)
            .reduce(Action::Forward);
        assert_eq!(journey.page(), Page::SpeakToDsl);
    }

    #[test]
    fn a_new_answer_after_going_back_replaces_the_old_route() {
        let journey = at_danger_question()
            .reduce(Action::AnswerDanger(DangerAnswer::Yes))
            .reduce(Action::Back)
            .reduce(Action::AnswerDanger(DangerAnswer::No));
        assert_eq!(journey.page(), Page::NextStepsComing);
        assert_eq!(journey.depth(), 3);
        // Forward has nothing to return to: the urgent page was abandoned.
        let after_forward = journey.clone().reduce(Action::Forward);
        assert_eq!(after_forward, journey);
    }

    #[test]
    fn actions_for_another_page_change_nothing() {
        let start = Journey::new();
        assert_eq!(
            start
                .clone()
                .reduce(Action::AnswerDanger(DangerAnswer::Yes)),
            start
        );
        let question = at_danger_question();
        assert_eq!(question.clone().reduce(Action::Start), question);
    }
}
