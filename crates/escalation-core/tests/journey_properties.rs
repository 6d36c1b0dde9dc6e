//! Property tests for the journey reducer, 1,000 cases each: any sequence
//! of actions, on any built-in policy, leaves a state the journey could
//! explain. No answers from an abandoned branch, the page on screen one the
//! policy has, back then forward returning to the same page, and every
//! state saving and loading back as itself.

mod support {
    pub mod walk;
}

use chrono::NaiveDate;
use escalation_core::briefing_record::{ActionPart, BriefingEdit, BriefingField};
use escalation_core::date_input::DateField;
use escalation_core::journey::{
    Action, DangerAnswer, Journey, Page, PolicyShape, Question, StageOutcome, Topic, WhoAnswer,
};
use escalation_core::journey::{PARTS, PartMove};
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField};
use escalation_core::{built_in_policies, built_in_policy, saved};
use proptest::prelude::*;
use support::walk;

fn shapes() -> Vec<PolicyShape> {
    built_in_policies().iter().map(PolicyShape::of).collect()
}

/// Days from 2017 to 2029: the years the built-in policies and the bank
/// holidays cover, all before the day the properties save on.
fn a_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..(13 * 365)).prop_map(|days| {
        NaiveDate::from_ymd_opt(2017, 1, 1).unwrap() + chrono::Duration::days(days)
    })
}

fn saved_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()
}

/// Stage numbers around the policies' own (1 to 4 or 5), so actions for a
/// stage the policy does not have are tried too.
fn a_stage() -> impl Strategy<Value = u32> {
    0u32..7
}

fn an_area() -> impl Strategy<Value = Topic> {
    let areas: Vec<String> = built_in_policies()
        .iter()
        .flat_map(|policy| policy.areas.iter().map(|area| area.id.clone()))
        .chain(["not-an-area".to_string()])
        .collect();
    prop_oneof![
        Just(Topic::SomethingElse),
        prop::sample::select(areas).prop_map(Topic::Area),
    ]
}

fn a_page() -> impl Strategy<Value = Page> {
    prop_oneof![
        Just(Page::Overview),
        Just(Page::Timeline),
        Just(Page::ChoosePolicy),
        Just(Page::About),
        Just(Page::FacilitatorNotes),
        Just(Page::Handout),
        Just(Page::Sheet),
        Just(Page::Scenarios),
        Just(Page::BriefingRecord),
        (0u8..=PARTS + 1).prop_map(Page::Briefing),
        // Pages that cannot be shown directly: the reducer ignores them.
        Just(Page::Record),
        a_stage().prop_map(Page::Stage),
    ]
}

fn a_question() -> impl Strategy<Value = Question> {
    prop_oneof![
        Just(Question::ImmediateDanger),
        Just(Question::WhoDisagree),
        Just(Question::Topic),
        Just(Question::SelfCheck),
        Just(Question::StartDate),
        a_stage().prop_map(Question::Stage),
    ]
}

fn an_edit() -> impl Strategy<Value = RecordEdit> {
    let text = "[a-z *#\n]{0,12}";
    let field = prop::sample::select(vec![
        RecordField::Agencies,
        RecordField::Details,
        RecordField::Outstanding,
        RecordField::ConfirmationDate,
        RecordField::Lessons,
        RecordField::PolicyGaps,
    ]);
    let discussion = prop::sample::select(vec![
        DiscussionField::Date,
        DiscussionField::Roles,
        DiscussionField::Notes,
    ]);
    let action = prop::sample::select(vec![
        ActionField::Action,
        ActionField::Owner,
        ActionField::By,
    ]);
    prop_oneof![
        (field, text).prop_map(|(field, text)| RecordEdit::Set(field, text)),
        prop::option::of(any::<bool>()).prop_map(RecordEdit::SetConfirmationSent),
        Just(RecordEdit::AddDiscussion),
        Just(RecordEdit::AddAction),
        (0u32..5, discussion, text).prop_map(|(id, f, t)| RecordEdit::SetDiscussion(id, f, t)),
        (0u32..5, action, text).prop_map(|(id, f, t)| RecordEdit::SetAction(id, f, t)),
        (0u32..5).prop_map(RecordEdit::RemoveDiscussion),
        (0u32..5).prop_map(RecordEdit::RemoveAction),
    ]
}

fn a_briefing_edit() -> impl Strategy<Value = BriefingEdit> {
    let text = "[a-z0-9 *#\n]{0,8}";
    let date_field = prop::sample::select(DateField::ALL.to_vec());
    let field = prop::sample::select(BriefingField::ALL.to_vec());
    let part = prop::sample::select(vec![ActionPart::What, ActionPart::Who]);
    prop_oneof![
        (date_field.clone(), text).prop_map(|(f, t)| BriefingEdit::SetDate(f, t)),
        (field, text).prop_map(|(f, t)| BriefingEdit::Set(f, t)),
        (0usize..6, text).prop_map(|(index, t)| BriefingEdit::Answer(index, t)),
        Just(BriefingEdit::AddAction),
        (0u32..5, part, text).prop_map(|(id, p, t)| BriefingEdit::SetAction(id, p, t)),
        (0u32..5, date_field, text).prop_map(|(id, f, t)| BriefingEdit::SetActionBy(id, f, t)),
        (0u32..5).prop_map(BriefingEdit::RemoveAction),
    ]
}

