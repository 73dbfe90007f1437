package screen

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/wordtable"
)

// TestMemoryCounterMatchesReference runs the same random operations on a
// MemoryCounter and on the reference: keys, windows and a clock that
// mostly jumps forward (so that sweeps find everything, most or little
// expired) but sometimes goes back. Every answer, and the live entries
// after every sweep, must agree.
func TestMemoryCounterMatchesReference(t *testing.T) {
	// Jumpy clocks make sweeps find all or most entries expired; a
	// steady one only the minute windows; a stopped one none.
	for seed, step := range []func(*rand.Rand) time.Duration{
		jumpyStep, jumpyStep, jumpyStep,
		func(r *rand.Rand) time.Duration { return time.Duration(r.IntN(6)) * time.Second },
		func(*rand.Rand) time.Duration { return 0 },
	} {
		rng := rand.New(rand.NewPCG(uint64(seed), 99))
		c := NewMemoryCounter()
		ref := newRefCounter()
		ctx := context.Background()
		now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		windows := []time.Duration{time.Minute, time.Hour, 24 * time.Hour}
		for i := range 60000 {
			now = now.Add(step(rng))
			key := "k" + strconv.Itoa(rng.IntN(400))
			w := windows[rng.IntN(len(windows))]
			switch op := rng.IntN(3); op {
			case 0:
				want, _ := ref.Incr(ctx, key, w, now)
				n, err := c.Incr(ctx, key, w, now)
				if err != nil || n != want {
					t.Fatalf("seed %d step %d: Incr = %d %v, want %d", seed, i, n, err, want)
				}
			case 1:
				member := "m" + strconv.Itoa(rng.IntN(3))
				want, _ := ref.AddDistinct(ctx, key, member, w, now)
				n, err := c.AddDistinct(ctx, key, member, w, now)
				if err != nil || n != want {
					t.Fatalf("seed %d step %d: AddDistinct = %d %v, want %d", seed, i, n, err, want)
				}
			case 2:
				want, _ := ref.FirstUse(ctx, key, w, now)
				got, err := c.FirstUse(ctx, key, w, now)
				if err != nil || got != want {
					t.Fatalf("seed %d step %d: FirstUse = %v %v, want %v", seed, i, got, err, want)
				}
			}
			if ref.ops%sweepEvery == 0 && !c.sameState(ref) {
				t.Fatalf("seed %d step %d: after a sweep %d/%d/%d entries, reference %d/%d/%d", seed, i,
					len(c.counts.index), len(c.sets.index), len(c.uses), len(ref.counts), len(ref.sets), len(ref.uses))
			}
		}
	}
}

// jumpyStep mostly moves the clock on by seconds, sometimes by a day
// (everything so far expires), sometimes back.
func jumpyStep(r *rand.Rand) time.Duration {
	switch r.IntN(10) {
	case 0:
		return 25 * time.Hour
	case 1:
		return -time.Duration(r.IntN(120)) * time.Minute
	}
	return time.Duration(r.IntN(90)) * time.Second
}

// TestWordTableMatchesMap holds wordTable to a map: every key found with
// its value, growing as keys are added and overwritten, and misses for
// words that are not keys.
func TestWordTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var tb wordtable.Table[int]
	ref := map[string]int{}
	word := func() string {
		b := make([]byte, 1+rng.IntN(9))
		for i := range b {
			b[i] = "abcdeé "[rng.IntN(7)]
		}
		return string(b)
	}
	for i := range 3000 {
		w := word()
		tb.Set(w, i)
		ref[w] = i
		q := word()
		got, ok := tb.Get(q)
		want, wok := ref[q]
		if ok != wok || got != want {
			t.Fatalf("get(%q) = %d %v, want %d %v", q, got, ok, want, wok)
		}
	}
	for w, v := range ref {
		if got, ok := tb.Get(w); !ok || got != v {
			t.Fatalf("get(%q) = %d %v, want %d", w, got, ok, v)
		}
	}
	if _, ok := tb.Get(""); ok {
		t.Error(`"" found`)
	}
	var empty wordtable.Table[int]
	if _, ok := empty.Get("a"); ok {
		t.Error("found in an empty table")
	}
	// The sets screening looks words up in agree with their maps.
	for _, set := range []map[string]struct{}{functionWords, messengerApps, testLocals, testCoreWords, testDomains} {
		ws := wordtable.SetOf(set)
		for w := range set {
			if !ws.Has(w) || ws.Has(w+"x") != has(set, w+"x") || ws.Has(strings.ToUpper(w)) != has(set, strings.ToUpper(w)) {
				t.Fatalf("set disagrees with its map on %q", w)
			}
		}
	}
}

// TestToLowerMatchesStrings holds toLower to strings.ToLower, ASCII and
// not, short and long.
func TestToLowerMatchesStrings(t *testing.T) {
	cases := []string{"", "hi", "Hi, we are Evaluating", "ALL CAPS 123", "Grüße AUS München", "İstanbul", "ΣΑΣ",
		strings.Repeat("Ab", 300), strings.Repeat("ab", 300), "\x80bad", "tail\xff"}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 2000 {
		b := make([]byte, rng.IntN(600))
		for i := range b {
			b[i] = byte(rng.IntN(128))
			if rng.IntN(50) == 0 {
				b[i] = byte(128 + rng.IntN(128))
			}
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		if got, want := refToLower(c), strings.ToLower(c); got != want {
			t.Fatalf("refToLower(%q) = %q, want %q", c, got, want)
		}
	}
}

// TestBuiltinReservedSuffixes pins the example-domain suffix test.
func TestBuiltinReservedSuffixes(t *testing.T) {
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
