//! The masthead: the publication's name as a page prints it at its top, before the headline. A
//! short name-shaped line counts only when the page corroborates it: the same name again outside
//! the article (footer, copyright, sign-up box) or a menu right under it.

use super::{boilerplate, date, line, source};

/// Names longer than this are headlines or taglines, not mastheads.
const MAX_WORDS: usize = 8;

/// The masthead among the lines before `start` (the body's first line), with its line index.
/// `outside[i]` tells whether line `i` is outside the article body.
pub fn find(lines: &[String], outside: &[bool], start: usize) -> Option<(usize, String)> {
    (0..start.min(lines.len())).find_map(|i| {
        let text = lines[i].as_str();
        if !is_name_shaped(text) || boilerplate::is_boilerplate(text) || repeats(lines, i) >= 3 {
            return None;
        }
        let corroborated = under_menu(lines, i) || under_follow(lines, i) || echo(lines, outside, i).is_some();
        corroborated.then(|| (i, written_name(text, echo(lines, outside, i))))
    })
}

/// A short line without sentence punctuation, in Arabic script or opening with a capital.
fn is_name_shaped(text: &str) -> bool {
    let words = line::words(text);
    if words == 0
        || words > MAX_WORDS
        || text.chars().count() > 60
        || text.contains([',', ':', ';', '|', '?', '!', '،', '؟'])
        || line::ends_sentence(text)
        || !date::stamps(text).is_empty()
        || source::byline(text).is_some()
    {
        return false;
    }
    if line::has_arabic(text) {
        return true;
    }
    // French names capitalise their first word only ("Institut d'études eurasiennes").
    text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

fn repeats(lines: &[String], i: usize) -> usize {
    let key = line::key(&lines[i]);
    lines.iter().filter(|l| line::key(l) == key).count()
}

/// Three or more short lines right under the name: the site's menu (a top bar's date between
/// them does not count).
fn under_menu(lines: &[String], i: usize) -> bool {
    let next: Vec<&String> = lines[i + 1..]
        .iter()
        .filter(|l| !l.is_empty() && date::stamps(l).is_empty())
        .take(3)
        .collect();
    next.len() == 3 && next.iter().all(|l| line::words(l) <= 3 && !line::ends_sentence(l))
}

/// A follow or subscribe button right under the name: how blog platforms and newsletters show
/// the publication a post belongs to.
fn under_follow(lines: &[String], i: usize) -> bool {
    #[rustfmt::skip]
    const FOLLOW: &[&str] = &["follow", "suivre", "s'abonner", "subscribe", "متابعة", "تابع", "اشترك"];
    lines[i + 1..]
        .iter()
        .find(|l| !l.is_empty())
        .is_some_and(|l| FOLLOW.iter().any(|f| line::key(l) == *f))
}

/// Another line outside the body that names the same publication (a one-word name must recur in
/// a copyright or ownership line: one word alone recurs too easily).
fn echo<'a>(lines: &'a [String], outside: &[bool], i: usize) -> Option<&'a str> {
    let name = line::key(&lines[i]);
    let single = line::words(&name) == 1;
    lines.iter().enumerate().find_map(|(j, other)| {
        if j == i || !outside.get(j).copied().unwrap_or(true) || other.is_empty() {
            return None;
        }
        let key = line::key(other);
        // "Headline | Site" above it (a page's <title>) repeats the headline, not the site's name;
        // "Name – SAS au capital…" in the footer does name the site.
        if j < i
            && [" |", " -", " –", " —"]
                .iter()
                .any(|sep| key.starts_with(&format!("{name}{sep}")))
        {
            return None;
        }
        let named = if line::has_arabic(&name) {
            key.contains(&name)
        } else {
            format!(" {} ", words_of(&key)).contains(&format!(" {} ", words_of(&name)))
        };
        // The same line again counts only below the article (a footer), not as a repeated headline.
        let again = key == name;
        // "Name – 15 rue …", "Name | Legal notice" below the article: the footer's own line.
        let footer_line = j > i
            && [" -", " –", " —", " |", ","]
                .iter()
                .any(|sep| key.starts_with(&format!("{name}{sep}")));
        let owned = other.contains('©') || boilerplate::is_boilerplate(other) || footer_line;
        (named && (!again || j > i + 1 && !outside[..j].iter().all(|o| *o)) && (!single || owned))
            .then_some(other.as_str())
    })
}

