//! A timescale's words and the number of working days they give.

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The number of working days `text` gives ("within 5 working days",
/// "within one working day"): the figure before the first "working day".
pub fn working_days_in(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let at = lower.find("working day")?;
    let before = lower[..at].split_whitespace().next_back()?;
    let figure = before.trim_matches(|c: char| !c.is_alphanumeric());
    figure.parse().ok().or_else(|| {
        NUMBER_WORDS
            .iter()
            .position(|word| *word == figure)
            .map(|i| i as u32 + 1)
    })
}

/// Whether `text` gives `days` working days, in figures or in words ("one
/// working week" is five).
pub fn states_days(text: &str, days: u32) -> bool {
    let lower = text.to_lowercase();
    if days == 5 && lower.contains("one working week") {
        return true;
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("working day") {
        if working_days_in(&rest[..at + "working day".len()]) == Some(days) {
            return true;
        }
        rest = &rest[at + 1..];
    }
    false
}
