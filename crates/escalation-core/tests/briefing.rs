//! Training mode: the 7-minute briefing, its handout and its scenarios are
//! built from each policy's data, cite their sources and say about time only
//! what the policy says.

use escalation_core::briefing::{Cite, PROMPTS, Part, Point, Section, Voice};
use escalation_core::journey::PartMove;
use escalation_core::policy::TimeNoteKind;
use escalation_core::{
    Action, Journey, Page, Policy, PolicyShape, built_in_policies, built_in_policy,
};

fn everything(policy: &Policy) -> Vec<Point> {
    let mut points: Vec<Point> = policy
        .briefing()
        .iter()
        .flat_map(|part| part.points().cloned().collect::<Vec<_>>())
        .collect();
    points.extend(policy.handout().into_iter().flat_map(|s| s.points));
    points.extend(policy.scenario_reveal().into_iter().flat_map(|s| s.points));
    for scenario in policy.scenarios() {
        points.push(scenario.situation);
        points.push(scenario.area);
    }
    points
}

fn part(policy: &Policy, number: u8) -> Part {
    policy
        .briefing()
        .into_iter()
        .find(|part| part.number == number)
        .unwrap_or_else(|| panic!("{}: no part {number}", policy.id))
}

/// What each point says: its text, and the policy's words a summary carries.
fn texts(points: impl IntoIterator<Item = Point>) -> Vec<String> {
    points
        .into_iter()
        .flat_map(|point| [Some(point.text), point.quote])
        .flatten()
        .collect()
}

#[test]
fn every_built_in_policy_has_seven_parts_in_order_that_take_seven_minutes() {
    for policy in built_in_policies() {
        let parts = policy.briefing();
        assert_eq!(parts[0].counter(), "Part 1 of 7");
        assert_eq!(parts[6].counter(), "Part 7 of 7");
        for part in parts.iter() {
            assert!(
                part.sections
                    .iter()
                    .all(|section| !section.points.is_empty()),
                "{} part {}: a section with nothing in it",
                policy.id,
                part.number
            );
            assert!(
                !part.say.is_empty(),
                "{} part {}: no facilitator notes",
                policy.id,
                part.number
            );
        }
        assert_eq!(parts.iter().map(|part| part.seconds).sum::<u32>(), 420);
    }
}

#[test]
fn every_part_cites_the_policy_and_every_statement_has_its_source() {
    for policy in built_in_policies() {
        for part in policy.briefing() {
            assert!(
                part.points().any(|point| point.cite.is_some()),
                "{} part {} cites no source",
                policy.id,
                part.number
            );
        }
        for point in everything(policy) {
            match (&point.voice, &point.cite) {
                (Voice::Summary | Voice::Quote, None) => {
                    panic!("{}: “{}” has no source", policy.id, point.text)
                }
                (_, Some(Cite::Section(source))) => assert!(
                    policy.source_document(&source.document).is_some(),
                    "{}: “{}” cites a document the policy does not list: {}",
                    policy.id,
                    point.text,
                    source.document
                ),
                (_, Some(Cite::Document(id))) => assert!(
                    policy.source_document(id).is_some(),
                    "{}: cites a document it does not list: {id}",
                    policy.id
                ),
                (Voice::Silence | Voice::Guide | Voice::Note, None) => {}
            }
            if point.voice == Voice::Silence {
                assert!(
                    point.text.contains(&policy.title),
                    "silence names the policy: {}",
                    point.text
                );
            }
        }
    }
}

const NUMBERS: [&str; 11] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
];

/// Every "N working days", "N hours" or "working week" in the briefing,
/// handout or scenarios is one the policy itself uses about time.
#[test]
fn nothing_says_more_about_time_than_the_policy() {
    for policy in built_in_policies() {
        let mut said = String::new();
        for stage in &policy.stages {
            for timescale in &stage.timescales {
                for quote in timescale.quotes() {
                    said.push_str(&quote.to_lowercase());
                    said.push('\n');
                }
            }
        }
        for note in &policy.time_notes {
            said.push_str(&format!("{}\n{}\n", note.text, note.quote).to_lowercase());
        }
        let notes = policy.briefing().into_iter().flat_map(|part| part.say);
        let lines = everything(policy)
            .into_iter()
            .map(|point| point.text)
            .chain(notes);
        for line in lines {
            let text = line.to_lowercase();
            for marker in ["working day", "working week", "hour"] {
                for (at, _) in text.match_indices(marker) {
                    let before = text[..at].trim_end();
                    let word = before.rsplit([' ', '(']).next().unwrap_or_default();
                    if !(word.chars().all(|c| c.is_ascii_digit()) || NUMBERS.contains(&word)) {
                        continue;
                    }
                    let phrase = format!("{word} {marker}");
                    assert!(
                        said.contains(&phrase),
                        "{}: “{phrase}” in “{line}” is not something the policy says about time",
                        policy.id,
                    );
                }
            }
            for wrong in ["sets no timescale", "no timescale", "no deadline"] {
                assert!(
                    !text.contains(wrong),
                    "{}: “{line}” says “{wrong}”",
                    policy.id
                );
            }
        }
    }
}

