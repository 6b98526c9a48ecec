//! Prompts: lines a page addresses to its reader rather than about its subject (consent, subscription,
//! membership and donation, sharing, comments, corrections, downloads, greetings) and credit or
//! ownership lines. A line is weighed, in the manner of jusText, by what it is made of: cue phrases
//! per kind and language, whether it speaks to the reader, whether it opens with a call to act, and
//! its length. No cue names a site or copies one site's line.

use super::line;

/// How much a cue says on its own: a strong one marks a line of any ordinary length, a weak one
/// only a short line or one that also speaks to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Weak,
    Strong,
}

use Weight::{Strong, Weak};

/// Cue phrases by kind, in English, French and Arabic (hamza-free, as `line::key` writes Arabic).
#[rustfmt::skip]
const CUES: &[(Weight, &[&str])] = &[
    // subscription, paywalls and newsletters
    (Strong, &[
        "unlimited access", "full access", "free articles",
        "in your inbox", "to your inbox", "your inbox", "newsletter", "unsubscribe", "receive new posts",
        "you are receiving this", "you're receiving this", "view this email", "this email", "paywall",
        "abonnez-vous", "s'abonner", "inscrivez-vous", "je m'inscris",
        // what is left behind a paywall
        "left to read", "of this article left", "rest of this article", "reste à lire", "cet article à lire",
        "la suite de cet article", "لقراءة بقية", "بقية المقال",
        "lettre d'information", "boîte mail", "boîte de réception", "courriel", "se désinscrire",
        "version en ligne", "الاشتراك", "للاشتراك", "النشرة", "القائمة البريدية",
        "بريدك الالكتروني", "الغاء الاشتراك", "عرض الرسالة", "نشرتنا",
    ]),
    (Weak, &[
        "sign up", "signing up", "subscribe", "subscribers", "subscription", "abonnés", "abonné", "abonnement", "اشترك", "مشترك", "email address", "enter your email", "delivered", "every morning",
        "each morning", "weekdays", "free", "read the full", "continue reading", "adresse e-mail", "recevez",
        "chaque matin", "chaque semaine", "lire la suite", "l'essentiel", "البريد الالكتروني", "العدد الورقي",
        "احصل على", "ادخل", "هذه الرسالة", "مشتركي", "اشتركت",
    ]),
    // membership and donations
    (Strong, &[
        "become a member", "paid members", "our members", "reader-funded", "reader funded", "readers like you",
        "support independent journalism", "support our journalism", "donate", "make a donation",
        "devenez membre", "ses membres", "nos membres", "financé par ses lecteurs", "financé par nos lecteurs",
        "faire un don", "soutenez", "soutenez-nous", "كن عضوا", "ممولة من القراء", "ادعم", "ادعمنا",
        // a publication that says it lives on its readers' money
        "thanks to its readers", "thanks to our readers", "funded by its readers", "every donation counts",
        "grâce à ses lecteurs", "grâce à nos lecteurs", "grâce à ses abonnés", "grâce à ses donateurs",
        "dons de ses lecteurs", "dons de nos lecteurs", "faites un don", "chaque don", "بفضل قرائنا",
        "بفضل قرائها", "تبرعاتكم", "كل تبرع",
    ]),
    (Weak, &[
        "member", "members", "support", "join them", "depends on", "thanks to you", "membre", "soutenir",
        "grâce à vous", "vous financent", "qui le financent", "qui nous financent", "عضوا", "تبرع", "بفضلكم",
        "donation", "donations", "don", "dons", "gratuite", "gratuit", "payant", "payante", "مجانية",
        // what joining brings, said to the reader ("… and benefit from our network")
        "bénéficiez", "profitez", "benefit from", "member benefits", "avantages", "استفد", "استفيدوا", "مزايا",
    ]),
    // sharing and republishing
    (Strong, &[
        "republish", "creative commons", "forward it to a friend", "share it with", "partagez-le",
        "transférez-la", "transférez-le", "ارسلها الى صديق", "انسخ الرابط",
    ]),
    (Weak, &["share", "forward", "partager", "partagez", "شارك"]),
    // comments
    (Strong, &[
        "required fields", "will not be published", "write a comment", "discussion about this post",
        "ne sera pas publiée", "ne sera pas publié", "لن يتم نشر",
    ]),
    // tips and witnesses for the newsroom
    (Strong, &[
        "news tip", "news tips", "tip line", "tipline", "story idea", "story ideas", "got a tip",
        "have a tip", "une info à nous", "une information à nous", "nous transmettre", "vos témoignages",
        "votre témoignage", "appel à témoins", "لديك معلومة", "لديك خبر", "لديكم معلومات", "لديكم خبر",
    ]),
    (Weak, &["newsroom", "tip", "tips", "témoignage", "témoins", "معلومة", "معلوماتكم"]),
    // events the outlet sells: webinars, conferences with limited seats
    (Strong, &[
        "webinar", "our webinar", "register now", "seats are limited", "webinaire", "places limitées",
        "inscriptions ouvertes", "ندوتنا", "ندوة افتراضية", "الندوة الافتراضية", "المقاعد محدودة",
    ]),
    // the app's or channel's notifications
    (Strong, &[
        "turn on notifications", "enable notifications", "activez les notifications",
        "activer les notifications", "فعل الاشعارات", "فعل التنبيهات",
    ]),
    // a wiki's notices about the article itself
    (Strong, &[
        "current event", "may change rapidly", "événement en cours", "peuvent changer rapidement",
        "l'encyclopédie libre", "l'encyclopédie collaborative", "the free encyclopedia", "حدث جار",
    ]),
    // corrections and feedback
    (Strong, &["found an error", "report an error", "trouvé une erreur", "signaler une erreur", "signalez-la"]),
    // downloads and apps
    (Strong, &[
        "download our app", "get the app", "our app", "télécharger le pdf", "télécharger l'application",
        "notre application", "تحميل التطبيق", "حمل تطبيق", "حمل التطبيق", "تطبيقنا",
    ]),
    (Weak, &["pdf", "app", "application", "تطبيق", "تصوير"]),
    // the outlet's other channels (podcasts, broadcasts, social accounts)
    (Strong, &[
        "all platforms", "wherever you get your podcasts", "toutes les plateformes", "جميع المنصات",
    ]),
    (Weak, &["podcast", "podcasts", "بودكاست"]),
    // credits, print notes and bios
    (Strong, &[
        "reporting by", "editing by", "writing by", "additional reporting", "photographs by", "photography by",
        "words by", "illustration by", "appears in print", "this article appears in", "in the print edition",
        "avec agences", "édition imprimée",
        // a podcast's or broadcast's production credits and notes
        "theme music", "sound design", "executive producer", "transcript of this episode",
        "transcription de cet épisode", "musique du générique", "تفريغ هذه الحلقة",
        // a note that the text is a translation of the outlet's own
        "this article was translated", "this report was translated", "cet article a été traduit",
        "article traduit de", "ترجم هذا التقرير", "ترجم هذا المقال", "ترجم هذا الخبر",
        // the outlet's statement of its own rules, linked under articles
        "our standards", "editorial standards", "editorial guidelines", "ethics policy", "nos standards",
        "charte éditoriale", "charte de déontologie", "charte déontologique", "معاييرنا", "ميثاق التحرير",
        "المعايير التحريرية",
    ]),
    // ownership, legal status and disclaimers
    (Strong, &[
        "is a trademark of", "trademarks of", "registered 501", "501(c)(3)", "solely those of the author",
        "should not be construed", "not responsible for", "n'est pas responsable", "غير مسؤول عن",
        "n'engagent que", "لا تعبر بالضرورة",
        // advice the outlet says it does not give
        "investment advice", "financial advice", "information purposes only", "informational purposes only",
        "holds no positions", "conseil en investissement", "ne constitue pas un conseil", "نصيحة استثمارية",
        "لا يشكل نصيحة",
        // how the outlet is funded, said of itself
        "member-supported", "listener-supported", "reader-supported", "viewer-supported",
        "listener-funded", "financé par ses auditeurs",
    ]),
    (Weak, &["nonprofit", "non-profit", "nonpartisan", "non-partisan", "trademark", "association loi"]),
];

