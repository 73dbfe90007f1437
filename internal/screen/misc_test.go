package screen

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"

	"github.com/leadsieve/leadsieve/internal/lead"
)

var phoneCodes = []string{CodePhoneInvalid, CodePhoneFake, CodePhoneCountryMismatch}

func setPhone(phone, country string) func(*lead.Submission) {
	return func(x *lead.Submission) { x.Fields.Phone, x.Fields.Country = phone, country }
}

func TestPhoneDetector(t *testing.T) {
	runCases(t, []detCase{
		{name: "clean", not: phoneCodes},
		{name: "empty", sub: setPhone("", "US"), not: phoneCodes},
		{name: "national with country code", sub: setPhone("(650) 253-0000", "US"), not: phoneCodes},
		{name: "iso code", sub: setPhone("030 901820", "DE"), not: phoneCodes},
		{name: "country name", sub: setPhone("020 7946 0018", "United Kingdom"), not: phoneCodes},
		{name: "uk alias", sub: setPhone("020 7946 0018", "uk"), not: phoneCodes},
		{name: "japan", sub: setPhone("03-3224-9999", "Japan"), not: phoneCodes},
		{name: "vietnam", sub: setPhone("+84 28 3822 1234", "Vietnam"), not: phoneCodes},
		{name: "unparseable", sub: setPhone("call me", "US"), want: CodePhoneInvalid, points: 20},
		{name: "too short", sub: setPhone("12", "US"), want: CodePhoneInvalid},
		{name: "invalid for region", sub: setPhone("(123) 587-0199", "US"), want: CodePhoneInvalid},
		{name: "sequence", sub: setPhone("1234567890", "US"), want: CodePhoneFake, points: 60},
		{name: "dashed sequence", sub: setPhone("123-456-7890", "US"), want: CodePhoneFake},
		{name: "zeros", sub: setPhone("0000000", ""), want: CodePhoneFake},
		{name: "fives", sub: setPhone("5555555555", "US"), want: CodePhoneFake},
		{name: "descending", sub: setPhone("+1 987 654 3210", ""), want: CodePhoneFake},
		{name: "alternating", sub: setPhone("12121212", "DE"), want: CodePhoneFake},
		{name: "mismatch", sub: setPhone("+44 20 7946 0018", "Germany"), want: CodePhoneCountryMismatch, points: 5},
		{name: "international unknown country", sub: setPhone("+49 30 901820", ""), not: phoneCodes},
		{name: "national unknown country skipped", sub: setPhone("030 901820", "Atlantis"), not: phoneCodes},
		{name: "default region", cfg: func(c *Config) { c.DefaultRegion = "US" }, sub: setPhone("(123) 587-0199", ""), want: CodePhoneInvalid},
	})
}

