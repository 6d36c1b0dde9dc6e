//! The rule that keeps the policy's voice honest: every statement a policy
//! file holds is either the policy's words, found word for word in the
//! document it cites, or this guide's summary, which carries the passage it
//! summarises, found word for word there.
//!
//! The documents themselves are not part of a policy file: the caller
//! supplies them (the built-in ones are in `policies/sources/`, and
//! `policy-tool check` reads `sources/<document id>.txt` beside a host's
//! file). Nothing here is needed by the widget.

use crate::policy::{Policy, SourceRef, SourcedText, Voice};
use crate::studio::mapped::Mapped;
use crate::validate::Problem;

/// A document's text made comparable: HTML tags and Markdown bold taken
/// out, curly quotation marks made straight, and every run of whitespace
/// made one space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentText(String);

impl DocumentText {
    pub fn new(raw: &str) -> DocumentText {
        // One normalisation for the check and the studio, which shows where
        // each passage sits (`studio::mapped`): a tag that breaks a line
        // (`<p>`, `</td>`) is a space; one inside a line (`<b>`, `</strong>`)
        // is nothing, so "<b>one day</b>." reads "one day."; "¬†" is a
        // non-breaking space read with the wrong encoding (as in the
        // Bedfordshire document's "the¬†information").
        DocumentText(Mapped::new(raw).text)
    }

    /// Whether `passage` appears in the document word for word.
    pub fn contains(&self, passage: &str) -> bool {
        let passage = normalise(passage);
        !passage.is_empty() && self.0.contains(&passage)
    }
}

/// Whitespace runs as one space, and quotation marks straight, so that a
/// passage matches however the document or the policy file typed them.
pub use crate::studio::mapped::normalise;

/// One statement of a policy file, as the check sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement<'a> {
    /// The object that holds it, for example `stages[0].who[1]`.
    pub object: String,
    /// The field its text is in: `text`, `title`, `when`, `meaning`…
    pub field: &'static str,
    /// The policy's words (checked), or this guide's summary (not checked).
    pub text: &'a str,
    /// The passage a summary carries; `None` when `text` is the policy's words.
    pub quote: Option<&'a str>,
    pub source: &'a SourceRef,
}

impl Statement<'_> {
    pub fn voice(&self) -> Voice {
        if self.quote.is_some() {
            Voice::GuideSummary
        } else {
            Voice::PolicyWords
        }
    }

    /// The text that must be found in the document.
    pub fn passage(&self) -> &str {
        self.quote.unwrap_or(self.text)
    }

    /// Where the passage is in the file: `stages[0].who[1].text`, or the
    /// summary's `….quote`.
    pub fn passage_path(&self) -> String {
        let field = if self.quote.is_some() {
            "quote"
        } else {
            self.field
        };
        format!("{}.{field}", self.object)
    }
}

