//! The text of each file `steppe init` writes. Kept apart from the writing so that the
//! example site reads as what it is: a small briefing a new user can build on.

use crate::date::Date;

const CONFIG: &str = "\
# steppe.yaml: the configuration of this briefing. Every key is described in steppe's
# docs/configuration.md; unknown keys are errors, so a typo never passes unnoticed.

# The site's name and one-line description, in each language.
title:
  en: My briefing
  fr: Mon dossier
  ar: موجزي
description:
  en: A multilingual briefing built with steppe.
  fr: Un dossier multilingue construit avec steppe.
  ar: موجز متعدد اللغات مبني بأداة steppe.

# The address readers will use. Feeds, the sitemap and canonical links need it; leave it out
# while you preview, and set it (or pass --base-url) before publishing.
# base_url: https://example.org/briefing/

# Where \"today\" is taken when `steppe check` looks for dates in the future (IANA name).
timezone: UTC

# Topics: a closed set with stable keys. An article names its topics by key; each topic has
# an introduction per language in content/topics/<key>.<lang>.md. `keywords` are the words
# that make `steppe ingest` file a raw article under the topic.
topics:
  - key: getting-started
    name:
      en: Getting started
      fr: Premiers pas
      ar: البداية
    keywords:
      en: [steppe, briefing]
      fr: [steppe, dossier]
      ar: [steppe, موجز]
";

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

fn article_en(today: Date) -> String {
    format!(
        "---
title: Welcome to your briefing
date: {today}
summary: What a steppe article is made of, and how to add the next one.
topics: [getting-started]
---

This is an example article. Each article is one file per language, side by side:
`welcome.en.md`, `welcome.fr.md` and `welcome.ar.md` share the key `welcome`, and the pages
link to each other.

## What goes in the front matter

The lines between the `---` marks say what the article is: its `title`, its `date`, a
`summary` for lists and feeds, and its `topics`. A translation says `translated_from` and the
language of the original.

## What to do next

Replace this article with your own, or delete it, then run `steppe check` before you publish.
"
    )
}

fn article_fr(today: Date) -> String {
    // French typography: a no-break space (U+00A0) before the colon, narrow ones (U+202F)
    // inside the guillemets.
    format!(
        "---
title: Bienvenue dans votre dossier
date: {today}
summary: De quoi est fait un article steppe, et comment ajouter le suivant.
topics: [getting-started]
translated_from: en
---

Ceci est un article d’exemple. Chaque article est un fichier par langue, côte à côte\u{a0}:
`welcome.en.md`, `welcome.fr.md` et `welcome.ar.md` partagent la clé `welcome`, et leurs pages
renvoient les unes aux autres.

## Ce que contient l’en-tête

Les lignes entre les marques `---` disent ce qu’est l’article\u{a0}: son titre (`title`), sa
date (`date`), un résumé (`summary`) pour les listes et les flux, et ses thèmes (`topics`). Une
traduction indique `translated_from` et la langue de l’original.

## Et ensuite

Remplacez cet article par le vôtre, ou supprimez-le, puis lancez `steppe check` avant de
publier.
"
    )
}

fn article_ar(today: Date) -> String {
    format!(
        "---
title: مرحبًا بك في موجزك
date: {today}
summary: مما يتكوّن مقال steppe، وكيف تضيف المقال التالي.
topics: [getting-started]
translated_from: en
---

هذا مقال مثال. كل مقال ملف واحد لكل لغة، جنبًا إلى جنب: `welcome.en.md` و`welcome.fr.md`
و`welcome.ar.md` تشترك في المفتاح `welcome`، وتربط صفحاتها بعضها ببعض.

## ما يحتويه رأس المقال

تحدد الأسطر الواقعة بين علامتي `---` ماهية المقال: عنوانه (`title`) وتاريخه (`date`) وملخصًا
(`summary`) للقوائم والخلاصات، وموضوعاته (`topics`). وتذكر الترجمة الحقل `translated_from` ولغة
الأصل.

## ماذا بعد

ضع مقالك مكان هذا المقال، أو احذفه، ثم شغّل `steppe check` قبل النشر.
"
    )
}

// A topic's introduction is plain markdown: its name comes from steppe.yaml.
const TOPIC_EN: &str = "Articles that show how this briefing is put together.\n";
const TOPIC_FR: &str = "Les articles qui montrent comment ce dossier est construit.\n";
const TOPIC_AR: &str = "مقالات تبيّن كيف بُني هذا الموجز.\n";

/// Each file of a new site: its path inside the site and its text.
pub(super) fn site_files(today: Date) -> Vec<(&'static str, String)> {
    vec![
        ("steppe.yaml", CONFIG.to_owned()),
        ("README.md", README.to_owned()),
        (".gitignore", GITIGNORE.to_owned()),
        ("content/articles/welcome.en.md", article_en(today)),
        ("content/articles/welcome.fr.md", article_fr(today)),
        ("content/articles/welcome.ar.md", article_ar(today)),
        ("content/topics/getting-started.en.md", TOPIC_EN.to_owned()),
        ("content/topics/getting-started.fr.md", TOPIC_FR.to_owned()),
        ("content/topics/getting-started.ar.md", TOPIC_AR.to_owned()),
    ]
}
