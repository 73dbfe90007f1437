// leadsieve console shell: signs in against Cognito (InitiateAuth with
// USER_PASSWORD_AUTH, straight from the browser to Cognito's endpoint),
// keeps the tokens in sessionStorage (gone when the tab closes), adds the
// ID token to every htmx request, refreshes it before it expires, and
// loads the fragment of the page in the address bar from /console/api/.
// No inline script anywhere: the page's Content-Security-Policy forbids it.
(function () {
  "use strict";

  var base = document.body.getAttribute("data-base") || "";
  var shellPrefix = base + "/console";
  var apiPrefix = base + "/console/api";
  var store = window.sessionStorage;
  var config = null;
  var session = null;
  var refreshTimer = null;

  function $(id) { return document.getElementById(id); }

  function show(el, on) { el.hidden = !on; }

  // --- Cognito --------------------------------------------------------------

  // cognito calls one Cognito Identity Provider action that needs no AWS
  // credentials (InitiateAuth, RespondToAuthChallenge, RevokeToken).
  function cognito(action, body) {
    return fetch(config.cognitoUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService." + action
      },
      body: JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().catch(function () { return {}; }).then(function (data) {
        if (!resp.ok) {
          var err = new Error(data.message || data.__type || ("Cognito answered " + resp.status));
          err.type = String(data.__type || "").split("#").pop();
          throw err;
        }
        return data;
      });
    });
  }

  function saveTokens(result, refreshToken) {
    store.setItem("idToken", result.IdToken);
    store.setItem("accessToken", result.AccessToken);
    if (result.RefreshToken || refreshToken) {
      store.setItem("refreshToken", result.RefreshToken || refreshToken);
    }
    scheduleRefresh();
  }

  function clearTokens() {
    ["idToken", "accessToken", "refreshToken", "challengeSession", "challengeUser"].forEach(function (k) { store.removeItem(k); });
    if (refreshTimer) { clearTimeout(refreshTimer); refreshTimer = null; }
  }

  // tokenExpiry reads the exp claim (seconds) for scheduling only; the
  // gateway verifies the token, never this script.
  function tokenExpiry(token) {
    try {
      var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(part)).exp * 1000;
    } catch (e) {
      return 0;
    }
  }

  function scheduleRefresh() {
    if (refreshTimer) { clearTimeout(refreshTimer); }
    var exp = tokenExpiry(store.getItem("idToken") || "");
    if (!exp) { return; }
    var wait = Math.max(5000, exp - Date.now() - 60000);
    refreshTimer = setTimeout(function () { refresh().catch(signedOut); }, wait);
  }

  function refresh() {
    var rt = store.getItem("refreshToken");
    if (!rt) { return Promise.reject(new Error("no refresh token")); }
    return cognito("InitiateAuth", {
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: config.clientId,
      AuthParameters: { REFRESH_TOKEN: rt }
    }).then(function (data) {
      saveTokens(data.AuthenticationResult, rt);
    });
  }

  function signIn(email, password) {
    return cognito("InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: config.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password }
    }).then(function (data) {
      if (data.ChallengeName === "NEW_PASSWORD_REQUIRED") {
        store.setItem("challengeSession", data.Session);
        store.setItem("challengeUser", email);
        return "new-password";
      }
      if (!data.AuthenticationResult) {
        throw new Error("This account needs a sign-in step the console does not support (" + data.ChallengeName + ").");
      }
      saveTokens(data.AuthenticationResult);
      return "signed-in";
    });
  }

  function setNewPassword(password) {
    return cognito("RespondToAuthChallenge", {
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      ClientId: config.clientId,
      Session: store.getItem("challengeSession"),
      ChallengeResponses: { USERNAME: store.getItem("challengeUser"), NEW_PASSWORD: password }
    }).then(function (data) {
      store.removeItem("challengeSession");
      store.removeItem("challengeUser");
      saveTokens(data.AuthenticationResult);
    });
  }

  function signOut() {
    var rt = store.getItem("refreshToken");
    clearTokens();
    if (rt && config) {
      // Revoking makes the refresh token useless even if it was copied;
      // a failure changes nothing for this tab, whose tokens are gone.
      cognito("RevokeToken", { ClientId: config.clientId, Token: rt }).catch(function () {});
    }
    signedOut();
  }

  // --- screens ----------------------------------------------------------------

  function signedOut() {
    clearTokens();
    session = null;
    show($("app"), false);
    show($("signin"), true);
    show($("signin-form"), true);
    show($("newpw-form"), false);
    $("signin-email").focus();
  }

  // friendly words a Cognito error for the form it answers: at sign-in
  // (InitiateAuth) every credential error reads the same, whether the
  // address exists or not; when choosing a password it is the policy.
  function friendly(err, choosing) {
    switch (err.type) {
      case "NotAuthorizedException":
      case "UserNotFoundException":
        return "That e-mail address and password do not match.";
      case "InvalidPasswordException":
        return choosing ? "That password does not meet the policy: " + err.message : "That e-mail address and password do not match.";
      case "PasswordResetRequiredException":
        return "Your password must be reset; ask an administrator.";
      case "TooManyRequestsException":
        return "Too many attempts; wait a minute and try again.";
    }
    return err.message || "Sign-in failed.";
  }

  function formError(id, message) {
    var el = $(id);
    el.textContent = message || "";
    show(el, !!message);
  }

  // startSession asks the API who we are (which also proves the token is
  // accepted) and opens the page in the address bar.
  function startSession() {
    return fetch(apiPrefix + "/session", {
      headers: { "Authorization": "Bearer " + store.getItem("idToken"), "Accept": "application/json" }
    }).then(function (resp) {
      if (resp.status === 401) { throw Object.assign(new Error("expired"), { status: 401 }); }
      if (!resp.ok) { throw new Error("The console answered " + resp.status); }
      return resp.json();
    }).then(function (s) {
      session = s;
      $("user-name").textContent = s.name;
      $("user-groups").textContent = s.groups.length ? s.groups.join(", ") : "no group";
      var allowed = {};
      s.areas.forEach(function (a) { allowed[a.path] = true; });
      Array.prototype.forEach.call(document.querySelectorAll("#nav a[data-area]"), function (a) {
        show(a, !!allowed[a.getAttribute("data-area")]);
      });
      show($("signin"), false);
      show($("app"), true);
      loadPage(location.pathname + location.search, false);
    });
  }

  // fragmentURL maps a page path (/console/leads/ID?q) to its fragment
  // (/console/api/leads/ID?q); the console's home is the first area the
  // user may open.
  function fragmentURL(pagePath) {
    var rest = pagePath.indexOf(shellPrefix) === 0 ? pagePath.slice(shellPrefix.length) : "";
    if (rest === "" || rest === "/" || rest.charAt(1) === "?") {
      var home = session && session.areas.length ? session.areas[0].path : "";
      if (!home) { return null; }
      rest = "/" + home + (rest.charAt(1) === "?" ? rest.slice(1) : "");
    }
    return apiPrefix + rest;
  }

  function markNav(pagePath) {
    Array.prototype.forEach.call(document.querySelectorAll("#nav a[data-area]"), function (a) {
      var p = shellPrefix + "/" + a.getAttribute("data-area");
      var here = pagePath === p || pagePath.indexOf(p + "/") === 0 || pagePath.indexOf(p + "?") === 0;
      if (here) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
    });
  }

  function loadPage(pagePath, push) {
    var url = fragmentURL(pagePath);
    // The home page is the first area's: mark that one in the nav.
    markNav(url ? shellPrefix + url.slice(apiPrefix.length) : pagePath);
    if (!url) {
      $("main").innerHTML = "";
      var p = document.createElement("section");
      p.className = "card notice";
      p.textContent = "Your account is in no console group yet. Ask an administrator to add you to one.";
      $("main").appendChild(p);
      return;
    }
    if (push) { history.pushState({}, "", pagePath); }
    htmx.ajax("GET", url, { target: "#main", swap: "innerHTML" });
  }

  // --- wiring -----------------------------------------------------------------

  function wire() {
    $("signin-form").addEventListener("submit", function (e) {
      e.preventDefault();
      formError("signin-error", "");
      var button = e.target.querySelector("button");
      button.disabled = true;
      signIn($("signin-email").value.trim(), $("signin-password").value).then(function (next) {
        $("signin-password").value = "";
        if (next === "new-password") {
          show($("signin-form"), false);
          show($("newpw-form"), true);
          $("newpw-password").focus();
          return;
        }
        return startSession();
      }).catch(function (err) {
        formError("signin-error", friendly(err));
      }).then(function () { button.disabled = false; });
    });

    $("newpw-form").addEventListener("submit", function (e) {
      e.preventDefault();
      formError("newpw-error", "");
      if ($("newpw-password").value !== $("newpw-confirm").value) {
        formError("newpw-error", "The two passwords differ.");
        return;
      }
      var button = e.target.querySelector("button");
      button.disabled = true;
      setNewPassword($("newpw-password").value).then(function () {
        $("newpw-password").value = "";
        $("newpw-confirm").value = "";
        return startSession();
      }).catch(function (err) {
        formError("newpw-error", friendly(err, true));
      }).then(function () { button.disabled = false; });
    });

    $("signout").addEventListener("click", signOut);

    // Nav links load with htmx (hx-get, hx-push-url); a link in a
    // fragment marked data-page, to any console page, loads in place too.
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[data-page]");
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) { return; }
      e.preventDefault();
      loadPage(a.getAttribute("href"), true);
    });
    // A download (data-download) needs the token too, which a plain link
    // cannot send: fetch it with the header and hand the browser the file
    // under the name the server gave it.
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[data-download]");
      if (!a || e.defaultPrevented || e.button !== 0) { return; }
      e.preventDefault();
      fetch(a.href, { headers: { Authorization: "Bearer " + (store.getItem("idToken") || ""), Accept: "application/json" } }).then(function (resp) {
        if (!resp.ok) { throw new Error("download failed: " + resp.status); }
        var m = /filename="([^"]+)"/.exec(resp.headers.get("Content-Disposition") || "");
        return resp.blob().then(function (blob) {
          var link = document.createElement("a");
          link.href = URL.createObjectURL(blob);
          link.download = m ? m[1] : "export.json";
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
        });
      }).catch(function (err) { console.error(err); });
    });
    // Back and forward: htmx restores the entries it pushed (through
    // htmx:historyCacheMiss below); the others are this script's.
    window.addEventListener("popstate", function (e) {
      if (session && !(e.state && e.state.htmx)) { loadPage(location.pathname + location.search, false); }
    });

    document.body.addEventListener("htmx:configRequest", function (e) {
      var token = store.getItem("idToken");
      if (token) { e.detail.headers["Authorization"] = "Bearer " + token; }
    });
    // History is kept by the server, not in the browser's storage: a page
    // that is not cached (always, historyCacheSize is 0) is fetched again.
    document.body.addEventListener("htmx:historyCacheMiss", function (e) {
      e.preventDefault();
      if (session) { loadPage(location.pathname + location.search, false); }
    });
    document.body.addEventListener("htmx:pushedIntoHistory", function (e) {
      markNav(e.detail.path);
    });
    // A 401 means the ID token is no longer accepted: refresh it once and
    // repeat the request, or ask the user to sign in again.
    document.body.addEventListener("htmx:responseError", function (e) {
      var xhr = e.detail.xhr;
      if (xhr.status !== 401) { return; }
      var cfg = e.detail.requestConfig;
      refresh().then(function () {
        htmx.ajax(cfg.verb.toUpperCase(), cfg.path, { target: e.detail.target, swap: "innerHTML" });
      }).catch(signedOut);
    });
    document.body.addEventListener("htmx:afterSwap", function (e) { drawCharts(e.detail.target); });
  }

  // drawCharts renders every <canvas data-chart="{...}"> in root: a
  // fragment describes its chart as a Chart.js configuration in JSON, so
  // it needs no script of its own.
  function drawCharts(root) {
    if (!window.Chart || !root.querySelectorAll) { return; }
    Array.prototype.forEach.call(root.querySelectorAll("canvas[data-chart]"), function (c) {
      if (c.chart) { return; }
      try {
        c.chart = new window.Chart(c, JSON.parse(c.getAttribute("data-chart")));
      } catch (err) {
        c.replaceWith(document.createTextNode("This chart could not be drawn."));
      }
    });
  }

  function start() {
    wire();
    fetch(shellPrefix + "/config.json").then(function (r) { return r.json(); }).then(function (c) {
      config = c;
      if (!store.getItem("idToken")) { signedOut(); return; }
      scheduleRefresh();
      return startSession().catch(function (err) {
        if (err.status === 401) {
          return refresh().then(startSession).catch(signedOut);
        }
        signedOut();
        formError("signin-error", err.message);
      });
    }).catch(function () {
      signedOut();
      formError("signin-error", "The console's configuration could not be loaded.");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
