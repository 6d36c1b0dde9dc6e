//! Every branch of the journey, natively.

mod support {
    pub mod walk;
}

use chrono::NaiveDate;
use escalation_core::journey::{
    Action, DangerAnswer, Journey, Page, PolicyShape, Question, STEPS, StageOutcome, Topic,
    WhoAnswer,
};
use escalation_core::record::{RecordEdit, RecordField};
use escalation_core::{built_in_policy, default_policy};
use support::walk;

fn berkshire() -> PolicyShape {
    PolicyShape::of(default_policy())
}

fn date(text: &str) -> NaiveDate {
    escalation_core::calendar::parse_iso_date(text).unwrap()
}

fn run(journey: Journey, actions: impl IntoIterator<Item = Action>) -> Journey {
    actions.into_iter().fold(journey, Journey::reduce)
}

fn thresholds() -> Topic {
    Topic::Area("thresholds".into())
}

/// Through the questions to the first stage, for another agency.
fn to_first_stage() -> Journey {
    walk::shape_to_first_stage(berkshire(), thresholds(), date("2026-11-20"))
}

/// Stage 1 and 2 not resolved, resolved at stage 3: on the record page.
fn resolved_at_three() -> Journey {
    run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::NotResolved),
            Action::AnswerStage(3, StageOutcome::Resolved),
        ],
    )
}

#[test]
fn the_main_route_visits_every_page_in_order() {
    let mut journey = Journey::new(berkshire());
    let mut pages = vec![journey.page()];
    for action in [
        Action::Start,
        Action::AnswerDanger(DangerAnswer::No),
        Action::AnswerWho(WhoAnswer::AnotherAgency),
        Action::AnswerTopic(thresholds()),
        Action::Continue,
        Action::Continue,
        Action::AnswerStartDate(date("2026-11-20")),
        Action::AnswerStage(1, StageOutcome::NotResolved),
        Action::AnswerStage(2, StageOutcome::NotResolved),
        Action::AnswerStage(3, StageOutcome::NotResolved),
        Action::AnswerStage(4, StageOutcome::NotResolved),
        Action::Continue,
    ] {
        journey = journey.reduce(action);
        pages.push(journey.page());
    }
    assert_eq!(
        pages,
        [
            Page::Start,
            Page::ImmediateDanger,
            Page::WhoDisagree,
            Page::Topic,
            Page::Preparation,
            Page::SelfCheck,
            Page::StartDate,
            Page::Stage(1),
            Page::Stage(2),
            Page::Stage(3),
            Page::Stage(4),
            Page::EndOfProcess,
            Page::Record,
        ]
    );
    assert_eq!(journey.stage_reached(), Some(4));
    assert_eq!(journey.resolved_at(), None);

    // The step indicator counts up through all eight steps along the way,
    // never backwards, and the start page is not a step.
    let steps: Vec<u8> = pages
        .iter()
        .filter_map(|page| page.step())
        .map(|(n, _)| n)
        .collect();
    assert!(steps.is_sorted(), "{steps:?}");
    let mut distinct = steps.clone();
    distinct.dedup();
    assert_eq!(distinct, (1..=STEPS).collect::<Vec<_>>());
    assert_eq!(Page::Start.step(), None);
}

#[test]
fn the_stage_where_immediate_risk_was_raised_is_the_one_returned_to() {
    let journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::ImmediateRisk),
        ],
    );
    assert_eq!(journey.immediate_risk_stage(), Some(2));
    assert_eq!(journey.page(), Page::Urgent);
    assert_eq!(journey.reduce(Action::Continue).page(), Page::Stage(2));
}

#[test]
fn yes_to_immediate_danger_shows_the_urgent_page_then_continues() {
    let journey = run(
        Journey::new(berkshire()),
        [Action::Start, Action::AnswerDanger(DangerAnswer::Yes)],
    );
    assert_eq!(journey.page(), Page::Urgent);
    assert_eq!(journey.reduce(Action::Continue).page(), Page::WhoDisagree);
}

