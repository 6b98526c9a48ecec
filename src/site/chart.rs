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
}

const WIDTH: u32 = 640;
const ROW: u32 = 30;
const LABEL: u32 = 250;

/// An accessible SVG (`role="img"` with a title) of horizontal bars.
pub fn bars(bars: &[Bar], title: &str, range_label: &str, dir: TextDir) -> String {
    let largest = bars.iter().map(|b| b.max).max().unwrap_or(1).max(1);
    let plot = f64::from(WIDTH - LABEL - 110);
    let height = ROW * bars.len() as u32 + 10;
    let rtl = dir == TextDir::Rtl;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">{}</title>",
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i as u32 * ROW + 5;
        let solid = (bar.min as f64 / largest as f64 * plot).max(2.0);
        let full = (bar.max as f64 / largest as f64 * plot).max(2.0);
        // Positions measured from the inline start; mirrored for right-to-left pages.
        let x = |from_start: f64, width: f64| if rtl { f64::from(WIDTH - LABEL) - from_start - width } else { f64::from(LABEL) + from_start };
        let (label_x, anchor) = if rtl { (WIDTH - 5, "start") } else { (LABEL - 8, "end") };
        let _ = write!(
            svg,
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"chart-label\" direction=\"{}\">{}</text>",
            y + 18,
            if rtl { "rtl" } else { "ltr" },
            escape(&bar.label)
        );
        let _ = write!(svg, "<rect x=\"{:.1}\" y=\"{}\" width=\"{solid:.1}\" height=\"20\" class=\"chart-bar\"/>", x(0.0, solid), y + 3);
        if full > solid {
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"20\" class=\"chart-range\"><title>{}</title></rect>",
                x(solid, full - solid),
                y + 3,
                full - solid,
                escape(range_label)
            );
        }
        let value_x = if rtl { x(full + 6.0, 0.0) } else { x(full + 6.0, 0.0) };
        let _ = write!(
            svg,
            "<text x=\"{value_x:.1}\" y=\"{}\" text-anchor=\"{}\" class=\"chart-value\" direction=\"{}\">{}</text>",
            y + 18,
            if rtl { "start" } else { "start" },
            if rtl { "rtl" } else { "ltr" },
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
            Bar { label: "A & B".into(), value_text: "$7 billion".into(), min: 7, max: 7 },
            Bar { label: "C".into(), value_text: "$3 to 5 billion".into(), min: 3, max: 5 },
        ]
    }

    #[test]
    fn draws_one_bar_per_deal_and_ranges() {
        let svg = bars(&sample(), "Deals", "Range", TextDir::Ltr);
        assert_eq!(svg.matches("class=\"chart-bar\"").count(), 2);
        assert_eq!(svg.matches("class=\"chart-range\"").count(), 1);
        assert!(svg.contains("A &amp; B"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn right_to_left_bars_start_at_the_right() {
        let svg = bars(&sample(), "Deals", "Range", TextDir::Rtl);
        let first_bar_x: f64 = svg.split("class=\"chart-bar\"").next().unwrap().rsplit("x=\"").next().unwrap().split('"').next().unwrap().parse().unwrap();
        assert!(first_bar_x < f64::from(WIDTH - LABEL) && first_bar_x > 100.0, "{first_bar_x}");
        assert!(svg.contains("text-anchor=\"start\" class=\"chart-label\" direction=\"rtl\""));
    }
}
