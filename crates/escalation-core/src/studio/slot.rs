//! What a selected passage can become in the studio ("Use it as"), and the
//! names of a policy file's parts in an author's words.

use crate::policy::Policy;

/// A list of statements a passage can join, or a field it can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Title,
    AreaCovered,
    Purpose,
    Principle,
    DisagreementArea,
    AppliesWhen,
    Preparation,
    SelfCheckWhen,
    SelfCheckQuestion,
    RespectfulUncertainty,
    Emergency,
    SkippingStages,
    /// Starts the next stage, the passage its title.
    NewStage,
    /// A part of stage `n` (numbered from 1).
    Stage(u32, StagePart),
    WrittenConfirmation,
    Lessons,
    PolicyGaps,
    CaseReview,
    EndOfProcess,
    GlossaryTerm,
    /// The meaning of glossary entry `i` (from 0).
    GlossaryMeaning(usize),
    /// An example of a disagreement in area `i` (from 0).
    AreaExample(usize),
    ContactRole,
    Gap,
    /// What the policy says about time without a working-day figure.
    TimeNote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StagePart {
    Who,
    Actions,
    Timescale,
    MustTell,
    MayTell,
    Record,
}

impl StagePart {
    pub const ALL: [StagePart; 6] = [
        StagePart::Who,
        StagePart::Actions,
        StagePart::Timescale,
        StagePart::MustTell,
        StagePart::MayTell,
        StagePart::Record,
    ];

    /// The field in the policy file.
    pub fn field(self) -> &'static str {
        match self {
            StagePart::Who => "who",
            StagePart::Actions => "actions",
            StagePart::Timescale => "timescales",
            StagePart::MustTell => "must_tell",
            StagePart::MayTell => "may_tell",
            StagePart::Record => "record",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StagePart::Who => "who is involved",
            StagePart::Actions => "what to do",
            StagePart::Timescale => "a timescale (the words must give the number of working days)",
            StagePart::MustTell => "whom to tell",
            StagePart::MayTell => "whom they may tell",
            StagePart::Record => "what to record",
        }
    }
}

/// The plain lists of statements, with their place in the file and their
/// name for an author, in file order.
const LISTS: [(Slot, &str, &str); 16] = [
    (Slot::Purpose, "purpose", "What the policy is for"),
    (Slot::Principle, "principles", "Principles"),
    (Slot::DisagreementArea, "areas", "Where disagreements arise"),
    (
        Slot::AppliesWhen,
        "scope.applies_when",
        "When the policy applies",
    ),
    (Slot::Preparation, "preparation", "Before escalating"),
    (
        Slot::SelfCheckWhen,
        "self_check.when",
        "When to check your own view",
    ),
    (
        Slot::SelfCheckQuestion,
        "self_check.questions",
        "Self-check questions",
    ),
    (
        Slot::RespectfulUncertainty,
        "self_check.respectful_uncertainty",
        "Respectful uncertainty",
    ),
    (
        Slot::Emergency,
        "immediate_danger.guidance",
        "If a child is in immediate danger",
    ),
    (
        Slot::SkippingStages,
        "immediate_danger.skipping_stages",
        "Skipping stages",
    ),
    (
        Slot::WrittenConfirmation,
        "after.written_confirmation",
        "After: written confirmation",
    ),
    (Slot::Lessons, "after.lessons", "After: lessons learned"),
    (
        Slot::PolicyGaps,
        "after.policy_gaps",
        "After: gaps in policies and procedures",
    ),
    (Slot::CaseReview, "after.case_review", "After: case reviews"),
    (
        Slot::EndOfProcess,
        "after.end_of_process",
        "After: the end of the process",
    ),
    (Slot::GlossaryTerm, "glossary", "Glossary"),
];

impl Slot {
    /// What a passage can become in `policy` as it stands, in the order
    /// the studio offers them.
    pub fn available(policy: &Policy) -> Vec<Slot> {
        let mut out = vec![Slot::Title, Slot::AreaCovered];
        out.extend(LISTS[..10].iter().map(|(slot, _, _)| *slot));
        out.extend((0..policy.areas.len()).map(Slot::AreaExample));
        out.push(Slot::NewStage);
        for stage in &policy.stages {
            out.extend(
                StagePart::ALL
                    .iter()
                    .map(|part| Slot::Stage(stage.number, *part)),
            );
        }
        out.extend(LISTS[10..].iter().map(|(slot, _, _)| *slot));
        out.extend(
            policy
                .glossary
                .iter()
                .enumerate()
                .filter(|(_, entry)| entry.meaning.is_empty())
                .map(|(index, _)| Slot::GlossaryMeaning(index)),
        );
        out.push(Slot::TimeNote);
        out.push(Slot::ContactRole);
        out.push(Slot::Gap);
        out
    }

