//! A timescale's words and the number of working days they give.

/// Numbers as policies write them in words.
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

/// A number as a policy writes it: "2", "Two", "TWO" are 2.
pub fn number_value(token: &str) -> Option<u32> {
    if let Ok(n) = token.parse::<u32>() {
        return Some(n);
    }
    let lower = token.to_ascii_lowercase();
    NUMBER_WORDS
        .iter()
        .position(|word| *word == lower)
        .map(|i| i as u32 + 1)
}

/// Each "working day(s)" in `text` with the figure before it: `Some(n)`
/// for "5 working days" or "five working days", `None` where the words
/// before it are not one figure ("2-3 working days", "two or three
/// working days", "working days" alone). "Non-working days" and
/// "networking day" are not working days.
fn figures(text: &str) -> Vec<Option<u32>> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = lower[from..].find("working day") {
        let at = from + found;
        from = at + "working day".len();
        let before = &lower[..at];
        // A word of its own: not "networking", not "non-working".
        if before.ends_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let mut words = before.split_whitespace().rev();
        let figure = words
            .next()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
            .and_then(number_value);
        // One end of a range is not the figure.
        let in_range = words.next().is_some_and(|word| {
            matches!(word, "to" | "or" | "and" | "-" | "\u{2013}" | "\u{2014}")
                || word.ends_with(['-', '\u{2013}'])
        });
        out.push(figure.filter(|_| !in_range));
    }
    out
}

/// The number of working days `text` gives ("within 5 working days",
/// "within one working day"): `None` if it gives none, a range, or two
/// different figures.
pub fn working_days_in(text: &str) -> Option<u32> {
    let figures = figures(text);
    let first = (*figures.first()?)?;
    figures
        .iter()
        .all(|figure| *figure == Some(first))
        .then_some(first)
}

/// Whether `text` gives `days` working days, in figures or in words ("one
/// working week" is five).
pub fn states_days(text: &str, days: u32) -> bool {
    if days == 5 && text.to_lowercase().contains("one working week") {
        return true;
    }
    figures(text).contains(&Some(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figure_before_working_days() {
        assert_eq!(
            working_days_in("Within 5 working days of the start"),
            Some(5)
        );
        assert_eq!(working_days_in("within one working day"), Some(1));
        assert_eq!(working_days_in("(e.g within two working days"), Some(2));
        assert_eq!(
            working_days_in("non-working days aside, within 5 working days"),
            Some(5)
        );
        assert_eq!(working_days_in("a networking day"), None);
        assert_eq!(working_days_in("within specified timescales"), None);
    }

    #[test]
    fn a_range_or_two_figures_is_not_one_figure() {
        for text in [
            "2-3 working days",
            "2 - 3 working days",
            "two or three working days",
            "two to three working days",
            "7. Working days A response is due within 10 working days.",
            "working days",
        ] {
            assert_eq!(working_days_in(text), None, "{text}");
        }
        assert!(states_days(
            "7. Working days A response is due within 10 working days.",
            10
        ));
        assert!(!states_days("2-3 working days", 3));
        assert!(states_days("no more than one working week", 5));
    }
}
