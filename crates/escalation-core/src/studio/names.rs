//! Reading the section a policy file names for a statement ("section 2.2",
//! "Stage One, section 2.2", "Stages 1 to 4", "section 1, after 1.3",
//! "opening paragraph", "Conclusion") and telling whether a place in the
//! document agrees with it. Policy files name sections in their authors'
//! words, so this reads the common forms and says when it cannot read one
//! rather than guessing.

use super::document::{Document, Location};
use super::heading::{Kind, number_value};

/// Whether a place agrees with the section a policy file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// The place is in (or under) a section the name names.
    Agrees,
    /// The name was read, and the place is elsewhere.
    Disagrees,
    /// The name is in words this reader does not know.
    Unreadable,
}

/// One thing a section name points at.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// "heading": the document's title block.
    TitleBlock,
    /// "opening paragraph", "note at the start of the chapter".
    Opening,
    /// "closing paragraph": the document's last paragraph.
    Closing,
    /// "heading of section 7".
    HeadingOf(String),
    /// "section 2.2": that numbered section or one inside it.
    Section(String),
    /// "section 1, after 1.3", "note after section 1.2": after that
    /// numbered section starts and before the next one beside it.
    After {
        within: Option<String>,
        after: String,
    },
    /// "Stage One", "Stage 1": by its number.
    Stage(u32),
    /// "Appendix 1", "Part 2" (lower case).
    Labelled(String),
    /// "list after ‘Disagreements are most likely to arise around’".
    ListAfter(String),
    /// Any other name: a heading's words ("Conclusion").
    Title(String),
}

/// A section name as a policy file gives it, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionName {
    parts: Vec<Part>,
}

fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty() && w.split('.').all(|p| p.parse::<u32>().is_ok()))
        .map(str::to_string)
        .collect()
}

impl SectionName {
    pub fn parse(name: &str) -> SectionName {
        let lower = super::mapped::normalise(name).to_lowercase();
        let one = |part| SectionName { parts: vec![part] };
        if lower == "heading" {
            return one(Part::TitleBlock);
        }
        if let Some(rest) = lower.strip_prefix("heading of section ") {
            return one(Part::HeadingOf(rest.trim().to_string()));
        }
        if lower.contains("opening") || lower.contains("at the start of") {
            return one(Part::Opening);
        }
        if lower.contains("closing paragraph") {
            return one(Part::Closing);
        }
        // The phrase keeps its case: it is found in the document.
        let plain = super::mapped::normalise(name);
        if let Some(rest) = plain
            .get(.."list after ".len())
            .filter(|start| start.eq_ignore_ascii_case("list after "))
            .map(|start| &plain[start.len()..])
        {
            let phrase = rest.trim_matches(|c: char| c == '\'' || c == '"' || c.is_whitespace());
            return one(Part::ListAfter(phrase.to_string()));
        }
        if let Some((before, after)) = lower.split_once("after ")
            && let Some(after) = numbers(after).into_iter().next()
        {
            let within = numbers(before).into_iter().next();
            return one(Part::After { within, after });
        }
        let mut parts = Vec::new();
        // What the numbers that follow are numbers of.
        let mut of: Option<&str> = None;
        let mut range_from: Option<u32> = None;
        for word in lower.split(|c: char| c.is_whitespace() || c == ',') {
            match word {
                "" => {}
                "section" | "sections" | "paragraph" => of = Some("section"),
                "stage" | "stages" => of = Some("stage"),
                "appendix" | "part" => of = Some(if word == "part" { "part" } else { "appendix" }),
                "and" => {}
                "to" if of == Some("stage") => {
                    range_from = parts.iter().rev().find_map(|p| match p {
                        Part::Stage(n) => Some(*n),
                        _ => None,
                    })
                }
                word => match of {
                    Some("section") if !numbers(word).is_empty() => {
                        parts.push(Part::Section(word.trim_end_matches('.').to_string()));
                    }
                    Some("stage") if number_value(word).is_some() => {
                        let n = number_value(word).unwrap_or_default();
                        let from = range_from.take().map_or(n, |from| from + 1);
                        parts.extend((from..=n).map(Part::Stage));
                    }
                    Some(label @ ("appendix" | "part")) => {
                        parts.push(Part::Labelled(format!("{label} {word}")));
                        of = None;
                    }
                    _ => of = None,
                },
            }
        }
        if parts.is_empty() && !lower.is_empty() {
            parts.push(Part::Title(lower));
        }
        SectionName { parts }
    }

