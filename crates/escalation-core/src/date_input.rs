//! The GOV.UK date input: three fields, day, month and year, checked with
//! messages that say exactly what is wrong.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One of the three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateField {
    Day,
    Month,
    Year,
}

impl DateField {
    pub const ALL: [DateField; 3] = [DateField::Day, DateField::Month, DateField::Year];

    pub fn name(self) -> &'static str {
        match self {
            DateField::Day => "day",
            DateField::Month => "month",
            DateField::Year => "year",
        }
    }
}

/// What the user typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateFields {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateFields {
    pub fn get(&self, field: DateField) -> &str {
        match field {
            DateField::Day => &self.day,
            DateField::Month => &self.month,
            DateField::Year => &self.year,
        }
    }

    /// Whether nothing has been typed in any of the three fields.
    pub fn is_empty(&self) -> bool {
        DateField::ALL
            .into_iter()
            .all(|field| self.get(field).trim().is_empty())
    }

    /// Set one of the three fields.
    pub fn set(&mut self, field: DateField, text: String) {
        match field {
            DateField::Day => self.day = text,
            DateField::Month => self.month = text,
            DateField::Year => self.year = text,
        }
    }

    pub fn from_date(date: NaiveDate) -> Self {
        use chrono::Datelike;
        DateFields {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }
}

/// A problem with the date, and the fields to mark as wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub fields: Vec<DateField>,
}

/// The months' names, in lower case, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a user means: a number, or a name or its abbreviation
/// ("jan", "Sept", "december").
fn parse_month(text: &str) -> Option<u32> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let number = text.parse::<u32>().ok()?;
        return (1..=12).contains(&number).then_some(number);
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTH_NAMES
        .iter()
        .position(|name| *name == lower || (lower.len() >= 3 && name.starts_with(lower)))
        .map(|index| index as u32 + 1)
}

