// leadsieve console, configuration editor: numbers the lines of every
// YAML editor (.cfg-yaml) in a gutter beside it, and takes a click on a
// problem's line (a.cfg-goto) to that line of its file. Checking, diffs,
// saving and publishing are htmx attributes on the fragment itself.
(function () {
  "use strict";

  function number(area) {
    var gutter = area.parentNode.querySelector(".cfg-gutter");
    if (!gutter) { return; }
    var n = area.value.split("\n").length;
    if (gutter.childNodes.length && gutter.getAttribute("data-lines") === String(n)) { return; }
    var text = [];
    for (var i = 1; i <= n; i++) { text.push(i); }
    gutter.textContent = text.join("\n");
    gutter.setAttribute("data-lines", String(n));
    gutter.scrollTop = area.scrollTop;
  }

  function wire(root) {
    if (!root.querySelectorAll) { return; }
    Array.prototype.forEach.call(root.querySelectorAll("textarea.cfg-yaml"), function (area) {
      if (area.getAttribute("data-wired")) { return; }
      area.setAttribute("data-wired", "1");
      number(area);
      area.addEventListener("input", function () { number(area); });
      area.addEventListener("scroll", function () {
        var gutter = area.parentNode.querySelector(".cfg-gutter");
        if (gutter) { gutter.scrollTop = area.scrollTop; }
      });
    });
  }

  // goTo selects line (1-based) of the editor of file and scrolls to it.
  function goTo(file, line) {
    var area = document.querySelector('textarea.cfg-yaml[data-file="' + CSS.escape(file) + '"]');
    if (!area) { return; }
    var lines = area.value.split("\n");
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
    var end = start + (lines[line - 1] || "").length;
    area.focus();
    area.setSelectionRange(start, end);
    var lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 19;
    area.scrollTop = Math.max(0, (line - 5) * lineHeight);
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.cfg-goto");
    if (!a) { return; }
    e.preventDefault();
    goTo(a.getAttribute("data-file"), parseInt(a.getAttribute("data-line"), 10));
  });
  document.addEventListener("htmx:afterSwap", function (e) { wire(e.detail.target); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { wire(document); });
  } else {
    wire(document);
  }
})();
