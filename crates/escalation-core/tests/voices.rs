//! The review of the built-in policies against their documents, point by
//! point: each test would have caught one thing the review found, where a
//! statement was shown in a policy's voice that was not its words, or this
//! guide's advice or grouping was shown as the policy's.

mod support {
    pub mod walk;
}

use chrono::NaiveDate;
use escalation_core::briefing::{AREA_LABEL, Voice as PointVoice};
use escalation_core::builtin::BUILT_IN_FILES;
use escalation_core::exports::RecordDocument;
use escalation_core::policy::{Status, Voice};
use escalation_core::silent::START_CHOSEN;
use escalation_core::{
    Calendar, Division, Journey, Policy, Topic, built_in_policies, built_in_policy, saved, timeline,
};
use support::walk;

fn policy(id: &str) -> &'static Policy {
    built_in_policy(id).unwrap()
}

fn date(text: &str) -> NaiveDate {
    escalation_core::calendar::parse_iso_date(text).unwrap()
}

fn file_text(id: &str) -> &'static str {
    BUILT_IN_FILES
        .iter()
        .find(|(file_id, _)| *file_id == id)
        .unwrap()
        .1
}

/// A journey on `id` to its first stage page, started on 2026-11-20.
fn journey_to_stages(id: &str) -> Journey {
    walk::to_first_stage(policy(id), Topic::SomethingElse, date("2026-11-20"))
}

#[test]
fn what_a_practitioner_acts_on_is_in_the_policys_words() {
    for policy in built_in_policies() {
        let mut acted_on: Vec<_> = policy
            .stages
            .iter()
            .flat_map(|stage| stage.statements())
            .collect();
        acted_on.extend(&policy.immediate_danger.guidance);
        acted_on.extend(&policy.self_check.questions);
        acted_on.extend(policy.scope.other_routes.iter().flat_map(|r| &r.steps));
        for item in acted_on {
            assert_eq!(
                item.voice(),
                Voice::PolicyWords,
                "{}: “{}” is acted on, so must be the policy's words",
                policy.id,
                item.text
            );
        }
    }
}

#[test]
fn no_status_date_or_publisher_the_documents_do_not_give() {
    for id in ["bedfordshire-luton-2018", "white-rock-preschool"] {
        assert_eq!(policy(id).status, Status::NotStated, "{id}");
        assert!(policy(id).status_in_words().starts_with("Not given"));
        assert!(!policy(id).is_current());
    }
    assert_eq!(
        policy("bedfordshire-luton-2018").date_in_words(),
        ("Updated", "November 2018".to_string())
    );
    assert_eq!(
        policy("white-rock-preschool").date_in_words().1,
        "The policy does not give a date"
    );
    let pan = policy("pan-berkshire-2026");
    let own = pan.source_document("pan-berkshire-2026").unwrap();
    assert_eq!(own.publisher, None, "003 names no publisher");
    assert!(
        !pan.document_name("pan-berkshire-2026")
            .contains("partnerships")
    );
}

#[test]
fn the_2017_five_days_have_no_start_and_the_guide_says_it_chose_one() {
    let old = policy("berkshire-lscb-2017");
    let (stage, five) = old
        .stages
        .iter()
        .flat_map(|stage| stage.timescales.iter().map(move |t| (stage, t)))
        .find(|(_, t)| t.working_days == 5)
        .unwrap();
    assert!(five.start_not_stated);
    assert!(
        !file_text("berkshire-lscb-2017").contains("of the start of the difference of opinion"),
        "no start is added to 2017's words"
    );
    assert!(!five.in_words().contains("start of the difference"));
    let result = timeline(
        old,
        date("2026-11-20"),
        &Calendar::new(Division::EnglandAndWales),
    );
    let due = result.due_for(stage.number, five).unwrap();
    assert_eq!(
        due.start_note(),
        Some(
            "The policy does not say when these working days start. This guide counts them from the day the difference of opinion started."
        )
    );
    let record = RecordDocument::new(
        old,
        &journey_to_stages("berkshire-lscb-2017"),
        &Calendar::new(Division::EnglandAndWales),
        date("2026-11-23"),
    )
    .to_text();
    assert!(record.contains(START_CHOSEN), "{record}");
    // 2026's figures count from "the start of the difference of opinion",
    // except stage 1's "Within 1 working day", which gives no start.
    let pan: Vec<bool> = policy("pan-berkshire-2026")
        .stages
        .iter()
        .flat_map(|stage| &stage.timescales)
        .map(|t| t.start_note().is_some())
        .collect();
    assert_eq!(pan, [true, false, false, false, false]);
    for timescale in policy("pan-berkshire-2026")
        .stages
        .iter()
        .flat_map(|s| &s.timescales)
    {
        assert_eq!(
            timescale.start_not_stated,
            !timescale
                .quote
                .contains("of the start of the difference of opinion"),
            "{}",
            timescale.quote
        );
    }
}

