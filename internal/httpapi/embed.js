// leadsieve embed script: fetches a signed render token for each form on the
// page that posts to leadsieve and puts it in a hidden _token field, so the
// server can tell how long the form was open and reject replays.
// Usage: <script src="https://API/forms/FORM_ID/embed.js" defer></script>
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var src = new URL(script.src, document.baseURI);
  var m = src.pathname.match(/^(.*)\/forms\/([^/]+)\/embed\.js$/);
  if (!m) { return; }
  var base = src.origin + m[1];
  var formId = m[2];
  var action = base + "/forms/" + formId + "/submissions";

  function refresh(input) {
    fetch(base + "/forms/" + formId + "/token", { credentials: "omit", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j && j.token) { input.value = j.token; } })
      .catch(function () { /* the server treats a missing token as a weak signal only */ });
  }

  function attach() {
    var forms = document.querySelectorAll("form");
    for (var i = 0; i < forms.length; i++) {
      var f = forms[i];
      var a = new URL(f.getAttribute("action") || "", document.baseURI).href;
      if (a !== action) { continue; }
      var input = f.querySelector('input[name="_token"]');
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = "_token";
        f.appendChild(input);
      }
      refresh(input);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach);
  } else {
    attach();
  }
})();
