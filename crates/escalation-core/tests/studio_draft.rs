//! The studio's draft: a policy built from White Rock Pre-school's
//! document by selecting passages, as an author does (issue 21), checked by
//! the rules `policy-tool check` runs.

use escalation_core::load_policy;
use escalation_core::studio::{Draft, Edit, Field, Slot, StagePart, working_days_in};

const WHITE_ROCK: &str = include_str!("../../../policies/sources/white-rock-preschool.txt");

/// Select `passage` in the draft's document and use it as `slot`.
fn select(draft: &mut Draft, passage: &str, slot: Slot) -> Result<String, String> {
    let id = draft.documents[0].id.clone();
    let location = draft
        .document(&id)
        .unwrap()
        .locate(passage)
        .unwrap_or_else(|| panic!("not in the document: {passage}"));
    draft.apply(Edit::Use {
        document: id,
        selection: location.range(),
        slot,
    })
}

fn white_rock() -> Draft {
    let mut draft = Draft::new(WHITE_ROCK);
    draft
        .apply(Edit::Set(Field::Id, "white-rock-studio".into()))
        .unwrap();
    draft
        .apply(Edit::Set(Field::SourceTitle, "Escalation Policy".into()))
        .unwrap();
    let uses = [
        (
            "Resolution of professional disagreements in work relating to the safety of children",
            Slot::Title,
        ),
        ("White Rock Pre-school", Slot::AreaCovered),
        (
            "resolving the difficulties within and between agencies quickly and openly",
            Slot::Purpose,
        ),
        ("Levels of need", Slot::DisagreementArea),
        ("Roles and responsibilities", Slot::DisagreementArea),
        (
            "Occasionally situations arise when workers within one agency feel that the decision made by a worker from another agency on a child protection or child in need case is not a safe decision.",
            Slot::AppliesWhen,
        ),
        (
            "They should also be able to evidence the nature and source of their concerns and should to keep a record of all discussions.",
            Slot::Preparation,
        ),
        (
            "to be specific as to what the disagreement is about",
            Slot::SelfCheckQuestion,
        ),
        (
            "if a child is thought to be at risk of immediate harm discretion should be used as to which stage is initiated",
            Slot::Emergency,
        ),
        ("Professional : Professional", Slot::NewStage),
        (
            "This would normally be between the people who disagree.",
            Slot::Stage(1, StagePart::Who),
        ),
        (
            "Initial attempts should be taken to resolve the problem at the lowest possible level.",
            Slot::Stage(1, StagePart::Actions),
        ),
        ("Manager : Manager", Slot::NewStage),
        (
            "the concerned worker should contact their supervisor/manager within their own agency",
            Slot::Stage(2, StagePart::Who),
        ),
        (
            "who should raise the concerns with the equivalent supervisor/manager in the other agency/agencies as appropriate",
            Slot::Stage(2, StagePart::Actions),
        ),
        ("Refer via TSCP", Slot::NewStage),
        (
            "the Chair of the Local Safeguarding Children Board",
            Slot::Stage(3, StagePart::Who),
        ),
        (
            "the matter should be referred to the Chair of the Local Safeguarding Children Board",
            Slot::Stage(3, StagePart::Actions),
        ),
    ];
    for (passage, slot) in uses {
        select(&mut draft, passage, slot).unwrap_or_else(|why| panic!("{passage}: {why}"));
    }
    draft
}

#[test]
fn a_policy_built_by_selecting_passages_passes_the_check_and_loads() {
    let draft = white_rock();
    assert_eq!(draft.problems(), []);
    let policy =
        load_policy(draft.file().as_bytes()).expect("the file loads as the widget loads it");
    assert_eq!(policy.stages.len(), 3);
    assert_eq!(policy.areas[1].id, "roles-and-responsibilities");
    assert_eq!(policy.stages[1].title, "Manager : Manager");
    assert_eq!(policy.stages[0].source.section, "Stage One");
    assert_eq!(policy.sources[0].id, "white-rock-studio");
    assert_eq!(policy.stages[2].who[0].source.document, "white-rock-studio");
    assert_eq!(
        draft.documents[0].id, "white-rock-studio",
        "the document follows the id"
    );
}