#[test]
fn the_2026_process_leads_with_its_own_words_and_heads_what_it_takes_from_2017() {
    let pan = policy("pan-berkshire-2026");
    let replaced = pan.source_document("berkshire-lscb-2017").unwrap();
    assert!(replaced.replaced);
    for list in [
        &pan.purpose,
        &pan.principles,
        &pan.preparation,
        &pan.scope.applies_when,
    ] {
        let groups = pan.own_first(list);
        assert_eq!(groups[0].0, None);
        assert_eq!(
            groups[0].1[0].source.document, "pan-berkshire-2026",
            "2026 leads with what 003 itself says"
        );
        for (heading, items) in &groups[1..] {
            let heading = heading.as_deref().unwrap();
            assert!(heading.contains("which this policy replaced"), "{heading}");
            assert!(heading.contains("April 2017"), "{heading}");
            assert!(
                items
                    .iter()
                    .all(|item| item.source.document == "berkshire-lscb-2017")
            );
        }
        assert!(
            groups[0]
                .1
                .iter()
                .all(|item| item.source.document != "berkshire-lscb-2017")
        );
    }
    // The briefing: no 2017 statement under a heading that does not say so.
    for part in pan.briefing() {
        for section in &part.sections {
            for point in &section.points {
                if let Some(escalation_core::briefing::Cite::Section(source)) = &point.cite
                    && source.document == "berkshire-lscb-2017"
                {
                    assert!(
                        section.heading.contains("which this policy replaced"),
                        "part {}: “{}” under “{}”",
                        part.number,
                        point.text,
                        section.heading
                    );
                }
            }
        }
    }
    // A scenario's first step for 2026 is never a 2017 step.
    let reveal = pan.scenario_reveal();
    assert!(reveal[0].points.iter().all(|point| !matches!(
        &point.cite,
        Some(escalation_core::briefing::Cite::Section(source)) if source.document == "berkshire-lscb-2017"
    )));
}

#[test]
fn the_grouping_of_examples_is_this_guides_and_borrowed_examples_say_where_from() {
    assert!(!AREA_LABEL.contains("policy"));
    for policy in built_in_policies() {
        for scenario in policy.scenarios() {
            assert_eq!(
                scenario.area.label.as_deref(),
                Some("This guide puts it under the area")
            );
            let own = policy.id == "bedfordshire-luton-2018";
            match &scenario.origin {
                None => assert!(own, "{}: where the example comes from", policy.id),
                Some(origin) => {
                    assert!(!own);
                    assert_eq!(origin.voice, PointVoice::Note);
                    assert!(
                        origin.text.contains("Escalation Procedures"),
                        "{}",
                        origin.text
                    );
                }
            }
        }
    }
}

#[test]
fn the_devils_advocate_questions_say_when_they_apply_in_004s_words() {
    for policy in built_in_policies() {
        let when = &policy.self_check.when;
        assert!(
            when.iter().any(|item| item.policy_words().contains(
                "being questioned by another professional in respect of your assessment/opinion"
            )),
            "{}",
            policy.id
        );
        let notes = &policy.briefing()[4].say;
        assert!(
            notes
                .iter()
                .any(|say| say.contains("being questioned by another professional")),
            "{}: facilitator note, part 5: {notes:?}",
            policy.id
        );
        assert!(
            !notes
                .iter()
                .any(|say| say.contains("a decision they disagreed with")),
            "{}",
            policy.id
        );
        let handout = policy.handout();
        let check = handout
            .iter()
            .find(|section| section.heading.starts_with("Check your own view"))
            .unwrap();
        assert_eq!(check.points[0].label.as_deref(), Some("When"));
        assert!(
            policy
                .self_check
                .respectful_uncertainty
                .iter()
                .any(|item| item.policy_words().contains(
                    "must be much more sceptical and mistrustful about what might really be happening behind closed doors"
                )),
            "{}: respectful uncertainty at full strength",
            policy.id
        );
    }
}

