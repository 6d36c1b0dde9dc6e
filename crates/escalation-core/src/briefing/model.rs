//! The briefing's data model: what each part is called and how long it
//! takes, the words this guide says on every card, and the values the
//! widget renders (parts of sections of points, each point in its voice
//! and with its source, and the discussion cards).

use crate::journey::PARTS;
use crate::policy::{Policy, SourceRef, SourcedText};
use crate::silent::Silence;

/// How long each part takes, in seconds: seven minutes in all.
pub const SECONDS: [u32; PARTS as usize] = [45, 60, 75, 75, 60, 60, 45];

/// What each part is about, in the common seven-part shape.
pub const TITLES: [&str; PARTS as usize] = [
    "Background: what this policy is",
    "Why it matters",
    "The stages and who is involved",
    "Timescales: what the policy says",
    "Check your own view",
    "Things to remember",
    "What to do next",
];

/// What the team is asked on every scenario card. They are questions, not a
/// test: the policy gives one process, not a right answer for each case.
pub const PROMPTS: [&str; 3] = [
    "What would you do first?",
    "Who would you speak to, and by when?",
    "What would you write down?",
];

/// Said under every scenario's reveal.
pub const NO_SINGLE_ANSWER: &str = "The policy does not answer this example on \
     its own. What is above is its general process; use it to guide the discussion, not to score it.";

/// How the stages relate, in this guide's words: no policy is made to say
/// more than that they come in order, and each says its own about
/// emergencies.
pub const STAGES_IN_ORDER: &str = "The policy sets out its stages in order. \
     What it says to do in an emergency is in parts 4 and 6.";

/// This guide's advice at the foot of the handout and the sheet.
pub const EMERGENCY_ADVICE: &str =
    "This guide’s advice: if a child is in immediate danger, call 999.";

/// Said where a site gives no contact details for the policy's roles.
pub const ROLES_NOT_PEOPLE: &str = "This guide names roles, not people. Your organisation, or the \
     website you are using this guide on, can tell you who they are.";

/// Where a point comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cite {
    /// A section of one of the policy's source documents.
    Section(SourceRef),
    /// A source document as a whole (its title, date and status), by id.
    Document(String),
}

/// Whose words a point is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The policy's words, found word for word in its source: shown in
    /// quotation marks with the source.
    Quote,
    /// This guide's summary of the policy's words, which the point carries
    /// in `quote`: labelled "This guide's summary", the words one tap away.
    Summary,
    /// What the policy does not say, naming it.
    Silence,
    /// This guide's own words: a fact about the policy, a prompt or a
    /// question for the team. Never a rule.
    Guide,
    /// This guide's note about the policy (what it leaves out, how its
    /// stages relate, where an example comes from): labelled
    /// [`crate::policy::Voice::NOTE_LABEL`], with the passage it is about
    /// in `quote` where there is one.
    Note,
}

/// One line of a part, a card or the handout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// A short label before the text: "Stage 2", "Stages 1 to 4", "Status".
    pub label: Option<String>,
    pub text: String,
    pub voice: Voice,
    /// For a summary: the policy's words it summarises.
    pub quote: Option<String>,
    pub cite: Option<Cite>,
    /// The contact role the point names, for the site's contact details.
    pub role: Option<String>,
}

impl Point {
    pub(super) fn new(voice: Voice, text: impl Into<String>, cite: Option<Cite>) -> Self {
        Point {
            label: None,
            text: text.into(),
            voice,
            quote: None,
            cite,
            role: None,
        }
    }

    /// A statement in its voice: the policy's words, or this guide's
    /// summary carrying them.
    pub(super) fn policy(item: &SourcedText) -> Self {
        Point::voiced(&item.text, item.quote.as_deref(), &item.source)
    }

    pub(super) fn voiced(text: &str, quote: Option<&str>, source: &SourceRef) -> Self {
        match quote {
            None => Point::quote(text, source),
            Some(quote) => {
                let mut point =
                    Point::new(Voice::Summary, text, Some(Cite::Section(source.clone())));
                point.quote = Some(quote.to_string());
                point
            }
        }
    }

    /// This guide's note of what a policy leaves out, with the passage it is
    /// about when there is one.
    pub(super) fn gap(gap: &crate::policy::Gap) -> Self {
        let mut point = Point::new(
            Voice::Note,
            gap.text.clone(),
            gap.quote
                .as_ref()
                .map(|_| Cite::Section(gap.source.clone())),
        );
        point.quote = gap.quote.clone();
        point
    }

