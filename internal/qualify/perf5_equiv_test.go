package qualify

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// parseNumberRef is parseNumber before its integer fast path: every number
// through strconv.ParseFloat.
func parseNumberRef(raw string) (float64, bool) {
	var b []byte
	dots, commas, lastDot, lastComma := 0, 0, -1, -1
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case isDigit(c):
		case c == '.':
			dots++
			lastDot = len(b)
		case c == ',':
			commas++
			lastComma = len(b)
		default:
			continue
		}
		if len(b) == 48 {
			return 0, false
		}
		b = append(b, c)
	}
	dec := -1
	switch {
	case dots > 0 && commas > 0:
		dec = max(lastDot, lastComma)
	case dots == 1 || commas == 1:
		p := max(lastDot, lastComma)
		if len(b)-p-1 != 3 {
			dec = p
		}
	}
	var out []byte
	for i, c := range b {
		switch {
		case i == dec:
			out = append(out, '.')
		case c == '.' || c == ',':
		default:
			out = append(out, c)
		}
	}
	v, err := strconv.ParseFloat(string(out), 64)
	return v, err == nil
}

// TestParseNumberMatchesReference holds parseNumber's integer fast path to
// strconv.ParseFloat on random numbers with separators, up to and past 15
// digits and the 48-byte limit.
func TestParseNumberMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	const alphabet = "0123456789000999.,' "
	cases := []string{"", "0", "007", "51", "200", "1,000", "1.000", "1.5", "999999999999999", "9999999999999999",
		"123456789012345", "1234567890123456", "9007199254740993", ".", ",", "1.2.3", "1,2,3", "1'000'000"}
	for range 20000 {
		b := make([]byte, rng.IntN(52))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = byte('0' + rng.IntN(10))
			}
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		got, gok := parseNumber(c)
		want, wok := parseNumberRef(c)
		if gok != wok || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("parseNumber(%q) = %v, %v; reference %v, %v", c, got, gok, want, wok)
		}
	}
}