#[test]
fn what_is_missing_is_named_and_a_new_draft_has_every_part_to_fill() {
    let draft = Draft::new(WHITE_ROCK);
    let paths: Vec<String> = draft.problems().into_iter().map(|p| p.path).collect();
    for needed in [
        "title",
        "area",
        "sources[0].title",
        "purpose",
        "areas",
        "scope.applies_when",
        "stages",
    ] {
        assert!(paths.iter().any(|p| p == needed), "{needed} in {paths:?}");
    }
    let mut draft = white_rock();
    draft
        .apply(Edit::Remove("stages[1].who[0]".into()))
        .unwrap();
    let problems = draft.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "stages[1].who");
}

#[test]
fn lists_keep_the_documents_order_and_refuse_a_passage_twice() {
    let mut draft = Draft::new(WHITE_ROCK);
    let later = "identifying problem areas in working together where there is a lack of clarity";
    let earlier = "avoiding professional disputes that put children at risk";
    select(&mut draft, later, Slot::Purpose).unwrap();
    assert_eq!(
        select(&mut draft, earlier, Slot::Purpose).unwrap(),
        "purpose[0]"
    );
    assert_eq!(draft.policy.purpose[1].text, later);
    assert_eq!(
        select(&mut draft, earlier, Slot::Purpose),
        Err("Those words are in that list already.".into())
    );
}

#[test]
fn removing_a_stage_renumbers_the_rest() {
    let mut draft = white_rock();
    draft.apply(Edit::Remove("stages[0]".into())).unwrap();
    let numbers: Vec<u32> = draft.policy.stages.iter().map(|s| s.number).collect();
    assert_eq!(numbers, [1, 2]);
    assert_eq!(draft.policy.stages[0].title, "Manager : Manager");
    assert!(draft.apply(Edit::Remove("stages[7]".into())).is_err());
}

#[test]
fn a_summary_is_labelled_and_keeps_the_words_but_not_for_what_people_act_on() {
    let mut draft = white_rock();
    draft
        .apply(Edit::Summarise {
            object: "purpose[0]".into(),
            summary: "Sort disagreements out quickly".into(),
        })
        .unwrap();
    let purpose = &draft.policy.purpose[0];
    assert_eq!(purpose.text, "Sort disagreements out quickly");
    assert_eq!(
        purpose.quote.as_deref(),
        Some("resolving the difficulties within and between agencies quickly and openly")
    );
    assert_eq!(draft.problems(), []);
    // An empty summary puts the document's words back.
    draft
        .apply(Edit::Summarise {
            object: "purpose[0]".into(),
            summary: " ".into(),
        })
        .unwrap();
    assert_eq!(draft.policy.purpose[0].quote, None);
    let refused = draft.apply(Edit::Summarise {
        object: "stages[0].who[0]".into(),
        summary: "The two of you".into(),
    });
    assert!(refused.unwrap_err().contains("policy's own words"));
    let refused = draft.apply(Edit::Summarise {
        object: "immediate_danger.guidance[0]".into(),
        summary: "Act".into(),
    });
    assert!(refused.is_err());
}

#[test]
fn a_timescale_takes_its_days_from_the_words_selected() {
    assert_eq!(
        working_days_in("Within 5 working days of the start"),
        Some(5)
    );
    assert_eq!(working_days_in("within one working day"), Some(1));
    assert_eq!(working_days_in("(e.g within two working days"), Some(2));
    assert_eq!(working_days_in("within specified timescales"), None);
    let text = format!(
        "{WHITE_ROCK}\n\nStage 4\n\nA reply is due within 10 working days of the referral.\n"
    );
    let mut draft = Draft::new(&text);
    select(&mut draft, "Refer via TSCP", Slot::NewStage).unwrap();
    let refused = select(
        &mut draft,
        "the matter should be resolved within specified timescales",
        Slot::Stage(1, StagePart::Timescale),
    );
    assert!(refused.unwrap_err().contains("number of working days"));
    select(
        &mut draft,
        "within 10 working days of the referral",
        Slot::Stage(1, StagePart::Timescale),
    )
    .unwrap();
    let timescale = &draft.policy.stages[0].timescales[0];
    assert_eq!(timescale.working_days, 10);
    assert_eq!(timescale.source.section, "Stage 4");
    // A figure changed by hand no longer matches the words: a problem.
    draft.policy.stages[0].timescales[0].working_days = 12;
    let problems = draft.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.path == "stages[0].timescales[0].quote"
                && p.message.contains("do not give 12 working days"))
    );
}

