//! The whole process drawn as an SVG flowchart: one box per stage, arrows
//! for "not resolved", the user's current stage highlighted with words as
//! well as colour. The SVG has a title and a description; the page also
//! lists every stage as text.

use escalation_core::Policy;
use yew::prelude::*;

const WIDTH: u32 = 400;
const BOX_X: u32 = 10;
const BOX_WIDTH: u32 = WIDTH - 20;
const LINE_HEIGHT: u32 = 20;
const PADDING: u32 = 12;
const ARROW: u32 = 44;
const WRAP_CHARS: usize = 40;

/// Break `text` into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// What a stage's box says about time: the policy's words, from the core.
fn time_lines(policy: &Policy, number: u32) -> Vec<String> {
    policy
        .time_at(number)
        .map(|time| time.summary())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct FlowchartProps {
    pub policy: crate::shared_policy::SharedPolicy,
    /// The stage the user is at, if any.
    pub current: Option<u32>,
}

#[component]
pub fn Flowchart(props: &FlowchartProps) -> Html {
    let policy: &Policy = &props.policy;
    let mut y = 10;
    let mut boxes = Vec::new();
    let mut arrows = Vec::new();
    let count = policy.stages.len();
    for stage in &policy.stages {
        let current = props.current == Some(stage.number);
        let mut lines: Vec<(String, &'static str)> = vec![(
            if current {
                format!("{}: you are here", stage.label())
            } else {
                stage.label()
            },
            "eg-flowchart__label",
        )];
        lines.extend(
            wrap(&stage.title, WRAP_CHARS)
                .into_iter()
                .map(|line| (line, "eg-flowchart__title")),
        );
        lines.extend(time_lines(policy, stage.number).iter().flat_map(|line| {
            wrap(line, WRAP_CHARS)
                .into_iter()
                .map(|line| (line, "eg-flowchart__time"))
        }));
        let height = PADDING * 2 + LINE_HEIGHT * lines.len() as u32;
        boxes.push(html! {
            <g class={classes!("eg-flowchart__stage", current.then_some("eg-flowchart__stage--current"))}>
                <rect x={BOX_X.to_string()} y={y.to_string()} width={BOX_WIDTH.to_string()}
                    height={height.to_string()} rx="4" />
                { for lines.iter().enumerate().map(|(line_index, (text, class))| html! {
                    <text x={(BOX_X + PADDING).to_string()}
                        y={(y + PADDING + 15 + LINE_HEIGHT * line_index as u32).to_string()} class={*class}>
                        { text.clone() }
                    </text>
                }) }
            </g>
        });
        y += height;
        let label = "Not resolved";
        let middle = WIDTH / 2;
        arrows.push(html! {
            <g class="eg-flowchart__arrow">
                <line x1={middle.to_string()} y1={y.to_string()} x2={middle.to_string()}
                    y2={(y + ARROW - 8).to_string()} />
                <path d={format!("M{} {} l-6 -9 h12 z", middle, y + ARROW)} />
                <text x={(middle + 12).to_string()} y={(y + ARROW / 2 + 5).to_string()}>{ label }</text>
            </g>
        });
        y += ARROW;
    }
    let end_height = PADDING * 2 + LINE_HEIGHT;
    let end = html! {
        <g class="eg-flowchart__end">
            <rect x={BOX_X.to_string()} y={y.to_string()} width={BOX_WIDTH.to_string()}
                height={end_height.to_string()} rx="4" />
            <text x={(BOX_X + PADDING).to_string()} y={(y + PADDING + 15).to_string()} class="eg-flowchart__label">
                { "End of the process" }
            </text>
        </g>
    };
    y += end_height + 10;

    let description = policy
        .stages
        .iter()
        .map(|stage| {
            format!(
                "{}. {}.",
                stage.heading(),
                time_lines(policy, stage.number).join(". ")
            )
        })
        .collect::<Vec<_>>()
        .join(" If not resolved, ");
    let description = match props.current {
        Some(number) => format!("{description} You are at stage {number}."),
        None => description,
    };
    html! {
        <svg class="eg-flowchart" viewBox={format!("0 0 {WIDTH} {y}")} role="img"
            aria-labelledby="eg-flowchart-title eg-flowchart-desc" xmlns="http://www.w3.org/2000/svg">
            <title id="eg-flowchart-title">{ format!("The {} stages of the process, in order", count) }</title>
            <desc id="eg-flowchart-desc">{ description }</desc>
            { for boxes.into_iter().zip(arrows).flat_map(|(stage, arrow)| [stage, arrow]) }
            { end }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_lines_short() {
        let lines = wrap("When no solution is reached between senior leaders", 20);
        assert_eq!(
            lines,
            ["When no solution is", "reached between", "senior leaders"]
        );
        assert!(wrap("", 20).is_empty());
    }
}
