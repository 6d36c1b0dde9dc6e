//! What a host writes in `data-closures` and the `data-theme-…` settings,
//! read by the pure parse: a good value is used, and a value that cannot be
//! used is left out and named in a problem, with the default kept.

use chrono::NaiveDate;
use escalation_core::host_settings::{HostSettings, Problem, SettingsSource, THEME};

/// A host's element: `data-` attributes only, on a host's own page.
struct Element(Vec<(String, String)>);

impl Element {
    fn with(attributes: &[(&str, &str)]) -> Element {
        Element(
            attributes
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
        )
    }
}

impl SettingsSource for Element {
    fn attribute(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(given, _)| given == name)
            .map(|(_, value)| value.clone())
    }
    fn attribute_names(&self) -> Vec<String> {
        self.0.iter().map(|(name, _)| name.clone()).collect()
    }
    fn address(&self, _: &str) -> Option<String> {
        None
    }
    fn address_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn is_own_page_element(&self) -> bool {
        false
    }
}

fn read(attributes: &[(&str, &str)]) -> (HostSettings, Vec<Problem>) {
    HostSettings::parse(&Element::with(attributes))
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

#[test]
fn closure_days_as_dates_are_used_in_order_given() {
    let (settings, problems) = read(&[("closures", "2026-12-24, 2026-12-29 2027-01-04,")]);
    assert_eq!(problems, []);
    assert_eq!(
        settings.closures,
        [date(2026, 12, 24), date(2026, 12, 29), date(2027, 1, 4)]
    );
    // At the edges of the years the guide works with.
    let (settings, problems) = read(&[("closures", "2000-01-01 2099-12-31")]);
    assert_eq!(problems, []);
    assert_eq!(settings.closures, [date(2000, 1, 1), date(2099, 12, 31)]);
}

#[test]
fn a_closure_day_that_cannot_be_used_is_named_and_the_good_ones_kept() {
    for (bad, why) in [
        ("2026-02-30", "no such day"),
        ("2026-13-01", "no such month"),
        ("1999-12-31", "before 2000"),
        ("2100-01-01", "after 2099"),
        ("24/12/2026", "not YYYY-MM-DD"),
        ("2026-1-5", "not two digits"),
        ("Christmas", "not a date"),
    ] {
        let (settings, problems) = read(&[("closures", &format!("2026-12-24 {bad}"))]);
        assert_eq!(settings.closures, [date(2026, 12, 24)], "{bad}: {why}");
        assert_eq!(
            problems,
            [Problem::BadClosures(vec![bad.to_string()])],
            "{bad}: {why}"
        );
        let problem = &problems[0];
        assert!(problem.for_the_user(), "the deadlines change: say so");
        assert_eq!(
            problem.to_string(),
            format!(
                "The page’s closure days include “{bad}” which is not a date as YYYY-MM-DD, so deadlines do not allow for it."
            )
        );
    }
    // Several bad ones are each named, in the order given.
    let (settings, problems) = read(&[("closures", "soon,2026-02-30 2026-12-25")]);
    assert_eq!(settings.closures, [date(2026, 12, 25)]);
    assert_eq!(
        problems,
        [Problem::BadClosures(vec![
            "soon".into(),
            "2026-02-30".into()
        ])]
    );
    assert!(
        problems[0]
            .to_string()
            .contains("include “soon”, “2026-02-30” which are not a date"),
        "{}",
        problems[0]
    );
}

#[test]
fn no_closure_days_without_the_setting() {
    let (settings, problems) = read(&[]);
    assert_eq!((settings.closures, problems), (vec![], vec![]));
    let (settings, problems) = read(&[("closures", " , ")]);
    assert_eq!((settings.closures, problems), (vec![], vec![]));
}

/// Values a host would write for each theme setting.
fn good_value(name: &str) -> &'static str {
    match name {
        "theme-brand" => "#1d70b8",
        "theme-link" => "rgb(29, 112, 184)",
        "theme-focus" => "#ffdd00",
        "theme-text" => "hsl(180 4% 5%)",
        "theme-font-family" => "\"Helvetica Neue\", Arial, sans-serif",
        "theme-radius" => "4px",
        other => panic!("a theme setting this test does not know: {other}"),
    }
}

