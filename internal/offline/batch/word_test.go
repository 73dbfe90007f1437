package batch

import (
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/swar"
)

// wordCases puts every byte value, alone and beside a multi-byte rune, at
// every offset of strings longer than one eight-byte word, so that the
// decoder's word-at-a-time skipping meets each byte in each lane.
func wordCases() []string {
	var cases []string
	for c := range 256 {
		for pos := range 17 {
			base := []byte(strings.Repeat("a", 17))
			base[pos] = byte(c)
			cases = append(cases, string(base))
			cases = append(cases, "é"+string(base)+"ü")
		}
	}
	return cases
}

func TestAppendJSONStringWords(t *testing.T) {
	for _, s := range wordCases() {
		checkEncode(t, Output{ID: s, Error: s, Reasons: []lead.Reason{{Code: s, Detail: s}}})
	}
}

func TestDecodeStringWords(t *testing.T) {
	for _, s := range wordCases() {
		// As a JSON string value the raw byte may be invalid; both decoders
		// must then agree on the error, or on the value when it is valid.
		line := `{"id":"` + s + `","form_id":"f","fields":{"message":"` + s + `"}}`
		checkAgainstStd(t, []byte(line))
		// Escaped, every byte makes a valid line.
		q := strconv.Quote(s)
		line = `{"id":` + q + `,"form_id":"f","fields":{"message":` + q + `}}`
		checkAgainstStd(t, []byte(line))
	}
}

func TestWordTests(t *testing.T) {
	for c := range 256 {
		for lane := range 8 {
			b := []byte("aaaaaaaa")
			b[lane] = byte(c)
			x := swar.Load64(string(b), 0)
			if got, want := plainStrWord(x), strPlain[c]; got != want {
				t.Errorf("plainStrWord with %#x in lane %d = %v, want %v", c, lane, got, want)
			}
			// Alone among plain bytes, a stop is flagged exactly.
			var want uint64
			if !strPlain[c] {
				want = 0x80 << (8 * lane)
			}
			if got := strStops(x); got != want {
				t.Errorf("strStops with %#x in lane %d = %#x, want %#x", c, lane, got, want)
			}
		}
	}
}

// TestStrStopsLowest checks that strStops's lowest flag is the first byte
// strPlain refuses, whatever the bytes after it: every pair of byte values
// in neighbouring lanes (at the start, middle and end of the word), and
// random words of mostly plain bytes.
func TestStrStopsLowest(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		first := 8
		for j, c := range b {
			if !strPlain[c] {
				first = j
				break
			}
		}
		m := strStops(swar.Load64(string(b), 0))
		if got := bits.TrailingZeros64(m) >> 3; got != first {
			t.Fatalf("strStops(%q) = %#x: lowest flag in lane %d, want %d", b, m, got, first)
		}
	}
	for _, lane := range []int{0, 3, 6} {
		for c1 := range 256 {
			for c2 := range 256 {
				b := []byte("aaaaaaaa")
				b[lane], b[lane+1] = byte(c1), byte(c2)
				check(b)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := []byte("plainstr")
		for j := range b {
			if r.IntN(4) == 0 {
				b[j] = byte(r.Uint32())
			}
		}
		check(b)
	}
}