#[test]
fn this_guides_advice_about_the_missing_table_is_not_given_as_the_policys() {
    for policy in built_in_policies() {
        let text = file_text(&policy.id);
        assert!(
            !text.contains("Ask the Safeguarding Children Board"),
            "{}",
            policy.id
        );
        for part in policy.briefing() {
            assert!(
                !part.say.iter().any(|say| say.contains("who to ask for it")),
                "{}",
                policy.id
            );
        }
    }
}

#[test]
fn the_2026_emergency_contact_includes_the_line_manager() {
    let pan = policy("pan-berkshire-2026");
    let lead = pan
        .contact_roles
        .iter()
        .find(|role| role.id == "designated-safeguarding-lead")
        .unwrap();
    assert!(lead.when.contains("line manager"), "{}", lead.when);
    assert!(pan.immediate_danger.guidance.iter().any(|item| {
        item.text
            .contains("designated safeguarding lead/line manager")
    }));
}

#[test]
fn the_2017_json_download_carries_the_superseded_note() {
    let file = saved::save(
        &journey_to_stages("berkshire-lscb-2017"),
        date("2026-11-23"),
    )
    .unwrap();
    let warning = policy("berkshire-lscb-2017").superseded_in_words().unwrap();
    assert!(file.contains(&warning), "{file}");
    let current =
        saved::save(&journey_to_stages("pan-berkshire-2026"), date("2026-11-23")).unwrap();
    assert!(!current.contains("superseded"));
}

#[test]
fn a_heading_that_says_own_words_holds_only_the_policys_words() {
    for policy in built_in_policies() {
        let parts = policy.briefing();
        let mut sections: Vec<_> = parts
            .iter()
            .flat_map(|part| part.sections.iter().cloned())
            .collect();
        sections.extend(policy.handout());
        for section in sections {
            if section.heading.contains("own words") {
                assert!(
                    section.points.iter().all(|p| p.voice == PointVoice::Quote),
                    "{}: “{}”",
                    policy.id,
                    section.heading
                );
            }
        }
        for part in &parts {
            if part.title.contains("own words") {
                assert!(
                    part.points().all(|p| p.voice == PointVoice::Quote),
                    "{}",
                    part.title
                );
            }
        }
    }
}

#[test]
fn the_words_the_review_found_weakened_are_the_documents_own() {
    let has = |id: &str, words: &str| file_text(id).contains(words);
    assert!(has(
        "white-rock-preschool",
        "the primary focus will be on ensuring"
    ));
    assert!(!has("white-rock-preschool", "must be assured"));
    assert!(has(
        "white-rock-preschool",
        "promote the resolution via amendment to protocols and procedures"
    ));
    assert!(has("bedfordshire-luton-2018", "only dysfunctional"));
    assert!(!has("bedfordshire-luton-2018", "only harmful"));
    assert!(has(
        "bedfordshire-luton-2018",
        "resolution promoted via amendment to protocols and procedures"
    ));
    assert!(has(
        "pan-berkshire-2026",
        "It may be helpful to consider the involvement of"
    ));
    for policy in built_in_policies() {
        assert!(!file_text(&policy.id).contains("resolve them by changing"));
        assert!(!file_text(&policy.id).contains("It may help to involve"));
    }
    let beds = policy("bedfordshire-luton-2018");
    assert!(
        beds.scope
            .applies_when
            .iter()
            .any(|item| item.text.contains("a professional disagreement/issue"))
    );
    let old = policy("berkshire-lscb-2017");
    assert!(
        old.areas
            .iter()
            .all(|area| area.source.document == "berkshire-lscb-2017"),
        "2017's own areas cite 2017"
    );
}

#[test]
fn the_glossary_is_004s_own_seventeen_definitions() {
    let beds = policy("bedfordshire-luton-2018");
    assert_eq!(beds.glossary.len(), 17);
    let meaning = |term: &str| {
        beds.glossary
            .iter()
            .find(|entry| entry.term == term)
            .unwrap_or_else(|| panic!("{term}"))
            .meaning
            .as_str()
    };
    assert!(meaning("Section 17").contains("health and development"));
    assert!(meaning("Section 17").contains("(section 17(10) of the Children Act 1989)"));
    assert!(
        escalation_core::fidelity::normalise(meaning("Section 47"))
            .contains("\"reasonable cause to suspect\"")
    );
}
