// The console's work, in a real browser against the whole local stack:
// leads arrive through the intake API as a partner's server posts them,
// the screener judges them, a reviewer decides a held lead (and the sales
// e-mail goes out), sales marks outcomes in the console and through the
// e-mail's link, a reviewer rescues a junk lead, users of the wrong group
// are refused every action, and an admin reads the audit trail.
"use strict";

const h = require("./harness.cjs");

const form = "partner-import";

// Submissions the screener judges differently (config/rules.yaml; run
// them through `leadctl screen` to see every reason). The partner's server
// posts JSON with its own user agent; user agents are not checked on a
// server-fed form.
const partner = { "User-Agent": "partner-sync/2.1", "Accept-Language": "de-DE" };
const submissions = {
  // A genuine request forwarded with its HTML markup and two links: markup
  // is a decisive sign of 30 points, the links a weak one, so the lead is
  // held for review (30 <= score < 60), its fit is excellent.
  held: {
    email: "maria.keller@brightwave-logistics.de", first_name: "Maria", last_name: "Keller",
    company: "Brightwave Logistics", job_title: "Head of Operations", country: "DE",
    company_size: "201-1000", budget: "€25k–100k", timeline: "This quarter",
    message: "<p>Could you send pricing for dashboards across our 14 warehouses?</p>" +
      "<p>Current reports: https://brightwave-logistics.de/kpi and https://brightwave-logistics.de/q3</p>",
    utm_source: "partner-portal",
  },
  // A CEO who typed a disposable address: junk alone (60 points), though
  // the fit qualifies, so a rescue makes it qualified.
  junk: {
    email: "tom.berger@mailinator.com", first_name: "Tom", last_name: "Berger",
    company: "Berger Bau GmbH", job_title: "CEO", country: "AT", company_size: "51-200",
    budget: "€100k+", timeline: "ASAP", message: "Looking for a demo of analytics dashboards.",
    utm_source: "partner-portal",
  },
  // Fit 55, within 10 of the form's 60: a near miss, nurtured.
  nearMiss: {
    email: "jonas.weber@kranich-moebel.de", first_name: "Jonas", last_name: "Weber",
    company: "Kranich Möbel", job_title: "Marketing Manager", country: "DE", company_size: "11-50",
    budget: "€5k–25k", timeline: "This year", message: "Interested in reporting for our sales team.",
    utm_source: "partner-portal",
  },
  // Qualified at once: intake's hand-off mails sales.
  qualified: {
    email: "sofia.marin@altamar-foods.es", first_name: "Sofía", last_name: "Marín",
    company: "Altamar Foods", job_title: "CFO", country: "ES", company_size: "201-1000",
    budget: "€25k–100k", timeline: "ASAP", message: "We would like pricing and a demo of the analytics suite.",
    utm_source: "partner-portal",
  },
};

const fullName = (f) => f.first_name + " " + f.last_name;

