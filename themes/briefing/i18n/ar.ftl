# نصوص واجهة قالب الموجز بالعربية. كل ملفات اللغات تعرّف المفاتيح نفسها.
skip-link = انتقل إلى المحتوى
nav-label = التنقل الرئيسي
nav-topics = المواضيع
language-label = اللغة
not-translated = لم يُترجم بعد: الصفحة الرئيسية
article-count = { $count ->
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
byline = بقلم { $name }
language = اللغة
original-in = النص الأصلي مكتوب { $language ->
    [en] بالإنجليزية
    [fr] بالفرنسية
   *[ar] بالعربية
}
translated-from = ترجمه الموجز عن { $language ->
    [en] الإنجليزية
    [fr] الفرنسية
   *[ar] العربية
}
read-original = اقرأ النص الأصلي
generated-note = تذكر الصفحة الأصلية أن هذا المقال مولَّد آليًا، فاقرأه على هذا الأساس.
raw-file = النص الخام محفوظ باسم { $file }
feed = موجز Atom
footer-note = كل معلومة في هذا الموقع مصدرها المقالات التي يستشهد بها، والترجمات من عمل الموجز.
choose-language = اختر لغة
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو نُقلت إلى مكان آخر.
back-home = الانتقال إلى الصفحة الرئيسية للموجز
