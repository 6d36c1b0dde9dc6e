//! Training mode: a 7-minute briefing on the chosen policy, its facilitator
//! notes, a one-sheet handout and discussion scenarios, all built from the
//! policy's data, so a briefing never drifts from the policy it teaches.
//!
//! Everything here is a value the widget renders as it is: sections of
//! points, each point in one of four voices (the policy's statement, the
//! source's exact words, what the policy does not say, or this guide's own
//! words) and each policy point with its source. Nothing about time is
//! worded here: it comes from the policy's timescales and time notes, as
//! [`crate::time`] gives them.

use crate::journey::PARTS;
use crate::policy::{Policy, SourceRef, SourcedText, Status};
use crate::silent::Silence;
use crate::time::{sentence_case, silence_in_words, stages_phrase};

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
    fn new(voice: Voice, text: impl Into<String>, cite: Option<Cite>) -> Self {
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
    fn policy(item: &SourcedText) -> Self {
        Point::voiced(&item.text, item.quote.as_deref(), &item.source)
    }

    fn voiced(text: &str, quote: Option<&str>, source: &SourceRef) -> Self {
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
    fn gap(gap: &crate::policy::Gap) -> Self {
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

    fn note(text: impl Into<String>) -> Self {
        Point::new(Voice::Note, text, None)
    }

    fn quote(text: &str, source: &SourceRef) -> Self {
        Point::new(Voice::Quote, text, Some(Cite::Section(source.clone())))
    }

    fn silence(text: String) -> Self {
        Point::new(Voice::Silence, text, None)
    }

    fn guide(text: impl Into<String>) -> Self {
        Point::new(Voice::Guide, text, None)
    }

    fn labelled(mut self, label: impl Into<String>) -> Self {
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
    fn new(heading: impl Into<String>, points: Vec<Point>) -> Self {
        Section {
            heading: heading.into(),
            points,
        }
    }

    /// The policy's statements, or a sentence naming the policy and what it
    /// does not say: its own first, then any from the document it replaced
    /// in a section of their own whose heading says so.
    fn statements_or(
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

/// One part of the briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// 1 to [`PARTS`].
    pub number: u8,
    pub title: &'static str,
    pub sections: Vec<Section>,
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
            self.background(),
            self.why_it_matters(),
            self.stages_and_who(),
            self.timescales(),
            self.own_view(),
            self.to_remember(),
            self.next_steps(),
        ];
        let say = self.facilitator_notes();
        sections
            .into_iter()
            .zip(say)
            .enumerate()
            .map(|(index, (sections, say))| Part {
                number: index as u8 + 1,
                title: TITLES[index],
                sections,
                seconds: SECONDS[index],
                say,
            })
            .collect()
    }

    fn background(&self) -> Vec<Section> {
        // The facts come from the policy's own document, cited once, under
        // the first.
        let mut own = self
            .own_documents()
            .next()
            .map(|d| Cite::Document(d.id.clone()));
        let mut facts: Vec<Point> = self
            .summary_rows()
            .into_iter()
            .map(|(label, text)| Point::new(Voice::Guide, text, own.take()).labelled(label))
            .collect();
        if let Some(superseded) = self.superseded_in_words() {
            facts.push(Point::guide(superseded));
        }
        let mut sections = vec![Section::new("The policy", facts)];
        sections.extend(Section::statements_or(
            "When to use it",
            self,
            &self.scope.applies_when,
            Silence::AppliesWhen,
        ));
        sections
    }

    fn why_it_matters(&self) -> Vec<Section> {
        let mut sections =
            Section::statements_or("What it is for", self, &self.purpose, Silence::Purpose);
        sections.extend(Section::statements_or(
            "Its principles",
            self,
            &self.principles,
            Silence::Principles,
        ));
        sections
    }

    fn stages_and_who(&self) -> Vec<Section> {
        let mut sections = vec![Section::new(
            "How it works",
            vec![Point::note(STAGES_IN_ORDER)],
        )];
        sections.extend(self.stages.iter().map(|stage| {
            let mut points: Vec<Point> = stage
                .who
                .iter()
                .map(|who| Point::policy(who).labelled("Who"))
                .collect();
            if points.is_empty() {
                points.push(Point::silence(
                    self.does_not_say(Silence::Who(stage.number)),
                ));
            }
            Section::new(stage.heading(), points)
        }));
        sections.extend(Section::statements_or(
            "If the last stage does not resolve it",
            self,
            &self.after.end_of_process,
            Silence::EndOfProcess,
        ));
        sections
    }

    /// What the policy says about time, in its words: each deadline's quotes
    /// with the stages it covers, each time note with its quote, and the
    /// stages it says nothing about.
    pub fn time_in_its_words(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for stage in &self.stages {
            for timescale in &stage.timescales {
                let label = sentence_case(&stages_phrase(&timescale.stages(stage.number)));
                points.extend(
                    timescale
                        .quotes()
                        .into_iter()
                        .map(|quote| Point::quote(quote, &timescale.source).labelled(&label)),
                );
            }
        }
        for note in &self.time_notes {
            let label = sentence_case(&stages_phrase(&note.stages_of(self)));
            points
                .push(Point::voiced(&note.text, Some(&note.quote), &note.source).labelled(&label));
        }
        for stage in &self.stages {
            if self
                .time_at(stage.number)
                .is_some_and(|time| time.is_silent())
            {
                points.push(Point::silence(silence_in_words(self, stage)));
            }
        }
        points
    }

    fn timescales(&self) -> Vec<Section> {
        let mut faster: Vec<Point> = self
            .immediate_danger
            .skipping_stages
            .iter()
            .map(Point::policy)
            .collect();
        if faster.is_empty() {
            faster.push(Point::silence(self.does_not_say(Silence::SkippingStages)));
            faster.push(Point::guide(
                "What it says to do when a child is at risk of immediate harm is in part 6.",
            ));
        }
        let mut sections = vec![
            Section::new("What the policy says about time", self.time_in_its_words()),
            Section::new("Moving faster in an emergency", faster),
        ];
        let unclear: Vec<Point> = self
            .gaps
            .iter()
            .filter(|gap| !gap.stages.is_empty())
            .map(|gap| Point::gap(gap).labelled(sentence_case(&stages_phrase(&gap.stages))))
            .collect();
        if !unclear.is_empty() {
            sections.push(Section::new("What the policy leaves unclear", unclear));
        }
        sections
    }

    /// The emergency route as the policy words it: whom to tell or call when
    /// a child is at risk of immediate harm, then what it says about moving
    /// through the stages faster.
    pub fn emergency_points(&self) -> Vec<Point> {
        let danger = &self.immediate_danger;
        let mut points: Vec<Point> = danger.guidance.iter().map(Point::policy).collect();
        if points.is_empty() {
            points.push(Point::silence(self.does_not_say(Silence::ImmediateHarm)));
        }
        if danger.skipping_stages.is_empty() {
            points.push(Point::silence(self.does_not_say(Silence::SkippingStages)));
        }
        points.extend(danger.skipping_stages.iter().map(Point::policy));
        points
    }

    /// The devil's-advocate questions, after the policy's words for when
    /// they are to be asked.
    fn self_check_points(&self) -> Vec<Point> {
        let check = &self.self_check;
        if check.questions.is_empty() {
            return vec![Point::silence(
                self.does_not_say(Silence::SelfCheckQuestions),
            )];
        }
        check
            .when
            .iter()
            .map(|item| Point::policy(item).labelled("When"))
            .chain(check.questions.iter().map(Point::policy))
            .collect()
    }

    fn own_view(&self) -> Vec<Section> {
        let mut sections = Section::statements_or(
            "Respectful uncertainty",
            self,
            &self.self_check.respectful_uncertainty,
            Silence::RespectfulUncertainty,
        );
        sections.push(Section::new(
            "Devil’s advocate: ask yourself",
            self.self_check_points(),
        ));
        sections
    }

    /// Statements that several stages repeat, once each, labelled with the
    /// stages that give them.
    fn by_stage(&self, items: impl Fn(&crate::policy::Stage) -> &[SourcedText]) -> Vec<Point> {
        let mut grouped: Vec<(&SourcedText, Vec<u32>)> = Vec::new();
        for stage in &self.stages {
            for item in items(stage) {
                match grouped.iter_mut().find(|(seen, _)| seen == &item) {
                    Some((_, stages)) => stages.push(stage.number),
                    None => grouped.push((item, vec![stage.number])),
                }
            }
        }
        grouped
            .into_iter()
            .map(|(item, stages)| {
                Point::policy(item).labelled(sentence_case(&stages_phrase(&stages)))
            })
            .collect()
    }

    fn to_remember(&self) -> Vec<Section> {
        let record = self.by_stage(|stage| &stage.record);
        let tell = self.by_stage(|stage| &stage.must_tell);
        let or_silence = |points: Vec<Point>, what: Silence| {
            if points.is_empty() {
                vec![Point::silence(self.does_not_say(what))]
            } else {
                points
            }
        };
        let mut sections = vec![
            Section::new("In an emergency", self.emergency_points()),
            Section::new(
                "Record everything",
                or_silence(record, Silence::Record(None)),
            ),
        ];
        sections.extend(Section::statements_or(
            "Written confirmation",
            self,
            &self.after.written_confirmation,
            Silence::WrittenConfirmation,
        ));
        sections.push(Section::new(
            "Who must be told",
            or_silence(tell, Silence::MustTell(None)),
        ));
        sections
    }

    fn contact_points(&self) -> Vec<Point> {
        if self.contact_roles.is_empty() {
            return vec![Point::silence(self.does_not_say(Silence::Contacts))];
        }
        self.contact_roles
            .iter()
            .map(|role| {
                let mut point = Point::voiced(&role.when, role.quote.as_deref(), &role.source)
                    .labelled(&role.name);
                point.role = Some(role.id.clone());
                point
            })
            .collect()
    }

    fn next_steps(&self) -> Vec<Section> {
        let after = self.after_the_process();
        let questions = vec![
            Point::guide(
                "Think of the last time you disagreed with another agency’s decision about a \
                 child. Which stage of this policy would it have been at, and what happened next?",
            ),
            Point::guide(
                "Who would you speak to first in your own organisation, and how would you reach \
                 them today?",
            ),
            Point::guide("Where does your team write down a disagreement and what was agreed?"),
            Point::guide(
                "If a child were at risk of immediate harm, what does this policy say you should \
                 do?",
            ),
        ];
        let mut sections = Section::statements_or(
            "Next time you disagree, before you escalate",
            self,
            &self.preparation,
            Silence::Preparation,
        );
        if !after.is_empty() {
            sections.extend(Section::statements_or(
                "After the process",
                self,
                &after,
                Silence::AfterTheProcess,
            ));
        }
        sections.push(Section::new("Who to contact", self.contact_points()));
        sections.push(Section::new(
            "Questions for the team (from this guide, not the policy)",
            questions,
        ));
        sections
    }

    /// What the facilitator says in each part, in order.
    fn facilitator_notes(&self) -> [Vec<String>; PARTS as usize] {
        let (date_label, date) = self.date_in_words();
        let mut background = vec![format!(
            "Introduce the policy: “{}”, for {}. {date_label}: {date}. Status: {}.",
            self.title,
            self.area,
            self.status_in_words()
        )];
        if let Status::Superseded { by_title, .. } = &self.status {
            background.push(format!(
                "Say clearly that it has been superseded by {by_title}, and should be used only by \
                 those who have been told to."
            ));
        }
        background.push("Ask who in the room has used it before.".to_string());

        let mut time = vec![
            "Read each timescale out exactly as the policy words it. Do not round it, convert it \
             or add to it."
                .to_string(),
        ];
        use crate::policy::TimeNoteKind;
        let has = |kind| self.time_notes.iter().any(|note| note.kind == kind);
        if self
            .stages
            .iter()
            .flat_map(|stage| &stage.timescales)
            .any(|timescale| timescale.wording.is_some())
        {
            time.push(
                "Where the policy gives hours and working days together, read both out: both are \
                 its words. Do not choose one for the team."
                    .to_string(),
            );
        }
        if self.gaps.iter().any(|gap| !gap.stages.is_empty()) {
            time.push(
                "Read out what the slide says the policy leaves unclear, and leave it unsettled."
                    .to_string(),
            );
        }
        if has(TimeNoteKind::MissingTable) {
            time.push(
                "Say that the policy’s timescales are in a table its published text does not \
                 include. Do not guess them, and do not say there are none."
                    .to_string(),
            );
        }
        if has(TimeNoteKind::Unspecified) {
            time.push(
                "Say that the policy refers to specified timescales but does not specify any. Do \
                 not fill the gap."
                    .to_string(),
            );
        }
        if self
            .stages
            .iter()
            .any(|stage| self.time_at(stage.number).is_some_and(|t| t.is_silent()))
        {
            time.push(
                "Where the slide says the policy says nothing about time, say exactly that."
                    .to_string(),
            );
        }

        // When the questions apply is the policy's to say, in its words.
        let mut own_view: Vec<String> = self
            .self_check
            .when
            .iter()
            .map(|item| {
                format!(
                    "Read out when {} says these questions are for: {} ({}).",
                    self.document_name(&item.source.document),
                    crate::policy::Voice::quoted(item.policy_words()),
                    item.source.section
                )
            })
            .collect();
        own_view.push(
            "Ask everyone to think of a time another professional questioned their assessment or \
             opinion, and to put one of these questions to it, silently."
                .to_string(),
        );
        own_view.push("Ask one or two people what they noticed.".to_string());

        [
            background,
            vec![
                "Ask: how could a disagreement between professionals leave a child less safe?"
                    .to_string(),
                "Then read out what the policy is for, and its principles.".to_string(),
            ],
            vec![
                format!(
                    "Walk through the {} stages in order, naming who is involved at each.",
                    self.stages.len()
                ),
                "Then point to what the policy says about emergencies, in parts 4 and 6."
                    .to_string(),
            ],
            time,
            own_view,
            vec![
                "Start with the emergency route, as the policy words it.".to_string(),
                "Then: record everything, confirm outcomes in writing where the policy asks, and \
                 tell the people it names."
                    .to_string(),
            ],
            vec![
                "Hand out the one-sheet handout.".to_string(),
                "Take one of the questions for the team, and agree who will find out the local \
                 contacts."
                    .to_string(),
                "For a longer session, use the discussion scenarios.".to_string(),
            ],
        ]
    }

    /// The one-sheet handout: the stages, the timescales in the policy's
    /// words, the self-check questions, the emergency route and whom to
    /// contact. The policy's name, date and status head it
    /// ([`Policy::summary_rows`]).
    pub fn handout(&self) -> Vec<Section> {
        vec![
            Section::new(
                "The stages",
                self.stages
                    .iter()
                    .map(|stage| Point::quote(&stage.title, &stage.source).labelled(stage.label()))
                    .collect(),
            ),
            Section::new("Timescales: what the policy says", self.time_in_its_words()),
            Section::new(
                "Check your own view: ask yourself",
                self.self_check_points(),
            ),
            Section::new("In an emergency", self.emergency_points()),
            Section::new("Who to contact", self.contact_points()),
        ]
    }

    /// Discussion cards: the examples of disagreements the sources give,
    /// each with the area this guide puts it under (no document groups its
    /// examples by area), and where an example comes from another document
    /// than the policy's own, a note that says so.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.areas
            .iter()
            .flat_map(|area| {
                area.examples.iter().map(move |example| Scenario {
                    situation: Point::policy(example),
                    area: Point::voiced(&area.title, area.quote.as_deref(), &area.source)
                        .labelled(AREA_LABEL),
                    origin: self.borrowed_from(&example.source).map(|document| {
                        Point::note(format!(
                            "This example comes from {}, not from this policy’s own documents.",
                            self.document_name(&document.id)
                        ))
                    }),
                })
            })
            .collect()
    }

    /// What every scenario card reveals: what the policy says to do first,
    /// with whom and by when, what to write down, and the emergency route.
    /// The same for every card, because the policy gives one process.
    pub fn scenario_reveal(&self) -> Vec<Section> {
        let mut sections = Vec::new();
        if let Some(first) = self.stages.first() {
            // What to do first comes from the policy's own documents (or one
            // it borrows from), never from the document it replaced.
            let mut first_points: Vec<Point> = self
                .own_first(&self.preparation)
                .into_iter()
                .filter(|(from, _)| from.is_none())
                .flat_map(|(_, items)| items)
                .map(|item| Point::policy(item).labelled("Before you escalate"))
                .collect();
            first_points.push(Point::quote(&first.title, &first.source).labelled(first.label()));
            first_points.extend(first.actions.iter().map(Point::policy));
            sections.push(Section::new(PROMPTS[0], first_points));

            let mut who: Vec<Point> = first.who.iter().map(Point::policy).collect();
            if who.is_empty() {
                who.push(Point::silence(
                    self.does_not_say(Silence::Who(first.number)),
                ));
            }
            if let Some(time) = self.time_at(first.number) {
                if time.is_silent() {
                    who.push(Point::silence(time.silence_in_words()));
                }
                for (own, timescale) in &time.deadlines {
                    let label = sentence_case(&stages_phrase(&timescale.stages(own.number)));
                    who.extend(
                        timescale
                            .quotes()
                            .into_iter()
                            .map(|quote| Point::quote(quote, &timescale.source).labelled(&label)),
                    );
                }
                for note in &time.notes {
                    who.push(Point::voiced(&note.text, Some(&note.quote), &note.source));
                }
            }
            sections.push(Section::new(PROMPTS[1], who));
            sections.extend(Section::statements_or(
                PROMPTS[2],
                self,
                &first.record,
                Silence::Record(Some(first.number)),
            ));
        }
        sections.push(Section::new(
            "If a child is at risk of immediate harm",
            self.emergency_points(),
        ));
        sections
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
