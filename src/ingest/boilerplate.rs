//! General rules that tell a web page's boilerplate (menus, share and sign-up prompts, cookie
//! banners, ads, ratings, disclaimers, copyright lines, related-article and comment sections) from
//! article text, in English, French and Arabic. Rules describe kinds of lines, never one site's lines;
//! where a line sits on the page (before the body, inside it, after it) is `layout`'s concern.

use std::sync::LazyLock;

use regex::Regex;

use super::{line, prompt, source};

/// How a line ends the article: everything after a hard marker goes (comment sections); after a
/// soft one (related articles, "Read also") only when no real paragraph follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Hard,
    Soft,
}

/// Phrases that mark a line as boilerplate wherever they appear and however long the line is.
#[rustfmt::skip]
const ANYWHERE: &[&str] = &[
    // copyright and syndication
    "all rights reserved", "tous droits réservés", "جميع الحقوق محفوظة", "appeared first on",
    // the platform credit in a site's footer
    "powered by wordpress", "proudly powered by", "propulsé par wordpress", "fièrement propulsé",
    "مدعوم من ووردبريس", "يعمل بواسطة ووردبريس",
    "publishes articles from", "publie des articles", "do not necessarily reflect", "not necessarily those",
    "ne sont pas nécessairement", "ne reflètent pas nécessairement", "n'engagent que leurs auteurs",
    "لا تعبر بالضرورة", "لا يعبر بالضرورة", "views expressed", "opinions exprimées", "الآراء الواردة",
    // sign-up consent and newsletters
    "unsubscribe at any time", "désinscrire", "désabonner", "votre inscription", "your sign-up",
    "sign up for our newsletter", "subscribe to our newsletter", "à notre newsletter",
    "à notre lettre d'information", "اشترك في النشرة", "اشترك في نشرتنا", "enable javascript",
    "activer javascript", "activez javascript",
    // the page's notice that a widget needs scripts
    "turn on javascript", "javascript is disabled", "requires javascript", "javascript est désactivé",
    "nécessite javascript", "فعل جافاسكريبت", "تفعيل جافاسكريبت",
    // ratings and comment prompts
    "sign up here", "subscribe here", "sign up now", "subscribe now", "inscrivez-vous ici", "abonnez-vous ici",
    "click here to subscribe", "subscribe for full access", "réservé aux abonnés", "subscribers only",
    "offrir cet article", "gift this article", "réutiliser ce contenu", "reuse this content", "min read",
    "minute read", "minutes read", "reading time", "temps de lecture", "وقت القراءة", "دقائق للقراءة",
    "click to rate", "rate this post", "rate this article", "notez cet article", "no comments yet",
    "start the discussion", "be the first to comment", "to post comments", "to leave a comment",
    "soyez le premier à commenter", "pour commenter", "pour réagir", "كن أول من يعلق", "لا توجد تعليقات",
];

/// Phrases that mark a short line (a prompt or a label, not a sentence about the topic).
#[rustfmt::skip]
const IN_SHORT_LINE: &[&str] = &[
    "copyright", "advertisement", "sponsored content", "share this", "share on", "share article", "follow us",
    "sign up", "sign in", "log in", "subscribe", "newsletter", "read more", "comments", "partager",
    "partagez", "suivez-nous", "suivez nous", "abonnez-vous", "s'abonner", "inscrivez-vous", "se connecter",
    "publicité", "contenu sponsorisé", "lire la suite", "commentaires", "like this", "j'aime ceci",
    "j'aime chargement", "likes loading",
    // "شارك" and "إعلان" also mean "took part" and "declaration", so only these longer forms count.
    "شارك المقال", "شارك هذا", "شارك على", "تابعنا", "تابعونا", "اشترك الآن", "تسجيل الدخول", "اقرأ المزيد",
    "التعليقات",
];

