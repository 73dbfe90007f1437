package coldstart

import (
	"strings"
	"testing"
)

func TestWriteComparison(t *testing.T) {
	results := []Result{
		{Subject: Subject{Name: "hello"}, Init: []float64{5, 5, 5}, CPU: []float64{2, 2, 2}},
		{Subject: Subject{Tree: "today", Name: "IntakeFunction"}, Size: 20_000_000, Init: []float64{100, 80, 120}, CPU: []float64{50, 50, 50},
			First: []float64{110, 100, 130}},
		{Subject: Subject{Tree: "new", Name: "IntakeFunction"}, Size: 15_000_000, Init: []float64{110, 100, 120}, CPU: []float64{40, 45, 60},
			First: []float64{55, 60, 78}},
		{Subject: Subject{Tree: "today", Name: "SesEventsFunction"}, Init: []float64{50, 50, 50}, CPU: []float64{10, 10, 10}},
	}
	var b strings.Builder
	if err := WriteComparison(&b, results); err != nil {
		t.Fatal(err)
	}
	// Same-round ratios 1.1, 1.25, 1.0 (median 1.1); CPU 0.8, 0.9, 1.2
	// (median 0.9); cold request 0.5, 0.6, 0.6 (median 0.6); binary
	// 15/20. SesEvents is in one tree only: no line.
	want := "IntakeFunction, new / today: init 1.10×, CPU to first answer 0.90×, cold request 0.60×, binary 0.75× (medians of 3 same-round ratios)\n"
	if b.String() != want {
		t.Fatalf("WriteComparison =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWriteTable(t *testing.T) {
	results := []Result{
		{Subject: Subject{Name: "hello", EventName: "{}"}, Size: 6_300_000, Init: []float64{5, 4}, Ratio: []float64{1, 1},
			CPU: []float64{2, 2}, CPURatio: []float64{1, 1}, RSS: []float64{6 << 20, 6 << 20},
			First: []float64{9, 11}, FirstRatio: []float64{1, 1}},
		{Subject: Subject{Tree: "new", Name: "IntakeFunction", EventName: "submit-json.201.json"}, Size: 27_100_000,
			Init: []float64{100, 120, 110}, Ratio: []float64{20, 24, 22}, CPU: []float64{60, 70, 65}, CPURatio: []float64{30, 35, 32},
			RSS: []float64{31 << 20, 32 << 20, 31 << 20}, Warm: []float64{6, 7, 8},
			First: []float64{150, 170, 160}, FirstRatio: []float64{15, 16, 14}},
	}
	var b strings.Builder
	if err := WriteTable(&b, results); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("table has %d lines:\n%s", len(lines), b.String())
	}
	if got := strings.Fields(lines[2]); strings.Join(got, " ") != "new IntakeFunction 110.0 22.00 25.00 65.0 32.00 160.0 15.00 31.0 7.00 27.1 submit-json.201.json" {
		t.Errorf("intake line %q", lines[2])
	}
	if got := strings.Fields(lines[1]); strings.Join(got, " ") != "hello 4.5 1.00 1.00 2.0 1.00 10.0 1.00 6.0 - 6.3 {}" {
		t.Errorf("hello line %q", lines[1])
	}
}
