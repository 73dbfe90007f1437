// What publishing does, without a restart: a marketer publishes a rules
// version in the console, and once the functions have looked at the live
// pointer (CONFIG_REFRESH_SECONDS; cmd/devserver's
// TestConfigEffectInBrowser starts the stack with a short one) a new post
// is judged by it and its lead page shows that rules version; after a
// rollback a new post is judged by the previous one again. The same for a
// form's required fields: published, a post without the new field is
// refused; rolled back, it is taken again.
//
// Run by its own test (it needs the short refresh):
//   go test ./cmd/devserver -run TestConfigEffectInBrowser
"use strict";

const h = require("./harness.cjs");

const form = "partner-import";
const partner = { "User-Agent": "partner-sync/2.1", "Accept-Language": "en-GB" };

// The longest a publish may take to reach the functions: the deployed
// refresh interval (60 s) with room for a slow machine, whatever the
// stack's own interval is.
const effectWithin = 90000;

let posted = 0;
// fields is a lead the shipped rules qualify; each post is a new person,
// so that no post is merged into an earlier one.
function fields() {
  posted++;
  return {
    email: "effect." + posted + "@hartwell-foods.co.uk", first_name: "Olivia", last_name: "Hart" + posted,
    company: "Hartwell Foods", job_title: "CFO", country: "GB", company_size: "201-1000",
    budget: "€25k–100k", timeline: "ASAP", message: "We would like pricing and a demo of the analytics suite.",
  };
}

// post sends fields to the intake API and returns {status, body}.
async function post(f) {
  const r = await fetch(h.apiURL + "/forms/" + form + "/submissions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...partner },
    body: JSON.stringify(f),
  });
  return { status: r.status, body: await r.text() };
}

async function click(page, selector, path) {
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(path)),
    page.click(selector),
  ]);
  await page.waitForFunction(() => !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping"));
  return resp;
}

async function edit(page, file, from, to) {
  const area = page.locator('textarea[data-file="' + file + '"]');
  const text = await area.inputValue();
  if (!text.includes(from)) { throw new Error(file + " holds no " + JSON.stringify(from)); }
  await Promise.all([page.waitForResponse((r) => r.url().endsWith("/check")), area.fill(text.replace(from, to))]);
  await page.waitForFunction(() => !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping"));
}

h.run(async (t) => {
  const marketer = await t.signIn("marketing", { path: "/config/rules" });
  marketer.on("dialog", (d) => d.accept());

  // judgedBy posts leads until one is judged by the rules version label
  // ("v2-" and the version's content hash, as the lead records it), and
  // returns that lead.
  const judgedBy = (label, what) => t.waitFor(what, async () => {
    // A post a second at most: the functions look at the live version
    // once a refresh interval, more posts would not see it sooner.
    await new Promise((r) => setTimeout(r, 1000));
    const r = await post(fields());
    t.equal(r.status, 201, "post: " + r.body);
    const page = await t.json(marketer, "GET", "/leads/" + JSON.parse(r.body).id);
    return page.lead.rules_version === label ? page.lead : null;
  }, effectWithin);

  t.step("rules v1 judge a post");
  const v1 = "v1-" + (await t.json(marketer, "GET", "/config/rules")).rules_version;
  t.match(v1, /^v1-[0-9a-f]{12}$/, "rules v1 has a content hash");
  const first = await judgedBy(v1, "a post judged by rules v1");
  t.equal(first.verdict, "qualified", "v1 qualifies the lead");

  t.step("edit, back-test, save and publish v2");
  await edit(marketer, "rules.yaml", "required_fields: [email, company] #", "required_fields: [email, company, phone] #");
  // The back-test runs on the draft before it is saved (config.spec.cjs
  // checks its figures on leads with outcomes).
  await click(marketer, "#cfg-backtest", "/config/rules/backtest");
  t.equal(await marketer.locator('.cfg-metrics tr[data-metric="precision"]').count(), 1, "the draft's back-test is shown");
  await click(marketer, "#cfg-save", "/config/rules/versions");
  t.match(await marketer.textContent("#cfg-message"), /Saved as rules v2/, "saved");
  const v2 = "v2-" + (await t.json(marketer, "GET", "/config/rules?version=2")).rules_version;
  t.ok(v2 && v2 !== v1, "v2 has a version of its own: " + v2);
  await click(marketer, 'button.cfg-publish[data-version="2"]', "/config/rules/versions/2/publish");
  t.equal(await marketer.locator(".cfg-live").first().getAttribute("data-live"), "2", "v2 live");

  t.step("a new post is judged by v2");
  const second = await judgedBy(v2, "a post judged by rules v2");
  t.ok(second.verdict !== "qualified", "v2 does not send a lead without a phone number to sales: " + second.verdict);
  await t.open(marketer, "/leads/" + second.id);
  t.match(await marketer.textContent("main"), new RegExp(v2), "the lead's page shows rules v2");
  await t.screenshot(marketer, "lead-judged-by-v2");

  t.step("roll back: a new post is judged by v1 again");
  await t.open(marketer, "/config/rules");
  await click(marketer, "button.cfg-rollback", "/config/rules/rollback");
  t.equal(await marketer.locator(".cfg-live").first().getAttribute("data-live"), "1", "v1 live again");
  const third = await judgedBy(v1, "a post judged by rules v1 again");
  t.equal(third.verdict, "qualified", "v1 qualifies the lead again");
  await t.open(marketer, "/leads/" + third.id);
  t.match(await marketer.textContent("main"), new RegExp(v1), "the lead's page shows rules v1");
  await t.screenshot(marketer, "lead-judged-by-v1-again");

  t.step("a form's required fields: published, then rolled back");
  await t.open(marketer, "/config/forms");
  await marketer.fill('input[name="form.' + form + '.required"]', "email, phone");
  await click(marketer, "#cfg-apply", "/config/forms/form");
  await click(marketer, "#cfg-save", "/config/forms/versions");
  const saved = (await marketer.textContent("#cfg-message")).match(/forms v(\d+)/);
  t.ok(saved, "the forms draft is saved");
  await click(marketer, 'button.cfg-publish[data-version="' + saved[1] + '"]', "/config/forms/versions/" + saved[1] + "/publish");
  const refused = await t.waitFor("a post without a phone number refused", async () => {
    await new Promise((r) => setTimeout(r, 1000));
    const r = await post(fields());
    return r.status === 400 ? r : null;
  }, effectWithin);
  t.match(refused.body, /phone/, "the refusal names the missing field");
  await click(marketer, "button.cfg-rollback", "/config/forms/rollback");
  await t.waitFor("the same post taken again", async () => {
    await new Promise((r) => setTimeout(r, 1000));
    return (await post(fields())).status === 201;
  }, effectWithin);
  t.step("done");
});
