//! Loading a policy file and checking it, with messages that say where each
//! problem is and what is wrong.
//!
//! Loading goes in layers, each stopping at its first kind of failure:
//! size and encoding, then JSON syntax (line and column), then shape (the
//! JSON path of a missing field or wrong value), then the rules that types
//! cannot express (every problem found, not just the first).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::IgnoredAny;

use crate::policy::{IssueDate, Policy, SourceRef, SourcedText, Stage, Status};

/// The largest policy file accepted. The built-in policies are about 30 KB.
pub const MAX_POLICY_FILE_BYTES: usize = 1024 * 1024;
/// The longest single piece of text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// The largest timescale accepted: 260 working days is about a year.
pub const MAX_WORKING_DAYS: u32 = 260;
/// What an id may be: 1 to 64 lower-case letters, digits and hyphens, not
/// starting or ending with a hyphen. The JSON Schema says the same, so an
/// editor using the schema and `policy-tool check` agree.
pub const ID_PATTERN: &str = "^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$";
/// A policy's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the rule in full,
/// real dates from 2000 to 2099, is `policy::IssueDate::parse`).
pub const DATE_PATTERN: &str = "^(20[0-9]{2})(-(0[1-9]|1[0-2])(-[0-3][0-9])?)?$";

/// One thing wrong with a policy file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the JSON, for example `stages[1].number`; empty for the file
    /// as a whole.
    pub path: String,
    /// Line and column (from 1), when the problem is in the JSON text itself.
    pub line_column: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            line_column: None,
            message: message.into(),
        }
    }

    /// A problem at a place in the file (a JSON path such as `stages[0].who[1].text`).
    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::at(path, message)
    }

    fn whole_file(message: impl Into<String>) -> Problem {
        Problem::at("", message)
    }

    /// A file of `bytes` bytes, over [`MAX_POLICY_FILE_BYTES`].
    pub fn file_too_large(bytes: u64) -> Problem {
        Problem::whole_file(format!(
            "the file is {bytes} bytes; a policy file can be at most {MAX_POLICY_FILE_BYTES} bytes (1 MiB)"
        ))
    }

    fn from_json(path: String, error: &serde_json::Error) -> Problem {
        let (line, column) = (error.line(), error.column());
        let full = error.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        Problem {
            path,
            line_column: (line > 0).then_some((line, column)),
            message,
        }
    }
}

/// Control characters (ESC, BEL, NUL…), marks that reorder text (the
/// right-to-left override) and invisible characters: never shown raw, since
/// they can rewrite a terminal or hide what a text really says.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || is_invisible(c)
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// `text` with every unsafe character written as `\u{1b}`, so it can be
/// printed to a terminal or shown on a page as it is.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote_place = false;
        if let Some((line, column)) = self.line_column {
            write!(f, "line {line}, column {column}")?;
            wrote_place = true;
        }
        if !self.path.is_empty() {
            if wrote_place {
                write!(f, ", ")?;
            }
            write!(f, "{}", printable(&self.path))?;
            wrote_place = true;
        }
        if wrote_place {
            write!(f, ": ")?;
        }
        write!(f, "{}", printable(&self.message))
    }
}

/// Read a policy from the bytes of a file, and check it.
pub fn load_policy(bytes: &[u8]) -> Result<Policy, Vec<Problem>> {
    if bytes.len() > MAX_POLICY_FILE_BYTES {
        return Err(vec![Problem::file_too_large(bytes.len() as u64)]);
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        vec![Problem::whole_file(format!(
            "the file is not UTF-8 text (the first bad byte is at offset {})",
            error.valid_up_to()
        ))]
    })?;
    // Some editors start a UTF-8 file with a byte order mark: read past it.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::whole_file("the file is empty")]);
    }
    // Syntax first, so broken JSON is reported as such rather than as a
    // confusing complaint about a field.
    // (serde_json skips values without recursing, so deep nesting is safe.)
    serde_json::from_str::<IgnoredAny>(text)
        .map_err(|error| vec![Problem::from_json(String::new(), &error)])?;
    if !text.trim_start().starts_with('{') {
        return Err(vec![Problem::whole_file(
            "a policy file must be a JSON object, starting with {",
        )]);
    }
    let policy = read_shape(text)?;
    let problems = validate(&policy);
    if problems.is_empty() {
        Ok(policy)
    } else {
        Err(problems)
    }
}