#[test]
fn not_sure_says_speak_to_your_dsl_then_continues() {
    let journey = run(
        Journey::new(berkshire()),
        [Action::Start, Action::AnswerDanger(DangerAnswer::NotSure)],
    );
    assert_eq!(journey.page(), Page::SpeakToDsl);
    assert_eq!(journey.reduce(Action::Continue).page(), Page::WhoDisagree);
}

#[test]
fn own_organisation_takes_the_internal_route_which_ends_there() {
    let journey = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::OwnOrganisation),
        ],
    );
    assert_eq!(journey.page(), Page::OwnOrganisation);
    assert_eq!(
        journey.clone().reduce(Action::Continue),
        journey,
        "nowhere further to go"
    );
}

#[test]
fn not_sure_who_explains_the_routes_then_continues_with_this_policy() {
    let journey = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::NotSure),
        ],
    );
    assert_eq!(journey.page(), Page::NotSureWho);
    assert_eq!(journey.reduce(Action::Continue).page(), Page::Topic);
}

#[test]
fn resolved_at_a_stage_goes_to_the_record() {
    let journey = resolved_at_three();
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(journey.resolved_at(), Some(3));
    assert_eq!(journey.stage_reached(), Some(3));
}

#[test]
fn immediate_risk_at_a_stage_shows_the_urgent_page_and_returns_to_that_stage() {
    let journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::ImmediateRisk),
        ],
    );
    assert_eq!(journey.page(), Page::Urgent);
    let back_to_stage = journey.reduce(Action::Continue);
    assert_eq!(back_to_stage.page(), Page::Stage(2));
    let resolved = back_to_stage.reduce(Action::AnswerStage(2, StageOutcome::Resolved));
    assert_eq!(resolved.page(), Page::Record);
}

#[test]
fn a_policy_with_three_stages_ends_after_stage_three() {
    let shape = PolicyShape::of(built_in_policy("white-rock-preschool").unwrap());
    let journey = run(
        Journey::new(shape),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
            Action::AnswerTopic(Topic::Area("communication".into())),
            Action::Continue,
            Action::Continue,
            Action::AnswerStartDate(date("2026-11-02")),
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::NotResolved),
            Action::AnswerStage(3, StageOutcome::NotResolved),
        ],
    );
    assert_eq!(journey.page(), Page::EndOfProcess);
}

#[test]
fn back_keeps_answers_and_forward_returns() {
    let journey = run(to_first_stage(), [Action::Back, Action::Back]);
    assert_eq!(journey.page(), Page::SelfCheck);
    assert_eq!(
        journey.answers().start_date,
        Some(date("2026-11-20")),
        "answers are kept"
    );
    let forward = run(journey, [Action::Forward, Action::Forward]);
    assert_eq!(forward.page(), Page::Stage(1));
}

#[test]
fn going_back_then_answering_differently_takes_the_new_route() {
    let journey = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::Yes),
            Action::Back,
            Action::AnswerDanger(DangerAnswer::No),
        ],
    );
    assert_eq!(journey.page(), Page::WhoDisagree);
    assert_eq!(
        journey.clone().reduce(Action::Forward),
        journey,
        "the urgent page was abandoned"
    );
}

#[test]
fn changing_to_own_organisation_clears_the_abandoned_route_but_not_typed_text() {
    let journey = run(
        resolved_at_three(),
        [
            Action::EditRecord(RecordEdit::Set(RecordField::Agencies, "Police".into())),
            Action::Change(Question::WhoDisagree),
            Action::AnswerWho(WhoAnswer::OwnOrganisation),
        ],
    );
    assert_eq!(journey.page(), Page::OwnOrganisation);
    let answers = journey.answers();
    assert_eq!(answers.topic, None);
    assert_eq!(answers.start_date, None);
    assert!(answers.outcomes.is_empty());
    assert_eq!(
        journey.record().agencies,
        "Police",
        "typed text is never thrown away"
    );
}

