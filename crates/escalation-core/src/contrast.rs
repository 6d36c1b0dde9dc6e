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
    let parts: Vec<u8> = inner
        .split([',', ' ', '/'])
        .filter(|part| !part.is_empty())
        .map(channel)
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] | [r, g, b, _] => Some([*r, *g, *b]),
        _ => None,
    }
}

/// Whether a computed colour is fully opaque: `rgba(…, a)` with an alpha
/// below 1 (and `transparent`, which browsers compute as `rgba(0, 0, 0, 0)`)
/// is not, and a colour the page is read through must be.
pub fn is_opaque(text: &str) -> bool {
    let text = text.trim();
    if text == "transparent" {
        return false;
    }
    let Some(inner) = text
        .strip_suffix(')')
        .and_then(|text| text.split_once('(').map(|(_, inner)| inner))
    else {
        // A name or a hex colour a browser would have turned into rgb().
        return true;
    };
    // `rgba(r, g, b, a)`, or any colour function's `… / a`: an alpha below
    // 1 (or one that cannot be read) is see-through.
    let alpha = if let Some((_, alpha)) = inner.rsplit_once('/') {
        Some(alpha)
    } else if text.starts_with("rgba(") {
        inner.rsplit(',').next()
    } else {
        None
    };
    match alpha.map(str::trim) {
        None => true,
        Some(alpha) => {
            let alpha = alpha.trim_end_matches('%');
            let whole = alpha.split('.').next().unwrap_or("");
            let fraction = alpha.split('.').nth(1).unwrap_or("");
            let one = matches!(whole, "1" | "100") && fraction.bytes().all(|b| b == b'0');
            one && !alpha.is_empty()
        }
    }
}

/// A channel of `rgb()` as a browser writes it, "29" or "29.5" (the
/// fraction dropped), or an alpha from 0 to 1, read without a float parser
/// (it keeps one out of the widget's download). None past 255.
fn channel(text: &str) -> Option<u8> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(whole) || whole.is_empty()) || !digits(fraction) {
        return None;
    }
    if whole.is_empty() {
        return Some(0);
    }
    whole.parse().ok()
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

/// A contrast ratio as WCAG writes it ("4.5:1", "3:1"), to hundredths,
/// rounded down so a ratio just short of a limit never reads as meeting it.
/// Integer arithmetic: it keeps float formatting out of the widget.
pub fn ratio_in_words(ratio: f64) -> String {
    let hundredths = (ratio * 100.0).floor() as u32;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => format!("{whole}:1"),
        tenths if tenths % 10 == 0 => format!("{whole}.{}:1", tenths / 10),
        _ => format!("{whole}.{part:02}:1"),
    }
}

const WHITE: [u8; 3] = [255, 255, 255];
const FOCUS_TEXT: [u8; 3] = [0x0b, 0x0c, 0x0c];

/// A colour a host can set, what it is shown against, and the least
/// contrast WCAG 2.2 AA allows there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColourCheck {
    /// The custom property the stylesheet reads.
    pub property: &'static str,
    /// The colour's name in a message.
    pub name: &'static str,
    pub against: [u8; 3],
    pub against_name: &'static str,
    pub least: f64,
}

/// Every host colour the widget checks.
pub const COLOUR_CHECKS: [ColourCheck; 4] = [
    ColourCheck {
        property: "--escalation-guide-text",
        name: "text",
        against: WHITE,
        against_name: "the white background",
        least: 4.5,
    },
    ColourCheck {
        property: "--escalation-guide-link",
        name: "link",
        against: WHITE,
        against_name: "the white background",
        least: 4.5,
    },
    ColourCheck {
        property: "--escalation-guide-brand",
        name: "brand",
        against: WHITE,
        against_name: "the white background",
        least: 3.0,
    },
    ColourCheck {
        property: "--escalation-guide-focus",
        name: "focus",
        against: FOCUS_TEXT,
        against_name: "the focused text, #0b0c0c",
        least: 4.5,
    },
];

impl ColourCheck {
    /// The check for a custom property, if its colour is checked.
    pub fn of(property: &str) -> Option<ColourCheck> {
        COLOUR_CHECKS
            .into_iter()
            .find(|check| check.property == property)
    }

