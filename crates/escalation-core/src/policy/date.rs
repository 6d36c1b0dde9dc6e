//! A policy's issue date, to the precision its source gives.

/// A policy's issue date, to the precision its source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueDate {
    Year(i32),
    Month(i32, u32),
    Day(chrono::NaiveDate),
}

impl IssueDate {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<IssueDate> {
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [year] if digits(year, 4) => {
                let year: i32 = year.parse().ok()?;
                crate::calendar::YEARS
                    .contains(&year)
                    .then_some(IssueDate::Year(year))
            }
            [year, month] if digits(year, 4) && digits(month, 2) => {
                let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
                ((1..=12).contains(&month) && crate::calendar::YEARS.contains(&year))
                    .then_some(IssueDate::Month(year, month))
            }
            [_, _, _] => crate::calendar::parse_iso_date(text).map(IssueDate::Day),
            _ => None,
        }
    }
}

impl std::fmt::Display for IssueDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IssueDate::Year(year) => write!(f, "{year}"),
            IssueDate::Month(year, month) => {
                let name = crate::calendar::month_name(*month);
                write!(f, "{name} {year}")
            }
            IssueDate::Day(date) => write!(f, "{}", crate::calendar::long_date(*date)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_dates_read_in_words() {
        assert_eq!(
            IssueDate::parse("2026-03").unwrap().to_string(),
            "March 2026"
        );
        assert_eq!(IssueDate::parse("2018").unwrap().to_string(), "2018");
        assert_eq!(
            IssueDate::parse("2017-04-01").unwrap().to_string(),
            "1 April 2017"
        );
    }

    #[test]
    fn malformed_issue_dates_are_rejected() {
        for bad in [
            "",
            "March 2026",
            "2026-13",
            "2026-3",
            "2026-02-30",
            "26-03",
            "2026-03-01-01",
        ] {
            assert_eq!(IssueDate::parse(bad), None, "{bad:?} should not parse");
        }
    }
}