func TestRegionOf(t *testing.T) {
	for in, want := range map[string]string{
		"US": "US", "us": "US", "USA": "US", "United States": "US", "UK": "GB", "gb": "GB", "United Kingdom": "GB",
		"Germany": "DE", "de": "DE", "France": "FR", "Spain": "ES", "IT": "IT", "NL": "NL", "JP": "JP", "CN": "CN",
		"India": "IN", "BR": "BR", "Canada": "CA", "AU": "AU", "Mexico": "MX", "VN": "VN", "Russia": "RU",
		"": "", "Atlantis": "", "XX": "",
	} {
		if got := regionOf(in); got != want {
			t.Errorf("regionOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVelocity(t *testing.T) {
	ctx := context.Background()
	rc := &recordingCounter{MemoryCounter: NewMemoryCounter()}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = rc; d.Tokens = nil })
	form := testForm()
	form.RenderToken = false

	// Email velocity: the 4th submission from one address within a day.
	var s lead.Screening
	for i := range 4 {
		sub := genuine(t, nil)
		sub.Context.IP = fmt.Sprintf("198.51.100.%d", i+1)
		sub.Fields.Message = fmt.Sprintf("Message number %d about our warehouses and demo request.", i)
		s = e.Screen(ctx, form, sub)
		checkScreening(t, e, s)
		if i < 3 && s.Score != 0 {
			t.Fatalf("submission %d flagged: %v", i, s.Reasons)
		}
	}
	if !hasCode(s, CodeEmailVelocity) || hasCode(s, CodeIPVelocity) {
		t.Fatalf("email velocity: %v", s.Reasons)
	}

	// IP velocity: the 6th from one IPv6 /64 within an hour.
	for i := range 6 {
		sub := genuine(t, nil)
		sub.Context.IP = fmt.Sprintf("2001:db8:1:2::%x", i+1)
		sub.Fields.Email = fmt.Sprintf("person%d@northwind-logistics.com", i)
		sub.Fields.Message = fmt.Sprintf("Different text %d for the IP test.", i)
		s = e.Screen(ctx, form, sub)
	}
	if !hasCode(s, CodeIPVelocity) || hasCode(s, CodeEmailVelocity) {
		t.Fatalf("ip velocity: %v", s.Reasons)
	}
	// A new window resets the count.
	sub := genuine(t, nil)
	sub.Context.IP = "2001:db8:1:2::99"
	sub.Fields.Email = "late@northwind-logistics.com"
	sub.Context.ReceivedAt = t0.Add(2 * time.Hour)
	if s = e.Screen(ctx, form, sub); hasCode(s, CodeIPVelocity) {
		t.Fatalf("ip velocity after window: %v", s.Reasons)
	}

	// Repeated message: the same text (modulo case and punctuation) from a
	// third address.
	for i, msg := range []string{"We sell cheap widgets, call now!!", "we sell CHEAP widgets - call now", "We sell cheap widgets. Call now."} {
		sub := genuine(t, nil)
		sub.Context.IP = fmt.Sprintf("203.0.113.%d", i+1)
		sub.Fields.Email = fmt.Sprintf("sender%d@widgets-r-us.com", i)
		sub.Fields.Message = msg
		s = e.Screen(ctx, form, sub)
	}
	if !hasCode(s, CodeRepeatedMessage) {
		t.Fatalf("repeated message: %v", s.Reasons)
	}

	// No raw IP or email ever reaches a shared counter.
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if len(rc.keys) == 0 {
		t.Fatal("no counter keys recorded")
	}
	for _, k := range rc.keys {
		if strings.Contains(k, "198.51.100") || strings.Contains(k, "2001:db8") || strings.Contains(k, "@") || strings.Contains(k, "widgets") {
			t.Fatalf("raw value in counter key %q", k)
		}
	}
}

// TestRepeatedMessageAcrossForms: the engines of two forms share one
// in-process counter, and the same message sent to both counts as one.
func TestRepeatedMessageAcrossForms(t *testing.T) {
	counter := NewMemoryCounter()
	a := testEngine(t, nil, func(d *Deps) { d.Counter = counter })
	b := testEngine(t, nil, func(d *Deps) { d.Counter = counter })
	var s lead.Screening
	for i, e := range []*Engine{a, b, a} {
		sub := genuine(t, e.deps.Tokens)
		sub.Context.IP = fmt.Sprintf("203.0.113.%d", i+1)
		sub.Fields.Email = fmt.Sprintf("sender%d@widgets-r-us.com", i)
		sub.Fields.Message = "We sell cheap widgets, call now for a quote today!"
		s = e.Screen(context.Background(), testForm(), sub)
	}
	if !hasCode(s, CodeRepeatedMessage) {
		t.Fatalf("the same message from 3 addresses across two engines: %v", s.Reasons)
	}
}

// keyCounter is a MemoryCounter that records Incr keys and says whether
// it is in-process as told; it runs on one goroutine.
type keyCounter struct {
	*MemoryCounter
	inProcess bool
	mu        sync.Mutex
	keys      []string
}

func (k *keyCounter) InProcess() bool { return k.inProcess }

func (k *keyCounter) Incr(ctx context.Context, key string, w time.Duration, now time.Time) (int64, error) {
	k.mu.Lock()
	k.keys = append(k.keys, key)
	k.mu.Unlock()
	return k.MemoryCounter.Incr(ctx, key, w, now)
}

func TestVelocityCounterFailure(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = failingCounter{} })
	s := e.Screen(context.Background(), testForm(), genuine(t, e.deps.Tokens))
	checkScreening(t, e, s)
	if s.Verdict != lead.ScreenPass || !hasCode(s, CodeVelocityUnverified) {
		t.Fatalf("%s %v", s.Verdict, s.Reasons)
	}
	if r, _ := reasonFor(s, CodeVelocityUnverified); r.Points != 0 {
		t.Fatalf("points %d", r.Points)
	}
}

