//! What a policy says about time, stage by stage: the one place that decides
//! what a stage page, the overview, the flowchart, the timeline, the exports
//! and `policy-tool` say about deadlines. Every word comes from the policy
//! data; where the data is silent, the words say so and name the policy.

use crate::policy::Voice;
use crate::policy::{Policy, Stage, TimeNote, TimeNoteKind, Timescale};
/// Kept here, where the phrases it capitalises are made; it lives in a
/// leaf file so the policy model can use it too.
pub use crate::text::sentence_case;

/// "1 working day", "3 working days".
pub fn working_days_phrase(days: u32) -> String {
    if days == 1 {
        "1 working day".to_string()
    } else {
        format!("{days} working days")
    }
}

/// "stage 2", "stages 1 to 4", "stages 1 and 3", "stages 1, 2 and 4".
pub fn stages_phrase(stages: &[u32]) -> String {
    match stages {
        [] => "no stage".to_string(),
        [one] => format!("stage {one}"),
        [first, .., last]
            if stages.windows(2).all(|pair| pair[1] == pair[0] + 1) && stages.len() > 2 =>
        {
            format!("stages {first} to {last}")
        }
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("stages {} and {last}", rest.join(", "))
        }
    }
}

impl Timescale {
    /// Whether this deadline, set at stage `own`, shows on stage `number`.
    pub fn covers(&self, own: u32, number: u32) -> bool {
        (self.covers_from.unwrap_or(own)..=own).contains(&number)
    }

    /// The stages this deadline covers, set at stage `own`.
    pub fn stages(&self, own: u32) -> Vec<u32> {
        (self.covers_from.unwrap_or(own)..=own).collect()
    }

    /// "Stage 2", "Stages 1 to 4": the label of this deadline, set at
    /// stage `own`, wherever its words are listed.
    pub fn stages_label(&self, own: u32) -> String {
        sentence_case(&stages_phrase(&self.stages(own)))
    }

    /// The deadline as the policy puts it: the stage's own words where it
    /// has them ("within 24 hours (e.g within 3 working days of the start of
    /// the difference of opinion)"), else the words that give the figure.
    /// Never words of this guide's: a policy that gives no start for its
    /// days is not made to give one.
    pub fn in_words(&self) -> String {
        self.wording.clone().unwrap_or_else(|| self.quote.clone())
    }

    /// This guide's note beside a date worked out from a figure whose start
    /// the policy does not give.
    pub fn start_note(&self) -> Option<&'static str> {
        self.start_not_stated.then_some(crate::silent::START_CHOSEN)
    }

    /// The source's words about this deadline, quoted exactly: the stage's
    /// own wording first, then the words that give the figure.
    pub fn quotes(&self) -> Vec<&str> {
        let mut quotes: Vec<&str> = self.wording.iter().map(String::as_str).collect();
        if !quotes.contains(&self.quote.as_str()) {
            quotes.push(&self.quote);
        }
        quotes
    }
}

impl TimeNote {
    /// The note and the source's words, in one sentence for text formats.
    pub fn in_words(&self) -> String {
        Voice::summary_in_words(&self.text, &self.quote)
    }

    /// The stages the note is about, given the policy's stage numbers.
    pub fn stages_of(&self, policy: &Policy) -> Vec<u32> {
        if self.stages.is_empty() {
            policy.stages.iter().map(|stage| stage.number).collect()
        } else {
            self.stages.clone()
        }
    }
}

/// Everything the policy says about time at one stage.
#[derive(Clone, Debug)]
pub struct StageTime<'a> {
    pub policy: &'a Policy,
    pub stage: &'a Stage,
    /// Deadlines in working days that show on this stage: its own, and any
    /// set at a later stage that covers this one, with the stage that sets it.
    pub deadlines: Vec<(&'a Stage, &'a Timescale)>,
    /// What else the policy says about time at this stage.
    pub notes: Vec<&'a TimeNote>,
}

impl<'a> StageTime<'a> {
    /// The policy says nothing at all about time for this stage.
    pub fn is_silent(&self) -> bool {
        self.deadlines.is_empty() && self.notes.is_empty()
    }

    /// What to say when the policy is silent, naming it.
    pub fn silence_in_words(&self) -> String {
        silence_in_words(self.policy, self.stage)
    }

    /// Short lines for a flowchart box or a list of stages: each deadline as
    /// the policy words it, then what the notes are, or the silence.
    pub fn summary(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .deadlines
            .iter()
            .map(|(own, timescale)| {
                let words = Voice::quoted(&timescale.in_words());
                if own.number == self.stage.number {
                    words
                } else {
                    format!(
                        "{words} (for {})",
                        stages_phrase(&timescale.stages(own.number))
                    )
                }
            })
            .collect();
        for kind in [
            TimeNoteKind::MissingTable,
            TimeNoteKind::Unspecified,
            TimeNoteKind::Wording,
        ] {
            if self.notes.iter().any(|note| note.kind == kind) {
                lines.push(kind.label().to_string());
            }
        }
        if lines.is_empty() {
            lines.push(self.silence_in_words());
        }
        lines
    }
}

impl TimeNoteKind {
    /// A few words for a flowchart box.
    pub fn label(self) -> &'static str {
        match self {
            TimeNoteKind::Wording => "Timing in the policy’s words, without a working-day figure",
            TimeNoteKind::MissingTable => "Timescales in a table not in the published policy",
            TimeNoteKind::Unspecified => "“Specified timescales”, but none are specified",
        }
    }
}

/// "The policy “Escalation Procedures” does not say how long stage 2
/// should take."
pub fn silence_in_words(policy: &Policy, stage: &Stage) -> String {
    policy.does_not_say(crate::silent::Silence::Time(stage.number))
}

impl Policy {
    /// What the policy says about time at stage `number`, if it has one.
    pub fn time_at(&self, number: u32) -> Option<StageTime<'_>> {
        let stage = self.stage(number)?;
        Some(StageTime {
            policy: self,
            stage,
            deadlines: self.timescales_for(number).collect(),
            notes: self.time_notes_for(number).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_ranges_read_as_words() {
        assert_eq!(stages_phrase(&[2]), "stage 2");
        assert_eq!(stages_phrase(&[1, 2, 3, 4]), "stages 1 to 4");
        assert_eq!(stages_phrase(&[1, 2]), "stages 1 and 2");
        assert_eq!(stages_phrase(&[1, 3]), "stages 1 and 3");
        assert_eq!(stages_phrase(&[1, 2, 4]), "stages 1, 2 and 4");
    }

    #[test]
    fn working_days_are_singular_for_one() {
        assert_eq!(working_days_phrase(1), "1 working day");
        assert_eq!(working_days_phrase(6), "6 working days");
    }
}
