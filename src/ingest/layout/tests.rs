use super::*;

fn page(text: &str) -> Layout {
    read(&text.lines().map(str::to_owned).collect::<Vec<_>>())
}

fn heads(layout: &Layout) -> Vec<(&str, usize)> {
    layout.head.iter().map(|h| (h.text.as_str(), h.count)).collect()
}

fn paragraphs(layout: &Layout) -> Vec<&str> {
    layout
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect()
}

const P1: &str = "The two presidents met in Washington on Thursday and agreed to deepen their partnership.";
const P2: &str = "Officials said the agreements cover aviation, railways, agriculture and critical minerals.";
const LONG: &str = "Analysts in Almaty and Washington said the talks, which lasted most of the day, covered far more ground than the official statements suggested, including energy, transit corridors and the future of the country's uranium exports to the United States.";

#[test]
fn head_lines_are_kept_apart_from_the_body() {
    let layout = page(&format!(
        "Menu\nKazakhstan signs deals\nBy Jane Doe\n7 NOV 2025 06:06\n{P1}\n{P2}"
    ));
    assert_eq!(heads(&layout), [("Kazakhstan signs deals", 1)]);
    assert_eq!(layout.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(paragraphs(&layout), [P1, P2]);
    assert_eq!(layout.stamps.len(), 1);
    assert_eq!(layout.removed, 4);
}

#[test]
fn bylines_and_date_labels_after_a_standfirst_stay_out_of_the_body() {
    let standfirst = "The proposed changes would reshape the balance between the presidency and parliament.";
    let text = format!("A headline of some words\n{standfirst}\nBy Catherine Putz\nPublié aujourd’hui à 06h00\n{P1}");
    let layout = page(&text);
    assert_eq!(
        layout.blocks,
        [Block::Paragraph(standfirst.to_owned()), Block::Paragraph(P1.to_owned())]
    );
}

#[test]
fn repeated_lines_collapse_and_are_counted() {
    let layout = page(&format!("Big news today\nSign Up\nBig news today\n{P1}\n{P1}"));
    assert_eq!(heads(&layout), [("Big news today", 2)]);
    assert_eq!(paragraphs(&layout), [P1]);
}

#[test]
fn short_lines_between_paragraphs_become_headings() {
    let layout = page(&format!(
        "{P1}\nThe heart of US-Kazakhstan relations\n{P2}\nPublicité\n{P1}x"
    ));
    assert_eq!(
        layout.blocks[1],
        Block::Heading("The heart of US-Kazakhstan relations".to_owned())
    );
    assert_eq!(layout.blocks.len(), 4);
}

#[test]
fn comments_end_the_article() {
    let layout = page(&format!(
        "{P1}\nComments\nNo comments yet. Why don’t you start the discussion?\n{P2}\nLeave a Reply"
    ));
    assert_eq!(paragraphs(&layout), [P1]);
}

#[test]
fn related_lists_end_the_article_unless_a_real_paragraph_follows() {
    let tail = page(&format!(
        "{P1}\nRelated articles\nKazakhstan and the US sign a deal\nA short teaser sentence about another story."
    ));
    assert_eq!(paragraphs(&tail), [P1]);
    let middle = page(&format!("{P1}\nLire aussi\nLe Kazakhstan et les États-Unis\n{LONG}"));
    assert_eq!(paragraphs(&middle), [P1, LONG]);
}

#[test]
fn labelled_summary_and_link_are_taken_out() {
    let layout = page(&format!(
        "Title of it all\n\nSummary:\n\nLe résumé en français.\n\nOriginal Link:\n\nLink\n\nGenerated Article:\n\n{P1}"
    ));
    assert_eq!(layout.summary.as_deref(), Some("Le résumé en français."));
    assert!(layout.generated);
    assert_eq!(layout.link, None);
    assert_eq!(heads(&layout), [("Title of it all", 1)]);
    assert_eq!(paragraphs(&layout), [P1]);
}

#[test]
fn lists_after_a_colon_and_wrapped_lines() {
    let layout = page(&format!(
        "{P1}\nThe deals include:\nBoeing aircraft\nWabtec locomotives\n{P2}\nThis line was wrapped by\nan editor at a fixed width."
    ));
    assert_eq!(layout.blocks[2], Block::Item("Boeing aircraft".to_owned()));
    assert_eq!(layout.blocks[3], Block::Item("Wabtec locomotives".to_owned()));
    assert_eq!(
        layout.blocks.last(),
        Some(&Block::Paragraph(
            "This line was wrapped by an editor at a fixed width.".to_owned()
        ))
    );
}

#[test]
fn a_summary_label_takes_one_paragraph_on_a_page_without_blank_lines() {
    let layout = page(&format!(
        "A headline for the test\nAbstract\nThe paper studies the budget.\n{P1}\n{P2}"
    ));
    assert_eq!(layout.summary.as_deref(), Some("The paper studies the budget."));
    assert_eq!(paragraphs(&layout), [P1, P2]);
}

#[test]
fn a_running_header_repeated_inside_the_body_is_dropped_everywhere() {
    let header = "Eurasia Forum | Working Paper 7";
    let layout = page(&format!(
        "Eurasia Forum\nA headline for the test\n{P1}\n{header}\n{P2}\n{header}\n{LONG}"
    ));
    assert_eq!(paragraphs(&layout), [P1, P2, LONG]);
    assert!(layout.blocks.iter().all(|b| b.text() != header));
}

#[test]
fn an_age_line_is_no_head_line_and_a_dateline_is_a_stamp() {
    let layout = page(&format!(
        "Astana Desk\nKazakhstan passes its budget\nil y a 3 heures\nALMATY, March 3, 2024 (KNA) — {P1}\n{P2}"
    ));
    assert_eq!(
        heads(&layout),
        [("Astana Desk", 1), ("Kazakhstan passes its budget", 1)]
    );
    assert_eq!(layout.stamps.len(), 1);
    assert_eq!(paragraphs(&layout)[0], format!("ALMATY, March 3, 2024 (KNA) — {P1}"));
}

#[test]
fn a_block_dropped_at_the_end_leaves_the_body_so_the_footer_can_name_the_site() {
    let layout = page(&format!(
        "Parlement\nLa voix des citoyens\nTravaux\n{P1}\n{P2}\nParlement - 1 place du Palais, Paris"
    ));
    assert_eq!(layout.masthead.as_deref(), Some("Parlement"));
    assert_eq!(paragraphs(&layout), [P1, P2]);
}

#[test]
fn a_bare_name_between_headline_and_date_is_the_author_not_the_masthead() {
    // The name recurs below the article ("More from …"), which would otherwise corroborate it.
    let layout = page(&format!(
        "Sign in\nKazakhstan signs rail and aviation deals\nAigerim Sato\n4 min read · Nov 8, 2025\n{P1}\n{P2}\nMore from Aigerim Sato\nAnother post by the same writer"
    ));
    assert_eq!(layout.byline.as_deref(), Some("Aigerim Sato"));
    assert_eq!(layout.masthead, None);
    assert_eq!(heads(&layout), [("Kazakhstan signs rail and aviation deals", 1)]);
    // A site's name over the date, which its copyright line gives, stays the site's.
    let site = page(&format!(
        "Kazakhstan signs rail and aviation deals\nSteppe Ledger\nNov 8, 2025\n{P1}\n{P2}\n© 2025 Steppe Ledger"
    ));
    assert_eq!(site.byline, None);
}

#[test]
fn breadcrumbs_of_menu_entries_are_not_headlines() {
    let layout = page(&format!(
        "Ministère du Commerce\nAccueil\nPresse\nActualités\nContact\nPresse / Actualités\nLe ministère signe un accord sur les minerais\n12/11/2025\n{P1}\n{P2}"
    ));
    assert!(
        heads(&layout).iter().all(|(h, _)| *h != "Presse / Actualités"),
        "{:?}",
        heads(&layout)
    );
    assert!(heads(&layout).contains(&("Le ministère signe un accord sur les minerais", 1)));
    // A headline with a slash whose parts are not the site's menu stays.
    let slash = page(&format!("Menu\nAstana / Washington\n12/11/2025\n{P1}"));
    assert_eq!(heads(&slash), [("Astana / Washington", 1)]);
}
