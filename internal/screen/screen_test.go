package screen

import (
	"context"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestGenuineSubmissionPasses(t *testing.T) {
	e := testEngine(t, nil, nil)
	sub := genuine(t, e.deps.Tokens)
	s := e.Screen(context.Background(), testForm(), sub)
	checkScreening(t, e, s)
	if s.Verdict != lead.ScreenPass || s.Score != 0 {
		t.Fatalf("genuine lead: %s %d %v", s.Verdict, s.Score, s.Reasons)
	}
	if s.FreeMail || s.EmailSuggestion != "" {
		t.Fatalf("unexpected email flags: %+v", s)
	}
}

// detCase is one detector scenario applied to the genuine submission.
type detCase struct {
	name   string
	sub    func(*lead.Submission)
	form   func(*Form)
	cfg    func(*Config)
	deps   func(*Deps)
	want   string   // code that must be present
	points int      // its points when non-zero
	not    []string // codes that must be absent
}

func runCases(t *testing.T, cases []detCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, tc.cfg, tc.deps)
			sub := genuine(t, testSigner(t))
			if tc.sub != nil {
				tc.sub(sub)
			}
			form := testForm()
			if tc.form != nil {
				tc.form(&form)
			}
			s := e.Screen(context.Background(), form, sub)
			checkScreening(t, e, s)
			if tc.want != "" {
				r, ok := reasonFor(s, tc.want)
				if !ok {
					t.Fatalf("want %s, got %v", tc.want, s.Reasons)
				}
				if tc.points != 0 && r.Points != tc.points {
					t.Errorf("%s points %d, want %d", tc.want, r.Points, tc.points)
				}
			}
			for _, c := range tc.not {
				if r, ok := reasonFor(s, c); ok {
					t.Errorf("unexpected %s: %q", c, r.Detail)
				}
			}
		})
	}
}

var botCodes = []string{CodeHoneypotFilled, CodeSubmitTooFast, CodeSubmitInstant, CodeRenderTokenMissing, CodeRenderTokenInvalid,
	CodeRenderTokenExpired, CodeRenderTokenReplayed, CodeRenderTokenUnchecked, CodeBotUserAgent,
	CodeUserAgentMissing, CodeAcceptLanguageMissing, CodeOriginNotAllowed}

