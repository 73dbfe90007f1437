package reviewdigest

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// fakeLeads serves each form's held leads oldest first, two to a page, as
// the store's review index does.
type fakeLeads struct{ byForm map[string][]*lead.Lead }

func (f fakeLeads) ReviewQueue(_ context.Context, form string, limit int, cursor string) ([]*lead.Lead, string, error) {
	var all []*lead.Lead
	for _, l := range f.byForm[form] {
		if l.Verdict == lead.VerdictReview {
			all = append(all, l)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].ReceivedAt.Before(all[j].ReceivedAt) })
	start := 0
	if cursor != "" {
		start = int(cursor[0] - '0')
	}
	end := min(start+min(limit, 2), len(all))
	next := ""
	if end < len(all) {
		next = string(rune('0' + end))
	}
	return all[start:end], next, nil
}

// fakeMarker is an in-memory FirstUse.
type fakeMarker struct {
	seen map[string]bool
	err  error
}

func (m *fakeMarker) FirstUse(_ context.Context, key, _ string, _ time.Duration, _ time.Time) (bool, error) {
	if m.err != nil {
		return false, m.err
	}
	if m.seen[key] {
		return false, nil
	}
	m.seen[key] = true
	return true, nil
}

// fakeSES records raw messages by recipient.
type fakeSES struct {
	to   []string
	raws []string
	err  error
}

func (s *fakeSES) SendRawEmail(_ context.Context, in *ses.SendRawEmailInput, _ ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	if s.err != nil {
		return nil, s.err
	}
	s.to = append(s.to, in.Destinations...)
	s.raws = append(s.raws, string(in.RawMessage.Data))
	return &ses.SendRawEmailOutput{}, nil
}

var day = time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)

func held(id string, ago time.Duration, score int, rs ...lead.Reason) *lead.Lead {
	at := day.Add(7 * time.Hour).Add(-ago)
	return &lead.Lead{ID: id, FormID: "contact-sales", Verdict: lead.VerdictReview, ReceivedAt: at,
		Screening: lead.Screening{Score: score, Reasons: rs}}
}

func setup(t *testing.T) (*Digest, *fakeSES, *fakeMarker) {
	t.Helper()
	fs, err := forms.Parse([]byte("forms:\n  - id: contact-sales\n    name: Talk to sales\n    reviewers: [dana@northwind.example, lena@northwind.example]\n" +
		"  - id: newsletter\n  - id: quiet\n    reviewers: [ops@northwind.example]\n"))
	if err != nil {
		t.Fatal(err)
	}
	fast := lead.Reason{Code: "submit_too_fast", Points: 60}
	// Newest first, as the store lists them; nurture leads are not held.
	leads := fakeLeads{byForm: map[string][]*lead.Lead{
		"contact-sales": {
			held("L3", time.Hour, 45, lead.Reason{Code: "message_links", Points: 30}, lead.Reason{Code: "all_caps", Points: 15}),
			{ID: "N1", Verdict: lead.VerdictNurture, ReceivedAt: day.Add(5 * time.Hour)},
			held("L2", 20*time.Hour, 59, fast, lead.Reason{Code: lead.ReasonUncorroborated, Points: -1}),
			held("L1", 50*time.Hour, 30, lead.Reason{Code: "render_token_missing", Points: 40}),
		},
		"newsletter": {held("X1", time.Hour, 40)}, // no reviewers
		"quiet":      {{ID: "N2", Verdict: lead.VerdictNurture, ReceivedAt: day}},
	}}
	sesf, marker := &fakeSES{}, &fakeMarker{seen: map[string]bool{}}
	return &Digest{Leads: leads, Marker: marker, Mail: sesf, From: mail.Address{Name: "leadsieve", Address: "leads@northwind.example"}, Forms: fs}, sesf, marker
}

func TestQueueOldestFirst(t *testing.T) {
	d, _, _ := setup(t)
	q, err := Queue(context.Background(), d.Leads, "contact-sales")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range q {
		ids = append(ids, l.ID)
	}
	if strings.Join(ids, ",") != "L1,L2,L3" {
		t.Errorf("queue = %v, want L1,L2,L3 (oldest first, review only, across pages)", ids)
	}
}