/// Words that speak to the reader.
#[rustfmt::skip]
const READER: &[&str] = &[
    "you", "your", "you're", "you've", "yours", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "لك",
    "بريدك", "اعجبتك", "وصلتك", "لتصلك", "ليصلك", "لانك", "تجربتك", "باستمرارك", "فانك", "حسابك", "تعليقك", "بكم", "لكم",
];

/// Calls to act that open a prompt.
#[rustfmt::skip]
const CALLS: &[&str] = &[
    "subscribe", "sign up", "sign in", "join", "become", "donate", "download", "get", "follow", "enter", "click", "tap", "discover", "listen", "watch", "thanks for reading", "find",
    "abonnez-vous", "inscrivez-vous", "recevez", "rejoignez", "devenez", "soutenez", "téléchargez",
    "télécharger", "suivez", "partagez", "transférez", "cliquez", "découvrez", "écoutez", "écouter",
    "réécouter", "retrouvez", "je m'abonne", "je m'inscris", "je soutiens", "je fais un don", "je donne",
    "j'adhère", "faites un don", "offrez", "passez à", "upgrade", "اشترك", "ادعم", "كن", "تحميل", "حمل", "تابعونا", "شارك", "انقر", "اضغط", "ادخل",
    // joining and getting in touch
    "register", "adhérez", "adhérer", "انضم", "انضموا", "contact", "contact us", "contactez", "contactez-nous",
    "écrivez-nous", "email us", "call us", "تواصل", "تواصلوا", "راسلونا", "اتصل بنا",
    // telling the newsroom: tip lines and calls for witnesses
    "send us", "send your", "write to", "write to us", "tell us", "get in touch", "reach out", "drop us",
    "register now",
    "écrivez", "envoyez", "envoyez-nous", "signalez-nous", "dites-nous", "racontez-nous", "alertez-nous",
    "contactez la rédaction", "اكتب", "اكتبوا", "ارسل", "ارسلوا", "راسلنا", "اخبرنا", "اخبرونا", "شاركونا",
];