func TestBotDetectors(t *testing.T) {
	s := testSigner(t)
	runCases(t, []detCase{
		{name: "clean", not: botCodes},
		{name: "honeypot", sub: func(x *lead.Submission) { x.Control.Honeypot = "http://spam.example" }, want: CodeHoneypotFilled, points: 100},
		{name: "honeypot whitespace only", sub: func(x *lead.Submission) { x.Control.Honeypot = "  " }, not: []string{CodeHoneypotFilled}},
		{name: "instant", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("contact", t0.Add(-time.Second)) }, want: CodeSubmitInstant, points: 60, not: []string{CodeSubmitTooFast}},
		{name: "too fast for typing, not for autofill", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("contact", t0.Add(-2*time.Second)) }, want: CodeSubmitTooFast, points: 27, not: []string{CodeSubmitInstant}},
		{name: "exactly half min age is autofill", sub: func(x *lead.Submission) { x.Control.Token = ""; x.Context.ElapsedMS = ptr(int64(1500)) }, want: CodeSubmitTooFast, not: []string{CodeSubmitInstant}},
		{name: "exactly min age", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("contact", t0.Add(-3*time.Second)) }, not: botCodes},
		{name: "expired", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("contact", t0.Add(-25*time.Hour)) }, want: CodeRenderTokenExpired},
		{name: "missing", sub: func(x *lead.Submission) { x.Control.Token = "" }, want: CodeRenderTokenMissing},
		{name: "forged", sub: func(x *lead.Submission) { x.Control.Token = x.Control.Token[:10] + "AAAA" + x.Control.Token[14:] }, want: CodeRenderTokenInvalid},
		{name: "garbage", sub: func(x *lead.Submission) { x.Control.Token = "hello" }, want: CodeRenderTokenInvalid},
		{name: "other form", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("newsletter", t0.Add(-time.Minute)) }, want: CodeRenderTokenInvalid},
		{name: "future", sub: func(x *lead.Submission) { x.Control.Token = s.Issue("contact", t0.Add(time.Hour)) }, want: CodeRenderTokenInvalid},
		{name: "no signer", deps: func(d *Deps) { d.Tokens = nil }, want: CodeRenderTokenUnchecked, points: 0},
		{name: "server-fed form needs no token", sub: func(x *lead.Submission) { x.Control.Token = "" }, form: func(f *Form) { f.RenderToken = false }, not: botCodes},
		{name: "batch elapsed ok", sub: func(x *lead.Submission) { x.Control.Token = ""; x.Context.ElapsedMS = ptr(int64(35_000)) }, not: botCodes},
		{name: "batch elapsed instant", sub: func(x *lead.Submission) { x.Control.Token = ""; x.Context.ElapsedMS = ptr(int64(900)) }, want: CodeSubmitInstant},
		{name: "batch elapsed autofill", sub: func(x *lead.Submission) { x.Control.Token = ""; x.Context.ElapsedMS = ptr(int64(2700)) }, want: CodeSubmitTooFast},
		{name: "batch elapsed too slow", sub: func(x *lead.Submission) { x.Control.Token = ""; x.Context.ElapsedMS = ptr(int64(48 * 3600 * 1000)) }, want: CodeRenderTokenExpired},
		{name: "custom min age", cfg: func(c *Config) { c.RenderToken.MinAge = Duration(time.Minute) }, want: CodeSubmitTooFast},
		{name: "curl", sub: func(x *lead.Submission) { x.Context.UserAgent = "curl/8.5.0" }, want: CodeBotUserAgent, points: 60},
		{name: "server-fed form: library agent expected", sub: func(x *lead.Submission) {
			x.Context.UserAgent = "python-requests/2.31.0"
			x.Context.AcceptLanguage = ""
		},
			form: func(f *Form) { f.RenderToken, f.ServerFed = false, true }, not: botCodes},
		{name: "python requests", sub: func(x *lead.Submission) { x.Context.UserAgent = "python-requests/2.31.0" }, want: CodeBotUserAgent},
		{name: "python urllib", sub: func(x *lead.Submission) { x.Context.UserAgent = "Python-urllib/3.11" }, want: CodeBotUserAgent},
		{name: "go client", sub: func(x *lead.Submission) { x.Context.UserAgent = "Go-http-client/2.0" }, want: CodeBotUserAgent},
		{name: "okhttp", sub: func(x *lead.Submission) { x.Context.UserAgent = "okhttp/4.12.0" }, want: CodeBotUserAgent},
		{name: "java", sub: func(x *lead.Submission) { x.Context.UserAgent = "Java/17.0.2" }, want: CodeBotUserAgent},
		{name: "wget", sub: func(x *lead.Submission) { x.Context.UserAgent = "Wget/1.21.4" }, want: CodeBotUserAgent},
		{name: "libwww", sub: func(x *lead.Submission) { x.Context.UserAgent = "libwww-perl/6.72" }, want: CodeBotUserAgent},
		{name: "headless chrome", sub: func(x *lead.Submission) {
			x.Context.UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36"
		}, want: CodeBotUserAgent},
		{name: "phantomjs", sub: func(x *lead.Submission) {
			x.Context.UserAgent = "Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1"
		}, want: CodeBotUserAgent},
		{name: "scrapy", sub: func(x *lead.Submission) { x.Context.UserAgent = "Scrapy/2.11 (+https://scrapy.org)" }, want: CodeBotUserAgent},
		{name: "firefox", sub: func(x *lead.Submission) {
			x.Context.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"
		}, not: botCodes},
		{name: "android phone", sub: func(x *lead.Submission) {
			x.Context.UserAgent = "Mozilla/5.0 (Linux; Android 13; CUBOT P80) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"
		}, not: botCodes},
		{name: "missing user agent", sub: func(x *lead.Submission) { x.Context.UserAgent = "" }, want: CodeUserAgentMissing, points: 10},
		{name: "missing accept-language", sub: func(x *lead.Submission) { x.Context.AcceptLanguage = "" }, want: CodeAcceptLanguageMissing, points: 10},
		{name: "batch import has no headers", sub: func(x *lead.Submission) {
			x.Context = lead.Context{ReceivedAt: t0, ElapsedMS: ptr(int64(60_000))}
			x.Control.Token = ""
		}, not: botCodes},
		{name: "foreign origin", sub: func(x *lead.Submission) { x.Context.Origin = "https://evil.example.net" }, want: CodeOriginNotAllowed, points: 40},
		{name: "null origin", sub: func(x *lead.Submission) { x.Context.Origin = "null" }, want: CodeOriginNotAllowed},
		{name: "foreign referer without origin", sub: func(x *lead.Submission) {
			x.Context.Origin = ""
			x.Context.Referer = "http://spam.example.org/page"
		}, want: CodeOriginNotAllowed},
		{name: "allowed referer without origin", sub: func(x *lead.Submission) { x.Context.Origin = "" }, not: []string{CodeOriginNotAllowed}},
		{name: "origin with default port and case", sub: func(x *lead.Submission) { x.Context.Origin = "HTTPS://WWW.Acme-Robotics.com:443" }, not: []string{CodeOriginNotAllowed}},
		{name: "origin with other port", sub: func(x *lead.Submission) { x.Context.Origin = "https://www.acme-robotics.com:8443" }, want: CodeOriginNotAllowed},
		{name: "no origin headers", sub: func(x *lead.Submission) { x.Context.Origin, x.Context.Referer = "", "" }, not: []string{CodeOriginNotAllowed}},
		{name: "wildcard origin", sub: func(x *lead.Submission) { x.Context.Origin = "https://anything.example" },
			form: func(f *Form) { f.AllowedOrigins = []string{"*"} }, not: []string{CodeOriginNotAllowed}},
		{name: "no origin list", sub: func(x *lead.Submission) { x.Context.Origin = "https://anything.example" },
			form: func(f *Form) { f.AllowedOrigins = nil }, not: []string{CodeOriginNotAllowed}},
		{name: "disabled detector", sub: func(x *lead.Submission) { x.Control.Honeypot = "x" },
			cfg: func(c *Config) { c.Detectors = map[string]DetectorConfig{DetHoneypot: {Enabled: ptr(false)}} }, not: []string{CodeHoneypotFilled}},
		{name: "points override", sub: func(x *lead.Submission) { x.Context.UserAgent = "curl/8" },
			cfg: func(c *Config) { c.Points = map[string]int{CodeBotUserAgent: 70} }, want: CodeBotUserAgent, points: 70},
	})
}

