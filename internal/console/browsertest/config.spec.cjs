// The configuration screens in a real browser: a marketer edits a
// qualification rule in the YAML editor (a mistake is named with its line
// as they type), back-tests the draft on leads sales marked, saves it,
// publishes it (v2 live), rolls it back (v1 live); changes a form's
// required fields and a sales rep's weight through the form editors;
// previews a nurture step for a real lead and sends the test to
// themselves. Two marketers saving at once: the second is told someone
// else changed it. Sales cannot open the screens. What a published
// version does to the next post is config-effect.spec.cjs.
"use strict";

const h = require("./harness.cjs");

const form = "partner-import";
const partner = { "User-Agent": "partner-sync/2.1", "Accept-Language": "en-GB" };

// Two leads the shipped rules qualify (as workflow.spec.cjs's qualified
// one): a manager with a budget. Neither gives a phone number.
const lead = (first, last, company, domain) => ({
  email: first.toLowerCase() + "." + last.toLowerCase() + "@" + domain, first_name: first, last_name: last,
  company, job_title: "CFO", country: "GB", company_size: "201-1000", budget: "€25k–100k", timeline: "ASAP",
  message: "We would like pricing and a demo of the analytics suite.", utm_source: "partner-portal",
});

// The rules draft: every lead of a form without its own setting must give
// a phone number to reach sales.
const ruleBefore = "required_fields: [email, company] #";
const ruleAfter = "required_fields: [email, company, phone] #";

// click clicks selector on page and waits for the answer of the request
// whose URL ends with path, settled into the page.
async function click(page, selector, path) {
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(path) && r.request().method() !== "OPTIONS"),
    page.click(selector),
  ]);
  await page.waitForFunction(() => !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping"));
  return resp;
}

// edit replaces from with to in the editor of file, as typing would (an
// input event), and waits for the check that follows.
async function edit(page, file, from, to) {
  const area = page.locator('textarea[data-file="' + file + '"]');
  const text = await area.inputValue();
  if (!text.includes(from)) { throw new Error(file + " holds no " + JSON.stringify(from)); }
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/check")),
    area.fill(text.replace(from, to)),
  ]);
  await page.waitForFunction(() => !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping"));
}

