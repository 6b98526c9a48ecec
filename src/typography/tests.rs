use super::markup::Typography;
use super::*;

/// The separators ICU4X gives the briefing's locales.
fn typography() -> Typography {
    let languages = ["en", "fr", "ar"]
        .map(|code| crate::i18n::Language::new(Lang::known(code).unwrap(), code.to_owned(), None, None).unwrap());
    let languages = crate::i18n::Languages::new(languages.into()).unwrap();
    Typography::new(&languages, |lang| if lang == Lang::FR { NARROW_NBSP } else { ',' })
}

/// Shows the no-break spaces, which look like spaces in a failure message.
fn visible(text: &str) -> String {
    text.replace(NARROW_NBSP, "⍽").replace(NBSP, "␣")
}

fn page(lang: &str, body: &str) -> String {
    let page = format!("<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body>{body}</body></html>");
    let out = typography().typeset(&page);
    let start = out.find("<body>").unwrap() + "<body>".len();
    visible(&out[start..out.len() - "</body></html>".len()])
}

#[test]
fn french_gets_no_break_spaces_and_guillemets() {
    let out = page(
        "fr",
        "<p>Il a dit : &quot;Nouveau Kazakhstan&quot; ; pourquoi? Vraiment ! 80 % et 15 000 emplois, 1 250 000 dollars.</p>",
    );
    assert_eq!(
        out,
        "<p>Il a dit␣: «⍽Nouveau Kazakhstan⍽»⍽; pourquoi⍽? Vraiment⍽! 80⍽% et 15⍽000 emplois, 1⍽250⍽000 dollars.</p>"
    );
}

#[test]
fn french_replaces_english_quotes_and_keeps_apostrophes_one_style() {
    let out = page(
        "fr",
        "<p>“En 30 ans, l'économie a changé” selon d’autres, et <em>« Nouveau Kazakhstan »</em>.</p>",
    );
    assert_eq!(
        out,
        "<p>«⍽En 30 ans, l’économie a changé⍽» selon d’autres, et <em>«⍽Nouveau Kazakhstan⍽»</em>.</p>"
    );
}

#[test]
fn french_labels_and_inner_quotes() {
    assert_eq!(
        page(
            "fr",
            "<p>Télécharger les données des accords: <a href=\"x.csv\">CSV</a></p>"
        ),
        "<p>Télécharger les données des accords␣: <a href=\"x.csv\">CSV</a></p>"
    );
    assert_eq!(
        page("fr", "<dt>Mentionné dans:</dt><p>\"il a dit 'oui' hier\"</p>"),
        "<dt>Mentionné dans␣:</dt><p>«⍽il a dit “oui” hier⍽»</p>"
    );
}

#[test]
fn english_gets_curly_quotes_and_one_apostrophe() {
    assert_eq!(
        page(
            "en",
            "<h1>Kazakhstan&#39;s &quot;New Kazakhstan&quot; and the &#39;C5+1&#39; format</h1><p>\"<em>Deal</em>\" at 10:30; 15 000?</p>"
        ),
        "<h1>Kazakhstan’s “New Kazakhstan” and the ‘C5+1’ format</h1><p>“<em>Deal</em>” at 10:30; 15 000?</p>"
    );
}

#[test]
fn arabic_gets_guillemets_without_spaces() {
    assert_eq!(
        page("ar", "<p>قال: \"كازاخستان الجديدة\" و“اتفاقيات أبراهام”؟ 80 %</p>"),
        "<p>قال: «كازاخستان الجديدة» و«اتفاقيات أبراهام»؟ 80 %</p>"
    );
}

#[test]
fn code_urls_attributes_and_scripts_are_untouched() {
    let body = "<p data-x=\"l'a: &quot;x&quot;\" class=\"a : b\">Voir <code>a = \"b\"; c?</code> et https://example.org/a?b=c:d \"fin\"</p>\
        <pre><code>x : \"y\"</code></pre><script>var s = \"a\" ; if (x?y:z) {}</script><!-- \"c\" ; -->";
    assert_eq!(
        page("fr", body),
        "<p data-x=\"l'a: &quot;x&quot;\" class=\"a : b\">Voir <code>a = \"b\"; c?</code> et https://example.org/a?b=c:d «⍽fin⍽»</p>\
        <pre><code>x : \"y\"</code></pre><script>var s = \"a\" ; if (x?y:z) {}</script><!-- \"c\" ; -->"
    );
}