func TestRenderTokenReplay(t *testing.T) {
	e := testEngine(t, nil, nil)
	sub := genuine(t, e.deps.Tokens)
	first := e.Screen(context.Background(), testForm(), sub)
	checkScreening(t, e, first)
	if _, ok := reasonFor(first, CodeRenderTokenReplayed); ok {
		t.Fatal("first use flagged as replay")
	}
	again := e.Screen(context.Background(), testForm(), sub)
	checkScreening(t, e, again)
	if r, ok := reasonFor(again, CodeRenderTokenReplayed); !ok || r.Points != 60 {
		t.Fatalf("replay not flagged: %v", again.Reasons)
	}
	// The same submission again under its own claim (a request that took
	// over a claim whose first request never stored the lead) is not a
	// replay; another claim using the token is.
	eo := testEngine(t, nil, nil)
	owned := genuine(t, eo.deps.Tokens)
	for i, tc := range []struct {
		claim  string
		replay bool
	}{{"01JCLAIMA", false}, {"01JCLAIMA", false}, {"01JCLAIMB", true}, {"", true}} {
		x := *owned
		x.Control.Claim = tc.claim
		if _, got := reasonFor(eo.Screen(context.Background(), testForm(), &x), CodeRenderTokenReplayed); got != tc.replay {
			t.Errorf("use %d by claim %q: replayed = %v, want %v", i, tc.claim, got, tc.replay)
		}
	}
	// A fresh token from the same form is fine.
	sub2 := genuine(t, e.deps.Tokens)
	if s := e.Screen(context.Background(), testForm(), sub2); s.Score != 0 {
		t.Fatalf("fresh token: %v", s.Reasons)
	}
	// A failing replay store never blames the lead.
	e2 := testEngine(t, nil, func(d *Deps) { d.Counter = failingCounter{} })
	s := e2.Screen(context.Background(), testForm(), genuine(t, e2.deps.Tokens))
	checkScreening(t, e2, s)
	if s.Verdict != lead.ScreenPass || !slices.Contains(codesOf(s), CodeRenderTokenUnchecked) {
		t.Fatalf("failing counter: %s %v", s.Verdict, s.Reasons)
	}
}

