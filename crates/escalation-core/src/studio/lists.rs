//! The lists a draft's edits reach by path, and the small rules they
//! share: where a new statement goes in a list, a summary's two fields,
//! ids made from words, a document renamed.

use crate::fidelity;
use crate::policy::{Policy, SourcedText};

use super::document::Document;

pub(super) fn gone() -> String {
    "That item is no longer in the draft.".into()
}

/// (text, quote) for a summary of `words`; an empty summary gives the
/// words back.
pub(super) fn with_summary(words: String, summary: &str) -> (String, Option<String>) {
    if summary.is_empty() {
        (words, None)
    } else {
        (summary.to_string(), Some(words))
    }
}

/// "stages[2].who[1]" as ("stages[2].who", 1).
pub(super) fn split_index(object: &str) -> Option<(&str, usize)> {
    let inner = object.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    Some((&inner[..open], inner[open + 1..].parse().ok()?))
}

/// The lists whose statements may carry the author's summary: what
/// people act on (stages, the self-check questions, the emergency route)
/// stays in the policy's words.
pub(super) fn summarisable(list: &str) -> bool {
    !list.starts_with("stages[")
        && !list.starts_with("immediate_danger")
        && list != "self_check.questions"
}

/// The lists of statements outside the stages.
pub(super) const TOP_LISTS: [&str; 14] = [
    "purpose",
    "principles",
    "scope.applies_when",
    "preparation",
    "self_check.when",
    "self_check.questions",
    "self_check.respectful_uncertainty",
    "immediate_danger.guidance",
    "immediate_danger.skipping_stages",
    "after.written_confirmation",
    "after.lessons",
    "after.policy_gaps",
    "after.case_review",
    "after.end_of_process",
];

/// A list of statements by its path in the file.
pub(super) fn sourced_list<'p>(
    policy: &'p mut Policy,
    path: &str,
) -> Option<&'p mut Vec<SourcedText>> {
    // An area's examples, and another route's steps.
    for (prefix, field) in [("areas[", "].examples"), ("scope.other_routes[", "].steps")] {
        if let Some(index) = path
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(field))
            .and_then(|index| index.parse::<usize>().ok())
        {
            return if prefix == "areas[" {
                policy.areas.get_mut(index).map(|area| &mut area.examples)
            } else {
                policy
                    .scope
                    .other_routes
                    .get_mut(index)
                    .map(|route| &mut route.steps)
            };
        }
    }
    if let Some((stage, field)) = path
        .strip_prefix("stages[")
        .and_then(|rest| rest.split_once("]."))
    {
        let stage = policy.stages.get_mut(stage.parse::<usize>().ok()?)?;
        return match field {
            "who" => Some(&mut stage.who),
            "actions" => Some(&mut stage.actions),
            "must_tell" => Some(&mut stage.must_tell),
            "may_tell" => Some(&mut stage.may_tell),
            "record" => Some(&mut stage.record),
            _ => None,
        };
    }
    Some(match path {
        "purpose" => &mut policy.purpose,
        "principles" => &mut policy.principles,
        "scope.applies_when" => &mut policy.scope.applies_when,
        "preparation" => &mut policy.preparation,
        "self_check.when" => &mut policy.self_check.when,
        "self_check.questions" => &mut policy.self_check.questions,
        "self_check.respectful_uncertainty" => &mut policy.self_check.respectful_uncertainty,
        "immediate_danger.guidance" => &mut policy.immediate_danger.guidance,
        "immediate_danger.skipping_stages" => &mut policy.immediate_danger.skipping_stages,
        "after.written_confirmation" => &mut policy.after.written_confirmation,
        "after.lessons" => &mut policy.after.lessons,
        "after.policy_gaps" => &mut policy.after.policy_gaps,
        "after.case_review" => &mut policy.after.case_review,
        "after.end_of_process" => &mut policy.after.end_of_process,
        _ => return None,
    })
}

/// Put `item` (selected at byte `at` of `document`) where the document
/// has it among the list's statements from the same document; refuse it
/// if the list has it already.
pub(super) fn insert_in_order(
    list: &mut Vec<SourcedText>,
    item: SourcedText,
    document: &Document,
    at: usize,
) -> Result<usize, String> {
    let passage = |other: &SourcedText| other.quote.clone().unwrap_or_else(|| other.text.clone());
    if list
        .iter()
        .any(|other| fidelity::normalise(&passage(other)) == fidelity::normalise(&item.text))
    {
        return Err("Those words are in that list already.".into());
    }
    let index = list
        .iter()
        .position(|other| {
            other.source.document == item.source.document
                && document
                    .locate_in(&passage(other), &other.source.section)
                    .is_some_and(|(found, _)| found.start > at)
        })
        .unwrap_or(list.len());
    list.insert(index, item);
    Ok(index)
}

/// After stage `removed` is taken out: the stages numbered 1, 2, 3… again,
/// and every reference to a stage after it moved down one. What named only
/// the removed stage (a time note, a gap) goes with it; a deadline that
/// covered from it now covers from the stage that took its place.
pub(super) fn renumber_stages(policy: &mut Policy, removed: u32) {
    let shift = |stages: &mut Vec<u32>| {
        stages.retain(|n| *n != removed);
        for n in stages.iter_mut().filter(|n| **n > removed) {
            *n -= 1;
        }
    };
    for (index, stage) in policy.stages.iter_mut().enumerate() {
        stage.number = index as u32 + 1;
        for timescale in &mut stage.timescales {
            if let Some(from) = timescale.covers_from.as_mut()
                && *from > removed
            {
                *from -= 1;
            }
        }
    }
    policy
        .time_notes
        .retain(|note| note.stages.is_empty() || note.stages.iter().any(|n| *n != removed));
    policy
        .gaps
        .retain(|gap| gap.stages.is_empty() || gap.stages.iter().any(|n| *n != removed));
    for note in &mut policy.time_notes {
        shift(&mut note.stages);
    }
    for gap in &mut policy.gaps {
        shift(&mut gap.stages);
    }
    for role in &mut policy.contact_roles {
        shift(&mut role.stages);
    }
}

pub(super) fn stage_index(policy: &Policy, number: u32) -> Result<usize, String> {
    policy
        .stages
        .iter()
        .position(|stage| stage.number == number)
        .ok_or_else(|| format!("There is no stage {number} yet: start it first."))
}

/// Every reference to document `old` now names `new`.
pub(super) fn rename_document(policy: &mut Policy, old: &str, new: &str) {
    let mut value = serde_json::to_value(&*policy).unwrap_or_default();
    rename_in(&mut value, old, new);
    if let Ok(renamed) = serde_json::from_value(value) {
        *policy = renamed;
    }
}

pub(super) fn rename_in(value: &mut serde_json::Value, old: &str, new: &str) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if key == "document" && inner.as_str() == Some(old) {
                    *inner = new.into();
                } else {
                    rename_in(inner, old, new);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for inner in items {
                rename_in(inner, old, new);
            }
        }
        _ => {}
    }
}

/// Lower-case letters, digits and hyphens from `text`'s first words.
pub(super) fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(6)
        .map(str::to_ascii_lowercase)
        .collect();
    match words.join("-") {
        empty if empty.is_empty() => "item".to_string(),
        slug => slug
            .chars()
            .take(48)
            .collect::<String>()
            .trim_end_matches('-')
            .to_string(),
    }
}

/// `base`, or `base-2`, `base-3`… whichever `taken` does not have.
pub(super) fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}