#[test]
fn the_timescales_part_quotes_every_timescale_and_time_note_word_for_word() {
    for policy in built_in_policies() {
        let time = part(policy, 4);
        // The policy's words: a quoted point's text, or the words a summary carries.
        let quotes: Vec<&str> = time
            .points()
            .filter_map(|point| match point.voice {
                Voice::Quote => Some(point.text.as_str()),
                Voice::Summary => point.quote.as_deref(),
                _ => None,
            })
            .collect();
        for stage in &policy.stages {
            for timescale in &stage.timescales {
                for quote in timescale.quotes() {
                    assert!(quotes.contains(&quote), "{}: missing “{quote}”", policy.id);
                }
            }
        }
        for note in &policy.time_notes {
            assert!(
                quotes.contains(&note.quote.as_str()),
                "{}: missing “{}”",
                policy.id,
                note.quote
            );
        }
        let handout: Vec<Section> = policy.handout();
        let handout_time = handout
            .iter()
            .find(|section| section.heading.starts_with("Timescales"))
            .expect("the handout has the timescales");
        assert_eq!(
            handout_time.points,
            policy.time_in_its_words(),
            "the handout and the briefing say the same about time"
        );
    }
}

#[test]
fn each_policy_s_time_reads_as_its_own_words() {
    let pan = built_in_policy("pan-berkshire-2026").unwrap();
    let time = texts(part(pan, 4).points().cloned());
    assert!(time.iter().any(|t| t.starts_with("within 24 hours")));
    assert!(
        time.iter()
            .any(|t| t.contains("within a maximum of 48 hours"))
    );

    let bedfordshire = built_in_policy("bedfordshire-luton-2018").unwrap();
    let part4 = part(bedfordshire, 4);
    let missing = bedfordshire
        .time_notes
        .iter()
        .find(|note| note.kind == TimeNoteKind::MissingTable)
        .expect("Bedfordshire's missing table");
    assert!(part4.points().any(|point| point.text == missing.text));
    assert!(
        part4.points().any(|point| point
            .quote
            .as_deref()
            .is_some_and(|quote| quote.contains("Timescale Required for Resolution"))),
        "names the missing table"
    );
    assert!(
        part4.say.iter().any(|say| say.contains("table")),
        "the facilitator is told to say the table is missing"
    );

    let old = built_in_policy("berkshire-lscb-2017").unwrap();
    let time = texts(part(old, 4).points().cloned());
    assert!(time.iter().any(|t| t.contains("ONE WORKING WEEK")));
    assert!(
        time.iter()
            .any(|t| t.contains("no more than 5 working days"))
    );
    let background = texts(part(old, 1).points().cloned());
    assert!(
        background.iter().any(|t| t.contains("has been superseded")),
        "the superseded policy says so in part 1"
    );

    let white_rock = built_in_policy("white-rock-preschool").unwrap();
    let part4 = part(white_rock, 4);
    assert!(
        part4
            .say
            .iter()
            .any(|say| say.contains("specified timescales"))
    );
}

#[test]
fn the_emergency_route_is_the_policy_s_own_words_in_its_own_order_everywhere() {
    for policy in built_in_policies() {
        let danger = &policy.immediate_danger;
        let route = policy.emergency_points();
        let words: Vec<&str> = route.iter().map(|point| point.text.as_str()).collect();
        let mut expected: Vec<&str> = danger.guidance.iter().map(|i| i.text.as_str()).collect();
        expected.extend(danger.skipping_stages.iter().map(|i| i.text.as_str()));
        let mut words = words.as_slice();
        if danger.guidance.is_empty() {
            assert_eq!(route[0].voice, Voice::Silence, "{}", policy.id);
            words = &words[1..];
        }
        if danger.skipping_stages.is_empty() {
            assert_eq!(route.last().unwrap().voice, Voice::Silence, "{}", policy.id);
            assert!(
                route.last().unwrap().text.contains("skipped"),
                "{}",
                policy.id
            );
            words = &words[..words.len() - 1];
        }
        assert_eq!(words, expected.as_slice(), "{}", policy.id);
        let in_part_6 = &part(policy, 6).sections[0];
        assert_eq!(in_part_6.heading, "In an emergency");
        assert_eq!(in_part_6.points, route, "{}: part 6", policy.id);
        for sections in [policy.handout(), policy.scenario_reveal()] {
            assert!(
                sections.iter().any(|section| section.points == route),
                "{}: the handout and every scenario carry the whole route",
                policy.id
            );
        }
    }
    // White Rock gives no one to call, but does say where to start.
    let white_rock = built_in_policy("white-rock-preschool").unwrap();
    assert!(white_rock.emergency_points().iter().any(|point| {
        point
            .text
            .contains("discretion should be used as to which stage is initiated")
    }));
}

