package console_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

// Users of each group, and one in none.
var (
	admin     = &console.User{Subject: "sub-admin", Name: "ada", Groups: []console.Group{console.GroupAdmin}}
	marketing = &console.User{Subject: "sub-mkt", Name: "maria", Groups: []console.Group{console.GroupMarketing}}
	sales     = &console.User{Subject: "sub-sales", Name: "sam", Groups: []console.Group{console.GroupSales}}
	reviewer  = &console.User{Subject: "sub-rev", Name: "rita", Groups: []console.Group{console.GroupReviewer}}
	nobody    = &console.User{Subject: "sub-none", Name: "nina"}
)

// mkLead is a stored lead of form received at t0+after.
func mkLead(form, email string, v lead.Verdict, after time.Duration, change ...func(*lead.Lead)) *lead.Lead {
	at := t0.Add(after)
	l := &lead.Lead{ID: lead.NewID(at), FormID: form, Email: email, Verdict: v, ReceivedAt: at, UpdatedAt: at,
		SchemaVersion: lead.SchemaVersion, Fields: lead.Fields{Email: email, FirstName: "Ana", LastName: "Lima", Company: "Acme Tools"},
		Context: lead.Context{IP: "203.0.113.7", UserAgent: "Mozilla/5.0", ReceivedAt: at},
		History: []lead.VerdictChange{{At: at, Verdict: v, Cause: "submitted"}}}
	for _, c := range change {
		c(l)
	}
	return l
}

// req is one request to the console's mux.
type req struct {
	method, path string
	user         *console.User
	form         url.Values
	html         bool
}

func (r req) do(t testing.TB, mux http.Handler) *httptest.ResponseRecorder {
	t.Helper()
	var body *strings.Reader
	if r.form != nil {
		body = strings.NewReader(r.form.Encode())
	} else {
		body = strings.NewReader("")
	}
	hr := httptest.NewRequest(r.method, r.path, body)
	if r.form != nil {
		hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if r.html {
		hr.Header.Set("HX-Request", "true")
	}
	if r.user != nil {
		hr = hr.WithContext(console.WithUser(hr.Context(), *r.user))
	}
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, hr)
	return w
}

func serve(p *console.Pages) *http.ServeMux {
	mux := http.NewServeMux()
	p.Register(mux)
	p.RegisterPublic(mux)
	return mux
}

func memPages(m *memLeads) *console.Pages {
	return &console.Pages{Leads: m, Saver: m, Audit: m, Forms: console.FixedForms("demo", "newsletter"),
		JunkRetention: 30 * 24 * time.Hour, Now: func() time.Time { return t0.Add(48 * time.Hour) }}
}

func decode[T any](t *testing.T, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("answer is not JSON (%d): %v\n%s", w.Code, err, w.Body)
	}
	return v
}

// checkFragment fails when an HTML answer would need the CSP to allow
// inline scripts or styles.
func checkFragment(t *testing.T, w *httptest.ResponseRecorder) {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("content type %q, want HTML", ct)
	}
	body := strings.ToLower(w.Body.String())
	for _, bad := range []string{"<script", "style=", " onclick=", "javascript:"} {
		if strings.Contains(body, bad) {
			t.Errorf("fragment holds %q, which the CSP forbids", bad)
		}
	}
}
