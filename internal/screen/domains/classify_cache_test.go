package domains

import "testing"

// TestClassifyCache holds remembered answers to fresh ones: every input is
// asked twice (a miss, then a hit when it was kept), and the table never
// holds more than its bound.
func TestClassifyCache(t *testing.T) {
	inputs := classifyInputs()
	if len(inputs) < 2*classifyMemoSlots {
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
	if n := classifyMemo.Len(); n > classifyMemoSlots || n < classifyMemoSlots/2 {
		t.Errorf("table holds %d entries, want at most %d and filled", n, classifyMemoSlots)
	}
	if _, ok := classifyMemo.Get(long); ok {
		t.Error("an over-long domain was kept")
	}
	// A hit answers what the miss did.
	want := classify("Mail.Example-Corp.COM")
	Classify("Mail.Example-Corp.COM")
	if got := Classify("Mail.Example-Corp.COM"); got != want {
		t.Errorf("remembered %+v, want %+v", got, want)
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
