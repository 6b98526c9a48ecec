# UI strings of the briefing theme, Kazakh. Every language file defines the same keys.
# "The briefing" is rendered as «шолу». Nouns stay singular after numerals, so [one] and
# [other] often read the same; the selectors are kept to match en.ftl. Placeables never
# carry a case suffix (its form would depend on the value): a fixed word or a colon takes it.
skip-link = Мазмұнға өту
nav-label = Негізгі навигация
nav-topics = Тақырыптар
menu-button = Мәзір
nav-people = Адамдар мен ұйымдар
language-label = Тіл
not-translated = әлі аударылмаған: басты бет
article-count = { PLURAL($count) ->
    [one] { $count } мақала
   *[other] { $count } мақала
}
latest = Соңғы мақалалар
all-topics = Барлық тақырыптар
topics-title = Тақырыптар
topics-lede = Шолу төрт тақырыпты қадағалайды. Әр бетте өз тақырыбына қатысты мақалалар жиналған, ең жаңалары алдымен.
topic-articles = Осы тақырып бойынша мақалалар
no-articles = Бұл тақырып бойынша әзірге мақала жоқ.
date-unknown = Күні белгісіз
published = Жарияланған күні
source = Дереккөз
source-unknown = түпнұсқа бетте аталмаған
source-link = түпнұсқа бет
# Follows a comma, hence lower case.
byline = авторы: { $name }
language = Тіл
original-in = Түпнұсқа, { $language ->
    [en] ағылшын тілінде
    [fr] француз тілінде
    [ar] араб тілінде
    [ru] орыс тілінде
    [kk] қазақ тілінде
   *[other] «{ $name }» тілінде
} жазылған
translated-from = Осы шолу { $language ->
    [en] ағылшын тілінен
    [fr] француз тілінен
    [ar] араб тілінен
    [ru] орыс тілінен
    [kk] қазақ тілінен
   *[other] «{ $name }» тілінен
} аударған
read-original = Түпнұсқаны оқу
generated-note = Дереккөз бетінде бұл мақаланы машина жасағаны айтылған. Оны осыны ескеріп оқыңыз.
feed = Atom арнасы
footer-note = Бұл сайттағы әрбір дерек ол сілтеме жасайтын мақалалардан алынған; аудармаларды шолудың өзі жасаған.
choose-language = Тілді таңдаңыз
not-found-title = Бет табылмады
not-found-text = Бұл бет жоқ немесе басқа жерге көшірілген.
back-home = Шолудың басты бетіне өту
search-title = Шолудан іздеу
search-label = Шолудан іздеу
search-placeholder = Іздеу…
search-button = Іздеу
search-needs-script = Іздеу браузеріңізде жұмыс істейді және JavaScript қажет етеді. Әр мақала өз тақырыбының бетінде де берілген.
search-off = Бұл алдын ала қарауда іздеу индексі құрылмаған, сондықтан іздеу ештеңе таппайды. Іздеуді тексеру үшін алдын ала қарауды мына пәрменмен қайта іске қосыңыз:
search-clear = Тазарту
search-load-more = Тағы нәтижелер
search-zero-results = «[SEARCH_TERM]» бойынша нәтиже жоқ
search-one-result = «[SEARCH_TERM]» бойынша нәтижелер: 1
search-many-results = «[SEARCH_TERM]» бойынша нәтижелер: [COUNT]
search-searching = «[SEARCH_TERM]» ізделуде…
search-alt-search = «[SEARCH_TERM]» бойынша нәтиже жоқ. Оның орнына «[DIFFERENT_TERM]» бойынша нәтижелер
search-suggestion = «[SEARCH_TERM]» бойынша нәтиже жоқ. Мына іздеулердің бірін көріңіз:
# The unit does not change after a number (4,2 миллиард доллар), so no plural selector.
money-billion = { $amount } миллиард доллар
money-billion-range = { $min }–{ $max } миллиард доллар
money-million = { $amount } миллион доллар
money-million-range = { $min }–{ $max } миллион доллар
money-dollars = { $amount } доллар
money-dollars-range = { $min }–{ $max } доллар
status-announced = жарияланған
status-agreed = келісілген
status-signed = қол қойылған
deals-title = Бақыланатын мәмілелер мен инвестициялар
deals-count = { PLURAL($count) ->
    [one] { $count } мәміле
   *[other] { $count } мәміле
}
deal-name = Мәміле
deal-parties = Тараптар
deal-sector = Сала
deal-value = Құны (АҚШ доллары)
deal-status = Мәртебесі
deal-sources = Дереккөздер
deals-chart-title = Әр мәміленің жарияланған құны, АҚШ долларымен
deals-chart-range = Дереккөз көрсеткен аралық
deals-chart-figure = Дереккөздер көрсеткен сома
deals-chart-caption = Әр жолақ — дереккөздер көрсеткен бір мәміленің құны: құны белгілі мәмілелер { $all } ішінен { $count }, үлкенінен кішісіне қарай. Олардың қосындысы — жоғарыдағы жиынтық.
deals-chart-sources = Дереккөздер, кестенің астындағы нөмірлерімен:
deals-download = Мәмілелер деректерін жүктеп алу:
deals-sort-hint = Кестені сұрыптау үшін баған тақырыбын таңдаңыз.
key-figures = Негізгі көрсеткіштер
# Shown under the number, so singular as after a numeral: «12 бақыланатын мәміле».
key-deals = бақыланатын мәміле
key-sources = дереккөз мақала
timeline-title = Хронология
timeline-lede = Шолу мақалаларында хабарланған, күні белгілі оқиғалар, ең ертелері алдымен.
timeline-topic = Осы тақырыптың хронологиясы
timeline-all = Толық хронология
people-title = Адамдар мен ұйымдар
people-lede = Мақалаларда аталғандардың бәрі — дереккөздерде көрсетілген рөлдерімен және өздері аталатын мақалалармен бірге.
people-kind-person = Тұлға
people-kind-organization = Ұйым
people-group-person = Адамдар
people-group-organization = Ұйымдар
people-mentioned-in = Мына мақалаларда аталады:
people-role-unknown = Рөлі көрсетілмегендердің рөлін дереккөздер атамайды.
deal-description = Дереккөздер не дейді
# The editorial record (issue 18): dates with their basis, generated sources, computed figures.
# Dates read «2025 ж. 7 қараша»: a colon avoids a suffix on the date.
date-reported = { $precision ->
    [day] хабарланған күні: { $date }
   *[other] хабарланған уақыты: { $date }
}
date-estimated = шамамен { $date }
date-estimate-note = шолудың бағалауы: { $note }
generated-mark = машина жасаған дереккөз
generated-legend = машина жасағаны айтылған бетке ғана сүйенетін деректі, күнді немесе сілтемені белгілейді; оны басқа ешбір дереккөз растамайды.
generated-badge = Машина жасаған мақала
total-label = Жарияланған құндардың қосындысы
total-computed = осы шолу есептеген: { $all } мәміленің ішінде құны дереккөзде көрсетілген { PLURAL($count) ->
    [one] жалғыз мәміленің
   *[other] { $count } мәміленің
} қосындысы{ $ranged ->
    [yes] ; бір дереккөз аралық бергендіктен, бұл — аралық
   *[no] {""}
}. Жалпы соманы ешбір дереккөз келтірмейді.
key-total = жарияланған құндардың қосындысы
key-generated-sources = { PLURAL($count) ->
    [one] оның ішінде біреуін машина жасаған
   *[other] оның ішінде { $count } мақаланы машина жасаған
}
deal-announced = Жарияланды
latest-undated = Нақты күні көрсетілмеген мақалалар
raw-text-from = Шолу бұл мақаланың мәтінін { $publication } басылымынан алынған күйінде сақтайды.
raw-text-unnamed = Шолу бұл мақаланың мәтінін оның бетінен алынған күйінде сақтайды; ол бетте ешбір басылым аталмаған.
intro-sources = Бұл кіріспеде сілтеме жасалған мақалалар
money-none = құны көрсетілмеген
# Between the titles of a list of sources (Arabic uses its own semicolon).
list-separator = ;{" "}
translation-stale = { $language ->
    [en] Ағылшын тіліндегі
    [fr] Француз тіліндегі
    [ar] Араб тіліндегі
    [ru] Орыс тіліндегі
    [kk] Қазақ тіліндегі
   *[other] «{ $name }» тіліндегі
} түпнұсқа осы аударма жасалғаннан немесе соңғы рет тексерілгеннен кейін өзгерді: аударма түпнұсқада қазір айтылғанды әлі бермеуі мүмкін.
updates-title = Жаңартулар мен түзетулер
corrections-title = Түзетулер мен жаңартулар
corrections-lede = Шолудың мақалаларды жариялағаннан кейін енгізген барлық өзгерістері, ең жаңасынан бастап.
