// Small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // Remember the language a reader picks, so the root page can send them there next time.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-lang]");
    if (!link) return;
    try { localStorage.setItem("steppe-lang", link.getAttribute("data-lang")); } catch (e) {}
  });
  // A page read in a language is the reader's current choice too.
  var lang = document.documentElement.getAttribute("lang");
  if (document.body && !document.body.classList.contains("chooser") && /^(en|fr|ar)$/.test(lang)) {
    try { localStorage.setItem("steppe-lang", lang); } catch (e) {}
  }
})();