fn and_list(fields: &[DateField]) -> String {
    match fields {
        [one] => one.name().to_string(),
        [first, second] => format!("{} and {}", first.name(), second.name()),
        _ => fields
            .iter()
            .map(|field| field.name())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Check the three fields. `subject` names the date in messages, for example
/// "Date the difference of opinion started"; `today` rules out the future.
pub fn parse_date_input(
    fields: &DateFields,
    today: NaiveDate,
    subject: &str,
) -> Result<NaiveDate, DateError> {
    parse_date(fields, Some(today), subject)
}

/// Check the three fields of a date that may be in the future (an action's
/// "by when"), by the same rules otherwise.
pub fn parse_any_date(fields: &DateFields, subject: &str) -> Result<NaiveDate, DateError> {
    parse_date(fields, None, subject)
}

fn parse_date(
    fields: &DateFields,
    today: Option<NaiveDate>,
    subject: &str,
) -> Result<NaiveDate, DateError> {
    let trimmed = |field| fields.get(field).trim();
    let missing: Vec<DateField> = DateField::ALL
        .into_iter()
        .filter(|&field| trimmed(field).is_empty())
        .collect();
    if missing.len() == 3 {
        let mut chars = subject.chars();
        let subject_in_sentence = chars
            .next()
            .map(|first| first.to_ascii_lowercase().to_string() + chars.as_str())
            .unwrap_or_default();
        return Err(DateError {
            message: format!("Enter the {subject_in_sentence}"),
            fields: missing,
        });
    }
    if !missing.is_empty() {
        return Err(DateError {
            message: format!("{subject} must include a {}", and_list(&missing)),
            fields: missing,
        });
    }
    let not_real = |fields: Vec<DateField>| DateError {
        message: format!("{subject} must be a real date"),
        fields,
    };
    // Digits only: "+5" or "٥" is not a day, though Rust would read them.
    let number = |text: &str| {
        text.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    let day = number(trimmed(DateField::Day));
    let month = parse_month(trimmed(DateField::Month));
    let year_text = trimmed(DateField::Year);
    let year = number(year_text).and_then(|year| i32::try_from(year).ok());
    let mut bad: Vec<DateField> = Vec::new();
    if day.is_none_or(|day| !(1..=31).contains(&day)) {
        bad.push(DateField::Day);
    }
    if month.is_none() {
        bad.push(DateField::Month);
    }
    if year.is_none() {
        bad.push(DateField::Year);
    }
    if !bad.is_empty() {
        return Err(not_real(bad));
    }
    if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError {
            message: "Year must include 4 numbers".to_string(),
            fields: vec![DateField::Year],
        });
    }
    let (day, month, year) = (day.unwrap_or(0), month.unwrap_or(0), year.unwrap_or(0));
    let date = NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| not_real(DateField::ALL.to_vec()))?;

    if today.is_some_and(|today| date > today) {
        return Err(DateError {
            message: format!("{subject} must be today or in the past"),
            fields: DateField::ALL.to_vec(),
        });
    }
    let years = crate::calendar::YEARS;
    if !years.contains(&year) {
        let (first, last) = (years.start(), years.end());
        return Err(DateError {
            message: format!("{subject} must be a year from {first} to {last}"),
            fields: vec![DateField::Year],
        });
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUBJECT: &str = "Date the difference of opinion started";

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn check(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateError> {
        let fields = DateFields {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        };
        parse_date_input(&fields, today(), SUBJECT)
    }

    fn message(day: &str, month: &str, year: &str) -> String {
        check(day, month, year).unwrap_err().message
    }

    #[test]
    fn signs_are_not_digits() {
        assert_eq!(
            message("+5", "4", "2026"),
            format!("{SUBJECT} must be a real date")
        );
        assert_eq!(
            message("5", "+4", "2026"),
            format!("{SUBJECT} must be a real date")
        );
        assert_eq!(
            message("5", "4", "+2026"),
            format!("{SUBJECT} must be a real date")
        );
    }

    #[test]
    fn a_year_outside_the_guides_years_is_refused() {
        assert_eq!(
            message("2", "4", "0026"),
            format!("{SUBJECT} must be a year from 2000 to 2099")
        );
        assert_eq!(
            check("2", "4", "0026").unwrap_err().fields,
            [DateField::Year]
        );
        assert_eq!(
            message("31", "12", "1999"),
            format!("{SUBJECT} must be a year from 2000 to 2099")
        );
        assert!(check("1", "1", "2000").is_ok());
    }

    #[test]
    fn a_real_past_date_is_accepted() {
        assert_eq!(
            check("20", "11", "2026"),
            NaiveDate::from_ymd_opt(2026, 11, 20).ok_or_else(|| unreachable!())
        );
        assert_eq!(
            check(" 23 ", "11", "2026").unwrap(),
            today(),
            "today itself is allowed"
        );
    }

    #[test]
    fn month_names_and_abbreviations_are_accepted() {
        for month in ["jan", "Jan", "JANUARY", "january", "Jan.", "1", "01"] {
            assert_eq!(
                check("5", month, "2026").unwrap().to_string(),
                "2026-01-05",
                "{month}"
            );
        }
        assert_eq!(
            check("5", "sept", "2026").unwrap().to_string(),
            "2026-09-05"
        );
        assert!(
            check("5", "ja", "2026").is_err(),
            "two letters are ambiguous"
        );
    }

    #[test]
    fn nothing_entered() {
        assert_eq!(
            message("", " ", ""),
            "Enter the date the difference of opinion started"
        );
    }

    #[test]
    fn missing_parts_are_named() {
        assert_eq!(
            message("", "11", "2026"),
            format!("{SUBJECT} must include a day")
        );
        assert_eq!(
            message("3", "", "2026"),
            format!("{SUBJECT} must include a month")
        );
        assert_eq!(
            message("3", "", ""),
            format!("{SUBJECT} must include a month and year")
        );
        let error = check("", "11", "").unwrap_err();
        assert_eq!(
            error.message,
            format!("{SUBJECT} must include a day and year")
        );
        assert_eq!(error.fields, [DateField::Day, DateField::Year]);
    }

    #[test]
    fn impossible_dates_must_be_real() {
        for (day, month, year) in [
            ("30", "2", "2026"),
            ("31", "4", "2026"),
            ("0", "1", "2026"),
            ("x", "1", "2026"),
            ("3", "13", "2026"),
            ("3", "smarch", "2026"),
        ] {
            assert_eq!(
                message(day, month, year),
                format!("{SUBJECT} must be a real date"),
                "{day} {month} {year}"
            );
        }
        assert_eq!(
            check("3", "smarch", "2026").unwrap_err().fields,
            [DateField::Month]
        );
    }

    #[test]
    fn the_year_needs_four_numbers() {
        assert_eq!(message("3", "11", "26"), "Year must include 4 numbers");
    }

    #[test]
    fn future_dates_are_refused() {
        assert_eq!(
            message("24", "11", "2026"),
            format!("{SUBJECT} must be today or in the past")
        );
    }
}
