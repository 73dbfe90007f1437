package console_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
)

// configPages is the console with its configuration screens on a fresh
// table of the local DynamoDB server holding leads.
func configPages(t *testing.T, leads ...*lead.Lead) (*console.Pages, *store.Store, *sentMail) {
	t.Helper()
	p, s := storePages(t, leads...)
	p.Forms = console.FixedForms("contact-sales", "newsletter", "partner-import")
	mail := &sentMail{}
	p.Config = &console.ConfigTools{
		Versions:      &versions.Service{Store: s, Builtin: config.Builtin, Check: configcheck.CheckFiles, Now: p.Now},
		Counters:      s.Routing(),
		Mail:          mail,
		PostalAddress: "Northwind Insights, 1 Harbour Row, Bristol",
		PublicBaseURL: "https://leads.example",
	}
	return p, s, mail
}

// sentMail records the test e-mails a console sent.
type sentMail struct {
	mu   sync.Mutex
	sent []struct{ from, to, raw string }
}

func (m *sentMail) SendRaw(_ context.Context, from, to string, raw []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, struct{ from, to, raw string }{from, to, string(raw)})
	return nil
}

// draft is a request form carrying kind's built-in files, with each
// replacement (old, new) applied to the named file.
func draft(t *testing.T, kind versions.Kind, file string, replace ...string) url.Values {
	t.Helper()
	f := url.Values{}
	for name, text := range config.Builtin(kind) {
		if name == file {
			for i := 0; i+1 < len(replace); i += 2 {
				if !strings.Contains(text, replace[i]) {
					t.Fatalf("%s holds no %q", name, replace[i])
				}
				text = strings.Replace(text, replace[i], replace[i+1], 1)
			}
		}
		f.Set("file:"+name, text)
	}
	return f
}

func with(f url.Values, kv ...string) url.Values {
	out := url.Values{}
	for k, v := range f {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out.Set(kv[i], kv[i+1])
	}
	return out
}

