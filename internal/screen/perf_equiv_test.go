package screen

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode"
)

// refIsTestMessage is isTestMessage before its early exits: the reference
// they are held to.
func refIsTestMessage(msg string) bool {
	m := foldSpaces(msg)
	if m == "" || len(m) > 60 {
		return false
	}
	words := strings.FieldsFunc(m, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 2 && words[0] == "hello" && words[1] == "world" {
		return true
	}
	core := false
	for _, w := range words {
		switch {
		case has(testCoreWords, w):
			core = true
		case has(testExtraWords, w), has(testMessageWords, w):
		default:
			return false
		}
	}
	return core
}

// testMsgParts mixes test words, other words, every kind of separator,
// letters that change length when lower-cased, other scripts and bytes
// that are not UTF-8.
var testMsgParts = []string{
	"test", "Test", "TESTING", "123", "hello", "Hello", "world", "please", "ignore", "this", "is", "a", "just",
	"lorem", "ipsum", "foo", "bar", "qa", "real", "enquiry", "pricing", "x", " ", "  ", "\t", "\n", "\u00a0",
	"\u2003", "\u0085", ",", ".", "!", "-", "é", "É", "K", "İ", "ǅ", "Ж", "山", "\xff", "٣", "submission", "testé",
	strings.Repeat("a", 17), strings.Repeat("x", 30),
}

func TestIsTestMessageMatchesReference(t *testing.T) {
	fixed := []string{"", " ", "test", "testing 123", "hello world", "Hello, World!", "this is a test", "just testing the form",
		"test message please ignore", " \u00a0test", "test\u00a0test", strings.Repeat("test ", 12), strings.Repeat("test ", 13),
		strings.Repeat("K", 61), "K test", "İ test", "testé", "test" + strings.Repeat(" ", 100) + "test"}
	for _, m := range fixed {
		if got, want := isTestMessage(m), refIsTestMessage(m); got != want {
			t.Errorf("isTestMessage(%q) = %v, want %v", m, got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	trues := 0
	for range 200000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(testMsgParts[r.IntN(len(testMsgParts))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		m := b.String()
		got, want := isTestMessage(m), refIsTestMessage(m)
		if got != want {
			t.Fatalf("isTestMessage(%q) = %v, want %v", m, got, want)
		}
		if got {
			trues++
		}
	}
	if trues < 100 {
		t.Errorf("only %d random test messages: the comparison proves little", trues)
	}
}

// TestMemoryCounterDistinctMatchesSet holds AddDistinct, which keeps a
// set's first member inline, to a plain set per key and window.
func TestMemoryCounterDistinctMatchesSet(t *testing.T) {
	c := NewMemoryCounter()
	ref := map[windowed]map[string]bool{}
	r := rand.New(rand.NewPCG(7, 8))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	for i := range 20000 {
		key := "k" + string(rune('a'+r.IntN(5)))
		member := "m" + string(rune('a'+r.IntN(4)))
		// Mostly forward in time, sometimes back, so sweeps drop sets
		// that are later asked about again.
		now := base.Add(time.Duration(i)*time.Minute - time.Duration(r.IntN(3))*time.Hour)
		k, _ := windowKey(key, time.Hour, now)
		if c.ops%sweepEvery == sweepEvery-1 {
			// The next call sweeps first: mirror it in the reference.
			for rk := range ref {
				if !now.Before(time.Unix(0, rk.start).Add(time.Hour)) {
					delete(ref, rk)
				}
			}
		}
		if ref[k] == nil {
			ref[k] = map[string]bool{}
		}
		ref[k][member] = true
		n, err := c.AddDistinct(ctx, key, member, time.Hour, now)
		if err != nil || n != int64(len(ref[k])) {
			t.Fatalf("step %d: AddDistinct = %d %v, want %d", i, n, err, len(ref[k]))
		}
	}
}
