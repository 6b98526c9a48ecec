//! The text of each file `steppe init` writes. Kept apart from the writing so that the
//! example site reads as what it is: a small briefing a new user can build on.

use crate::date::Date;

/// The commented `steppe.yaml`, with one entry per language of `examples`.
fn config(examples: &[&Example]) -> String {
    let lines = |indent: &str, value: &dyn Fn(&Example) -> String| -> String {
        examples
            .iter()
            .map(|e| format!("{indent}{}: {}\n", e.code, value(e)))
            .collect()
    };
    let languages: String = examples
        .iter()
        .map(|e| format!("  - {{code: {}, name: {}}}\n", e.code, e.name))
        .collect();
    let titles = lines("  ", &|e| e.site_title.to_owned());
    let descriptions = lines("  ", &|e| e.description.to_owned());
    let names = lines("      ", &|e| e.topic_name.to_owned());
    let keywords = lines("      ", &|e| format!("[{}]", e.keywords));
    format!(
        "\
# steppe.yaml: the configuration of this briefing. Every key is described in steppe's
# docs/configuration.md; unknown keys are errors, so a typo never passes unnoticed.

# The site's languages, the default first. Each gets its pages under /<code>/; direction,
# plural rules, dates and numbers come from CLDR. `dir` overrides the direction and `locale`
# the CLDR locale of dates and numbers (en-GB writes \"7 November 2025\").
languages:
{languages}
# The site's name and one-line description, in each language.
title:
{titles}description:
{descriptions}
# The address readers will use. Feeds, the sitemap and canonical links need it; leave it out
# while you preview, and set it (or pass --base-url) before publishing.
# base_url: https://example.org/briefing/

# Where \"today\" is taken when `steppe check` looks for dates in the future (IANA name).
timezone: UTC

# URL slugs that `steppe ingest` and `steppe new --title` make from titles: `ascii` (other
# scripts transliterated) or `unicode` (the title's own words in its own script).
slugs: ascii

# Topics: a closed set with stable keys. An article names its topics by key; each topic has
# an introduction per language in content/topics/<key>.<lang>.md. `keywords` are the words
# that make `steppe ingest` file a raw article under the topic.
topics:
  - key: getting-started
    name:
{names}    keywords:
{keywords}"
    )
}

const README: &str = "\
# My briefing

