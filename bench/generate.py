#!/usr/bin/env python3
"""Generates one benchmark site twice: in steppe's content model and as an equivalent Hugo site.

    bench/generate.py ARTICLES_PER_LANG OUT_DIR [--seed N] [--theme DIR]

writes OUT_DIR/steppe/ (steppe.yaml, content/, themes/briefing/ copied from the repository) and
OUT_DIR/hugo/ (hugo.toml, content/, layouts/, i18n/, assets/). Every article exists in English,
French and Arabic (the French and Arabic versions are translations of the English one), has one
or two of four topics and about 600 words of body with headings, a table, a list, links (one to
another article, one external) and a fenced code block with a language. Both sites get the same
text. The output depends only on the arguments: same seed, same bytes. Python 3 stdlib only.
"""

import argparse
import datetime
import os
import random
import shutil
import struct
import sys
import zlib

LANGS = ("en", "fr", "ar")
LANG_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}

TOPICS = [
    ("deals", {"en": "Deals and investment", "fr": "Accords et investissements", "ar": "الصفقات والاستثمارات"}),
    ("cultural-heritage", {"en": "Cultural heritage", "fr": "Patrimoine culturel", "ar": "التراث الثقافي"}),
    ("abraham-accords", {"en": "Abraham Accords", "fr": "Accords d'Abraham", "ar": "اتفاقيات أبراهام"}),
    ("constitutional-reform", {"en": "Constitutional reform", "fr": "Réforme constitutionnelle", "ar": "الإصلاح الدستوري"}),
]

SITE_TITLE = {"en": "Benchmark Briefing", "fr": "Dossier de référence", "ar": "ملف القياس"}
SITE_DESCRIPTION = {
    "en": "A generated trilingual briefing used to measure build times.",
    "fr": "Un dossier trilingue généré pour mesurer les temps de construction.",
    "ar": "ملف ثلاثي اللغات مولَّد لقياس زمن البناء.",
}
LANG_NAME = {"en": "English", "fr": "Français", "ar": "العربية"}
LANG_CODE = {"en": "en-US", "fr": "fr-FR", "ar": "ar"}

WORDS = {
    "en": """the agreement minister government partnership investment trade energy minerals region
    delegation capital bilateral dialogue cooperation economy industry railway aircraft contract
    parliament reform constitution referendum heritage museum culture exchange program security
    strategy council summit president embassy treaty development infrastructure transport logistics
    agriculture technology digital network supply chain market export import growth billion million
    project fund support announcement statement report analysis negotiation framework committee
    official ministry steppe river city capital province border corridor pipeline uranium tungsten
    wheat grain oil gas power grid solar wind water school university research science history
    archive library manuscript artisan craft festival music language education youth visa travel
    tourism airline route cargo port customs tariff standard law court election vote amendment
    institution balance oversight transparency accountability reporting press media journal source
    and of to in with for on by from at as new major national regional international long-term""".split(),
    "fr": """accord ministre gouvernement partenariat investissement commerce énergie minerais région
    délégation capitale bilatéral dialogue coopération économie industrie chemin de fer avion contrat
    parlement réforme constitution référendum patrimoine musée culture échange programme sécurité
    stratégie conseil sommet président ambassade traité développement infrastructure transport
    logistique agriculture technologie numérique réseau chaîne approvisionnement marché exportation
    importation croissance milliard million projet fonds soutien annonce déclaration rapport analyse
    négociation cadre comité officiel ministère steppe fleuve ville province frontière corridor
    oléoduc uranium tungstène blé céréales pétrole gaz électricité solaire éolien eau école université
    recherche science histoire archives bibliothèque manuscrit artisan artisanat festival musique
    langue éducation jeunesse visa voyage tourisme compagnie route fret port douane tarif norme loi
    tribunal élection vote amendement institution équilibre contrôle transparence responsabilité
    presse médias journal source et de la le les des du en avec pour sur par au aux nouveau majeur
    national régional international durable""".split(),
    "ar": """الاتفاق الوزير الحكومة الشراكة الاستثمار التجارة الطاقة المعادن المنطقة الوفد العاصمة
    الثنائي الحوار التعاون الاقتصاد الصناعة السكك الحديدية الطائرات العقد البرلمان الإصلاح الدستور
    الاستفتاء التراث المتحف الثقافة التبادل البرنامج الأمن الاستراتيجية المجلس القمة الرئيس السفارة
    المعاهدة التنمية البنية التحتية النقل الخدمات اللوجستية الزراعة التكنولوجيا الرقمية الشبكة سلسلة
    الإمداد السوق التصدير الاستيراد النمو مليار مليون المشروع الصندوق الدعم الإعلان البيان التقرير
    التحليل المفاوضات الإطار اللجنة المسؤول الوزارة السهوب النهر المدينة المقاطعة الحدود الممر خط
    الأنابيب اليورانيوم التنغستن القمح الحبوب النفط الغاز الكهرباء الشمسية الرياح المياه المدرسة
    الجامعة البحث العلوم التاريخ الأرشيف المكتبة المخطوطة الحرفي الحرف المهرجان الموسيقى اللغة
    التعليم الشباب التأشيرة السفر السياحة شركة الطيران الطريق الشحن الميناء الجمارك التعريفة المعيار
    القانون المحكمة الانتخابات التصويت التعديل المؤسسة التوازن الرقابة الشفافية المساءلة الصحافة
    الإعلام الصحيفة المصدر و في من إلى على مع عن بين جديد كبير وطني إقليمي دولي طويل الأمد""".split(),
}