/// Phrases that ask the reader to log in (to read, comment, download).
#[rustfmt::skip]
const LOGIN: &[&str] = &[
    "log in", "log-in", "login", "logged in", "sign in", "sign-in", "signed in", "connectez-vous",
    "se connecter", "connecté", "connectée", "connectés", "identifiez-vous", "s'identifier", "identifié",
    "سجل الدخول", "سجلوا الدخول", "تسجيل الدخول", "سجل دخولك", "بتسجيل الدخول",
];

/// The kinds of reader a login or members' prompt is addressed to.
#[rustfmt::skip]
const AUDIENCE: &[&str] = &[
    "members", "member", "subscribers", "subscriber", "registered", "membres", "membre",
    "adhérents", "adhérent", "abonnés", "abonné", "abonnée", "inscrits", "الاعضاء", "للاعضاء",
    "المشتركين", "للمشتركين", "المشتركون",
    // readers a company or a university keeps an area of its own for
    "shareholders", "shareholder", "investors", "partners", "alumni", "actionnaires", "actionnaire",
    "investisseurs", "partenaires", "anciens élèves", "المساهمين", "للمساهمين", "المستثمرين",
    "للمستثمرين", "الشركاء", "للشركاء", "الخريجين", "للخريجين",
];

/// Greetings that open a newsletter's letter to its readers.
#[rustfmt::skip]
const GREETINGS: &[&str] = &[
    "hello", "hi", "welcome", "good morning", "dear reader", "dear readers", "bonjour", "bienvenue",
    "chers lecteurs", "chères lectrices", "مرحبا", "اهلا", "صباح الخير",
];

/// Whether a line is a prompt, a credit or an ownership line rather than article text. A short line
/// of several sentences is one too when a later sentence is a call to act ("Public radio depends on
/// listeners. Become a member today."): the lead-in only sets up the call.
pub fn is_prompt(text: &str) -> bool {
    is_prompt_sentence(text)
        || is_login_prompt(text)
        || is_question_then_call(text)
        || (line::words(text) <= 30
            && later_sentences(text).any(|s| {
                let key = tokens(s);
                CALLS.iter().any(|c| key.starts_with(&format!(" {c} "))) && is_prompt_sentence(s)
            }))
}

