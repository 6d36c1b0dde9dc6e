//! The one-sheet handout and the discussion scenarios, from the same
//! points as the briefing's parts.

use super::model::{AREA_LABEL, PROMPTS, Point, Scenario, Section};
use super::parts::{contact_points, emergency_points, self_check_points, time_in_its_words};
use crate::policy::Policy;
use crate::silent::Silence;
use crate::time::{sentence_case, stages_phrase};

/// The body of [`Policy::handout`].
pub(super) fn handout(policy: &Policy) -> Vec<Section> {
    vec![
        Section::new(
            "The stages",
            policy
                .stages
                .iter()
                .map(|stage| Point::quote(&stage.title, &stage.source).labelled(stage.label()))
                .collect(),
        ),
        Section::new(
            "Timescales: what the policy says",
            time_in_its_words(policy),
        ),
        Section::new(
            "Check your own view: ask yourself",
            self_check_points(policy),
        ),
        Section::new("In an emergency", emergency_points(policy)),
        Section::new("Who to contact", contact_points(policy)),
    ]
}

/// The body of [`Policy::scenarios`].
pub(super) fn scenarios(policy: &Policy) -> Vec<Scenario> {
    policy
        .areas
        .iter()
        .flat_map(|area| {
            area.examples.iter().map(move |example| Scenario {
                situation: Point::policy(example),
                area: Point::voiced(&area.title, area.quote.as_deref(), &area.source)
                    .labelled(AREA_LABEL),
                origin: policy.borrowed_from(&example.source).map(|document| {
                    Point::note(format!(
                        "This example comes from {}, not from this policy’s own documents.",
                        policy.document_name(&document.id)
                    ))
                }),
            })
        })
        .collect()
}

/// The body of [`Policy::scenario_reveal`].
pub(super) fn scenario_reveal(policy: &Policy) -> Vec<Section> {
    let mut sections = Vec::new();
    if let Some(first) = policy.stages.first() {
        // What to do first comes from the policy's own documents (or one
        // it borrows from), never from the document it replaced.
        let mut first_points: Vec<Point> = policy
            .own_first(&policy.preparation)
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
                policy.does_not_say(Silence::Who(first.number)),
            ));
        }
        if let Some(time) = policy.time_at(first.number) {
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
            policy,
            &first.record,
            Silence::Record(Some(first.number)),
        ));
    }
    sections.push(Section::new(
        "If a child is at risk of immediate harm",
        emergency_points(policy),
    ));
    sections
}
