//! Colour contrast, as WCAG 2.2 defines it, for a host's theme colours.

/// An sRGB colour from `#rgb`, `#rrggbb`, `rgb(r, g, b)` or
/// `rgba(r, g, b, a)` (the form a browser gives a computed colour).
pub fn parse_rgb(text: &str) -> Option<[u8; 3]> {
    let text = text.trim();
    if let Some(hex) = text.strip_prefix('#') {
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some([r * 17, g * 17, b * 17]),
            [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
            _ => None,
        };
    }
    let inner = text
        .strip_prefix("rgba(")
        .or_else(|| text.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split([',', ' ', '/'])
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] | [r, g, b, _] if [r, g, b].iter().all(|v| (0.0..=255.0).contains(*v)) => {
            Some([*r as u8, *g as u8, *b as u8])
        }
        _ => None,
    }
}

/// Relative luminance (WCAG 2.2).
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |value: u8| {
        let c = f64::from(value) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The contrast ratio of two colours, from 1 to 21.
pub fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_as_browsers_write_them() {
        assert_eq!(parse_rgb("#1d70b8"), Some([0x1d, 0x70, 0xb8]));
        assert_eq!(parse_rgb("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_rgb("rgb(11, 12, 12)"), Some([11, 12, 12]));
        assert_eq!(parse_rgb("rgba(255, 0, 0, 0.5)"), Some([255, 0, 0]));
        assert_eq!(parse_rgb("hotpink"), None);
    }

    #[test]
    fn ratios_match_the_wcag_examples() {
        let white = [255, 255, 255];
        assert!((ratio([0, 0, 0], white) - 21.0).abs() < 0.01);
        // GOV.UK's link blue on white passes AA for text (4.5:1).
        assert!(ratio([0x1d, 0x70, 0xb8], white) > 4.5);
        // Its focus yellow behind black text does too.
        assert!(ratio([0xff, 0xdd, 0x00], [0x0b, 0x0c, 0x0c]) > 4.5);
        // Light grey text on white does not.
        assert!(ratio([0xb1, 0xb4, 0xb6], white) < 4.5);
    }
}