#[test]
fn resolving_at_an_earlier_stage_clears_later_stages() {
    let journey = run(
        resolved_at_three(),
        [
            Action::Change(Question::Stage(2)),
            Action::AnswerStage(2, StageOutcome::Resolved),
        ],
    );
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(
        journey
            .answers()
            .outcomes
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(journey.resolved_at(), Some(2));
}

#[test]
fn a_change_with_the_same_answer_returns_to_the_record() {
    let journey = run(
        resolved_at_three(),
        [
            Action::Change(Question::Topic),
            Action::AnswerTopic(thresholds()),
        ],
    );
    assert_eq!(journey.page(), Page::Record);
    assert!(!journey.is_returning());
}

#[test]
fn a_change_that_keeps_the_route_passes_over_answered_pages_to_the_record() {
    let journey = run(
        resolved_at_three(),
        [
            Action::Change(Question::Topic),
            Action::AnswerTopic(Topic::Area("roles".into())),
        ],
    );
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(journey.answers().topic, Some(Topic::Area("roles".into())));
    let journey = run(
        journey,
        [
            Action::Change(Question::StartDate),
            Action::AnswerStartDate(date("2026-11-16")),
        ],
    );
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(journey.answers().outcomes.len(), 3, "stage answers stand");
}

#[test]
fn a_change_to_yes_for_immediate_danger_shows_the_urgent_page_before_the_record() {
    let journey = run(
        resolved_at_three(),
        [
            Action::Change(Question::ImmediateDanger),
            Action::AnswerDanger(DangerAnswer::Yes),
        ],
    );
    assert_eq!(journey.page(), Page::Urgent);
    assert_eq!(journey.reduce(Action::Continue).page(), Page::Record);
}

#[test]
fn a_change_that_reopens_a_stage_asks_about_the_next_one() {
    let journey = run(
        resolved_at_three(),
        [
            Action::Change(Question::Stage(3)),
            Action::AnswerStage(3, StageOutcome::NotResolved),
        ],
    );
    assert_eq!(journey.page(), Page::Stage(4));
    let journey = journey.reduce(Action::AnswerStage(4, StageOutcome::Resolved));
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(journey.resolved_at(), Some(4));
}

#[test]
fn back_from_a_change_returns_to_the_record_and_ends_the_change() {
    let journey = run(
        resolved_at_three(),
        [Action::Change(Question::Topic), Action::Back],
    );
    assert_eq!(journey.page(), Page::Record);
    assert!(!journey.is_returning());
}

#[test]
fn change_links_only_work_from_the_record_and_for_stages_reached() {
    let at_stage = to_first_stage();
    assert_eq!(
        at_stage.clone().reduce(Action::Change(Question::Topic)),
        at_stage
    );
    let record = resolved_at_three();
    assert_eq!(
        record.clone().reduce(Action::Change(Question::Stage(4))),
        record
    );
}

#[test]
fn choosing_another_policy_starts_again_with_its_stages() {
    let old = PolicyShape::of(built_in_policy("berkshire-lscb-2017").unwrap());
    let journey = run(
        resolved_at_three(),
        [
            Action::Show(Page::ChoosePolicy),
            Action::ChoosePolicy(old.clone()),
        ],
    );
    assert_eq!(journey.page(), Page::Start);
    assert_eq!(journey.policy(), &old);
    assert!(
        journey.answers().outcomes.is_empty(),
        "stage answers belonged to the other policy"
    );
    assert_eq!(
        journey.answers().start_date,
        Some(date("2026-11-20")),
        "the date still stands"
    );
}

/// Private reflections are the user's own text: choosing another policy
/// that asks the same questions keeps them; only those for questions the new
/// policy does not have go.
#[test]
fn choosing_another_policy_keeps_private_reflections() {
    let with_reflection = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
            Action::AnswerTopic(thresholds()),
            Action::Continue,
            Action::Reflect(0, "my first thought".into()),
            Action::Reflect(3, "my last thought".into()),
        ],
    );
    let bedfordshire = PolicyShape::of(built_in_policy("bedfordshire-luton-2018").unwrap());
    let journey = run(
        with_reflection.clone(),
        [
            Action::Show(Page::ChoosePolicy),
            Action::ChoosePolicy(bedfordshire.clone()),
        ],
    );
    assert_eq!(
        journey.answers().reflections,
        with_reflection.answers().reflections
    );

    let mut fewer = bedfordshire;
    fewer.id = "fewer-questions".into();
    fewer.self_check_questions = 2;
    let journey = run(
        with_reflection,
        [
            Action::Show(Page::ChoosePolicy),
            Action::ChoosePolicy(fewer),
        ],
    );
    assert_eq!(
        journey.answers().reflections.values().collect::<Vec<_>>(),
        ["my first thought"]
    );
}