#[test]
fn a_gap_the_policy_leaves_about_its_stages_is_shown_beside_its_time() {
    let pan = built_in_policy("pan-berkshire-2026").unwrap();
    let time = part(pan, 4);
    let unclear = time
        .sections
        .iter()
        .find(|section| section.heading == "What the policy leaves unclear")
        .expect("Pan-Berkshire's 24 hours against its working-day examples");
    assert!(
        unclear
            .points
            .iter()
            .any(|point| point.text.contains("24 hours"))
    );
}

#[test]
fn every_example_of_a_disagreement_is_a_scenario_with_the_policy_s_answer_and_source() {
    for policy in built_in_policies() {
        let examples: usize = policy.areas.iter().map(|area| area.examples.len()).sum();
        let scenarios = policy.scenarios();
        assert_eq!(scenarios.len(), examples, "{}", policy.id);
        assert!(
            examples >= 10,
            "{}: the sources give ten or more",
            policy.id
        );
        for scenario in &scenarios {
            assert!(matches!(scenario.situation.cite, Some(Cite::Section(_))));
            assert!(matches!(scenario.area.cite, Some(Cite::Section(_))));
        }
        let reveal = policy.scenario_reveal();
        for prompt in PROMPTS {
            assert!(
                reveal.iter().any(|section| section.heading == prompt),
                "{}: the reveal answers “{prompt}” from the policy",
                policy.id
            );
        }
        let first = &policy.stages[0];
        assert!(
            reveal[0]
                .points
                .iter()
                .any(|point| point.text == first.title),
            "what to do first is the first stage"
        );
        let by_when = &reveal[1];
        let time = policy.time_at(first.number).unwrap();
        for (_, timescale) in &time.deadlines {
            for quote in timescale.quotes() {
                assert!(by_when.points.iter().any(|point| point.text == quote));
            }
        }
        for note in &time.notes {
            assert!(
                by_when
                    .points
                    .iter()
                    .any(|point| point.quote.as_ref() == Some(&note.quote))
            );
        }
    }
    let scenarios = built_in_policy("bedfordshire-luton-2018")
        .unwrap()
        .scenarios();
    for situation in [
        "Strategy Meeting",
        "Initial Child Protection Conference",
        "feedback",
    ] {
        assert!(
            scenarios
                .iter()
                .any(|scenario| scenario.situation.text.contains(situation)),
            "a scenario about {situation}"
        );
    }
}

#[test]
fn contacts_are_the_policy_s_roles() {
    for policy in built_in_policies() {
        let next = part(policy, 7);
        let contacts = next
            .sections
            .iter()
            .find(|section| section.heading == "Who to contact")
            .expect("who to contact");
        let roles: Vec<&str> = contacts
            .points
            .iter()
            .filter_map(|point| point.role.as_deref())
            .collect();
        let expected: Vec<&str> = policy.contact_roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(roles, expected, "{}", policy.id);
    }
}

#[test]
fn parts_are_pages_that_replace_each_other_and_back_leaves_the_briefing() {
    let policy = built_in_policy("pan-berkshire-2026").unwrap();
    let journey = Journey::new(PolicyShape::of(policy)).reduce(Action::Show(Page::Briefing(1)));
    assert_eq!(journey.page(), Page::Briefing(1));
    assert_eq!(journey.depth(), 2);
    let journey = journey
        .reduce(Action::Show(Page::Briefing(2)))
        .reduce(Action::Show(Page::Briefing(7)));
    assert_eq!(journey.page(), Page::Briefing(7));
    assert_eq!(journey.depth(), 2, "parts replace each other");
    for outside in [0, 8, 200] {
        assert_eq!(
            journey
                .clone()
                .reduce(Action::Show(Page::Briefing(outside))),
            journey,
            "part {outside} does not exist"
        );
    }
    let notes = journey.clone().reduce(Action::Show(Page::FacilitatorNotes));
    assert_eq!(notes.page(), Page::FacilitatorNotes);
    assert_eq!(notes.clone().reduce(Action::Back).page(), Page::Briefing(7));
    assert_eq!(journey.reduce(Action::Back).page(), Page::Start);
    assert_eq!(Page::Briefing(3).step(), None, "not a step of the journey");
}

#[test]
fn each_key_press_moves_on_from_the_part_on_screen() {
    let policy = built_in_policy("white-rock-preschool").unwrap();
    let start = Journey::new(PolicyShape::of(policy));
    assert_eq!(
        start.clone().reduce(Action::MovePart(PartMove::Next)),
        start,
        "no part to move from on the start page"
    );
    let journey = start
        .reduce(Action::Show(Page::Briefing(1)))
        .reduce(Action::MovePart(PartMove::Next))
        .reduce(Action::MovePart(PartMove::Next));
    assert_eq!(journey.page(), Page::Briefing(3), "two presses, two parts");
    let journey = journey.reduce(Action::MovePart(PartMove::Last));
    assert_eq!(journey.page(), Page::Briefing(7));
    let journey = journey.reduce(Action::MovePart(PartMove::Next));
    assert_eq!(
        journey.page(),
        Page::Briefing(7),
        "the last part is the last"
    );
    assert_eq!(journey.depth(), 2);
}
