//! Raw page text → `Draft`: the text rules (layout, title, date, source, topics) in one pass.
//! Facts a caller already knows (a saved page's own metadata) win over what the rules would guess;
//! the rules fill the rest. What was guessed with little evidence becomes a `Doubt`.

use super::{Doubt, Draft, Field, body, clean, date, lang, layout, sentence, source, title, topics};
use crate::config::Topic;
use crate::content::dating::Dated;
use crate::content::front_matter::{FrontMatter, Source};
use crate::date::Date;
use crate::i18n::Lang;

/// Facts about the page that come from somewhere more reliable than its text (HTML metadata).
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub lang: Option<Lang>,
    pub title: Option<String>,
    pub date: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    /// Doubts the caller found while reading its facts (metadata that disagrees with the text).
    pub doubts: Vec<Doubt>,
}

/// Reads one page's text into a draft; `file` is its file name (recorded as `source.file`).
/// Fails when the page holds no article text.
pub fn read(file: &str, text: &str, topics: &[Topic], known: &Known) -> Result<Draft, String> {
    let lines = clean::lines(text);
    if lines.iter().all(String::is_empty) {
        return Err("the file is empty".to_owned());
    }
    let provenance = source::scan(&lines);
    let page = layout::read(&lines);
    let plain = plain_text(&page.blocks);
    if plain.is_empty() {
        return Err("no article text found: every line looks like page furniture (menus, prompts, links)".to_owned());
    }
    let mut doubts = known.doubts.clone();
    let lang = match known.lang {
        Some(lang) => lang,
        None => {
            let detected = lang::detect(&plain).ok_or("cannot tell whether the text is English, French or Arabic")?;
            if !detected.reliable {
                let reason = format!(
                    "the language ({}) is a guess; check `lang` and the file name",
                    detected.lang
                );
                doubts.push(Doubt::new(Field::Lang, reason));
            }
            detected.lang
        }
    };
    let first = page.blocks.iter().find_map(|b| match b {
        layout::Block::Paragraph(p) => Some(p.as_str()),
        _ => None,
    });
    // Who published the text: a "Source:" label (an aggregator names the original), a feed footer,
    // a sentence that names the publication, the masthead, the copyright line, strongest first.
    let guessed_name = page
        .source
        .clone()
        .or(provenance.footer_name)
        .or(provenance.named)
        .or(page.masthead.clone())
        .or(provenance.copyright.clone());
    // A masthead that no copyright line agrees with is the weakest evidence that still names a site.
    let masthead_only = known.source.is_none()
        && guessed_name.is_some()
        && guessed_name == page.masthead
        && provenance.copyright != page.masthead;
    let name = known.source.clone().or(guessed_name);
    if name.is_none() {
        doubts.push(Doubt::new(
            Field::Source,
            "no publication name found; `source.name` is left out",
        ));
    } else if masthead_only {
        doubts.push(Doubt::new(
            Field::Source,
            "the publication's name is read from the top of the page alone: check `source.name`",
        ));
    }
    let title = match &known.title {
        Some(title) => title.clone(),
        None => guess_title(
            &page,
            &provenance.footer_title,
            name.as_deref(),
            first,
            lang,
            &mut doubts,
        )?,
    };
    if !lang::agrees(&title, lang) {
        doubts.push(Doubt::new(
            Field::Title,
            format!("the title is not in {lang}: check it is the headline"),
        ));
    }
    let date = known.date.or_else(|| date::publication(&page.stamps, lang));
    if date.is_none() {
        doubts.push(Doubt::new(Field::Date, "no publication date found; `date` is left out"));
    }
    let summary = choose_summary(page.summary.as_deref(), first, lang, &mut doubts);
    let paragraphs: Vec<&str> = page.blocks.iter().map(layout::Block::text).collect();
    let article = topics::Article {
        title: &title,
        summary: page.summary.as_deref(),
        paragraphs: &paragraphs,
    };
    let topics = topics::classify(&article, lang, topics);
    if topics.is_empty() {
        doubts.push(Doubt::new(
            Field::Topics,
            "no topic's keywords matched; `topics` is empty",
        ));
    }
    let source = Source {
        name,
        url: known.url.clone().or(page.link.clone()),
        byline: known.byline.clone().or(page.byline.clone()),
        file: Some(file.to_owned()),
        generated: provenance.generated || page.generated,
    };
    let front = FrontMatter {
        title,
        date: date.map(Dated::day),
        lang: Some(lang),
        summary,
        topics,
        source: Some(source),
        translated_from: None,
        added: None,
        slug: None,
        aliases: Vec::new(),
        publish_at: None,
        updates: Vec::new(),
        draft: false,
    };
    doubts.sort_by_key(|d| d.field);
    Ok(Draft {
        front,
        body: body::to_markdown(&page.blocks),
        lines_removed: page.removed,
        doubts,
    })
}

