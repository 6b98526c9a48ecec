//! The "About …" section that closes a press release or a post ("About Acme", "À propos du groupe",
//! "نبذة عن الشركة"): the issuer's or the author's standing description, printed under every
//! release, not the news. Where it stands in the page (it ends the article) is `layout`'s concern.

use super::line;

/// Nouns a release's "About" heading names its issuer or author by, without the name itself.
#[rustfmt::skip]
const ISSUERS: &[&str] = &[
    "us", "company", "group", "firm", "organisation", "organization", "author", "authors", "writer",
    "foundation", "institute", "association", "federation", "council", "chamber", "agency", "ministry",
    "nous", "société", "entreprise", "groupe", "auteur", "auteurs", "autrice", "fondation", "institut",
    "fédération", "chambre", "agence", "ministère", "cabinet",
    "الشركة", "المجموعة", "الكاتب", "الكاتبة", "المؤلف", "المجلس", "المؤسسة", "الجمعية", "الوزارة",
    "المركز", "الاتحاد", "الغرفة", "الوكالة", "الهيئة", "المعهد", "نحن",
];

/// Arabic particles and the article that may be joined to a name, longest first.
const JOINED: &[&str] = &["وال", "بال", "لل", "ال", "و", "ب", "ل"];

/// Whether `heading` opens an "About …" section, judged with the line that follows it (`next`):
/// a short heading naming the issuer (a noun such as "the company", or a name that the next
/// paragraph opens with), over a paragraph. A section heading about a subject of the news
/// ("About the deal", "حول الاتفاق") names neither.
pub fn opens_section(heading: &str, next: Option<&str>) -> bool {
    let heading = heading.trim().trim_end_matches([':', '：']).trim_end();
    let Some(next) = next.filter(|n| line::is_paragraph(n)) else {
        return false;
    };
    if line::words(heading) > 7 || line::ends_sentence(heading) {
        return false;
    }
    let Some((subject, profile)) = subject(heading) else {
        return false;
    };
    // "About the company", "À propos de notre groupe": the noun, not its article, says who.
    let mut subject = subject.iter().skip_while(|w| {
        ["the", "our", "this", "le", "la", "les", "notre", "nos", "ce", "cette"].contains(&line::key(w).as_str())
    });
    let Some(first) = subject.next() else {
        // "About us", "À propos", "من نحن" over a paragraph.
        return true;
    };
    let bare = without_article(first);
    let generic = ISSUERS
        .iter()
        .any(|n| line::key(n) == line::key(bare) || line::key(n) == line::key(first));
    let named = bare.starts_with(char::is_uppercase) && opens_with(next, bare);
    generic || named || profile
}

/// The words a heading says it is about, and whether its opening itself says it is a profile
/// ("نبذة عن"). None when it is no "About" heading.
fn subject(heading: &str) -> Option<(Vec<&str>, bool)> {
    let words: Vec<&str> = heading.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| line::key(w)).collect();
    let at = |i: usize| lower.get(i).map_or("", String::as_str);
    match (at(0), at(1)) {
        ("about", _) | ("حول", _) | ("عن", _) => Some((words[1..].to_vec(), false)),
        ("نبذة", "عن") => Some((words[2..].to_vec(), true)),
        ("من", "نحن") if words.len() == 2 => Some((Vec::new(), false)),
        ("qui", "sommes-nous") if words.len() == 2 => Some((Vec::new(), false)),
        ("à" | "a", "propos") => {
            let rest = &words[2..];
            match rest.first().map(|w| line::key(w)) {
                Some(w) if matches!(w.as_str(), "de" | "du" | "des") => Some((rest[1..].to_vec(), false)),
                Some(w) if w.starts_with("d'") => {
                    let mut subject = rest.to_vec();
                    subject[0] = &rest[0][rest[0].char_indices().nth(2).map_or(0, |(i, _)| i)..];
                    Some((subject, false))
                }
                None => Some((Vec::new(), false)),
                Some(_) => None,
            }
        }
        _ => None,
    }
}

/// The word without the French article joined to it ("l'Institut" → "Institut").
fn without_article(word: &str) -> &str {
    for article in ["l'", "l’", "L'", "L’"] {
        if let Some(rest) = word.strip_prefix(article) {
            return rest;
        }
    }
    word
}

/// Whether the paragraph names `name` among its first words (an Arabic particle joined to it allowed).
fn opens_with(paragraph: &str, name: &str) -> bool {
    let name = line::key(name);
    paragraph.split_whitespace().take(8).any(|w| {
        let w = line::key(w.trim_matches(|c: char| !c.is_alphanumeric()));
        w == name || JOINED.iter().any(|p| w.strip_prefix(p) == Some(name.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISSUER: &str = "Northwind Rail builds signalling systems for freight lines in twelve countries.";

    #[test]
    fn about_headings_over_the_issuers_description_open_the_section() {
        for (heading, next) in [
            ("About Northwind Rail", ISSUER),
            (
                "About the company",
                "Founded in 1990, it employs 4,000 people across Europe and Asia.",
            ),
            (
                "À propos de Verdane",
                "Verdane conçoit des logiciels de gestion pour les réseaux ferrés.",
            ),
            (
                "À propos de l'Institut",
                "Fondé en 2001, il publie des analyses sur l'Asie centrale.",
            ),
            (
                "About the author:",
                "Jane Doe covers energy and trade for the weekly since 2019.",
            ),
            (
                "نبذة عن شركة الأفق",
                "تأسست الشركة عام 1995 وتعمل في مجال الطاقة في عشر دول عربية.",
            ),
            (
                "عن المجلس",
                "يضم المجلس أكثر من مئتي شركة من القطاع الخاص في المنطقة والعالم.",
            ),
        ] {
            assert!(opens_section(heading, Some(next)), "{heading}");
        }
    }

    #[test]
    fn section_headings_about_the_news_do_not() {
        for (heading, next) in [
            (
                "About the deal",
                "The deal covers 300 locomotives to be delivered over ten years.",
            ),
            (
                "About Northwind Rail",
                "The contract was signed in Astana on Thursday by both ministers.",
            ),
            (
                "حول الاتفاق",
                "ينص الاتفاق على توريد ثلاثمئة قاطرة خلال عشر سنوات إلى كازاخستان.",
            ),
            ("À propos, le ministre a conclu.", ISSUER),
            ("About Northwind Rail", "Read more"),
            ("The Northwind Rail order", ISSUER),
        ] {
            assert!(!opens_section(heading, Some(next)), "{heading}");
        }
        assert!(!opens_section("About us", None));
    }
}