#[test]
fn a_bad_id_is_refused_and_the_draft_kept() {
    let mut draft = white_rock();
    let before = draft.clone();
    assert!(
        draft
            .apply(Edit::Set(Field::Id, "White Rock!".into()))
            .unwrap_err()
            .contains("not a valid id")
    );
    assert_eq!(draft, before);
    assert!(
        draft
            .apply(Edit::Use {
                document: "white-rock-studio".into(),
                selection: 5..1_000_000,
                slot: Slot::Purpose
            })
            .is_err()
    );
    assert_eq!(draft, before);
}

#[test]
fn each_built_in_policy_opens_as_a_draft_with_no_problems() {
    for policy in escalation_core::built_in_policies() {
        assert_eq!(built_in(policy.id.as_str()).problems(), [], "{}", policy.id);
    }
}

#[test]
fn a_policy_file_opens_to_change_and_a_broken_one_is_refused_with_its_reason() {
    let draft = white_rock();
    let opened = Draft::open(draft.file().as_bytes(), &draft.documents).unwrap();
    assert_eq!(opened, draft);
    // Without its document, the draft names it and the check says it is missing.
    let alone = Draft::open(draft.file().as_bytes(), &[]).unwrap();
    assert_eq!(alone.missing_document().unwrap().id, "white-rock-studio");
    assert!(
        alone
            .problems()
            .iter()
            .any(|p| p.message.contains("is not open"))
    );
    // A file with rule problems still opens: they are the draft's to fix.
    let mut broken_rules = draft.policy.clone();
    broken_rules.stages.clear();
    let text = serde_json::to_string(&broken_rules).unwrap();
    let opened = Draft::open(text.as_bytes(), &draft.documents).unwrap();
    assert!(opened.problems().iter().any(|p| p.path == "stages"));
    // Broken JSON, another shape or bytes that are not text are refused.
    let refused = Draft::open(b"{\"id\": \"x\", \"title\": ", &[]).unwrap_err();
    assert!(refused.contains("line 1"), "{refused}");
    assert!(
        Draft::open(b"[1, 2]", &[])
            .unwrap_err()
            .contains("JSON object")
    );
    assert!(
        Draft::open(&[0xff, 0xfe, 0x00], &[])
            .unwrap_err()
            .contains("UTF-8")
    );
}

#[test]
fn a_kept_draft_reads_back_and_anything_else_does_not() {
    let draft = white_rock();
    assert_eq!(Draft::from_kept(&draft.kept()), Some(draft.clone()));
    assert_eq!(Draft::from_kept("{}"), None);
    assert_eq!(
        Draft::from_kept(&draft.kept().replace("\"version\":1", "\"version\":9")),
        None
    );
    assert_eq!(Draft::from_kept("not json"), None);
}

fn built_in(id: &str) -> Draft {
    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies/sources");
    let policy = escalation_core::built_in_policy(id).unwrap().clone();
    let documents = policy
        .sources
        .iter()
        .filter_map(|source| {
            let text = std::fs::read_to_string(sources.join(format!("{}.txt", source.id))).ok()?;
            Some(escalation_core::studio::SourceText {
                id: source.id.clone(),
                text,
            })
        })
        .collect();
    Draft { policy, documents }
}

#[test]
fn removing_a_stage_moves_every_reference_to_the_stages_after_it() {
    for id in [
        "pan-berkshire-2026",
        "berkshire-lscb-2017",
        "bedfordshire-luton-2018",
    ] {
        for removed in 0..built_in(id).policy.stages.len() {
            let before = built_in(id);
            let mut draft = before.clone();
            draft
                .apply(Edit::Remove(format!("stages[{removed}]")))
                .unwrap();
            assert_eq!(draft.problems(), [], "{id} without stage {}", removed + 1);
            // Each role still names the same stages, by their titles.
            let titles = |draft: &Draft, numbers: &[u32]| -> Vec<String> {
                numbers
                    .iter()
                    .map(|n| draft.policy.stage(*n).unwrap().title.clone())
                    .collect()
            };
            for (old, new) in before
                .policy
                .contact_roles
                .iter()
                .zip(&draft.policy.contact_roles)
            {
                let kept: Vec<u32> = old
                    .stages
                    .iter()
                    .copied()
                    .filter(|n| *n != removed as u32 + 1)
                    .collect();
                assert_eq!(
                    titles(&before, &kept),
                    titles(&draft, &new.stages),
                    "{id} {}",
                    old.id
                );
            }
        }
    }
}

