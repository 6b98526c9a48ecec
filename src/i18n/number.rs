//! Numbers that Fluent strings print (`{ $count } articles`), written by ICU4X in the locale's
//! form: "1,000" in English, "1 000" with U+202F in French, where Fluent alone writes "1000".

use fluent_bundle::FluentValue;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// The locale's decimal formatter, made once per bundle by Fluent's memoizer.
struct Digits(DecimalFormatter);

impl Memoizable for Digits {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale: icu_locale_core::Locale = lang.to_string().parse().map_err(|e| format!("{e}"))?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(Digits)
            .map_err(|e| e.to_string())
    }
}

/// Fluent's formatter for numbers (`FluentBundle::set_formatter`); other values are Fluent's.
pub fn format(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimal = Decimal::try_from_str(&number.as_string()).ok()?;
    intls
        .with_try_get::<Digits, _, _>((), |digits| digits.0.format(&decimal).to_string())
        .ok()
}

/// A number already written by the locale (in its numbering system), which keeps its ASCII
/// digits for `PLURAL`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalNumber {
    pub ascii: String,
    pub text: String,
}

impl fluent_bundle::types::FluentType for LocalNumber {
    fn duplicate(&self) -> Box<dyn fluent_bundle::types::FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> std::borrow::Cow<'static, str> {
        self.text.clone().into()
    }

    fn as_string_threadsafe(&self, _: &IntlLangMemoizer) -> std::borrow::Cow<'static, str> {
        self.text.clone().into()
    }
}
