use super::*;

fn published(lines: &[&str], lang: Lang) -> Option<String> {
    let all: Vec<Stamp> = lines.iter().flat_map(|l| stamps(l)).collect();
    publication(&all, lang).map(|d| d.to_string())
}

fn one(line: &str, lang: Lang) -> Option<String> {
    published(&[line], lang)
}

#[test]
fn english_month_names_and_abbreviations() {
    assert_eq!(one("7 NOV 2025 06:06", Lang::En).as_deref(), Some("2025-11-07"));
    assert_eq!(one("November 6, 2025", Lang::En).as_deref(), Some("2025-11-06"));
    assert_eq!(one("Friday, 7 November 2025", Lang::En).as_deref(), Some("2025-11-07"));
    assert_eq!(
        one("Sept. 3rd, 2024 at 10:05 am", Lang::En).as_deref(),
        Some("2024-09-03")
    );
    assert_eq!(
        one("Published: Friday, 7 November 2025 | By Jane Doe", Lang::En).as_deref(),
        Some("2025-11-07")
    );
}

#[test]
fn french_dates_with_labels_weekdays_and_times() {
    assert_eq!(
        one("Publié le 7 novembre 2025", Lang::Fr).as_deref(),
        Some("2025-11-07")
    );
    assert_eq!(one("vendredi 7 novembre 2025", Lang::Fr).as_deref(), Some("2025-11-07"));
    assert_eq!(one("le 07/11/2025", Lang::Fr).as_deref(), Some("2025-11-07"));
    assert_eq!(
        one("Publié le 12/03/2024 à 10h05", Lang::Fr).as_deref(),
        Some("2024-03-12")
    );
    assert_eq!(one("1er févr. 2024", Lang::Fr).as_deref(), Some("2024-02-01"));
}

#[test]
fn arabic_dates_with_arabic_indic_digits() {
    assert_eq!(one("٧/١١/٢٠٢٥", Lang::Ar).as_deref(), Some("2025-11-07"));
    assert_eq!(one("الجمعة 7 نوفمبر 2025", Lang::Ar).as_deref(), Some("2025-11-07"));
    assert_eq!(
        one("نُشر في: ١٥ أيار ٢٠٢٤ - ١٠:٣٠", Lang::Ar).as_deref(),
        Some("2024-05-15")
    );
    assert_eq!(
        one("٧ نوفمبر/تشرين الثاني ٢٠٢٥", Lang::Ar).as_deref(),
        Some("2025-11-07")
    );
}

#[test]
fn numeric_dates_are_day_first_except_on_english_pages() {
    assert_eq!(one("07/11/2025", Lang::Fr).as_deref(), Some("2025-11-07"));
    assert_eq!(one("07/11/2025", Lang::En).as_deref(), Some("2025-07-11"));
    assert_eq!(one("25/11/2025", Lang::En).as_deref(), Some("2025-11-25"));
    assert_eq!(one("2025-11-07", Lang::Ar).as_deref(), Some("2025-11-07"));
    assert_eq!(one("2025-11-07T06:06:00Z", Lang::En).as_deref(), Some("2025-11-07"));
}

#[test]
fn updated_dates_never_win() {
    let line = "Publié le 12/03/2024 à 10h05, mis à jour le 13/03/2024 à 08h00";
    assert_eq!(one(line, Lang::Fr).as_deref(), Some("2024-03-12"));
    let lines = ["Mis à jour le 13 mars 2024", "Publié le 12 mars 2024"];
    assert_eq!(published(&lines, Lang::Fr).as_deref(), Some("2024-03-12"));
    assert_eq!(one("Updated: 5 May 2024", Lang::En), None);
    assert_eq!(one("آخر تحديث: 5 مايو 2024", Lang::Ar), None);
}

#[test]
fn dates_inside_sentences_are_not_publication_dates() {
    let sentence = "Le 7 novembre 2025, les États-Unis et le Kazakhstan ont annoncé un approfondissement.";
    assert_eq!(one(sentence, Lang::Fr), None);
    assert_eq!(one("Talks resumed on 7 March 2024.", Lang::En), None);
    assert_eq!(
        one(
            "The report, published in 2023, says talks on 5 May 2024 failed",
            Lang::En
        ),
        None
    );
    assert_eq!(one("Publié le", Lang::Fr), None);
    assert_eq!(one("Kazakhstan votes in referendum on 16 March 2025", Lang::En), None);
    assert_eq!(
        one("By John Smith, Reuters | Nov 7, 2025 06:06 EDT", Lang::En).as_deref(),
        Some("2025-11-07")
    );
}