    /// Its value in a form's select: "purpose", "stage-2-who"…
    pub fn value(self) -> String {
        match self {
            Slot::Title => "title".into(),
            Slot::AreaCovered => "area".into(),
            Slot::NewStage => "new-stage".into(),
            Slot::Stage(n, part) => format!("stage-{n}-{}", part.field()),
            Slot::GlossaryMeaning(i) => format!("glossary-meaning-{i}"),
            Slot::AreaExample(i) => format!("areas[{i}].examples"),
            Slot::ContactRole => "contact-role".into(),
            Slot::Gap => "gap".into(),
            Slot::TimeNote => "time-note".into(),
            list => LISTS
                .iter()
                .find(|(slot, _, _)| *slot == list)
                .map(|(_, path, _)| path.to_string())
                .unwrap_or_default(),
        }
    }

    pub fn parse(value: &str, policy: &Policy) -> Option<Slot> {
        Slot::available(policy)
            .into_iter()
            .find(|slot| slot.value() == value)
    }

    /// What the author reads in the select.
    pub fn label(self, policy: &Policy) -> String {
        match self {
            Slot::Title => "The policy's title".into(),
            Slot::AreaCovered => "The area the policy covers".into(),
            Slot::NewStage => format!(
                "A new stage: stage {}, these words its title",
                policy.stages.len() + 1
            ),
            Slot::Stage(n, part) => format!("Stage {n}: {}", part.label()),
            Slot::GlossaryTerm => "A glossary term (then select its meaning)".into(),
            Slot::GlossaryMeaning(i) => format!(
                "The meaning of \u{201c}{}\u{201d}",
                policy.glossary.get(i).map_or("", |e| e.term.as_str())
            ),
            Slot::AreaExample(i) => format!(
                "An example of a disagreement about \u{201c}{}\u{201d}",
                policy.areas.get(i).map_or("", |a| a.title.as_str())
            ),
            Slot::ContactRole => "When to contact a role (then name the role)".into(),
            Slot::Gap => "Something the policy does not say (then say what)".into(),
            Slot::TimeNote => {
                "What the policy says about time without a number of working days (then say what)"
                    .into()
            }
            list => LISTS
                .iter()
                .find(|(slot, _, _)| *slot == list)
                .map(|(_, _, label)| label.to_string())
                .unwrap_or_default(),
        }
    }

    /// The path of the list this slot adds to, for the plain lists.
    pub(super) fn list_path(self) -> Option<&'static str> {
        LISTS
            .iter()
            .find(|(slot, _, _)| *slot == self)
            .map(|(_, path, _)| *path)
    }
}

/// A place in a policy file in an author's words: "stages[1].who[0].text"
/// is "Stage 2, who is involved, item 1".
pub fn part_in_words(path: &str) -> String {
    let named = |field: &str| -> Option<String> {
        match field {
            "" => Some("The file".into()),
            "id" => Some("The policy's id".into()),
            "title" => Some("The policy's title".into()),
            "area" => Some("The area the policy covers".into()),
            "issued" | "updated" => Some("The policy's date".into()),
            "sources" => Some("The document".into()),
            "stages" => Some("Stages".into()),
            "contact_roles" => Some("Contact roles".into()),
            "gaps" => Some("What the policy does not say".into()),
            "time_notes" => Some("Timing".into()),
            _ => LISTS
                .iter()
                .find(|(_, list, _)| *list == field)
                .map(|(_, _, label)| label.to_string()),
        }
    };
    if path.starts_with("sources[") && path.ends_with(".title") {
        return "The document's title".into();
    }
    if path.starts_with("status") {
        return "The policy's status".into();
    }
    // The longest known list, then its item and any stage part.
    let mut words = Vec::new();
    let mut rest;
    if let Some(after) = path.strip_prefix("stages[") {
        let (index, tail) = after.split_once(']').unwrap_or((after, ""));
        let number = index.parse::<usize>().map_or(0, |i| i + 1);
        words.push(format!("Stage {number}"));
        rest = tail.trim_start_matches('.');
        if let Some(part) = StagePart::ALL
            .iter()
            .find(|part| rest.starts_with(part.field()))
        {
            let label = part.label();
            words.push(label.split(" (").next().unwrap_or(label).to_string());
            rest = &rest[part.field().len()..];
        } else if rest.starts_with("title") {
            words.push("its title".into());
            rest = "";
        }
    } else {
        let known = LISTS
            .iter()
            .map(|(_, list, _)| *list)
            .filter(|list| {
                path.strip_prefix(list)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['[', '.']))
            })
            .max_by_key(|list| list.len());
        let list = match known {
            Some(list) => list,
            None if path.starts_with("sources") => "sources",
            None => path.split(['.', '[']).next().unwrap_or(path),
        };
        words.push(named(list).unwrap_or_else(|| list.to_string()));
        rest = &path[list.len()..];
    }
    if let Some(after) = rest.strip_prefix('[') {
        let index = after.split(']').next().unwrap_or("");
        if let Ok(index) = index.parse::<usize>() {
            words.push(format!("item {}", index + 1));
        }
    }
    words.join(", ")
}

