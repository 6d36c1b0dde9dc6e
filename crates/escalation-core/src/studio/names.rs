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
        if let Some((before, after)) = lower.split_once("after ") {
            if let Some(after) = numbers(after).into_iter().next() {
                let within = numbers(before).into_iter().next();
                return one(Part::After { within, after });
            }
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