A multilingual briefing built with [steppe](https://crates.io/crates/steppe).

```sh
steppe serve      # preview on http://127.0.0.1:1111, reloading on every save
steppe build      # the site, into public/
steppe check      # broken links, missing translations and summaries, dates in the future
```

- `steppe.yaml`: the site's title, description, time zone and topics.
- `content/articles/<key>.<lang>.md`: one file per language of each article; the same key
  links the translations (`translated_from` says which language is the original).
- `content/topics/<key>.<lang>.md`: each topic's introduction.
- `steppe new <key> --from en --lang fr` starts a translation; `steppe ingest raw.txt` turns a
  page copied from a news site into an article.
- The built-in theme is used; `steppe theme export themes/briefing` writes it out to change it.
";

const GITIGNORE: &str =
    "# steppe build writes the site here\n/public/\n# encoded image variants, kept between builds\n/.steppe-cache/\n";

/// What the example site says in one language.
pub(super) struct Example {
    pub code: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    site_title: &'static str,
    description: &'static str,
    topic_name: &'static str,
    /// The topic's keywords, as a YAML flow list without brackets.
    keywords: &'static str,
    title: &'static str,
    summary: &'static str,
    topic_intro: &'static str,
    body: &'static str,
}

/// The languages `init` has an example text in; the built-in theme has UI strings for each.
pub(super) const EXAMPLES: [Example; 5] = [
    Example {
        code: "en",
        name: "English",
        site_title: "My briefing",
        description: "A multilingual briefing built with steppe.",
        topic_name: "Getting started",
        keywords: "steppe, briefing",
        title: "Welcome to your briefing",
        summary: "What a steppe article is made of, and how to add the next one.",
        topic_intro: "Articles that show how this briefing is put together.",
        body: "\
This is an example article. Each article is one file per language, side by side:
`welcome.en.md` and its translations share the key `welcome`, and their pages link to each
other.

## What goes in the front matter

The lines between the `---` marks say what the article is: its `title`, its `date`, a
`summary` for lists and feeds, and its `topics`. A translation says `translated_from` and the
language of the original.

## What to do next

Replace this article with your own, or delete it, then run `steppe check` before you publish.
",
    },
    // French typography: a no-break space (U+00A0) before the colon.
    Example {
        code: "fr",
        name: "Français",
        site_title: "Mon dossier",
        description: "Un dossier multilingue construit avec steppe.",
        topic_name: "Premiers pas",
        keywords: "steppe, dossier",
        title: "Bienvenue dans votre dossier",
        summary: "De quoi est fait un article steppe, et comment ajouter le suivant.",
        topic_intro: "Les articles qui montrent comment ce dossier est construit.",
        body: "\
Ceci est un article d’exemple. Chaque article est un fichier par langue, côte à côte\u{a0}:
`welcome.en.md` et ses traductions partagent la clé `welcome`, et leurs pages renvoient les
unes aux autres.

## Ce que contient l’en-tête

Les lignes entre les marques `---` disent ce qu’est l’article\u{a0}: son titre (`title`), sa
date (`date`), un résumé (`summary`) pour les listes et les flux, et ses thèmes (`topics`). Une
traduction indique `translated_from` et la langue de l’original.

## Et ensuite

Remplacez cet article par le vôtre, ou supprimez-le, puis lancez `steppe check` avant de
publier.
",
    },
    Example {
        code: "ar",
        name: "العربية",
        site_title: "موجزي",
        description: "موجز متعدد اللغات مبني بأداة steppe.",
        topic_name: "البداية",
        keywords: "steppe, موجز",
        title: "مرحبًا بك في موجزك",
        summary: "مما يتكوّن مقال steppe، وكيف تضيف المقال التالي.",
        topic_intro: "مقالات تبيّن كيف بُني هذا الموجز.",
        body: "\
هذا مقال مثال. كل مقال ملف واحد لكل لغة، جنبًا إلى جنب: `welcome.en.md` وترجماته تشترك في
المفتاح `welcome`، وتربط صفحاتها بعضها ببعض.

## ما يحتويه رأس المقال

تحدد الأسطر الواقعة بين علامتي `---` ماهية المقال: عنوانه (`title`) وتاريخه (`date`) وملخصًا
(`summary`) للقوائم والخلاصات، وموضوعاته (`topics`). وتذكر الترجمة الحقل `translated_from` ولغة
الأصل.

## ماذا بعد

ضع مقالك مكان هذا المقال، أو احذفه، ثم شغّل `steppe check` قبل النشر.
",
    },
    RU,
    KK,
];

const RU: Example = Example {
    code: "ru",
    name: "Русский",
    site_title: "Мой обзор",
    description: "Многоязычный обзор, созданный с помощью steppe.",
    topic_name: "Начало работы",
    keywords: "steppe, обзор",
    title: "Добро пожаловать в ваш обзор",
    summary: "Из чего состоит статья steppe и как добавить следующую.",
    topic_intro: "Статьи о том, как устроен этот обзор.",
    body: "\
Это пример статьи. Каждая статья — это по одному файлу на каждый язык, и лежат они рядом: у `welcome.en.md` и его переводов общий ключ `welcome`, а их страницы ссылаются друг на друга.

## Что входит в блок метаданных

Строки между разделителями `---` описывают статью: её `title`, её `date`, `summary` для списков и лент и её `topics`. В переводе указывается `translated_from` и язык оригинала.

## Что делать дальше

Замените эту статью своей или удалите её, а затем перед публикацией запустите `steppe check`.
",
};

const KK: Example = Example {
    code: "kk",
    name: "Қазақша",
    site_title: "Менің шолуым",
    description: "steppe көмегімен жасалған көптілді шолу.",
    topic_name: "Жұмысты бастау",
    keywords: "steppe, шолу",
    title: "Шолуыңызға қош келдіңіз",
    summary: "steppe мақаласы неден тұрады және келесісін қалай қосуға болады.",
    topic_intro: "Бұл шолудың қалай құрастырылғанын көрсететін мақалалар.",
    body: "\
Бұл — мақала үлгісі. Әр мақала әр тілге бір-бір файлдан тұрады, олар қатар орналасады: `welcome.en.md` файлы мен оның аудармаларының кілті ортақ — `welcome`, ал олардың беттері бір-біріне сілтеме жасайды.

## Метадеректер блогында не болады

`---` белгілерінің арасындағы жолдар мақала туралы мәлімет береді: оның `title` және `date` өрістері, тізімдер мен арналарға арналған `summary` өрісі және `topics` өрісі. Аудармада `translated_from` өрісі мен түпнұсқаның тілі көрсетіледі.

## Әрі қарай не істеу керек

Бұл мақаланы өз мақалаңызбен алмастырыңыз немесе жойыңыз, содан кейін жарияламас бұрын `steppe check` командасын іске қосыңыз.
",
};

/// The example article in `example`'s language; `original` is the language it is translated
/// from, if it is a translation.
fn article(example: &Example, original: Option<&str>, today: Date) -> String {
    let translated = original.map_or_else(String::new, |code| format!("translated_from: {code}\n"));
    format!(
        "---\ntitle: {}\ndate: {today}\nsummary: {}\ntopics: [getting-started]\n{translated}---\n\n{}",
        example.title, example.summary, example.body
    )
}

/// Each file of a new site in the languages `examples` (the default first): its path inside
/// the site and its text.
pub(super) fn site_files(examples: &[&Example], today: Date) -> Vec<(String, String)> {
    let mut files = vec![
        ("steppe.yaml".to_owned(), config(examples)),
        ("README.md".to_owned(), README.to_owned()),
        (".gitignore".to_owned(), GITIGNORE.to_owned()),
    ];
    let original = examples[0].code;
    for example in examples {
        let from = (example.code != original).then_some(original);
        files.push((
            format!("content/articles/welcome.{}.md", example.code),
            article(example, from, today),
        ));
    }
    for example in examples {
        // A topic's introduction is plain markdown: its name comes from steppe.yaml.
        files.push((
            format!("content/topics/getting-started.{}.md", example.code),
            format!("{}\n", example.topic_intro),
        ));
    }
    files
}