/// Openings of a line that announce a link or a caption, not article text.
#[rustfmt::skip]
const OPENINGS: &[&str] = &[
    "read also", "also read", "read more", "see also", "related:", "tags:", "tagged:", "photo:", "image:",
    "photo credit", "video:", "watch:", "listen:", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
    "lire également", "mots-clés", "mots clés", "crédit photo", "crédits photo", "vidéo:", "اقرأ أيضا",
    "اقرأ ايضا", "شاهد أيضا", "الوسوم", "كلمات مفتاحية", "مصدر الصورة", "صورة:",
    // a picture's catalogue number and a wiki's category line
    "photo id", "image id", "photo no", "réf. photo", "référence photo", "رقم الصورة", "categories:",
    "catégories:", "التصنيفات:", "تصنيفات:",
];

/// Words a menu, share bar or consent banner is made of; a short line of only these is navigation.
#[rustfmt::skip]
const NAV_WORDS: &[&str] = &[
    "sign", "up", "in", "out", "log", "login", "logout", "register", "subscribe", "menu", "home", "search",
    "share", "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail",
    "mail", "print", "copy", "link", "reddit", "pinterest", "instagram", "youtube", "tiktok", "rss", "follow",
    "us", "on", "accept", "reject", "all", "close", "ok", "next", "previous", "prev", "back", "to", "top",
    "more", "news", "latest", "video", "videos", "photos", "podcast", "podcasts", "live", "trending",
    "popular", "comments", "comment", "reply", "advertisement", "ad", "ads", "sponsored", "newsletter",
    "skip", "content", "main", "navigation", "toggle", "open", "account", "my", "profile", "cookies",
    "settings", "manage", "preferences", "and", "&", "the", "of", "like", "loading", "i", "agree", "show",
    "purposes", "vendors", "continuer", "sans", "paramétrer", "موافق", "partager", "partagez", "partage", "suivez",
    "suivez-nous", "nous", "sur", "s'abonner", "abonnez-vous", "abonnement", "connexion", "se", "connecter",
    "déconnexion", "inscription", "s'inscrire", "accueil", "rechercher", "recherche", "imprimer", "envoyer",
    "copier", "le", "lien", "fermer", "accepter", "refuser", "tout", "publicité", "sponsorisé", "tendance",
    "tendances", "commentaires", "commentaire", "répondre", "actualités", "vidéo", "vidéos", "direct", "plus",
    "suivant", "précédent", "mon", "compte", "et", "de", "شارك", "شاركها", "مشاركة", "تابعنا", "تابعونا",
    "على", "اشترك", "اشتراك", "سجل", "تسجيل", "الدخول", "دخول", "خروج", "الرئيسية", "بحث", "طباعة", "نسخ",
    "الرابط", "رابط", "إغلاق", "قبول", "رفض", "إعلان", "إعلانات", "تعليقات", "التعليقات", "تعليق", "رد",
    "القائمة", "فيديو", "المزيد", "التالي", "السابق", "حسابي", "فيسبوك", "تويتر", "واتساب", "تلغرام",
    "تيليجرام", "يوتيوب", "انستغرام", "النشرة", "البريدية", "عاجل", "و",
    // consent buttons: "قبول الكل", "J'accepte", "Got it"
    "الكل", "الجميع", "j'accepte", "accepte", "compris", "got", "it", "tous",
];

/// Lines that open a comment section: nothing after them is the article.
#[rustfmt::skip]
const HARD_ENDS: &[&str] = &[
    "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
    "add comment", "join the conversation", "join the discussion", "discussion", "commentaires",
    "commentaire", "laisser un commentaire", "laissez un commentaire", "réagissez", "réagir",
    "ajouter un commentaire", "التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقا", "اترك تعليقا", "اترك تعليق",
    "اترك ردا", "شارك برأيك",
];

