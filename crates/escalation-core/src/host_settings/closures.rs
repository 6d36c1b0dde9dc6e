//! Closure days: extra days the host organisation is closed.

use chrono::NaiveDate;

use crate::calendar::parse_iso_date;

/// The dates in a list separated by spaces or commas, and the items that
/// are not dates.
pub fn parse_closures(text: &str) -> (Vec<NaiveDate>, Vec<String>) {
    let mut dates = Vec::new();
    let mut bad = Vec::new();
    for item in text.split([' ', ',']).filter(|item| !item.is_empty()) {
        match parse_iso_date(item) {
            Some(date) => dates.push(date),
            None => bad.push(item.to_string()),
        }
    }
    (dates, bad)
}