#[test]
fn the_id_cannot_take_another_documents_name() {
    let mut draft = built_in("pan-berkshire-2026");
    let before = draft.clone();
    let refused = draft
        .apply(Edit::Set(Field::Id, "berkshire-lscb-2017".into()))
        .unwrap_err();
    assert!(refused.contains("another document"), "{refused}");
    assert_eq!(draft, before);
}

#[test]
fn a_file_too_large_for_the_widget_is_a_problem() {
    let mut draft = white_rock();
    let item = draft.policy.purpose[0].clone();
    draft.policy.principles = vec![item; 6_000];
    assert!(draft.file().len() > escalation_core::policy::MAX_POLICY_FILE_BYTES);
    assert!(
        draft
            .problems()
            .iter()
            .any(|p| p.message.contains("at most"))
    );
}

#[test]
fn invisible_characters_in_the_document_are_left_out_of_a_quote() {
    let text = WHITE_ROCK.replace("Initial attempts", "Ini\u{00AD}tial\u{200B} attempts");
    let mut draft = Draft::new(&text);
    select(&mut draft, "Professional : Professional", Slot::NewStage).unwrap();
    let start = text.find("Ini\u{00AD}tial").unwrap();
    let end = text[start..].find("level.").unwrap() + start + "level.".len();
    draft
        .apply(Edit::Use {
            document: draft.documents[0].id.clone(),
            selection: start..end,
            slot: Slot::Stage(1, StagePart::Actions),
        })
        .unwrap();
    assert_eq!(
        draft.policy.stages[0].actions[0].text,
        "Initial attempts should be taken to resolve the problem at the lowest possible level."
    );
    assert!(
        draft
            .problems()
            .iter()
            .all(|p| !p.path.starts_with("stages[0].actions"))
    );
}

#[test]
fn an_area_gets_its_examples_from_the_document() {
    let mut draft = white_rock();
    let object = select(&mut draft, "The need for action", Slot::AreaExample(0)).unwrap();
    assert_eq!(object, "areas[0].examples[0]");
    assert_eq!(
        draft.policy.areas[0].examples[0].text,
        "The need for action"
    );
    assert_eq!(draft.problems(), []);
    assert!(!Draft::can_summarise("areas[0].examples[0]"));
}

#[test]
fn an_areas_example_and_another_routes_step_can_be_taken_out() {
    let mut draft = built_in("bedfordshire-luton-2018");
    let (area, _) = draft
        .policy
        .areas
        .iter()
        .enumerate()
        .find(|(_, a)| !a.examples.is_empty())
        .unwrap();
    let count = draft.policy.areas[area].examples.len();
    draft
        .apply(Edit::Remove(format!("areas[{area}].examples[0]")))
        .unwrap();
    assert_eq!(draft.policy.areas[area].examples.len(), count - 1);
    let steps = draft.policy.scope.other_routes[0].steps.len();
    draft
        .apply(Edit::Remove("scope.other_routes[0].steps[0]".into()))
        .unwrap();
    assert_eq!(draft.policy.scope.other_routes[0].steps.len(), steps - 1);
}

#[test]
fn a_time_note_quotes_the_policy_and_carries_the_authors_note() {
    use escalation_core::policy::TimeNoteKind;
    let mut draft = white_rock();
    let object = select(
        &mut draft,
        "In all cases, the matter should be resolved within specified timescales",
        Slot::TimeNote,
    )
    .unwrap();
    assert_eq!(object, "time_notes[0]");
    assert!(
        draft
            .problems()
            .iter()
            .any(|p| p.path == "time_notes[0].text"),
        "the note's words are the author's to give"
    );
    draft
        .apply(Edit::SetNoteText(
            0,
            "The policy says timescales are specified, but does not give them.".into(),
        ))
        .unwrap();
    draft
        .apply(Edit::SetNoteKind(0, TimeNoteKind::Unspecified))
        .unwrap();
    assert_eq!(draft.problems(), []);
    let policy = load_policy(draft.file().as_bytes()).unwrap();
    assert_eq!(policy.time_notes[0].kind, TimeNoteKind::Unspecified);
    assert_eq!(
        policy.time_notes[0].quote,
        "In all cases, the matter should be resolved within specified timescales"
    );
    select(&mut draft, "Effective working together depends on an open approach and honest relationships between agencies.", Slot::RespectfulUncertainty).unwrap();
    assert_eq!(draft.problems(), []);
    assert!(Draft::can_summarise("self_check.respectful_uncertainty[0]"));
}
