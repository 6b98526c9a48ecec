//! What a preview may keep from the previous one. The page table and each language's shared
//! values are pure functions of part of the inputs; they are kept only when that part compares
//! equal to what they were made from, field by field. Nothing is assumed from which files the
//! watcher reported: an article whose bytes did not change is the same `Arc` (the content
//! cache hands it out again), so the comparison costs a pointer per unchanged article.

use std::sync::Arc;

use crate::content::{Article, Page};
use crate::site::model::Model;
use crate::site::render::Reuse;

/// What of `old`'s renderer a renderer of `new` may take as it is.
pub fn between(old: &Model, new: &Model) -> Reuse {
    let table = same_table_inputs(old, new);
    Reuse {
        table,
        shared: table && same_shared_inputs(old, new),
    }
}

/// `PageTable::new` reads the config, whether the timeline and people data are empty, each
/// page's slug, language and file, and of each article what makes its routes, its versions,
/// its x-default and whether its language has a corrections page.
fn same_table_inputs(old: &Model, new: &Model) -> bool {
    let (old_data, new_data) = (&old.data, &new.data);
    old.config == new.config
        && old_data.timeline.events.is_empty() == new_data.timeline.events.is_empty()
        && old_data.people.people.is_empty() == new_data.people.people.is_empty()
        && pairwise(old.corpus.pages(), new.corpus.pages(), same_page_route)
        && pairwise(old.corpus.articles(), new.corpus.articles(), |a, b| {
            Arc::ptr_eq(a, b) || same_article_routes(a, b)
        })
}

fn same_page_route(a: &Page, b: &Page) -> bool {
    a.slug == b.slug && a.lang == b.lang && a.path == b.path
}

fn same_article_routes(a: &Article, b: &Article) -> bool {
    let (x, y) = (&a.front, &b.front);
    a.slug == b.slug
        && a.lang == b.lang
        && a.path == b.path
        && x.slug == y.slug
        && x.aliases == y.aliases
        && x.translated_from == y.translated_from
        && x.updates.is_empty() == y.updates.is_empty()
}

/// `LangShared::new` reads, beyond the table's inputs, the theme (asset names, UI strings),
/// the base URL, every data file, the free pages' front matter, and every article's front
/// matter (list order, topic counts, and the articles that deals and timeline events cite):
/// everything but article and page bodies.
fn same_shared_inputs(old: &Model, new: &Model) -> bool {
    Arc::ptr_eq(&old.theme, &new.theme)
        && old.inputs().base_url() == new.inputs().base_url()
        && old.data == new.data
        && pairwise(old.corpus.pages(), new.corpus.pages(), |a, b| a.front == b.front)
        && pairwise(old.corpus.articles(), new.corpus.articles(), |a, b| {
            Arc::ptr_eq(a, b) || (a.front == b.front && a.publish_at == b.publish_at)
        })
}

fn pairwise<T>(old: &[T], new: &[T], same: impl Fn(&T, &T) -> bool) -> bool {
    old.len() == new.len() && old.iter().zip(new).all(|(a, b)| same(a, b))
}
