//! The briefing's methods on [`Policy`]: its one `impl Policy`, so the
//! briefing, the handout and the scenarios are found in one place.

use super::handout;
use super::model::Visual;
use super::model::{Part, Point, SECONDS, Scenario, Section, TITLES};
use super::notes;
use super::parts;
use crate::policy::Policy;

impl Policy {
    /// The policy's own documents (not the ones it borrows from).
    pub fn own_documents(&self) -> impl Iterator<Item = &crate::policy::SourceDocument> {
        self.sources
            .iter()
            .filter(|document| document.used_for.is_none())
    }

    /// Policy, area, date and status, as the start page, About this policy,
    /// the briefing and the handout list them.
    pub fn summary_rows(&self) -> Vec<(&'static str, String)> {
        let (date_label, date) = self.date_in_words();
        vec![
            ("Policy", self.title.clone()),
            ("Area", self.area.clone()),
            (date_label, date),
            ("Status", self.status_in_words()),
        ]
    }

    /// The 7-minute briefing on this policy.
    pub fn briefing(&self) -> Vec<Part> {
        let sections = [
            parts::background(self),
            parts::why_it_matters(self),
            parts::stages_and_who(self),
            parts::timescales(self),
            parts::own_view(self),
            parts::to_remember(self),
            parts::next_steps(self),
        ];
        let say = notes::facilitator_notes(self);
        sections
            .into_iter()
            .zip(say)
            .enumerate()
            .map(|(index, (sections, say))| {
                // Presented, the stages are drawn as the flowchart and the
                // timescales on a timeline.
                let (visual, slide) = match index {
                    2 => (Some(Visual::Flowchart), sections.clone()),
                    3 => parts::timescales_presented(self, &sections),
                    // What to do next opens on the team's questions: the
                    // discussion is the point of the last part, and the
                    // briefing record asks the same questions.
                    6 => (None, parts::questions_first(&sections)),
                    _ => (None, sections.clone()),
                };
                Part {
                    number: index as u8 + 1,
                    title: TITLES[index],
                    sections,
                    visual,
                    slide,
                    seconds: SECONDS[index],
                    say,
                }
            })
            .collect()
    }

    /// What the policy says about time, in its words: each deadline's quotes
    /// with the stages it covers, each time note with its quote, and the
    /// stages it says nothing about.
    pub fn time_in_its_words(&self) -> Vec<Point> {
        parts::time_in_its_words(self)
    }

    /// The emergency route as the policy words it: whom to tell or call when
    /// a child is at risk of immediate harm, then what it says about moving
    /// through the stages faster.
    pub fn emergency_points(&self) -> Vec<Point> {
        parts::emergency_points(self)
    }

    /// The one-sheet handout: the stages, the timescales in the policy's
    /// words, the self-check questions, the emergency route and whom to
    /// contact. The policy's name, date and status head it
    /// ([`Policy::summary_rows`]).
    pub fn handout(&self) -> Vec<Section> {
        handout::handout(self)
    }

    /// Discussion cards: the examples of disagreements the sources give,
    /// each with the area this guide puts it under (no document groups its
    /// examples by area), and where an example comes from another document
    /// than the policy's own, a note that says so.
    pub fn scenarios(&self) -> Vec<Scenario> {
        handout::scenarios(self)
    }

    /// What every scenario card reveals: what the policy says to do first,
    /// with whom and by when, what to write down, and the emergency route.
    /// The same for every card, because the policy gives one process.
    pub fn scenario_reveal(&self) -> Vec<Section> {
        handout::scenario_reveal(self)
    }
}
