//! A policy's deadlines as dates, from the day the difference of opinion
//! started.

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::{Calendar, Division, covered_years};
use crate::policy::Policy;

/// The deadlines of a policy from one start date. Serializes to the JSON
/// that `policy-tool timeline` prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub policy: String,
    pub start: NaiveDate,
    pub division: Division,
    /// One per timescale in the policy, in stage order.
    pub deadlines: Vec<Deadline>,
    /// Stages without a timescale, and any warning about the dates.
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub stage: u32,
    pub what: String,
    pub working_days: u32,
    pub due: NaiveDate,
    /// Counted across days whose bank holidays are not built in.
    #[serde(skip)]
    pub beyond_data: bool,
}

/// What the widget and the tool say for a stage whose policy sets no timescale.
pub const NO_TIMESCALE: &str = "this policy sets no timescale for this stage; resolve it as quickly as the child's safety requires";

/// Work out every deadline in `policy` from `start`.
pub fn timeline(policy: &Policy, start: NaiveDate, calendar: &Calendar) -> Timeline {
    let mut deadlines = Vec::new();
    let mut notes = Vec::new();
    for stage in &policy.stages {
        for timescale in &stage.timescales {
            // Policies cap working days far below the calendar's end, so
            // this only fails on a date near the year 262143.
            let Some(due) = calendar.add_working_days(start, timescale.working_days) else {
                notes.push(format!(
                    "Stage {}: the due date is beyond the dates this guide can count",
                    stage.number
                ));
                continue;
            };
            deadlines.push(Deadline {
                stage: stage.number,
                what: timescale.what.clone(),
                working_days: timescale.working_days,
                due: due.date,
                beyond_data: due.beyond_data,
            });
        }
        if stage.timescales.is_empty() {
            let note = match &stage.timing {
                Some(timing) => format!(
                    "Stage {} ({}) has no timescale in working days. The policy says: {}",
                    stage.number, stage.title, timing.text
                ),
                None => format!("Stage {} ({}): {NO_TIMESCALE}.", stage.number, stage.title),
            };
            notes.push(note);
        }
    }
    let uncovered: Vec<String> = deadlines
        .iter()
        .filter(|deadline| deadline.beyond_data)
        .map(|deadline| {
            format!(
                "stage {} ({} working days)",
                deadline.stage, deadline.working_days
            )
        })
        .collect();
    if !uncovered.is_empty() {
        let (first, last) = covered_years();
        notes.push(format!(
            "Bank holidays are built in for {first} to {last} only. These due dates count days outside those years, skipping weekends but not bank holidays, so they may be too early: {}. Check them against your own calendar.",
            uncovered.join(", ")
        ));
    }
    Timeline {
        policy: policy.id.clone(),
        start,
        division: calendar.division(),
        deadlines,
        notes,
    }
}