#[test]
fn every_theme_setting_sets_its_custom_property_when_the_value_fits() {
    let attributes: Vec<(&str, &str)> = THEME
        .iter()
        .map(|(name, _)| (*name, good_value(name)))
        .collect();
    let (settings, problems) = read(&attributes);
    assert_eq!(problems, []);
    // The custom properties the stylesheet reads, written out.
    let expected = [
        ("--escalation-guide-brand", "#1d70b8"),
        ("--escalation-guide-link", "rgb(29, 112, 184)"),
        ("--escalation-guide-focus", "#ffdd00"),
        ("--escalation-guide-text", "hsl(180 4% 5%)"),
        (
            "--escalation-guide-font-family",
            "\"Helvetica Neue\", Arial, sans-serif",
        ),
        ("--escalation-guide-radius", "4px"),
    ]
    .map(|(property, value)| (property, value.to_string()));
    assert_eq!(settings.theme, expected);
    // Only the settings given set anything.
    let (settings, _) = read(&[("theme-radius", "0")]);
    assert_eq!(
        settings.theme,
        [("--escalation-guide-radius", "0".to_string())]
    );
}

/// A value that would end the custom property's declaration, open or close
/// a block, or close the page's style element is refused for every theme
/// setting: nothing is set, and the problem names the setting and value.
#[test]
fn a_theme_value_that_could_break_out_of_css_is_refused_and_named() {
    let too_long = "a".repeat(201);
    for bad in [
        "red; background: black",
        "red}body{display:none",
        "red{",
        "red</style><script>x()</script>",
        "\\7d",
        "",
        "   ",
        too_long.as_str(),
    ] {
        for (name, _) in THEME {
            let (settings, problems) = read(&[(name, bad)]);
            assert_eq!(settings.theme, [], "data-{name}={bad:?} set something");
            assert_eq!(
                problems,
                [Problem::Invalid {
                    name: name.to_string(),
                    value: bad.to_string(),
                    expected: escalation_core::host_settings::THEME_EXPECTED.to_string(),
                }],
                "data-{name}={bad:?}"
            );
            let message = problems[0].to_string();
            assert!(
                message.starts_with(&format!("Escalation Guide: data-{name}=\"")),
                "{message}"
            );
            assert!(
                message.ends_with("The default is used instead."),
                "{message}"
            );
            assert!(!problems[0].for_the_user(), "for the site's editors only");
        }
    }
    // A refused value leaves the others in place.
    let (settings, problems) = read(&[("theme-brand", "red;"), ("theme-link", "#1d70b8")]);
    assert_eq!(
        settings.theme,
        [("--escalation-guide-link", "#1d70b8".to_string())]
    );
    assert_eq!(problems.len(), 1);
}

/// `url(…)` (or `image-set(…)`) names an address for the browser to
/// fetch: a theme value must not make the guide request another site, which
/// it otherwise never does (see the end-to-end test "a theme value cannot
/// make the guide fetch another address", which sees the request).
#[test]
fn a_theme_value_that_fetches_an_address_is_refused() {
    for bad in [
        "url(https://tracker.example/pixel.png)",
        "URL( \"https://tracker.example/p.png\" )",
        "image-set(\"https://tracker.example/p.png\" 1x)",
    ] {
        for (name, _) in THEME {
            let (settings, problems) = read(&[(name, bad)]);
            assert_eq!(settings.theme, [], "data-{name}={bad:?} was used");
            assert_eq!(problems.len(), 1, "data-{name}={bad:?} was not named");
        }
    }
}

/// The parse refuses values by their form, not their colour: contrast is
/// the browser's to judge once it has read the colour (src/theme.rs warns
/// in the console), so a pale link colour is still set.
#[test]
fn the_parse_leaves_contrast_to_the_browser() {
    let (settings, problems) = read(&[("theme-link", "#cccccc")]);
    assert_eq!(problems, []);
    assert_eq!(
        settings.theme,
        [("--escalation-guide-link", "#cccccc".to_string())]
    );
    let white = [255, 255, 255];
    let pale = escalation_core::contrast::parse_rgb("#cccccc").unwrap();
    assert_eq!(
        escalation_core::contrast::ratio_in_words(escalation_core::contrast::ratio(pale, white)),
        "1.6:1",
        "the ratio the console names"
    );
}