HEADINGS = {
    "en": ["Background", "What was agreed", "Figures", "Reactions", "What comes next", "Context"],
    "fr": ["Contexte", "Ce qui a été convenu", "Chiffres", "Réactions", "La suite", "Repères"],
    "ar": ["الخلفية", "ما تم الاتفاق عليه", "أرقام", "ردود الفعل", "الخطوات التالية", "السياق"],
}
TABLE_HEAD = {
    "en": ("Item", "Value (USD)", "Year", "Status"),
    "fr": ("Élément", "Valeur (USD)", "Année", "Statut"),
    "ar": ("البند", "القيمة (دولار)", "السنة", "الحالة"),
}
STATUS = {"en": ["announced", "agreed", "signed"], "fr": ["annoncé", "convenu", "signé"], "ar": ["معلن", "متفق عليه", "موقع"]}
SEE_ALSO = {"en": "See also", "fr": "Voir aussi", "ar": "انظر أيضًا"}
SOURCE_LINK = {"en": "the original statement", "fr": "la déclaration originale", "ar": "البيان الأصلي"}
PEOPLE = [
    ("kassym-jomart-tokayev", {"en": "Kassym-Jomart Tokayev", "fr": "Kassym-Jomart Tokaïev", "ar": "قاسم جومارت توكاييف"},
     {"en": "Tokayev", "fr": "Tokaïev", "ar": "توكاييف"}),
    ("donald-trump", {"en": "Donald Trump", "fr": "Donald Trump", "ar": "دونالد ترامب"},
     {"en": "Trump", "fr": "Trump", "ar": "ترامب"}),
]

# Each article's code block is its own (its index is in it); only its translations repeat it.
CODE = {
    "rust": """const ARTICLE: u32 = %d;

fn total(deals: &[Deal]) -> u64 {
    deals
        .iter()
        .filter(|d| d.status == Status::Signed)
        .map(|d| d.value_usd)
        .sum()
}
""",
    "python": """ARTICLE = %d

def total(deals):
    \"\"\"Sum of the signed deals, in US dollars.\"\"\"
    return sum(d["value"] for d in deals if d["status"] == "signed")

for year, value in sorted(by_year.items()):
    print(f"{year}: {value / 1e9:.1f} billion")
""",
    "json": """{
  "id": "deal-%d",
  "parties": ["Air Astana", "Boeing"],
  "value": {"min": 7000000000, "max": 7000000000},
  "status": "signed",
  "sources": ["article-%d"]
}
""",
    "yaml": """deal:
  id: deal-%d
  parties: [Wabtec, Kazakhstan Temir Zholy]
  value: {min: 4200000000, max: 4200000000}
  status: agreed
  sources: [article-%d]
""",
    "bash": """#!/usr/bin/env bash
set -euo pipefail
article=%d
for file in content/articles/*.md; do
  grep -c "billion" "$file" || true
done | sort -n | tail -5
""",
}


def sentence(rng, lang, words, min_len=9, max_len=17):
    count = rng.randint(min_len, max_len)
    text = " ".join(rng.choice(words) for _ in range(count))
    if lang != "ar":
        text = text[0].upper() + text[1:]
    return text + ("." if lang != "ar" else ".")


def paragraph(rng, lang, words, sentences=(4, 6)):
    return " ".join(sentence(rng, lang, words) for _ in range(rng.randint(*sentences)))


def title_for(rng, lang, words, index):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 8)))
    if lang != "ar":
        text = text[0].upper() + text[1:]
    return f"{text} {index}"