func TestCaptcha(t *testing.T) {
	settings := func(failOpen bool) func(*Form) {
		return func(f *Form) {
			f.Captcha = &captcha.Settings{Provider: captcha.ReCAPTCHA, Secret: "x", MinScore: 0.5, FailOpen: failOpen, ExpectedHostname: "www.acme-robotics.com"}
		}
	}
	withResp := func(x *lead.Submission) { x.Control.Captcha = "resp" }
	verifier := func(res captcha.Result, err error) func(*Deps) {
		return func(d *Deps) { d.Captcha = &fakeVerifier{res: res, err: err} }
	}
	good := captcha.Result{Success: true, Score: 0.9, HasScore: true, Hostname: "www.acme-robotics.com"}
	captchaCodes := []string{CodeCaptchaMissing, CodeCaptchaFailed, CodeCaptchaLowScore, CodeCaptchaUnverified}
	runCases(t, []detCase{
		{name: "off", not: captchaCodes},
		{name: "ok", form: settings(false), sub: withResp, deps: verifier(good, nil), not: captchaCodes},
		{name: "missing", form: settings(false), deps: verifier(good, nil), want: CodeCaptchaMissing, points: 50},
		{name: "failed", form: settings(false), sub: withResp, deps: verifier(captcha.Result{ErrorCodes: []string{"invalid-input-response"}}, nil), want: CodeCaptchaFailed, points: 60},
		{name: "low score", form: settings(false), sub: withResp, deps: verifier(captcha.Result{Success: true, Score: 0.1, HasScore: true, Hostname: "www.acme-robotics.com"}, nil), want: CodeCaptchaLowScore, points: 40},
		{name: "wrong hostname", form: settings(false), sub: withResp, deps: verifier(captcha.Result{Success: true, Score: 0.9, HasScore: true, Hostname: "evil.example"}, nil), want: CodeCaptchaFailed},
		{name: "unreachable fail-open", form: settings(true), sub: withResp, deps: verifier(captcha.Result{}, captcha.ErrUnavailable), want: CodeCaptchaUnverified, points: 5},
		{name: "unreachable fail-closed", form: settings(false), sub: withResp, deps: verifier(captcha.Result{}, captcha.ErrUnavailable), want: CodeCaptchaUnverified, points: 60},
		{name: "no verifier fail-open", form: settings(true), sub: withResp, want: CodeCaptchaUnverified, points: 5},
	})
}

func TestCaptchaFailOpenStaysPass(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Captcha = &fakeVerifier{err: context.DeadlineExceeded} })
	form := testForm()
	form.Captcha = &captcha.Settings{Provider: captcha.Turnstile, Secret: "x", FailOpen: true}
	sub := genuine(t, e.deps.Tokens)
	sub.Control.Captcha = "resp"
	s := e.Screen(context.Background(), form, sub)
	if s.Verdict != lead.ScreenPass {
		t.Fatalf("fail-open outage made a genuine lead %s: %v", s.Verdict, s.Reasons)
	}
}

var emailCodes = []string{CodeEmailInvalid, CodeEmailReservedDomain, CodeEmailBlockedDomain, CodeDisposableEmail,
	CodeRoleAccount, CodeEmailDomainTypo, CodeEmailNoMX, CodeEmailUnverified}

