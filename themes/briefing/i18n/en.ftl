# UI strings of the briefing theme, English. Every language file defines the same keys.
skip-link = Skip to content
nav-label = Main navigation
nav-topics = Topics
menu-button = Menu
nav-people = Who’s who
language-label = Language
not-translated = not translated yet: home page
article-count = { PLURAL($count) ->
    [one] { $count } article
   *[other] { $count } articles
}
latest = Latest articles
all-topics = All topics
topics-title = Topics
topics-lede = The briefing follows four subjects. Each page gathers the articles on it, newest first.
topic-articles = Articles on this topic
no-articles = No articles on this topic yet.
date-unknown = Date unknown
published = Published
source = Source
source-unknown = not named in the original page
source-link = original page
byline = By { $name }
language = Language
original-in = Original, written in { $language ->
    [en] English
    [fr] French
    [ar] Arabic
    [ru] Russian
    [kk] Kazakh
   *[other] { $name }
}
translated-from = Translated from { $language ->
    [en] English
    [fr] French
    [ar] Arabic
    [ru] Russian
    [kk] Kazakh
   *[other] { $name }
} by this briefing
read-original = Read the original
translation-stale = The { $language ->
    [en] English
    [fr] French
    [ar] Arabic
    [ru] Russian
    [kk] Kazakh
   *[other] { $name }
} original has changed since this translation was made or last reviewed: the translation may not yet say what the original now says.
generated-note = The source page presents this article as machine-generated. Read it as such.
updates-title = Updates and corrections
corrections-title = Corrections and updates
corrections-lede = Every change the briefing made to an article after publishing it, newest first.
feed = Atom feed
footer-note = Every fact on this site comes from the articles it cites; translations are the briefing's own.
choose-language = Choose a language
not-found-title = Page not found
not-found-text = This page does not exist, or it has moved.
back-home = Go to the briefing home
search-title = Search the briefing
search-label = Search the briefing
search-placeholder = Search…
search-button = Search
search-needs-script = Search runs in your browser and needs JavaScript. Every article is also listed on its topic page.
search-off = The search index is not built in this preview, so search finds nothing. To try search, restart the preview with:
search-clear = Clear
search-load-more = More results
search-zero-results = No results for “[SEARCH_TERM]”
search-one-result = 1 result for “[SEARCH_TERM]”
search-many-results = [COUNT] results for “[SEARCH_TERM]”
search-searching = Searching for “[SEARCH_TERM]”…
search-alt-search = No results for “[SEARCH_TERM]”. Results for “[DIFFERENT_TERM]” instead
search-suggestion = No results for “[SEARCH_TERM]”. Try one of these searches:
money-billion = ${ $amount } billion
money-billion-range = ${ $min } to { $max } billion
money-million = ${ $amount } million
money-million-range = ${ $min } to { $max } million
money-dollars = ${ $amount }
money-dollars-range = ${ $min } to { $max }
status-announced = announced
status-agreed = agreed
status-signed = signed
deals-title = Deals and investments tracked
deals-count = { PLURAL($count) ->
    [one] { $count } deal
   *[other] { $count } deals
}
deal-name = Deal
deal-parties = Parties
deal-sector = Sector
deal-value = Value (USD)
deal-status = Status
deal-sources = Reported by
deals-chart-title = Announced value of each deal, in US dollars
deals-chart-range = Range given by the source
deals-chart-figure = Figure given by the sources
deals-chart-caption = Each bar is the value the sources give for one deal: { PLURAL($count) ->
    [one] the one deal
   *[other] the { $count } deals
} with a value, out of { $all }, largest first. Their sum is the total above.
deals-chart-sources = Sources, numbered as under the table:
deals-download = Download the deals data:
deals-sort-hint = Select a column heading to sort the table.
key-figures = Key figures
key-deals = deals tracked
key-sources = source articles
timeline-title = Timeline
timeline-lede = Dated events reported by the briefing's articles, oldest first.
timeline-topic = Timeline of this topic
timeline-all = Full timeline
people-title = People and organizations
people-lede = Everyone the articles name, with their role as the sources state it and the articles that mention them.
people-kind-person = Person
people-kind-organization = Organization
people-group-person = People
people-group-organization = Organizations
people-mentioned-in = Mentioned in:
people-role-unknown = Where no role is shown, the sources do not state one.
deal-description = What the sources say
# The editorial record (issue 18): dates with their basis, generated sources, computed figures.
date-reported = reported { $precision ->
    [day] { $date }
   *[other] in { $date }
}
date-estimated = about { $date }
date-estimate-note = estimated by the briefing: { $note }
generated-mark = generated source
generated-legend = marks a fact, a date or a citation that rests only on a page presenting itself as machine-generated; no other source confirms it.
generated-badge = Machine-generated article
total-label = Sum of the announced values
total-computed = computed by this briefing: the sum of { PLURAL($count) ->
    [one] the one deal
   *[other] the { $count } deals
} whose value a source gives, out of { $all }{ $ranged ->
    [yes] ; a range because a source gives a range
   *[no] {""}
}. No source gives a total.
key-total = sum of the announced values
key-generated-sources = { PLURAL($count) ->
    [one] one of them machine-generated
   *[other] { $count } of them machine-generated
}
deal-announced = Announced
latest-undated = Articles without an exact date
raw-text-from = The briefing keeps the text of this article as retrieved from { $publication }.
raw-text-unnamed = The briefing keeps the text of this article as retrieved from its page, which names no publication.
intro-sources = This introduction cites
money-none = no value given
# Between the titles of a list of sources (Arabic uses its own semicolon).
list-separator = ;{" "}
