// steppe serve: live reload. Injected into HTML pages of the preview only, never into public/.
// Messages (JSON): hello {build, error}, reload {build}, css {build, changes: [{old, new}], reload: [page]},
// error {error}. A css message reloads the pages it lists (they changed beyond their stylesheets).
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script.dataset.build;
  var page = script.dataset.page;
  var scriptUrl = new URL(script.src, location.href);
  var base = scriptUrl.pathname.replace(/__steppe\/livereload\.js$/, "");
  var socketUrl = (scriptUrl.protocol === "https:" ? "wss://" : "ws://") + scriptUrl.host +
    scriptUrl.pathname.replace(/\.js$/, "");
  var overlayId = "__steppe-error";
  var retries = 0;

  function connect() {
    var socket = new WebSocket(socketUrl);
    socket.onopen = function () { retries = 0; };
    socket.onmessage = function (event) { handle(JSON.parse(event.data)); };
    socket.onclose = function () {
      // The server restarted or went away: try again, then reload if its build differs.
      retries += 1;
      setTimeout(connect, Math.min(2000, 100 * retries));
    };
  }

  function handle(message) {
    if (message.type === "hello") {
      if (message.build !== build) { location.reload(); return; }
      if (message.error) { showError(message.error); } else { hideError(); }
    } else if (message.type === "reload") {
      location.reload();
    } else if (message.type === "css") {
      if (message.reload.indexOf(page) >= 0) { location.reload(); return; }
      swapStylesheets(message.changes);
      build = message.build;
      hideError();
    } else if (message.type === "error") {
      showError(message.error);
    }
  }

  function swapStylesheets(changes) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var path = new URL(link.href, location.href).pathname;
      changes.forEach(function (change) {
        if (path !== base + change.old) { return; }
        var fresh = link.cloneNode();
        // A name without hash is the same URL: make the browser fetch it again.
        fresh.href = base + change.new + (change.old === change.new ? "?v=" + Date.now() : "");
        // Keep the old sheet until the new one has loaded, so the page never flashes unstyled.
        fresh.onload = fresh.onerror = function () { link.remove(); };
        link.after(fresh);
      });
    });
  }

  function showError(error) {
    hideError();
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.dir = "ltr";
    box.lang = "en";
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;text-align:left";
    var close = document.createElement("button");
    close.textContent = "×";
    close.setAttribute("aria-label", "Close");
    close.style.cssText = "float:right;font-size:1.5rem;background:none;color:#fff;border:0;cursor:pointer";
    close.onclick = hideError;
    var title = document.createElement("h2");
    title.textContent = "Build failed: showing the last good version of the site";
    title.style.cssText = "color:#ff8080;font-size:1.1rem;margin:0 0 1rem";
    box.append(close, title);
    error.problems.forEach(function (problem) {
      var item = document.createElement("div");
      item.className = "problem";
      item.style.cssText = "margin:0 0 1rem";
      var where = document.createElement("strong");
      where.className = "where";
      where.textContent = problem.file + (problem.line ? ":" + problem.line : "") +
        (problem.line && problem.column ? ":" + problem.column : "");
      var text = document.createElement("pre");
      text.className = "message";
      text.style.cssText = "white-space:pre-wrap;margin:.25rem 0 0";
      text.textContent = (problem.warning ? "warning: " : "") + problem.message;
      item.append(where, text);
      box.append(item);
    });
    document.body.append(box);
  }

  function hideError() {
    var box = document.getElementById(overlayId);
    if (box) { box.remove(); }
  }

  connect();
})();