# The "prose" corpus: the same shape (headings, a table, a list, links, a code block) in text
# written the way people type it: straight quotes and apostrophes, plain spaces before French
# punctuation, numbers with digits and percentages, names, emphasis, quotations and nested
# lists. That is the text a typography pass has work on, which the "wire" word salad (lowercase
# words and full stops) never gives it.
PROSE = {
    "en": [
        "Officials said the {w} was worth ${n} million, about {p}% of the total; the {w} is \"{w} {w}\".",
        "\"We don't see it as a {w},\" {person} said on {day} ({w} {w}, {year}).",
        "The {w} - signed in {year} - covers {n} km of {w}, {w} and {w}: a first for the {w}.",
        "Is it the {w} the ministry's '{w}' report promised? Not yet, according to *{w} {w}*.",
        "{person}'s office put the figure at {n},{k} {w}s, up {p}% on {year}, and said **{w}** would follow.",
    ],
    "fr": [
        "Selon le ministère, l'accord sur le {w} représente {n} {k} millions de dollars, soit {p} % du total ; le {w} reste \"{w} {w}\".",
        "\"Nous ne le voyons pas comme un {w}\", a déclaré {person} le {day} ({w} {w}, {year}).",
        "Le {w} - signé en {year} - couvre {n} km de {w}, de {w} et de {w} : une première pour l'{w}.",
        "Est-ce le {w} que promettait le rapport d'{w} ? Pas encore, selon *{w} {w}* !",
        "Le cabinet de {person} évoque {n} {k} {w}, en hausse de {p} % sur {year}, et annonce que **{w}** suivra.",
    ],
    "ar": [
        "قال المسؤولون إن {w} بلغ {n} مليون دولار، أي نحو {p}% من الإجمالي؛ ويبقى {w} \"{w} {w}\".",
        "\"لا نراه {w}\"، قال {person} يوم {day} ({w} {w}، {year}).",
        "يغطي {w} - الموقّع عام {year} - مسافة {n} كيلومتر من {w} و{w} و{w}: وهي سابقة في {w}.",
        "هل هو {w} الذي وعد به تقرير {w}؟ ليس بعد، بحسب *{w} {w}*!",
        "قدّر مكتب {person} الرقم بـ{n}{k} {w}، بزيادة {p}% عن عام {year}، وقال إن **{w}** سيلي.",
    ],
}
DAYS = {"en": ["Monday", "Tuesday", "Thursday"], "fr": ["lundi", "mardi", "jeudi"], "ar": ["الاثنين", "الثلاثاء", "الخميس"]}
QUOTE_INTRO = {"en": "As one delegate put it:", "fr": "Comme l'a dit un délégué :", "ar": "كما قال أحد المندوبين:"}


def prose_sentence(rng, lang, words):
    person = rng.choice(PEOPLE)[rng.choice((1, 2))][lang]
    template = rng.choice(PROSE[lang])
    out, rest = [], template
    while "{" in rest:
        before, _, after = rest.partition("{")
        slot, _, rest = after.partition("}")
        out.append(before)
        out.append({
            "w": lambda: rng.choice(words),
            "n": lambda: str(rng.randrange(2, 999)),
            "k": lambda: f"{rng.randrange(0, 1000):03d}",
            "p": lambda: str(rng.randrange(1, 99)),
            "year": lambda: str(rng.randrange(1992, 2026)),
            "day": lambda: rng.choice(DAYS[lang]),
            "person": lambda: person,
        }[slot]())
    out.append(rest)
    text = "".join(out)
    return text[0].upper() + text[1:] if lang != "ar" else text


def prose_paragraph(rng, lang, words, sentences=(3, 5)):
    return " ".join(prose_sentence(rng, lang, words) for _ in range(rng.randint(*sentences)))


def prose_body(article, lang, rng, words):
    """The "prose" corpus's body of one language version (see PROSE)."""
    person = PEOPLE[article.index % len(PEOPLE)]
    heads = rng.sample(HEADINGS[lang], 4)
    intro = (
        f"{person[1][lang]}: {prose_paragraph(rng, lang, words)} [{SOURCE_LINK[lang]}]"
        f"(https://example.org/{lang}/statements/{article.slug} \"{SOURCE_LINK[lang]}\") "
        f"{prose_paragraph(rng, lang, words, (1, 2))}"
    )
    nested = "\n".join(
        f"{i + 1}. {prose_sentence(rng, lang, words)}\n   - `{rng.choice(words)}`: {sentence(rng, lang, words, 4, 7)}"
        for i in range(4)
    )
    head = TABLE_HEAD[lang]
    rows = "\n".join(
        f"| {rng.choice(words)} (*{rng.choice(words)}*) | {rng.randrange(10, 9000)} {rng.randrange(0, 1000):03d} 000 "
        f"| {rng.randrange(2012, 2026)} | {rng.choice(STATUS[lang])} |"
        for _ in range(5)
    )
    table = f"| {' | '.join(head)} |\n|---|--:|--:|---|\n{rows}"
    code = CODE[article.code_lang].replace("%d", str(article.index))
    return "\n\n".join([
        intro,
        f"## {heads[0]}",
        prose_paragraph(rng, lang, words),
        f"{QUOTE_INTRO[lang]}\n\n> {prose_sentence(rng, lang, words)}\n>\n> {prose_sentence(rng, lang, words)}",
        nested,
        f"## {heads[1]}?",
        prose_paragraph(rng, lang, words),
        table,
        f"## {heads[2]}",
        prose_paragraph(rng, lang, words),
        f"```{article.code_lang}\n{code}```",
        f"{person[2][lang]}: {prose_paragraph(rng, lang, words, (2, 4))}",
        f"## {heads[3]}",
        prose_paragraph(rng, lang, words),
        f"{SEE_ALSO[lang]} : [{article.link_to}](../{article.link_to}/)." if lang == "fr"
        else f"{SEE_ALSO[lang]}: [{article.link_to}](../{article.link_to}/).",
    ])