fn words_of(key: &str) -> String {
    key.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '&' | '-')))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name as the page writes it in running text when the masthead is in capitals.
fn written_name(text: &str, echo: Option<&str>) -> String {
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    if !capitals {
        return text.to_owned();
    }
    let wanted = words_of(&line::key(text));
    let found = echo.and_then(|other| {
        let words: Vec<&str> = other
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '&' | '-')))
            .filter(|w| !w.is_empty())
            .collect();
        let n = wanted.split(' ').count();
        words
            .windows(n)
            .find(|w| line::key(&w.join(" ")) == wanted)
            .map(|w| w.join(" "))
            .filter(|w| w.chars().any(char::is_lowercase))
    });
    found.unwrap_or_else(|| title_case(text))
}

fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    fn masthead(text: &str, start: usize) -> Option<String> {
        let lines = lines(text);
        let outside = vec![true; lines.len()];
        find(&lines, &outside, start).map(|(_, name)| name)
    }

    #[test]
    fn a_name_counts_when_the_footer_or_a_menu_repeats_it() {
        let page =
            "THE PRAIRIE TIMES\nToday's paper\nWorld\nHeadline of the day here\n© 2025 The Prairie Times Company";
        assert_eq!(masthead(page, 4).as_deref(), Some("The Prairie Times"));
        let menu = "Almaty Courier\nLocal\nCity Hall\nBusiness\nA headline";
        assert_eq!(masthead(menu, 4).as_deref(), Some("Almaty Courier"));
        let arabic = "مجلة آفاق آسيا\nعنوان المقال هنا\nجميع الحقوق محفوظة لمجلة آفاق آسيا 2025";
        assert_eq!(masthead(arabic, 2).as_deref(), Some("مجلة آفاق آسيا"));
    }

    #[test]
    fn lone_lines_sections_and_repeated_headlines_are_not_mastheads() {
        assert_eq!(masthead("Kazakhstan\nEntretiens entre les ministres\nBody.", 2), None);
        let repeated = "Kazakhstan to Join Accords\nKazakhstan to Join Accords\nKazakhstan to Join Accords\nx";
        assert_eq!(masthead(repeated, 3), None);
        assert_eq!(masthead("World\nHeadline\nWorld news of the day.", 2), None);
        let page_title = "Talks go well in Washington | Astana Review\nTalks go well in Washington\nBody.";
        assert_eq!(masthead(page_title, 2), None);
    }

    #[test]
    fn a_one_word_name_is_echoed_by_the_footer_line_it_opens() {
        let page =
            "Parlement\nLa voix des citoyens\nTravaux\nDéputés\nAgenda\nUn titre\nParlement - 1 place du Palais, Paris";
        assert_eq!(masthead(page, 5).as_deref(), Some("Parlement"));
    }

    #[test]
    fn a_name_over_a_follow_button_is_the_publication() {
        let page = "Write\nLes Notes de Sami\nSuivre\nUn titre de billet assez long\nLe texte.";
        assert_eq!(masthead(page, 4).as_deref(), Some("Les Notes de Sami"));
        assert_eq!(
            masthead("Les Notes de Sami\nUn titre de billet assez long\nLe texte.", 2),
            None
        );
    }

    #[test]
    fn a_top_bar_date_between_name_and_menu_is_skipped() {
        let page = "جريدة الساحل\nالخميس 7 مارس 2024\nالرئيسية\nمحليات\nرياضة\nعنوان";
        assert_eq!(masthead(page, 5).as_deref(), Some("جريدة الساحل"));
    }
}