func TestConfigScreensOnDynamoDB(t *testing.T) {
	p, s, _ := configPages(t)
	mux := serve(p)
	ctx := context.Background()
	stricter := draft(t, versions.Rules, "rules.yaml", "      qualify_at: 55\n", "      qualify_at: 75\n")

	t.Run("only marketing and admin open the configuration", func(t *testing.T) {
		for _, tt := range []struct {
			user *console.User
			want int
		}{{marketing, 200}, {admin, 200}, {sales, 403}, {reviewer, 403}, {nobody, 403}} {
			w := req{method: "GET", path: "/console/api/config", user: tt.user}.do(t, mux)
			if w.Code != tt.want {
				t.Errorf("%s: status %d, want %d: %s", tt.user.Name, w.Code, tt.want, w.Body)
			}
		}
		w := req{method: "POST", path: "/console/api/config/rules/versions", user: sales, form: stricter}.do(t, mux)
		if w.Code != http.StatusForbidden {
			t.Errorf("sales saving a version: status %d, want 403", w.Code)
		}
	})

	t.Run("a fresh stack runs version 1 of every kind", func(t *testing.T) {
		home := decode[console.ConfigHome](t, req{method: "GET", path: "/console/api/config", user: marketing}.do(t, mux))
		if len(home.Kinds) != len(versions.Kinds) {
			t.Fatalf("%d kinds, want %d", len(home.Kinds), len(versions.Kinds))
		}
		for _, k := range home.Kinds {
			if k.Live.Number != 1 || len(k.History) != 1 || !k.History[0].Live {
				t.Errorf("%s: live %+v, history %+v", k.Kind, k.Live, k.History)
			}
		}
	})

	t.Run("checking a draft names each problem's line", func(t *testing.T) {
		bad := draft(t, versions.Rules, "rules.yaml", "      qualify_at: 55\n", "      qualify_at: 155\n")
		res := decode[console.CheckResult](t, req{method: "POST", path: "/console/api/config/rules/check", user: marketing, form: bad}.do(t, mux))
		if len(res.Problems) == 0 || res.Problems[0].File != "rules.yaml" || res.Problems[0].Line != lineOf(t, bad.Get("file:rules.yaml"), "qualify_at: 155") {
			t.Fatalf("problems %+v, want rules.yaml at the line of qualify_at: 155", res.Problems)
		}
		res = decode[console.CheckResult](t, req{method: "POST", path: "/console/api/config/rules/check", user: marketing, form: stricter}.do(t, mux))
		if len(res.Problems) != 0 {
			t.Fatalf("a good draft has problems: %+v", res.Problems)
		}
	})

	t.Run("a draft with problems is not saved", func(t *testing.T) {
		bad := draft(t, versions.Routing, "routing.yaml", "default_team: inbound", "default_team: nobody-here")
		w := req{method: "POST", path: "/console/api/config/routing/versions", user: marketing, form: bad}.do(t, mux)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"config_problems"`) {
			t.Fatalf("status %d, want 400 config_problems: %s", w.Code, w.Body)
		}
		if vs, err := s.ConfigVersions(ctx, versions.Routing, 5); err != nil || len(vs) != 0 {
			t.Fatalf("versions stored: %v, %v", vs, err)
		}
	})

	t.Run("the diff shows the changed line against the live version", func(t *testing.T) {
		res := decode[console.DiffResult](t, req{method: "POST", path: "/console/api/config/rules/diff", user: marketing, form: stricter}.do(t, mux))
		if len(res.Diffs) != 1 || !strings.Contains(res.Diffs[0].Diff, "-      qualify_at: 55\n+      qualify_at: 75\n") {
			t.Fatalf("diffs %+v", res.Diffs)
		}
	})

	t.Run("save, publish, roll back, each in the audit trail", func(t *testing.T) {
		w := req{method: "POST", path: "/console/api/config/rules/versions", user: marketing, form: with(stricter, "base", "1", "latest", "1", "note", "contact-sales: a higher bar")}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("save: status %d: %s", w.Code, w.Body)
		}
		pg := decode[console.EditorPage](t, w)
		if pg.Base != 2 || pg.Latest != 2 || pg.Live.Number != 1 {
			t.Fatalf("after save: base %d, latest %d, live %d", pg.Base, pg.Latest, pg.Live.Number)
		}
		v2, err := s.ConfigVersion(ctx, versions.Rules, 2)
		if err != nil || v2.Author != marketing.Name || v2.Note != "contact-sales: a higher bar" || !strings.Contains(v2.Files["rules.yaml"], "qualify_at: 75") {
			t.Fatalf("stored v2 %+v, %v", v2, err)
		}

		w = req{method: "POST", path: "/console/api/config/rules/versions/2/publish", user: marketing, form: url.Values{"live": {"1"}}}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("publish: status %d: %s", w.Code, w.Body)
		}
		if l, err := s.LiveConfig(ctx, versions.Rules); err != nil || l.Number != 2 || l.PublishedBy != marketing.Name {
			t.Fatalf("live after publish %+v, %v", l, err)
		}
		pg = decode[console.EditorPage](t, w)
		if pg.Live.RollbackTo != 1 {
			t.Fatalf("after publish a rollback goes to v%d, want v1", pg.Live.RollbackTo)
		}

		w = req{method: "POST", path: "/console/api/config/rules/rollback", user: admin, form: url.Values{"live": {"2"}}}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("rollback: status %d: %s", w.Code, w.Body)
		}
		if l, err := s.LiveConfig(ctx, versions.Rules); err != nil || l.Number != 1 {
			t.Fatalf("live after rollback %+v, %v", l, err)
		}

		entries, _, err := s.Audit(ctx, 10, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range entries {
			got = append(got, e.Actor+" "+e.Action+" "+e.Detail)
		}
		want := []string{"ada config rollback rules v1", "maria config publish rules v2", "maria config save rules v2"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("audit trail %q, want %q", got, want)
		}
	})

	t.Run("someone else's change meanwhile is refused, not overwritten", func(t *testing.T) {
		// The page was opened when v1 was the newest and live; v2 was
		// saved and published, then rolled back, since.
		for _, tt := range []struct{ name, path string }{
			{"save", "/console/api/config/rules/versions"},
			{"publish", "/console/api/config/rules/versions/2/publish"},
		} {
			form := with(stricter, "base", "1", "latest", "1", "live", "2")
			w := req{method: "POST", path: tt.path, user: marketing, form: form}.do(t, mux)
			if w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), "Someone else changed this") {
				t.Errorf("%s: status %d, want 409 saying someone else changed it: %s", tt.name, w.Code, w.Body)
			}
		}
		if vs, _ := s.ConfigVersions(ctx, versions.Rules, 5); len(vs) != 2 {
			t.Errorf("%d versions stored, want 2", len(vs))
		}
		if l, _ := s.LiveConfig(ctx, versions.Rules); l.Number != 1 {
			t.Errorf("live v%d, want v1", l.Number)
		}
	})

	t.Run("publishing a version that no longer agrees with the others is refused", func(t *testing.T) {
		// Routing v2 routes a form by name; forms v2, published first,
		// renames that form, so routing v2 can no longer be published.
		rv := decode[console.EditorPage](t, req{method: "POST", path: "/console/api/config/routing/versions", user: marketing,
			form: draft(t, versions.Routing, "routing.yaml", "forms: [contact-sales]", "forms: [contact-sales, partner-import]")}.do(t, mux))
		fv := decode[console.EditorPage](t, req{method: "POST", path: "/console/api/config/forms/versions", user: marketing,
			form: draft(t, versions.Forms, "forms.yaml", "  - id: partner-import\n", "  - id: partner-feed\n")}.do(t, mux))
		if fv.Base != 2 || rv.Base != 2 {
			t.Fatalf("saved forms v%d, routing v%d", fv.Base, rv.Base)
		}
		w := req{method: "POST", path: "/console/api/config/forms/versions/2/publish", user: marketing}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("publish forms v2: %d %s", w.Code, w.Body)
		}
		w = req{method: "POST", path: "/console/api/config/routing/versions/2/publish", user: marketing, html: true}.do(t, mux)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "partner-import") {
			t.Fatalf("publish routing v2: status %d, want 400 naming the form: %s", w.Code, w.Body)
		}
		checkFragment(t, w)
		if l, _ := s.LiveConfig(ctx, versions.Routing); l != nil {
			t.Fatalf("routing live %+v, want none published", l)
		}
	})

	t.Run("every screen renders without inline script or style", func(t *testing.T) {
		for _, path := range []string{"/console/api/config", "/console/api/config/rules", "/console/api/config/forms", "/console/api/config/routing", "/console/api/config/sequences", "/console/api/config/rules?version=2"} {
			w := req{method: "GET", path: path, user: marketing, html: true}.do(t, mux)
			if w.Code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", path, w.Code, w.Body)
			}
			checkFragment(t, w)
		}
		w := req{method: "POST", path: "/console/api/config/rules/diff", user: marketing, form: stricter, html: true}.do(t, mux)
		checkFragment(t, w)
		if !strings.Contains(w.Body.String(), `<span class="cfg-add">&#43;      qualify_at: 75</span>`) {
			t.Errorf("diff fragment does not mark the added line:\n%s", w.Body)
		}
	})

	t.Run("a bad kind or version is a clear error", func(t *testing.T) {
		for _, tt := range []struct {
			method, path string
			want         int
			code         string
		}{
			{"GET", "/console/api/config/colours", 400, "unknown_kind"},
			{"GET", "/console/api/config/rules?version=x", 400, "validation_failed"},
			{"GET", "/console/api/config/rules?version=99", 404, "version_not_found"},
			{"POST", "/console/api/config/rules/versions/99/publish", 404, "version_not_found"},
			{"POST", "/console/api/config/sequences/rollback", 400, "nothing_to_roll_back"},
			{"POST", "/console/api/config/rules/check", 400, "validation_failed"},
		} {
			w := req{method: tt.method, path: tt.path, user: marketing, form: url.Values{"note": {"x"}}}.do(t, mux)
			if w.Code != tt.want || !strings.Contains(w.Body.String(), `"`+tt.code+`"`) {
				t.Errorf("%s %s: status %d, want %d %s: %s", tt.method, tt.path, w.Code, tt.want, tt.code, w.Body)
			}
		}
	})

	t.Run("a refused rollback shows the live version, not a draft", func(t *testing.T) {
		w := req{method: "POST", path: "/console/api/config/sequences/rollback", user: marketing, html: true}.do(t, mux)
		body := w.Body.String()
		if w.Code != http.StatusBadRequest || !strings.Contains(body, `id="cfg-error"`) {
			t.Fatalf("status %d, want 400 with the reason shown: %s", w.Code, body)
		}
		if strings.Contains(body, "(not saved)") {
			t.Errorf("the live version is titled as an unsaved draft:\n%s", body)
		}
	})
}

