package screen

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestTimelineBursts lays out small exports and checks which rows are a
// burst: judged by submitted_at in both directions, whatever the order of
// the lines, so a burst's first rows count too.
func TestTimelineBursts(t *testing.T) {
	type row struct {
		email, ip, msg string
		at             time.Duration // after t0
	}
	msg := "Please send me your price list for the enterprise plan today"
	tests := []struct {
		name  string
		rows  []row
		burst []bool // per row, in the order given
	}{
		{"one address four times in a minute", []row{
			{"ana@acme.com", "198.51.100.1", "", 0}, {"ana@acme.com", "198.51.100.2", "", 15 * time.Second},
			{"ana@acme.com", "198.51.100.3", "", 30 * time.Second}, {"ana@acme.com", "198.51.100.4", "", 45 * time.Second},
		}, []bool{true, true, true, true}},
		{"the same, lines out of order", []row{
			{"ana@acme.com", "198.51.100.4", "", 45 * time.Second}, {"ana@acme.com", "198.51.100.1", "", 0},
			{"ana@acme.com", "198.51.100.3", "", 30 * time.Second}, {"ana@acme.com", "198.51.100.2", "", 15 * time.Second},
		}, []bool{true, true, true, true}},
		{"one IP, new addresses seconds apart", []row{
			{"a1@mail.com", "203.0.113.7", "", 0}, {"b2@mail.com", "203.0.113.7", "", 5 * time.Second},
			{"c3@mail.com", "203.0.113.7", "", 9 * time.Second}, {"d4@mail.com", "203.0.113.7", "", 14 * time.Second},
			{"e5@mail.com", "203.0.113.7", "", 2 * time.Hour},
		}, []bool{true, true, true, true, false}},
		{"one IPv6 /64, new addresses", []row{
			{"a1@mail.com", "2001:db8:1:2::10", "", 0}, {"b2@mail.com", "2001:db8:1:2::11", "", 5 * time.Second},
			{"c3@mail.com", "2001:db8:1:2::12", "", 9 * time.Second}, {"d4@mail.com", "2001:db8:1:2::13", "", 14 * time.Second},
		}, []bool{true, true, true, true}},
		{"one message from new names and IPs", []row{
			{"a1@mail.com", "192.0.2.1", msg, 0}, {"b2@mail.com", "192.0.2.2", msg, 20 * time.Second},
			{"c3@mail.com", "192.0.2.3", msg, 40 * time.Second}, {"d4@mail.com", "192.0.2.4", msg, 60 * time.Second},
		}, []bool{true, true, true, true}},
		{"three rows are a person retrying", []row{
			{"ana@acme.com", "198.51.100.1", "", 0}, {"ana@acme.com", "198.51.100.1", "", 10 * time.Second},
			{"ana@acme.com", "198.51.100.1", "", 20 * time.Second},
		}, []bool{false, false, false}},
		{"a slow script: a row every 50 s", []row{
			{"ana@acme.com", "198.51.100.1", "", 0}, {"ana@acme.com", "198.51.100.1", "", 50 * time.Second},
			{"ana@acme.com", "198.51.100.1", "", 100 * time.Second}, {"ana@acme.com", "198.51.100.1", "", 150 * time.Second},
		}, []bool{true, true, true, true}},
		{"four rows spread over an hour", []row{
			{"ana@acme.com", "198.51.100.1", "", 0}, {"ana@acme.com", "198.51.100.1", "", 20 * time.Minute},
			{"ana@acme.com", "198.51.100.1", "", 40 * time.Minute}, {"ana@acme.com", "198.51.100.1", "", 60 * time.Minute},
		}, []bool{false, false, false, false}},
		{"an office: different people, minutes apart", []row{
			{"a@corp.com", "198.51.100.9", "", 0}, {"b@corp.com", "198.51.100.9", "", 3 * time.Minute},
			{"c@corp.com", "198.51.100.9", "", 7 * time.Minute}, {"d@corp.com", "198.51.100.9", "", 12 * time.Minute},
		}, []bool{false, false, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := NewTimeline()
			e := testEngine(t, nil, func(d *Deps) { d.Timeline = tl; d.Counter = nil; d.Tokens = nil })
			var subs []*lead.Submission
			for _, r := range tc.rows {
				sub := genuine(t, nil)
				sub.Fields.Email, sub.Context.IP, sub.Context.ReceivedAt = r.email, r.ip, t0.Add(r.at)
				if r.msg != "" {
					sub.Fields.Message = r.msg
				}
				subs = append(subs, sub)
				tl.Add(sub)
			}
			form := testForm()
			form.RenderToken = false
			for i, sub := range subs {
				s := e.Screen(context.Background(), form, sub)
				_, got := reasonFor(s, CodeSubmissionBurst)
				if got != tc.burst[i] {
					t.Errorf("row %d: burst %v, want %v: %v", i, got, tc.burst[i], s.Reasons)
				}
				if got && s.Verdict != lead.ScreenJunk {
					t.Errorf("row %d: a burst is decisive, got %s", i, s.Verdict)
				}
			}
		})
	}
}

