//! What must be right before the record is printed or exported (the date
//! of the briefing, who held it, how many came, each action's "by when"),
//! with messages that name the field, as the GOV.UK error summary lists
//! them. Nothing is checked while typing, and nothing typed is changed:
//! the JSON file to continue later keeps whatever was typed.

use chrono::NaiveDate;

use super::{ActionPart, BriefingAction, BriefingField, BriefingRecord, part};
use crate::date_input::{DateField, parse_any_date, parse_date_input};

/// The most people a record says attended: a larger number is a typing
/// mistake, not a team meeting.
pub const MAX_ATTENDED: u32 = 10_000;

/// A field of the record a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// One of the date input's fields.
    Date(DateField),
    Field(BriefingField),
    /// The action with this id: what will be done.
    ActionWhat(u32),
    /// The action with this id: a field of its "by when".
    ActionBy(u32, DateField),
}

impl Place {
    /// The id of the element on the page, so the error summary can link to
    /// it: the page renders each field with this id.
    pub fn element_id(self) -> String {
        match self {
            Place::Date(field) => format!("briefing-date-{}", field.name()),
            Place::Field(BriefingField::Team) => "briefing-team".into(),
            Place::Field(BriefingField::Facilitator) => "briefing-facilitator".into(),
            Place::Field(BriefingField::Attended) => "briefing-attended".into(),
            Place::ActionWhat(id) => format!("briefing-action-{id}-what"),
            Place::ActionBy(id, field) => format!("briefing-action-{id}-by-{}", field.name()),
        }
    }
}

/// One problem, where it is and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: String,
    /// The date input's fields to mark as wrong, for a date.
    pub date_fields: Vec<DateField>,
}

impl BriefingRecord {
    /// The date of the briefing, if it is a real date, today or earlier.
    pub fn held_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        parse_date_input(&self.date, today, part::DATE).ok()
    }

    /// How many attended, if it is a whole number from 1.
    pub fn attended_number(&self) -> Option<u32> {
        let text = self.attended.trim();
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse::<u32>()
            .ok()
            .filter(|number| (1..=MAX_ATTENDED).contains(number))
    }

    /// Everything that stops the record being printed or exported, in the
    /// order of the page.
    pub fn problems(&self, today: NaiveDate) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Err(error) = parse_date_input(&self.date, today, part::DATE) {
            problems.push(Problem {
                place: Place::Date(error.fields.first().copied().unwrap_or(DateField::Day)),
                message: error.message,
                date_fields: error.fields,
            });
        }
        let mut need = |field: BriefingField, message: &str| {
            if self.field(field).trim().is_empty() {
                problems.push(Problem {
                    place: Place::Field(field),
                    message: message.into(),
                    date_fields: Vec::new(),
                });
            }
        };
        need(BriefingField::Team, "Enter the team or setting");
        need(
            BriefingField::Facilitator,
            "Enter who facilitated the briefing",
        );
        need(BriefingField::Attended, "Enter how many attended");
        if !self.attended.trim().is_empty() && self.attended_number().is_none() {
            problems.push(Problem {
                place: Place::Field(BriefingField::Attended),
                message: format!(
                    "How many attended must be a whole number from 1 to {}, like 12",
                    crate::limits::thousands(MAX_ATTENDED as usize)
                ),
                date_fields: Vec::new(),
            });
        }
        for (position, action) in self.actions.iter().enumerate() {
            let number = position + 1;
            if action.what.trim().is_empty() {
                problems.push(Problem {
                    place: Place::ActionWhat(action.id),
                    message: format!("Enter what will be done for action {number}, or remove it"),
                    date_fields: Vec::new(),
                });
            }
            if let Err(error) = action.due_or_undated(number) {
                problems.push(Problem {
                    place: Place::ActionBy(
                        action.id,
                        error.fields.first().copied().unwrap_or(DateField::Day),
                    ),
                    message: error.message,
                    date_fields: error.fields,
                });
            }
        }
        problems
    }
}

impl BriefingAction {
    /// "By when" as a date: `None` for an undated action, or one whose date
    /// is not a real date.
    pub fn due(&self) -> Option<NaiveDate> {
        self.due_or_undated(0).ok().flatten()
    }

    /// `Ok(None)` when no date was given; the date input's rules otherwise,
    /// with messages naming the action by its position.
    fn due_or_undated(
        &self,
        position: usize,
    ) -> Result<Option<NaiveDate>, crate::date_input::DateError> {
        if self.by.is_empty() {
            return Ok(None);
        }
        let subject = format!("{} {position}: by when", part::ACTION);
        parse_any_date(&self.by, &subject).map(Some)
    }