class Article:
    """One article: shared facts (slug, date, topics, link target) and its text in each language."""

    def __init__(self, index, count, rng, corpus="wire"):
        self.index = index
        self.corpus = corpus
        self.slug = f"article-{index:05d}"
        start = datetime.date(2012, 1, 1)
        self.date = start + datetime.timedelta(days=rng.randrange(0, 5000))
        self.topics = sorted(rng.sample([t[0] for t in TOPICS], rng.choice((1, 1, 2))), key=lambda k: [t[0] for t in TOPICS].index(k))
        self.link_to = f"article-{rng.randrange(count):05d}"
        self.code_lang = rng.choice(sorted(CODE))
        self.text = {lang: self._text(lang, random.Random(rng.random())) for lang in LANGS}

    def _text(self, lang, rng):
        words = WORDS[lang]
        person = PEOPLE[self.index % len(PEOPLE)]
        title = title_for(rng, lang, words, self.index)
        summary = sentence(rng, lang, words, 14, 22)
        heads = rng.sample(HEADINGS[lang], 4)
        first = paragraph(rng, lang, words)
        intro = (
            f"{person[1][lang]} {first} [{SOURCE_LINK[lang]}](https://example.org/{lang}/statements/{self.slug}) "
            f"{paragraph(rng, lang, words, (2, 3))}"
        )
        items = "\n".join(f"- {sentence(rng, lang, words, 5, 9)}" for _ in range(5))
        head = TABLE_HEAD[lang]
        rows = "\n".join(
            f"| {' '.join(rng.choice(words) for _ in range(2))} | {rng.randrange(10, 9000) * 1_000_000:,} "
            f"| {rng.randrange(2012, 2026)} | {rng.choice(STATUS[lang])} |"
            for _ in range(5)
        )
        table = f"| {' | '.join(head)} |\n|---|--:|--:|---|\n{rows}"
        if self.corpus == "prose":
            return {"title": title, "summary": prose_sentence(rng, lang, words), "body": prose_body(self, lang, rng, words) + "\n"}
        code = CODE[self.code_lang].replace("%d", str(self.index))
        body = "\n\n".join([
            intro,
            f"## {heads[0]}",
            paragraph(rng, lang, words),
            f"{person[2][lang]} {paragraph(rng, lang, words)}",
            items,
            f"## {heads[1]}",
            paragraph(rng, lang, words),
            table,
            f"## {heads[2]}",
            paragraph(rng, lang, words),
            f"```{self.code_lang}\n{code}```",
            paragraph(rng, lang, words, (3, 5)),
            f"## {heads[3]}",
            paragraph(rng, lang, words),
            f"{SEE_ALSO[lang]}: [{self.link_to}](../{self.link_to}/).",
        ])
        return {"title": title, "summary": summary, "body": body + "\n"}


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- steppe

def png(width, height, seed):
    """A generated RGB picture (diagonal bands that differ per seed) as PNG bytes, standard
    library only: each row is a slice of one precomputed band, so no per-pixel Python loop."""
    band = bytes(((i * 7 + seed * 31) % 256, (i * 3 + seed * 17) % 256, (i * 5 + seed) % 256)[c]
                 for i in range(width + 512) for c in range(3))
    rows = [band[(y % 512) * 3:(y % 512 + width) * 3] for y in range(height)]
    # The bands repeat every 256 seeds: the first pixel spells the seed, so no two pictures are
    # the same file (the media cache would otherwise encode each repeated one only once).
    rows[0] = struct.pack(">I", seed)[1:] + rows[0][3:]
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


IMAGE_ALT = {"en": "Generated picture {}", "fr": "Image générée {}", "ar": "صورة مولدة {}"}