/// The headline the text rules find, or a title made from the first sentence (a doubt).
fn guess_title(
    page: &layout::Layout,
    footer: &Option<String>,
    name: Option<&str>,
    first: Option<&str>,
    lang: Lang,
    doubts: &mut Vec<Doubt>,
) -> Result<String, String> {
    let site: Vec<String> = name
        .map(str::to_owned)
        .into_iter()
        .chain(page.masthead.clone())
        .collect();
    let evidence = title::Evidence {
        head: &page.head,
        site: &site,
        footer: footer.as_deref(),
        first,
    };
    let (title, origin) =
        title::choose(&evidence, lang).ok_or("no title: the page has no headline and no sentence to make one from")?;
    if origin == title::Origin::FirstSentence {
        doubts.push(Doubt::new(
            Field::Title,
            "the page has no headline in the article's language; the title is made from the first sentence",
        ));
    }
    Ok(title)
}

/// The page's own summary when it is in the article's language, else the first sentence or two.
fn choose_summary(own: Option<&str>, first: Option<&str>, lang: Lang, doubts: &mut Vec<Doubt>) -> Option<String> {
    match own {
        Some(own) if lang::agrees(own, lang) => return Some(own.to_owned()),
        Some(_) => doubts.push(Doubt::new(
            Field::Summary,
            format!("the page's summary is not in {lang}; the summary is the article's first sentences"),
        )),
        None => {}
    }
    let sentences = sentence::split(first?);
    let mut summary = sentences.first()?.to_string();
    // One short sentence says little; two long ones make a paragraph, not a summary.
    if let Some(second) = sentences.get(1)
        && summary.chars().count() < 120
        && summary.chars().count() + second.chars().count() < 320
    {
        summary.push(' ');
        summary.push_str(second);
    }
    Some(summary)
}

fn plain_text(blocks: &[layout::Block]) -> String {
    let texts: Vec<&str> = blocks.iter().map(layout::Block::text).collect();
    texts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, known: &Known) -> Vec<Field> {
        read("a.txt", text, &[], known)
            .unwrap()
            .doubts
            .iter()
            .map(|d| d.field)
            .collect()
    }

    const PAGE: &str = "Kazakhstan signs rail deal\n\n\
        Kazakhstan's railway company signed contracts worth billions with American manufacturers, officials said.\n\
        The deal includes hundreds of locomotives, the ministry of transport said in a statement.\n";

    #[test]
    fn what_the_page_lacks_is_a_doubt_by_field_in_field_order() {
        assert_eq!(
            fields(PAGE, &Known::default()),
            [Field::Date, Field::Source, Field::Topics]
        );
    }

    #[test]
    fn known_facts_are_not_doubted_and_bring_their_own_doubts() {
        let known = Known {
            source: Some("Rail Daily".to_owned()),
            date: "2025-11-07".parse().ok(),
            doubts: vec![Doubt::new(Field::Lang, "declared lang disagrees")],
            ..Known::default()
        };
        assert_eq!(fields(PAGE, &known), [Field::Lang, Field::Topics]);
    }

    #[test]
    fn a_headline_in_another_language_than_the_body_is_a_doubt() {
        let page = PAGE.replace(
            "Kazakhstan signs rail deal",
            "Le Kazakhstan signe un accord ferroviaire avec les États-Unis",
        );
        assert!(fields(&page, &Known::default()).contains(&Field::Title));
    }
}