func TestCounterKeysDependOnSecret(t *testing.T) {
	a := testEngine(t, nil, func(d *Deps) { d.CounterKey = []byte("one") })
	b := testEngine(t, nil, func(d *Deps) { d.CounterKey = []byte("two") })
	c := testEngine(t, nil, nil)
	ka, kb, kc := a.counterKey("ip", "1.2.3.4"), b.counterKey("ip", "1.2.3.4"), c.counterKey("ip", "1.2.3.4")
	if ka == kb || ka == kc || !strings.HasPrefix(ka, "ip:") || ka != a.counterKey("ip", "1.2.3.4") {
		t.Fatalf("keys %q %q %q", ka, kb, kc)
	}
	if a.counterKey("ip", "1.2.3.4") == a.counterKey("email", "1.2.3.4") {
		t.Fatal("kinds share keys")
	}
}

func TestIPKey(t *testing.T) {
	for in, want := range map[string]string{
		"198.51.100.7": "198.51.100.7", "::ffff:198.51.100.7": "198.51.100.7",
		"2001:db8:1:2:3:4:5:6": "2001:db8:1:2::/64", "2001:db8:1:2::ff": "2001:db8:1:2::/64",
		" 198.51.100.7\n": "198.51.100.7", "01.2.3.4": "", "1.2.3": "", "256.1.1.1": "",
		"": "", "not-an-ip": "",
	} {
		if got := ipKey(in); got != want {
			t.Errorf("ipKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMemoryCounter(t *testing.T) {
	ctx := context.Background()
	m := NewMemoryCounter()
	w := time.Hour
	base := WindowStart(t0, w)
	for i := int64(1); i <= 3; i++ {
		if n, _ := m.Incr(ctx, "k", w, base.Add(time.Duration(i)*time.Minute)); n != i {
			t.Fatalf("incr %d = %d", i, n)
		}
	}
	if n, _ := m.Incr(ctx, "k", w, base.Add(w)); n != 1 {
		t.Fatalf("next window = %d", n)
	}
	if n, _ := m.AddDistinct(ctx, "s", "a", w, base); n != 1 {
		t.Fatal(n)
	}
	m.AddDistinct(ctx, "s", "a", w, base)
	if n, _ := m.AddDistinct(ctx, "s", "b", w, base); n != 2 {
		t.Fatalf("distinct = %d", n)
	}
	if first, _ := m.FirstUse(ctx, "t", "", time.Minute, base); !first {
		t.Fatal("first use")
	}
	if first, _ := m.FirstUse(ctx, "t", "", time.Minute, base.Add(30*time.Second)); first {
		t.Fatal("second use within ttl")
	}
	if first, _ := m.FirstUse(ctx, "t", "", time.Minute, base.Add(2*time.Minute)); !first {
		t.Fatal("use after ttl")
	}
	if first, _ := m.FirstUse(ctx, "o", "claim-1", time.Minute, base); !first {
		t.Fatal("owned first use")
	}
	if again, _ := m.FirstUse(ctx, "o", "claim-1", time.Minute, base.Add(time.Second)); !again {
		t.Fatal("the owner's second use counts as its own")
	}
	if other, _ := m.FirstUse(ctx, "o", "claim-2", time.Minute, base.Add(time.Second)); other {
		t.Fatal("another owner's use is not a first use")
	}
	m.Sweep(base.Add(3 * w))
	if m.Len() != 0 {
		t.Fatalf("sweep left %d entries", m.Len())
	}
	// Concurrent use is safe and exact.
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() { m.Incr(ctx, "c", w, base) })
	}
	wg.Wait()
	if n, _ := m.Incr(ctx, "c", w, base); n != 51 {
		t.Fatalf("concurrent count %d", n)
	}
}

func TestWindowStart(t *testing.T) {
	got := WindowStart(time.Date(2026, 3, 2, 15, 47, 3, 0, time.UTC), time.Hour)
	if want := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Fatalf("%v", got)
	}
}

// panicModel blows up, to test recovery.
type panicModel struct{}

func (panicModel) Score(string) float64 { panic("boom") }

