//! The one-page sheet: the seven parts as seven numbered boxes around the
//! policy's name, the layout partnerships use for 7-minute briefings, made
//! from the parts as they are presented. Each box gives its points in
//! order; what does not fit on the page is left to the handout, and the box
//! says so.

use super::model::{Point, Visual};
use crate::policy::Policy;

/// One box of the sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetBox {
    /// 1 to 7.
    pub number: u8,
    pub title: &'static str,
    /// Its points, most important first.
    pub points: Vec<Point>,
}

impl Policy {
    /// The sheet's seven boxes: each part's picture in words (the stages in
    /// order, the deadlines by day), then what the part shows beside it.
    pub fn sheet(&self) -> Vec<SheetBox> {
        self.briefing()
            .into_iter()
            .map(|part| {
                let points: Vec<Point> = match &part.visual {
                    // Each stage by its title in the document's words, then
                    // who is involved in it.
                    Some(Visual::Flowchart) => self
                        .stages
                        .iter()
                        .flat_map(|stage| {
                            std::iter::once(
                                Point::quote(&stage.title, &stage.source).labelled(stage.label()),
                            )
                            .chain(
                                stage
                                    .who
                                    .iter()
                                    .map(|who| Point::policy(who).labelled("Who")),
                            )
                        })
                        .chain(
                            part.slide
                                .iter()
                                .filter(|section| !section.heading.starts_with("Stage"))
                                .flat_map(|section| section.points.iter().cloned()),
                        )
                        .collect(),
                    Some(Visual::Timeline(marks)) => marks
                        .iter()
                        .flat_map(|mark| mark.points.iter().cloned())
                        .chain(part.slide.iter().flat_map(|s| s.points.iter().cloned()))
                        .collect(),
                    None => part
                        .slide
                        .iter()
                        .flat_map(|section| section.points.iter().cloned())
                        .collect(),
                };
                SheetBox {
                    number: part.number,
                    title: part.title,
                    points,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::briefing::Voice;
    use crate::built_in_policies;

    #[test]
    fn seven_boxes_each_with_points_and_the_timescales_in_the_policys_words() {
        for policy in built_in_policies() {
            let sheet = policy.sheet();
            assert_eq!(sheet.len(), 7, "{}", policy.id);
            for (index, sheet_box) in sheet.iter().enumerate() {
                assert_eq!(usize::from(sheet_box.number), index + 1);
                assert!(
                    !sheet_box.points.is_empty(),
                    "{} box {}",
                    policy.id,
                    index + 1
                );
            }
            for point in policy.time_marks().iter().flat_map(|mark| &mark.points) {
                assert!(sheet[3].points.contains(point), "{}", policy.id);
            }
            // The stages box names every stage, in order, by its title in
            // the document's words.
            let stages: Vec<&str> = sheet[2]
                .points
                .iter()
                .filter(|point| {
                    point.voice == Voice::Quote
                        && point
                            .label
                            .as_deref()
                            .is_some_and(|l| l.starts_with("Stage"))
                })
                .map(|point| point.text.as_str())
                .collect();
            let titles: Vec<&str> = policy
                .stages
                .iter()
                .map(|stage| stage.title.as_str())
                .collect();
            assert_eq!(stages, titles, "{}", policy.id);
            // The team's questions are labelled as this guide's.
            for point in &sheet[6].points {
                if point.voice == Voice::Guide {
                    assert!(point.label.is_some(), "{}: {point:?}", policy.id);
                }
            }
        }
    }
}
