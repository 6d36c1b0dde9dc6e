//! Splitting a document into sections by its headings and numbering (the
//! rules are in [`super::heading`]).
//!
//! A section runs from its heading to the next heading of its rank or an
//! outer one ("Stage Two" ends "Stage One"; "3." ends both), so sections
//! nest: "2.2" sits inside "Stage One" inside "2. Stages of the Policy". A
//! numbered paragraph ("1.3 In his 2003 inquiry…") also ends with its
//! paragraph, at a blank line, unless the next paragraph carries it on (it
//! starts with "..." or "…" or a lower-case letter): the text after it is
//! its parent's ("section 1, after 1.3"). The text before the first
//! heading is the opening, section 0; its first short lines, before the
//! first line of more than 16 words or ending with a full stop, are the
//! document's title block ("heading").

use std::ops::Range;

use super::heading::{self, Heading, Kind};

/// One section of a document: a byte range of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its index in [`super::Document::sections`]; 0 is the opening.
    pub id: usize,
    pub kind: Kind,
    /// The heading's words ("Stage One – Professional : Professional"),
    /// tags and Markdown out; `None` for the opening and a numbered
    /// paragraph (its words are its text).
    pub heading: Option<String>,
    /// "2.1", "7", "Stage One", "Appendix B"; `None` for the opening and
    /// titled headings.
    pub number_label: Option<String>,
    /// Byte offsets into the document's text: the heading's line to the end.
    pub start: usize,
    pub end: usize,
    /// Where the heading ends (a table row's first cell); `start` for the
    /// opening and a numbered paragraph.
    pub heading_end: usize,
    /// The section it sits in, if any.
    pub parent: Option<usize>,
    pub rank: u8,
}

impl Section {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The section as the policy files name it: "section 2.1", "Stage
    /// One", "Appendix 1", "Conclusion", "opening paragraph".
    pub fn label(&self) -> String {
        match (self.kind, &self.number_label, &self.heading) {
            (Kind::Opening, _, _) => "opening paragraph".to_string(),
            (Kind::Numbered | Kind::NumberedParagraph, Some(number), _) => {
                format!("section {number}")
            }
            (_, Some(number), _) => number.clone(),
            (_, None, Some(heading)) => heading.clone(),
            (_, None, None) => String::new(),
        }
    }
}

/// A line of the text: its byte range without the line break, and its words.
struct Line {
    start: usize,
    end: usize,
    plain: String,
}

impl Line {
    fn blank(&self) -> bool {
        self.plain.is_empty()
    }
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        out.push(Line {
            start,
            end: start + content.len(),
            plain: heading::plain(content).1,
        });
        start += piece.len();
    }
    out
}

/// A paragraph that carries on the one before: "…..if a child is…".
fn continues(plain: &str) -> bool {
    plain.starts_with("...") || plain.starts_with('…') || plain.starts_with(char::is_lowercase)
}

/// The sections of `text`, and where its title block ends.
pub fn split(text: &str) -> (Vec<Section>, usize) {
    let lines = lines(text);
    let mut found: Vec<(usize, Heading)> = Vec::new();
    let mut last_number = None;
    // The title block: short lines at the very top.
    let mut title_end = 0;
    let mut body_started = false;
    for (index, line) in lines.iter().enumerate() {
        let raw = &text[line.start..line.end];
        if line.blank() {
            continue;
        }
        let structural = heading::structural(raw, last_number);
        if !body_started {
            if structural.as_ref().is_none_or(|h| h.kind == Kind::Titled)
                && heading::word_count(&line.plain) <= 16
                && !line.plain.ends_with('.')
            {
                title_end = line.end;
                continue;
            }
            body_started = true;
        }
        if let Some(mut found_heading) = structural {
            // "2.2 Disagreements … quickly and openly" with 2.3 on the next
            // line is a paragraph without its full stop, not a heading.
            let alone = lines.get(index + 1).is_none_or(Line::blank);
            if found_heading.kind == Kind::Numbered && found_heading.rank > 2 && !alone {
                found_heading.kind = Kind::NumberedParagraph;
            }
            // An appendix or part may number its sections afresh.
            if found_heading.kind == Kind::Labelled && found_heading.rank == 1 {
                last_number = None;
            }
            if found_heading.kind == Kind::Numbered && found_heading.rank == 2 {
                last_number = found_heading.number.as_deref().and_then(|n| n.parse().ok());
            }
            found.push((index, found_heading));
        } else if titled(text, &lines, index) {
            found.push((
                index,
                Heading {
                    kind: Kind::Titled,
                    rank: 3,
                    number: None,
                    text: line.plain.clone(),
                    len: line.end - line.start,
                },
            ));
        }
    }
    (build(text, &lines, found), title_end)
}

