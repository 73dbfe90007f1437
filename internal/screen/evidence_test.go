package screen

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestEvidence checks that a weak sign alone never makes a lead junk,
// that two independent signs do, and that decisive signs still decide
// alone.
func TestEvidence(t *testing.T) {
	mash := fakeNames{m: map[string]float64{"Xqzvkwj": 0.99, "Jkdfhgsk": 0.99, "Qwkrtzpf": 0.99, "qwkrtzpf": 0.99}, def: 0.05}
	rendered := func(ago time.Duration) func(*lead.Submission) {
		return func(s *lead.Submission) { s.Control.Token = testSigner(t).Issue("contact", t0.Add(-ago)) }
	}
	// elapsed is an export's elapsed_ms: render tokens count whole seconds.
	elapsed := func(ms int64) func(*lead.Submission) {
		return func(s *lead.Submission) { s.Control.Token, s.Context.ElapsedMS = "", &ms }
	}
	tests := []struct {
		name    string
		cfg     func(*Config)
		edit    []func(*lead.Submission)
		want    lead.ScreenVerdict
		signs   []string // codes that must be among the reasons
		holding bool     // an uncorroborated reason holds the score
	}{
		// Weak signs alone: held below review, never junk nor held for a
		// person (review is for doubt, and one weak sign is none).
		{name: "autofill 2 s after render: below review on its own points", edit: []func(*lead.Submission){rendered(2 * time.Second)},
			want: lead.ScreenPass, signs: []string{CodeSubmitTooFast}},
		{name: "autofill 1.6 s after render", edit: []func(*lead.Submission){elapsed(1600)},
			want: lead.ScreenPass, signs: []string{CodeSubmitTooFast}, holding: true},
		{name: "rare first and last name read as mash", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName = "Xqzvkwj", "Jkdfhgsk"
		}}, want: lead.ScreenPass, signs: []string{CodeGibberishName}, holding: true},
		{name: "rare name with an address made from it", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Email = "Xqzvkwj", "Jkdfhgsk", "xjkdfhgsk@northwind-logistics.com"
		}}, want: lead.ScreenPass, signs: []string{CodeGibberishName}, holding: true},
		{name: "weak sign with a role account is still alone", edit: []func(*lead.Submission){rendered(2 * time.Second),
			func(s *lead.Submission) { s.Fields.Email = "info@northwind-logistics.com" }},
			want: lead.ScreenPass, signs: []string{CodeSubmitTooFast, CodeRoleAccount}, holding: true},
		{name: "a real Peter Parker", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Email = "Peter", "Parker", "peter.parker@northwind-logistics.com"
		}}, want: lead.ScreenPass, signs: []string{CodePlaceholderIdentity}, holding: true},

		{name: "autofill 2.6 s after render by a real Peter Parker", edit: []func(*lead.Submission){elapsed(2600),
			func(s *lead.Submission) {
				s.Fields.FirstName, s.Fields.LastName, s.Fields.Email = "Peter", "Parker", "peter.parker@northwind-logistics.com"
			}}, want: lead.ScreenPass, signs: []string{CodePlaceholderIdentity, CodeSubmitTooFast}, holding: true},

		// Two independent signs: junk.
		{name: "placeholder name at a placeholder company", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Company = "Max", "Mustermann", "Example GmbH"
		}}, want: lead.ScreenJunk, signs: []string{CodePlaceholderIdentity}},
		{name: "bot user agent and too fast", edit: []func(*lead.Submission){rendered(2 * time.Second),
			func(s *lead.Submission) { s.Context.UserAgent = "python-requests/2.31" }},
			want: lead.ScreenJunk, signs: []string{CodeSubmitTooFast, CodeBotUserAgent}},
		{name: "mashed name and mashed company", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.Company = "Xqzvkwj", "Qwkrtzpf"
		}}, want: lead.ScreenJunk, signs: []string{CodeGibberishName}},
		{name: "mashed name and a mashed address of other letters", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Email = "Xqzvkwj", "Jkdfhgsk", "qwkrtzpf@gmail.com"
		}}, want: lead.ScreenJunk, signs: []string{CodeGibberishName}},
		{name: "too fast and a mashed name", edit: []func(*lead.Submission){rendered(2 * time.Second),
			func(s *lead.Submission) { s.Fields.FirstName, s.Fields.LastName = "Xqzvkwj", "Jkdfhgsk" }},
			want: lead.ScreenJunk, signs: []string{CodeSubmitTooFast, CodeGibberishName}},
		{name: "library agent posing as a visitor", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Context.UserAgent, s.Context.Referer = "python-requests/2.31", "https://www.example.com/contact"
		}}, want: lead.ScreenJunk, signs: []string{CodeBotUserAgent}},

		// Decisive signs alone: junk.
		{name: "sub-second submit: faster than autofill", edit: []func(*lead.Submission){rendered(800 * time.Millisecond)},
			want: lead.ScreenJunk, signs: []string{CodeSubmitInstant}},
		{name: "honeypot", edit: []func(*lead.Submission){func(s *lead.Submission) { s.Control.Honeypot = "http://spam.example" }},
			want: lead.ScreenJunk, signs: []string{CodeHoneypotFilled}},
		{name: "disposable address", edit: []func(*lead.Submission){func(s *lead.Submission) { s.Fields.Email = "maria@mailinator.com" }},
			want: lead.ScreenJunk, signs: []string{CodeDisposableEmail}},
		{name: "invalid address", edit: []func(*lead.Submission){func(s *lead.Submission) { s.Fields.Email = "maria@@northwind" }},
			want: lead.ScreenJunk, signs: []string{CodeEmailInvalid}},
		{name: "URL in a name field", edit: []func(*lead.Submission){func(s *lead.Submission) { s.Fields.Company = "https://cheap-seo.example" }},
			want: lead.ScreenJunk, signs: []string{CodeURLInName}},
		{name: "placeholder identity at a reserved domain", edit: []func(*lead.Submission){func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Email = "John", "Doe", "john.doe@example.com"
		}}, want: lead.ScreenJunk, signs: []string{CodeTestEntry, CodeEmailReservedDomain}},

		// The rules file decides what is weak and how much corroborates.
		{name: "weak_signs replaced: too fast decides alone", cfg: func(c *Config) { c.Evidence.WeakSigns = []string{CodeRoleAccount} },
			edit: []func(*lead.Submission){elapsed(1500)}, want: lead.ScreenJunk, signs: []string{CodeSubmitTooFast}},
		{name: "corroboration lowered: a role account agrees", cfg: func(c *Config) {
			c.Evidence.CorroborationPoints = 10
		}, edit: []func(*lead.Submission){elapsed(1500),
			func(s *lead.Submission) { s.Fields.Email = "info@northwind-logistics.com" }},
			want: lead.ScreenJunk, signs: []string{CodeSubmitTooFast, CodeRoleAccount}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, tc.cfg, func(d *Deps) { d.Names = mash })
			sub := genuine(t, e.deps.Tokens)
			for _, f := range tc.edit {
				f(sub)
			}
			s := e.Screen(context.Background(), testForm(), sub)
			checkScreening(t, e, s)
			if s.Verdict != tc.want {
				t.Errorf("verdict %s (score %d), want %s; reasons %v", s.Verdict, s.Score, tc.want, s.Reasons)
			}
			codes := codesOf(s)
			for _, c := range tc.signs {
				if !slices.Contains(codes, c) {
					t.Errorf("no %s among %v", c, codes)
				}
			}
			r, held := reasonFor(s, CodeUncorroborated)
			if held != tc.holding {
				t.Fatalf("uncorroborated reason present = %v, want %v (%v)", held, tc.holding, codes)
			}
			if held {
				if s.Score != e.cfg.ReviewAt-1 || r.Points >= 0 {
					t.Errorf("held at %d with %d points, want %d and negative points", s.Score, r.Points, e.cfg.ReviewAt-1)
				}
				if !strings.Contains(r.Detail, tc.signs[0]) || !strings.Contains(r.Detail, "weak sign") {
					t.Errorf("detail %q does not name the weak sign %s", r.Detail, tc.signs[0])
				}
			}
		})
	}
}