#[test]
fn a_credit_line_closing_with_its_date_dates_the_page() {
    let line = "Rédigé par Inès Caradec, le 3 décembre 2025";
    assert_eq!(one(line, Lang::Fr).as_deref(), Some("2025-12-03"));
    assert_eq!(
        one("كتبه أحمد سالم، 3 ديسمبر 2025", Lang::Ar).as_deref(),
        Some("2025-12-03")
    );
    // A sentence naming who did something by a date, or a date that does not close the line, is not one.
    assert_eq!(one("Talks led by Rubio ended on 7 March 2024.", Lang::En), None);
    assert_eq!(
        one("Signed by both sides on 7 March 2024 in Washington", Lang::En),
        None
    );
}

#[test]
fn label_lines_are_recognized_without_a_date() {
    assert!(is_date_label("Publié le"));
    assert!(is_date_label("Published:"));
    assert!(is_date_label("Publié aujourd’hui à 06h00, modifié à 08h12"));
    assert!(!is_date_label("Publishers met in Almaty on Monday."));
}

#[test]
fn a_label_opening_a_short_line_dates_it_across_the_words_naming_where() {
    assert_eq!(
        one("Publiée dans le Bulletin officiel du 4/3/2024 - p. 12", Lang::Fr).as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        one("Published in the Quarterly Review on 2 May 2024", Lang::En).as_deref(),
        Some("2024-05-02")
    );
    // The label must open the line, and a sentence is still no date line.
    assert_eq!(
        one("The minister, published in the gazette on 2 May 2024", Lang::En),
        None
    );
    assert_eq!(
        one(
            "Published in the gazette on 2 May 2024, the decree takes effect at once.",
            Lang::En
        ),
        None
    );
}

#[test]
fn an_age_beside_a_date_adds_no_words_and_a_line_of_one_is_relative() {
    assert_eq!(
        one("March 3, 2024 9:05 AM EST Updated 4 hours ago", Lang::En).as_deref(),
        Some("2024-03-03")
    );
    for line in [
        "il y a 2 heures",
        "Il y a une heure",
        "6 days ago",
        "منذ 4 ساعات",
        "Posted by Sam Reed · 2 weeks ago",
        "Report by Ana Lima • 3h",
        "Hier à 09:15",
        "Mis à jour il y a 12 min",
    ] {
        assert!(is_relative(line), "{line}");
    }
    for line in [
        "Yesterday's talks in Astana",
        "Three days that changed Central Asia",
        "Il y a dix ans, Astana signait un accord.",
        "Tokayev • Washington",
    ] {
        assert!(!is_relative(line), "{line}");
    }
}

#[test]
fn a_dateline_opening_the_first_paragraph_gives_its_date() {
    let date = |p: &str, year| {
        dateline(p, year)
            .and_then(|s| s.resolve(Lang::En))
            .map(|d| d.to_string())
    };
    assert_eq!(
        date(
            "ALMATY, March 3, 2024 (KNA) — The parliament approved the budget.",
            None
        )
        .as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(
        date("LYON, le 4 mars 2024 (AFP) - Le conseil a voté le budget.", None).as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        date("الدوحة، 5 مارس 2024 (قنا) - أقر المجلس الميزانية.", None).as_deref(),
        Some("2024-03-05")
    );
    // Without a year, the page's year; with none known, no date.
    assert_eq!(
        date("الرياض في 6 مارس / قنا / أقر المجلس الميزانية.", Some(2024)).as_deref(),
        Some("2024-03-06")
    );
    assert_eq!(date("الرياض في 6 مارس / قنا / أقر المجلس الميزانية.", None), None);
    assert_eq!(
        date("BISHKEK, Kyrgyzstan, Mar. 7 (KNA) — Talks resumed.", Some(2024)).as_deref(),
        Some("2024-03-07")
    );
    // A sentence that mentions a date is no dateline.
    assert_eq!(
        date("On March 3, 2024, the parliament approved the budget.", None),
        None
    );
    assert_eq!(
        date(
            "The parliament, which met on March 3, 2024 in Almaty, approved it.",
            None
        ),
        None
    );
    assert_eq!(date("Le 4 mars 2024, le conseil a voté le budget.", None), None);
}

#[test]
fn a_dateline_dates_the_page_only_when_nothing_else_does() {
    let mut all = stamps("March 4, 2024 8:00 AM GMT");
    all.extend(dateline("ALMATY, March 3 (KNA) — Talks resumed.", Some(2024)));
    assert_eq!(
        publication(&all, Lang::En).map(|d| d.to_string()).as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        publication(&all[1..], Lang::En).map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
}
