//! The edits that place a passage, take an item out and summarise one:
//! [`Draft::apply`]'s work, with the lists they reach by path.

use std::ops::Range;

use super::days::working_days_in;
use super::document::Document;
use super::draft::Draft;
use super::slot::{Slot, StagePart};
use crate::fidelity;
use crate::policy::{
    Area, ContactRole, Gap, GlossaryEntry, MAX_TEXT_CHARS, Policy, SourceRef, SourcedText, Stage,
    Timescale,
};

impl Draft {
    pub(super) fn use_passage(
        &mut self,
        document_id: &str,
        selection: Range<usize>,
        slot: Slot,
    ) -> Result<String, String> {
        if selection.is_empty() {
            return Err("Select some words of the document first.".into());
        }
        let document = self
            .document(document_id)
            .ok_or("That document is no longer open.")?;
        if selection.start > selection.end || selection.end > document.text.len() {
            return Err("Select the words again: the selection is outside the document.".into());
        }
        let (quote, section) = document.statement_from(selection.clone());
        if quote.is_empty() {
            return Err("Select some words of the document first.".into());
        }
        if quote.chars().count() > MAX_TEXT_CHARS {
            return Err(format!(
                "That passage is over {MAX_TEXT_CHARS} characters; select less of it."
            ));
        }
        let source = SourceRef {
            document: document_id.to_string(),
            section,
        };
        let at = selection.start;
        let item = SourcedText {
            text: quote.clone(),
            quote: None,
            source: source.clone(),
        };
        let policy = &mut self.policy;
        match slot {
            Slot::Title => {
                policy.title = quote;
                Ok("title".into())
            }
            Slot::AreaCovered => {
                policy.area = quote;
                Ok("area".into())
            }
            Slot::DisagreementArea => {
                let index = policy.areas.len();
                let id = free_id(&slug(&quote), |id| policy.areas.iter().any(|a| a.id == id));
                policy.areas.push(Area {
                    id,
                    title: quote,
                    quote: None,
                    source,
                    examples: Vec::new(),
                });
                Ok(format!("areas[{index}]"))
            }
            Slot::NewStage => {
                let index = policy.stages.len();
                policy.stages.push(Stage {
                    number: index as u32 + 1,
                    title: quote,
                    source,
                    who: Vec::new(),
                    actions: Vec::new(),
                    timescales: Vec::new(),
                    must_tell: Vec::new(),
                    may_tell: Vec::new(),
                    record: Vec::new(),
                });
                Ok(format!("stages[{index}]"))
            }
            Slot::Stage(number, StagePart::Timescale) => {
                let index = stage_index(policy, number)?;
                let days = working_days_in(&quote).ok_or(
                    "Those words do not give a number of working days. Select the words that do, for example \u{201c}within 5 working days\u{201d}.",
                )?;
                let stage = &mut policy.stages[index];
                let t = stage.timescales.len();
                stage.timescales.push(Timescale {
                    what: format!("Stage {number}"),
                    working_days: days,
                    quote,
                    wording: None,
                    covers_from: None,
                    start_not_stated: false,
                    source,
                });
                Ok(format!("stages[{index}].timescales[{t}]"))
            }
            Slot::Stage(number, part) => {
                let index = stage_index(policy, number)?;
                let path = format!("stages[{index}].{}", part.field());
                let list = sourced_list(policy, &path).ok_or_else(gone)?;
                insert_in_order(list, item, &document, at).map(|i| format!("{path}[{i}]"))
            }
            Slot::GlossaryTerm => {
                let index = policy.glossary.len();
                policy.glossary.push(GlossaryEntry {
                    term: quote,
                    meaning: String::new(),
                    source,
                });
                Ok(format!("glossary[{index}]"))
            }
            Slot::GlossaryMeaning(index) => {
                let entry = policy.glossary.get_mut(index).ok_or_else(gone)?;
                entry.meaning = quote;
                Ok(format!("glossary[{index}]"))
            }
            Slot::ContactRole => {
                let index = policy.contact_roles.len();
                let id = free_id("role", |id| policy.contact_roles.iter().any(|r| r.id == id));
                policy.contact_roles.push(ContactRole {
                    id,
                    name: String::new(),
                    when: quote,
                    quote: None,
                    source,
                    stages: Vec::new(),
                });
                Ok(format!("contact_roles[{index}]"))
            }
            Slot::Gap => {
                let index = policy.gaps.len();
                policy.gaps.push(Gap {
                    text: String::new(),
                    quote: Some(quote),
                    source,
                    stages: Vec::new(),
                });
                Ok(format!("gaps[{index}]"))
            }
            list => {
                let path = list.list_path().ok_or_else(gone)?;
                let list = sourced_list(policy, path).ok_or_else(gone)?;
                insert_in_order(list, item, &document, at).map(|i| format!("{path}[{i}]"))
            }
        }
    }