/// A short title standing alone, followed by a paragraph.
fn titled(text: &str, lines: &[Line], index: usize) -> bool {
    let line = &lines[index];
    let raw = &text[line.start..line.end];
    let alone =
        (index == 0 || lines[index - 1].blank()) && lines.get(index + 1).is_none_or(Line::blank);
    let next = lines[index + 1..].iter().find(|l| !l.blank());
    alone
        && !raw.starts_with(char::is_whitespace)
        && !raw.contains('\t')
        && !line.plain.starts_with(['•', '-', '*', '('])
        && heading::title_like(&line.plain)
        && next.is_some_and(|next| {
            heading::word_count(&next.plain) >= 8
                && heading::structural(&text[next.start..next.end], None).is_none()
        })
}

fn build(text: &str, lines: &[Line], found: Vec<(usize, Heading)>) -> Vec<Section> {
    let first = found.first().map_or(text.len(), |(i, _)| lines[*i].start);
    let mut sections = vec![Section {
        id: 0,
        kind: Kind::Opening,
        heading: None,
        number_label: None,
        start: 0,
        end: first,
        heading_end: 0,
        parent: None,
        rank: 0,
    }];
    let mut open: Vec<usize> = Vec::new();
    let mut next_heading = found.into_iter().peekable();
    for (index, line) in lines.iter().enumerate() {
        if next_heading.peek().is_some_and(|(i, _)| *i == index) {
            let (_, found_heading) = next_heading.next().unwrap();
            while let Some(&top) = open.last() {
                if sections[top].rank < found_heading.rank {
                    break;
                }
                sections[top].end = line.start;
                open.pop();
            }
            let id = sections.len();
            // A numbered paragraph has a number, not a heading.
            let paragraph = found_heading.kind == Kind::NumberedParagraph;
            sections.push(Section {
                id,
                kind: found_heading.kind,
                heading: (!paragraph).then_some(found_heading.text),
                number_label: found_heading.number,
                start: line.start,
                end: text.len(),
                heading_end: line.start + if paragraph { 0 } else { found_heading.len },
                parent: open.last().copied(),
                rank: found_heading.rank,
            });
            open.push(id);
        } else if line.blank() {
            // A numbered paragraph ends with its paragraph.
            let carried_on = lines[index..]
                .iter()
                .find(|l| !l.blank())
                .is_some_and(|l| continues(&l.plain));
            let last_text = lines[..index]
                .iter()
                .rev()
                .find(|l| !l.blank())
                .map_or(line.start, |l| l.end);
            while let Some(&top) = open.last() {
                if carried_on || sections[top].kind != Kind::NumberedParagraph {
                    break;
                }
                sections[top].end = last_text;
                open.pop();
            }
        }
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::super::Document;
    use super::*;

    const LONG: &str = "This paragraph has more than sixteen words in it, so the title block ends where it starts and the body begins.";

    fn labels(text: &str) -> Vec<String> {
        Document::parse(text)
            .sections
            .iter()
            .map(Section::label)
            .collect()
    }

    #[test]
    fn text_before_the_first_heading_is_the_opening() {
        let text = format!("Our Policy\n\n{LONG}\n\n1. Introduction\n\nWords.\n");
        let document = Document::parse(&text);
        assert_eq!(labels(&text), ["opening paragraph", "section 1"]);
        let opening = &document.sections[0];
        assert_eq!(&text[opening.range()], format!("Our Policy\n\n{LONG}\n\n"));
        assert_eq!(document.title_end, "Our Policy".len());
        assert_eq!(document.sections[1].end, text.len());
        // A document that starts with a heading has an empty opening.
        let starts = Document::parse("1. Introduction\n\nWords.");
        assert!(starts.sections[0].range().is_empty());
        assert_eq!(starts.sections.len(), 2);
    }

    #[test]
    fn a_numbered_paragraph_ends_with_its_paragraph_unless_the_next_carries_it_on() {
        let text = "1. Introduction\n\n1.1 First point.\n1.2 Second point, which goes on\n- with a list under it.\n\nWhether you are a worker or not, ask yourself.\n\n…..and a paragraph that carries on.\n\n2. Next\n";
        let document = Document::parse(text);
        let by_label = |label: &str| {
            document
                .sections
                .iter()
                .find(|s| s.label() == label)
                .unwrap()
        };
        let one_two = by_label("section 1.2");
        assert_eq!(
            &text[one_two.range()],
            "1.2 Second point, which goes on\n- with a list under it."
        );
        assert_eq!(one_two.parent, Some(by_label("section 1").id));
        let after = text.find("Whether").unwrap();
        assert_eq!(document.section_at(after).unwrap().label(), "section 1");
        assert_eq!(document.label_at(after), "section 1, after 1.2");
        assert_eq!(document.label_at(text.find("1.1").unwrap()), "section 1.1");
        assert_eq!(
            document.label_at(text.find("Introduction").unwrap()),
            "heading of section 1"
        );
        assert_eq!(by_label("section 2").parent, None);
    }

    #[test]
    fn a_continuation_stays_in_the_numbered_paragraph() {
        let text = "1. Context\n\n- 1.3 All agencies work together.\n\n.....if a child is at risk tell the lead.\n\n2. Stages\n";
        let document = Document::parse(text);
        let at = text.find("if a child").unwrap();
        assert_eq!(document.label_at(at), "section 1.3");
    }

    #[test]
    fn stages_sit_in_numbered_sections_and_hold_their_paragraphs() {
        let text = "2. Stages of the Policy\n\n- 2.1 Resolve it within one week.\n\nStage One – involving your line manager\n\n- 2.2 Any worker should consult a manager.\n\nStage Two – the other agency\n\n- 2.3 Talk to them.\n\n3. Afterwards\n";
        let document = Document::parse(text);
        let labels: Vec<String> = document.sections.iter().map(Section::label).collect();
        assert_eq!(
            labels,
            [
                "opening paragraph",
                "section 2",
                "section 2.1",
                "Stage One",
                "section 2.2",
                "Stage Two",
                "section 2.3",
                "section 3"
            ]
        );
        let two_two = document
            .sections
            .iter()
            .find(|s| s.label() == "section 2.2")
            .unwrap();
        let chain: Vec<String> = document
            .chain(two_two.id)
            .iter()
            .map(|s| s.label())
            .collect();
        assert_eq!(chain, ["section 2.2", "Stage One", "section 2"]);
        // "3." closes the stage: Stage Two ends where it starts.
        let stage_two = &document.sections[5];
        assert_eq!(stage_two.end, text.find("3. Afterwards").unwrap());
    }

    #[test]
    fn a_short_title_standing_alone_before_a_paragraph_is_a_heading() {
        let text = format!(
            "{LONG}\n\nImportant Additional Notes\n\n{LONG}\n\nApril 2017\n\n{LONG}\n\nLocal Contact Details to be added\n\n(See the local page)\n\nBedford Borough -\nLuton -\n\nStages of the policy\n{LONG}\n\nOnly valid for 48hrs\n"
        );
        assert_eq!(
            labels(&text),
            ["opening paragraph", "Important Additional Notes"]
        );
    }

    #[test]
    fn a_short_sentence_ends_the_title_block() {
        let text = "Our Policy\n\nTalk first.\n\nImportant Notes\n\nRecord everything you decide, with the date and who agreed it.\n";
        let document = Document::parse(text);
        assert_eq!(document.title_end, "Our Policy".len());
        assert_eq!(labels(text), ["opening paragraph", "Important Notes"]);
    }

    #[test]
    fn a_numbered_list_after_a_heading_is_not_a_run_of_headings() {
        let text = format!(
            "{LONG}\n\n3. Research\n\nWhat to do:\n\n1. Speak to your manager\n\n2. Write it down\n\n4. Next\n"
        );
        assert_eq!(
            labels(&text),
            ["opening paragraph", "section 3", "section 4"]
        );
    }

    #[test]
    fn an_appendix_numbers_afresh() {
        let text = format!(
            "{LONG}\n\n1. Context\n\n2. Stages\n\nAppendix A – Contacts\n\n1. Local contacts\n\n1.1 Ring the business unit first.\n"
        );
        assert_eq!(
            labels(&text),
            [
                "opening paragraph",
                "section 1",
                "section 2",
                "Appendix A",
                "section 1",
                "section 1.1"
            ]
        );
        let document = Document::parse(&text);
        assert_eq!(document.sections[4].parent, Some(3), "inside the appendix");
    }

    #[test]
    fn markdown_and_html_headings() {
        let text = format!(
            "## The Policy Title\n\n{LONG}\n\n<p><b>Stage 1 - Talk</b></p>\t<p>Most differences can be resolved.</p>\n\t<p>More for stage one.</p>\n<p><b>Stage 2 – Managers</b></p>\t<p>Then managers.</p>\n\n## **Conclusion**\n\n{LONG}\n"
        );
        let document = Document::parse(&text);
        assert_eq!(
            document
                .sections
                .iter()
                .map(Section::label)
                .collect::<Vec<_>>(),
            ["opening paragraph", "Stage 1", "Stage 2", "Conclusion"]
        );
        assert_eq!(
            document.label_at(text.find("The Policy").unwrap()),
            "heading"
        );
        let stage_1 = &document.sections[1];
        assert_eq!(stage_1.heading.as_deref(), Some("Stage 1 - Talk"));
        assert!(
            stage_1
                .range()
                .contains(&text.find("More for stage one").unwrap())
        );
        // The row's first cell is the heading; the rest of the row is not.
        assert_eq!(
            &text[stage_1.start..stage_1.heading_end],
            "<p><b>Stage 1 - Talk</b></p>"
        );
        assert_eq!(document.label_at(text.find("Talk").unwrap()), "Stage 1");
    }
}
