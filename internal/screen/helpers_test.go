package screen

import (
	"context"
	"errors"
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/lead"
)

var (
	t0        = time.Date(2026, 3, 2, 15, 4, 5, 0, time.UTC)
	testKey   = []byte("test-render-token-secret-0123456789")
	snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
)

// fakeNames scores listed strings; everything else gets def.
type fakeNames struct {
	m   map[string]float64
	def float64
}

func (f fakeNames) Score(s string) float64 {
	if v, ok := f.m[s]; ok {
		return v
	}
	return f.def
}

// fakeDomains is a small in-memory DomainLists.
type fakeDomains struct{}

func (fakeDomains) IsDisposable(d string) bool {
	return d == "mailinator.com" || strings.HasSuffix(d, ".mailinator.com") || d == "10minutemail.com"
}
func (fakeDomains) IsFreeMail(d string) bool { return d == "gmail.com" || d == "yahoo.com" }
func (fakeDomains) IsRoleAccount(l string) bool {
	switch l {
	case "info", "sales", "admin", "noreply", "no-reply":
		return true
	}
	return false
}
func (fakeDomains) Suggest(d string) (string, bool) {
	switch d {
	case "gmial.com", "gmail.co":
		return "gmail.com", true
	}
	return "", false
}
func (fakeDomains) IsReserved(d string) bool { return strings.HasSuffix(d, ".local") }

// fakeVerifier returns a canned result.
type fakeVerifier struct {
	res   captcha.Result
	err   error
	calls int
	mu    sync.Mutex
}

func (f *fakeVerifier) Verify(_ context.Context, _ captcha.Settings, _, _ string) (captcha.Result, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	return f.res, f.err
}

// fakeResolver answers from maps and counts calls.
type fakeResolver struct {
	mu    sync.Mutex
	mx    map[string][]*net.MX
	hosts map[string][]string
	err   error
	calls int
}

func notFound(name string) error {
	return &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

func (r *fakeResolver) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	if r.err != nil {
		return nil, r.err
	}
	if mx, ok := r.mx[name]; ok {
		return mx, nil
	}
	return nil, notFound(name)
}

func (r *fakeResolver) LookupHost(_ context.Context, host string) ([]string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return nil, r.err
	}
	if h, ok := r.hosts[host]; ok {
		return h, nil
	}
	return nil, notFound(host)
}

// failingCounter fails every call.
type failingCounter struct{}

var errCounter = errors.New("dynamodb throttled")

func (failingCounter) Incr(context.Context, string, time.Duration, time.Time) (int64, error) {
	return 0, errCounter
}
func (failingCounter) AddDistinct(context.Context, string, string, time.Duration, time.Time) (int64, error) {
	return 0, errCounter
}
func (failingCounter) FirstUse(context.Context, string, string, time.Duration, time.Time) (bool, error) {
	return false, errCounter
}

// recordingCounter wraps a MemoryCounter and records keys and members. It
// stands for a shared store (InProcess is false), whose keys are hashed.
type recordingCounter struct {
	*MemoryCounter
	mu   sync.Mutex
	keys []string
}

func (r *recordingCounter) InProcess() bool { return false }

func (r *recordingCounter) note(s ...string) {
	r.mu.Lock()
	r.keys = append(r.keys, s...)
	r.mu.Unlock()
}
func (r *recordingCounter) Incr(ctx context.Context, k string, w time.Duration, now time.Time) (int64, error) {
	r.note(k)
	return r.MemoryCounter.Incr(ctx, k, w, now)
}
func (r *recordingCounter) AddDistinct(ctx context.Context, k, m string, w time.Duration, now time.Time) (int64, error) {
	r.note(k, m)
	return r.MemoryCounter.AddDistinct(ctx, k, m, w, now)
}
func (r *recordingCounter) FirstUse(ctx context.Context, k, owner string, ttl time.Duration, now time.Time) (bool, error) {
	r.note(k)
	return r.MemoryCounter.FirstUse(ctx, k, owner, ttl, now)
}

func testSigner(t testing.TB) *rendertoken.Signer {
	t.Helper()
	s, err := rendertoken.NewSigner(testKey)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testForm is a browser form with a render token and an origin list.
func testForm() Form {
	return Form{ID: "contact", AllowedOrigins: []string{"https://www.acme-robotics.com"}, RenderToken: true}
}

// genuine returns a realistic, clean submission to contact, rendered 40s
// before it was received.
func genuine(t testing.TB, signer *rendertoken.Signer) *lead.Submission {
	sub := &lead.Submission{
		FormID: "contact",
		Fields: lead.Fields{
			Email:     "maria.garcia@northwind-logistics.com",
			FirstName: "María",
			LastName:  "García",
			Company:   "Northwind Logistics",
			JobTitle:  "Head of Operations",
			Phone:     "+1 650 253 0000",
			Country:   "United States",
			Message:   "Hi, we run 12 warehouses and are looking for a better way to schedule our pickers. Could we book a demo next week? We'd also like to know about pricing for about 80 users.",
		},
		Context: lead.Context{
			IP:             "198.51.100.23",
			UserAgent:      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
			AcceptLanguage: "es-ES,es;q=0.9,en;q=0.8",
			Origin:         "https://www.acme-robotics.com",
			Referer:        "https://www.acme-robotics.com/contact",
			ReceivedAt:     t0,
		},
	}
	if signer != nil {
		sub.Control.Token = signer.Issue("contact", t0.Add(-40*time.Second))
	}
	return sub
}

// testEngine builds an engine with fakes; mutators adjust config and deps.
func testEngine(t testing.TB, cfgFn func(*Config), depsFn func(*Deps)) *Engine {
	t.Helper()
	cfg := DefaultConfig()
	if cfgFn != nil {
		cfgFn(&cfg)
	}
	deps := Deps{
		Tokens:  testSigner(t),
		Counter: NewMemoryCounter(),
		Names:   fakeNames{def: 0.05},
		Domains: fakeDomains{},
	}
	if depsFn != nil {
		depsFn(&deps)
	}
	e, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// checkScreening asserts the invariants every screening must hold.
func checkScreening(t *testing.T, e *Engine, s lead.Screening) {
	t.Helper()
	sum := 0
	for _, r := range s.Reasons {
		if _, ok := DefaultPoints(r.Code); !ok {
			t.Errorf("reason code %q not in Codes", r.Code)
		}
		if r.Stage != lead.StageScreen {
			t.Errorf("%s: stage %q", r.Code, r.Stage)
		}
		if n := len([]rune(r.Detail)); n == 0 || n > 160 {
			t.Errorf("%s: detail length %d: %q", r.Code, n, r.Detail)
		}
		sum += r.Points
	}
	if want := min(100, sum); s.Score != want {
		t.Errorf("score %d, want %d", s.Score, want)
	}
	want := lead.ScreenPass
	switch {
	case s.Score >= e.cfg.JunkAt:
		want = lead.ScreenJunk
	case s.Score >= e.cfg.ReviewAt:
		want = lead.ScreenReview
	}
	if s.Verdict != want {
		t.Errorf("verdict %s for score %d, want %s", s.Verdict, s.Score, want)
	}
}

func reasonFor(s lead.Screening, code string) (lead.Reason, bool) {
	for _, r := range s.Reasons {
		if r.Code == code {
			return r, true
		}
	}
	return lead.Reason{}, false
}

func codesOf(s lead.Screening) []string {
	var out []string
	for _, r := range s.Reasons {
		out = append(out, r.Code)
	}
	return out
}

func ptr[T any](v T) *T { return &v }
