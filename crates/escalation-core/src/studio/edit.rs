//! The edits that place a passage, take an item out and summarise one:
//! [`Draft::apply`]'s work, with the lists they reach by path.

use std::ops::Range;

use super::draft::{Draft, Edit, Field};
use super::lists::{
    TOP_LISTS, free_id, gone, insert_in_order, rename_document, renumber_stages, slug,
    sourced_list, split_index, stage_index, summarisable, with_summary,
};
use super::slot::{Slot, StagePart};
use crate::calendar::Division;
use crate::policy::{
    Area, ContactRole, Gap, GlossaryEntry, MAX_TEXT_CHARS, PolicyId, SourceRef, SourcedText, Stage,
    Status, TimeNote, TimeNoteKind, Timescale, working_days_in,
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
            Slot::AreaExample(index) => {
                let path = format!("areas[{index}].examples");
                let list = sourced_list(policy, &path).ok_or_else(gone)?;
                insert_in_order(list, item, &document, at).map(|i| format!("{path}[{i}]"))
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
            Slot::TimeNote => {
                let index = policy.time_notes.len();
                policy.time_notes.push(TimeNote {
                    kind: TimeNoteKind::Wording,
                    text: String::new(),
                    quote,
                    source,
                    stages: Vec::new(),
                });
                Ok(format!("time_notes[{index}]"))
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
                renumber_stages(policy, index as u32 + 1);
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

    /// Make one change. `Ok` names the object changed or added (to show
    /// it); `Err` says, for the author, why nothing changed.
    pub fn apply(&mut self, edit: Edit) -> Result<String, String> {
        match edit {
            Edit::Use {
                document,
                selection,
                slot,
            } => self.use_passage(&document, selection, slot),
            Edit::Remove(object) => self.remove(&object).map(|()| object),
            Edit::Summarise { object, summary } => self.summarise(&object, summary.trim()),
            Edit::Set(field, value) => self.set(field, value),
            Edit::SetWhat {
                stage,
                timescale,
                what,
            } => {
                let item = self
                    .policy
                    .stages
                    .get_mut(stage)
                    .and_then(|s| s.timescales.get_mut(timescale))
                    .ok_or_else(gone)?;
                item.what = what;
                Ok(format!("stages[{stage}].timescales[{timescale}]"))
            }
            Edit::SetGapText(index, text) => {
                self.policy.gaps.get_mut(index).ok_or_else(gone)?.text = text;
                Ok(format!("gaps[{index}]"))
            }
            Edit::SetNoteText(index, text) => {
                self.policy.time_notes.get_mut(index).ok_or_else(gone)?.text = text;
                Ok(format!("time_notes[{index}]"))
            }
            Edit::SetNoteKind(index, kind) => {
                self.policy.time_notes.get_mut(index).ok_or_else(gone)?.kind = kind;
                Ok(format!("time_notes[{index}]"))
            }
            Edit::SetRoleName(index, name) => {
                self.policy
                    .contact_roles
                    .get_mut(index)
                    .ok_or_else(gone)?
                    .name = name;
                Ok(format!("contact_roles[{index}]"))
            }
        }
    }

    fn set(&mut self, field: Field, value: String) -> Result<String, String> {
        let policy = &mut self.policy;
        let path = match field {
            Field::Id => {
                let old = policy.id.as_str().to_string();
                let id = PolicyId::parse(value.trim()).map_err(|error| error.to_string())?;
                if id.as_str() != old && policy.sources.iter().any(|s| s.id == id.as_str()) {
                    return Err(format!(
                        "\u{201c}{id}\u{201d} is the name of another document this policy quotes; choose another."
                    ));
                }
                policy.id = id;
                // The document made in the studio is named after the policy.
                let new = policy.id.as_str().to_string();
                if let Some(source) = policy.sources.first_mut().filter(|s| s.id == old) {
                    source.id = new.clone();
                    for document in self.documents.iter_mut().filter(|d| d.id == old) {
                        document.id = new.clone();
                    }
                    rename_document(policy, &old, &new);
                }
                "id"
            }
            Field::Title => {
                policy.title = value;
                "title"
            }
            Field::Area => {
                policy.area = value;
                "area"
            }
            Field::Issued => {
                let value = value.trim();
                policy.issued = (!value.is_empty()).then(|| value.to_string());
                "issued"
            }
            Field::Status => {
                policy.status = match value.as_str() {
                    "current" => Status::Current,
                    "not-stated" => Status::NotStated,
                    _ => return Err("Choose whether the policy is current.".into()),
                };
                "status"
            }
            Field::Division => {
                policy.division = Division::ALL
                    .into_iter()
                    .find(|division| division.id() == value)
                    .ok_or("Choose whose bank holidays count.")?;
                "division"
            }
            Field::SourceTitle | Field::SourcePublisher => {
                let source = policy.sources.first_mut().ok_or_else(gone)?;
                if field == Field::SourceTitle {
                    source.title = value;
                    "sources[0].title"
                } else {
                    let value = value.trim();
                    source.publisher = (!value.is_empty()).then(|| value.to_string());
                    "sources[0].publisher"
                }
            }
        };
        Ok(path.into())
    }
}

impl Draft {
    /// Whether the statement at `object` may carry the author's summary.
    pub fn can_summarise(object: &str) -> bool {
        split_index(object).is_some_and(|(list, _)| {
            list == "areas" || (summarisable(list) && TOP_LISTS.contains(&list))
        })
    }
}