// lineOf is the 1-based line of text holding fragment.
func lineOf(t *testing.T, text, fragment string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, fragment) {
			return i + 1
		}
	}
	t.Fatalf("no %q in text", fragment)
	return 0
}

// goodLead is a lead the shipped rules qualify on the partner-import form:
// a manager with a budget at a mid-sized company.
func goodLead(email, company string, after time.Duration, change ...func(*lead.Lead)) *lead.Lead {
	return mkLead("partner-import", email, lead.VerdictQualified, after, append([]func(*lead.Lead){func(l *lead.Lead) {
		l.Fields.Company, l.Fields.JobTitle, l.Fields.Country = company, "Head of Operations", "US"
		l.Fields.CompanySize, l.Fields.Budget, l.Fields.Timeline = "51-200", "25k-100k", "this quarter"
		l.Fields.Message = "We would like a demo for our team next month."
		l.Context.UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"
		l.Context.AcceptLanguage = "en-US"
		elapsed := int64(45000)
		l.Context.ElapsedMS = &elapsed
	}}, change...)...)
}

func outcome(k lead.OutcomeKind) func(*lead.Lead) {
	return func(l *lead.Lead) { l.Outcome = &lead.Outcome{Kind: k, At: l.ReceivedAt.Add(time.Hour), By: "sam"} }
}

