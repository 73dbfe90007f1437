// The Reports page, in a real browser, on a table the product's own
// seeding command filled: the Go test runs `leadctl dev seed --leads
// SEEDED_LEADS --days SEEDED_DAYS` against the stack's DynamoDB before
// this spec (and after the others, whose searches and queues count their
// own leads), which writes the leads and rolls up their report aggregates
// as the dispatcher does for leads five minutes old. A marketer opens the
// reports: the charts are drawn, the junk-rate tables by form, source and
// country, the speed to lead and the conversion agree with the figures the
// API gives; a form's report narrows them; users outside marketing and
// sales are refused.
"use strict";

const h = require("./harness.cjs");

const seeded = Number(process.env.SEEDED_LEADS || 0);

// int reads a figure as the page prints it ("1,234" or "1234").
const int = (s) => Number(String(s).replace(/[^\d]/g, ""));

h.run(async (t) => {
  t.ok(seeded > 0, "SEEDED_LEADS is set: the Go test seeds the table before this spec");

  t.step("refusals");
  // The reviewer and the admin-less groups that may not read reports.
  {
    const reviewer = await t.signIn("reviewer");
    t.equal(await reviewer.locator("#nav a:text-is('Reports'):visible").count(), 0, "reviewer: no Reports entry in the nav");
    const r = await t.api(reviewer, "GET", "/reports");
    t.equal(r.status, 403, "reviewer: GET /reports: " + r.body);
    t.equal(JSON.parse(r.body).error, "forbidden", "reviewer: the error code");
    await reviewer.context().close();
  }

  const marketing = await t.signIn("marketing");
  const api = await t.json(marketing, "GET", "/reports");
  t.ok(api.total >= seeded, "the report counts the seeded leads: " + api.total + " of " + seeded);

  t.step("reports page");
  {
    await t.navigate(marketing, "Reports");
    await marketing.locator(".pg-reports h1").waitFor();

    // Every chart is a Chart.js instance that drew on its canvas.
    const charts = await marketing.locator(".pg-reports canvas[data-chart]").evaluateAll((cs) => cs.map((c) => {
      const chart = window.Chart.getChart(c);
      const { width, height } = c;
      const px = c.getContext("2d").getImageData(0, 0, width, height).data;
      let inked = 0;
      for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) { inked++; } }
      return { label: c.getAttribute("aria-label"), chart: !!chart, type: chart && chart.config.type,
        bars: chart ? chart.data.datasets.reduce((n, d) => n + d.data.filter((v) => v > 0).length, 0) : 0,
        inked: inked / (width * height) };
    }));
    t.ok(charts.length >= 2, "the page has its charts: " + JSON.stringify(charts));
    for (const c of charts) {
      t.ok(c.chart, c.label + ": drawn by Chart.js");
      t.ok(c.bars > 0, c.label + ": bars with data: " + JSON.stringify(c));
      t.ok(c.inked > 0.01, c.label + ": the canvas is not blank: " + JSON.stringify(c));
    }
    // The verdict chart stacks the verdicts in the badges' colours.
    const colours = await marketing.locator(".pg-reports canvas[data-chart]").first().evaluate((c) =>
      Object.fromEntries(window.Chart.getChart(c).data.datasets.map((d) => [d.label, d.backgroundColor])));
    const badge = async (v) => marketing.evaluate((v) => {
      const s = document.createElement("span");
      s.className = "pg-verdict pg-verdict-" + v;
      document.body.appendChild(s);
      const c = getComputedStyle(s).color;
      s.remove();
      return c;
    }, v);
    for (const v of ["qualified", "nurture", "review", "junk"]) {
      t.ok(colours[v], "the chart has a " + v + " series: " + JSON.stringify(colours));
      t.ok(await badge(v), "the " + v + " badge has a colour");
    }

    // The tiles and tables say what the API says.
    const text = async (sel) => (await marketing.textContent(sel)).trim();
    t.equal(int(await text(".rp-tile-total .rp-figure")), api.total, "submissions tile");
    const rows = async (card) => marketing.locator(".pg-reports [data-table='" + card + "'] tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (td) => td.textContent.trim())));
    const byForm = await rows("by_form");
    t.equal(byForm.length, api.by_form.length, "one row per form: " + JSON.stringify(byForm));
    t.ok(byForm.length >= 2, "the seeded forms are all there: " + JSON.stringify(byForm));
    t.equal(byForm.reduce((n, r) => n + int(r[1]), 0), api.total, "the forms' submissions add up to the total");
    for (const [name, key] of [["by source", "by_source"], ["by country", "by_country"]]) {
      const got = await rows(key);
      t.ok(got.length > 1, "junk rate " + name + " has rows: " + JSON.stringify(got));
      t.equal(got.length, api[key].length, "junk rate " + name + ": every row the API gives");
      for (const [i, r] of got.entries()) {
        t.equal(int(r[1]), api[key][i].total, name + " " + r[0] + ": submissions");
        t.equal(int(r[2]), api[key][i].junk, name + " " + r[0] + ": junk");
        t.match(r[3], /^\d+(\.\d)?\s?%$/, name + " " + r[0] + ": the rate as a percentage");
      }
    }
    const reasons = await rows("junk_reasons");
    t.ok(reasons.length > 0, "top junk reasons: " + JSON.stringify(reasons));

    // Speed to lead: hand-offs sent, percentiles as bucket bounds.
    t.ok(api.speed_to_lead.sent > 0, "the seeded qualified leads were handed off: " + JSON.stringify(api.speed_to_lead));
    const speed = Object.fromEntries((await rows("speed")).map(([k, v]) => [k, v]));
    for (const p of ["p50", "p90", "p99"]) {
      const shown = Object.entries(speed).find(([k]) => k.includes(p));
      t.ok(shown, p + " shown: " + JSON.stringify(speed));
      t.equal(shown[1], api.speed_to_lead[p], p + " as the API says it");
    }

    // Conversion: the seeded outcomes (leads older than two weeks) count.
    const conv = api.conversion;
    t.ok(conv.total.won > 0 && conv.total.qualified > 0, "outcomes in the conversion: " + JSON.stringify(conv.total));
    const bySegment = await rows("conv_by_segment");
    t.ok(bySegment.length > 0, "conversion by segment: " + JSON.stringify(bySegment));
    t.match(await text(".rp-conversion"), /\d+(\.\d)?\s?%/, "conversion as a percentage");
    await t.screenshot(marketing, "reports");
  }

  t.step("one form's report");
  {
    const form = api.by_form[0].name;
    await marketing.selectOption(".pg-reports select[name=form]", form);
    await Promise.all([t.waitFragment(marketing), marketing.click(".pg-reports .pg-search button[type=submit]")]);
    const rows = await marketing.locator(".pg-reports [data-table='by_form'] tbody tr").count();
    t.equal(rows, 1, "the form's report has one form");
    t.equal(int(await marketing.textContent(".rp-tile-total .rp-figure")), api.by_form[0].total, "its submissions");
    const drawn = await marketing.locator(".pg-reports canvas[data-chart]").evaluateAll((cs) => cs.every((c) => !!window.Chart.getChart(c)));
    t.ok(drawn, "the charts are drawn again after the swap");
    await t.screenshot(marketing, "reports-one-form");
  }

  t.step("empty period");
  // A period before anything arrived: the page says so instead of
  // showing empty charts.
  {
    await t.open(marketing, "/reports?from=2020-01-01&to=2020-01-31");
    t.equal(int(await marketing.textContent(".rp-tile-total .rp-figure")), 0, "nothing in 2020");
    await marketing.locator(".pg-reports .pg-empty").first().waitFor();
    await t.screenshot(marketing, "reports-empty");
  }

  t.step("sales may read reports too");
  {
    const sales = await t.signIn("sales");
    const r = await t.api(sales, "GET", "/reports");
    t.equal(r.status, 200, "sales: GET /reports");
    await sales.context().close();
  }
  t.step("done");
});