func TestDetectorPanicIsContained(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = panicModel{} })
	s := e.Screen(context.Background(), testForm(), genuine(t, e.deps.Tokens))
	checkScreening(t, e, s)
	if !hasCode(s, CodeDetectorError) || s.Verdict != lead.ScreenPass {
		t.Fatalf("%s %v", s.Verdict, s.Reasons)
	}
	if s := e.Screen(context.Background(), testForm(), nil); s.Verdict != lead.ScreenReview {
		t.Fatalf("nil submission: %+v", s)
	}
}

func TestVerdictThresholds(t *testing.T) {
	// The thresholds alone: every sign decisive (see TestEvidence for weak ones).
	e := testEngine(t, func(c *Config) {
		c.Points = map[string]int{CodeAcceptLanguageMissing: 29, CodeUserAgentMissing: 39}
		c.Evidence.WeakSigns = []string{CodeRoleAccount}
	}, nil)
	sub := genuine(t, e.deps.Tokens)
	sub.Context.AcceptLanguage = ""
	if s := e.Screen(context.Background(), testForm(), sub); s.Verdict != lead.ScreenPass || s.Score != 29 {
		t.Fatalf("29: %s %d", s.Verdict, s.Score)
	}
	sub = genuine(t, e.deps.Tokens)
	sub.Context.UserAgent = "" // both headers missing would be a bot (TestNoBrowserHeaders)
	if s := e.Screen(context.Background(), testForm(), sub); s.Verdict != lead.ScreenReview || s.Score != 39 {
		t.Fatalf("39: %s %d", s.Verdict, s.Score)
	}
	sub = genuine(t, e.deps.Tokens)
	sub.Control.Honeypot, sub.Context.UserAgent = "x", "curl/8"
	s := e.Screen(context.Background(), testForm(), sub)
	if s.Verdict != lead.ScreenJunk || s.Score != 100 {
		t.Fatalf("capped: %s %d", s.Verdict, s.Score)
	}
	if s.Reasons[0].Code != CodeHoneypotFilled {
		t.Fatalf("reasons not sorted by points: %v", s.Reasons)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	bad := map[string]func(*Config){
		"review above junk": func(c *Config) { c.ReviewAt, c.JunkAt = 70, 60 },
		"junk over 100":     func(c *Config) { c.JunkAt = 150 },
		"zero review":       func(c *Config) { c.ReviewAt = 0 },
		"unknown detector":  func(c *Config) { c.Detectors = map[string]DetectorConfig{"telepathy": {}} },
		"unknown code":      func(c *Config) { c.Points = map[string]int{"bad_vibes": 10} },
		"negative points":   func(c *Config) { c.Points = map[string]int{CodeRoleAccount: -5} },
		"empty phrase":      func(c *Config) { c.Lists.SpamPhrases = []string{"  ...  "} },
		"bad domain":        func(c *Config) { c.Lists.BlockedDomains = []string{"not a domain"} },
		"max below min age": func(c *Config) { c.RenderToken.MaxAge = Duration(time.Second) },
		"zero velocity max": func(c *Config) { c.Velocity.IP.Max = 0 },
		"zero window":       func(c *Config) { c.Velocity.Email.Window = 0 },
		"zero mx timeout":   func(c *Config) { c.MXTimeout = 0 },
		"gibberish over 1":  func(c *Config) { c.GibberishAt = 1.5 },
		"unknown region":    func(c *Config) { c.DefaultRegion = "XX" },
	}
	for name, mut := range bad {
		c := DefaultConfig()
		mut(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
		if _, err := New(c, Deps{}); err == nil {
			t.Errorf("%s: New accepted", name)
		}
	}
	c := DefaultConfig()
	c.Lists.VendorPhrases = []string{"ad*"}
	if err := c.Validate(); err == nil {
		t.Error("short wildcard stem accepted")
	}
}

func TestConfigDecoding(t *testing.T) {
	const doc = `
junk_at: 70
review_at: 35
detectors:
  phone: {enabled: false}
points:
  role_account: 0
  vendor_pitch: 50
lists:
  spam_phrases: ["miracle cure"]
  allowed_domains: [partner-mail.com]
render_token:
  min_age: 5s
velocity:
  ip: {max: 10, window: 30m}
mx_check: true
`
	cfg := DefaultConfig()
	if err := yaml.Unmarshal([]byte(doc), &cfg); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.JunkAt != 70 || cfg.ReviewAt != 35 || cfg.Enabled(DetPhone) || !cfg.Enabled(DetEmail) ||
		cfg.PointsFor(CodeRoleAccount) != 0 || cfg.PointsFor(CodeVendorPitch) != 50 || cfg.PointsFor(CodeEmailInvalid) != 60 ||
		cfg.RenderToken.MinAge.D() != 5*time.Second || cfg.RenderToken.MaxAge.D() != 24*time.Hour ||
		cfg.Velocity.IP.Max != 10 || cfg.Velocity.IP.Window.D() != 30*time.Minute || cfg.Velocity.Email.Max != 3 || !cfg.MXCheck {
		t.Fatalf("decoded %+v", cfg)
	}
	// JSON round trip.
	b, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var back Config
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.RenderToken.MinAge != cfg.RenderToken.MinAge || back.Velocity.IP != cfg.Velocity.IP {
		t.Fatalf("json round trip: %s", b)
	}
	var d Duration
	if err := d.UnmarshalText([]byte("soon")); err == nil {
		t.Fatal("bad duration accepted")
	}
}

func TestCodesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes {
		if !snakeCase.MatchString(c.Code) || seen[c.Code] {
			t.Errorf("bad or duplicate code %q", c.Code)
		}
		seen[c.Code] = true
		if c.Points < 0 || c.Points > 100 || c.Description == "" {
			t.Errorf("%s: points %d, description %q", c.Code, c.Points, c.Description)
		}
		if c.Detector != DetEngine && !contains(DetectorNames, c.Detector) {
			t.Errorf("%s: unknown detector %q", c.Code, c.Detector)
		}
	}
	// Every detector emits at least one code.
	for _, d := range DetectorNames {
		found := false
		for _, c := range Codes {
			found = found || c.Detector == d
		}
		if !found {
			t.Errorf("detector %s has no codes", d)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// BenchmarkScreenTypical screens a realistic browser submission offline
// with the real name model and domain lists: render token, headers, email,
// names, message, phone; no network checks.
func BenchmarkScreenTypical(b *testing.B) {
	e := realEngine(b)
	sub := genuine(b, e.deps.Tokens)
	form := testForm()
	ctx := context.Background()
	if s := e.Screen(ctx, form, sub); s.Verdict != lead.ScreenPass {
		b.Fatalf("benchmark submission not clean: %v", s.Reasons)
	}
	b.ReportAllocs()
	for b.Loop() {
		e.Screen(ctx, form, sub)
	}
}

// BenchmarkScreenSpam screens a vendor pitch with links, a bot agent and a
// free-mail address.
func BenchmarkScreenSpam(b *testing.B) {
	e := realEngine(b)
	sub := genuine(b, e.deps.Tokens)
	sub.Fields.Email = "seo.expert.ranking@gmail.com"
	sub.Fields.Message = "Hi, I was on your website and noticed it is not on the first page of Google. We are a leading SEO agency; see https://seo-rank.example and www.backlinks-cheap.example for our packages."
	sub.Context.UserAgent = "python-requests/2.31"
	form := testForm()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e.Screen(ctx, form, sub)
	}
}

func TestConcurrentScreening(t *testing.T) {
	r := &fakeResolver{mx: map[string][]*net.MX{"northwind-logistics.com": {{Host: "mx.northwind-logistics.com"}}}}
	e := testEngine(t, func(c *Config) { c.MXCheck = true }, func(d *Deps) {
		d.Resolver = r
		d.Captcha = &fakeVerifier{res: captchaOK}
	})
	form := testForm()
	form.Captcha = &captcha.Settings{Provider: captcha.Turnstile, Secret: "x"}
	var wg sync.WaitGroup
	results := make([]lead.Screening, 40)
	for i := range results {
		wg.Go(func() {
			sub := genuine(t, e.deps.Tokens)
			sub.Control.Captcha = "ok"
			sub.Context.IP = fmt.Sprintf("192.0.2.%d", i)
			sub.Fields.Email = fmt.Sprintf("p%d@northwind-logistics.com", i)
			sub.Fields.Message = fmt.Sprintf("Request %d: please send pricing for our warehouses.", i)
			results[i] = e.Screen(context.Background(), form, sub)
		})
	}
	wg.Wait()
	for i, s := range results {
		if s.Verdict != lead.ScreenPass {
			t.Errorf("%d: %s %v", i, s.Verdict, s.Reasons)
		}
	}
}

var captchaOK = captcha.Result{Success: true}

// BenchmarkScreenTypicalFakeLists is BenchmarkScreenTypical with the cheap
// fake domain lists, isolating the engine's own cost from the domains
// package's.
func BenchmarkScreenTypicalFakeLists(b *testing.B) {
	e := testEngine(b, nil, func(d *Deps) { d.Names = realEngine(b).deps.Names; d.Counter = nil })
	sub := genuine(b, e.deps.Tokens)
	form := testForm()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e.Screen(ctx, form, sub)
	}
}

// TestVelocityFromEarlierLeads: when intake supplies the person's earlier
// leads, the e-mail check counts them (those inside the window, and this
// submission) and takes no counter of its own; the IP and message checks
// keep theirs.
func TestVelocityFromEarlierLeads(t *testing.T) {
	ctx := context.Background()
	rc := &recordingCounter{MemoryCounter: NewMemoryCounter()}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = rc; d.Tokens = nil })
	form := testForm()
	form.RenderToken = false
	for _, tc := range []struct {
		earlier int
		flagged bool
	}{{0, false}, {2, false}, {3, true}} {
		rc.keys = nil
		sub := genuine(t, nil)
		sub.Context.IP = fmt.Sprintf("198.51.100.%d", 10+tc.earlier)
		sub.Fields.Message = fmt.Sprintf("Message number %d about our warehouses and demo request.", tc.earlier)
		var asked []time.Time
		sub.Control.EarlierLeads = func(since time.Time) (int, error) {
			asked = append(asked, since)
			return tc.earlier, nil
		}
		s := e.Screen(ctx, form, sub)
		if hasCode(s, CodeEmailVelocity) != tc.flagged {
			t.Errorf("%d earlier leads: flagged %v, want %v (%v)", tc.earlier, hasCode(s, CodeEmailVelocity), tc.flagged, s.Reasons)
		}
		// The window, and the burst span.
		if want := []time.Time{sub.Context.ReceivedAt.Add(-24 * time.Hour), sub.Context.ReceivedAt.Add(-10 * time.Minute)}; !slices.Equal(asked, want) {
			t.Errorf("asked for leads since %v, want %v (the window, the burst span)", asked, want)
		}
		// The message set notes its key and its member (the address's
		// key); an e-mail counter would note the address's key again.
		emails := 0
		for _, k := range rc.keys {
			if strings.HasPrefix(k, "email:") {
				emails++
			}
		}
		if len(rc.keys) != 3 || emails != 1 {
			t.Errorf("counters taken: %v, want the IP counter and the message set only", rc.keys)
		}
	}
}

