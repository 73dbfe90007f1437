// Browser harness for the console's end-to-end tests: cmd/devserver's
// TestConsoleInBrowser starts the local stack (gateway, functions,
// dynalite, SES, cognito-local) and runs every *.spec.cjs file of this
// folder with node, one process each, with the environment below. A spec
// is a script:
//
//   const h = require("./harness.cjs");
//   h.run(async (t) => {
//     const page = await t.signIn("reviewer");   // a fresh browser context
//     await t.open(page, "/review");              // /console/review
//     await t.screenshot(page, "review-queue");
//     t.equal((await t.api(page, "GET", "/reports")).status, 403, "...");
//   });
//
// Environment (set by the Go test):
//   CHROMIUM        the browser (Debian's /usr/bin/chromium)
//   CONSOLE_URL     http://127.0.0.1:PORT/console
//   CONSOLE_USERS   JSON [{email, password, groups}], one user per group
//   COGNITO_URL, COGNITO_POOL_ID, COGNITO_CLIENT_ID  the local user pool
//   API_URL         http://127.0.0.1:PORT, the gateway (intake's routes)
//   SES_URL         the SES stand-in (its /store lists the mail sent)
//   OUTCOME_LINKS   GET ?lead=ID answers the lead's signed outcome link
//   TABLE_SCAN      GET ?q=A&q=B scans every table for the needles
//   TEST_OUT        folder for screenshots
//   SEEDED_LEADS, SEEDED_DAYS  what `leadctl dev seed` wrote before the
//                   reports specs (reports*.spec.cjs), which run last
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const env = (name) => {
  const v = process.env[name];
  if (!v) { throw new Error("harness: " + name + " is not set (run through go test ./cmd/devserver -run TestConsoleInBrowser)"); }
  return v;
};

const consoleURL = env("CONSOLE_URL").replace(/\/$/, "");
const apiURL = env("API_URL").replace(/\/$/, "");
const sesURL = env("SES_URL").replace(/\/$/, "");
const users = JSON.parse(env("CONSOLE_USERS"));
const out = env("TEST_OUT");
const spec = path.basename(process.argv[1] || "spec").replace(/\.spec\.cjs$/, "");

// user returns the user of group.
function user(group) {
  const u = users.find((u) => !u.temporary && u.groups.includes(group));
  if (!u) { throw new Error("harness: no user in group " + group); }
  return u;
}

class T {
  constructor(browser) {
    this.browser = browser;
    this.contexts = [];
    this.shots = 0;
    this.started = Date.now();
  }

  // page opens a page in a fresh context (its own sessionStorage).
  async page() {
    const ctx = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    this.contexts.push(ctx);
    const page = await ctx.newPage();
    page.on("console", (m) => { if (m.type() === "error") { console.error("[browser] " + m.text()); } });
    page.on("pageerror", (e) => console.error("[browser] page error: " + e.message));
    return page;
  }

  // signIn opens the console in a fresh context and signs in as the user
  // of group (or as {email, password}); it returns once the shell shows
  // the user's name and the first page has loaded.
  async signIn(group, { path: start = "/" } = {}) {
    const u = typeof group === "string" ? user(group) : group;
    const page = await this.page();
    await page.goto(consoleURL + start);
    await page.locator("#signin-form").waitFor();
    await page.fill("#signin-email", u.email);
    await page.fill("#signin-password", u.password);
    await Promise.all([
      this.waitFragment(page),
      page.click("#signin-form button[type=submit]"),
    ]);
    await page.locator("#user-name", { hasText: u.email }).waitFor();
    return page;
  }

  // waitFragment resolves when the next /console/api/ answer other than
  // the session has arrived and htmx has settled it into the page.
  async waitFragment(page) {
    const resp = await page.waitForResponse((r) => r.url().includes("/console/api/") && !r.url().endsWith("/console/api/session"));
    await page.waitForFunction(() => !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping"));
    return resp;
  }

  // open loads console page p (such as "/leads/ID") as a deep link would:
  // the shell, then the page's fragment. It returns the fragment's answer.
  async open(page, p) {
    const [resp] = await Promise.all([this.waitFragment(page), page.goto(consoleURL + p)]);
    return resp;
  }

  // navigate clicks the nav entry labelled label and waits for its page.
  async navigate(page, label) {
    const [resp] = await Promise.all([this.waitFragment(page), page.click("#nav a:text-is('" + label + "')")]);
    return resp;
  }

  // api calls the console API from the page, with the signed-in user's
  // token (or token, when given), and returns {status, body}. form, an
  // object, is posted as an HTML form would post it.
  async api(page, method, p, { token, accept = "application/json", body, form } = {}) {
    return page.evaluate(async ({ url, method, token, accept, body, form }) => {
      const headers = { Accept: accept };
      const t = token === undefined ? sessionStorage.getItem("idToken") : token;
      if (t) { headers.Authorization = "Bearer " + t; }
      if (form) { body = new URLSearchParams(form); }
      const r = await fetch(url, { method, headers, body });
      return { status: r.status, body: await r.text() };
    }, { url: consoleURL + "/api" + p, method, token, accept, body, form });
  }

  // json calls the console API as api does and returns the parsed body,
  // failing unless the status is 200.
  async json(page, method, p, opts) {
    const r = await this.api(page, method, p, opts);
    assert.equal(r.status, 200, method + " " + p + ": " + r.body);
    return JSON.parse(r.body);
  }

  // submit posts fields to form formId's intake route as a partner's
  // server would (JSON) and returns the stored lead's id.
  async submit(formId, fields, headers = {}) {
    const r = await fetch(apiURL + "/forms/" + formId + "/submissions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
      body: JSON.stringify(fields),
    });
    const body = await r.text();
    assert.equal(r.status, 201, "submit to " + formId + ": " + body);
    return JSON.parse(body).id;
  }

