//! Article slugs: ASCII (other scripts transliterated with deunicode), lowercase, hyphenated, short
//! (about six words, at most 60 characters, cut at a word boundary), and unique among the
//! articles of the output folder.

use deunicode::deunicode;

use crate::config::SlugStyle;
use crate::content::article::is_valid_url_slug;
use crate::markdown::slugify;

const MAX_WORDS: usize = 6;
const MAX_CHARS: usize = 60;

/// A short ASCII slug for a title; `None` when the title has no letters or digits at all.
pub fn from_title(title: &str) -> Option<String> {
    // Transliteration can leave punctuation ("@" for ة); slugify keeps only letters and digits.
    let ascii = deunicode(title).to_lowercase();
    if !ascii.contains(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let ascii = slugify(&ascii);
    let mut slug = String::new();
    for word in ascii
        .split('-')
        .filter(|w| !w.is_empty() && w.is_ascii())
        .take(MAX_WORDS)
    {
        if !slug.is_empty() && slug.len() + 1 + word.len() > MAX_CHARS {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word[..word.len().min(MAX_CHARS)]);
    }
    (!slug.is_empty()).then_some(slug)
}

/// The URL slug of a language version titled `title`, in the site's `style`, when it differs
/// from `key`, the article's file stem (whose URL is the key's when there is none).
pub fn version_slug(title: &str, style: SlugStyle, key: &str) -> Option<String> {
    let slug = match style {
        SlugStyle::Ascii => from_title(title)?,
        SlugStyle::Unicode => unicode_from_title(title)?,
    };
    (slug != key).then_some(slug)
}

/// A short slug in the title's own script: lowercase words of letters and digits, joined
/// by hyphens, cut like `from_title`'s (counted in characters).
pub fn unicode_from_title(title: &str) -> Option<String> {
    let lower = title.to_lowercase();
    // Vowel marks (Arabic harakat) are Alphabetic in Unicode, so they stay with their word.
    let words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let mut slug = String::new();
    for word in words.take(MAX_WORDS) {
        let length = slug.chars().count();
        if length > 0 && length + 1 + word.chars().count() > MAX_CHARS {
            break;
        }
        if length > 0 {
            slug.push('-');
        }
        slug.extend(word.chars().take(MAX_CHARS));
    }
    (!slug.is_empty() && is_valid_url_slug(&slug)).then_some(slug)
}

/// `base`, or `base-2`, `base-3`… : the first that `taken` does not claim.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("some numbered slug is free")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article::is_valid_slug;

    #[test]
    fn unicode_slugs_keep_the_titles_script() {
        let ar = "دخلت الولايات المتحدة وكازاخستان مرحلة جديدة";
        assert_eq!(
            unicode_from_title(ar).as_deref(),
            Some("دخلت-الولايات-المتحدة-وكازاخستان-مرحلة-جديدة")
        );
        assert_eq!(
            version_slug("Le Kazakhstan rejoint les accords d’Abraham", SlugStyle::Unicode, "x").as_deref(),
            Some("le-kazakhstan-rejoint-les-accords-d")
        );
        assert_eq!(
            version_slug("Entretiens à Astana", SlugStyle::Ascii, "x").as_deref(),
            Some("entretiens-a-astana")
        );
        assert_eq!(version_slug("Same key", SlugStyle::Ascii, "same-key"), None);
        assert_eq!(unicode_from_title("« ! »"), None);
    }

    #[test]
    fn slugs_are_short_ascii_words() {
        let slug = from_title("Kazakhstan to Join Abraham Accords, Trump Announces").unwrap();
        assert_eq!(slug, "kazakhstan-to-join-abraham-accords-trump");
        let fr = from_title("Entretiens entre le ministre kazakh des Affaires étrangères").unwrap();
        assert_eq!(fr, "entretiens-entre-le-ministre-kazakh-des");
        let ar = from_title("دخلت الولايات المتحدة وكازاخستان مرحلة جديدة").unwrap();
        assert!(is_valid_slug(&ar) && ar.len() <= MAX_CHARS, "{ar}");
        assert_eq!(from_title("… !"), None);
    }

    #[test]
    fn long_words_are_cut_at_sixty_characters() {
        let slug = from_title(&"Supercalifragilistic ".repeat(6)).unwrap();
        assert!(slug.len() <= MAX_CHARS && !slug.ends_with('-'), "{slug}");
    }

    #[test]
    fn numbered_when_taken() {
        assert_eq!(unique("a", |s| s == "a" || s == "a-2"), "a-3");
        assert_eq!(unique("b", |_| false), "b");
    }
}
