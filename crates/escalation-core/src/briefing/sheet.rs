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
                let mut points: Vec<Point> = match &part.visual {
                    Some(Visual::Flowchart) => self
                        .stages
                        .iter()
                        .map(|stage| Point::guide(stage.title.clone()).labelled(stage.label()))
                        .collect(),
                    Some(Visual::Timeline(marks)) => {
                        marks.iter().map(|mark| mark.point.clone()).collect()
                    }
                    None => Vec::new(),
                };
                points.extend(
                    part.slide
                        .iter()
                        .flat_map(|section| section.points.iter().cloned()),
                );
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
            for mark in policy.time_marks() {
                assert!(sheet[3].points.contains(&mark.point), "{}", policy.id);
            }
            // The stages box names every stage, in order, in this guide's
            // words for the policy's own titles.
            let stages: Vec<&str> = sheet[2]
                .points
                .iter()
                .filter(|point| {
                    point.voice == Voice::Guide
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
        }
    }
}