    /// What is wrong with `colour` (as the browser reads `value`) here, if
    /// anything: the words the widget's console and the publisher show.
    pub fn problem(&self, value: &str, colour: [u8; 3]) -> Option<String> {
        let contrast = ratio(colour, self.against);
        (contrast < self.least).then(|| {
            format!(
                "The {} colour {value} has a contrast of {} against {}; WCAG 2.2 AA needs at least {}. Choose a darker colour.",
                self.name,
                ratio_in_words(contrast),
                self.against_name,
                ratio_in_words(self.least)
            )
        })
    }

    /// What to say of a see-through colour, which would hide what it colours.
    pub fn see_through(&self, value: &str) -> String {
        format!(
            "The {} colour {value} is see-through, so the guide uses its own instead.",
            self.name
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn see_through_colours_are_not_opaque() {
        assert!(is_opaque("rgb(11, 12, 12)"));
        assert!(is_opaque("rgba(11, 12, 12, 1)"));
        assert!(!is_opaque("rgba(0, 0, 0, 0)"));
        assert!(!is_opaque("rgba(11, 12, 12, 0.5)"));
        assert!(!is_opaque("transparent"));
        assert!(!is_opaque("rgba(0, 0, 0, 0.999)"));
        assert!(!is_opaque("color(srgb 0 0 0 / 0.5)"));
        assert!(!is_opaque("oklch(0.5 0.1 30 / 0)"));
        assert!(!is_opaque("lab(50 0 0 / 50%)"));
        assert!(is_opaque("oklch(0.5 0.1 30)"));
        assert!(is_opaque("color(srgb 0 0 0 / 1)"));
    }

    #[test]
    fn colours_are_read_as_browsers_write_them() {
        assert_eq!(parse_rgb("#1d70b8"), Some([0x1d, 0x70, 0xb8]));
        assert_eq!(parse_rgb("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_rgb("rgb(11, 12, 12)"), Some([11, 12, 12]));
        assert_eq!(parse_rgb("rgba(255, 0, 0, 0.5)"), Some([255, 0, 0]));
        assert_eq!(parse_rgb("rgb(29.7 112 184 / 0.5)"), Some([29, 112, 184]));
        assert_eq!(parse_rgb("rgba(0, 0, 0, .25)"), Some([0, 0, 0]));
        assert_eq!(parse_rgb("rgb(256, 0, 0)"), None);
        assert_eq!(parse_rgb("rgb(-1, 0, 0)"), None);
        assert_eq!(parse_rgb("rgb(1e2, 0, 0)"), None);
        assert_eq!(parse_rgb("rgb(0, 0)"), None);
        assert_eq!(parse_rgb("hotpink"), None);
    }

    #[test]
    fn ratios_are_written_as_wcag_writes_them() {
        assert_eq!(ratio_in_words(4.5), "4.5:1");
        assert_eq!(ratio_in_words(3.0), "3:1");
        assert_eq!(ratio_in_words(21.0), "21:1");
        assert_eq!(ratio_in_words(4.4999), "4.49:1");
        assert_eq!(ratio_in_words(2.996), "2.99:1");
        assert_eq!(
            ratio_in_words(ratio([0x76, 0x76, 0x76], [255, 255, 255])),
            "4.54:1"
        );
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

    #[test]
    fn a_pale_brand_colour_fails_and_a_dark_one_passes() {
        let brand = ColourCheck::of("--escalation-guide-brand").unwrap();
        let pale = brand
            .problem("#ffdd00", parse_rgb("#ffdd00").unwrap())
            .unwrap();
        assert!(pale.starts_with("The brand colour #ffdd00 has a contrast of 1.34:1 against the white background; WCAG 2.2 AA needs at least 3:1."), "{pale}");
        assert_eq!(
            brand.problem("#1d70b8", parse_rgb("#1d70b8").unwrap()),
            None
        );
        // Links need more than the brand's 3:1.
        let link = ColourCheck::of("--escalation-guide-link").unwrap();
        assert!(
            link.problem("#3d8fd1", parse_rgb("#3d8fd1").unwrap())
                .is_some()
        );
        assert_eq!(ColourCheck::of("--escalation-guide-radius"), None);
    }
}