    pub(super) fn remove(&mut self, object: &str) -> Result<(), String> {
        let (list, index) = split_index(object).ok_or_else(gone)?;
        let policy = &mut self.policy;
        let removed = match list {
            "stages" if index < policy.stages.len() => {
                policy.stages.remove(index);
                for (i, stage) in policy.stages.iter_mut().enumerate() {
                    stage.number = i as u32 + 1;
                }
                true
            }
            "areas" if index < policy.areas.len() => {
                policy.areas.remove(index);
                true
            }
            "glossary" if index < policy.glossary.len() => {
                policy.glossary.remove(index);
                true
            }
            "contact_roles" if index < policy.contact_roles.len() => {
                policy.contact_roles.remove(index);
                true
            }
            "gaps" if index < policy.gaps.len() => {
                policy.gaps.remove(index);
                true
            }
            "time_notes" if index < policy.time_notes.len() => {
                policy.time_notes.remove(index);
                true
            }
            _ => match list
                .strip_suffix(".timescales")
                .and_then(|stage| split_index(stage))
            {
                Some(("stages", s)) => match policy.stages.get_mut(s) {
                    Some(stage) if index < stage.timescales.len() => {
                        stage.timescales.remove(index);
                        true
                    }
                    _ => false,
                },
                _ => match sourced_list(policy, list) {
                    Some(items) if index < items.len() => {
                        items.remove(index);
                        true
                    }
                    _ => false,
                },
            },
        };
        if removed { Ok(()) } else { Err(gone()) }
    }

    pub(super) fn summarise(&mut self, object: &str, summary: &str) -> Result<String, String> {
        let (list, index) = split_index(object).ok_or_else(gone)?;
        if summary.chars().count() > MAX_TEXT_CHARS {
            return Err(format!(
                "A summary can be at most {MAX_TEXT_CHARS} characters."
            ));
        }
        if list == "areas" {
            let area = self.policy.areas.get_mut(index).ok_or_else(gone)?;
            let words = area.quote.take().unwrap_or_else(|| area.title.clone());
            (area.title, area.quote) = with_summary(words, summary);
            return Ok(object.to_string());
        }
        if !Draft::can_summarise(object) {
            return Err("People act on these words, so they stay in the policy's own words: they cannot be summarised.".into());
        }
        let item = sourced_list(&mut self.policy, list)
            .and_then(|items| items.get_mut(index))
            .ok_or_else(gone)?;
        let words = item.quote.take().unwrap_or_else(|| item.text.clone());
        (item.text, item.quote) = with_summary(words, summary);
        Ok(object.to_string())
    }
}

pub(super) fn gone() -> String {
    "That item is no longer in the draft.".into()
}

/// (text, quote) for a summary of `words`; an empty summary gives the
/// words back.
fn with_summary(words: String, summary: &str) -> (String, Option<String>) {
    if summary.is_empty() {
        (words, None)
    } else {
        (summary.to_string(), Some(words))
    }
}

/// "stages[2].who[1]" as ("stages[2].who", 1).
fn split_index(object: &str) -> Option<(&str, usize)> {
    let inner = object.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    Some((&inner[..open], inner[open + 1..].parse().ok()?))
}

impl Draft {
    /// Whether the statement at `object` may carry the author's summary.
    pub fn can_summarise(object: &str) -> bool {
        split_index(object).is_some_and(|(list, _)| {
            list == "areas" || (summarisable(list) && TOP_LISTS.contains(&list))
        })
    }
}

/// The lists whose statements may carry the author's summary: what
/// people act on (stages, the self-check questions, the emergency route)
/// stays in the policy's words.
fn summarisable(list: &str) -> bool {
    !list.starts_with("stages[")
        && !list.starts_with("immediate_danger")
        && list != "self_check.questions"
}

/// The lists of statements outside the stages.
const TOP_LISTS: [&str; 14] = [
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
fn sourced_list<'p>(policy: &'p mut Policy, path: &str) -> Option<&'p mut Vec<SourcedText>> {
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
fn insert_in_order(
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
                    .locate(&passage(other))
                    .is_some_and(|found| found.start > at)
        })
        .unwrap_or(list.len());
    list.insert(index, item);
    Ok(index)
}

fn stage_index(policy: &Policy, number: u32) -> Result<usize, String> {
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

fn rename_in(value: &mut serde_json::Value, old: &str, new: &str) {
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
fn slug(text: &str) -> String {
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
fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}
