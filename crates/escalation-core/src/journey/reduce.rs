//! The reducer: one action in, the next journey out.

use super::answers::{StageOutcome, Topic, WhoAnswer};
use super::page::Page;
use super::{Action, Journey};

impl Journey {
    /// Apply one action and return the new journey.
    #[must_use]
    pub fn reduce(mut self, action: Action) -> Self {
        let page = self.page();
        match action {
            Action::Start if page == Page::Start => self.go_to(Page::ImmediateDanger),
            Action::Show(target @ Page::Briefing(_)) if !target.belongs_to(&self.policy) => {}
            // Moving between parts of the briefing replaces the part on
            // screen: the back link leaves the briefing, not the last part.
            Action::Show(target @ Page::Briefing(_)) if matches!(page, Page::Briefing(_)) => {
                if let Some(last) = self.trail.last_mut() {
                    *last = target;
                }
                self.ahead.clear();
            }
            Action::MovePart(movement) => {
                if let Page::Briefing(part) = page {
                    return self.reduce(Action::Show(Page::Briefing(movement.from(part))));
                }
            }
            Action::Show(target) if target.is_open_from_anywhere() && page != target => {
                self.returning = false;
                self.go_to(target);
            }
            Action::ChoosePolicy(shape) if page == Page::ChoosePolicy => {
                if shape != self.policy {
                    self.answers.outcomes.clear();
                    // Private reflections are the user's own text: kept for
                    // every question the new policy also asks.
                    self.answers
                        .reflections
                        .retain(|&index, _| index < shape.self_check_questions);
                    if let Some(Topic::Area(area)) = &self.answers.topic
                        && !shape.areas.contains(area)
                    {
                        self.answers.topic = None;
                    }
                    self.policy = shape;
                    // The stages' answers are gone, so their pages go from
                    // the trail too: the back link never reaches a stage
                    // whose earlier stages are unanswered, or one the new
                    // policy does not have.
                    self.trail.retain(|page| !matches!(page, Page::Stage(_)));
                }
                self.go_to(Page::Start);
            }
            Action::AnswerDanger(answer) if page == Page::ImmediateDanger => {
                let changed = self.answers.immediate_danger != Some(answer);
                self.answers.immediate_danger = Some(answer);
                self.advance(changed);
            }
            Action::AnswerWho(answer) if page == Page::WhoDisagree => {
                let changed = self.answers.who != Some(answer);
                self.answers.who = Some(answer);
                if answer == WhoAnswer::OwnOrganisation {
                    // The multi-agency route is abandoned: its choices go.
                    self.answers.topic = None;
                    self.answers.start_date = None;
                    self.answers.outcomes.clear();
                }
                self.advance(changed);
            }
            Action::AnswerTopic(topic) if page == Page::Topic => {
                let valid = match &topic {
                    Topic::Area(area) => self.policy.areas.contains(area),
                    Topic::SomethingElse => true,
                };
                if valid {
                    let changed = self.answers.topic.as_ref() != Some(&topic);
                    self.answers.topic = Some(topic);
                    self.advance(changed);
                }
            }
            Action::Reflect(index, text)
                if page == Page::SelfCheck && index < self.policy.self_check_questions =>
            {
                self.answers.reflections.insert(index, text.into());
            }
            Action::AnswerStartDate(date) if page == Page::StartDate => {
                let changed = self.answers.start_date != Some(date);
                self.answers.start_date = Some(date);
                self.advance(changed);
            }
            Action::AnswerStage(number, outcome) if page == Page::Stage(number) => {
                let changed = self.answers.outcomes.get(&number) != Some(&outcome);
                self.answers.outcomes.insert(number, outcome);
                if outcome != StageOutcome::NotResolved {
                    // Later stages are not reached when it is resolved here,
                    // or when the child's safety comes first.
                    self.answers.outcomes.retain(|&stage, _| stage <= number);
                }
                self.advance(changed);
            }
            Action::Continue => {
                if matches!(
                    page,
                    Page::Urgent
                        | Page::SpeakToDsl
                        | Page::NotSureWho
                        | Page::Preparation
                        | Page::SelfCheck
                        | Page::EndOfProcess
                ) {
                    self.advance(false);
                }
            }
            Action::Change(question) => {
                // Only a question the answers lead through: not the topic
                // once the disagreement is inside the user's organisation,
                // nor a stage never reached.
                let reachable = self.route().contains(&question.page());
                if page == Page::Record && reachable {
                    self.returning = true;
                    self.go_to(question.page());
                }
            }
            Action::EditRecord(edit) => self.record.apply(edit),
            Action::EditBriefing(edit) => {
                if self.briefing.policy.is_none() {
                    self.briefing.policy = Some(self.policy.id.clone());
                }
                self.briefing.apply(edit);
            }
            Action::RestoreBriefing(record) => self.briefing = *record,
            Action::Back if self.can_go_back() => {
                let left = self.trail.pop().expect("checked above");
                self.ahead.push(left);
                // Pages a changed answer has taken off the route are passed
                // over: a later stage after one now resolved or at immediate
                // risk, a question of a route now left. Answered there, they
                // would leave answers no route explains.
                let route = self.route();
                while self.trail.len() > 1
                    && self.page().follows_the_answers()
                    && !route.contains(&self.page())
                {
                    self.trail.pop();
                }
                if self.page() == Page::Record {
                    self.returning = false;
                }
            }
            Action::Forward => {
                if let Some(next) = self.ahead.pop() {
                    self.trail.push(next);
                }
            }
            Action::Restore(saved) => {
                // A saved journey without a briefing record (any saved before
                // format 3, most after) leaves the one on screen as it is.
                let mut restored = saved.restored();
                if !restored.briefing.has_typed_text() {
                    restored.briefing = self.briefing;
                }
                return restored;
            }
            Action::Reset => return Journey::new(self.policy),
            // An action meant for another page (a stale click, a second
            // submit) changes nothing.
            _ => {}
        }
        self
    }

    /// A saved journey, ready to continue: its trail is rebuilt by following
    /// the flow from the start page through its answers, so it passes the
    /// pages those answers lead through (the urgent page after "Yes"), and
    /// stops at the page the user was on, or at the first question still
    /// unanswered, whichever comes first; a user on the briefing record
    /// returns to it. A saved trail is never trusted to skip a page.
    pub(super) fn restored(mut self) -> Journey {
        let was_on = self.page();
        self.trail = vec![Page::Start];
        self.ahead.clear();
        self.returning = false;
        if was_on == Page::Start {
            return self;
        }
        // The flow has no loops; the bound only guards against a mistake.
        for _ in 0..64 {
            let Some(next) = self.next_in_flow(self.page()) else {
                break;
            };
            self.trail.push(next);
            if next == was_on || self.needs_answer(next) {
                break;
            }
        }
        // The briefing record is typed work on no route: the user comes
        // back to it, with the route behind it for the back link.
        if was_on == Page::BriefingRecord {
            self.trail.push(was_on);
        }
        self
    }
}