    /// Whether `location` in `document` is where this name says.
    pub fn agrees(&self, document: &Document, location: &Location) -> Agreement {
        if self.parts.is_empty() {
            return Agreement::Unreadable;
        }
        let mut title_known = false;
        for part in &self.parts {
            if let Part::Title(title) = part {
                title_known |= document.sections.iter().any(|s| {
                    s.heading
                        .as_deref()
                        .is_some_and(|h| h.to_lowercase() == *title)
                });
            }
            if part_agrees(part, document, location) {
                return Agreement::Agrees;
            }
        }
        let only_an_unknown_title =
            matches!(self.parts.as_slice(), [Part::Title(_)]) && !title_known;
        if only_an_unknown_title {
            Agreement::Unreadable
        } else {
            Agreement::Disagrees
        }
    }
}

fn part_agrees(part: &Part, document: &Document, location: &Location) -> bool {
    let chain = document.chain(location.section_id);
    let numbered = |number: &str| {
        chain.iter().any(|s| {
            matches!(s.kind, Kind::Numbered | Kind::NumberedParagraph)
                && s.number_label.as_deref() == Some(number)
        })
    };
    match part {
        Part::TitleBlock => location.start < document.title_end,
        Part::Opening => location.section_id == 0 && location.start >= document.title_end,
        Part::Closing => {
            // No paragraph follows: after the first blank line, nothing.
            let rest = &document.text[location.end..];
            let mut blank_seen = false;
            rest.lines().skip(1).all(|line| {
                blank_seen |= line.trim().is_empty();
                !blank_seen || line.trim().is_empty()
            })
        }
        Part::HeadingOf(number) => document.sections.iter().any(|s| {
            s.number_label.as_deref() == Some(number.as_str())
                && (s.start..s.heading_end).contains(&location.start)
        }),
        Part::Section(number) => numbered(number),
        Part::After { within, after } => {
            let within_agrees = within.as_deref().is_none_or(numbered);
            let Some(section) = document
                .sections
                .iter()
                .find(|s| s.number_label.as_deref() == Some(after.as_str()))
            else {
                return false;
            };
            let next_beside = document
                .sections
                .iter()
                .find(|s| s.parent == section.parent && s.start > section.start)
                .map_or(document.text.len(), |s| s.start);
            let parent_end = section
                .parent
                .map_or(document.text.len(), |p| document.sections[p].end);
            within_agrees
                && location.start >= section.start
                && location.start < next_beside.min(parent_end)
        }
        Part::Stage(n) => chain.iter().any(|s| {
            s.kind == Kind::Labelled
                && s.number_label
                    .as_deref()
                    .and_then(|l| l.strip_prefix("Stage "))
                    .and_then(number_value)
                    == Some(*n)
        }),
        Part::Labelled(label) => chain.iter().any(|s| {
            s.kind == Kind::Labelled
                && s.number_label.as_deref().map(str::to_lowercase).as_deref() == Some(label)
        }),
        Part::ListAfter(phrase) => document
            .locate_all(phrase)
            .iter()
            .any(|found| found.section_id == location.section_id && found.end <= location.start),
        Part::Title(title) => chain.iter().any(|s| {
            s.heading
                .as_deref()
                .is_some_and(|h| h.to_lowercase() == *title)
        }),
    }
}