func TestEmailDetector(t *testing.T) {
	setEmail := func(a string) func(*lead.Submission) { return func(x *lead.Submission) { x.Fields.Email = a } }
	runCases(t, []detCase{
		{name: "clean", not: emailCodes},
		{name: "invalid", sub: setEmail("maria.garcia@northwind"), want: CodeEmailInvalid, points: 60},
		{name: "reserved example.com", sub: setEmail("maria@example.com"), want: CodeEmailReservedDomain},
		{name: "reserved .test", sub: setEmail("maria@shop.test"), want: CodeEmailReservedDomain},
		{name: "reserved via lists", sub: setEmail("maria@printer.local"), want: CodeEmailReservedDomain},
		{name: "disposable", sub: setEmail("maria@mailinator.com"), want: CodeDisposableEmail, points: 60},
		{name: "disposable subdomain", sub: setEmail("maria@x.mailinator.com"), want: CodeDisposableEmail},
		{name: "allowed beats disposable", sub: setEmail("maria@mailinator.com"),
			cfg: func(c *Config) { c.Lists.AllowedDomains = []string{"mailinator.com"} }, not: emailCodes},
		{name: "blocked", sub: setEmail("maria@mail.spamcorp.io"),
			cfg: func(c *Config) { c.Lists.BlockedDomains = []string{"spamcorp.io"} }, want: CodeEmailBlockedDomain, points: 60},
		{name: "free mail no points", sub: setEmail("maria.garcia@gmail.com"), want: CodeFreeMail, points: 0, not: emailCodes},
		{name: "role account", sub: setEmail("info@northwind-logistics.com"), want: CodeRoleAccount, points: 10},
		{name: "typo", sub: setEmail("maria.garcia@gmial.com"), want: CodeEmailDomainTypo, points: 15},
		{name: "empty email", sub: setEmail(""), not: emailCodes},
	})
}

func TestEmailScreeningFields(t *testing.T) {
	e := testEngine(t, nil, nil)
	sub := genuine(t, e.deps.Tokens)
	sub.Fields.Email = "Maria.Garcia@GMIAL.com"
	s := e.Screen(context.Background(), testForm(), sub)
	if s.EmailSuggestion != "maria.garcia@gmail.com" {
		t.Errorf("suggestion %q", s.EmailSuggestion)
	}
	sub = genuine(t, e.deps.Tokens)
	sub.Fields.Email = "maria@gmail.com"
	if s := e.Screen(context.Background(), testForm(), sub); !s.FreeMail || s.Verdict != lead.ScreenPass {
		t.Errorf("free mail: %+v", s)
	}
}

func TestParseEmail(t *testing.T) {
	valid := []string{
		"a@b.co", "maria.garcia@northwind-logistics.com", "first+tag@sub.example.co.uk", "o'brien@example.ie",
		"x_y-z@a-b.io", "user@xn--bcher-kva.ch", "josé@correo.es", "用户@例子.广告", " padded@example.org ",
		strings.Repeat("a", 64) + "@example.com",
	}
	invalid := []string{
		"plain", "@example.com", "user@", "a@@b.com", "a@b@c.com", "user@localhost", "user@example",
		".dot@example.com", "dot.@example.com", "do..t@example.com", `"quoted"@example.com`,
		"user@[192.168.0.1]", "user@-bad.com", "user@bad-.com", "user@exa_mple.com", "user@example.c",
		"user@example.123", "user(comment)@example.com", "Bob <bob@example.com>", "us er@example.com",
		strings.Repeat("a", 65) + "@example.com", "user@" + strings.Repeat("a", 64) + ".com",
		"user@" + strings.Repeat("abcdefghi.", 26) + "com", "user@exa..mple.com",
		"maria@gmail.com.", "maria@gmail.com..", "=?utf-8?b?bWFyaWE=?=@gmail.com", "=?UTF-8?Q?Mar=C3=ADa?=@northwind.com",
	}
	for _, a := range valid {
		if e := ParseEmail(a); !e.Valid {
			t.Errorf("ParseEmail(%q) invalid: %s", a, e.Problem)
		}
	}
	for _, a := range invalid {
		if e := ParseEmail(a); e.Valid || e.Problem == "" {
			t.Errorf("ParseEmail(%q) accepted", a)
		}
	}
	e := ParseEmail("Maria@Example.ORG")
	if e.Local != "maria" || e.Domain != "example.org" {
		t.Errorf("normalization: %+v", e)
	}
	if e := ParseEmail("  "); e.Present {
		t.Errorf("blank present")
	}
}

