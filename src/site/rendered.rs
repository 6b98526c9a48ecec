//! What rendering a page gives: the file it goes to and its HTML. A module of its own, that
//! depends on nothing, because the page cache stores it and the renderer makes it: in the
//! renderer's modules it tied the cache back to them in a loop.

/// A rendered page: where it goes and its HTML.
pub struct Rendered {
    pub file: String,
    pub html: String,
}
