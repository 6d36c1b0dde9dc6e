//! Whether a journey holds only what the reducer can leave (a saved file
//! that does not was edited), and what in it is over a limit.

use super::Journey;
use super::answers::{StageOutcome, Topic, WhoAnswer};
use super::page::MAX_ITEM_ID;
use crate::limits::{AnswerLength, LimitProblem, MAX_ITEMS};

impl Journey {
    /// Whether the journey holds only answers the reducer can leave: no
    /// stages or areas the policy does not have, no answers left from a
    /// route the user abandoned, stages answered in order, no two record
    /// items sharing an id or with one no record reaches, a trail of pages
    /// this policy has (never empty).
    /// A saved file that fails this was edited, even if its checksum was
    /// made to match; the property tests check that no sequence of actions
    /// fails it.
    pub fn is_consistent(&self) -> bool {
        let journey = self;
        let shape = journey.policy();
        let all_known = self
            .trail
            .iter()
            .chain(&self.ahead)
            .all(|page| page.belongs_to(shape));
        if self.trail.is_empty() || !all_known {
            return false;
        }
        let answers = journey.answers();
        let topic_known = match &answers.topic {
            Some(Topic::Area(area)) => shape.areas.contains(area),
            _ => true,
        };
        let reflections_known = answers
            .reflections
            .keys()
            .all(|&index| index < shape.self_check_questions);
        // Stages answered are the policy's first stages, in order; every one
        // but the last was not resolved (resolving, or immediate risk, ends the
        // stages there).
        let answered: Vec<(&u32, &StageOutcome)> = answers.outcomes.iter().collect();
        let stages_in_order = answered.iter().map(|(stage, _)| **stage).eq(shape
            .stages
            .iter()
            .copied()
            .take(answered.len()));
        let only_the_last_ends = answered
            .iter()
            .rev()
            .skip(1)
            .all(|(_, outcome)| **outcome == StageOutcome::NotResolved);
        // The internal route leaves this policy's questions unanswered; stages
        // come after the start date; who comes after the safety question.
        let route_consistent = if answers.who == Some(WhoAnswer::OwnOrganisation) {
            answers.topic.is_none() && answers.start_date.is_none() && answers.outcomes.is_empty()
        } else {
            true
        };
        let order_consistent = (answers.outcomes.is_empty() || answers.start_date.is_some())
            && (answers.who.is_none() || answers.immediate_danger.is_some());
        let record = journey.record();
        let mut ids: Vec<u32> = record
            .discussions
            .iter()
            .map(|d| d.id)
            .chain(record.actions.iter().map(|a| a.id))
            .filter(|&id| id != 0)
            .collect();
        ids.sort_unstable();
        let ids_unique = ids.windows(2).all(|pair| pair[0] != pair[1]);
        // Ids count up from 1 as items are added; one near the top of u32
        // could only be crafted, and would wrap round to an id in use.
        let ids_in_range = ids.last().copied().unwrap_or(0).max(record.next_id) < MAX_ITEM_ID;
        topic_known
            && self.briefing.is_consistent()
            && ids_in_range
            && reflections_known
            && stages_in_order
            && only_the_last_ends
            && route_consistent
            && order_consistent
            && ids_unique
    }

    /// Everything in the journey that is over a limit: the first problem
    /// stops a save or a load, and its words say what to change.
    pub fn limit_problems(&self) -> Vec<LimitProblem> {
        let record = self.record();
        let mut problems = Vec::new();
        if record.discussions.len() > MAX_ITEMS {
            problems.push(LimitProblem::TooManyDiscussions(record.discussions.len()));
        }
        if record.actions.len() > MAX_ITEMS {
            problems.push(LimitProblem::TooManyActions(record.actions.len()));
        }
        let reflections = self
            .answers()
            .reflections
            .iter()
            .map(|(index, text)| (format!("Private reflection {}", index + 1), &**text));
        for (answer, text) in record.named_texts().chain(reflections) {
            if let AnswerLength::TooLong(chars) = AnswerLength::of(text) {
                problems.push(LimitProblem::AnswerTooLong { answer, chars });
            }
        }
        problems.extend(self.briefing.limit_problems());
        problems
    }
}