// TestTimelineVelocityBySubmittedAt: the velocity limits count the rows
// submitted within the window before a row, by time, not by line order.
func TestTimelineVelocityBySubmittedAt(t *testing.T) {
	tl := NewTimeline()
	e := testEngine(t, nil, func(d *Deps) { d.Timeline = tl; d.Counter = nil; d.Tokens = nil })
	// Seven rows from one IP, 9 minutes apart (no burst), given newest first.
	var subs []*lead.Submission
	for i := 6; i >= 0; i-- {
		sub := genuine(t, nil)
		sub.Fields.Email = fmt.Sprintf("p%d@corp.com", i)
		sub.Context.ReceivedAt = t0.Add(time.Duration(i) * 9 * time.Minute)
		subs = append(subs, sub)
		tl.Add(sub)
	}
	form := testForm()
	form.RenderToken = false
	var flagged []int
	for i, sub := range subs {
		if _, ok := reasonFor(e.Screen(context.Background(), form, sub), CodeIPVelocity); ok {
			flagged = append(flagged, 6-i)
		}
	}
	// The limit is 5 an hour: the 6th and 7th by time.
	if !slices.Equal(flagged, []int{6, 5}) {
		t.Errorf("ip_velocity on rows %v (by time), want [6 5]", flagged)
	}
}

// TestTimelineCount checks the window arithmetic, bounds included.
func TestTimelineCount(t *testing.T) {
	tl := NewTimeline()
	for _, s := range []int{0, 10, 20, 20, 50} {
		sub := genuine(t, nil)
		sub.Context.ReceivedAt = t0.Add(time.Duration(s) * time.Second)
		tl.Add(sub)
	}
	key := timelineKey("ip", "198.51.100.23")
	if n, _ := tl.Count(key, t0.Add(10*time.Second), t0.Add(20*time.Second)); n != 3 {
		t.Errorf("count in [10s, 20s] = %d, want 3", n)
	}
	if n := tl.Chain(key, t0.Add(50*time.Second), 30*time.Second); n != 5 {
		t.Errorf("chain with 30 s gaps holding 50s = %d, want 5 (0, 10, 20, 20, 50)", n)
	}
	if n := tl.Chain(key, t0.Add(50*time.Second), 20*time.Second); n != 1 {
		t.Errorf("chain with 20 s gaps holding 50s = %d, want 1", n)
	}
	if n := tl.Chain(key, t0, 10*time.Second); n != 4 {
		t.Errorf("chain with 10 s gaps holding 0s = %d, want 4", n)
	}
	if n := tl.Chain(key, t0.Add(5*time.Second), time.Hour); n != 0 {
		t.Errorf("chain at a time with no row = %d, want 0", n)
	}
	if n, _ := tl.Count("ip:nobody", t0, t0.Add(time.Hour)); n != 0 {
		t.Errorf("unknown key counted %d", n)
	}
}

// TestTimelineCountDistinct: a member counts once in a range, at whichever
// of its rows comes first there, however many rows it has before.
func TestTimelineCountDistinct(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	tl := NewTimeline()
	for i, m := range []string{"a", "b", "a", "", "c", "a", "b"} {
		tl.rows["k"] = append(tl.rows["k"], timelineRow{at: at(i), member: m})
	}
	tests := []struct {
		from, to       int
		rows, distinct int
	}{
		{0, 6, 7, 3}, {1, 2, 2, 2}, {2, 5, 4, 2}, {3, 3, 1, 0}, {5, 6, 2, 2}, {7, 9, 0, 0},
	}
	for _, tc := range tests {
		rows, distinct := tl.Count("k", at(tc.from), at(tc.to))
		if rows != tc.rows || distinct != tc.distinct {
			t.Errorf("Count(%d..%d) = %d rows, %d distinct; want %d, %d", tc.from, tc.to, rows, distinct, tc.rows, tc.distinct)
		}
	}
}

// TestTimelineChain: a run joins rows within gap of the one before, rows
// at one time included whatever their number.
func TestTimelineChain(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	tl := NewTimeline()
	for _, m := range []int{0, 0, 0, 5, 6, 6, 20} {
		tl.rows["k"] = append(tl.rows["k"], timelineRow{at: at(m)})
	}
	tests := []struct{ at, gap, want int }{
		{0, 2, 3}, {5, 2, 3}, {6, 2, 3}, {20, 2, 1}, {3, 2, 0}, {0, 10, 6}, {20, 10, 1}, {20, 14, 7}, {0, -1, 1},
	}
	for _, tc := range tests {
		if got := tl.Chain("k", at(tc.at), time.Duration(tc.gap)*time.Minute); got != tc.want {
			t.Errorf("Chain(at %d, gap %d) = %d, want %d", tc.at, tc.gap, got, tc.want)
		}
	}
}

