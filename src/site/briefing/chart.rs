//! The deals bar chart as data for the template: bars in ranking order with their lengths as
//! shares of the largest. The theme draws them in HTML, so labels are text at the page's own
//! size at every width, and bars grow from the inline start (right to left in Arabic).

use serde::Serialize;

/// One deal with a value: its label and a value range in dollars (`min == max` for one figure).
pub struct Bar {
    pub label: String,
    pub value_text: String,
    pub min: u64,
    pub max: u64,
    /// Every source of the bar's fact is machine-generated: its label carries the marker.
    pub generated: bool,
    /// The numbers of the bar's sources in the list under the table.
    pub sources: Vec<usize>,
}

/// What a template needs to draw the chart.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub bars: Vec<BarView>,
    /// Some bar is a range: the legend explains the lighter segment.
    pub has_range: bool,
    /// The sources of the charted values, by their number in the list under the table.
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarView {
    pub label: String,
    pub value: String,
    /// Length of the part every source figure reaches (the low end), in percent of the largest
    /// bar, as CSS wants it ("52.5").
    pub solid: String,
    /// Length of the rest of a range, in percent of the largest bar; "0" for a single figure.
    pub range: String,
    pub generated: bool,
}

/// The smallest bar drawn, in percent, so that a tiny value still shows as a bar.
const MIN_PERCENT: f64 = 0.5;

/// Orders `bars` largest first, by the top of each range, so the chart reads as a ranking (ties
/// keep the data file's order), and sizes them against the largest.
pub fn chart(mut bars: Vec<Bar>) -> Chart {
    bars.sort_by_key(|bar| std::cmp::Reverse(bar.max));
    let largest = bars.first().map_or(1, |b| b.max).max(1) as f64;
    let mut sources: Vec<usize> = bars.iter().flat_map(|b| b.sources.iter().copied()).collect();
    sources.sort_unstable();
    sources.dedup();
    let percent = |value: u64| value as f64 / largest * 100.0;
    let views = bars
        .iter()
        .map(|bar| {
            let solid = percent(bar.min).max(MIN_PERCENT);
            let full = percent(bar.max).max(solid);
            BarView {
                label: bar.label.clone(),
                value: bar.value_text.clone(),
                solid: format!("{solid:.1}"),
                range: format!("{:.1}", full - solid),
                generated: bar.generated,
            }
        })
        .collect();
    Chart {
        has_range: bars.iter().any(|b| b.max > b.min),
        bars: views,
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, min: u64, max: u64, sources: &[usize]) -> Bar {
        Bar {
            label: label.into(),
            value_text: format!("{min}–{max}"),
            min,
            max,
            generated: false,
            sources: sources.to_vec(),
        }
    }

    #[test]
    fn bars_are_ranked_by_their_largest_figure() {
        let chart = chart(vec![
            bar("small", 1, 1, &[1]),
            bar("range", 3, 5, &[2]),
            bar("large", 7, 7, &[1]),
            bar("tie", 5, 5, &[3]),
        ]);
        let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
        // "range" and "tie" both reach 5: the file's order decides.
        assert_eq!(labels, ["large", "range", "tie", "small"]);
    }

    #[test]
    fn lengths_are_shares_of_the_largest_bar() {
        let chart = chart(vec![bar("range", 3, 5, &[]), bar("large", 10, 10, &[])]);
        assert_eq!(
            (chart.bars[0].solid.as_str(), chart.bars[0].range.as_str()),
            ("100.0", "0.0")
        );
        assert_eq!(
            (chart.bars[1].solid.as_str(), chart.bars[1].range.as_str()),
            ("30.0", "20.0")
        );
        assert!(chart.has_range);
    }

    #[test]
    fn a_tiny_value_still_draws_a_bar() {
        let chart = chart(vec![bar("huge", 1_000_000, 1_000_000, &[]), bar("tiny", 1, 1, &[])]);
        assert_eq!(chart.bars[1].solid, "0.5");
        assert!(!chart.has_range);
    }

    #[test]
    fn sources_are_listed_once_in_number_order() {
        let chart = chart(vec![bar("a", 1, 1, &[3, 1]), bar("b", 2, 2, &[1, 2])]);
        assert_eq!(chart.sources, [1, 2, 3]);
    }
}