h.run(async (t) => {
  t.step("leads with outcomes to back-test on");
  const won = await t.submit(form, lead("Olivia", "Hart", "Hartwell Foods", "hartwell-foods.co.uk"), partner);
  const bad = await t.submit(form, lead("Peter", "Lund", "Lund Shipping", "lund-shipping.co.uk"), partner);
  const sales = await t.signIn("sales");
  for (const [id, outcome] of [[won, "won"], [bad, "bad_fit"]]) {
    await t.json(sales, "POST", "/leads/" + id + "/outcome", { form: { outcome } });
  }

  t.step("sales cannot open the configuration");
  t.equal((await t.api(sales, "GET", "/config")).status, 403, "sales: GET /config");
  t.equal(await sales.locator("#nav a[data-area=config]").isVisible(), false, "sales: no Configuration in the nav");

  const marketer = await t.signIn("marketing");
  marketer.on("dialog", (d) => d.accept());
  t.step("configuration home");
  await t.navigate(marketer, "Configuration");
  for (const kind of ["rules", "sequences", "forms", "routing"]) {
    const live = await marketer.locator('.cfg-kind[data-kind="' + kind + '"] .cfg-live').getAttribute("data-live");
    t.equal(live, "1", kind + ": v1 live on a fresh stack");
  }
  await t.screenshot(marketer, "config-home");

  t.step("editing a rule: a mistake is named with its line");
  await Promise.all([t.waitFragment(marketer), marketer.click('.cfg-kind[data-kind="rules"] h2 a')]);
  await edit(marketer, "rules.yaml", "    qualify_at: 60 ", "    qualify_at: sixty ");
  const problem = marketer.locator("#cfg-problems a.cfg-goto").first();
  t.match(await problem.textContent(), /^rules\.yaml line \d+$/, "the problem names its line");
  await problem.click();
  const selected = await marketer.evaluate(() => {
    const a = document.querySelector('textarea[data-file="rules.yaml"]');
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  t.match(selected, /qualify_at: sixty/, "clicking the problem selects its line");
  await t.screenshot(marketer, "rules-problem");
  await edit(marketer, "rules.yaml", "    qualify_at: sixty ", "    qualify_at: 60 ");
  await edit(marketer, "rules.yaml", ruleBefore, ruleAfter);
  t.equal((await marketer.textContent("#cfg-problems")).trim(), "No problems found.", "the draft checks clean");

  t.step("back-test");
  await click(marketer, "#cfg-backtest", "/config/rules/backtest");
  const changed = await marketer.locator(".cfg-changed tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-lead")));
  for (const id of [won, bad]) {
    t.ok(changed.includes(id), "the back-test lists " + id + " among the changed verdicts: " + changed);
  }
  const metric = async (name) => marketer.locator('.cfg-metrics tr[data-metric="' + name + '"] td').allTextContents();
  const wonSent = await metric("won_qualified");
  t.ok(Number(wonSent[2]) < Number(wonSent[1]), "fewer won leads reach sales with the draft: " + wonSent);
  t.match((await metric("precision"))[0], /precision/, "precision is shown");
  t.match((await metric("recall"))[0], /recall/, "recall is shown");
  await t.screenshot(marketer, "rules-backtest");

  t.step("diff, save, publish, roll back");
  await click(marketer, "#cfg-diff", "/config/rules/diff");
  t.equal(await marketer.locator(".cfg-diff .cfg-add").allTextContents().then((l) => l.filter((x) => x.includes("phone")).length), 1, "the diff adds the phone line");
  await marketer.fill("#cfg-form input[name=note]", "partner leads must give a phone number");
  await click(marketer, "#cfg-save", "/config/rules/versions");
  t.match(await marketer.textContent("#cfg-message"), /Saved as rules v2/, "saved as v2");
  await click(marketer, 'button.cfg-publish[data-version="2"]', "/config/rules/versions/2/publish");
  t.match(await marketer.textContent("#cfg-message"), /rules v2 is live/, "published");
  t.equal(await marketer.locator(".cfg-live").first().getAttribute("data-live"), "2", "v2 live");
  await t.screenshot(marketer, "rules-published");
  await click(marketer, "button.cfg-rollback", "/config/rules/rollback");
  t.match(await marketer.textContent("#cfg-message"), /rules v1 is live again/, "rolled back");
  t.equal(await marketer.locator(".cfg-live").first().getAttribute("data-live"), "1", "v1 live again");
  await t.screenshot(marketer, "rules-rolled-back");

  t.step("two marketers at once");
  {
    const other = await t.signIn("marketing", { path: "/config/rules" });
    await t.open(marketer, "/config/rules");
    await edit(other, "rules.yaml", "    near_miss_band: 10 ", "    near_miss_band: 12 ");
    await edit(marketer, "rules.yaml", "    near_miss_band: 10 ", "    near_miss_band: 8 ");
    await click(other, "#cfg-save", "/config/rules/versions");
    t.match(await other.textContent("#cfg-message"), /Saved as rules v3/, "the first save wins");
    const resp = await click(marketer, "#cfg-save", "/config/rules/versions");
    t.equal(resp.status(), 409, "the second save is refused");
    t.match(await marketer.textContent("#cfg-error"), /Someone else changed this/, "and says why");
    t.match(await marketer.inputValue('textarea[data-file="rules.yaml"]'), /near_miss_band: 8 /, "the refused draft is kept");
    await t.screenshot(marketer, "rules-conflict");
  }

  t.step("a form's required fields, through the form editor");
  await t.open(marketer, "/config/forms");
  await marketer.fill('input[name="form.contact-sales.required"]', "email, first_name, company, phone");
  await click(marketer, "#cfg-apply", "/config/forms/form");
  t.match(await marketer.textContent("#cfg-message"), /not saved yet/, "the change is a draft");
  t.match(await marketer.inputValue('textarea[data-file="forms.yaml"]'), /required: \[email, first_name, company, phone\]/, "written into the YAML");
  await click(marketer, "#cfg-diff", "/config/forms/diff");
  t.equal((await marketer.locator(".cfg-diff .cfg-add").allTextContents()).length, 1, "one line changes");
  await click(marketer, "#cfg-save", "/config/forms/versions");
  t.match(await marketer.textContent("#cfg-message"), /Saved as forms v2/, "saved as forms v2");
  await t.screenshot(marketer, "forms-editor");

  t.step("a rep's weight, through the routing editor");
  await t.open(marketer, "/config/routing");
  await marketer.fill('input[name="member.enterprise.1.weight"]', "3");
  await click(marketer, "#cfg-apply", "/config/routing/form");
  t.match(await marketer.inputValue('textarea[data-file="routing.yaml"]'), /marcus\.hale@northwind\.example\n\s+weight: 3\n/, "the weight is written under the rep");
  await click(marketer, "#cfg-dryrun", "/config/routing/dry-run");
  t.ok(await marketer.locator(".cfg-dryrun tbody tr").count() >= 1, "the dry-run routes recent qualified leads");
  await t.screenshot(marketer, "routing-dry-run");
  await click(marketer, "#cfg-save", "/config/routing/versions");
  t.match(await marketer.textContent("#cfg-message"), /Saved as routing v2/, "saved as routing v2");

  t.step("a nurture step: preview and test-send");
  await t.open(marketer, "/config/sequences");
  await marketer.selectOption("#cfg-form select[name=sequence]", "general.yaml");
  await marketer.fill("#cfg-form input[name=step]", "1");
  await marketer.fill("#cfg-form input[name=lead]", won);
  await click(marketer, "#cfg-preview", "/config/sequences/preview");
  t.match(await marketer.textContent(".cfg-text"), /Olivia/, "the step is rendered for the lead");
  t.match(await marketer.textContent(".cfg-text"), /Unsubscribe/, "with the unsubscribe footer");
  await t.screenshot(marketer, "sequence-preview");
  const before = (await t.emails()).length;
  await click(marketer, "#cfg-testsend", "/config/sequences/test-send");
  const me = h.user("marketing").email;
  t.match(await marketer.textContent("#cfg-sent"), new RegExp("Test sent to " + me.replace(/[.]/g, "\\.")), "sent to me");
  const sent = await t.waitFor("the test e-mail in the SES stand-in", async () => (await t.emails()).slice(before).find((m) => (m.subject || "").startsWith("[test]")));
  const to = JSON.stringify(sent.destination).toLowerCase();
  t.ok(to.includes(me.toLowerCase()) && !to.includes("hartwell-foods"), "to me only, not to the lead: " + to);

  t.step("audit");
  const admin = await t.signIn("admin");
  const audit = await t.json(admin, "GET", "/audit");
  const config = audit.entries.filter((e) => e.action.startsWith("config ")).map((e) => e.action + " " + e.detail);
  for (const want of ["config save rules v2", "config publish rules v2", "config rollback rules v1", "config save forms v2", "config save routing v2"]) {
    t.ok(config.includes(want), "audit trail has " + want + ": " + config);
  }
  t.step("done");
});