// TestTimelineCrowded: more than max rows within span, one of them at the
// row asked about, whatever the gaps between them.
func TestTimelineCrowded(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	tl := NewTimeline()
	// Four rows two or three minutes apart, then one alone, then three at
	// one time.
	for _, m := range []int{0, 2, 5, 7, 30, 60, 60, 60} {
		tl.rows["k"] = append(tl.rows["k"], timelineRow{at: at(m)})
	}
	tests := []struct {
		name          string
		at, max, span int
		want          bool
	}{
		{"first row of four within 7 minutes", 0, 3, 10, true},
		{"last row of four", 7, 3, 10, true},
		{"span too short for four", 2, 3, 6, false},
		{"three are not more than three", 5, 3, 5, false},
		{"a lone row after them", 30, 3, 10, false},
		{"a lone row, generous span", 30, 3, 28, true}, // 2, 5, 7 and 30 within 28
		{"rows at one time", 60, 2, 0, true},
		{"rows at one time, not enough", 60, 3, 0, false},
		{"no row at that time", 3, 1, 60, false},
	}
	for _, tc := range tests {
		if got := tl.Crowded("k", at(tc.at), tc.max, time.Duration(tc.span)*time.Minute); got != tc.want {
			t.Errorf("%s: Crowded(at %d, max %d, span %d) = %v, want %v", tc.name, tc.at, tc.max, tc.span, got, tc.want)
		}
	}
}

// TestMailboxKey: one inbox spelt many ways is one sender; different
// people at one company are not.
func TestMailboxKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"ana.souza@gmail.com", "anasouza+123@gmail.com", true},
		{"AnaSouza@googlemail.com", "an.asouza@gmail.com", true},
		{"ana+promo@padaria.com.br", "Ana@padaria.com.br", true},
		{"ana.souza@padaria.com.br", "anasouza@padaria.com.br", false}, // dots matter outside Gmail
		{"ana@padaria.com.br", "bruno@padaria.com.br", false},
	} {
		ka, kb := mailboxKey(ParseEmail(tc.a)), mailboxKey(ParseEmail(tc.b))
		if (ka == kb) != tc.same {
			t.Errorf("%s -> %s, %s -> %s: same %v, want %v", tc.a, ka, tc.b, kb, ka == kb, tc.same)
		}
	}
}

// TestMessageSkeleton: one template filled with each sender's names has
// one skeleton, in several languages; different people's short requests
// and messages without names inside a sentence have none or differ.
func TestMessageSkeleton(t *testing.T) {
	same := [][2]string{
		{"Hi, I am Ana Souza from Padaria Souza. Please send me your price list and a brochure.",
			"Hi, I am Lukas Brenner from Brenner Maschinenbau. Please send me your price list and a brochure."},
		{"Guten Tag, hier ist Jan Kowalski von der Firma Nowak, bitte senden Sie uns Ihre Preisliste zu.",
			"Guten Tag, hier ist Eva Lang von der Firma Brandt, bitte senden Sie uns Ihre Preisliste zu."},
		{"Bonjour, je suis Camille Rousseau de Atelier Rousseau et je voudrais recevoir votre brochure.",
			"Bonjour, je suis Julien Marchand de Marchand Conseil et je voudrais recevoir votre brochure."},
		{"Hi, I am Sanne de Vries from Vries Techniek. Please send me your price list and a brochure.",
			"Hi, I am Дмитрий Соколов from ТехноСнаб. Please send me your price list and a brochure."},
		{"Hola, soy Diego Ramírez de Ramírez y Asociados y quiero recibir su catálogo de precios hoy.",
			"Hola, soy Ana Souza de Padaria Souza y quiero recibir su catálogo de precios hoy."},
	}
	for _, p := range same {
		a, b := messageSkeleton(p[0]), messageSkeleton(p[1])
		if a == "" || a != b {
			t.Errorf("%q and %q: skeletons %q and %q, want one", p[0], p[1], a, b)
		}
	}
	for _, m := range []string{
		"Could you send me the slides from today's webinar?", // no name inside a sentence
		"Hi Ana, thanks!",                       // too short once the name is out
		"we need pricing for 40 seats and sso.", // no capitals
	} {
		if sk := messageSkeleton(m); sk != "" {
			t.Errorf("%q: skeleton %q, want none", m, sk)
		}
	}
	if a, b := messageSkeleton("We use Salesforce and need a demo for our team of twenty next week."),
		messageSkeleton("We use HubSpot and want pricing for our team of twenty next month."); a == b {
		t.Errorf("two different requests share the skeleton %q", a)
	}
}