// TestLiveBurstFromEarlierLeads: live, an address's fourth form within
// ten minutes (its earlier leads, which intake reads anyway) is a burst;
// its third is not, nor are earlier leads outside the span.
func TestLiveBurstFromEarlierLeads(t *testing.T) {
	ctx := context.Background()
	e := testEngine(t, nil, func(d *Deps) { d.Counter = NewMemoryCounter(); d.Tokens = nil })
	form := testForm()
	form.RenderToken = false
	for _, tc := range []struct {
		name        string
		within, day int // earlier leads within the burst span, within the day
		want        bool
	}{
		{"first form", 0, 0, false},
		{"third within ten minutes", 2, 2, false},
		{"fourth within ten minutes", 3, 3, true},
		{"fourth today, two of them earlier", 1, 3, false},
	} {
		sub := genuine(t, nil)
		sub.Control.EarlierLeads = func(since time.Time) (int, error) {
			if sub.Context.ReceivedAt.Sub(since) <= 10*time.Minute {
				return tc.within, nil
			}
			return tc.day, nil
		}
		s := e.Screen(ctx, form, sub)
		if got := hasCode(s, CodeSubmissionBurst); got != tc.want {
			t.Errorf("%s: burst %v, want %v (%v)", tc.name, got, tc.want, s.Reasons)
		}
	}
}