/// A short line asking some readers to log in ("Members can log in to download …", "Déjà abonné ?
/// Connectez-vous …"): addressed to the reader, to a kind of reader, or opening with the login itself.
fn is_login_prompt(text: &str) -> bool {
    if line::words(text) > 30 {
        return false;
    }
    let key = tokens(text);
    let has = |list: &[&str]| list.iter().any(|w| key.contains(&tokens(w)));
    let opens = LOGIN.iter().any(|w| key.starts_with(&tokens(w)));
    // Said of a kind of reader, the login must be asked or offered ("may log in"), not told of
    // ("investors logged in early"): a participle counts only beside "you" or at the opening.
    let asked = LOGIN
        .iter()
        .filter(|w| !PARTICIPLES.contains(w))
        .any(|w| key.contains(&tokens(w)));
    has(LOGIN) && (opens || has(READER) || has_joined_pronoun(&key) || (asked && has(AUDIENCE)))
}

/// The forms of `LOGIN` that tell of a login rather than ask for one.
const PARTICIPLES: &[&str] = &[
    "logged in",
    "signed in",
    "connecté",
    "connectée",
    "connectés",
    "identifié",
];

/// A French verb with the reader joined to it by a hyphen ("identifiez-vous", "inscrivez-vous",
/// "connecte-toi"): an order or a question to the reader. "Rendez-vous" is a noun (a meeting).
fn has_joined_pronoun(key: &str) -> bool {
    key.split_whitespace().any(|word| {
        ["-vous", "-toi", "-nous"].iter().any(|p| {
            word.strip_suffix(p)
                .is_some_and(|verb| verb.chars().count() >= 3 && verb != "rendez")
        })
    })
}

/// A short question and then a call ("Want the next report? Contact our team.", "Vous souhaitez
/// être informé … ? Contactez-nous.", "هل تريد …؟ تواصل معنا."): the question only sets up the call.
/// Articles ask questions, but do not answer them with an order to the reader.
fn is_question_then_call(text: &str) -> bool {
    text.contains(['?', '؟'])
        && line::words(text) <= 30
        && later_sentences(text).any(|s| {
            let key = tokens(s);
            CALLS.iter().any(|c| key.starts_with(&format!(" {c} ")))
        })
}

/// The sentences of a line after its first ("A. B! C?" gives "B!", "C?").
fn later_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices(['.', '!', '?', '؟'])
        .map(|(at, mark)| text[at + mark.len()..].trim_start())
        .filter(|rest| rest.starts_with(char::is_alphabetic))
        .map(|rest| {
            let end = rest.find(['.', '!', '?', '؟']).map_or(rest.len(), |at| at + 1);
            &rest[..end]
        })
}

fn is_prompt_sentence(text: &str) -> bool {
    let words = line::words(text);
    if words > 60 {
        return false;
    }
    let key = tokens(text);
    let opening = CALLS
        .iter()
        .map(|c| format!(" {c} "))
        .find(|c| key.starts_with(c.as_str()));
    let call = opening.is_some();
    // The call itself ("Subscribe", "اشترك") is not also a cue: something else must say what it asks.
    let rest = opening.map_or(key.as_str(), |c| &key[c.len() - 1..]);
    let (strong, weak) = cue_counts(rest);
    let reader = READER.iter().any(|w| key.contains(&format!(" {w} ")));
    let greeting = words <= 20 && GREETINGS.iter().any(|g| key.starts_with(&format!(" {g} ")));
    let score = 2 * strong + weak;
    greeting
        || score >= 3
        || (strong >= 1 && (words <= 30 || reader || call))
        || (weak >= 1 && (reader || call) && words <= 30)
        || (call && words <= 6 && !line::ends_sentence(text))
}

fn cue_counts(key: &str) -> (usize, usize) {
    let mut counts = (0, 0);
    for (weight, cues) in CUES {
        // Arabic joins "and" (و) and "so" (ف) to the next word: "واستفد" is "and benefit".
        let hits = cues
            .iter()
            .filter(|c| {
                let cue = tokens(c);
                key.contains(&cue)
                    || line::has_arabic(c)
                        && ["و", "ف"]
                            .iter()
                            .any(|p| key.contains(&format!(" {p}{}", cue.trim_start())))
            })
            .count();
        match weight {
            Strong => counts.0 += hits,
            Weak => counts.1 += hits,
        }
    }
    counts
}

