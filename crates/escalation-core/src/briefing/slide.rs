//! A part as it is presented: one screen, with a picture where words would
//! not fit (the stages as the flowchart, the timescales as a timeline from
//! day 0), and its sources as small numbered marks with the list at the
//! foot, so the room can read the words and the presenter can still show
//! where each comes from.

use super::model::{Cite, Part, Point, TimeMark, Visual, Voice};
use crate::policy::{Policy, SourceRef};

/// The first mark on every timeline, in this guide's words, labelled as
/// its note (the count starts there in every policy the guide carries;
/// where a policy does not say so, its marks carry the note that the guide
/// chose it).
pub const DAY_ZERO: &str = "The difference of opinion starts";

impl Policy {
    /// The deadlines with a working-day figure, in order of their day (then
    /// of their stage): what part 4 draws.
    pub fn time_marks(&self) -> Vec<TimeMark> {
        let mut marks: Vec<TimeMark> = self
            .stages
            .iter()
            .flat_map(|stage| {
                stage.timescales.iter().map(move |timescale| {
                    let label = timescale.stages_label(stage.number);
                    let mut points: Vec<Point> = timescale
                        .quotes()
                        .into_iter()
                        .map(|quote| Point::quote(quote, &timescale.source).labelled(&label))
                        .collect();
                    points.extend(timescale.start_note().map(Point::note));
                    TimeMark {
                        days: timescale.working_days,
                        points,
                    }
                })
            })
            .collect();
        // A stable sort: stages stay in order within a day.
        marks.sort_by_key(|mark| mark.days);
        marks
    }

    /// Day 0 on the timeline, as this guide's note.
    pub fn day_zero() -> Point {
        Point::note(DAY_ZERO)
    }

    /// Where a point comes from, in a few words for the list at a part's
    /// foot: the section, or for another document's words that document
    /// and its section; or a whole document.
    pub fn cite_in_words(&self, cite: &Cite) -> String {
        match cite {
            Cite::Section(source) => self.source_in_words(source),
            Cite::Document(id) => self.document_name(id),
        }
    }

    /// A section of the policy's own document by its name; one of another
    /// document's with that document's name first.
    pub fn source_in_words(&self, source: &SourceRef) -> String {
        match self.borrowed_from(source) {
            Some(document) => format!("{}, {}", self.document_name(&document.id), source.section),
            None => source.section.clone(),
        }
    }
}

/// A part's sources on screen: each point's number, and the list.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SourceMarks {
    /// Each source's words, numbered from 1 in the order the part's points
    /// first cite them.
    pub sources: Vec<String>,
}

impl SourceMarks {
    /// The marks for `points`, in the order they are shown.
    pub fn of<'a>(policy: &Policy, points: impl IntoIterator<Item = &'a Point>) -> Self {
        let mut sources: Vec<String> = Vec::new();
        for point in points {
            if let Some(words) = SourceMarks::words(policy, point)
                && !sources.contains(&words)
            {
                sources.push(words);
            }
        }
        SourceMarks { sources }
    }

    /// The words of a point's source, if it shows one: this guide's own
    /// words without a cited passage have none.
    fn words(policy: &Policy, point: &Point) -> Option<String> {
        match (point.voice, &point.cite) {
            (Voice::Silence | Voice::Guide, None) | (_, None) => None,
            (_, Some(cite)) => Some(policy.cite_in_words(cite)),
        }
    }

    /// The number beside `point`, from 1.
    pub fn number(&self, policy: &Policy, point: &Point) -> Option<usize> {
        let words = SourceMarks::words(policy, point)?;
        self.sources
            .iter()
            .position(|known| *known == words)
            .map(|index| index + 1)
    }
}

impl Part {
    /// Every point the part shows when presented, in order: the picture's
    /// (the timeline's marks) first, then the sections beside it.
    pub fn slide_points(&self) -> impl Iterator<Item = &Point> {
        let marks = match &self.visual {
            Some(Visual::Timeline(marks)) => marks.as_slice(),
            _ => &[],
        };
        marks
            .iter()
            .flat_map(|mark| &mark.points)
            .chain(self.slide.iter().flat_map(|section| &section.points))
    }
}