  // emails returns what the SES stand-in holds ({subject, destination,
  // body: {text, html}, headers: [{name, value}]} each).
  async emails() {
    const r = await fetch(sesURL + "/store");
    assert.equal(r.status, 200, "GET " + sesURL + "/store");
    return (await r.json()).emails || [];
  }

  // waitFor calls fn until it returns a truthy value and returns that,
  // failing with what after ms.
  async waitFor(what, fn, ms = 20000) {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) { return v; }
      if (Date.now() > end) { throw new Error("timed out after " + ms + " ms waiting for " + what); }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  // salesMail waits for the sales e-mail of lead id in the SES
  // stand-in's store.
  async salesMail(id, ms) {
    // The stand-in keeps no custom header (X-Leadsieve-Lead); the
    // e-mail's link to the lead's console page names it.
    const of = (m) => (m.body?.text || "").includes("/leads/" + id);
    try {
      return await this.waitFor("the sales e-mail of lead " + id, async () => (await this.emails()).find(of), ms);
    } catch (err) {
      const held = (await this.emails()).map((m) => JSON.stringify({ subject: m.subject, to: m.destination, text: m.body?.text }));
      throw new Error(err.message + "; the store holds:\n" + held.join("\n"));
    }
  }

  // scan reads every item of every table of the local DynamoDB (leads'
  // bodies decoded) and returns {items, matches: [{table, pk, sk,
  // needle}]}, the items holding any of needles (any case).
  async scan(needles) {
    const q = needles.map((n) => "q=" + encodeURIComponent(n)).join("&");
    const r = await fetch(env("TABLE_SCAN") + "/?" + q);
    const body = await r.text();
    assert.equal(r.status, 200, "table scan: " + body);
    return JSON.parse(body);
  }

  // outcomeLink returns lead id's signed "Was this a good lead?" link as
  // the Go test makes it (see OUTCOME_LINKS).
  async outcomeLink(id) {
    const r = await fetch(env("OUTCOME_LINKS") + "/?lead=" + encodeURIComponent(id));
    const body = await r.text();
    assert.equal(r.status, 200, "outcome link: " + body);
    return body;
  }

  // idToken returns the signed-in user's ID token.
  async idToken(page) {
    return page.evaluate(() => sessionStorage.getItem("idToken"));
  }

  // screenshot saves a full-page PNG as TEST_OUT/<spec>-NN-<name>.png.
  async screenshot(page, name) {
    this.shots++;
    const file = path.join(out, spec + "-" + String(this.shots).padStart(2, "0") + "-" + name + ".png");
    await page.screenshot({ path: file, fullPage: true });
    console.log("screenshot " + file);
    return file;
  }

  // step logs the time since the spec began, with what begins now: the
  // log shows where a slow run spends its time.
  step(what) {
    console.log("[" + ((Date.now() - this.started) / 1000).toFixed(1) + " s] " + what);
  }

  ok(v, msg) { assert.ok(v, msg); }
  equal(a, b, msg) { assert.equal(a, b, msg); }
  match(s, re, msg) { assert.match(s, re, msg); }
}

// describePages logs what each open page shows when a spec fails: its
// address, whether the shell or the sign-in form is visible, and the start
// of #main, so that a failure seen once in a loaded run can be read from
// the log alone.
async function describePages(t) {
  for (const c of t.contexts) {
    for (const page of c.pages()) {
      const seen = await page.evaluate(() => {
        const visible = (id) => { const el = document.getElementById(id); return !!el && el.offsetParent !== null; };
        const main = document.getElementById("main");
        return { app: visible("app"), signin: visible("signin"), main: main ? main.innerHTML.slice(0, 600) : null };
      }).catch((e) => ({ error: String(e) }));
      console.error("page " + page.url() + ": " + JSON.stringify(seen));
    }
  }
}

// run launches the browser, runs fn with a T, and sets the exit status.
async function run(fn) {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: env("CHROMIUM"),
    headless: true,
    // Playwright gives every launch a fresh, temporary profile
    // (--user-data-dir) of its own.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const t = new T(browser);
  try {
    await fn(t);
  } catch (err) {
    process.exitCode = 1;
    console.error(err && err.stack ? err.stack : String(err));
    await describePages(t);
  } finally {
    for (const c of t.contexts) { await c.close().catch(() => {}); }
    await browser.close();
  }
}

module.exports = { run, user, users, consoleURL, apiURL };