/// The line as lowercase words between spaces, punctuation other than `'`, `-` and `(`…`)` dropped.
fn tokens(text: &str) -> String {
    let key = line::key(text);
    let words: Vec<&str> = key
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '-' | '(' | ')')))
        .map(|w| w.trim_matches(['\'', '-']))
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_of_each_kind_and_language_are_found() {
        for text in [
            "You've read 2 of 3 free articles this month. Subscribe for unlimited access.",
            "Sign up for local news delivered every morning.",
            "By signing up, you agree to our Terms of Use and Privacy Policy.",
            "We are a nonprofit and reader-funded. Become a member today.",
            "Vous avez aimé cet article ? Abonnez-vous pour lire la suite.",
            "Ce journal vit grâce à ses membres. Devenez membre dès 5 € par mois.",
            "Cet article vous a été utile ? Partagez-le.",
            "صحافتنا ممولة من القراء. كن عضوا.",
            "وصلتك هذه الرسالة لأنك مشترك في النشرة.",
            "Reporting by A in Almaty and B in Washington; Editing by C",
            "Photographs by Daniyar Ospan",
            "Bonjour à toutes et à tous, voici votre lettre de la semaine.",
            "Télécharger le PDF",
            "Retrouvez nos émissions dans notre podcast, disponible sur toutes les plateformes.",
            "حمّل تطبيق الصحيفة لتصلك الأخبار العاجلة أولاً بأول.",
            "Public radio depends on listeners. Become a sustaining member today.",
            "Read our editorial standards and ethics policy.",
            "High Plains Public Radio is a member-supported service of the regional university.",
            "Le webzine vit grâce à vous : rejoignez les lecteurs qui le financent.",
            "Je m'abonne",
            "أرسلنا إليك هذه الرسالة لأنك من مشتركي نشرتنا.",
            // paywall remainders and donation calls
            "Il vous reste 85 % de cet article à lire.",
            "You have 60% of this story left to read.",
            "لقراءة بقية المقال يرجى تسجيل الدخول.",
            "Ce média indépendant existe grâce à ses lecteurs.",
            "Aidez le collectif : chaque don, même petit, compte.",
            "Le journal vit des dons de ses lecteurs. Faites un don en quelques clics.",
            "Our reporting is free thanks to our readers.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
    }

    #[test]
    fn login_prompts_for_members_and_subscribers_are_prompts() {
        for text in [
            "Registered members may log in to the extranet to read the annexes.",
            "Subscribers can sign in to listen to the full interview.",
            "Déjà inscrit ? Connectez-vous pour retrouver vos articles.",
            "Les adhérents peuvent se connecter à leur espace pour consulter le compte rendu.",
            "على الأعضاء تسجيل الدخول إلى المنصة لقراءة التقرير كاملا.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
        // The same words in an article sentence: no reader is asked to log in.
        for text in [
            "Officials said hackers tried to log in to the ministry's servers on Tuesday.",
            "Les membres du gouvernement ont rencontré les investisseurs américains à Astana.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }

    #[test]
    fn login_prompts_for_other_readers_or_with_a_joined_pronoun_are_prompts() {
        for text in [
            // kinds of reader a company or a university keeps an area for
            "Shareholders can log in to the investor centre to view the annual filings.",
            "Les partenaires peuvent se connecter à l'extranet pour consulter le programme.",
            "على المساهمين تسجيل الدخول لعرض التقرير السنوي.",
            // the reader joined to the verb
            "Pour consulter les annexes du rapport, identifiez-vous.",
            "Le dossier complet est en ligne : connectez-vous depuis l'accueil.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
        for text in [
            "Investors logged in early as the exchange opened its new trading platform in Almaty.",
            "Le rendez-vous des partenaires a eu lieu à Astana, où les ministres étaient connectés en visioconférence depuis Washington pendant trois heures.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }

    #[test]
    fn tip_lines_and_calls_to_write_to_the_newsroom_are_prompts() {
        for text in [
            "Vous avez été témoin de l'accident ? Écrivez à notre service Actualités.",
            "Got a story we should look into? Send us a tip through our secure form.",
            "Vos témoignages nous intéressent : écrivez à la rédaction de votre journal.",
            "Send us your photos and tips from the scene.",
            "هل لديك معلومة عن هذا الحدث؟ اكتب لنا عبر البريد الإلكتروني.",
            "Know more about this story? Tell us what you saw.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
        for text in [
            "Il a écrit à la rédaction pour contester les chiffres publiés par le ministère.",
            "The minister sent us a statement on Tuesday, a spokesman for the embassy said.",
            "Was the summit a success? Write-ups in the Kazakh press were mostly positive.",
            "Acting on a tip, customs officers stopped the shipment at the border.",
            "كتب الوزير رسالة إلى نظيره الأمريكي حول الصفقات الجديدة.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }

    #[test]
    fn webinar_notification_and_wiki_notices_are_prompts() {
        for text in [
            "Join our free webinar on freight corridors next Tuesday.",
            "Places limitées : inscrivez vos équipes à la conférence annuelle.",
            "احجز مقعدك في ندوتنا الافتراضية حول الطاقة، المقاعد محدودة.",
            "Turn on notifications so you never miss a post.",
            "Activez les notifications pour suivre la chaîne en direct.",
            "Cet article porte sur un événement en cours et peut évoluer.",
            "From the free encyclopedia that anyone can edit.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
    }

    #[test]
    fn production_credits_translation_notes_and_advice_disclaimers_are_prompts() {
        for text in [
            "Theme music by the Almaty Strings. Mixed in Astana.",
            "The transcript of this episode will be posted on Friday.",
            "This report was translated from our Russian service.",
            "Cet article a été traduit de notre édition anglaise.",
            "ترجم هذا المقال عن النسخة الفرنسية للموقع.",
            "Nothing here constitutes investment advice.",
            "Ce contenu ne constitue pas un conseil en investissement.",
            "المحتوى لا يشكل نصيحة استثمارية.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
        for text in [
            "The novel, translated from Kazakh in 2024, won a prize in Paris last year.",
            "Kazakhstan produced a record tonnage of tungsten, the ministry said.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }

    #[test]
    fn calls_to_join_or_get_in_touch_are_prompts() {
        for text in [
            "Would you like to join our next trade mission? Contact our events team.",
            "Vous avez une question sur nos formations ? Contactez-nous.",
            "هل تريد معرفة المزيد عن برامجنا؟ تواصل مع فريقنا.",
            "Adhérez à l'association et profitez de nos rencontres mensuelles.",
            "Join the federation and benefit from our export network.",
            "انضم إلى الجمعية واستفد من خدماتها.",
        ] {
            assert!(is_prompt(text), "{text}");
        }
        for text in [
            "Will Astana's reform last? Contacts between the two capitals suggest it will.",
            "Le Kazakhstan a adhéré à l'accord en 2025, a rappelé le ministre.",
            "انضمت كازاخستان إلى الاتفاقيات بعد اتصال هاتفي بين الرئيسين.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }

    #[test]
    fn article_sentences_with_the_same_words_are_not_prompts() {
        for text in [
            "Kazakhstan, as a member of the Board of Peace, committed troops to the stabilization force.",
            "\"Now you are creating a partnership that brings unique economic development,\" he explained.",
            "The deal will support thousands of jobs, the White House said in a statement on Thursday.",
            "Shares of the company rose after the contract for locomotives was announced in Washington.",
            "Support for the reforms has grown among young voters, a survey found.",
            "Kazakhstan's decision to support US efforts in the region was welcomed.",
            "اشترك الرئيس في القمة.",
            "He met the president. Become a partner, Tokayev told investors, and Kazakhstan will deliver.",
            "Kazakhstan became a member of the Board of Peace last week. Join efforts were discussed.",
            "وجاء في هذه الرسالة أن الرئيس سيزور واشنطن في نوفمبر.",
            "Le ministre a souligné que le Kazakhstan continuera à renforcer la coopération avec les États-Unis.",
            "وأكد الرئيسان على أهمية الاستثمار في الجيل القادم من القادة والحفاظ على التراث الثقافي.",
            "Le don de 200 manuscrits au musée d'Almaty a été salué par le ministre de la Culture.",
            "The museum's collection grew thanks to donations from Kazakh families over three decades of work.",
        ] {
            assert!(!is_prompt(text), "{text}");
        }
    }
}
