//! Functions templates call: `t(key, lang, n)` looks up a UI string in the reader's language,
//! choosing the plural form for `n` by the language's rules; `number(n, lang)` writes a number
//! as the language does (digit groups, numbering system).

use std::collections::HashMap;
use std::sync::Arc;

use tera::{Tera, Value};

use crate::i18n::{FluentValue, Lang};

use super::Locales;

struct Translate {
    locales: Arc<Locales>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or("t() needs key=\"…\"")?;
        let code = args.get("lang").and_then(Value::as_str).ok_or("t() needs lang=lang")?;
        let lang = Lang::known(code).ok_or_else(|| format!("t(): unknown language `{code}`"))?;
        // Every other argument is passed to the string: `n` as `$count`, the rest by name.
        let mut named = Vec::new();
        for (name, value) in args.iter().filter(|(k, _)| *k != "key" && *k != "lang") {
            let name = if name == "n" { "count" } else { name.as_str() };
            let value = match value {
                Value::Number(n) => match n.as_i64() {
                    Some(whole) => FluentValue::from(whole),
                    None => FluentValue::from(n.as_f64().ok_or("t(): numbers must be finite")?),
                },
                Value::String(s) => FluentValue::from(s.clone()),
                other => return Err(format!("t(): argument `{name}` must be a number or text, not {other}").into()),
            };
            named.push((name, value));
        }
        let locale = self.locales.get(lang);
        locale.format(key, &named).map(Value::String).map_err(tera::Error::msg)
    }

    fn is_safe(&self) -> bool {
        false
    }
}

struct Number {
    locales: Arc<Locales>,
}

impl tera::Function for Number {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let n = match args.get("n") {
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err("number() needs n=<a number>".into()),
        };
        let code = args
            .get("lang")
            .and_then(Value::as_str)
            .ok_or("number() needs lang=lang")?;
        let lang = Lang::known(code).ok_or_else(|| format!("number(): unknown language `{code}`"))?;
        Ok(Value::String(self.locales.get(lang).format_decimal(&n)))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

pub fn register(tera: &mut Tera, locales: Arc<Locales>) {
    tera.register_function(
        "t",
        Translate {
            locales: locales.clone(),
        },
    );
    tera.register_function("number", Number { locales });
}