#[test]
fn the_overview_and_timeline_are_reachable_from_anywhere() {
    for journey in [
        Journey::new(berkshire()),
        to_first_stage(),
        resolved_at_three(),
    ] {
        let before = journey.page();
        let overview = journey.reduce(Action::Show(Page::Overview));
        assert_eq!(overview.page(), Page::Overview);
        let timeline = overview.reduce(Action::Show(Page::Timeline));
        assert_eq!(timeline.page(), Page::Timeline);
        assert_eq!(run(timeline, [Action::Back, Action::Back]).page(), before);
    }
}

#[test]
fn reflections_are_kept_only_for_real_questions_on_the_self_check_page() {
    let at_self_check = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
            Action::AnswerTopic(thresholds()),
            Action::Continue,
        ],
    );
    assert_eq!(at_self_check.page(), Page::SelfCheck);
    let journey = run(
        at_self_check,
        [
            Action::Reflect(0, "Would I react differently? Perhaps.".into()),
            Action::Reflect(99, "nowhere".into()),
        ],
    );
    assert_eq!(journey.answers().reflections.len(), 1);
    assert!(journey.has_typed_text());
}

#[test]
fn an_area_the_policy_does_not_have_is_not_accepted() {
    let at_topic = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
        ],
    );
    let journey = at_topic
        .clone()
        .reduce(Action::AnswerTopic(Topic::Area("weather".into())));
    assert_eq!(journey, at_topic);
    let journey = at_topic.reduce(Action::AnswerTopic(Topic::SomethingElse));
    assert_eq!(journey.page(), Page::Preparation);
}

#[test]
fn actions_meant_for_another_page_change_nothing() {
    let start = Journey::new(berkshire());
    for action in [
        Action::AnswerDanger(DangerAnswer::Yes),
        Action::AnswerWho(WhoAnswer::NotSure),
        Action::AnswerStartDate(date("2026-01-01")),
        Action::AnswerStage(1, StageOutcome::Resolved),
        Action::Continue,
        Action::Back,
        Action::Forward,
    ] {
        assert_eq!(start.clone().reduce(action.clone()), start, "{action:?}");
    }
    let stage_one = to_first_stage();
    assert_eq!(
        stage_one
            .clone()
            .reduce(Action::AnswerStage(2, StageOutcome::Resolved)),
        stage_one,
        "an answer for a stage not on screen"
    );
}

#[test]
fn restoring_a_saved_journey_lands_where_the_user_was() {
    let saved = resolved_at_three();
    let journey = Journey::new(berkshire()).reduce(Action::Restore(Box::new(saved.clone())));
    assert_eq!(journey.page(), Page::Record);
    assert_eq!(journey.answers(), saved.answers());
    // The trail is the flow through the answers, so Back goes where it did.
    assert_eq!(journey.reduce(Action::Back).page(), Page::Stage(3));
}