def write_images(root, articles, width=960, height=540):
    """One picture per article, shared by its three language versions (content/media/)."""
    for article in articles:
        name = f"{article.slug}.png"
        media = os.path.join(root, "content", "media")
        os.makedirs(media, exist_ok=True)
        with open(os.path.join(media, name), "wb") as f:
            f.write(png(width, height, article.index))
        alt = "\n".join(f"  {l}: {quote(IMAGE_ALT[l].format(article.index))}" for l in LANGS)
        write(os.path.join(media, name + ".yaml"), f'credit: "Bench generator"\nalt:\n{alt}\n')


def write_steppe(root, articles, theme, images=False, cards=False):
    lines = ["languages:"] + [f"  - {{code: {l}, name: {quote(LANG_NAMES[l])}}}" for l in LANGS]
    lines += ["title:"] + [f"  {l}: {quote(SITE_TITLE[l])}" for l in LANGS]
    lines += ["description:"] + [f"  {l}: {quote(SITE_DESCRIPTION[l])}" for l in LANGS]
    # Hugo draws no social cards, so the site to compare with it draws none either; --cards
    # measures steppe's card cache too.
    lines += ["base_url: null", "theme: briefing", f"social_cards: {'true' if cards else 'false'}", "topics:"]
    for key, name in TOPICS:
        lines.append(f"  - key: {key}")
        lines.append("    name: {" + ", ".join(f"{l}: {quote(name[l])}" for l in LANGS) + "}")
    write(os.path.join(root, "steppe.yaml"), "\n".join(lines) + "\n")
    for article in articles:
        for lang in LANGS:
            t = article.text[lang]
            front = [
                "---",
                f"title: {quote(t['title'])}",
                f"date: {article.date.isoformat()}",
                f"lang: {lang}",
                f"summary: {quote(t['summary'])}",
                f"topics: [{', '.join(article.topics)}]",
                "source:",
                '  name: "Bench Wire"',
                f'  url: "https://example.org/{lang}/statements/{article.slug}"',
                "  byline: null",
                "  file: null",
                "  generated: false",
                f"translated_from: {'null' if lang == 'en' else 'en'}",
                "---",
                "",
            ]
            body = t["body"] + (f"\n![]({article.slug}.png)\n" if images else "")
            write(os.path.join(root, "content", "articles", f"{article.slug}.{lang}.md"), "\n".join(front) + body)
    rng = random.Random(7)
    for key, _ in TOPICS:
        for lang in LANGS:
            write(os.path.join(root, "content", "topics", f"{key}.{lang}.md"), paragraph(rng, lang, WORDS[lang]) + "\n")
    for lang in LANGS:
        about = f"---\ntitle: {quote(ABOUT_TITLE[lang])}\nsummary: {quote(SITE_DESCRIPTION[lang])}\n---\n"
        write(os.path.join(root, "content", "pages", f"about.{lang}.md"), about + paragraph(rng, lang, WORDS[lang]) + "\n")
    people = ["people:"]
    for pid, name, mention in PEOPLE:
        people += [
            f"  - id: {pid}",
            "    kind: person",
            "    name: {" + ", ".join(f"{l}: {quote(name[l])}" for l in LANGS) + "}",
            "    role: null",
            "    mentions: {" + ", ".join(f"{l}: [{quote(mention[l])}]" for l in LANGS) + "}",
        ]
    write(os.path.join(root, "content", "data", "people.yaml"), "\n".join(people) + "\n")
    if images:
        write_images(root, articles)
    target = os.path.join(root, "themes", "briefing")
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(theme, target)


ABOUT_TITLE = {"en": "About this benchmark", "fr": "À propos de ce banc d'essai", "ar": "حول هذا القياس"}


# ---------------------------------------------------------------- Hugo

def hugo_config(base_url):
    lines = [
        f'baseURL = "{base_url}"',
        'defaultContentLanguage = "en"',
        "defaultContentLanguageInSubdir = true",
        "enableRobotsTXT = true",
        # steppe has no "all articles" list page, so neither has the Hugo site.
        'disableKinds = ["section"]',
        "",
        "[pagination]",
        "  pagerSize = 10",
        "",
        "[taxonomies]",
        '  topic = "topics"',
        "",
        # One feed per language with every article, as steppe writes; lists and terms get no feed.
        "[outputs]",
        '  home = ["html", "rss"]',
        '  taxonomy = ["html"]',
        '  term = ["html"]',
        '  page = ["html"]',
        "",
        "[services.rss]",
        "  limit = -1",
        "",
        "[markup.highlight]",
        "  noClasses = false",
        "",
        "[markup.goldmark.renderer]",
        "  unsafe = false",
        "",
        "[languages]",
    ]
    for weight, lang in enumerate(LANGS, 1):
        lines += [
            f"  [languages.{lang}]",
            f"    weight = {weight}",
            f'    locale = "{LANG_CODE[lang]}"',
            f'    label = "{LANG_NAME[lang]}"',
            f'    direction = "{"rtl" if lang == "ar" else "ltr"}"',
            f"    title = {quote(SITE_TITLE[lang])}",
            f"    [languages.{lang}.params]",
            f"      description = {quote(SITE_DESCRIPTION[lang])}",
        ]
    return "\n".join(lines) + "\n"


