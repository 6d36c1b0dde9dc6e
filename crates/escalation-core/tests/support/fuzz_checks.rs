//! What must hold for any bytes given as a policy file or a saved record:
//! shared by the fuzz targets (fuzz/fuzz_targets) and the regression tests
//! that replay what they found (tests/fuzz_regressions.rs). A panic here is
//! a blank widget in a browser.

use chrono::NaiveDate;
use escalation_core::exports::{RecordDocument, deadlines};
use escalation_core::{
    Action, Calendar, DangerAnswer, Division, Journey, Page, PolicyShape, StageOutcome, Topic,
    WhoAnswer, built_in_policy, load_policy, saved, timeline,
};

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 24).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

/// A host's policy file, read as `data-policy-url` reads it. A refused file
/// names what is wrong; a file that passes works everywhere the widget uses
/// a policy (the journey to the record and its exports, the timeline in
/// every division, training mode, the outline) and reads back as itself
/// when written out. Returns whether it loaded.
pub fn check_policy_bytes(bytes: &[u8]) -> bool {
    let policy = match load_policy(bytes) {
        Ok(policy) => policy,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused file names what is wrong");
            for problem in &problems {
                assert!(!problem.to_string().is_empty());
            }
            return false;
        }
    };
    let written = serde_json::to_string(&policy).expect("a policy always serializes");
    let again = load_policy(written.as_bytes()).expect("a valid policy, written out, is valid");
    assert_eq!(again, policy, "a valid policy reads back as itself");

    let _ = policy.briefing();
    let _ = policy.handout();
    let _ = policy.scenarios();
    let _ = policy.scenario_reveal();
    let _ = escalation_core::outline::fallback_html(&policy, "https://www.bbc.co.uk/weather");
    for stage in &policy.stages {
        let time = policy
            .time_at(stage.number)
            .expect("every stage has its time");
        let _ = time.summary();
    }
    for division in Division::ALL {
        let _ = timeline(&policy, start(), &Calendar::new(division));
    }

    // Through the journey to the record, stage by stage, then every export.
    let mut journey = [
        Action::Start,
        Action::AnswerDanger(DangerAnswer::No),
        Action::AnswerWho(WhoAnswer::AnotherAgency),
        Action::AnswerTopic(Topic::SomethingElse),
        Action::Continue,
        Action::Continue,
        Action::AnswerStartDate(start()),
    ]
    .into_iter()
    .fold(Journey::new(PolicyShape::of(&policy)), Journey::reduce);
    for _ in 0..=policy.stages.len() {
        journey = match journey.page() {
            Page::Stage(number) => {
                journey.reduce(Action::AnswerStage(number, StageOutcome::NotResolved))
            }
            _ => journey.reduce(Action::Continue),
        };
    }
    assert_eq!(journey.page(), Page::Record);
    export_all(&policy, &journey);
    true
}

/// A saved record file, as "Continue from a saved record" reads it. A
/// refused file says why; a file that loads shows its record, exports it,
/// continues (the widget restores it) and saves back as itself. Returns
/// whether it loaded.
pub fn check_saved_bytes(bytes: &[u8]) -> bool {
    let journey = match saved::load(bytes, built_in_policy) {
        Ok(journey) => journey,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return false;
        }
    };
    let policy = built_in_policy(&journey.policy().id).expect("a loaded record's policy exists");
    export_all(policy, &journey);
    // Saved again on the last day the guide knows, which is never before
    // the day the file says it was saved.
    let last_day = NaiveDate::from_ymd_opt(2099, 12, 31).unwrap();
    let saved_again = saved::save(&journey, last_day).expect("a record that loaded saves");
    let reloaded = saved::load(saved_again.as_bytes(), built_in_policy).expect("and loads back");
    assert_eq!(reloaded, journey);
    let mut restored =
        Journey::new(journey.policy().clone()).reduce(Action::Restore(Box::new(journey)));
    for action in [
        Action::Back,
        Action::Forward,
        Action::Continue,
        Action::Back,
        Action::Back,
    ] {
        restored = restored.reduce(action);
        let _ = restored.page();
    }
    true
}

fn export_all(policy: &escalation_core::Policy, journey: &Journey) {
    let calendar = Calendar::new(Division::EnglandAndWales);
    let document = RecordDocument::new(policy, journey, &calendar, today());
    let _ = document.to_text();
    let _ = document.to_markdown();
    if let Some(start) = journey.answers().start_date {
        let due = deadlines(policy, journey, &calendar);
        let _ = escalation_core::ics::deadlines_calendar(
            policy,
            start,
            &due,
            today().and_hms_opt(9, 0, 0).unwrap(),
        );
    }
}
