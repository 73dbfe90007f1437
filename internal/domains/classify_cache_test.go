package domains

import "testing"

// TestClassifyCache holds cached answers to uncached ones: every input is
// asked twice (a miss, then a hit when it was stored), and the cache never
// holds more than its bound.
func TestClassifyCache(t *testing.T) {
	inputs := classifyInputs()
	if len(inputs) < 2*maxClassifyCache {
		t.Fatalf("only %d inputs: too few to fill the cache", len(inputs))
	}
	long := "a" + string(make([]byte, maxCachedDomainLen)) + ".com"
	inputs = append(inputs, "gmial.com", "GMAIL.COM", "", ".", long)
	for round := range 2 {
		for _, d := range inputs {
			if got, want := Classify(d), classify(d); got != want {
				t.Fatalf("round %d: Classify(%q) = %+v, want %+v", round, d, got, want)
			}
		}
	}
	if n := classifyCount.Load(); n > maxClassifyCache || n < maxClassifyCache/2 {
		t.Errorf("cache counts %d entries, want at most %d and filled", n, maxClassifyCache)
	}
	if _, ok := classifyCache.Load(long); ok {
		t.Error("an over-long domain was cached")
	}
}

// BenchmarkClassifyUncached is BenchmarkClassify without the cache: what a
// domain seen for the first time costs.
func BenchmarkClassifyUncached(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		classify("northwind-traders.com")
	}
}