HUGO_I18N = {
    "en": {"published": "Published", "source": "Source", "language": "Language", "topics": "Topics",
           "latest": "Latest articles", "translated": "Translated from English by this briefing",
           "original": "Original, written in English", "feed": "RSS feed", "skip": "Skip to content",
           "footer": "Every fact on this site comes from the articles it cites.", "articles": "articles",
           "next": "Next", "prev": "Previous", "notfound": "Page not found", "readoriginal": "Read the original"},
    "fr": {"published": "Publié", "source": "Source", "language": "Langue", "topics": "Thèmes",
           "latest": "Derniers articles", "translated": "Traduit de l'anglais par ce dossier",
           "original": "Original, écrit en anglais", "feed": "Flux RSS", "skip": "Aller au contenu",
           "footer": "Chaque fait de ce site vient des articles qu'il cite.", "articles": "articles",
           "next": "Suivant", "prev": "Précédent", "notfound": "Page introuvable", "readoriginal": "Lire l'original"},
    "ar": {"published": "نُشر", "source": "المصدر", "language": "اللغة", "topics": "المواضيع",
           "latest": "أحدث المقالات", "translated": "ترجمه هذا الملف من الإنجليزية",
           "original": "الأصل، مكتوب بالإنجليزية", "feed": "موجز RSS", "skip": "انتقل إلى المحتوى",
           "footer": "كل معلومة في هذا الموقع مأخوذة من المقالات التي يستشهد بها.", "articles": "مقالات",
           "next": "التالي", "prev": "السابق", "notfound": "الصفحة غير موجودة", "readoriginal": "اقرأ الأصل"},
}

