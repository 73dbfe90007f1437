package batch_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/screen"
)

func newScreener(t testing.TB) *batch.Screener {
	t.Helper()
	return newScreenerOn(t, nil)
}

// newScreenerOn is newScreener counting velocity on tl (nil: in input
// order), as `leadctl screen` does by default.
func newScreenerOn(t testing.TB, tl *screen.Timeline) *batch.Screener {
	t.Helper()
	return newScreenerWith(t, tl, config.Forms())
}

// newScreenerWith is newScreenerOn with the forms of formsYAML.
func newScreenerWith(t testing.TB, tl *screen.Timeline, formsYAML []byte) *batch.Screener {
	t.Helper()
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := forms.Parse(formsYAML)
	if err != nil {
		t.Fatal(err)
	}
	deps := judge.Deps(judge.DepsOptions{Counter: screen.NewMemoryCounter(), Now: time.Now})
	deps.Timeline = tl
	j, err := judge.New(rs, deps, judge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &batch.Screener{Judge: j, Forms: fs}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		line    string
		wantErr string
	}{
		{`{"id":"a","form_id":"f","fields":{"email":"a@b.co","size":50,"ok":true,"x":null}}`, ""},
		{`{"id":"a","form_id":"f","fields":{"email":["a"]}}`, "malformed"},
		{`{"id":"a","fields":{}}`, "missing form_id"},
		{`{"id":`, "malformed"},
	}
	for _, tc := range tests {
		in, err := batch.Decode([]byte(tc.line))
		if tc.wantErr == "" {
			if err != nil || fieldValue(in.Fields, "size") != "50" || fieldValue(in.Fields, "ok") != "true" || fieldValue(in.Fields, "x") != "" {
				t.Errorf("%s: %+v %v", tc.line, in, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("%s: err %v, want %q", tc.line, err, tc.wantErr)
		}
	}
}

func TestScreenHoneypotAndElapsed(t *testing.T) {
	s := newScreener(t)
	fast := int64(900)
	in := &batch.Input{ID: "b1", FormID: "contact-sales", SubmittedAt: time.Now(),
		Fields:  batch.Fields{{Name: "email", Value: "real.person@brandt-maschinenbau.de"}, {Name: "first_name", Value: "Real"}, {Name: "company", Value: "Brandt"}, {Name: "website_url", Value: "http://x.example"}},
		Context: batch.Context{IP: "203.0.113.9", UserAgent: "Mozilla/5.0 Firefox/131.0", AcceptLanguage: "de", ElapsedMS: &fast}}
	o := s.Screen(context.Background(), in)
	codes := map[string]bool{}
	for _, r := range o.Reasons {
		codes[r.Code] = true
	}
	if o.Verdict != lead.VerdictJunk || !codes["honeypot_filled"] || !codes["submit_instant"] {
		t.Fatalf("want junk with honeypot_filled and submit_instant: %+v", o)
	}
}

// TestSubmissionIsDeterministic: names that mean the same field are joined
// in the order the line gives them, every time.
func TestSubmissionIsDeterministic(t *testing.T) {
	s := newScreener(t)
	line := []byte(`{"id":"d1","form_id":"contact-sales","fields":{"Company":"Acme","company":"Acme GmbH","company_name":"ACME","email":"a@acme-gmbh.example"}}`)
	var first string
	for i := range 50 {
		in, err := batch.Decode(line)
		if err != nil {
			t.Fatal(err)
		}
		sub, _, err := s.Submission(in)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = sub.Fields.Company
			if want := "Acme, Acme GmbH, ACME"; first != want {
				t.Fatalf("joined %q, want %q (line order)", first, want)
			}
			continue
		}
		if sub.Fields.Company != first {
			t.Fatalf("run %d joined %q, first run %q", i, sub.Fields.Company, first)
		}
	}
}

// fieldValue is the value of the field named name, "" when there is none.
func fieldValue(fs batch.Fields, name string) batch.Value {
	v, _ := fs.Get(name)
	return v
}
