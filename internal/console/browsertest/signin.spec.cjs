// Sign-in, the shell and the API's guards, in a real browser against
// cognito-local through the local gateway's JWT authorizer.
"use strict";

const crypto = require("node:crypto");
const h = require("./harness.cjs");

// What each group sees in the nav (internal/console.Areas and the
// permission table of user.go).
const navOf = {
  admin: ["Leads", "Review", "Reports", "Configuration", "People", "Audit"],
  marketing: ["Leads", "Review", "Reports", "Configuration"],
  sales: ["Leads", "Reports"],
  reviewer: ["Leads", "Review"],
};

// A section each group may not open, and one it may.
const refusedOf = { marketing: "/people", sales: "/review", reviewer: "/reports" };

function b64url(v) {
  return Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
}

// signWith signs claims as an RS256 JWT with a PEM private key.
function signWith(pem, kid, claims) {
  const head = b64url({ alg: "RS256", typ: "JWT", kid });
  const body = b64url(claims);
  const sig = crypto.sign("RSA-SHA256", Buffer.from(head + "." + body), pem).toString("base64url");
  return head + "." + body + "." + sig;
}

function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
}

h.run(async (t) => {
  // Every group's user signs in and sees the shell with their name,
  // their groups and the sections they may open.
  for (const group of Object.keys(navOf)) {
    const u = h.user(group);
    const page = await t.signIn(group);
    t.equal(await page.textContent("#user-name"), u.email, group + ": name in the header");
    t.match(await page.textContent("#user-groups"), new RegExp(group), group + ": groups in the header");
    const nav = await page.locator("#nav a:visible").allTextContents();
    t.equal(JSON.stringify(nav), JSON.stringify(navOf[group]), group + ": nav entries");
    t.ok(await page.locator("#signin").isHidden(), group + ": sign-in form hidden");
    const session = await t.api(page, "GET", "/session");
    t.equal(session.status, 200, group + ": session");
    t.equal(JSON.parse(session.body).name, u.email);
    await t.screenshot(page, "signed-in-" + group);

    // A section the group may not open: 403 from the API, and a notice
    // in place when opened as a page.
    const refused = refusedOf[group];
    if (refused) {
      const r = await t.api(page, "GET", refused);
      t.equal(r.status, 403, group + ": GET " + refused);
      const refusal = JSON.parse(r.body);
      t.equal(refusal.error, "forbidden", group + ": error code");
      t.match(refusal.message, /not allowed/);
      const resp = await t.open(page, refused);
      t.equal(resp.status(), 403, group + ": page " + refused);
      await page.locator("#main [data-status='403']").waitFor();
      await t.screenshot(page, "refused-" + group);
    }
    await page.context().close();
  }

  // A deep link survives the sign-in: the fragment of the linked page is
  // what loads.
  {
    const page = await t.page();
    await page.goto(h.consoleURL + "/leads/01JEXAMPLE?tab=history");
    await page.locator("#signin-form").waitFor();
    const u = h.user("sales");
    await page.fill("#signin-email", u.email);
    await page.fill("#signin-password", u.password);
    const [resp] = await Promise.all([t.waitFragment(page), page.click("#signin-form button[type=submit]")]);
    t.ok(resp.url().endsWith("/console/api/leads/01JEXAMPLE?tab=history"), "deep link fragment: " + resp.url());
    t.equal(new URL(page.url()).pathname, "/console/leads/01JEXAMPLE");
  }

  // The nav loads each section in place and pushes its address; back and
  // forward load the section of the address again (nothing is cached in
  // the browser's storage).
  {
    const page = await t.signIn("admin");
    t.equal(await page.getAttribute("#nav a[data-area='leads']", "aria-current"), "page", "home is Leads");
    let resp = await t.navigate(page, "Review");
    t.ok(resp.url().endsWith("/console/api/review"), resp.url());
    t.equal(new URL(page.url()).pathname, "/console/review");
    resp = await t.navigate(page, "Reports");
    t.equal(new URL(page.url()).pathname, "/console/reports");
    [resp] = await Promise.all([t.waitFragment(page), page.goBack()]);
    t.ok(resp.url().endsWith("/console/api/review"), "back: " + resp.url());
    t.equal(new URL(page.url()).pathname, "/console/review");
    t.equal(await page.evaluate(() => localStorage.length), 0, "nothing kept in localStorage");
    await page.context().close();
  }

  // Wrong password: an error on the form, no session.
  {
    const page = await t.page();
    await page.goto(h.consoleURL + "/");
    await page.fill("#signin-email", h.user("admin").email);
    await page.fill("#signin-password", "not-the-password");
    await page.click("#signin-form button[type=submit]");
    await page.locator("#signin-error:visible").waitFor();
    t.match(await page.textContent("#signin-error"), /do not match/);
    t.equal(await page.evaluate(() => sessionStorage.getItem("idToken")), null);
    await t.screenshot(page, "wrong-password");
  }

  // Forged and expired tokens are refused by the gateway (401) before
  // the function runs.
  {
    const page = await t.signIn("reviewer");
    const good = await t.idToken(page);
    const claims = claimsOf(good);
    const [head, , sig] = good.split(".");
    const now = Math.floor(Date.now() / 1000);
    const attacker = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    // cognito-local's own signing key: a token it signs fails only for
    // what the case changes.
    const issuerKey = require(require.resolve("cognito-local/lib/keys/cognitoLocal.private.json")).pem;
    const kid = JSON.parse(Buffer.from(head, "base64url").toString()).kid;
    const cases = [
      ["no token", "", 401],
      ["groups edited, signature kept", head + "." + b64url({ ...claims, "cognito:groups": ["admin"] }) + "." + sig, 401],
      ["signed by another key", signWith(attacker, kid, { ...claims, "cognito:groups": ["admin"] }), 401],
      ["expired, signed by the issuer", signWith(issuerKey, kid, { ...claims, iat: now - 7200, exp: now - 3600 }), 401],
      ["other audience, signed by the issuer", signWith(issuerKey, kid, { ...claims, aud: "another-client" }), 401],
      ["valid, signed by the issuer", signWith(issuerKey, kid, { ...claims, exp: now + 600 }), 200],
      ["the token Cognito gave", good, 200],
    ];
    for (const [name, token, want] of cases) {
      const r = await t.api(page, "GET", "/session", { token });
      t.equal(r.status, want, name + ": " + r.body);
    }
    // A reviewer's own valid token still cannot open reports.
    t.equal((await t.api(page, "GET", "/reports", { token: good })).status, 403);

    // An ID token the gateway no longer accepts is refreshed with the
    // refresh token (REFRESH_TOKEN_AUTH) and the request repeated.
    await page.evaluate(() => sessionStorage.setItem("idToken", "expired.token.value"));
    const [resp] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/console/api/review") && r.status() !== 401),
      page.click("#nav a:text-is('Review')"),
    ]);
    t.ok(resp.status() !== 401, "request repeated after the refresh");
    const refreshed = await t.idToken(page);
    t.ok(refreshed && refreshed !== "expired.token.value", "a new ID token");

    // Sign out: tokens gone, the sign-in form is back.
    await page.click("#signout");
    await page.locator("#signin-form:visible").waitFor();
    const left = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => /token/i.test(k)));
    t.equal(left.length, 0, "tokens left in sessionStorage: " + left);
    await t.screenshot(page, "signed-out");
  }

  // A user an administrator created with a temporary password must set
  // their own on first sign-in (NEW_PASSWORD_REQUIRED).
  {
    const u = h.users.find((u) => u.temporary);
    if (!u) { throw new Error("no user with a temporary password in CONSOLE_USERS"); }
    const page = await t.page();
    await page.goto(h.consoleURL + "/");
    await page.fill("#signin-email", u.email);
    await page.fill("#signin-password", u.password);
    await page.click("#signin-form button[type=submit]");
    await page.locator("#newpw-form:visible").waitFor();
    await t.screenshot(page, "new-password");
    await page.fill("#newpw-password", "Chosen-by-the-user-42");
    await page.fill("#newpw-confirm", "Chosen-by-the-user-42");
    await Promise.all([t.waitFragment(page), page.click("#newpw-form button[type=submit]")]);
    await page.locator("#user-name", { hasText: u.email }).waitFor();
  }
});