/// Lines that open a list of other articles.
#[rustfmt::skip]
const SOFT_ENDS: &[&str] = &[
    "related", "related reads", "related articles", "related posts", "related stories", "related news",
    "related content", "related topics", "you may also like", "you might also like", "more stories",
    "more news", "recommended", "recommended for you", "read next", "read more", "trending", "trending now",
    "most read", "most popular", "popular", "latest news", "also read", "read also", "see also",
    "articles similaires", "articles liés", "articles connexes", "sur le même sujet", "à lire aussi",
    "a lire aussi", "lire aussi", "voir aussi", "vous aimerez aussi", "tendance", "tendances", "les plus lus",
    "dans la même rubrique", "à la une", "اقرأ أيضا", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة",
    "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "قد يعجبك أيضا", "شاهد أيضا", "المزيد من الأخبار",
];

/// Openings of a short heading over other articles, whatever noun follows ("Related Coverage",
/// "Dans la même veine", "المزيد من التقارير").
#[rustfmt::skip]
const SOFT_OPENINGS: &[&str] = &[
    "related", "more from", "more on", "more in", "more stories", "dans la même", "sur le même",
    "autres articles", "à lire", "المزيد من", "مقالات",
];

/// Whether a line is boilerplate wherever it stands (it may still carry facts for `source`).
pub fn is_boilerplate(line: &str) -> bool {
    let key = tokens(line);
    if key.trim().is_empty() {
        // No letters or digits at all: separators, bullets, lone punctuation.
        return true;
    }
    // A short prompt ("Subscribe now!"), not a short sentence that happens to use the word.
    let words = line::words(line);
    let short = words <= 12 && !(words >= 6 && line.trim_end().ends_with('.'));
    line.contains('©')
        || ANYWHERE.iter().any(|p| has_phrase(&key, p))
        || (short && IN_SHORT_LINE.iter().any(|p| has_phrase(&key, p)))
        || has_opening(line)
        || (words <= 12 && source::says_generated(line))
        || is_cookie_banner(&key)
        || is_counter(&key)
        || is_menu(line, &key)
        || is_feedback(line)
        || is_contact(line)
        || prompt::is_prompt(line)
}

/// Words by which a page points at itself ("this page", "cet article", "هذا الخبر").
#[rustfmt::skip]
const SELF: &[&str] = &[
    "this page", "this article", "this story", "this post", "this content", "this information",
    "this answer", "cette page", "cet article", "ce contenu", "cette information", "ce billet",
    "cette réponse", "هذه الصفحة", "هذا المقال", "هذا المحتوى", "هذا الخبر", "هذه المعلومات",
    "هذا الموضوع",
];

/// Words that ask for a verdict on it.
#[rustfmt::skip]
const VERDICT: &[&str] = &[
    "helpful", "useful", "satisfied", "clear", "informative", "utile", "utiles", "satisfait",
    "satisfaite", "plu", "claire", "مفيدة", "مفيد", "مفيدا", "اعجبك", "اعجبتك", "راض", "واضحة",
];

/// A feedback widget's question: a short question about the page itself and whether it served
/// ("Was this page helpful? Yes / No", "Cet article vous a-t-il été utile ?", "هل كانت هذه الصفحة
/// مفيدة؟"). Buttons may follow the mark on the same line.
fn is_feedback(line: &str) -> bool {
    let Some(mark) = line.find(['?', '؟']) else {
        return false;
    };
    let question = tokens(&line[..mark]);
    line::words(&line[..mark]) <= 10
        && line::words(line) <= 14
        && SELF.iter().any(|p| has_phrase(&question, p))
        && VERDICT.iter().any(|p| has_phrase(&question, p))
}

/// A phone number or an e-mail address.
static CONTACT_DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    // No dots between groups of figures: "12.11.2025" is a date (French "01.23.45.67.89" has five pairs).
    Regex::new(
        r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\(?\d{2,4}\)?[ -]\d{2,4}[ -]\d{2,4}|\b\d{3}-\d{4}\b|\b(?:\d{2}\.){4}\d{2}\b",
    )
    .expect("valid contact pattern")
});

