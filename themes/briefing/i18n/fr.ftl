# Chaînes d'interface du thème briefing, en français. Chaque fichier de langue définit les mêmes clés.
skip-link = Aller au contenu
nav-label = Navigation principale
nav-topics = Thèmes
menu-button = Menu
nav-people = Qui est qui
language-label = Langue
not-translated = pas encore traduit : page d’accueil
article-count = { PLURAL($count) ->
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
published = Date de publication
source = Source
source-unknown = non nommée dans la page d’origine
source-link = page d’origine
byline = Par { $name }
language = Langue
original-in = Original, écrit en { $language ->
    [en] anglais
    [fr] français
    [ar] arabe
    [ru] russe
    [kk] kazakh
   *[other] « { $name } »
}
translated-from = Traduit de { $language ->
    [en] l’anglais
    [fr] du français
    [ar] l’arabe
    [ru] du russe
    [kk] du kazakh
   *[other] la langue « { $name } »
} par le dossier
read-original = Lire l’original
translation-stale = L’original { $language ->
    [en] anglais
    [fr] français
    [ar] arabe
    [ru] russe
    [kk] kazakh
   *[other] en « { $name } »
} a changé depuis que cette traduction a été faite ou revue : elle peut ne pas encore dire ce que dit désormais l’original.
generated-note = La page d’origine présente cet article comme généré par une machine. Lisez-le comme tel.
updates-title = Mises à jour et corrections
corrections-title = Corrections et mises à jour
corrections-lede = Chaque modification apportée par le dossier à un article après sa publication, de la plus récente à la plus ancienne.
feed = Flux Atom
footer-note = Chaque fait de ce site provient des articles qu’il cite ; les traductions sont celles du dossier.
choose-language = Choisir une langue
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas, ou elle a été déplacée.
back-home = Aller à l’accueil du dossier
search-title = Rechercher dans le dossier
search-label = Rechercher dans le dossier
search-placeholder = Rechercher…
search-button = Rechercher
search-needs-script = La recherche fonctionne dans votre navigateur et nécessite JavaScript. Chaque article figure aussi sur la page de son thème.
search-off = L’index de recherche n’est pas construit dans cet aperçu : la recherche ne trouve donc rien. Pour l’essayer, relancez l’aperçu avec :
search-clear = Effacer
search-load-more = Plus de résultats
search-zero-results = Aucun résultat pour « [SEARCH_TERM] »
search-one-result = 1 résultat pour « [SEARCH_TERM] »
search-many-results = [COUNT] résultats pour « [SEARCH_TERM] »
search-searching = Recherche de « [SEARCH_TERM] »…
search-alt-search = Aucun résultat pour « [SEARCH_TERM] ». Résultats pour « [DIFFERENT_TERM] » à la place
search-suggestion = Aucun résultat pour « [SEARCH_TERM] ». Essayez l’une de ces recherches :
money-billion = { $amount } { PLURAL($count) ->
    [one] milliard
   *[other] milliards
} de dollars
money-billion-range = { $min } à { $max } milliards de dollars
money-million = { $amount } { PLURAL($count) ->
    [one] million
   *[other] millions
} de dollars
money-million-range = { $min } à { $max } millions de dollars
money-dollars = { $amount } dollars
money-dollars-range = { $min } à { $max } dollars
status-announced = annoncé
status-agreed = conclu
status-signed = signé
deals-title = Accords et investissements suivis
deals-count = { PLURAL($count) ->
    [one] { $count } accord
   *[other] { $count } accords
}
deal-name = Accord
deal-parties = Parties
deal-sector = Secteur
deal-value = Valeur (USD)
deal-status = Statut
deal-sources = Source(s)
deals-chart-title = Valeur annoncée de chaque accord, en dollars américains
deals-chart-range = Fourchette donnée par la source
deals-chart-figure = Montant donné par les sources
deals-chart-caption = Chaque barre est la valeur que donnent les sources pour un accord : { PLURAL($count) ->
    [one] le seul accord chiffré
   *[other] les { $count } accords chiffrés
} sur { $all }, du plus grand au plus petit. Leur somme est le total ci-dessus.
deals-chart-sources = Sources, numérotées comme sous le tableau :
deals-download = Télécharger les données des accords :
deals-sort-hint = Sélectionnez un en-tête de colonne pour trier le tableau.
key-figures = Chiffres clés
key-deals = accords suivis
key-sources = articles sources
timeline-title = Chronologie
timeline-lede = Événements datés rapportés par les articles du dossier, du plus ancien au plus récent.
timeline-topic = Chronologie de ce thème
timeline-all = Chronologie complète
people-title = Personnes et organisations
people-lede = Toutes les personnes et organisations que citent les articles, avec leur rôle tel que le donnent les sources et les articles qui les mentionnent.
people-kind-person = Personne
people-kind-organization = Organisation
people-group-person = Personnes
people-group-organization = Organisations
people-mentioned-in = Mentionné dans :
people-role-unknown = Quand aucun rôle n’est indiqué, les sources n’en donnent pas.
deal-description = Ce que disent les sources
# Le registre éditorial (issue 18) : dates et leur fondement, sources générées, chiffres calculés.
date-reported = { $precision ->
    [day] signalé le { $date }
   *[other] signalé en { $date }
}
date-estimated = vers { $date }
date-estimate-note = estimation du dossier : { $note }
generated-mark = source générée
generated-legend = signale un fait, une date ou une citation qui ne repose que sur une page se présentant comme générée par une machine ; aucune autre source ne le confirme.
generated-badge = Article généré par une machine
total-label = Somme des valeurs annoncées
total-computed = calculée par ce dossier : somme { PLURAL($count) ->
    [one] du seul accord
   *[other] des { $count } accords
} dont une source donne la valeur, sur { $all }{ $ranged ->
    [yes] {" "}; une fourchette, car une source donne une fourchette
   *[no] {""}
}. Aucune source ne donne de total.
key-total = somme des valeurs annoncées
key-generated-sources = { PLURAL($count) ->
    [one] dont un généré par une machine
   *[other] dont { $count } générés par une machine
}
deal-announced = Annonce
latest-undated = Articles sans date exacte
raw-text-from = Le dossier conserve le texte de cet article tel qu’il a été récupéré sur { $publication }.
raw-text-unnamed = Le dossier conserve le texte de cet article tel qu’il a été récupéré sur sa page, qui ne nomme aucune publication.
intro-sources = Cette introduction cite
money-none = aucune valeur donnée
# Between the titles of a list of sources (Arabic uses its own semicolon).
list-separator = ;{" "}