/// Every statement a policy file holds, in file order: sourced texts, area
/// titles, glossary terms and meanings, contact roles' "when", timescales'
/// quotes and wording, time notes' and gaps' quotes, stage titles.
pub fn statements(policy: &Policy) -> Vec<Statement<'_>> {
    let mut out = Vec::new();
    fn push<'a>(
        out: &mut Vec<Statement<'a>>,
        object: String,
        field: &'static str,
        (text, quote): (&'a str, Option<&'a str>),
        source: &'a SourceRef,
    ) {
        out.push(Statement {
            object,
            field,
            text,
            quote,
            source,
        });
    }
    fn sourced<'a>(out: &mut Vec<Statement<'a>>, path: &str, items: &'a [SourcedText]) {
        for (index, item) in items.iter().enumerate() {
            let words = (item.text.as_str(), item.quote.as_deref());
            push(out, format!("{path}[{index}]"), "text", words, &item.source);
        }
    }

    sourced(&mut out, "purpose", &policy.purpose);
    sourced(&mut out, "principles", &policy.principles);
    for (index, area) in policy.areas.iter().enumerate() {
        let object = format!("areas[{index}]");
        let words = (area.title.as_str(), area.quote.as_deref());
        push(&mut out, object.clone(), "title", words, &area.source);
        sourced(&mut out, &format!("{object}.examples"), &area.examples);
    }
    sourced(&mut out, "scope.applies_when", &policy.scope.applies_when);
    for (index, route) in policy.scope.other_routes.iter().enumerate() {
        sourced(
            &mut out,
            &format!("scope.other_routes[{index}].steps"),
            &route.steps,
        );
    }
    sourced(&mut out, "preparation", &policy.preparation);
    let check = &policy.self_check;
    sourced(&mut out, "self_check.when", &check.when);
    sourced(&mut out, "self_check.questions", &check.questions);
    sourced(
        &mut out,
        "self_check.respectful_uncertainty",
        &check.respectful_uncertainty,
    );
    let danger = &policy.immediate_danger;
    sourced(&mut out, "immediate_danger.guidance", &danger.guidance);
    sourced(
        &mut out,
        "immediate_danger.skipping_stages",
        &danger.skipping_stages,
    );
    for (index, stage) in policy.stages.iter().enumerate() {
        let path = format!("stages[{index}]");
        push(
            &mut out,
            path.clone(),
            "title",
            (&stage.title, None),
            &stage.source,
        );
        sourced(&mut out, &format!("{path}.who"), &stage.who);
        sourced(&mut out, &format!("{path}.actions"), &stage.actions);
        for (t_index, timescale) in stage.timescales.iter().enumerate() {
            let object = format!("{path}.timescales[{t_index}]");
            let source = &timescale.source;
            push(
                &mut out,
                object.clone(),
                "quote",
                (&timescale.quote, None),
                source,
            );
            if let Some(wording) = &timescale.wording {
                push(&mut out, object, "wording", (wording, None), source);
            }
        }
        sourced(&mut out, &format!("{path}.must_tell"), &stage.must_tell);
        sourced(&mut out, &format!("{path}.may_tell"), &stage.may_tell);
        sourced(&mut out, &format!("{path}.record"), &stage.record);
    }
    for (index, note) in policy.time_notes.iter().enumerate() {
        let words = (note.text.as_str(), Some(note.quote.as_str()));
        push(
            &mut out,
            format!("time_notes[{index}]"),
            "text",
            words,
            &note.source,
        );
    }
    for (name, list) in policy.after.named_lists() {
        sourced(&mut out, &format!("after.{name}"), list);
    }
    for (index, entry) in policy.glossary.iter().enumerate() {
        let object = format!("glossary[{index}]");
        push(
            &mut out,
            object.clone(),
            "term",
            (&entry.term, None),
            &entry.source,
        );
        push(
            &mut out,
            object,
            "meaning",
            (&entry.meaning, None),
            &entry.source,
        );
    }
    for (index, role) in policy.contact_roles.iter().enumerate() {
        let words = (role.when.as_str(), role.quote.as_deref());
        push(
            &mut out,
            format!("contact_roles[{index}]"),
            "when",
            words,
            &role.source,
        );
    }
    // A gap is this guide's note; only the passage it carries is checked.
    for (index, gap) in policy.gaps.iter().enumerate() {
        if let Some(quote) = &gap.quote {
            let words = (gap.text.as_str(), Some(quote.as_str()));
            push(
                &mut out,
                format!("gaps[{index}]"),
                "text",
                words,
                &gap.source,
            );
        }
    }
    out
}

/// What the check found: how many statements, in which voice, and every
/// one whose words are not in the document it cites.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub statements: usize,
    pub policy_words: usize,
    pub summaries: usize,
    pub problems: Vec<Problem>,
    /// Documents cited whose text was not supplied, so their statements
    /// could not be checked.
    pub missing_documents: Vec<String>,
}

impl Report {
    /// "142 statements: 120 in the policy's words, 22 this guide's summaries with the words they summarise".
    pub fn counts_in_words(&self) -> String {
        format!(
            "{} statements: {} in the policy’s words, {} summarised with a quote",
            self.statements, self.policy_words, self.summaries
        )
    }
}

/// Check every statement of `policy` against the documents `document`
/// gives by id.
pub fn check<'d>(policy: &Policy, document: impl Fn(&str) -> Option<&'d DocumentText>) -> Report {
    let mut report = Report::default();
    for statement in statements(policy) {
        report.statements += 1;
        match statement.voice() {
            Voice::PolicyWords => report.policy_words += 1,
            Voice::GuideSummary => report.summaries += 1,
        }
        let id = statement.source.document.as_str();
        let Some(text) = document(id) else {
            if !report.missing_documents.iter().any(|known| known == id) {
                report.missing_documents.push(id.to_string());
            }
            continue;
        };
        if !text.contains(statement.passage()) {
            let message = match statement.voice() {
                Voice::PolicyWords => format!(
                    "is not word for word in the document \"{id}\". Quote the document exactly, or write this guide's summary in \"text\" and put the document's words in \"quote\""
                ),
                Voice::GuideSummary => format!(
                    "the passage this summary carries is not word for word in the document \"{id}\"; copy it exactly"
                ),
            };
            report
                .problems
                .push(Problem::at_path(statement.passage_path(), message));
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_bold_spacing_and_quote_marks_do_not_stop_a_match() {
        let document =
            DocumentText::new("<p><b>Stage 1</b> the  child's\n **file**</p><p>Next.</p>");
        assert!(document.contains("Stage 1 the child’s file"));
        assert!(
            document.contains("file Next."),
            "a paragraph break is a space"
        );
        assert!(DocumentText::new("<b>one day</b>.").contains("one day."));
        assert!(!document.contains("Stage 1 the children's file"));
        assert!(!document.contains("  "));
    }
}
