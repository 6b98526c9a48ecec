//! The deals bar chart, drawn as inline SVG at build time: no chart library in the browser.
//! Bars grow from the inline start, so the chart reads right to left on Arabic pages.

use std::fmt::Write;

use crate::i18n::TextDir;

/// One bar: a label and a value range in dollars (`min == max` for a single figure).
pub struct Bar {
    pub label: String,
    pub value_text: String,
    pub min: u64,
    pub max: u64,
    /// Every source of the bar's fact is machine-generated: its label carries the marker.
    pub generated: bool,
}

/// The chart's words in the reader's language.
pub struct Labels {
    pub title: String,
    /// Tooltip of the part of a bar that is a range.
    pub range: String,
    /// The marker after the label of a fact that rests on generated pages only.
    pub generated: String,
}

const WIDTH: u32 = 640;
/// Each bar takes two lines: its label, then the bar with its value after it.
const ROW: u32 = 48;
/// Room kept after the longest bar for its value.
const VALUE_ROOM: u32 = 190;

/// An accessible SVG (`role="img"` with a title) of horizontal bars.
pub fn bars(bars: &[Bar], labels: &Labels, dir: TextDir) -> String {
    let largest = bars.iter().map(|b| b.max).max().unwrap_or(1).max(1);
    let plot = f64::from(WIDTH - VALUE_ROOM);
    let height = ROW * bars.len() as u32 + 4;
    let rtl = dir == TextDir::Rtl;
    let direction = if rtl { "rtl" } else { "ltr" };
    // x of a span that starts `from` units after the inline start and is `width` long.
    let x = |from: f64, width: f64| if rtl { f64::from(WIDTH) - from - width } else { from };
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">{}</title>",
        escape(&labels.title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let top = i as u32 * ROW;
        let solid = (bar.min as f64 / largest as f64 * plot).max(2.0);
        let full = (bar.max as f64 / largest as f64 * plot).max(2.0);
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" class=\"chart-label\" direction=\"{direction}\">{}</text>",
            x(0.0, 0.0),
            top + 15,
            escape(&bar.label)
        );
        if bar.generated {
            // Inside the label's <text>, so it follows the label in either direction.
            svg.truncate(svg.len() - "</text>".len());
            let _ = write!(
                svg,
                " <tspan class=\"chart-generated\">[{}]</tspan></text>",
                escape(&labels.generated)
            );
        }
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{}\" width=\"{solid:.1}\" height=\"18\" class=\"chart-bar\"/>",
            x(0.0, solid),
            top + 22
        );
        if full > solid {
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"18\" class=\"chart-range\"><title>{}</title></rect>",
                x(solid, full - solid),
                top + 22,
                full - solid,
                escape(&labels.range)
            );
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" class=\"chart-value\" direction=\"{direction}\">{}</text>",
            x(full + 8.0, 0.0),
            top + 36,
            escape(&bar.value_text)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn escape(text: &str) -> String {
    crate::theme::escape_markup(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Bar> {
        vec![
            Bar {
                label: "A & B".into(),
                value_text: "$7 billion".into(),
                min: 7,
                max: 7,
                generated: false,
            },
            Bar {
                label: "C".into(),
                value_text: "$3 to 5 billion".into(),
                min: 3,
                max: 5,
                generated: true,
            },
        ]
    }

    fn labels() -> Labels {
        Labels {
            title: "Deals".into(),
            range: "Range".into(),
            generated: "generated source".into(),
        }
    }

    #[test]
    fn draws_one_bar_per_deal_and_ranges() {
        let svg = bars(&sample(), &labels(), TextDir::Ltr);
        assert_eq!(svg.matches("class=\"chart-bar\"").count(), 2);
        assert_eq!(svg.matches("class=\"chart-range\"").count(), 1);
        assert!(svg.contains("A &amp; B"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn bars_resting_on_generated_pages_only_are_marked() {
        let svg = bars(&sample(), &labels(), TextDir::Ltr);
        assert_eq!(svg.matches("class=\"chart-generated\"").count(), 1, "{svg}");
        assert!(svg.contains(">C <tspan class=\"chart-generated\">[generated source]</tspan></text>"));
    }

    #[test]
    fn right_to_left_bars_start_at_the_right() {
        let svg = bars(&sample(), &labels(), TextDir::Rtl);
        let first_bar_x: f64 = svg
            .split("class=\"chart-bar\"")
            .next()
            .unwrap()
            .rsplit("x=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        // The 7-unit bar is the longest, so it spans the plot and ends at the right edge.
        assert!((first_bar_x - f64::from(VALUE_ROOM)).abs() < 0.5, "{first_bar_x}");
        assert!(
            svg.contains("x=\"640.0\" y=\"15\" class=\"chart-label\" direction=\"rtl\""),
            "{svg}"
        );
    }
}