#[test]
fn each_element_follows_its_own_language() {
    let body = "<section lang=\"fr\"><p>Page introuvable : retour</p></section>\
        <section lang=\"en\"><p>Not found: back</p></section><p lang=\"de\">\"so\"</p><p>\"after\"</p>";
    assert_eq!(
        page("en", body),
        "<section lang=\"fr\"><p>Page introuvable␣: retour</p></section>\
        <section lang=\"en\"><p>Not found: back</p></section><p lang=\"de\">\"so\"</p><p>“after”</p>"
    );
}

#[test]
fn feeds_keep_identifiers_and_typeset_titles() {
    let feed = "<?xml version=\"1.0\"?><feed xml:lang=\"fr\"><id>urn:steppe:fr</id><title>L'accord : &quot;oui&quot;</title>\
        <updated>2025-11-07T00:00:00Z</updated></feed>";
    assert_eq!(
        visible(&typography().typeset(feed)),
        "<?xml version=\"1.0\"?><feed xml:lang=\"fr\"><id>urn:steppe:fr</id><title>L’accord␣: «⍽oui⍽»</title>\
        <updated>2025-11-07T00:00:00Z</updated></feed>"
    );
}

#[test]
fn typesetting_twice_changes_nothing() {
    let body = "<p>Il a dit : \"Nouveau Kazakhstan\" ; 80 % de 15 000, d'accord ? « oui »</p>";
    let once = typography().typeset(&format!("<html lang=\"fr\"><body>{body}</body></html>"));
    assert_eq!(typography().typeset(&once), once);
}

#[test]
fn plain_strings_are_typeset_alone() {
    let fr = Rules::new(Lang::FR, NARROW_NBSP);
    assert_eq!(
        visible(&typeset_text("Les accords d'Abraham : \"oui\"", &fr)),
        "Les accords d’Abraham␣: «⍽oui⍽»"
    );
}

// Regression: issue 19 (Arabic bodies read لـ«السياسة الحكيمة والجريئة“).
#[test]
fn quotes_attached_to_a_word_pair_up() {
    assert_eq!(
        page("ar", "<p>لـ\"السياسة الحكيمة والجريئة\" التي و”كلمة“.</p>"),
        "<p>لـ«السياسة الحكيمة والجريئة» التي و«كلمة».</p>"
    );
    assert_eq!(
        page("en", "<p>the \"so-called\"-style \"x\"</p>"),
        "<p>the “so-called”-style “x”</p>"
    );
}

#[test]
fn dashes_and_ellipses_are_set_as_in_markdown() {
    assert_eq!(
        page(
            "en",
            "<p>2010--2020 --- wait... really.... a-b <code>--flag ...</code></p>"
        ),
        "<p>2010–2020 — wait… really.... a-b <code>--flag ...</code></p>"
    );
}

// Regression: issue 19 (meta descriptions and tooltips kept "c'est-à-dire" and "Tokaïev ;").
#[test]
fn attributes_readers_see_are_typeset() {
    let head = "<meta name=\"description\" content=\"c'est-à-dire : &quot;oui&quot; ; 80 %\">\
        <meta property=\"og:url\" content=\"https://x.org/a?b:c\">";
    let out = visible(&typography().typeset(&format!("<html lang=\"fr\"><head>{head}</head></html>")));
    assert_eq!(
        out,
        "<html lang=\"fr\"><head><meta name=\"description\" content=\"c’est-à-dire␣: «⍽oui⍽»⍽; 80⍽%\">\
        <meta property=\"og:url\" content=\"https://x.org/a?b:c\"></head></html>"
    );
    assert_eq!(
        page(
            "fr",
            "<a href=\"a?b=c\" title=\"L'accord : oui\" aria-label=\"Mentionné dans:\">x</a><img alt=\"Vue d'Astana\" src=\"d'a.jpg\">"
        ),
        "<a href=\"a?b=c\" title=\"L’accord␣: oui\" aria-label=\"Mentionné dans␣:\">x</a><img alt=\"Vue d’Astana\" src=\"d'a.jpg\">"
    );
    // An element's own language rules its attributes; English keeps a plain space.
    assert_eq!(
        page(
            "fr",
            "<span lang=\"en\" title=\"Boeing's deal: &quot;yes&quot;\">x</span>"
        ),
        "<span lang=\"en\" title=\"Boeing’s deal: “yes”\">x</span>"
    );
}