fn an_action() -> impl Strategy<Value = Action> {
    let shapes = shapes();
    prop_oneof![
        // The journey's own moves, weighted so long runs go deep.
        4 => Just(Action::Continue),
        2 => Just(Action::Start),
        3 => prop::sample::select(DangerAnswer::ALL.to_vec()).prop_map(Action::AnswerDanger),
        3 => prop::sample::select(WhoAnswer::ALL.to_vec()).prop_map(Action::AnswerWho),
        3 => an_area().prop_map(Action::AnswerTopic),
        3 => a_date().prop_map(Action::AnswerStartDate),
        6 => (a_stage(), prop::sample::select(StageOutcome::ALL.to_vec()))
            .prop_map(|(stage, outcome)| Action::AnswerStage(stage, outcome)),
        2 => (0usize..12, "[a-z ]{0,8}").prop_map(|(index, text)| Action::Reflect(index, text)),
        3 => Just(Action::Back),
        2 => Just(Action::Forward),
        2 => a_page().prop_map(Action::Show),
        2 => a_question().prop_map(Action::Change),
        2 => an_edit().prop_map(Action::EditRecord),
        2 => a_briefing_edit().prop_map(Action::EditBriefing),
        1 => prop::sample::select(vec![PartMove::Next, PartMove::Previous, PartMove::First, PartMove::Last])
            .prop_map(Action::MovePart),
        1 => prop::sample::select(shapes).prop_map(Action::ChoosePolicy),
        1 => Just(Action::Reset),
    ]
}

/// A journey on one of the built-in policies and what is done to it: half
/// the runs begin at one of the policy's stages (or at the record, past the
/// last), so the stages, the record and "Change" links are reached often,
/// not only by chance.
fn a_run() -> impl Strategy<Value = (PolicyShape, Vec<Action>)> {
    (
        prop::sample::select(shapes()),
        any::<bool>(),
        a_date(),
        0u32..5,
        prop::collection::vec(an_action(), 0..60),
    )
        .prop_map(|(shape, deep, start, stages_passed, actions)| {
            let mut all = Vec::new();
            if deep {
                all.extend(walk::actions_to_first_stage(Topic::SomethingElse, start));
                // And on through some stages, not resolved, towards the last.
                all.extend(
                    shape
                        .stages
                        .iter()
                        .take(stages_passed as usize)
                        .map(|&stage| Action::AnswerStage(stage, StageOutcome::NotResolved)),
                );
            }
            all.extend(actions);
            (shape, all)
        })
}

/// What must hold after every action.
fn check(journey: &Journey, after: &Action) -> Result<(), TestCaseError> {
    let shape = journey.policy();
    let answers = journey.answers();
    prop_assert!(
        journey.is_consistent(),
        "inconsistent after {after:?}: {journey:?}"
    );
    // No answers from an abandoned branch: the internal route keeps none of
    // the multi-agency route's, and stages need a start date.
    if answers.who == Some(WhoAnswer::OwnOrganisation) {
        prop_assert!(answers.topic.is_none() && answers.start_date.is_none());
        prop_assert!(answers.outcomes.is_empty());
    }
    if !answers.outcomes.is_empty() {
        prop_assert!(answers.start_date.is_some(), "stages without a start date");
    }
    match journey.page() {
        // The stage on screen is one the policy has, reached through every
        // stage before it not being resolved.
        Page::Stage(number) => {
            let index = shape.stages.iter().position(|&n| n == number);
            prop_assert!(index.is_some(), "stage {number} is not in {shape:?}");
            for earlier in &shape.stages[..index.unwrap()] {
                prop_assert_eq!(
                    answers.outcomes.get(earlier),
                    Some(&StageOutcome::NotResolved),
                    "stage {} shown before stage {} was answered",
                    number,
                    earlier
                );
            }
            prop_assert!(answers.start_date.is_some());
        }
        Page::Briefing(part) => prop_assert!((1..=PARTS).contains(&part)),
        _ => {}
    }
    for stage in [journey.stage_reached(), journey.current_stage()]
        .into_iter()
        .flatten()
    {
        prop_assert!(shape.stages.contains(&stage));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_sequence_of_actions_leaves_a_consistent_journey((shape, actions) in a_run()) {
        let mut journey = Journey::new(shape);
        for action in actions {
            journey = journey.reduce(action.clone());
            check(&journey, &action)?;
        }
    }

    #[test]
    fn back_then_forward_returns_to_the_same_page((shape, actions) in a_run()) {
        let mut journey = Journey::new(shape);
        for action in actions {
            journey = journey.reduce(action);
            if journey.can_go_back() {
                let there_and_back = journey.clone().reduce(Action::Back).reduce(Action::Forward);
                prop_assert_eq!(there_and_back.page(), journey.page());
                prop_assert_eq!(there_and_back.answers(), journey.answers());
                prop_assert_eq!(there_and_back.record(), journey.record());
            } else {
                prop_assert_eq!(journey.clone().reduce(Action::Back), journey.clone());
            }
        }
    }

    #[test]
    fn every_state_saves_and_loads_back_as_itself((shape, actions) in a_run()) {
        let journey = actions.into_iter().fold(Journey::new(shape), Journey::reduce);
        let file = saved::save(&journey, saved_on()).expect("short answers are within the limits");
        let loaded = saved::load(file.as_bytes(), built_in_policy);
        prop_assert_eq!(loaded.as_ref(), Ok(&journey), "{}", file);
        // Continuing from it never lands past a question left unanswered.
        let restored = Journey::new(journey.policy().clone()).reduce(Action::Restore(Box::new(journey.clone())));
        check(&restored, &Action::Restore(Box::new(journey)))?;
    }

    #[test]
    fn reset_forgets_everything_but_the_policy((shape, actions) in a_run()) {
        let journey = actions.into_iter().fold(Journey::new(shape), Journey::reduce);
        let reset = journey.clone().reduce(Action::Reset);
        prop_assert_eq!(reset, Journey::new(journey.policy().clone()));
    }
}
