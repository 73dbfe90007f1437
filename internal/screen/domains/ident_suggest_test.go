package domains

import (
	"math/rand/v2"
	"testing"
)

// refNearestPopular is nearestPopular without the byte-class filter.
func refNearestPopular(l *lists, d string) (string, bool) {
	best, bestDist := "", 3
	for _, p := range l.popular {
		if len(p) < 9 {
			continue
		}
		limit := 1
		if len(p) >= 13 {
			limit = 2
		}
		if abs(len(p)-len(d)) > limit {
			continue
		}
		if dist := osaDistance(d, p, limit); dist <= limit && dist < bestDist && dist > 0 {
			best, bestDist = p, dist
		}
	}
	return best, best != ""
}

// identEdits returns d with one or two random edits: substitutions,
// insertions, deletions and transpositions, over letters, digits, '.', '-'
// and a non-ASCII byte.
func identEdits(rng *rand.Rand, d string) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789.-\xc3"
	b := []byte(d)
	for range 1 + rng.IntN(2) {
		if len(b) < 2 {
			break
		}
		i := rng.IntN(len(b))
		switch rng.IntN(4) {
		case 0:
			b[i] = alphabet[rng.IntN(len(alphabet))]
		case 1:
			b = append(b[:i], append([]byte{alphabet[rng.IntN(len(alphabet))]}, b[i:]...)...)
		case 2:
			b = append(b[:i], b[i+1:]...)
		default:
			if i+1 < len(b) {
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
	}
	return string(b)
}

func TestNearestPopularMatchesReference(t *testing.T) {
	l := get()
	rng := rand.New(rand.NewPCG(2, 7))
	inputs := classifyInputs()
	for range 20 {
		for _, p := range l.popular {
			inputs = append(inputs, identEdits(rng, p))
		}
	}
	found := 0
	for _, d := range inputs {
		d = Normalize(d)
		got, ok := nearestPopular(l, d)
		want, wok := refNearestPopular(l, d)
		if got != want || ok != wok {
			t.Fatalf("nearestPopular(%q) = %q, %v; want %q, %v", d, got, ok, want, wok)
		}
		if ok {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d inputs near a popular domain: the test misses its point", found)
	}
}

// BenchmarkClassifyMiss classifies distinct company domains, as a file of
// many senders does: the typo search and the public suffix lookup.
func BenchmarkClassifyMiss(b *testing.B) {
	ds := []string{"northwind-traders.com", "riverside.co.id", "brandt-maschinenbau.de", "acme-robotics.io", "gmial.com",
		"contoso.co.uk", "fabrikam.com.au", "tailspin-toys.fr", "wingtip.nl", "adventure-works.com"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		classify(ds[i])
		if i++; i == len(ds) {
			i = 0
		}
	}
}
