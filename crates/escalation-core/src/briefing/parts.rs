//! The seven parts of the briefing, each built from the policy's data, and
//! the lists of points the handout and the scenario cards share with them.

use super::model::Visual;
use super::model::{Cite, Point, STAGES_IN_ORDER, Section, Voice};
use crate::policy::{Policy, SourcedText};
use crate::silent::Silence;
use crate::time::{sentence_case, silence_in_words, stages_phrase};

pub(super) fn background(policy: &Policy) -> Vec<Section> {
    // The facts come from the policy's own document, cited once, under
    // the first.
    let mut own = policy
        .own_documents()
        .next()
        .map(|d| Cite::Document(d.id.clone()));
    let mut facts: Vec<Point> = policy
        .summary_rows()
        .into_iter()
        .map(|(label, text)| Point::new(Voice::Guide, text, own.take()).labelled(label))
        .collect();
    if let Some(superseded) = policy.superseded_in_words() {
        facts.push(Point::guide(superseded));
    }
    let mut sections = vec![Section::new("The policy", facts)];
    sections.extend(Section::statements_or(
        "When to use it",
        policy,
        &policy.scope.applies_when,
        Silence::AppliesWhen,
    ));
    sections
}

pub(super) fn why_it_matters(policy: &Policy) -> Vec<Section> {
    let mut sections =
        Section::statements_or("What it is for", policy, &policy.purpose, Silence::Purpose);
    sections.extend(Section::statements_or(
        "Its principles",
        policy,
        &policy.principles,
        Silence::Principles,
    ));
    sections
}

pub(super) fn stages_and_who(policy: &Policy) -> Vec<Section> {
    let mut sections = vec![Section::new(
        "How it works",
        vec![Point::note(STAGES_IN_ORDER)],
    )];
    sections.extend(policy.stages.iter().map(|stage| {
        let mut points: Vec<Point> = stage
            .who
            .iter()
            .map(|who| Point::policy(who).labelled("Who"))
            .collect();
        if points.is_empty() {
            points.push(Point::silence(
                policy.does_not_say(Silence::Who(stage.number)),
            ));
        }
        Section::new(stage.heading(), points)
    }));
    sections.extend(Section::statements_or(
        "If the last stage does not resolve it",
        policy,
        &policy.after.end_of_process,
        Silence::EndOfProcess,
    ));
    sections
}

/// The body of [`Policy::time_in_its_words`].
pub(super) fn time_in_its_words(policy: &Policy) -> Vec<Point> {
    let mut points = deadline_points(policy);
    points.extend(time_note_points(policy));
    points
}

/// Each deadline's quotes, with the stages it covers.
fn deadline_points(policy: &Policy) -> Vec<Point> {
    let mut points = Vec::new();
    for stage in &policy.stages {
        for timescale in &stage.timescales {
            let label = timescale.stages_label(stage.number);
            points.extend(
                timescale
                    .quotes()
                    .into_iter()
                    .map(|quote| Point::quote(quote, &timescale.source).labelled(&label)),
            );
        }
    }
    points
}

/// Each time note with its quote, then the stages the policy says nothing
/// about time for.
fn time_note_points(policy: &Policy) -> Vec<Point> {
    let mut points = Vec::new();
    for note in &policy.time_notes {
        let label = sentence_case(&stages_phrase(&note.stages_of(policy)));
        points.push(Point::voiced(&note.text, Some(&note.quote), &note.source).labelled(&label));
    }
    for stage in &policy.stages {
        if policy
            .time_at(stage.number)
            .is_some_and(|time| time.is_silent())
        {
            points.push(Point::silence(silence_in_words(policy, stage)));
        }
    }
    points
}

/// Part 4 presented: the deadlines drawn on a timeline, with the rest of
/// the part beside it; or, for a policy with no working-day figures, the
/// part as it is.
pub(super) fn timescales_presented(
    policy: &Policy,
    sections: &[Section],
) -> (Option<Visual>, Vec<Section>) {
    let marks = policy.time_marks();
    if marks.is_empty() {
        return (None, sections.to_vec());
    }
    let notes = time_note_points(policy);
    let mut slide = Vec::new();
    if !notes.is_empty() {
        slide.push(Section::new(TIME_NOTES_HEADING, notes));
    }
    slide.extend(sections.iter().skip(1).cloned());
    (Some(Visual::Timeline(marks)), slide)
}

/// The label on each of the team's questions: this guide's words, where
/// they are listed without their heading (the one-page sheet).
const GUIDE_ASKS: &str = "This guide asks";

/// The heading of part 4's first section.
const TIME_HEADING: &str = "What the policy says about time";

/// Beside the timeline: what the policy adds about time.
const TIME_NOTES_HEADING: &str = "What else it says about time";