/// A number given as one to call: a short code or a number written without separators, right after
/// a word saying it is a number to call ("on the number 800123", "au numéro 3210", "على الرقم 800123").
/// Figures elsewhere (amounts, years) have no such word before them.
static CALL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:phone|telephone|tel|hotline|helpline|number|call|dial|téléphone|tél|numéro|appelez|composez|standard)\.?\s*:?\s*(?:on |at |au |le )?\+?\d{4,15}\b|(?:الرقم|رقم|هاتف|الهاتف|الخط|بالرقم|اتصل)\s*:?\s*\+?\d{4,15}",
    )
    .expect("valid call-number pattern")
});

/// Labels that open a press or contact block ("Media contact:", "Contact presse :", "للتواصل:").
#[rustfmt::skip]
const CONTACT_LABELS: &[&str] = &[
    "contact", "contacts", "media contact", "media contacts", "press contact", "press contacts",
    "press office", "press inquiries", "press enquiries", "media inquiries", "media enquiries",
    "media relations", "for more information", "for further information", "contact presse",
    "contacts presse", "contact médias", "contact média", "relations presse", "relations médias",
    "service de presse", "service presse", "attaché de presse", "attachée de presse",
    "pour plus d'informations", "للتواصل", "للاستفسار", "للاستفسارات", "جهة الاتصال",
    "للتواصل الاعلامي", "للتواصل مع المكتب الاعلامي", "للمزيد من المعلومات", "لمزيد من المعلومات",
];

/// Words that say a line gives a way to reach someone.
#[rustfmt::skip]
const CONTACT_WORDS: &[&str] = &[
    "contact", "contacts", "inquiries", "enquiries", "press office", "phone", "tel",
    "email", "e-mail", "write to", "contactez", "contacter", "joindre", "téléphone", "tél", "courriel",
    "écrire à", "presse", "تواصل", "للتواصل", "التواصل", "الاتصال", "الاستفسار", "للاستفسار", "هاتف",
    "الهاتف", "البريد", "call", "hotline", "helpline", "appelez", "اتصل", "اتصلوا",
];

/// How to reach a press office or an author, not article text: a short line opening with a contact
/// label, or giving a phone number or an e-mail address beside a word saying what it is for.
fn is_contact(line: &str) -> bool {
    if line::words(line) > 25 {
        return false;
    }
    let labelled = line.split_once([':', '：']).is_some_and(|(head, _)| {
        let head = tokens(head);
        CONTACT_LABELS.iter().any(|l| head == tokens(l))
    });
    let key = tokens(line);
    let details = CONTACT_DETAILS.is_match(line) || CALL_NUMBER.is_match(line);
    labelled || (details && CONTACT_WORDS.iter().any(|w| has_phrase(&key, w)))
}

/// A breadcrumb of two or more short items ("Media centre / News", "Accueil / Monde"), told from a
/// headline with a slash by what its items are: all but the last is the site's home or one of its
/// menu entries (a short line of the page on its own).
pub fn is_breadcrumb(text: &str, page: &[String]) -> bool {
    #[rustfmt::skip]
    const HOME: &[&str] = &["home", "homepage", "accueil", "الرئيسية", "الصفحة الرئيسية"];
    let items: Vec<&str> = [" / ", " | ", " › ", " » ", " > "]
        .iter()
        .find(|sep| text.contains(**sep))
        .map(|sep| text.split(*sep).map(str::trim).collect())
        .unwrap_or_default();
    let Some((_, ancestors)) = items.split_last() else {
        return false;
    };
    let menu = |item: &str| {
        let key = line::key(item);
        HOME.iter().any(|h| line::key(h) == key) || page.iter().any(|l| l.trim() != text.trim() && line::key(l) == key)
    };
    items.len() >= 2
        && !line::ends_sentence(text)
        && items.iter().all(|i| (1..=4).contains(&line::words(i)))
        && ancestors.iter().all(|i| menu(i))
}

