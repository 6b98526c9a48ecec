# UI strings of the briefing theme, Russian. Every language file defines the same keys.
# "The briefing" is rendered as «обзор».
skip-link = Перейти к содержимому
nav-label = Основная навигация
nav-topics = Темы
menu-button = Меню
nav-people = Кто есть кто
language-label = Язык
not-translated = ещё не переведено: главная страница
article-count = { PLURAL($count) ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
}
latest = Последние статьи
all-topics = Все темы
topics-title = Темы
topics-lede = Обзор следит за четырьмя темами. На странице каждой темы собраны посвящённые ей статьи, сначала самые новые.
topic-articles = Статьи по этой теме
no-articles = По этой теме пока нет статей.
date-unknown = Дата неизвестна
published = Опубликовано
source = Источник
source-unknown = не указан на исходной странице
source-link = исходная страница
# Follows a comma, hence lower case.
byline = автор: { $name }
language = Язык
original-in = Оригинал, написанный на { $language ->
    [en] английском языке
    [fr] французском языке
    [ar] арабском языке
    [ru] русском языке
    [kk] казахском языке
   *[other] языке «{ $name }»
}
translated-from = Переведено с { $language ->
    [en] английского языка
    [fr] французского языка
    [ar] арабского языка
    [ru] русского языка
    [kk] казахского языка
   *[other] языка «{ $name }»
} этим обзором
read-original = Читать оригинал
generated-note = На исходной странице сказано, что эта статья сгенерирована машиной. Читайте её с учётом этого.
feed = Лента Atom
footer-note = Каждый факт на этом сайте взят из статей, на которые он ссылается; переводы выполнены самим обзором.
choose-language = Выберите язык
not-found-title = Страница не найдена
not-found-text = Этой страницы не существует или она была перемещена.
back-home = Перейти на главную страницу обзора
search-title = Поиск по обзору
search-label = Поиск по обзору
search-placeholder = Поиск…
search-button = Найти
search-needs-script = Поиск работает в вашем браузере и требует JavaScript. Все статьи также перечислены на страницах своих тем.
search-off = В этом предпросмотре поисковый индекс не построен, поэтому поиск ничего не находит. Чтобы проверить поиск, перезапустите предпросмотр командой:
search-clear = Очистить
search-load-more = Ещё результаты
search-zero-results = Ничего не найдено по запросу «[SEARCH_TERM]»
search-one-result = Результатов по запросу «[SEARCH_TERM]»: 1
search-many-results = Результатов по запросу «[SEARCH_TERM]»: [COUNT]
search-searching = Поиск «[SEARCH_TERM]»…
search-alt-search = Ничего не найдено по запросу «[SEARCH_TERM]». Результаты по запросу «[DIFFERENT_TERM]»
search-suggestion = Ничего не найдено по запросу «[SEARCH_TERM]». Попробуйте один из этих запросов:
# $count is the amount as digits ("4.2"); fractions are "other" and take the genitive singular.
money-billion = { $amount } { PLURAL($count) ->
    [one] миллиард
    [few] миллиарда
    [many] миллиардов
   *[other] миллиарда
} долларов
# After «до» the noun is genitive: до 21 миллиарда, до 3 миллиардов, до 4,2 миллиарда.
money-billion-range = от { $min } до { $max } { PLURAL($count) ->
    [one] миллиарда
    [few] миллиардов
    [many] миллиардов
   *[other] миллиарда
} долларов
money-million = { $amount } { PLURAL($count) ->
    [one] миллион
    [few] миллиона
    [many] миллионов
   *[other] миллиона
} долларов
money-million-range = от { $min } до { $max } { PLURAL($count) ->
    [one] миллиона
    [few] миллионов
    [many] миллионов
   *[other] миллиона
} долларов
money-dollars = { $amount } { PLURAL($count) ->
    [one] доллар
    [few] доллара
    [many] долларов
   *[other] доллара
}
money-dollars-range = от { $min } до { $max } { PLURAL($count) ->
    [one] доллара
    [few] долларов
    [many] долларов
   *[other] доллара
}
# Statuses agree with «сделка» (feminine), the row they describe.
status-announced = объявлена
status-agreed = согласована
status-signed = подписана
deals-title = Отслеживаемые сделки и инвестиции
deals-count = { PLURAL($count) ->
    [one] { $count } сделка
    [few] { $count } сделки
    [many] { $count } сделок
   *[other] { $count } сделки
}
deal-name = Сделка
deal-parties = Стороны
deal-sector = Отрасль
deal-value = Стоимость (долл. США)
deal-status = Статус
deal-sources = Источники
deals-chart-title = Объявленная стоимость каждой сделки, в долларах США
deals-chart-range = Диапазон, указанный источником
deals-chart-figure = Сумма, названная источниками
deals-chart-caption = Каждая полоса — стоимость одной сделки по данным источников: сделок с указанной стоимостью { $count } из { $all }, от крупной к мелкой. Их сумма — итог выше.
deals-chart-sources = Источники, с номерами как под таблицей:
deals-download = Скачать данные о сделках:
deals-sort-hint = Выберите заголовок столбца, чтобы отсортировать таблицу.
key-figures = Ключевые цифры
key-deals = отслеживаемые сделки
key-sources = статьи-источники
timeline-title = Хронология
timeline-lede = Датированные события, о которых сообщают статьи обзора, сначала самые ранние.
timeline-topic = Хронология по этой теме
timeline-all = Полная хронология
people-title = Люди и организации
people-lede = Все, кого называют статьи, — с ролью, как её указывают источники, и со статьями, в которых они упоминаются.
people-kind-person = Человек
people-kind-organization = Организация
people-group-person = Люди
people-group-organization = Организации
people-mentioned-in = Упоминается в статьях:
people-role-unknown = Где роль не указана, источники её не называют.
deal-description = Что сообщают источники
# The editorial record (issue 18): dates with their basis, generated sources, computed figures.
# Month and year dates come in the nominative («ноябрь 2025 г.»), which cannot follow «в»: hence the colon.
date-reported = { $precision ->
    [day] сообщено { $date }
   *[other] сообщено: { $date }
}
date-estimated = примерно { $date }
date-estimate-note = оценка обзора: { $note }
generated-mark = сгенерированный источник
generated-legend = отмечает факт, дату или ссылку, которые опираются только на страницу, где сказано, что она сгенерирована машиной; ни один другой источник их не подтверждает.
generated-badge = Статья, сгенерированная машиной
total-label = Сумма объявленных стоимостей
# Dative after «по»: few and many take the same plural form as other.
total-computed = рассчитано этим обзором: сумма по { PLURAL($count) ->
    [one] { $count } сделке из { $all }, для которой источник указывает стоимость
   *[other] { $count } сделкам из { $all }, для которых источник указывает стоимость
}{ $ranged ->
    [yes] ; это диапазон, так как источник указывает диапазон
   *[no] {""}
}. Общей суммы не приводит ни один источник.
key-total = сумма объявленных стоимостей
key-generated-sources = { PLURAL($count) ->
    [one] из них { $count } сгенерирована машиной
    [few] из них { $count } сгенерированы машиной
    [many] из них { $count } сгенерированы машиной
   *[other] из них { $count } сгенерированы машиной
}
deal-announced = Объявлена
latest-undated = Статьи без точной даты
raw-text-from = Обзор хранит текст этой статьи в том виде, в каком он был получен из издания { $publication }.
raw-text-unnamed = Обзор хранит текст этой статьи в том виде, в каком он был получен с её страницы, где издание не названо.
intro-sources = В этом введении цитируются
money-none = стоимость не указана
# Between the titles of a list of sources (Arabic uses its own semicolon).
list-separator = ;{" "}
translation-stale = Оригинал { $language ->
    [en] на английском языке
    [fr] на французском языке
    [ar] на арабском языке
    [ru] на русском языке
    [kk] на казахском языке
   *[other] на языке «{ $name }»
} изменился после того, как этот перевод был сделан или в последний раз проверен: перевод может ещё не передавать того, что теперь сказано в оригинале.
updates-title = Обновления и исправления
corrections-title = Исправления и обновления
corrections-lede = Все изменения, внесённые обзором в статьи после их публикации, — сначала самые новые.
