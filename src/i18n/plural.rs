//! Plural categories from ICU4X (CLDR) for Fluent strings, which select with
//! `{ PLURAL($count) -> [few] … }`. Fluent's own selection reads Arabic 4.2 as few (it looks
//! only at the integer part) and 103 as other (it drops the `n % 100`); CLDR says other and few.

use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use icu_decimal::input::Decimal;
use icu_plurals::{PluralCategory, PluralRules};

use crate::error::Diagnostic;

/// The Fluent function `PLURAL(number)`: the CLDR category of the number, decimals included.
/// The number may be a Fluent number or its ASCII digits ("4.2", "1.50").
pub fn category<'a>(rules: &PluralRules, args: &[FluentValue<'a>]) -> FluentValue<'a> {
    let ascii = match args.first() {
        Some(FluentValue::Number(n)) => n.as_string().into_owned(),
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Custom(custom)) => match custom.as_any().downcast_ref::<super::number::LocalNumber>() {
            Some(number) => number.ascii.clone(),
            None => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    match Decimal::try_from_str(ascii.trim()) {
        Ok(number) => FluentValue::from(name(rules.category_for(&number))),
        Err(_) => FluentValue::Error,
    }
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The id of the first message that selects a plural form on a bare variable
/// (`{ $count -> [one] … }`), which would use Fluent's rules instead of `PLURAL`.
pub fn bare_selector(resource: &FluentResource) -> Option<&str> {
    resource.entries().find_map(|entry| match entry {
        Entry::Message(message) => message
            .value
            .as_ref()
            .filter(|pattern| has_bare_selector(pattern))
            .map(|_| message.id.name),
        _ => None,
    })
}

fn has_bare_selector(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().any(|element| match element {
        PatternElement::Placeable { expression } => expression_has_bare_selector(expression),
        PatternElement::TextElement { .. } => false,
    })
}

fn expression_has_bare_selector(expression: &Expression<&str>) -> bool {
    match expression {
        Expression::Select { selector, variants } => {
            let plural_keys = variants.iter().any(|v| {
                matches!(v.key, VariantKey::Identifier { name } if ["zero", "one", "two", "few", "many"].contains(&name))
            });
            (plural_keys && matches!(selector, InlineExpression::VariableReference { .. }))
                || variants.iter().any(|v| has_bare_selector(&v.value))
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => expression_has_bare_selector(expression),
        Expression::Inline(_) => false,
    }
}

/// Refuses UI strings that select a plural form without `PLURAL`, naming the first one.
pub fn check(resource: &FluentResource, path: &std::path::Path, source: &str) -> Result<(), Diagnostic> {
    let Some(id) = bare_selector(resource) else {
        return Ok(());
    };
    let offset = source.find(&format!("{id} =")).unwrap_or(0);
    let (line, column) = super::line_column(source, offset);
    Err(Diagnostic::error(
        path,
        format!("UI string `{id}` selects a plural form on a bare number: write `{{ PLURAL($count) -> … }}` so the form follows CLDR"),
    )
    .at(line, column))
}