// TestEvidenceServerIntegration: an HTTP library posting to a form that
// needs no render token, with no page claimed, is a server integration;
// the same library claiming a page is a bot posing as a visitor.
func TestEvidenceServerIntegration(t *testing.T) {
	for _, tc := range []struct {
		name    string
		referer string
		want    lead.ScreenVerdict
	}{
		{"no page claimed", "", lead.ScreenPass},
		{"a page claimed", "https://www.example.com/contact", lead.ScreenJunk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, nil, nil)
			sub := genuine(t, e.deps.Tokens)
			sub.Control.Token, sub.Context.UserAgent, sub.Context.Referer, sub.Context.Origin = "", "python-requests/2.31", tc.referer, ""
			form := testForm()
			form.RenderToken = false // an export without timing, or an integration
			s := e.Screen(context.Background(), form, sub)
			if s.Verdict != tc.want {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.want, s.Reasons)
			}
		})
	}
}

// TestEvidenceTieGoesToDecisive checks that a decisive sign as strong as a
// weak one is the strongest sign, so it decides.
func TestEvidenceTieGoesToDecisive(t *testing.T) {
	e := testEngine(t, func(c *Config) { c.Points = map[string]int{CodeSubmitTooFast: 60} }, nil)
	rs := []lead.Reason{{Code: CodeSubmitTooFast, Points: 60}, {Code: CodeDisposableEmail, Points: 60}}
	if _, ok := e.uncorroborated(nil, rs); ok {
		t.Error("a decisive sign tied with a weak one was not taken as the strongest")
	}
	rs = []lead.Reason{{Code: CodeSubmitTooFast, Points: 60}, {Code: CodeGibberishName, Points: 60}}
	if _, ok := e.uncorroborated(nil, rs); ok {
		t.Error("two weak signs of 60 points each were not taken as corroborating each other")
	}
	rs = []lead.Reason{{Code: CodeGibberishName, Points: 30}, {Code: CodeGibberishName, Points: 30}}
	if lone, ok := e.uncorroborated(nil, rs); !ok || lone != CodeGibberishName {
		t.Errorf("one code twice counted as two signs: %v %v", lone, ok)
	}
}

func TestEvidenceConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  func(*Config)
		want string // "" for valid
	}{
		{"defaults", nil, ""},
		{"known weak code", func(c *Config) { c.Evidence.WeakSigns = []string{CodeSpamModel} }, ""},
		{"unknown weak code", func(c *Config) { c.Evidence.WeakSigns = []string{"spam_modle"} }, `unknown reason code "spam_modle"`},
		{"negative corroboration", func(c *Config) { c.Evidence.CorroborationPoints = -1 }, "corroboration_points -1"},
		{"points for the computed code", func(c *Config) { c.Points = map[string]int{CodeUncorroborated: 10} }, "is computed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			if tc.cfg != nil {
				tc.cfg(&c)
			}
			err := c.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestEveryWeakSignIsACode keeps the built-in weak list in step with Codes.
func TestEveryWeakSignIsACode(t *testing.T) {
	for _, c := range DefaultWeakSigns {
		if _, ok := DefaultPoints(c); !ok {
			t.Errorf("weak sign %q is not a reason code", c)
		}
	}
	for _, c := range []string{CodeHoneypotFilled, CodeDisposableEmail, CodeEmailInvalid, CodeEmailNoMX,
		CodeURLInName, CodeTestEntry, CodeEmailReservedDomain} {
		if slices.Contains(DefaultWeakSigns, c) {
			t.Errorf("%s must decide alone, but is listed weak", c)
		}
	}
}

// TestAutofillPoints: submit_too_fast weighs its points just above half
// of min_age and nearly nothing just below min_age, where autofill users
// submit; a 2.5 s autofill is below the corroboration points.
func TestAutofillPoints(t *testing.T) {
	const minAge = 3 * time.Second
	for _, tc := range []struct {
		age  time.Duration
		want int
	}{
		{1500 * time.Millisecond, 60},
		{2 * time.Second, 27},
		{2500 * time.Millisecond, 7},
		{2900 * time.Millisecond, 1},
		{2999 * time.Millisecond, 1}, // never 0: it is still below the minimum
	} {
		if got := autofillPoints(60, tc.age, minAge); got != tc.want {
			t.Errorf("autofillPoints(60, %v, %v) = %d, want %d", tc.age, minAge, got, tc.want)
		}
	}
	if got := autofillPoints(0, 2*time.Second, minAge); got != 0 {
		t.Errorf("a code switched off to 0 points got %d", got)
	}
}
