use super::*;

#[test]
fn menus_share_bars_and_sign_up_prompts_are_boilerplate() {
    for line in [
        "Sign Up",
        "PARTAGEZ:",
        "Suivez nous sur",
        "Home › World › Asia",
        "Facebook Twitter WhatsApp Email",
        "Partagez cet article:",
        "Publicité",
        "شارك على فيسبوك",
        "تابعنا على تويتر",
        "Accept all",
        "قبول الكل",
        "J'accepte",
        "إعدادات ملفات تعريف الارتباط",
        "•",
        "Subscribe to our newsletter!",
        "Tendance",
        "Link",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
}

#[test]
fn consent_disclaimers_copyright_and_ratings_are_boilerplate() {
    for line in [
        "Nous utilisons votre inscription pour fournir du contenu de la manière que vous avez consentie. Vous pouvez vous désinscrire à tout moment.",
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
        "EU Reporter publie des articles provenant de diverses sources extérieures.",
        "© 2024 Astana Daily. All rights reserved.",
        "جميع الحقوق محفوظة لموقع الخبر 2024",
        "Click to rate this post!",
        "[Total: 0 Average: 0]",
        "12 Comments",
        "The post A headline appeared first on Some Site.",
        "Read Also:Morocco is Officially Among the First Five Countries",
        "Lire aussi : Le Kazakhstan et les États-Unis signent un accord",
        "اقرأ أيضاً: كازاخستان تنضم إلى اتفاقيات أبراهام",
        "Photo : AFP",
        "تم إنشاء هذا المقال بواسطة الذكاء الاصطناعي.",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
}

#[test]
fn headings_and_sentences_are_not_boilerplate() {
    for line in [
        "The heart of US-Kazakhstan relations",
        "Controversial reforms at home",
        "He refused to subscribe to the plan of the opposition.",
        "شارك في الاجتماع وزير الخارجية الكازاخستاني.",
        "إعلان واشنطن المشترك",
        "Kazakhstan",
        "Related to this, the minister said the talks went well.",
        "Boeing 787-9",
    ] {
        assert!(!is_boilerplate(line), "{line}");
    }
}

#[test]
fn comment_sections_end_hard_and_related_lists_soft() {
    assert_eq!(ending("Comments"), Some(Ending::Hard));
    assert_eq!(ending("Leave a Reply"), Some(Ending::Hard));
    assert_eq!(ending("3 Comments"), Some(Ending::Hard));
    assert_eq!(ending("التعليقات"), Some(Ending::Hard));
    assert_eq!(ending("Related Reads"), Some(Ending::Soft));
    assert_eq!(ending("À lire aussi"), Some(Ending::Soft));
    assert_eq!(ending("Tendance"), Some(Ending::Soft));
    assert_eq!(ending("مقالات ذات صلة"), Some(Ending::Soft));
    assert_eq!(ending("The comments of the minister"), None);
}

#[test]
fn feedback_widgets_are_boilerplate() {
    for line in [
        "Did you find this page useful?",
        "Was this answer helpful? Yes No",
        "Cette page vous a-t-elle été utile ?",
        "هل كان هذا المحتوى مفيدا؟",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
    for line in [
        "Was the visit useful for both countries?",
        "Is this article of the treaty useful to Astana, the minister asked?",
        "هل كانت الزيارة مفيدة للبلدين؟",
    ] {
        assert!(!is_feedback(line), "{line}");
    }
}

#[test]
fn press_contacts_are_boilerplate() {
    for line in [
        "Press contact: Communications Office, +1 202 555 0100",
        "Relations presse : Agence Bleu Ciel",
        "For media enquiries, write to press@example.org",
        "للاستفسارات: إدارة الإعلام، هاتف 0112345678",
        "Service de presse – 01 40 00 00 00",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
    for line in [
        "The press office said the contract would be signed on 12.11.2025 in Astana.",
        "Contacts between the two ministries resumed in 2024.",
    ] {
        assert!(!is_contact(line), "{line}");
    }
}

#[test]
fn numbers_to_call_without_separators_are_contacts() {
    for line in [
        "For bookings, call the visitor hotline on 4455.",
        "Pour toute question, appelez le standard au 3939.",
        "للحجز يرجى الاتصال بالرقم 19555.",
    ] {
        assert!(is_contact(line), "{line}");
    }
    for line in [
        "The hotline took 4500 calls after the contact group met in Astana.",
        "Contract number 2025 was the largest the railway signed that year.",
        "وقعت الشركة العقد رقم 2025 مع وزارة النقل.",
    ] {
        assert!(!is_contact(line), "{line}");
    }
}

#[test]
fn script_notices_photo_numbers_and_category_lines_are_boilerplate() {
    for line in [
        "Turn on JavaScript to see the interactive map.",
        "Ce lecteur nécessite JavaScript.",
        "Photo ID: AST-2025-0042",
        "رقم الصورة: 2025-ابوظبي-17",
        "Catégories : Diplomatie | Asie centrale",
        "Categories: Rail transport | Kazakhstan",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
}

#[test]
fn breadcrumbs_need_their_items_in_the_menu() {
    let page: Vec<String> = ["Accueil", "Économie", "Monde", "Économie / Monde"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(is_breadcrumb("Économie / Monde", &page));
    assert!(is_breadcrumb("Accueil / Dépêches", &page));
    assert!(!is_breadcrumb("Astana / Washington", &page));
    assert!(!is_breadcrumb("Économie", &page));
}
