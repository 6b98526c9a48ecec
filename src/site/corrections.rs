//! Corrections and updates: the list on each article's page, and the corrections page of a
//! language, which lists every update of its articles, newest first. The page exists only in
//! a language whose articles have updates.

use serde::Serialize;

use crate::content::Article;
use crate::error::Diagnostic;
use crate::i18n::Locale;
use crate::theme::views::UpdateView;

use super::jobs::Entry;
use super::lang_site::{LangSite, Rendered};
use super::routes;

/// An update on the corrections page, with the article it changed.
#[derive(Debug, Clone, Serialize)]
pub struct CorrectionView {
    pub update: UpdateView,
    pub title: String,
    pub url: String,
}

/// The updates of `article`, oldest first (the order they happened in).
pub fn updates_view(locale: &Locale, article: &Article) -> Vec<UpdateView> {
    let mut updates: Vec<UpdateView> = article
        .front
        .updates
        .iter()
        .map(|u| UpdateView {
            date: locale.format_date(u.date),
            date_iso: u.date.to_string(),
            note: u.note.clone(),
        })
        .collect();
    updates.sort_by(|a, b| a.date_iso.cmp(&b.date_iso));
    updates
}

pub fn render_corrections(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("corrections-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let mut entries: Vec<CorrectionView> = site
        .articles()
        .iter()
        .flat_map(|article| {
            updates_view(site.locale, article)
                .into_iter()
                .map(|update| CorrectionView {
                    update,
                    title: article.front.title.clone(),
                    url: routes::article(article),
                })
        })
        .collect();
    // Newest first; the same day keeps the articles' list order.
    entries.sort_by(|a, b| b.update.date_iso.cmp(&a.update.date_iso));
    let meta = site.meta(page, title, None, "website");
    site.render("corrections.html", page, meta, |c| c.insert("page", &entries))
}