/// The policy's shape, with the JSON path of a missing field or a wrong
/// value as well as its line and column.
#[cfg(feature = "json-paths")]
fn read_shape(text: &str) -> Result<Policy, Vec<Problem>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        vec![Problem::from_json(path, error.inner())]
    })
}

/// The policy's shape, with the line and column of a missing field or a
/// wrong value. (Without the `json-paths` feature: the same file is
/// accepted or refused, and the problem located by line and column only,
/// which keeps the path-tracking reader out of the widget's download.)
#[cfg(not(feature = "json-paths"))]
fn read_shape(text: &str) -> Result<Policy, Vec<Problem>> {
    serde_json::from_str(text).map_err(|error| vec![Problem::from_json(String::new(), &error)])
}

/// The rules a well-formed policy must also follow. Returns every problem.
pub fn validate(policy: &Policy) -> Vec<Problem> {
    let mut check = Checker {
        problems: Vec::new(),
        source_ids: policy
            .sources
            .iter()
            .map(|source| source.id.clone())
            .collect(),
    };
    check.identifier("id", &policy.id);
    check.text("title", &policy.title);
    check.text("area", &policy.area);
    for (field, date) in [("issued", &policy.issued), ("updated", &policy.updated)] {
        if let Some(date) = date
            && IssueDate::parse(date).is_none()
        {
            check.problem(
                field,
                format!(
                    "\"{}\" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD",
                    truncate(date, 80)
                ),
            );
        }
    }
    if let Status::Superseded { by, by_title } = &policy.status {
        check.identifier("status.by", by);
        if by == &policy.id {
            check.problem("status.by", "a policy cannot be superseded by itself");
        }
        check.text("status.by_title", by_title);
    }

    check.not_empty("sources", policy.sources.len());
    let mut seen_sources = BTreeSet::new();
    for (index, source) in policy.sources.iter().enumerate() {
        let path = format!("sources[{index}]");
        check.identifier(&format!("{path}.id"), &source.id);
        if !seen_sources.insert(source.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate source id \"{}\"", source.id),
            );
        }
        check.text(&format!("{path}.title"), &source.title);
        check.optional_text(&format!("{path}.publisher"), source.publisher.as_deref());
        check.optional_text(&format!("{path}.date"), source.date.as_deref());
        check.optional_text(&format!("{path}.used_for"), source.used_for.as_deref());
    }

    check.sourced_list("purpose", &policy.purpose, true);
    check.sourced_list("principles", &policy.principles, false);

    check.not_empty("areas", policy.areas.len());
    let mut seen_areas = BTreeSet::new();
    for (index, area) in policy.areas.iter().enumerate() {
        let path = format!("areas[{index}]");
        check.identifier(&format!("{path}.id"), &area.id);
        if !seen_areas.insert(area.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate area id \"{}\"", area.id),
            );
        }
        check.text(&format!("{path}.title"), &area.title);
        check.optional_text(&format!("{path}.quote"), area.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &area.source);
        check.sourced_list(&format!("{path}.examples"), &area.examples, false);
    }

    check.sourced_list("scope.applies_when", &policy.scope.applies_when, true);
    for (index, route) in policy.scope.other_routes.iter().enumerate() {
        let path = format!("scope.other_routes[{index}]");
        check.text(&format!("{path}.title"), &route.title);
        check.acted_on(&format!("{path}.steps"), &route.steps, true);
    }
    check.sourced_list("preparation", &policy.preparation, false);
    check.sourced_list("self_check.when", &policy.self_check.when, false);
    check.acted_on("self_check.questions", &policy.self_check.questions, false);
    check.sourced_list(
        "self_check.respectful_uncertainty",
        &policy.self_check.respectful_uncertainty,
        false,
    );
    check.acted_on(
        "immediate_danger.guidance",
        &policy.immediate_danger.guidance,
        false,
    );
    check.acted_on(
        "immediate_danger.skipping_stages",
        &policy.immediate_danger.skipping_stages,
        false,
    );

    check.stages(&policy.stages);
    let stage_numbers: BTreeSet<u32> = policy.stages.iter().map(|stage| stage.number).collect();
    for (index, note) in policy.time_notes.iter().enumerate() {
        let path = format!("time_notes[{index}]");
        check.text(&format!("{path}.text"), &note.text);
        check.text(&format!("{path}.quote"), &note.quote);
        check.source_ref(&format!("{path}.source"), &note.source);
        check.stage_list(&format!("{path}.stages"), &note.stages, &stage_numbers);
    }

    for (name, list) in policy.after.named_lists() {
        check.sourced_list(&format!("after.{name}"), list, false);
    }

    let mut seen_terms = BTreeSet::new();
    for (index, entry) in policy.glossary.iter().enumerate() {
        let path = format!("glossary[{index}]");
        check.text(&format!("{path}.term"), &entry.term);
        if !seen_terms.insert(entry.term.as_str()) {
            check.problem(
                format!("{path}.term"),
                format!("\"{}\" is defined twice", entry.term),
            );
        }
        check.text(&format!("{path}.meaning"), &entry.meaning);
        check.source_ref(&format!("{path}.source"), &entry.source);
    }

    let mut seen_roles = BTreeSet::new();
    for (index, role) in policy.contact_roles.iter().enumerate() {
        let path = format!("contact_roles[{index}]");
        check.identifier(&format!("{path}.id"), &role.id);
        if !seen_roles.insert(role.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate contact role id \"{}\"", role.id),
            );
        }
        check.text(&format!("{path}.name"), &role.name);
        check.text(&format!("{path}.when"), &role.when);
        check.optional_text(&format!("{path}.quote"), role.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &role.source);
        check.stage_list(&format!("{path}.stages"), &role.stages, &stage_numbers);
    }

    for (index, gap) in policy.gaps.iter().enumerate() {
        let path = format!("gaps[{index}]");
        check.text(&format!("{path}.text"), &gap.text);
        check.optional_text(&format!("{path}.quote"), gap.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &gap.source);
        check.stage_list(&format!("{path}.stages"), &gap.stages, &stage_numbers);
    }
    check.problems
}

