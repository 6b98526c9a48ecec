# Chaînes d'interface du thème briefing, en français. Chaque fichier de langue définit les mêmes clés.
skip-link = Aller au contenu
nav-label = Navigation principale
nav-topics = Thèmes
language-label = Langue
not-translated = pas encore traduit : page d’accueil
article-count = { $count ->
    [one] { $count } article
    [many] { $count } d’articles
   *[other] { $count } articles
}
latest = Derniers articles
all-topics = Tous les thèmes
topics-title = Thèmes
topics-lede = Le dossier suit quatre sujets. Chaque page réunit les articles qui s’y rapportent, du plus récent au plus ancien.
topic-articles = Articles sur ce thème
no-articles = Pas encore d’article sur ce thème.
date-unknown = Date inconnue
published = Publié le
source = Source
source-unknown = non nommée dans la page d’origine
source-link = page d’origine
byline = Par { $name }
language = Langue
original-in = Original, écrit en { $language ->
    [en] anglais
    [fr] français
   *[ar] arabe
}
translated-from = Traduit de { $language ->
    [en] l’anglais
    [fr] du français
   *[ar] l’arabe
} par le dossier
read-original = Lire l’original
generated-note = La page d’origine indique que cet article a été généré par une machine. Lisez-le comme tel.
raw-file = Texte brut conservé sous { $file }
feed = Flux Atom
footer-note = Chaque fait de ce site provient des articles qu’il cite ; les traductions sont celles du dossier.
choose-language = Choisir une langue
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas, ou elle a été déplacée.
back-home = Aller à l’accueil du dossier