/// Progress kept on the briefing record reopens on it, with the journey's
/// route behind it: the back link goes to the first question unanswered.
#[test]
fn restoring_progress_kept_on_the_briefing_record_returns_to_it() {
    let on_record = run(
        Journey::new(berkshire()),
        [
            Action::Show(Page::Briefing(7)),
            Action::Show(Page::BriefingRecord),
        ],
    );
    let restored = Journey::new(berkshire()).reduce(Action::Restore(Box::new(on_record)));
    assert_eq!(restored.page(), Page::BriefingRecord);
    assert_eq!(restored.reduce(Action::Back).page(), Page::ImmediateDanger);
}

/// Progress kept part-way never reopens past a question still unanswered,
/// and a "Yes" to immediate danger passes the urgent page on the way.
#[test]
fn restoring_never_skips_a_safety_page_or_an_unanswered_question() {
    let on_the_question = run(Journey::new(berkshire()), [Action::Start]);
    let restored = Journey::new(berkshire()).reduce(Action::Restore(Box::new(on_the_question)));
    assert_eq!(restored.page(), Page::ImmediateDanger);

    let on_urgent = run(
        Journey::new(berkshire()),
        [Action::Start, Action::AnswerDanger(DangerAnswer::Yes)],
    );
    assert_eq!(on_urgent.page(), Page::Urgent);
    let restored = Journey::new(berkshire()).reduce(Action::Restore(Box::new(on_urgent)));
    assert_eq!(restored.page(), Page::Urgent);

    let past_urgent = run(
        Journey::new(berkshire()),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::Yes),
            Action::Continue,
            Action::AnswerWho(WhoAnswer::AnotherAgency),
        ],
    );
    let restored = Journey::new(berkshire()).reduce(Action::Restore(Box::new(past_urgent)));
    assert_eq!(restored.page(), Page::Topic);
    let back: Vec<Page> = [1, 2, 3]
        .iter()
        .scan(restored, |journey, _| {
            *journey = journey.clone().reduce(Action::Back);
            Some(journey.page())
        })
        .collect();
    assert_eq!(
        back,
        [Page::WhoDisagree, Page::Urgent, Page::ImmediateDanger]
    );
}

#[test]
fn reset_clears_everything_but_the_policy() {
    let journey = run(
        resolved_at_three(),
        [
            Action::EditRecord(RecordEdit::Set(RecordField::Details, "notes".into())),
            Action::Reset,
        ],
    );
    assert_eq!(journey, Journey::new(berkshire()));
    assert_eq!(journey.page(), Page::Start);
    assert!(!journey.has_typed_text());
}

#[test]
fn the_current_stage_is_kept_while_looking_at_the_overview() {
    let journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::Show(Page::Overview),
        ],
    );
    assert_eq!(journey.page(), Page::Overview);
    assert_eq!(journey.current_stage(), Some(2));
    assert_eq!(journey.stage_reached(), Some(2));
}

#[test]
fn choosing_a_policy_with_fewer_stages_leaves_no_page_of_the_old_one() {
    // Found in review: from stage 4 of a four-stage policy, choosing a
    // three-stage one left "stage 4" in the trail, for the back link to reach.
    let bedfordshire = PolicyShape::of(built_in_policy("bedfordshire-luton-2018").unwrap());
    assert_eq!(bedfordshire.stages.len(), 3);
    let journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::NotResolved),
            Action::AnswerStage(3, StageOutcome::NotResolved),
        ],
    );
    assert_eq!(journey.page(), Page::Stage(4));
    let mut journey = run(
        journey,
        [
            Action::Show(Page::ChoosePolicy),
            Action::ChoosePolicy(bedfordshire),
        ],
    );
    assert_eq!(journey.page(), Page::Start);
    assert!(journey.is_consistent());
    while journey.can_go_back() {
        journey = journey.reduce(Action::Back);
        assert_ne!(journey.page(), Page::Stage(4));
    }
}