func TestMXDetector(t *testing.T) {
	res := func() *fakeResolver {
		return &fakeResolver{
			mx: map[string][]*net.MX{
				"northwind-logistics.com": {{Host: "mx1.northwind-logistics.com.", Pref: 10}},
				"nullmx.com":              {{Host: ".", Pref: 0}},
				// A fresh domain whose mail a throw-away service receives.
				"fresh-domain-42.com": {{Host: "MX2.Mailinator.com.", Pref: 20}},
			},
			hosts: map[string][]string{"a-only.com": {"192.0.2.1"}},
		}
	}
	on := func(c *Config) { c.MXCheck = true }
	withRes := func(r *fakeResolver) func(*Deps) { return func(d *Deps) { d.Resolver = r } }
	setEmail := func(a string) func(*lead.Submission) { return func(x *lead.Submission) { x.Fields.Email = a } }
	runCases(t, []detCase{
		{name: "has mx", cfg: on, deps: withRes(res()), not: emailCodes},
		{name: "a record only", cfg: on, deps: withRes(res()), sub: setEmail("bob@a-only.com"), not: emailCodes},
		{name: "nothing", cfg: on, deps: withRes(res()), sub: setEmail("bob@nowhere-at-all.com"), want: CodeEmailNoMX, points: 60},
		{name: "null mx", cfg: on, deps: withRes(res()), sub: setEmail("bob@nullmx.com"), want: CodeEmailNoMX},
		{name: "lookup error", cfg: on, deps: withRes(&fakeResolver{err: context.DeadlineExceeded}), want: CodeEmailUnverified, points: 0, not: []string{CodeEmailNoMX}},
		{name: "mail handled by a disposable service", cfg: on, deps: withRes(res()), sub: setEmail("bob@fresh-domain-42.com"), want: CodeDisposableEmail, points: 60},
		{name: "check off", deps: withRes(res()), sub: setEmail("bob@nowhere-at-all.com"), not: emailCodes},
		{name: "check off: disposable MX not asked", deps: withRes(res()), sub: setEmail("bob@fresh-domain-42.com"), not: emailCodes},
		{name: "free mail skipped", cfg: on, deps: withRes(res()), sub: setEmail("bob@gmail.com"), not: emailCodes},
	})
}

func TestMXCache(t *testing.T) {
	r := &fakeResolver{mx: map[string][]*net.MX{"northwind-logistics.com": {{Host: "mx.northwind-logistics.com"}}}}
	e := testEngine(t, func(c *Config) { c.MXCheck = true; c.MXCacheSize = 2 }, func(d *Deps) { d.Resolver = r; d.Counter = nil })
	for range 3 {
		e.Screen(context.Background(), testForm(), genuine(t, e.deps.Tokens))
	}
	if r.calls != 1 {
		t.Fatalf("resolver called %d times, want 1 (cached)", r.calls)
	}
	// Expired entries are looked up again.
	sub := genuine(t, e.deps.Tokens)
	sub.Context.ReceivedAt = t0.Add(2 * time.Hour)
	sub.Control.Token = e.deps.Tokens.Issue("contact", sub.Context.ReceivedAt.Add(-time.Minute))
	e.Screen(context.Background(), testForm(), sub)
	if r.calls != 2 {
		t.Fatalf("resolver called %d times after expiry, want 2", r.calls)
	}
	// The cache stays bounded.
	c := newMXCache(2, time.Hour)
	for _, d := range []string{"a.com", "b.com", "c.com", "d.com"} {
		c.put(d, mxEntry{ok: true, expires: t0.Add(time.Hour)}, t0)
	}
	if len(c.m) > 2 {
		t.Fatalf("cache grew to %d", len(c.m))
	}
}

func TestBuiltinReserved(t *testing.T) {
	for d, want := range map[string]bool{
		"example.com": true, "mail.example.com": true, "a.b.example.org": true, "example.net": true,
		"xexample.com": false, "example.com.au": false, "example.co": false, "com": false, "": false,
		"foo.test": true, "localhost": true, "northwind-traders.com": false,
	} {
		if got := builtinReserved(d); got != want {
			t.Errorf("builtinReserved(%q) = %v, want %v", d, got, want)
		}
	}
}

func TestOriginOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.acme-robotics.com":      "https://www.acme-robotics.com",
		"HTTPS://WWW.Acme-Robotics.com:443/": "https://www.acme-robotics.com",
		"http://127.0.0.1:3000/contact?x=1":  "http://127.0.0.1:3000",
		"http://[::1]:80":                    "http://[::1]",
		"https://x.example:8443/path?q":      "https://x.example:8443",
		"null":                               "", "": "", "not a url": "", "://missing": "", "https://": "",
	} {
		got, ok := originOf(in)
		if got != want || ok != (want != "") {
			t.Errorf("originOf(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