    pub(super) fn note(text: impl Into<String>) -> Self {
        Point::new(Voice::Note, text, None)
    }

    pub(super) fn quote(text: &str, source: &SourceRef) -> Self {
        Point::new(Voice::Quote, text, Some(Cite::Section(source.clone())))
    }

    pub(super) fn silence(text: String) -> Self {
        Point::new(Voice::Silence, text, None)
    }

    pub(super) fn guide(text: impl Into<String>) -> Self {
        Point::new(Voice::Guide, text, None)
    }

    pub(super) fn labelled(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
}

/// A heading and its points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub points: Vec<Point>,
}

impl Section {
    pub(super) fn new(heading: impl Into<String>, points: Vec<Point>) -> Self {
        Section {
            heading: heading.into(),
            points,
        }
    }

    /// The policy's statements, or a sentence naming the policy and what it
    /// does not say: its own first, then any from the document it replaced
    /// in a section of their own whose heading says so.
    pub(super) fn statements_or(
        heading: &str,
        policy: &Policy,
        items: &[SourcedText],
        silent_about: Silence,
    ) -> Vec<Self> {
        if items.is_empty() {
            return vec![Section::new(
                heading,
                vec![Point::silence(policy.does_not_say(silent_about))],
            )];
        }
        policy
            .own_first(items)
            .into_iter()
            .map(|(from, items)| {
                let heading = match from {
                    Some(from) => format!("{heading}: {}", lower_first(&from)),
                    None => heading.to_string(),
                };
                Section::new(heading, items.into_iter().map(Point::policy).collect())
            })
            .collect()
    }
}

/// "From the …" as "from the …", to follow a colon.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A picture a part shows beside its points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visual {
    /// The stages in order, as the whole-process page draws them.
    Flowchart,
    /// Each deadline the policy gives as a number of working days, at its
    /// day on a line from the day the difference of opinion started.
    Timeline(Vec<TimeMark>),
}

/// One deadline on the timeline: its day, and the policy's words for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeMark {
    /// Working days after the day the difference of opinion started (day
    /// 0, the first mark, is that day).
    pub days: u32,
    /// The policy's words for the deadline, each quoted and labelled with
    /// the stages it covers (the stage's own wording, then the words that
    /// give the figure), and where the policy does not say when its days
    /// start, this guide's note that it chose the start.
    pub points: Vec<Point>,
}

/// One part of the briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// 1 to [`PARTS`].
    pub number: u8,
    pub title: &'static str,
    /// Everything the part says: the notes and the handout give it all.
    pub sections: Vec<Section>,
    /// The picture it shows when presented, beside `slide`.
    pub visual: Option<Visual>,
    /// What it shows when presented, beside the picture: `sections`, less
    /// what the picture shows.
    pub slide: Vec<Section>,
    /// How long to spend on it.
    pub seconds: u32,
    /// Facilitator notes: what to say.
    pub say: Vec<String>,
}

impl Part {
    /// "Part 3 of 7".
    pub fn counter(&self) -> String {
        format!("Part {} of {PARTS}", self.number)
    }

    /// Every point in the part.
    pub fn points(&self) -> impl Iterator<Item = &Point> {
        self.sections.iter().flat_map(|section| &section.points)
    }
}

/// "45 seconds", "1 minute 15 seconds".
pub fn duration_in_words(seconds: u32) -> String {
    let (minutes, seconds) = (seconds / 60, seconds % 60);
    let unit = |n: u32, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    match (minutes, seconds) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

/// A discussion card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The situation, as the source gives it.
    pub situation: Point,
    /// The area of disagreement this guide puts it under.
    pub area: Point,
    /// Where the example comes from, when not from the policy's own documents.
    pub origin: Option<Point>,
}

/// The label of a scenario's area: the grouping is this guide's.
pub const AREA_LABEL: &str = "This guide puts it under the area";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_take_seven_minutes() {
        assert_eq!(SECONDS.iter().sum::<u32>(), 7 * 60);
        assert_eq!(duration_in_words(45), "45 seconds");
        assert_eq!(duration_in_words(75), "1 minute 15 seconds");
        assert_eq!(duration_in_words(420), "7 minutes");
    }
}