#[cfg(test)]
mod tests {
    use crate::built_in_policies;
    use crate::built_in_policy;

    use super::*;

    #[test]
    fn the_timeline_puts_every_working_day_figure_in_order_in_the_policys_words() {
        let policy = built_in_policy("pan-berkshire-2026").unwrap();
        let marks = policy.time_marks();
        let days: Vec<u32> = marks.iter().map(|mark| mark.days).collect();
        let mut sorted = days.clone();
        sorted.sort();
        assert_eq!(days, sorted);
        let figures: usize = policy.stages.iter().map(|s| s.timescales.len()).sum();
        assert_eq!(marks.len(), figures);
        // Every word the policy gives for a deadline is on its mark, and
        // where it does not say when the days start, this guide's note.
        for stage in &policy.stages {
            for timescale in &stage.timescales {
                let mark = marks
                    .iter()
                    .find(|mark| mark.points.iter().any(|p| p.text == timescale.quote))
                    .unwrap();
                assert_eq!(mark.days, timescale.working_days);
                for quote in timescale.quotes() {
                    assert!(
                        mark.points
                            .iter()
                            .any(|p| p.voice == Voice::Quote && p.text == quote)
                    );
                }
                assert_eq!(
                    mark.points.iter().any(|p| p.voice == Voice::Note),
                    timescale.start_not_stated,
                    "{quote}",
                    quote = timescale.quote
                );
            }
        }
    }

    #[test]
    fn part_4_draws_the_timeline_and_part_3_the_flowchart_for_every_built_in_policy() {
        for policy in built_in_policies() {
            let parts = policy.briefing();
            assert_eq!(parts[2].visual, Some(Visual::Flowchart), "{}", policy.id);
            match &parts[3].visual {
                Some(Visual::Timeline(marks)) => assert_eq!(marks, &policy.time_marks()),
                other => assert!(policy.time_marks().is_empty(), "{}: {other:?}", policy.id),
            }
        }
    }

    #[test]
    fn every_source_on_a_slide_has_one_number_and_every_cited_point_has_its_number() {
        for policy in built_in_policies() {
            for part in policy.briefing() {
                let marks = SourceMarks::of(policy, part.slide_points());
                let mut unique = marks.sources.clone();
                unique.dedup();
                assert_eq!(unique.len(), marks.sources.len());
                for point in part.slide_points() {
                    match &point.cite {
                        Some(cite) => {
                            let number = marks.number(policy, point).unwrap();
                            assert_eq!(marks.sources[number - 1], policy.cite_in_words(cite));
                        }
                        None => assert_eq!(marks.number(policy, point), None),
                    }
                }
            }
        }
    }

    #[test]
    fn part_7_presented_opens_on_the_questions_the_briefing_record_asks() {
        for policy in built_in_policies() {
            let part = &policy.briefing()[6];
            let first: Vec<&str> = part.slide[0]
                .points
                .iter()
                .map(|p| p.text.as_str())
                .collect();
            assert_eq!(
                first,
                crate::briefing_record::TEAM_QUESTIONS,
                "{}",
                policy.id
            );
        }
    }

    #[test]
    fn a_slide_shows_the_timescales_once() {
        let policy = built_in_policy("pan-berkshire-2026").unwrap();
        let part = &policy.briefing()[3];
        let quotes: Vec<&str> = part
            .slide_points()
            .filter(|point| point.voice == Voice::Quote)
            .map(|point| point.text.as_str())
            .collect();
        for point in policy.time_marks().iter().flat_map(|mark| &mark.points) {
            if point.voice == Voice::Quote {
                assert_eq!(
                    quotes.iter().filter(|q| **q == point.text).count(),
                    1,
                    "{}",
                    point.text
                );
            }
        }
    }
}
