//! The checks the rules apply to one field or list at a time, gathering
//! every problem found.

use std::collections::{BTreeMap, BTreeSet};

use crate::policy::{MAX_TEXT_CHARS, MAX_WORKING_DAYS, PolicyId, SourceRef, SourcedText, Stage};
use crate::text::truncate;

use super::printable::{is_invisible, is_unsafe};
use super::problem::Problem;

pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
    pub(super) source_ids: BTreeSet<String>,
}

impl Checker {
    pub(super) fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::at(path, message));
    }

    pub(super) fn text(&mut self, path: &str, text: &str) {
        if text.chars().all(|c| c.is_whitespace() || is_invisible(c)) {
            self.problem(path, "is empty; write the text, or leave the item out");
        } else if let Some((index, c)) = text.chars().enumerate().find(|(_, c)| is_unsafe(*c)) {
            self.problem(
                path,
                format!(
                    "contains the invisible or control character U+{:04X} at character {}; remove it",
                    c as u32,
                    index + 1
                ),
            );
        } else {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.problem(
                    path,
                    format!("is {chars} characters long; the limit is {MAX_TEXT_CHARS}"),
                );
            }
        }
    }

    pub(super) fn optional_text(&mut self, path: &str, text: Option<&str>) {
        if let Some(text) = text {
            self.text(path, text);
        }
    }

    /// An id in the form [`PolicyId::check`] requires, the one rule for ids.
    pub(super) fn identifier(&mut self, path: &str, id: &str) {
        if let Err(error) = PolicyId::check(id) {
            self.problem(path, error.to_string());
        }
    }

    pub(super) fn not_empty(&mut self, path: &str, len: usize) {
        if len == 0 {
            self.problem(path, "must have at least one item");
        }
    }

    pub(super) fn source_ref(&mut self, path: &str, source: &SourceRef) {
        if !self.source_ids.contains(&source.document) {
            let known = self
                .source_ids
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            self.problem(
                format!("{path}.document"),
                format!(
                    "\"{}\" is not one of the policy's sources ({known})",
                    truncate(&source.document, 80)
                ),
            );
        }
        self.text(&format!("{path}.section"), &source.section);
    }

    /// A list of stage numbers: each one a stage the policy has, once.
    pub(super) fn stage_list(&mut self, path: &str, stages: &[u32], known: &BTreeSet<u32>) {
        let mut seen = BTreeSet::new();
        for (index, number) in stages.iter().enumerate() {
            if !known.contains(number) {
                self.problem(
                    format!("{path}[{index}]"),
                    format!("the policy has no stage {number}"),
                );
            } else if !seen.insert(number) {
                self.problem(
                    format!("{path}[{index}]"),
                    format!("stage {number} is listed twice"),
                );
            }
        }
    }

    fn sourced(&mut self, path: &str, item: &SourcedText) {
        self.text(&format!("{path}.text"), &item.text);
        self.optional_text(&format!("{path}.quote"), item.quote.as_deref());
        self.source_ref(&format!("{path}.source"), &item.source);
    }

    /// What a practitioner acts on (who, what to do, whom to tell, what to
    /// record, the emergency route, the self-check questions) is shown in
    /// the policy's words: no summary.
    pub(super) fn acted_on(&mut self, path: &str, items: &[SourcedText], required: bool) {
        self.sourced_list(path, items, required);
        for (index, item) in items.iter().enumerate() {
            if item.quote.is_some() {
                self.problem(
                    format!("{path}[{index}].quote"),
                    "is something people act on, so it must be the policy's own words: put the document's words in \"text\" and leave out \"quote\"",
                );
            }
        }
    }

    pub(super) fn sourced_list(&mut self, path: &str, items: &[SourcedText], required: bool) {
        if required {
            self.not_empty(path, items.len());
        }
        for (index, item) in items.iter().enumerate() {
            self.sourced(&format!("{path}[{index}]"), item);
        }
    }

    pub(super) fn stages(&mut self, stages: &[Stage]) {
        self.not_empty("stages", stages.len());
        let mut first_index_of: BTreeMap<u32, usize> = BTreeMap::new();
        // The latest deadline so far, and which stage set it.
        let mut latest: Option<(u32, u32)> = None;
        for (index, stage) in stages.iter().enumerate() {
            let path = format!("stages[{index}]");
            let expected = index as u32 + 1;
            if let Some(first) = first_index_of.get(&stage.number) {
                self.problem(
                    format!("{path}.number"),
                    format!(
                        "duplicate stage number {}: stages[{first}] is also stage {}",
                        stage.number, stage.number
                    ),
                );
            } else if stage.number != expected {
                self.problem(
                    format!("{path}.number"),
                    format!(
                        "stages must be numbered 1, 2, 3… in order: expected stage {expected} here, found stage {}",
                        stage.number
                    ),
                );
            }
            first_index_of.entry(stage.number).or_insert(index);
            self.text(&format!("{path}.title"), &stage.title);
            self.source_ref(&format!("{path}.source"), &stage.source);
            self.acted_on(&format!("{path}.who"), &stage.who, true);
            self.acted_on(&format!("{path}.actions"), &stage.actions, true);
            self.acted_on(&format!("{path}.must_tell"), &stage.must_tell, false);
            self.acted_on(&format!("{path}.may_tell"), &stage.may_tell, false);
            self.acted_on(&format!("{path}.record"), &stage.record, false);

            for (t_index, timescale) in stage.timescales.iter().enumerate() {
                let t_path = format!("{path}.timescales[{t_index}]");
                self.text(&format!("{t_path}.what"), &timescale.what);
                self.text(&format!("{t_path}.quote"), &timescale.quote);
                self.optional_text(&format!("{t_path}.wording"), timescale.wording.as_deref());
                if let Some(from) = timescale.covers_from
                    && !(1..=stage.number).contains(&from)
                {
                    self.problem(
                        format!("{t_path}.covers_from"),
                        format!(
                            "a deadline set at stage {} can cover stages 1 to {} only, not from stage {from}",
                            stage.number, stage.number
                        ),
                    );
                }
                self.source_ref(&format!("{t_path}.source"), &timescale.source);
                let days = timescale.working_days;
                if days == 0 {
                    self.problem(
                        format!("{t_path}.working_days"),
                        "must be at least 1: day 0 is the day the difference of opinion started",
                    );
                } else if days > MAX_WORKING_DAYS {
                    self.problem(
                        format!("{t_path}.working_days"),
                        format!(
                            "{days} working days is more than a year; the limit is {MAX_WORKING_DAYS}. Check the figure"
                        ),
                    );
                } else {
                    if let Some((latest_days, latest_stage)) = latest
                        && days < latest_days
                    {
                        self.problem(
                            format!("{t_path}.working_days"),
                            format!(
                                "this deadline ({days} working days) comes before an earlier one in stage {latest_stage} ({latest_days} working days); deadlines must not go backwards from stage to stage"
                            ),
                        );
                    }
                    if latest.is_none_or(|(latest_days, _)| days >= latest_days) {
                        latest = Some((days, stage.number));
                    }
                }
            }
        }
    }
}