    /// The action in one line, each part under its label, as the record's
    /// exports write it.
    pub fn in_words(&self) -> String {
        let or_not = |text: &str| {
            let text = text.trim();
            if text.is_empty() {
                "Not recorded".to_string()
            } else {
                text.to_string()
            }
        };
        let by = match self.due() {
            Some(date) => crate::calendar::long_date(date),
            None if self.by.is_empty() => "No date given".to_string(),
            None => format!("{} {} {}", self.by.day, self.by.month, self.by.year),
        };
        format!(
            "{}: {}; {}: {}; {}: {}",
            ActionPart::What.label(),
            or_not(&self.what),
            ActionPart::Who.label(),
            or_not(&self.who),
            part::BY,
            by
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing_record::BriefingEdit;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    fn complete() -> BriefingRecord {
        let mut record = BriefingRecord::default();
        for (field, text) in [
            (DateField::Day, "26"),
            (DateField::Month, "11"),
            (DateField::Year, "2026"),
        ] {
            record.apply(BriefingEdit::SetDate(field, text.into()));
        }
        record.apply(BriefingEdit::Set(BriefingField::Team, "Nursery".into()));
        record.apply(BriefingEdit::Set(BriefingField::Facilitator, "DSL".into()));
        record.apply(BriefingEdit::Set(BriefingField::Attended, "12".into()));
        record
    }

    #[test]
    fn a_complete_record_has_no_problems() {
        assert_eq!(complete().problems(today()), []);
        assert_eq!(complete().attended_number(), Some(12));
        assert_eq!(
            complete().held_on(today()),
            NaiveDate::from_ymd_opt(2026, 11, 26)
        );
    }

    #[test]
    fn each_problem_names_its_field() {
        let messages = |record: &BriefingRecord| -> Vec<(String, String)> {
            record
                .problems(today())
                .into_iter()
                .map(|p| (p.place.element_id(), p.message))
                .collect()
        };
        let empty = BriefingRecord::default();
        assert_eq!(
            messages(&empty),
            [
                (
                    "briefing-date-day".to_string(),
                    "Enter the date of the briefing".to_string()
                ),
                ("briefing-team".into(), "Enter the team or setting".into()),
                (
                    "briefing-facilitator".into(),
                    "Enter who facilitated the briefing".into()
                ),
                ("briefing-attended".into(), "Enter how many attended".into()),
            ]
        );
        let mut record = complete();
        record.apply(BriefingEdit::SetDate(DateField::Day, "28".into()));
        record.apply(BriefingEdit::Set(BriefingField::Attended, "twelve".into()));
        record.apply(BriefingEdit::AddAction);
        record.apply(BriefingEdit::SetActionBy(1, DateField::Day, "31".into()));
        record.apply(BriefingEdit::SetActionBy(1, DateField::Month, "2".into()));
        record.apply(BriefingEdit::SetActionBy(1, DateField::Year, "2027".into()));
        assert_eq!(
            messages(&record),
            [
                (
                    "briefing-date-day".to_string(),
                    "Date of the briefing must be today or in the past".to_string()
                ),
                (
                    "briefing-attended".into(),
                    "How many attended must be a whole number from 1 to 10,000, like 12".into()
                ),
                (
                    "briefing-action-1-what".into(),
                    "Enter what will be done for action 1, or remove it".into()
                ),
                (
                    "briefing-action-1-by-day".into(),
                    "Action 1: by when must be a real date".into()
                ),
            ]
        );
        for attended in ["0", "-3", "1.5", "10001"] {
            record.apply(BriefingEdit::Set(BriefingField::Attended, attended.into()));
            assert_eq!(record.attended_number(), None, "{attended}");
        }
    }

    #[test]
    fn an_action_may_be_due_in_the_future_or_undated() {
        let mut record = complete();
        record.apply(BriefingEdit::AddAction);
        record.apply(BriefingEdit::SetAction(
            1,
            ActionPart::What,
            "Read it".into(),
        ));
        assert_eq!(record.problems(today()), []);
        assert_eq!(record.actions[0].due(), None);
        for (field, text) in [
            (DateField::Day, "5"),
            (DateField::Month, "jan"),
            (DateField::Year, "2027"),
        ] {
            record.apply(BriefingEdit::SetActionBy(1, field, text.into()));
        }
        assert_eq!(record.problems(today()), []);
        assert_eq!(record.actions[0].due(), NaiveDate::from_ymd_opt(2027, 1, 5));
        assert_eq!(
            record.actions[0].in_words(),
            "What will be done: Read it; Who will do it: Not recorded; By when: 5 January 2027"
        );
    }
}