# The Hugo templates mirror the briefing theme: head metadata (canonical, hreflang alternates,
# Open Graph, JSON-LD on articles), header with topic navigation and language switcher, cards,
# localized dates, fingerprinted CSS.
HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}" dir="{{ or site.Language.Direction "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Summary }}{{ . | plainify }}{{ else }}{{ site.Params.description }}{{ end }}">
<meta name="color-scheme" content="light dark">
{{ partial "head_meta.html" . }}
{{ $css := resources.Get "style.css" | minify | fingerprint }}
<link rel="stylesheet" href="{{ $css.RelPermalink }}">
{{ block "head" . }}{{ end }}
</head>
<body>
<a class="skip-link" href="#main">{{ T "skip" }}</a>
{{ partial "header.html" . }}
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><div class="wrap">
<p>{{ T "footer" }}</p>
{{ with site.Home.OutputFormats.Get "rss" }}<p><a href="{{ .RelPermalink }}" type="application/rss+xml">{{ T "feed" }}</a></p>{{ end }}
</div></footer>
</body>
</html>
""",
    "_partials/head_meta.html": """<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">
{{ end }}<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ with .Summary }}{{ . | plainify }}{{ else }}{{ site.Params.description }}{{ end }}">
<meta property="og:type" content="{{ if .IsPage }}article{{ else }}website{{ end }}">
<meta property="og:locale" content="{{ site.Language.Locale }}">
{{ range .Translations }}<meta property="og:locale:alternate" content="{{ .Language.Locale }}">
{{ end }}<meta property="og:url" content="{{ .Permalink }}">
{{ if .IsPage }}<meta property="article:published_time" content="{{ .Date.Format "2006-01-02" }}">
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "NewsArticle" "@id" .Permalink "url" .Permalink "headline" .Title "inLanguage" site.Language.Lang "description" (.Summary | plainify) "datePublished" (.Date.Format "2006-01-02") | jsonify | safeJS }}</script>
{{ end }}""",
    "_partials/header.html": """<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav class="switcher" aria-label="{{ T "language" }}"><ul>
{{ range .AllTranslations }}{{ $lang := .Language.Lang }}<li>{{ if eq $lang site.Language.Lang }}<span class="current" lang="{{ $lang }}" dir="{{ .Language.Direction }}" aria-current="true">{{ .Language.Label }}</span>{{ else }}<a href="{{ .RelPermalink }}" hreflang="{{ $lang }}" lang="{{ $lang }}" dir="{{ .Language.Direction }}">{{ .Language.Label }}</a>{{ end }}</li>
{{ end }}</ul></nav>
</div>
<nav class="wrap site-nav"><ul>
<li><a href="{{ "topics/" | relLangURL }}">{{ T "topics" }}</a></li>
{{ range site.Taxonomies.topics }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>
{{ end }}{{ with site.GetPage "/about" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></nav>
</header>
""",
    "_partials/card.html": """<li class="card">
<h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
<p class="card-meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>{{ range .GetTerms "topics" }} <span class="sep" aria-hidden="true">·</span> <a class="tag" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
{{ with .Summary }}<p class="card-summary">{{ . | plainify }}</p>{{ end }}
</li>
""",
    "home.html": """{{ define "main" }}
<section class="hero"><h1>{{ site.Title }}</h1><p class="lede">{{ site.Params.description }}</p></section>
<section class="topics-overview"><h2>{{ T "topics" }}</h2><ul class="topic-grid">
{{ range site.Taxonomies.topics }}<li><a href="{{ .Page.RelPermalink }}"><span class="topic-name">{{ .Page.Title }}</span> <span class="topic-count">{{ .Count }} {{ T "articles" }}</span></a></li>
{{ end }}</ul></section>
<section><h2>{{ T "latest" }}</h2><ol class="cards">
{{ range first 10 (where site.RegularPages "Section" "articles") }}{{ partial "card.html" . }}{{ end }}
</ol></section>
{{ end }}
""",
    "page.html": """{{ define "main" }}
<article class="article"{{ if eq .Section "articles" }} data-pagefind-body{{ end }}>
<header class="article-header">
<p class="kicker">{{ range $i, $t := .GetTerms "topics" }}{{ if $i }} <span aria-hidden="true">·</span> {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.Title }}</a>{{ end }}</p>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="lede">{{ . }}</p>{{ end }}
{{ if eq .Section "articles" }}<dl class="facts">
<div><dt>{{ T "published" }}</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></dd></div>
<div><dt>{{ T "source" }}</dt><dd>{{ with .Params.source }}<bdi>{{ .name }}</bdi>{{ with .url }} (<a href="{{ . }}" rel="noopener">{{ . }}</a>){{ end }}{{ end }}</dd></div>
<div><dt>{{ T "language" }}</dt><dd>{{ if .Params.translated_from }}{{ T "translated" }}{{ range .Translations }}{{ if eq .Language.Lang "en" }} · <a href="{{ .RelPermalink }}" hreflang="en">{{ T "readoriginal" }}</a>{{ end }}{{ end }}{{ else }}{{ T "original" }}{{ end }}</dd></div>
</dl>{{ end }}
</header>
<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}
<header class="page-header"><h1>{{ T "topics" }}</h1></header>
<ul class="topic-grid">
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}"><span class="topic-name">{{ .Page.Title }}</span> <span class="topic-count">{{ .Count }} {{ T "articles" }}</span></a></li>
{{ end }}</ul>
{{ end }}
""",
    "term.html": """{{ define "main" }}