h.run(async (t) => {
  t.step("posting leads to the intake API");
  const ids = {};
  for (const [k, fields] of Object.entries(submissions)) {
    ids[k] = await t.submit(form, fields, partner);
  }

  const reviewer = await t.signIn("reviewer");
  const sales = await t.signIn("sales");
  const reviewerName = h.user("reviewer").email;
  const salesName = h.user("sales").email;

  t.step("verdicts");
  // The screener's verdicts, as the search reads them.
  {
    const found = await t.json(reviewer, "GET", "/leads?form=" + form);
    const verdictOf = (id) => {
      const row = found.leads.find((l) => l.id === id);
      t.ok(row, "lead " + id + " in the search of " + form + ": " + JSON.stringify(found.leads.map((l) => l.id)));
      return row;
    };
    t.equal(verdictOf(ids.held).verdict, "review", "held: the screener holds it for review");
    t.equal(verdictOf(ids.junk).verdict, "junk", "junk: the screener marks it junk");
    t.equal(verdictOf(ids.nearMiss).verdict, "nurture", "near miss: nurtured");
    t.ok(verdictOf(ids.nearMiss).near_miss, "near miss: flagged");
    t.equal(verdictOf(ids.qualified).verdict, "qualified", "qualified at once");
  }

  t.step("refusals");
  // Users of the wrong group are refused each action (decision, rescue,
  // outcome, erasure, audit), and nothing changes: the erasure's scan
  // below still finds the person.
  {
    const refused = [
      [sales, "POST", "/leads/" + ids.held + "/decision", { verdict: "qualified", note: "not mine to decide" }],
      [sales, "POST", "/leads/" + ids.junk + "/rescue", { note: "not mine to rescue" }],
      [sales, "POST", "/review/decisions", { id: ids.held, verdict: "junk", form }],
      [reviewer, "POST", "/leads/" + ids.qualified + "/outcome", { outcome: "won" }],
      [reviewer, "GET", "/audit"],
      [sales, "GET", "/audit"],
      [reviewer, "POST", "/people/erase", { email: submissions.qualified.email, confirm: submissions.qualified.email }],
    ];
    for (const [page, method, p, form] of refused) {
      const who = page === sales ? "sales" : "reviewer";
      const r = await t.api(page, method, p, { form });
      t.equal(r.status, 403, who + ": " + method + " " + p + ": " + r.body);
      t.equal(JSON.parse(r.body).error, "forbidden", who + ": " + method + " " + p + ": the error code");
    }
    const marketing = await t.signIn("marketing");
    t.equal((await t.api(marketing, "GET", "/audit")).status, 403, "marketing: GET /audit");
    t.equal((await t.api(marketing, "POST", "/leads/" + ids.qualified + "/outcome", { form: { outcome: "won" } })).status, 403,
      "marketing: POST outcome");
    const erase = { email: submissions.qualified.email, confirm: submissions.qualified.email };
    t.equal((await t.api(marketing, "POST", "/people/erase", { form: erase })).status, 403, "marketing: POST erase");
    await marketing.context().close();
    const held = await t.json(reviewer, "GET", "/leads/" + ids.held);
    t.equal(held.lead.verdict, "review", "still held after the refused decisions");
    t.ok(!held.lead.outcome, "no outcome after the refused ones");
  }

  t.step("review queue and decision");
  // The reviewer finds the held lead in the queue of its form, with its
  // reasons, and decides it qualified with a note.
  const note = "Partner CRM forwards the HTML; a real request from their ops lead";
  {
    await t.navigate(reviewer, "Review");
    await reviewer.selectOption(".pg-review select[name=form]", form);
    await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-review .pg-search button[type=submit]")]);
    const row = reviewer.locator(".pg-review tbody tr", { has: reviewer.locator("a", { hasText: fullName(submissions.held) }) });
    await row.waitFor();
    const reasons = await row.locator(".pg-why li").evaluateAll((lis) => lis.map((li) => li.dataset.code));
    t.ok(reasons.includes("markup_in_message"), "the queue shows why it is held: " + reasons);
    t.equal(await reviewer.locator(".pg-review tbody tr").count(), 1, "only the held lead is in the queue");
    await t.screenshot(reviewer, "review-queue");

    await Promise.all([t.waitFragment(reviewer), row.locator("a", { hasText: fullName(submissions.held) }).click()]);
    t.equal(new URL(reviewer.url()).pathname, "/console/leads/" + ids.held, "the lead page's address");
    await reviewer.locator(".pg-lead form[hx-post$='/decision']").waitFor();
    t.match(await reviewer.textContent(".pg-lead"), /markup_in_message/, "the lead page lists the screening reasons");
    await t.screenshot(reviewer, "lead-held");

    await reviewer.check(".pg-lead form[hx-post$='/decision'] input[value=qualified]");
    await reviewer.fill(".pg-lead form[hx-post$='/decision'] input[name=note]", note);
    const [resp] = await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-lead form[hx-post$='/decision'] button[type=submit]")]);
    t.equal(resp.status(), 200, "decision answered");
    t.equal(await reviewer.textContent(".pg-lead-head .pg-verdict"), "qualified", "the verdict shown after the decision");
  }

  t.step("waiting for the sales e-mail");
  // The decision hands the lead to sales: the e-mail arrives in the SES
  // stand-in (through the local Invoke API, asynchronously).
  const mail = await t.salesMail(ids.held, 30000);
  t.match(mail.subject, /Brightwave Logistics|Maria Keller/, "the sales e-mail names the lead: " + mail.subject);

  t.step("lead page after the decision");
  // The lead page, opened again, shows the decision in its history with
  // the reviewer's name and note, and the hand-off sent.
  {
    await t.waitFor("the hand-off of " + ids.held + " recorded as sent", async () =>
      (await t.json(reviewer, "GET", "/leads/" + ids.held)).lead.handoff?.state === "sent", 15000);
    await t.open(reviewer, "/leads/" + ids.held);
    const last = reviewer.locator(".pg-history tbody tr").last();
    t.match(await last.textContent(), new RegExp(reviewerName.replace(".", "\\.")), "history names the reviewer");
    t.match(await last.textContent(), /qualified/);
    t.ok((await last.textContent()).includes(note), "history keeps the note");
    t.match(await reviewer.textContent(".pg-followup"), /Sales hand-off: sent/, "hand-off shown as sent");
    await t.screenshot(reviewer, "lead-decided");
  }

  t.step("outcome from the console");
  // Sales opens the lead and marks it won.
  {
    await t.open(sales, "/leads/" + ids.held);
    t.equal(await sales.locator(".pg-lead form[hx-post$='/decision']").count(), 0, "sales is offered no decision");
    await sales.check(".pg-lead form[hx-post$='/outcome'] input[value=won]");
    await sales.fill(".pg-lead form[hx-post$='/outcome'] input[name=note]", "Signed a 2-year contract");
    await Promise.all([t.waitFragment(sales), sales.click(".pg-lead form[hx-post$='/outcome'] button[type=submit]")]);
    const outcome = await sales.textContent(".pg-outcome");
    t.match(outcome, /Outcome: won/, "outcome shown: " + outcome);
    t.ok(outcome.includes(salesName), "outcome names who marked it: " + outcome);
    await t.screenshot(sales, "lead-won");
  }

  t.step("outcome link");
  // The "Was this a good lead?" link of the lead that went to sales at
  // once: its public page shows the form (opening records nothing), and
  // posting it records the outcome.
  {
    const qmail = await t.salesMail(ids.qualified, 30000);
    const inMail = (qmail.body?.text || qmail.text || "").match(/Was this a good lead\? (\S+)/);
    const link = inMail ? inMail[1] : await t.outcomeLink(ids.qualified);
    console.log(inMail ? "outcome link from the sales e-mail" : "the sales e-mail has no outcome link (the hand-off function sent it); using a signed link from the test");
    const page = await t.page();
    const resp = await page.goto(link);
    t.equal(resp.status(), 200, "outcome page");
    t.match(await page.textContent("h1"), /Was this a good lead\?/);
    t.ok((await page.textContent("main")).includes("Altamar Foods"), "the page names the company");
    t.ok(!(await t.json(sales, "GET", "/leads/" + ids.qualified)).lead.outcome, "opening the link records nothing");
    await t.screenshot(page, "outcome-link");
    await page.check("input[name=outcome][value=lost]");
    await page.fill("input[name=note]", "Went with their incumbent");
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.click("button[type=submit]"),
    ]);
    t.equal(posted.status(), 200, "outcome posted");
    await page.locator(".pg-saved").waitFor();
    t.match(await page.textContent(".pg-saved"), /saved as lost/);
    t.ok(await page.isChecked("input[name=outcome][value=lost]"), "the saved answer stays chosen");
    await t.screenshot(page, "outcome-link-saved");
    const stored = (await t.json(sales, "GET", "/leads/" + ids.qualified)).lead.outcome;
    t.equal(stored.kind, "lost", "outcome stored on the lead");
    t.equal(stored.by, "sales e-mail link");
    await page.context().close();
  }

  t.step("rescue");
  // The reviewer finds the junk lead with the search form and rescues it.
  {
    await t.navigate(reviewer, "Leads");
    await reviewer.selectOption(".pg-leads select[name=form]", form);
    await reviewer.selectOption(".pg-leads select[name=verdict]", "junk");
    await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-leads .pg-search button[type=submit]")]);
    const link = reviewer.locator(".pg-leads tbody a", { hasText: fullName(submissions.junk) });
    await link.waitFor();
    t.equal(await reviewer.locator(".pg-leads tbody tr").count(), 1, "one junk lead");
    await t.screenshot(reviewer, "search-junk");
    await Promise.all([t.waitFragment(reviewer), link.click()]);
    await reviewer.fill(".pg-lead form[hx-post$='/rescue'] input[name=note]", "Real company; the partner's form allows any address");
    await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-lead form[hx-post$='/rescue'] button[type=submit]")]);
    t.equal(await reviewer.textContent(".pg-lead-head .pg-verdict"), "qualified", "rescued: the verdict its fit gives");
    t.equal(await reviewer.locator(".pg-lead form[hx-post$='/rescue']").count(), 0, "no rescue offered any more");
    t.match(await reviewer.locator(".pg-history tbody tr").last().textContent(), new RegExp(reviewerName.replace(".", "\\.")));
    await t.screenshot(reviewer, "lead-rescued");
    // The rescue runs the hand-off the lead should have had.
    await t.salesMail(ids.junk, 30000);
  }

  t.step("search and near misses");
  // Every lead of the form, and the near misses for sales.
  {
    await t.open(reviewer, "/leads?form=" + form);
    for (const f of Object.values(submissions)) {
      await reviewer.locator(".pg-leads tbody a", { hasText: fullName(f) }).waitFor();
    }
    await t.screenshot(reviewer, "search-results");
    await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-leads a:text-is('Near misses')")]);
    await reviewer.selectOption(".pg-nearmisses select[name=form]", form);
    await Promise.all([t.waitFragment(reviewer), reviewer.click(".pg-nearmisses .pg-search button[type=submit]")]);
    const rows = reviewer.locator(".pg-nearmisses tbody tr");
    await rows.first().waitFor();
    t.equal(await rows.count(), 1, "one near miss");
    t.match(await rows.first().textContent(), /Jonas Weber/);
    await t.screenshot(reviewer, "near-misses");
  }

  t.step("erasure");
  // The admin erases the person of the lead that went to sales at once:
  // a full scan of the tables then finds no trace of them, and a new post
  // from the address is stored but never mailed.
  const admin = await t.signIn("admin");
  {
    const address = submissions.qualified.email;
    const needles = [address, submissions.qualified.last_name, submissions.qualified.message];
    const before = await t.scan(needles);
    t.ok(before.matches.length > 0, "the scan finds the person before the erasure: " + JSON.stringify(before));

    await t.navigate(admin, "People");
    await admin.fill(".pg-people input[name=email]", address);
    await Promise.all([t.waitFragment(admin), admin.click(".pg-people .pg-search button[type=submit]")]);
    await admin.locator(".pg-people tbody a", { hasText: fullName(submissions.qualified) }).waitFor();
    await t.screenshot(admin, "person");
    await admin.fill(".pg-erase input[name=confirm]", address);
    const [resp] = await Promise.all([t.waitFragment(admin), admin.click(".pg-erase button[type=submit]")]);
    t.equal(resp.status(), 200, "erasure answered");
    await admin.locator(".pg-people .pg-saved").waitFor();
    t.match(await admin.textContent(".pg-people .pg-saved"), /Erased: 1 lead/);
    await t.screenshot(admin, "person-erased");

    const after = await t.scan(needles);
    t.ok(after.items >= before.items, "the scan read the tables: " + after.items + " items");
    t.equal(JSON.stringify(after.matches), "[]", "no trace of the person after the erasure");

    // A new post from the erased address (another message: the same
    // fields within 10 minutes would be a double-click, answered with the
    // first lead's id): stored, qualified, and its hand-off refused
    // without a send.
    const again = await t.submit(form, { ...submissions.qualified, message: "Following up: could we get pricing for the analytics suite this week?" }, partner);
    t.ok(again !== ids.qualified, "a new lead");
    const l = await t.waitFor("the hand-off of the erased address's new lead to settle", async () => {
      const got = (await t.json(admin, "GET", "/leads/" + again)).lead;
      return got.handoff && got.handoff.state !== "pending" && got.handoff;
    }, 30000);
    t.equal(l.state, "failed", "hand-off of the erased address: " + JSON.stringify(l));
    t.match(l.last_error || "", /erased/, "why the hand-off was not sent");
    const mailed = (await t.emails()).filter((m) => (m.body?.text || "").includes("/leads/" + again) ||
      JSON.stringify(m.destination || {}).toLowerCase().includes(address));
    t.equal(mailed.length, 0, "no e-mail for the erased address: " + JSON.stringify(mailed.map((m) => m.subject)));
    await t.open(admin, "/leads/" + again);
    await t.screenshot(admin, "lead-of-erased-address");
  }

  t.step("audit trail");
  // The admin reads the audit trail: the erasure, the rescue, both
  // outcomes and the decision, newest first, and nothing of the refused
  // attempts.
  {
    await t.navigate(admin, "Audit");
    const rows = await admin.locator(".pg-audit tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent.trim())));
    const got = rows.map(([, ...cells]) => cells);
    const erasure = got.shift();
    t.equal(JSON.stringify(erasure.slice(0, 3)), JSON.stringify([h.user("admin").email, "erasure", ""]), "the erasure, newest: " + erasure);
    const want = [
      [reviewerName, "rescue (not junk)", ids.junk, "verdict qualified"],
      ["sales e-mail link", "outcome", ids.qualified, "outcome lost"],
      [salesName, "outcome", ids.held, "outcome won"],
      [reviewerName, "review decision", ids.held, "verdict qualified"],
    ];
    t.equal(JSON.stringify(got), JSON.stringify(want), "audit entries, newest first");
    await t.screenshot(admin, "audit");
  }
  t.step("done");
});