struct Checker {
    problems: Vec<Problem>,
    source_ids: BTreeSet<String>,
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::at(path, message));
    }

    fn text(&mut self, path: &str, text: &str) {
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

    fn optional_text(&mut self, path: &str, text: Option<&str>) {
        if let Some(text) = text {
            self.text(path, text);
        }
    }

    fn identifier(&mut self, path: &str, id: &str) {
        let well_formed = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !well_formed {
            self.problem(
                path,
                format!(
                    "\"{}\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens, not starting or ending with a hyphen",
                    truncate(id, 80)
                ),
            );
        }
    }

    fn not_empty(&mut self, path: &str, len: usize) {
        if len == 0 {
            self.problem(path, "must have at least one item");
        }
    }

    fn source_ref(&mut self, path: &str, source: &SourceRef) {
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
    fn stage_list(&mut self, path: &str, stages: &[u32], known: &BTreeSet<u32>) {
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
    fn acted_on(&mut self, path: &str, items: &[SourcedText], required: bool) {
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

    fn sourced_list(&mut self, path: &str, items: &[SourcedText], required: bool) {
        if required {
            self.not_empty(path, items.len());
        }
        for (index, item) in items.iter().enumerate() {
            self.sourced(&format!("{path}[{index}]"), item);
        }
    }

    fn stages(&mut self, stages: &[Stage]) {
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

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max_chars).collect::<String>())
    }
}
