package textmodel

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestWriteParseRoundTrip(t *testing.T) {
	w := []float32{0.5, -1.25, 0, 3.2, -3.2, 1e-4, 2, -0.75}
	m, err := New(-0.5, w)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf, "TESTMDL1"); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != headerLen+2*len(w) {
		t.Fatalf("%d bytes written, want %d", buf.Len(), headerLen+2*len(w))
	}
	l, err := Parse(buf.Bytes(), "TESTMDL1")
	if err != nil {
		t.Fatal(err)
	}
	if l.Bits() != 3 || l.Bias() != -0.5 {
		t.Fatalf("bits %d bias %v, want 3 and -0.5", l.Bits(), l.Bias())
	}
	for i, want := range w {
		// One quantisation step of the largest weight at most.
		if d := math.Abs(float64(l.Weight(uint32(i)) - want)); d > 3.2/math.MaxInt16 {
			t.Errorf("weight %d = %v, want %v", i, l.Weight(uint32(i)), want)
		}
	}
	// A loaded model writes the same bytes again.
	var again bytes.Buffer
	if err := l.Write(&again, "TESTMDL1"); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Errorf("a parsed model writes other bytes (err %v)", err)
	}
}

func TestParseRefuses(t *testing.T) {
	m, _ := New(0, make([]float32, 4))
	var buf bytes.Buffer
	if err := m.Write(&buf, "TESTMDL1"); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	bigBits := bytes.Clone(good)
	bigBits[magicLen] = MaxBits + 1
	for _, tc := range []struct {
		name  string
		data  []byte
		magic string
		want  string
	}{
		{"short", good[:headerLen-1], "TESTMDL1", "too short"},
		{"other magic", good, "OTHERMD1", "not a OTHERMD1 model"},
		{"truncated weights", good[:len(good)-1], "TESTMDL1", "bytes"},
		{"trailing bytes", append(bytes.Clone(good), 0), "TESTMDL1", "bytes"},
		{"table too large", bigBits, "TESTMDL1", "table size"},
	} {
		if _, err := Parse(tc.data, tc.magic); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

func TestNewRefusesOtherSizes(t *testing.T) {
	for _, n := range []int{0, 3, 6} {
		if _, err := New(0, make([]float32, n)); err == nil {
			t.Errorf("New with %d weights: no error", n)
		}
	}
}