pub(super) fn timescales(policy: &Policy) -> Vec<Section> {
    let mut faster: Vec<Point> = policy
        .immediate_danger
        .skipping_stages
        .iter()
        .map(Point::policy)
        .collect();
    if faster.is_empty() {
        faster.push(Point::silence(policy.does_not_say(Silence::SkippingStages)));
        faster.push(Point::guide(
            "What it says to do when a child is at risk of immediate harm is in part 6.",
        ));
    }
    let mut sections = vec![
        Section::new(TIME_HEADING, time_in_its_words(policy)),
        Section::new("Moving faster in an emergency", faster),
    ];
    let unclear: Vec<Point> = policy
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

/// The body of [`Policy::emergency_points`].
pub(super) fn emergency_points(policy: &Policy) -> Vec<Point> {
    let danger = &policy.immediate_danger;
    let mut points: Vec<Point> = danger.guidance.iter().map(Point::policy).collect();
    if points.is_empty() {
        points.push(Point::silence(policy.does_not_say(Silence::ImmediateHarm)));
    }
    if danger.skipping_stages.is_empty() {
        points.push(Point::silence(policy.does_not_say(Silence::SkippingStages)));
    }
    points.extend(danger.skipping_stages.iter().map(Point::policy));
    points
}

/// The devil's-advocate questions, after the policy's words for when
/// they are to be asked.
pub(super) fn self_check_points(policy: &Policy) -> Vec<Point> {
    let check = &policy.self_check;
    if check.questions.is_empty() {
        return vec![Point::silence(
            policy.does_not_say(Silence::SelfCheckQuestions),
        )];
    }
    check
        .when
        .iter()
        .map(|item| Point::policy(item).labelled("When"))
        .chain(check.questions.iter().map(Point::policy))
        .collect()
}

pub(super) fn own_view(policy: &Policy) -> Vec<Section> {
    let mut sections = Section::statements_or(
        "Respectful uncertainty",
        policy,
        &policy.self_check.respectful_uncertainty,
        Silence::RespectfulUncertainty,
    );
    sections.push(Section::new(
        "Devil’s advocate: ask yourself",
        self_check_points(policy),
    ));
    sections
}

/// Statements that several stages repeat, once each, labelled with the
/// stages that give them.
fn by_stage(
    policy: &Policy,
    items: impl Fn(&crate::policy::Stage) -> &[SourcedText],
) -> Vec<Point> {
    let mut grouped: Vec<(&SourcedText, Vec<u32>)> = Vec::new();
    for stage in &policy.stages {
        for item in items(stage) {
            match grouped.iter_mut().find(|(seen, _)| seen == &item) {
                Some((_, stages)) => stages.push(stage.number),
                None => grouped.push((item, vec![stage.number])),
            }
        }
    }
    grouped
        .into_iter()
        .map(|(item, stages)| Point::policy(item).labelled(sentence_case(&stages_phrase(&stages))))
        .collect()
}

pub(super) fn to_remember(policy: &Policy) -> Vec<Section> {
    let record = by_stage(policy, |stage| &stage.record);
    let tell = by_stage(policy, |stage| &stage.must_tell);
    let or_silence = |points: Vec<Point>, what: Silence| {
        if points.is_empty() {
            vec![Point::silence(policy.does_not_say(what))]
        } else {
            points
        }
    };
    let mut sections = vec![
        Section::new("In an emergency", emergency_points(policy)),
        Section::new(
            "Record everything",
            or_silence(record, Silence::Record(None)),
        ),
    ];
    sections.extend(Section::statements_or(
        "Written confirmation",
        policy,
        &policy.after.written_confirmation,
        Silence::WrittenConfirmation,
    ));
    sections.push(Section::new(
        "Who must be told",
        or_silence(tell, Silence::MustTell(None)),
    ));
    sections
}

pub(super) fn contact_points(policy: &Policy) -> Vec<Point> {
    if policy.contact_roles.is_empty() {
        return vec![Point::silence(policy.does_not_say(Silence::Contacts))];
    }
    policy
        .contact_roles
        .iter()
        .map(|role| {
            let mut point =
                Point::voiced(&role.when, role.quote.as_deref(), &role.source).labelled(&role.name);
            point.role = Some(role.id.clone());
            point
        })
        .collect()
}

pub(super) fn next_steps(policy: &Policy) -> Vec<Section> {
    let after = policy.after_the_process();
    let questions = crate::briefing_record::TEAM_QUESTIONS
        .iter()
        .map(|question| Point::guide(*question).labelled(GUIDE_ASKS))
        .collect();
    let mut sections = Section::statements_or(
        "Next time you disagree, before you escalate",
        policy,
        &policy.preparation,
        Silence::Preparation,
    );
    if !after.is_empty() {
        sections.extend(Section::statements_or(
            "After the process",
            policy,
            &after,
            Silence::AfterTheProcess,
        ));
    }
    sections.push(Section::new("Who to contact", contact_points(policy)));
    sections.push(Section::new(
        "Questions for the team (from this guide, not the policy)",
        questions,
    ));
    sections
}

/// Part 7 presented: the questions for the team (its last section) first.
pub(super) fn questions_first(sections: &[Section]) -> Vec<Section> {
    let mut slide = sections.to_vec();
    if let Some(questions) = slide.pop() {
        slide.insert(0, questions);
    }
    slide
}