<header class="page-header">
<p class="kicker"><a href="{{ "topics/" | relLangURL }}">{{ T "topics" }}</a></p>
<h1>{{ .Title }}</h1>
<p class="topic-count">{{ len .Pages }} {{ T "articles" }}</p>
</header>
{{ $pager := .Paginate .Pages }}
{{ if eq $pager.PageNumber 1 }}<div class="prose intro">{{ .Content }}</div>{{ end }}
<ol class="cards">
{{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}
</ol>
<nav class="pager">{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">{{ T "prev" }}</a>{{ end }} {{ $pager.PageNumber }} / {{ $pager.TotalPages }} {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">{{ T "next" }}</a>{{ end }}</nav>
{{ end }}
""",
    "404.html": """{{ define "main" }}
<h1>404</h1><p>{{ T "notfound" }}</p><p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
{{ end }}
""",
}


# Hugo's image render hook doing steppe's image work: the picture cut to 480 and 960 px (never
# wider than the original), each in WebP and in PNG, in a <figure> with srcset, sizes, the size
# and the credit. Pictures are global resources (assets/media/), shared by the three languages
# as steppe's content/media/ is.
HUGO_IMAGE_HOOK = """{{- $img := resources.Get (printf "media/%s" .Destination) -}}
{{- $webp := slice -}}{{- $png := slice -}}
{{- range slice 480 960 1600 -}}{{- if le . $img.Width -}}
{{- $webp = $webp | append ($img.Resize (printf "%dx webp" .)) -}}
{{- $png = $png | append ($img.Resize (printf "%dx png" .)) -}}
{{- end -}}{{- end -}}
{{- $last := index $png (sub (len $png) 1) -}}
<figure class="figure"><picture><source type="image/webp" srcset="{{ range $i, $v := $webp }}{{ if $i }}, {{ end }}{{ $v.RelPermalink }} {{ $v.Width }}w{{ end }}" sizes="(min-width: 42rem) 42rem, 100vw">
<img src="{{ $last.RelPermalink }}" srcset="{{ range $i, $v := $png }}{{ if $i }}, {{ end }}{{ $v.RelPermalink }} {{ $v.Width }}w{{ end }}" sizes="(min-width: 42rem) 42rem, 100vw" width="{{ $last.Width }}" height="{{ $last.Height }}" alt="{{ .Text }}" loading="lazy" decoding="async"></picture>
<figcaption><span class="credit">Bench generator</span></figcaption></figure>
"""


def write_hugo(root, articles, css, base_url, images=False):
    write(os.path.join(root, "hugo.toml"), hugo_config(base_url))
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "layouts", name), text)
    if images:
        write(os.path.join(root, "layouts", "_markup", "render-image.html"), HUGO_IMAGE_HOOK)
        media = os.path.join(root, "assets", "media")
        os.makedirs(media, exist_ok=True)
        for article in articles:
            with open(os.path.join(media, f"{article.slug}.png"), "wb") as f:
                f.write(png(960, 540, article.index))
    for lang in LANGS:
        toml = "".join(f"{k} = {quote(v)}\n" for k, v in HUGO_I18N[lang].items())
        write(os.path.join(root, "i18n", f"{lang}.toml"), toml)
    write(os.path.join(root, "assets", "style.css"), css)
    for article in articles:
        for lang in LANGS:
            t = article.text[lang]
            front = [
                "---",
                f"title: {quote(t['title'])}",
                f"date: {article.date.isoformat()}",
                f"summary: {quote(t['summary'])}",
                f"topics: [{', '.join(article.topics)}]",
                "source:",
                '  name: "Bench Wire"',
                f'  url: "https://example.org/{lang}/statements/{article.slug}"',
                f"translated_from: {'null' if lang == 'en' else 'en'}",
                "---",
                "",
            ]
            body = t["body"]
            if images:
                body += f"\n![{IMAGE_ALT[lang].format(article.index)}]({article.slug}.png)\n"
            write(os.path.join(root, "content", "articles", f"{article.slug}.{lang}.md"), "\n".join(front) + body)
    rng = random.Random(7)
    for key, name in TOPICS:
        for lang in LANGS:
            intro = paragraph(rng, lang, WORDS[lang])
            write(os.path.join(root, "content", "topics", key, f"_index.{lang}.md"),
                  f"---\ntitle: {quote(name[lang])}\n---\n{intro}\n")
    for lang in LANGS:
        about = f"---\ntitle: {quote(ABOUT_TITLE[lang])}\nsummary: {quote(SITE_DESCRIPTION[lang])}\n---\n"
        write(os.path.join(root, "content", "about", f"index.{lang}.md"), about + paragraph(rng, lang, WORDS[lang]) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=int, help="articles per language")
    parser.add_argument("out", help="output folder (gets steppe/ and hugo/)")
    parser.add_argument("--seed", type=int, default=1)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--theme", default=os.path.join(here, "..", "themes", "briefing"),
                        help="steppe theme to copy into the site (default: the repository's briefing theme)")
    parser.add_argument("--base-url", default="https://bench.example.org/")
    parser.add_argument("--only", choices=("steppe", "hugo"), help="generate one of the two sites")
    parser.add_argument("--corpus", choices=("wire", "prose"), default="wire",
                        help="wire: word salad with full stops (the first corpus); prose: the same shape in "
                             "text typed as people type it (quotes, apostrophes, French spacing, figures)")
    parser.add_argument("--images", action="store_true",
                        help="one generated 960x540 PNG per article, shown in every language")
    parser.add_argument("--cards", action="store_true",
                        help="steppe only: social cards on (Hugo draws none)")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("need at least one article per language")
    rng = random.Random(args.seed)
    articles = [Article(i, args.articles, rng, args.corpus) for i in range(args.articles)]
    for side in ("steppe", "hugo"):
        target = os.path.join(args.out, side)
        if args.only and args.only != side:
            continue
        if os.path.exists(target):
            shutil.rmtree(target)
        if side == "steppe":
            write_steppe(target, articles, args.theme, images=args.images, cards=args.cards)
        else:
            with open(os.path.join(args.theme, "static", "style.css"), encoding="utf-8") as f:
                css = f.read()
            write_hugo(target, articles, css, args.base_url, images=args.images)
    print(f"generated {args.articles} articles per language ({args.articles * 3} files per site) in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
