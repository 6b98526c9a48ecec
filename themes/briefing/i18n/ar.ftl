# نصوص واجهة قالب الموجز بالعربية. كل ملفات اللغات تعرّف المفاتيح نفسها.
skip-link = انتقل إلى المحتوى
nav-label = التنقل الرئيسي
nav-topics = المواضيع
menu-button = القائمة
nav-people = الأشخاص والمؤسسات
language-label = اللغة
not-translated = لم يُترجم بعد: الصفحة الرئيسية
article-count = { PLURAL($count) ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
latest = أحدث المقالات
all-topics = كل المواضيع
topics-title = المواضيع
topics-lede = يتابع الموجز أربعة مواضيع. تجمع كل صفحة المقالات المتعلقة بموضوعها، من الأحدث إلى الأقدم.
topic-articles = مقالات حول هذا الموضوع
no-articles = لا مقالات حول هذا الموضوع بعد.
date-unknown = التاريخ غير معروف
published = تاريخ النشر
source = المصدر
source-unknown = غير مذكور في الصفحة الأصلية
source-link = الصفحة الأصلية
byline = بقلم ⁨{ $name }⁩
language = اللغة
original-in = النص الأصلي مكتوب { $language ->
    [en] بالإنجليزية
    [fr] بالفرنسية
    [ar] بالعربية
    [ru] بالروسية
    [kk] بالكازاخية
   *[other] باللغة «{ $name }»
}
translated-from = ترجمه الموجز عن { $language ->
    [en] الإنجليزية
    [fr] الفرنسية
    [ar] العربية
    [ru] الروسية
    [kk] الكازاخية
   *[other] اللغة «{ $name }»
}
read-original = اقرأ النص الأصلي
translation-stale = تغيّر النص الأصلي { $language ->
    [en] بالإنجليزية
    [fr] بالفرنسية
    [ar] بالعربية
    [ru] بالروسية
    [kk] بالكازاخية
   *[other] باللغة «{ $name }»
} منذ إعداد هذه الترجمة أو مراجعتها آخر مرة، فقد لا تقول بعدُ ما يقوله الأصل الآن.
generated-note = تقدّم الصفحة الأصلية هذا المقال على أنه مولَّد آليًا، فاقرأه على هذا الأساس.
updates-title = التحديثات والتصحيحات
corrections-title = التصحيحات والتحديثات
corrections-lede = كل تعديل أجراه الموجز على مقال بعد نشره، من الأحدث إلى الأقدم.
# U+2068/U+2069 isolate the Latin file name so it keeps its own order inside Arabic text.
feed = موجز Atom
footer-note = كل معلومة في هذا الموقع مصدرها المقالات التي يستشهد بها، والترجمات من عمل الموجز.
choose-language = اختر لغة
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو نُقلت إلى مكان آخر.
back-home = الانتقال إلى الصفحة الرئيسية للموجز
search-title = البحث في الموجز
search-label = البحث في الموجز
search-placeholder = ابحث…
search-button = بحث
search-needs-script = يعمل البحث في متصفحك ويتطلب JavaScript. وكل مقال مدرج أيضًا في صفحة موضوعه.
# The count stands after a colon, where Arabic needs no agreement of the noun with it
# (3 نتائج but 11 نتيجة); Pagefind's own "3 نتائج ل بوينج" detaches the preposition.
search-off = لم يُبنَ فهرس البحث في هذه المعاينة، لذلك لا يجد البحث شيئًا. لتجربة البحث، أعد تشغيل المعاينة بالأمر:
search-clear = مسح
search-load-more = مزيد من النتائج
search-zero-results = لا نتائج للبحث عن «[SEARCH_TERM]»
search-one-result = نتيجة واحدة للبحث عن «[SEARCH_TERM]»
search-many-results = نتائج البحث عن «[SEARCH_TERM]»: [COUNT]
search-searching = جارٍ البحث عن «[SEARCH_TERM]»…
search-alt-search = لا نتائج للبحث عن «[SEARCH_TERM]». وهذه نتائج البحث عن «[DIFFERENT_TERM]»
search-suggestion = لا نتائج للبحث عن «[SEARCH_TERM]». جرّب إحدى عمليات البحث هذه:
money-billion = { $amount } { PLURAL($count) ->
    [few] مليارات
   *[other] مليار
} دولار
money-billion-range = { $min } إلى { $max } { PLURAL($count) ->
    [few] مليارات
   *[other] مليار
} دولار
money-million = { $amount } { PLURAL($count) ->
    [few] ملايين
   *[other] مليون
} دولار
money-million-range = { $min } إلى { $max } { PLURAL($count) ->
    [few] ملايين
   *[other] مليون
} دولار
money-dollars = { $amount } دولار
money-dollars-range = { $min } إلى { $max } دولار
status-announced = مُعلَنة
status-agreed = متفق عليها
status-signed = موقّعة
deals-title = الصفقات والاستثمارات المتابَعة
deals-count = { PLURAL($count) ->
    [zero] لا صفقات
    [one] صفقة واحدة
    [two] صفقتان
    [few] { $count } صفقات
    [many] { $count } صفقة
   *[other] { $count } صفقة
}
deal-name = الصفقة
deal-parties = الأطراف
deal-sector = القطاع
deal-value = القيمة (بالدولار الأمريكي)
deal-status = الحالة
deal-sources = المصادر
deals-chart-title = القيمة المعلنة لكل صفقة، بالدولار الأمريكي
deals-chart-range = النطاق الذي يذكره المصدر
deals-chart-figure = الرقم الذي تذكره المصادر
deals-chart-caption = يمثّل كل شريط القيمة التي تذكرها المصادر لصفقة واحدة، والصفقات ذات القيمة { $count } من أصل { $all }، مرتبةً من الأكبر إلى الأصغر. ومجموعها هو الإجمالي المذكور أعلاه.
deals-chart-sources = المصادر، بأرقامها في القائمة أسفل الجدول:
deals-download = تنزيل بيانات الصفقات:
deals-sort-hint = اختر عنوان عمود لترتيب الجدول.
key-figures = أرقام رئيسية
key-deals = صفقات متابَعة
key-sources = مقالات مصدرية
timeline-title = التسلسل الزمني
timeline-lede = أحداث مؤرخة تذكرها مقالات الموجز، من الأقدم إلى الأحدث.
timeline-topic = التسلسل الزمني لهذا الموضوع
timeline-all = التسلسل الزمني الكامل
people-title = الأشخاص والمؤسسات
people-lede = كل من تذكرهم المقالات، مع أدوارهم كما تذكرها المصادر والمقالات التي تشير إليهم.
people-kind-person = شخص
people-kind-organization = مؤسسة
people-group-person = الأشخاص
people-group-organization = المؤسسات
people-mentioned-in = مذكور في:
people-role-unknown = حيث لا يظهر دور، لا تذكره المصادر.
deal-description = ما تقوله المصادر
# السجل التحريري (المسألة 18): التواريخ وأساسها، والمصادر المولَّدة، والأرقام المحسوبة.
date-reported = ورد في تقرير نُشر في { $date }
date-estimated = { $precision ->
    [year] نحو عام { $date }
   *[other] نحو { $date }
}
date-estimate-note = تقدير الموجز: { $note }
generated-mark = مصدر مولَّد
generated-legend = يشير إلى واقعة أو تاريخ أو استشهاد لا يستند إلا إلى صفحة تقدّم نفسها على أنها مولَّدة آليًا، ولا يؤكده أي مصدر آخر.
generated-badge = مقال مولَّد آليًا
total-label = مجموع القيم المعلنة
total-computed = حسبه هذا الموجز: مجموع قيم الصفقات التي يذكر مصدرٌ قيمتها، وعددها { $count } من أصل { $all }{ $ranged ->
    [yes] ، مع نطاق لأن أحد المصادر يذكر نطاقًا
   *[no] {""}
}. ولا يذكر أي مصدر مجموعًا.
key-total = مجموع القيم المعلنة
key-generated-sources = { PLURAL($count) ->
    [one] منها مقال واحد مولَّد آليًا
    [two] منها مقالان مولَّدان آليًا
   *[other] منها { $count } مولَّدة آليًا
}
deal-announced = الإعلان
latest-undated = مقالات بلا تاريخ دقيق
raw-text-from = يحتفظ الموجز بنص هذا المقال كما استُرجع من { $publication }.
raw-text-unnamed = يحتفظ الموجز بنص هذا المقال كما استُرجع من صفحته، التي لا تذكر اسم أي جهة نشر.
intro-sources = المقالات التي تستشهد بها هذه المقدمة
money-none = لا يذكر أي مصدر قيمة
# Between the titles of a list of sources (Arabic uses its own semicolon).
list-separator = ؛{" "}