func TestRunOncePerDayAfterTheHour(t *testing.T) {
	d, sesf, _ := setup(t)
	ctx := context.Background()
	if n, err := d.Run(ctx, day.Add(6*time.Hour+59*time.Minute)); n != 0 || err != nil {
		t.Fatalf("before the hour: %d sent, %v", n, err)
	}
	n, err := d.Run(ctx, day.Add(7*time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("at the hour: %d sent, %v; want one per reviewer of contact-sales", n, err)
	}
	if strings.Join(sesf.to, ",") != "dana@northwind.example,lena@northwind.example" {
		t.Errorf("sent to %v", sesf.to)
	}
	raw := sesf.raws[0]
	for _, want := range []string{
		"Subject: 3 leads held for review on Talk to sales (contact-sales)",
		"From: \"leadsieve\" <leads@northwind.example>",
		"To: <dana@northwind.example>",
		"L1  received 2026-11-01 05:00 UTC (waiting 50h0m0s)  junk score 30",
		"render_token_missing (+40)",
		"submit_too_fast (+60), held: a weak sign alone",
		"message_links (+30), all_caps (+15)",
		"leadctl leads decide ID",
	} {
		if !strings.Contains(raw, want) {
			t.Errorf("digest lacks %q:\n%s", want, raw)
		}
	}
	if i1, i2, i3 := strings.Index(raw, "L1 "), strings.Index(raw, "L2 "), strings.Index(raw, "L3 "); i1 > i2 || i2 > i3 {
		t.Errorf("not oldest first:\n%s", raw)
	}
	if strings.Contains(raw, "N1") {
		t.Errorf("a nurture lead is in the digest:\n%s", raw)
	}
	// Later the same day, in this process or another: nothing more.
	if n, _ := d.Run(ctx, day.Add(9*time.Hour)); n != 0 {
		t.Errorf("second run the same day sent %d", n)
	}
	d.sent = nil // a fresh process sees the store marker
	if n, _ := d.Run(ctx, day.Add(10*time.Hour)); n != 0 {
		t.Errorf("a fresh process sent the day's digest again: %d", n)
	}
	// The next day it goes out again.
	if n, _ := d.Run(ctx, day.Add(31*time.Hour)); n != 2 {
		t.Errorf("next day: %d sent, want 2", n)
	}
}

func TestRunFailures(t *testing.T) {
	d, sesf, marker := setup(t)
	ctx := context.Background()
	marker.err = errors.New("throttled")
	if _, err := d.Run(ctx, day.Add(8*time.Hour)); err == nil {
		t.Error("a marker failure was not reported")
	}
	marker.err = nil
	sesf.err = errors.New("ses down")
	if n, err := d.Run(ctx, day.Add(8*time.Hour)); n != 0 || err != nil {
		t.Errorf("a failed send: %d sent, %v; want 0 and the failure logged", n, err)
	}
}

func TestMessageListsAtMostMaxListed(t *testing.T) {
	f := &forms.Form{ID: "contact-sales"}
	var q []*lead.Lead
	for i := range maxListed + 3 {
		q = append(q, held("L", time.Duration(maxListed-i)*time.Hour, 40))
	}
	m := Message(f, q, day.Add(8*time.Hour))
	if !strings.Contains(m.Text, "... and 3 more: leadctl leads review --form contact-sales") || m.Subject != "53 leads held for review on contact-sales" {
		t.Errorf("subject %q, text:\n%s", m.Subject, m.Text)
	}
	one := Message(f, q[:1], day)
	if one.Subject != "1 lead held for review on contact-sales" {
		t.Errorf("subject %q", one.Subject)
	}
}

func TestReasons(t *testing.T) {
	tests := []struct {
		name string
		rs   []lead.Reason
		want string
	}{
		{"none", nil, "-"},
		{"only zero points", []lead.Reason{{Code: "free_mail"}}, "-"},
		{"strongest first, three at most", []lead.Reason{{Code: "a", Points: 10}, {Code: "b", Points: 30}, {Code: "c", Points: 20}, {Code: "d", Points: 15}},
			"b (+30), c (+20), d (+15)"},
		{"held weak sign", []lead.Reason{{Code: "submit_too_fast", Points: 60}, {Code: lead.ReasonUncorroborated, Points: -1}},
			"submit_too_fast (+60), held: a weak sign alone"},
	}
	for _, tc := range tests {
		if got := Reasons(tc.rs, topReasons); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