/// The id of the element on the studio's page where the problem at `path`
/// in `policy` is put right: a typed field, the item the path is in (the
/// innermost place the page shows as an item), or, for a list that needs
/// an item, the "Use it as" choice.
pub fn element_id(path: &str, policy: &Policy) -> String {
    let field = match path {
        "id" => Some("policy-id"),
        "title" => Some("policy-title"),
        "area" => Some("policy-area"),
        "issued" | "updated" => Some("policy-issued"),
        "division" => Some("policy-division"),
        _ if path.starts_with("status") => Some("policy-status"),
        _ if path.starts_with("sources") => Some("source-title"),
        _ => None,
    };
    if let Some(field) = field {
        return field.to_string();
    }
    // A stage's list that needs an item: add one.
    let rest = path.rsplit_once(']').map_or("", |(_, rest)| rest);
    if StagePart::ALL
        .iter()
        .any(|part| rest.strip_prefix('.') == Some(part.field()))
    {
        return "use-as".to_string();
    }
    let items: Vec<String> = crate::fidelity::statements(policy)
        .into_iter()
        .map(|statement| statement.object)
        .collect();
    path.match_indices(']')
        .map(|(end, _)| &path[..=end])
        .rfind(|object| items.iter().any(|item| item == object))
        .map_or_else(|| "use-as".to_string(), item_id)
}

/// The id of the element that shows the item at `object` ("stages[0].who[1]"
/// is "item-stages-0-who-1").
pub fn item_id(object: &str) -> String {
    let mut id = String::from("item-");
    for c in object.chars() {
        match c {
            '[' | '.' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_reads_back_from_its_value() {
        let policy = crate::built_in_policy("pan-berkshire-2026").unwrap();
        let slots = Slot::available(policy);
        assert!(slots.contains(&Slot::Stage(4, StagePart::Timescale)));
        for slot in slots {
            assert_eq!(Slot::parse(&slot.value(), policy), Some(slot));
            assert!(!slot.label(policy).is_empty(), "{slot:?}");
        }
        assert_eq!(Slot::parse("stage-9-who", policy), None);
    }

    #[test]
    fn each_problem_links_to_where_it_is_put_right() {
        let policy = crate::built_in_policy("pan-berkshire-2026").unwrap();
        let link = |path: &str| element_id(path, policy);
        assert_eq!(link("stages[1].who[0].text"), "item-stages-1-who-0");
        assert_eq!(link("stages[1].title"), "item-stages-1");
        assert_eq!(link("stages[1].who"), "use-as");
        assert_eq!(link("purpose"), "use-as");
        assert_eq!(link("title"), "policy-title");
        assert_eq!(link("sources[0].title"), "source-title");
        assert_eq!(link("contact_roles[0].stages[0]"), "item-contact_roles-0");
        assert_eq!(link("areas[0].examples[0].text"), "item-areas-0-examples-0");
        assert_eq!(
            link("stages[0].timescales[0].working_days"),
            "item-stages-0-timescales-0"
        );
    }

    #[test]
    fn paths_in_an_authors_words() {
        assert_eq!(
            part_in_words("stages[1].who[0].text"),
            "Stage 2, who is involved, item 1"
        );
        assert_eq!(
            part_in_words("stages[0].timescales[0].quote"),
            "Stage 1, a timescale, item 1"
        );
        assert_eq!(part_in_words("stages[2].title"), "Stage 3, its title");
        assert_eq!(
            part_in_words("immediate_danger.guidance"),
            "If a child is in immediate danger"
        );
        assert_eq!(
            part_in_words("self_check.questions[3].text"),
            "Self-check questions, item 4"
        );
        assert_eq!(part_in_words("id"), "The policy's id");
        assert_eq!(part_in_words("sources[0].title"), "The document's title");
        assert_eq!(part_in_words("purpose"), "What the policy is for");
    }
}
