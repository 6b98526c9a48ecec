//! Dollar amounts in words of a locale ("$7 billion", "7 milliards de dollars"): the briefing's
//! deals are in dollars; the generator's own locale knows nothing of money.

use crate::i18n::{FluentValue, Locale};

/// An amount in US dollars, or a range of amounts, in words of `locale`:
/// "$7 billion", "7 milliards de dollars", "7 مليارات دولار"; "$3 to 5 billion".
pub fn usd(locale: &Locale, min: u64, max: u64) -> Result<String, String> {
    let (unit, divisor) = match max {
        1_000_000_000.. => ("billion", 1_000_000_000),
        1_000_000.. => ("million", 1_000_000),
        _ => ("dollars", 1),
    };
    // The plural form follows the digits as written ("4.2"), through PLURAL in the string.
    let amount = |value: u64| {
        let ascii = scaled(value, divisor);
        (locale.format_decimal(&ascii), FluentValue::from(ascii))
    };
    let (max_text, max_count) = amount(max);
    if min == max {
        locale.format(
            &format!("money-{unit}"),
            &[("amount", FluentValue::from(max_text)), ("count", max_count)],
        )
    } else {
        let (min_text, _) = amount(min);
        locale.format(
            &format!("money-{unit}-range"),
            &[
                ("min", FluentValue::from(min_text)),
                ("max", FluentValue::from(max_text)),
                ("count", max_count),
            ],
        )
    }
}

/// `value / divisor` with at most two decimals, as ASCII ("4.2", "7", "0.25").
fn scaled(value: u64, divisor: u64) -> String {
    let hundredths = (u128::from(value) * 100 + u128::from(divisor) / 2) / u128::from(divisor);
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::i18n::test_locales::{language, locale, theme_locale};
    use crate::i18n::{Lang, Locale};

    const MONEY_FR: &str = "money-billion = { $amount } { PLURAL($count) ->\n    [one] milliard\n   *[other] milliards\n} de dollars\nmoney-billion-range = { $min } à { $max } milliards de dollars\nmoney-million = { $amount } { PLURAL($count) ->\n    [one] million\n   *[other] millions\n} de dollars\n";
    #[test]
    fn money_reads_right_in_french() {
        let fr = locale(Lang::FR, MONEY_FR);
        assert_eq!(
            usd(&fr, 7_000_000_000, 7_000_000_000).unwrap(),
            "7 milliards de dollars"
        );
        assert_eq!(
            usd(&fr, 4_200_000_000, 4_200_000_000).unwrap(),
            "4,2 milliards de dollars"
        );
        assert_eq!(
            usd(&fr, 1_100_000_000, 1_100_000_000).unwrap(),
            "1,1 milliard de dollars"
        );
        assert_eq!(
            usd(&fr, 3_000_000_000, 5_000_000_000).unwrap(),
            "3 à 5 milliards de dollars"
        );
        assert_eq!(usd(&fr, 250_000_000, 250_000_000).unwrap(), "250 millions de dollars");
    }

    // Regression: issue 19 (the chart said "4.2 مليارات": Fluent took the plural of 4).
    #[test]
    fn arabic_decimals_take_the_singular() {
        let ar = theme_locale(Lang::AR);
        assert_eq!(usd(&ar, 4_200_000_000, 4_200_000_000).unwrap(), "4.2 مليار دولار");
        assert_eq!(usd(&ar, 3_700_000_000, 3_700_000_000).unwrap(), "3.7 مليار دولار");
        assert_eq!(usd(&ar, 7_000_000_000, 7_000_000_000).unwrap(), "7 مليارات دولار");
        assert_eq!(usd(&ar, 20_000_000_000, 20_000_000_000).unwrap(), "20 مليار دولار");
    }

    #[test]
    fn french_one_and_a_half_is_singular() {
        let fr = theme_locale(Lang::FR);
        assert_eq!(
            usd(&fr, 1_500_000_000, 1_500_000_000).unwrap(),
            "1,5 milliard de dollars"
        );
        assert_eq!(
            usd(&fr, 2_500_000_000, 2_500_000_000).unwrap(),
            "2,5 milliards de dollars"
        );
        assert_eq!(
            usd(&fr, 4_200_000_000, 4_200_000_000).unwrap(),
            "4,2 milliards de dollars"
        );
        assert_eq!(
            usd(&theme_locale(Lang::EN), 1_500_000_000, 1_500_000_000).unwrap(),
            "$1.5 billion"
        );
    }

    #[test]
    fn arabic_indic_digits_keep_the_plural_of_the_number() {
        let language = language(Lang::AR).with_numbering(Some("arab".to_owned())).unwrap();
        let source = include_str!("../../../themes/briefing/i18n/ar.ftl");
        let ar = Locale::parse(&language, Path::new("ar.ftl"), source).unwrap();
        // Singular after a decimal, few for 3–10.
        assert_eq!(usd(&ar, 4_200_000_000, 4_200_000_000).unwrap(), "٤٫٢ مليار دولار");
        assert_eq!(usd(&ar, 7_000_000_000, 7_000_000_000).unwrap(), "٧ مليارات دولار");
    }
}