#[test]
fn after_choosing_another_policy_the_back_link_reaches_no_stage_left_unanswered() {
    // Found by the property tests: on White Rock's stage 2, choosing
    // Pan-Berkshire cleared the stages' answers but the back link still
    // reached stage 2, which then took an answer with stage 1 unanswered.
    let white_rock = PolicyShape::of(built_in_policy("white-rock-preschool").unwrap());
    let mut journey = run(
        Journey::new(white_rock),
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
            Action::AnswerTopic(Topic::SomethingElse),
            Action::Continue,
            Action::Continue,
            Action::AnswerStartDate(date("2017-01-01")),
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::Show(Page::ChoosePolicy),
            Action::ChoosePolicy(berkshire()),
        ],
    );
    assert!(journey.answers().outcomes.is_empty());
    while journey.can_go_back() {
        journey = journey.reduce(Action::Back);
        assert!(
            !matches!(journey.page(), Page::Stage(_)),
            "{:?}",
            journey.page()
        );
        journey = journey.reduce(Action::AnswerStage(2, StageOutcome::Resolved));
        assert!(journey.is_consistent());
    }
}

#[test]
fn back_passes_over_stages_a_changed_answer_no_longer_reaches() {
    // Found by the property tests: at the record, changing stage 3 to
    // "immediate risk" ends the stages there, but the back link still
    // reached stage 4, whose answer then made a record that would not load.
    let mut journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::AnswerStage(2, StageOutcome::NotResolved),
            Action::AnswerStage(3, StageOutcome::NotResolved),
            Action::AnswerStage(4, StageOutcome::NotResolved),
            Action::Continue,
            Action::Change(Question::Stage(3)),
            Action::AnswerStage(3, StageOutcome::ImmediateRisk),
        ],
    );
    assert_eq!(journey.page(), Page::Urgent);
    let mut seen = vec![journey.page()];
    while journey.can_go_back() {
        journey = journey.reduce(Action::Back);
        seen.push(journey.page());
    }
    assert!(!seen.contains(&Page::Stage(4)), "{seen:?}");
    assert!(!seen.contains(&Page::EndOfProcess), "{seen:?}");
    assert!(seen.contains(&Page::Stage(3)), "{seen:?}");
    assert!(journey.is_consistent());
}

#[test]
fn a_change_link_to_a_question_the_route_no_longer_asks_changes_nothing() {
    // Found by the property tests: after changing "who" to someone in the
    // user's own organisation, a "Change" to the topic (a question that
    // route does not ask) was taken, and its answer left the journey
    // inconsistent.
    let journey = run(
        to_first_stage(),
        [
            Action::AnswerStage(1, StageOutcome::Resolved),
            Action::Change(Question::WhoDisagree),
            Action::AnswerWho(WhoAnswer::OwnOrganisation),
        ],
    );
    // Back to the record page, which shows whatever the answers are.
    let mut journey = journey;
    while journey.page() != Page::Record && journey.can_go_back() {
        journey = journey.reduce(Action::Back);
    }
    let page = journey.page();
    assert_eq!(page, Page::Record);
    let after = run(
        journey.clone(),
        [
            Action::Change(Question::Topic),
            Action::AnswerTopic(thresholds()),
        ],
    );
    assert_eq!(after.page(), page);
    assert_eq!(after.answers(), journey.answers());
    assert!(after.is_consistent());
}

#[test]
fn a_journey_differs_only_in_its_record_while_the_user_types_in_it() {
    let at_stage = to_first_stage();
    let typed = at_stage.clone().reduce(Action::EditRecord(RecordEdit::Set(
        RecordField::Details,
        "Typed".into(),
    )));
    assert!(typed.differs_only_in_record(&at_stage));
    let answered = at_stage
        .clone()
        .reduce(Action::AnswerStage(1, StageOutcome::NotResolved));
    assert!(
        !answered.differs_only_in_record(&at_stage),
        "an answer changes what the record page shows"
    );
    let back = at_stage.clone().reduce(Action::Back);
    assert!(
        !back.differs_only_in_record(&at_stage),
        "so does another page"
    );
}