impl Document {
    /// Where `passage` sits, preferring the place that agrees with the
    /// section a policy file names ("The Independent Scrutineer can also be
    /// notified." is in both Stage 2 and Stage 3).
    pub fn locate_in(&self, passage: &str, section_name: &str) -> Option<(Location, Agreement)> {
        let name = SectionName::parse(section_name);
        let mut first = None;
        for location in self.locate_all(passage) {
            let agreement = name.agrees(self, &location);
            if agreement == Agreement::Agrees {
                return Some((location, agreement));
            }
            first.get_or_insert((location, agreement));
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Our Policy\n\nThis opening paragraph has more than sixteen words in it, so the title block ends before it.\n\nDisagreements arise around:\n- levels of need\n\n1. Context\n\n1.1 First point here.\n1.2 Second point here.\n- Please note the other route.\n\nWhether you agree or not, ask.\n\n2. Stages\n\nStage One – Talk\n\n2.1 Talk first.\n\nStage Two – Managers\n\n2.2 Then managers.\n\nConclusion\n\nAll differences should be resolved in a timely way by everybody.\n\nThe closing paragraph says this.\n";

    fn agreement(name: &str, passage: &str) -> Agreement {
        let document = Document::parse(TEXT);
        let location = document.locate(passage).expect(passage);
        SectionName::parse(name).agrees(&document, &location)
    }

    #[test]
    fn names_the_policy_files_use_agree_with_where_a_passage_is() {
        for (name, passage) in [
            ("heading", "Our Policy"),
            ("opening paragraph", "This opening paragraph"),
            (
                "opening paragraphs, before \"Stages\"",
                "This opening paragraph",
            ),
            ("list after ‘Disagreements arise around’", "levels of need"),
            ("section 1.1", "First point"),
            ("section 1", "First point"),
            ("section 1.2, note", "Please note"),
            ("note after section 1.2", "Please note"),
            ("section 1, after 1.2", "Whether you agree"),
            ("section 1, after section 1.2", "Whether you agree"),
            ("section 1, after paragraph 1.2", "Whether you agree"),
            ("heading of section 2", "Stages"),
            ("Stage One", "Talk first"),
            ("Stage 1", "Talk first"),
            ("STAGE ONE", "Talk first"),
            ("Stage One, section 2.1", "Talk"),
            ("Stage 1 and its timescales", "Talk first"),
            ("Stage 1 and Stage 2", "Then managers"),
            ("Stages 1 to 2", "Then managers"),
            ("sections 2.1 and 2.2", "Then managers"),
            ("Conclusion", "All differences"),
            ("closing paragraph", "The closing paragraph"),
        ] {
            assert_eq!(
                agreement(name, passage),
                Agreement::Agrees,
                "{name}: {passage}"
            );
        }
    }

    #[test]
    fn names_that_point_elsewhere_disagree() {
        for (name, passage) in [
            ("heading", "This opening paragraph"),
            ("opening paragraph", "Our Policy"),
            ("opening paragraph", "First point"),
            (
                "list after ‘Disagreements arise around’",
                "This opening paragraph",
            ),
            ("section 1.2", "First point"),
            ("section 2", "First point"),
            ("section 1, after 1.2", "First point"),
            ("section 1, after 1.1", "Whether you agree"),
            ("heading of section 2", "Talk first"),
            ("Stage Two", "Talk first"),
            ("Stages 2 to 3", "Talk first"),
            ("Stage One", "All differences"),
            ("Conclusion", "Talk first"),
            ("closing paragraph", "All differences"),
            ("Appendix B", "Talk first"),
        ] {
            assert_eq!(
                agreement(name, passage),
                Agreement::Disagrees,
                "{name}: {passage}"
            );
        }
    }

    #[test]
    fn a_name_in_words_the_reader_does_not_know_is_said_so() {
        assert_eq!(
            agreement("the bit about talking", "Talk first"),
            Agreement::Unreadable
        );
        assert_eq!(agreement("", "Talk first"), Agreement::Unreadable);
    }

    #[test]
    fn a_passage_in_two_places_is_taken_where_its_name_says() {
        let text = "Stage 1 – A\n\nThe Scrutineer can also be notified.\n\nStage 2 – B\n\nThe Scrutineer can also be notified.\n";
        let document = Document::parse(text);
        let passage = "The Scrutineer can also be notified.";
        let second = text.rfind(passage).unwrap();
        let (found, agreement) = document.locate_in(passage, "Stage 2").unwrap();
        assert_eq!((found.start, agreement), (second, Agreement::Agrees));
        let (found, agreement) = document.locate_in(passage, "Stage 1").unwrap();
        assert_eq!(
            (found.start, agreement),
            (text.find(passage).unwrap(), Agreement::Agrees)
        );
        // Named elsewhere: the first place, said to disagree.
        let (found, agreement) = document.locate_in(passage, "Stage 3").unwrap();
        assert_eq!(
            (found.start, agreement),
            (text.find(passage).unwrap(), Agreement::Disagrees)
        );
        assert_eq!(document.locate_in("Not there.", "Stage 1"), None);
    }
}