/// Whether the line opens a comment section or a list of other articles.
pub fn ending(line: &str) -> Option<Ending> {
    if line::words(line) > 6 {
        return None;
    }
    let key = tokens(line);
    // "3 Comments", "Commentaires (12)": the count does not change what the line is.
    let bare: String = key
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ");
    let matches = |list: &[&str]| list.iter().any(|p| tokens(p).trim() == bare);
    let opens = |list: &[&str]| {
        line::words(line) <= 4
            && !line::ends_sentence(line)
            && list
                .iter()
                .any(|p| format!("{bare} ").starts_with(&format!("{} ", tokens(p).trim())))
    };
    if matches(HARD_ENDS) {
        Some(Ending::Hard)
    } else if matches(SOFT_ENDS) || opens(SOFT_OPENINGS) {
        Some(Ending::Soft)
    } else {
        None
    }
}

fn is_cookie_banner(key: &str) -> bool {
    #[rustfmt::skip]
    const COOKIES: &[&str] = &[
        "cookie", "cookies", "témoins", "الكوكيز", "ملفات تعريف الارتباط",
    ];
    #[rustfmt::skip]
    const CONSENT: &[&str] = &[
        "accept", "agree", "consent", "continuing", "we use", "uses", "privacy", "settings", "preferences",
        "accepter", "acceptez", "consentement", "nous utilisons", "utilise", "poursuivant", "confidentialité",
        "paramètres", "paramétrer", "gérer", "نستخدم", "يستخدم", "موافق", "قبول", "الخصوصية", "إعدادات",
    ];
    COOKIES.iter().any(|c| has_phrase(key, c)) && CONSENT.iter().any(|c| has_phrase(key, c))
}

/// "12 comments", "[Total: 0 Average: 0]", "4.5/5 (12 votes)": counters, not text.
fn is_counter(key: &str) -> bool {
    #[rustfmt::skip]
    const COUNTED: &[&str] = &[
        "comments", "comment", "votes", "vote", "shares", "views", "total", "average", "commentaires",
        "partages", "vues", "تعليق", "تعليقات", "مشاهدة", "مشاهدات",
    ];
    let words: Vec<&str> = key.split_whitespace().collect();
    let digits = words.iter().filter(|w| w.chars().all(|c| c.is_ascii_digit())).count();
    digits > 0
        && digits * 2 >= words.len() - digits
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || COUNTED.contains(w))
}

/// A short line made only of menu words, or of several short items between separators.
fn is_menu(line: &str, key: &str) -> bool {
    let words = line::words(line);
    if words <= 8
        && key
            .split_whitespace()
            .all(|w| NAV_WORDS.iter().any(|n| tokens(n).trim() == w))
    {
        return true;
    }
    let items: Vec<&str> = line.split(['|', '•', '·', '»', '›', '/', '>']).map(str::trim).collect();
    // Breadcrumb arrows make two items a menu ("Info › International"); other separators need three.
    let crumbs = line.contains(['›', '»']) || line.contains(" > ");
    items.len() >= if crumbs { 2 } else { 3 } && !line::ends_sentence(line) && items.iter().all(|i| line::words(i) <= 3)
}

/// The line as lowercase words without punctuation, padded with spaces for whole-word matching.
fn tokens(line: &str) -> String {
    let key = line::key(line);
    let words: Vec<&str> = key
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '-' | '&' | '©')))
        .map(|w| w.trim_matches(['\'', '-']))
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

fn has_phrase(key: &str, phrase: &str) -> bool {
    key.contains(&tokens(phrase))
}

/// Whether the line opens with one of `OPENINGS` followed by a word boundary.
fn has_opening(line: &str) -> bool {
    if line::words(line) > 30 {
        return false;
    }
    // French puts a space before a colon ("Photo : AFP"); the phrase lists do not.
    let key = line::key(line).replace(" :", ":");
    OPENINGS.iter().any(|opening| {
        let opening = line::key(opening);
        key.strip_prefix(&opening)
            .is_some_and(|rest| opening.ends_with(':') || !rest.starts_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests;
