package screen

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// loadCorpusSubmissions reads the submissions of the shipped corpora and
// back-test history, received at their submitted_at.
func loadCorpusSubmissions(tb testing.TB) []lead.Submission {
	tb.Helper()
	paths, _ := filepath.Glob("../../testdata/corpus/*.jsonl")
	paths = append(paths, "../../testdata/backtest/history.jsonl")
	var subs []lead.Submission
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		for n, raw := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			var line struct {
				lead.Submission
				SubmittedAt time.Time `json:"submitted_at"`
			}
			if err := json.Unmarshal(raw, &line); err != nil {
				tb.Fatalf("%s line %d: %v", path, n+1, err)
			}
			line.Submission.Context.ReceivedAt = line.SubmittedAt
			subs = append(subs, line.Submission)
		}
	}
	if len(subs) < 1000 {
		tb.Fatalf("only %d corpus submissions", len(subs))
	}
	return subs
}

// TestVelocityMemoryMatchesReference screens the same submissions with an
// engine on a MemoryCounter (detectMemory's keys built on the stack,
// remembered reasons) and one on the reference counter (the general
// in-process path: plainCounterKey and localKey keys, maps keyed by key
// and window start): every screening must be identical. The corpus goes
// through in file order (time mostly goes forward), shuffled (time jumps
// back and forth, so sweeps find most or little expired), and as random
// variations that share IPs, addresses and messages so that every
// velocity check fires, with counts past the remembered range.
func TestVelocityMemoryMatchesReference(t *testing.T) {
	corpus := loadCorpusSubmissions(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	shuffled := append([]lead.Submission(nil), corpus...)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	// Random variations: few IPs (v4 and v6), addresses and messages,
	// times within days of each other and sometimes going back.
	ips := []string{"198.51.100.7", "2001:db8:1:2::9", "2001:db8:1:2:ffff::1", "::ffff:203.0.113.5", "bad ip", ""}
	varied := make([]lead.Submission, 6000)
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for i := range varied {
		s := corpus[rng.IntN(len(corpus))]
		s.Context.IP = ips[rng.IntN(len(ips))]
		if rng.IntN(2) == 0 {
			s.Fields.Email = "buyer" + strconv.Itoa(rng.IntN(40)) + "@Example-Corp.COM"
		}
		if rng.IntN(2) == 0 {
			s.Fields.Message = corpus[rng.IntN(20)].Fields.Message
		}
		if rng.IntN(3) == 0 {
			// A burst from one address: counts past 100.
			s.Fields.Email = "burst@example-corp.com"
			s.Context.IP = "198.51.100.99"
		}
		now = now.Add(time.Duration(rng.IntN(600)-100) * time.Second)
		if rng.IntN(200) == 0 {
			now = now.Add(time.Duration(rng.IntN(72)-36) * time.Hour)
		}
		s.Context.ReceivedAt = now
		varied[i] = s
	}
	for _, tc := range []struct {
		name string
		subs []lead.Submission
	}{{"in order", corpus}, {"shuffled", shuffled}, {"varied", varied}} {
		t.Run(tc.name, func(t *testing.T) {
			mem := NewMemoryCounter()
			ref := newRefCounter()
			fast := testEngine(t, nil, func(d *Deps) { d.Counter = mem })
			slow := testEngine(t, nil, func(d *Deps) { d.Counter = ref })
			form := Form{ID: "contact"}
			fired := map[string]int{}
			for i := range tc.subs {
				a, b := tc.subs[i], tc.subs[i]
				got := fast.Screen(ctx, form, &a)
				want := slow.Screen(ctx, form, &b)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("submission %d: MemoryCounter screening\n%+v\nreference\n%+v", i, got, want)
				}
				for _, r := range got.Reasons {
					fired[r.Code]++
				}
			}
			if !mem.sameState(ref) {
				t.Errorf("counter state differs from the reference's after %d submissions", len(tc.subs))
			}
			if tc.name == "varied" {
				for _, code := range []string{CodeIPVelocity, CodeEmailVelocity, CodeRepeatedMessage} {
					if fired[code] < 50 {
						t.Errorf("%s fired %d times: the comparison proves little", code, fired[code])
					}
				}
			}
		})
	}
}

// TestVelocityReasonMatchesFormula holds the remembered reasons to the
// details built each time, for counts in and past the remembered range,
// asked twice (a miss, then a hit).
func TestVelocityReasonMatchesFormula(t *testing.T) {
	e := testEngine(t, nil, nil)
	in := &Input{eng: e}
	cfg := e.cfg.Velocity
	count := func(n int64) string { return strconv.FormatInt(n, 10) }
	d := velocityDetector{e}
	for range 2 {
		for n := int64(-1); n < 130; n++ {
			for check, want := range []lead.Reason{
				in.reason(CodeIPVelocity, count(n)+" submissions from this IP address within "+fmtDuration(cfg.IP.Window.D())),
				in.reason(CodeEmailVelocity, count(n)+" submissions from this email address within "+fmtDuration(cfg.Email.Window.D())),
				in.reason(CodeRepeatedMessage, "the same message came from "+count(n)+" email addresses within "+fmtDuration(cfg.RepeatedMessage.Window.D())),
			} {
				if got := d.velocityReason(in, check, n); got != want {
					t.Fatalf("velocityReason(%d, %d) = %+v, want %+v", check, n, got, want)
				}
			}
		}
	}
}
