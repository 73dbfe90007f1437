package loadtest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
)

func TestParseMix(t *testing.T) {
	tests := []struct {
		in      string
		want    Mix
		wantErr string
	}{
		{"qualified=45,nurture=45,junk=10", Mix{Qualified: 45, Nurture: 45, Junk: 10}, ""},
		{"qualified=100", Mix{Qualified: 100}, ""},
		{"qualified=50,nurture=40", nil, "add up to 90"},
		{"qualified=50,review=50", nil, "unknown class"},
		{"qualified", nil, "class=percent"},
		{"qualified=-1,nurture=101", nil, "class=percent"},
	}
	for _, tc := range tests {
		got, err := ParseMix(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseMix(%q) error = %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("ParseMix(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// Every block of 100 submissions has exactly the mix's shares, and no
// class comes in long runs.
func TestMixInterleaves(t *testing.T) {
	m := Mix{Qualified: 45, Nurture: 45, Junk: 10}
	count := map[Class]int{}
	run, longest := 0, 0
	for n := range 300 {
		c := m.classOf(n)
		count[c]++
		if n > 0 && c == m.classOf(n-1) {
			run++
		} else {
			run = 1
		}
		longest = max(longest, run)
	}
	if count[Qualified] != 135 || count[Nurture] != 135 || count[Junk] != 30 {
		t.Errorf("counts = %v", count)
	}
	if longest > 3 {
		t.Errorf("longest run of one class = %d", longest)
	}
}

// Submissions are distinct people from distinct addresses.
func TestSubmissionsDistinct(t *testing.T) {
	emails, ips := map[string]bool{}, map[string]bool{}
	for n := range 70000 {
		s := submission(n, DefaultMix.classOf(n))
		if emails[s.Email] || ips[s.SourceIP.String()] {
			t.Fatalf("submission %d repeats %s or %s", n, s.Email, s.SourceIP)
		}
		emails[s.Email], ips[s.SourceIP.String()] = true, true
		if !s.SourceIP.IsLoopback() || s.Email != strings.ToLower(s.Email) {
			t.Fatalf("submission %d: %s from %s", n, s.Email, s.SourceIP)
		}
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	p := percentiles(ds)
	if p.N != 100 || p.P50 != 50*time.Millisecond || p.P99 != 99*time.Millisecond || p.Max != 100*time.Millisecond {
		t.Errorf("percentiles = %+v", p)
	}
	if p := percentiles(nil); p.N != 0 {
		t.Errorf("empty = %+v", p)
	}
}

// evaluate finds each kind of failure the harness exists to catch.
func TestEvaluate(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	sub := func(n int, class Class, status int, id string) *Submission {
		s := submission(n, class)
		s.Result = Result{Sent: t0.Add(time.Duration(n) * time.Second), Latency: 10 * time.Millisecond, Status: status, ID: id}
		return s
	}
	stored := func(s *Submission, id, verdict string) storedLead {
		return storedLead{ID: id, Email: s.Email, Verdict: verdict}
	}
	sales := func(id string, at time.Time) devstack.Email {
		return devstack.Email{To: []string{"Sam Okafor <sam.okafor@northwind.example>"}, Subject: "New lead",
			Text: "CONTACT\n...\nSOURCE\n  Lead ID    " + id + "\n", At: at}
	}
	q := sub(0, Qualified, 201, "L0")
	n := sub(1, Nurture, 201, "L1")
	good := func() ([]*Submission, *snapshot) {
		return []*Submission{q, n}, &snapshot{
			leads:  []storedLead{stored(q, "L0", "qualified"), stored(n, "L1", "nurture")},
			emails: []devstack.Email{sales("L0", q.Result.Sent.Add(300*time.Millisecond))},
		}
	}
	tests := []struct {
		name   string
		change func(subs []*Submission, snap *snapshot) []*Submission
		want   string // a failure naming this, "" for PASS
		// notWant must not be among the failures.
		notWant string
	}{
		{"all good", func(s []*Submission, _ *snapshot) []*Submission { return s }, "", ""},
		{"lost lead", func(s []*Submission, snap *snapshot) []*Submission {
			snap.leads = snap.leads[1:]
			snap.emails = nil
			return s
		}, "answered 201 but not stored", ""},
		{"duplicate lead", func(s []*Submission, snap *snapshot) []*Submission {
			snap.leads = append(snap.leads, stored(n, "L9", "nurture"))
			return s
		}, "duplicate stored leads", ""},
		{"duplicate sales mail", func(s []*Submission, snap *snapshot) []*Submission {
			snap.emails = append(snap.emails, sales("L0", t0.Add(time.Minute)))
			return s
		}, "more than one sales e-mail", ""},
		{"missing sales mail", func(s []*Submission, snap *snapshot) []*Submission {
			snap.emails = nil
			return s
		}, "no sales e-mail", ""},
		{"sales mail for a nurture lead", func(s []*Submission, snap *snapshot) []*Submission {
			snap.emails = append(snap.emails, sales("L1", t0.Add(2*time.Second)))
			return s
		}, "not accepted as qualified", ""},
		{"slow sales mail", func(s []*Submission, snap *snapshot) []*Submission {
			snap.emails = []devstack.Email{sales("L0", q.Result.Sent.Add(3*time.Second))}
			return s
		}, "speed-to-lead p99", ""},
		{"refused but stored", func(s []*Submission, snap *snapshot) []*Submission {
			r := sub(2, Nurture, 503, "")
			snap.leads = append(snap.leads, stored(r, "L2", "nurture"))
			return append(s, r)
		}, "refused but stored", ""},
		{"503 without an outage", func(s []*Submission, _ *snapshot) []*Submission {
			return append(s, sub(2, Nurture, 503, ""))
		}, "answers 503", ""},
		{"nurture step twice", func(s []*Submission, snap *snapshot) []*Submission {
			step := devstack.Email{To: []string{n.Email}, Subject: "A buyer's guide"}
			snap.emails = append(snap.emails, step, step)
			return s
		}, "nurture steps went out twice", ""},
		{"no answer, stored and notified once", func(s []*Submission, snap *snapshot) []*Submission {
			lost := sub(3, Qualified, 0, "")
			snap.leads = append(snap.leads, stored(lost, "L3", "qualified"))
			snap.emails = append(snap.emails, sales("L3", lost.Result.Sent.Add(time.Second)))
			return append(s, lost)
		}, "1 posts got no answer", "sales e-mail"},
		{"no answer, stored, notified twice", func(s []*Submission, snap *snapshot) []*Submission {
			lost := sub(3, Qualified, 0, "")
			snap.leads = append(snap.leads, stored(lost, "L3", "qualified"))
			snap.emails = append(snap.emails, sales("L3", lost.Result.Sent.Add(time.Second)), sales("L3", lost.Result.Sent.Add(time.Minute)))
			return append(s, lost)
		}, "1 qualified leads got more than one sales e-mail", "not accepted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subs, snap := good()
			subs = tc.change(subs, snap)
			ours := map[string]*Submission{}
			for _, s := range subs {
				ours[s.Email] = s
			}
			r := &Report{Settled: true}
			evaluate(r, subs, snap, ours)
			got := strings.Join(r.Failures, "; ")
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("failures = %q, want %q", got, tc.want)
			}
			if tc.notWant != "" && strings.Contains(got, tc.notWant) {
				t.Errorf("failures = %q, want none about %q", got, tc.notWant)
			}
		})
	}
}
