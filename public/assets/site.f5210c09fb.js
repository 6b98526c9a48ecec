// Small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // Remember the language a reader picks, so the root page can send them there next time.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-lang]");
    if (!link) return;
    try { localStorage.setItem("steppe-lang", link.getAttribute("data-lang")); } catch (e) {}
  });
  // A page read in a language is the reader's current choice too: the language switcher marks
  // it (the site's languages come from its configuration, so none is named here).
  var current = document.querySelector(".switcher [aria-current][lang]");
  if (current && document.body && !document.body.classList.contains("chooser")) {
    try { localStorage.setItem("steppe-lang", current.getAttribute("lang")); } catch (e) {}
  }
  // The header menu: a <details> that the stylesheet lays out open from 48rem. A browser that
  // cannot style its contents (no ::details-content) would keep them closed there: open it.
  var menu = document.querySelector(".site-header details.menu");
  if (menu && window.matchMedia && !(window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) {
    var wide = window.matchMedia("(min-width: 48rem)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) wide.addEventListener("change", sync);
  }

  // Sortable tables: each column heading becomes a button; rows sort by their data-value.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var hint = table.parentNode.previousElementSibling;
    if (hint && hint.classList.contains("sort-hint")) hint.hidden = false;
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var kind = th.getAttribute("data-sort");
      if (!kind) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var value = row.cells[column].getAttribute("data-value") || "";
          return kind === "number" ? parseFloat(value) || 0 : value;
        };
        var collator = new Intl.Collator(document.documentElement.lang);
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = kind === "number" ? x - y : collator.compare(x, y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  // Printing: one numbering of notes. The page's numbered source list (the deals' sources,
  // which the table's [n] markers point to) keeps its numbers and gets each address; every
  // other link in the text gets the next number, and a link to a listed source takes its number.
  // Topic tags and linked names are navigation, not references: they get no note.
  window.addEventListener("beforeprint", function () {
    var main = document.getElementById("main");
    if (!main || main.querySelector(".print-notes")) return;
    var address = function (href) {
      // An address reads left to right even in an Arabic list.
      var span = document.createElement("span");
      span.className = "print-address";
      span.dir = "ltr";
      span.textContent = href;
      return span;
    };
    var numbers = {};
    var listed = main.querySelectorAll("ol.source-list > li");
    Array.prototype.forEach.call(listed, function (item, i) {
      var link = item.querySelector("a[href]");
      if (!link) return;
      if (!numbers[link.href]) numbers[link.href] = i + 1;
      item.appendChild(document.createTextNode(" "));
      item.appendChild(address(link.href));
    });
    var notes = document.createElement("ol");
    notes.start = listed.length + 1;
    var next = listed.length + 1;
    Array.prototype.forEach.call(main.querySelectorAll("a[href]"), function (link) {
      var href = link.href;
      if (!/^https?:/.test(href) || link.getAttribute("href").charAt(0) === "#") return;
      // Hidden in print (the download links) or navigation: no note.
      if (link.closest(".print-notes, ol.source-list, .tag, .name-link, .downloads") || link.classList.contains("tag")) return;
      // A marker like [2] already stands for entry 2 of the source list.
      if (/^\[\d+\]$/.test(link.textContent.trim())) return;
      if (!numbers[href]) {
        var item = document.createElement("li");
        item.appendChild(address(href));
        notes.appendChild(item);
        numbers[href] = next++;
      }
      var ref = document.createElement("span");
      ref.className = "print-ref";
      ref.textContent = "[" + numbers[href] + "]";
      link.after(ref);
    });
    if (!notes.children.length) return;
    var section = document.createElement("section");
    section.className = "print-notes";
    var heading = document.createElement("h2");
    heading.textContent = ({ fr: "Liens", ar: "الروابط" })[document.documentElement.lang] || "Links";
    section.appendChild(heading);
    section.appendChild(notes);
    main.appendChild(section);
  });
  window.addEventListener("afterprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".print-notes, .print-ref, .print-address"), function (node) {
      var space = node.previousSibling;
      if (node.classList.contains("print-address") && space && space.nodeType === 3 && space.data === " ") space.remove();
      node.remove();
    });
  });

  // The search page: Pagefind's interface in the site's words, filled from ?q= so the header
  // form leads here. Its strings come from the theme's UI strings (data-text-* on #search), so
  // Arabic reads "نتائج البحث عن «…»: 3" rather than Pagefind's own phrasing.
  var box = document.getElementById("search");
  if (box && window.PagefindUI) {
    var translations = {};
    Array.prototype.forEach.call(box.attributes, function (attribute) {
      var key = /^data-text-(.+)$/.exec(attribute.name);
      if (key) translations[key[1].replace(/-/g, "_")] = attribute.value;
    });
    translations.direction = document.documentElement.dir || "ltr";
    var ui = new window.PagefindUI({ element: "#search", showImages: false, resetStyles: false, translations: translations });
    // Pagefind names its box only by a title attribute; the page heading is its visible label.
    var input = box.querySelector(".pagefind-ui__search-input");
    if (input) input.setAttribute("aria-labelledby", "search-title");
    var query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
    // Reading the results in another language keeps the query: the switcher's links follow it.
    var follow = function (q) {
      Array.prototype.forEach.call(document.querySelectorAll(".switcher a[href]"), function (link) {
        var url = new URL(link.href);
        if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
        link.href = url.href;
      });
    };
    follow(query);
    if (input) input.addEventListener("input", function () { follow(input.value.trim()); });
  }
})();