func TestConfigBacktest(t *testing.T) {
	leads := []*lead.Lead{
		goodLead("ana@acme-tools.com", "Acme Tools", 1*time.Hour, outcome(lead.OutcomeWon)),
		goodLead("bo@brightline.com", "Brightline", 2*time.Hour, outcome(lead.OutcomeLost)),
		goodLead("cy@copperfield.com", "Copperfield", 3*time.Hour, outcome(lead.OutcomeBadFit)),
		// No outcome: not history.
		goodLead("di@dunmore.com", "Dunmore", 4*time.Hour),
	}
	p, _, _ := configPages(t, leads...)
	mux := serve(p)
	run := func(t *testing.T, form url.Values) console.BacktestPage {
		t.Helper()
		w := req{method: "POST", path: "/console/api/config/rules/backtest", user: marketing, form: form}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		return decode[console.BacktestPage](t, w)
	}

	t.Run("the live rules against themselves change nothing", func(t *testing.T) {
		pg := run(t, draft(t, versions.Rules, "rules.yaml"))
		r := pg.Report
		if r.Records != 3 || r.Outcomes[backtest.OutcomeWon] != 1 || r.Outcomes[backtest.OutcomeLost] != 1 || r.Outcomes[backtest.OutcomeBad] != 1 {
			t.Fatalf("history %d leads, outcomes %v; want the 3 with an outcome", r.Records, r.Outcomes)
		}
		if len(r.Changed) != 0 || r.Baseline.Qualified != r.Candidate.Qualified {
			t.Fatalf("changes %+v", r.Changed)
		}
		if r.Baseline.Qualified != 3 || r.Baseline.WonQualified != 1 || r.Baseline.BadQualified != 1 || *r.Baseline.Precision != 1.0/3 || *r.Baseline.Recall != 1 {
			t.Fatalf("baseline %+v: the fixture leads should all qualify", r.Baseline)
		}
	})

	t.Run("a field no lead filled in stops every lead reaching sales", func(t *testing.T) {
		pg := run(t, draft(t, versions.Rules, "rules.yaml", "required_fields: [email, company] #", "required_fields: [email, company, phone] #"))
		r := pg.Report
		if r.Candidate.Qualified != 0 || r.Candidate.WonQualified != 0 || r.Candidate.WonMissed != 1 || r.Candidate.Recall == nil || *r.Candidate.Recall != 0 {
			t.Fatalf("candidate %+v", r.Candidate)
		}
		if len(r.Changed) != 3 {
			t.Fatalf("changed %+v, want the 3 leads", r.Changed)
		}
		for _, c := range r.Changed {
			if c.From != lead.VerdictQualified || c.To == lead.VerdictQualified {
				t.Errorf("change %+v", c)
			}
		}
		w := req{method: "POST", path: "/console/api/config/rules/backtest", user: marketing, html: true,
			form: draft(t, versions.Rules, "rules.yaml", "required_fields: [email, company] #", "required_fields: [email, company, phone] #")}.do(t, mux)
		checkFragment(t, w)
		if !strings.Contains(w.Body.String(), "3 leads whose verdict changes") {
			t.Errorf("fragment does not count the changes:\n%s", w.Body)
		}
	})

	t.Run("a draft with problems is not back-tested", func(t *testing.T) {
		w := req{method: "POST", path: "/console/api/config/rules/backtest", user: marketing,
			form: draft(t, versions.Rules, "rules.yaml", "    qualify_at: 60 ", "    qualify_at: many ")}.do(t, mux)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"config_problems"`) {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
	})
}

func TestConfigSequencePreviewAndTestSend(t *testing.T) {
	l := goodLead("ana@acme-tools.com", "Smith & Sons", time.Hour, func(l *lead.Lead) { l.Fields.FirstName = "Ana" })
	p, _, mail := configPages(t, l)
	mux := serve(p)
	form := with(draft(t, versions.Sequences, "general.yaml"), "sequence", "general.yaml", "step", "3", "lead", l.ID)

	t.Run("a step rendered for a real lead, footer included", func(t *testing.T) {
		w := req{method: "POST", path: "/console/api/config/sequences/preview", user: marketing, form: form}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		pg := decode[console.PreviewPage](t, w)
		if pg.Subject != "Anything we can help with?" || pg.Step != 3 || pg.Steps != 3 {
			t.Errorf("subject %q", pg.Subject)
		}
		for part, body := range map[string]string{"text": pg.Text, "html": pg.HTML} {
			for _, want := range []string{"Ana", "https://leads.example/u/preview", "Northwind Insights, 1 Harbour Row, Bristol"} {
				if !strings.Contains(body, want) {
					t.Errorf("%s part lacks %q:\n%s", part, want, body)
				}
			}
		}
		if strings.Contains(pg.HTML, "Smith & Sons") || !strings.Contains(pg.HTML, "Smith &amp; Sons") {
			t.Errorf("the lead's company is not escaped in the HTML part:\n%s", pg.HTML)
		}
	})

	t.Run("the test goes to the signed-in user only", func(t *testing.T) {
		me := &console.User{Subject: "sub-mkt", Name: "maria@northwind.example", Groups: []console.Group{console.GroupMarketing}}
		w := req{method: "POST", path: "/console/api/config/sequences/test-send", user: me, form: with(form, "to", "someone.else@example.com")}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		if len(mail.sent) != 1 || mail.sent[0].to != "maria@northwind.example" || !strings.Contains(mail.sent[0].raw, "To: <maria@northwind.example>") || strings.Contains(mail.sent[0].raw, "someone.else") {
			t.Fatalf("sent %+v", mail.sent)
		}
		if !strings.Contains(mail.sent[0].raw, "Subject: [test] Anything we can help with?") {
			t.Errorf("the test's subject does not say it is a test:\n%s", mail.sent[0].raw)
		}
		// A user whose name is no address gets a clear refusal.
		w = req{method: "POST", path: "/console/api/config/sequences/test-send", user: marketing, form: form}.do(t, mux)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"no_address"`) || len(mail.sent) != 1 {
			t.Fatalf("no address: status %d: %s", w.Code, w.Body)
		}
	})

	t.Run("bad choices are clear errors", func(t *testing.T) {
		for _, tt := range []struct {
			field, value string
			want         int
		}{{"step", "9", 400}, {"step", "0", 400}, {"sequence", "nope.yaml", 400}, {"lead", "01NOPE", 404}} {
			w := req{method: "POST", path: "/console/api/config/sequences/preview", user: marketing, form: with(form, tt.field, tt.value)}.do(t, mux)
			if w.Code != tt.want {
				t.Errorf("%s=%s: status %d, want %d: %s", tt.field, tt.value, w.Code, tt.want, w.Body)
			}
		}
	})
}

