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

  // Printing: links inside the page become numbered notes listing their full address.
  window.addEventListener("beforeprint", function () {
    var main = document.getElementById("main");
    if (!main || main.querySelector(".print-notes")) return;
    var notes = document.createElement("ol");
    var seen = {};
    Array.prototype.forEach.call(main.querySelectorAll("a[href]"), function (link) {
      var href = link.href;
      if (!/^https?:/.test(href) || link.closest(".print-notes") || link.getAttribute("href").charAt(0) === "#") return;
      // A marker like [2] stands for an entry of a numbered list on this page, which gets its note.
      if (/^\[\d+\]$/.test(link.textContent.trim())) return;
      if (!seen[href]) {
        var item = document.createElement("li");
        // An address reads left to right even in an Arabic list.
        var address = document.createElement("span");
        address.dir = "ltr";
        address.textContent = href;
        item.appendChild(address);
        notes.appendChild(item);
        seen[href] = notes.children.length;
      }
      var ref = document.createElement("span");
      ref.className = "print-ref";
      ref.textContent = "[" + seen[href] + "]";
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
    Array.prototype.forEach.call(document.querySelectorAll(".print-notes, .print-ref"), function (node) { node.remove(); });
  });

  // The search page: Pagefind's interface, filled from ?q= so the header form leads here.
  var box = document.getElementById("search");
  if (box && window.PagefindUI) {
    var ui = new window.PagefindUI({ element: "#search", showImages: false, resetStyles: false });
    // Pagefind names its box only by a title attribute; the page heading is its visible label.
    var input = box.querySelector(".pagefind-ui__search-input");
    if (input) input.setAttribute("aria-labelledby", "search-title");
    var query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
})();