func TestConfigRoutingDryRun(t *testing.T) {
	leads := []*lead.Lead{
		goodLead("ana@acme-tools.com", "Acme Tools", 1*time.Hour),
		goodLead("bo@brightline.com", "Brightline", 2*time.Hour, func(l *lead.Lead) { l.Fields.Country = "DE" }),
		goodLead("cy@copperfield.com", "Copperfield", 3*time.Hour, func(l *lead.Lead) { l.Fields.CompanySize = "1000+" }),
		mkLead("partner-import", "nurtured@example.com", lead.VerdictNurture, 4*time.Hour),
	}
	p, _, _ := configPages(t, leads...)
	mux := serve(p)
	dry := func(t *testing.T, form url.Values) console.DryRunPage {
		t.Helper()
		w := req{method: "POST", path: "/console/api/config/routing/dry-run", user: marketing, form: form}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		return decode[console.DryRunPage](t, w)
	}

	live := dry(t, draft(t, versions.Routing, "routing.yaml"))
	if len(live.Rows) != 3 || live.Changed != 0 {
		t.Fatalf("the live routing against itself: %+v", live)
	}
	for _, r := range live.Rows {
		if r.Now != r.After || r.Now == "" || strings.Contains(r.Now, "default sales address") {
			t.Fatalf("row %+v", r)
		}
	}

	// Everyone away today: each lead goes to an overflow inbox or the
	// default sales address instead of the rep it goes to now.
	edit := url.Values{}
	routing := decode[console.EditorPage](t, req{method: "GET", path: "/console/api/config/routing", user: marketing}.do(t, mux)).Routing
	today := p.Now().In(mustLoc(t, "Europe/London")).Format(time.DateOnly)
	for _, tm := range routing {
		for i := range tm.Members {
			prefix := "member." + tm.Team + "." + strconv.Itoa(i) + "."
			edit.Set(prefix+"away_from", today)
			edit.Set(prefix+"away_until", today)
		}
	}
	base := draft(t, versions.Routing, "routing.yaml")
	w := req{method: "POST", path: "/console/api/config/routing/form", user: marketing, form: merge(base, edit)}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("form editor: status %d: %s", w.Code, w.Body)
	}
	pg := decode[console.EditorPage](t, w)
	if len(pg.Problems) != 0 || !pg.Draft {
		t.Fatalf("the edited draft: problems %+v, draft %v", pg.Problems, pg.Draft)
	}
	away := dry(t, url.Values{"file:routing.yaml": {pg.Files[0].Text}})
	if away.Changed != 3 {
		t.Fatalf("with everyone away %d of 3 change: %+v", away.Changed, away.Rows)
	}
	for i, r := range away.Rows {
		if r.LeadID != live.Rows[i].LeadID || r.Now != live.Rows[i].Now {
			t.Errorf("row %d %+v, live %+v", i, r, live.Rows[i])
		}
	}
}

func merge(a, b url.Values) url.Values {
	out := url.Values{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
