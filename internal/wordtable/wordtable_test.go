package wordtable

import (
	"strconv"
	"testing"
)

func TestTableAgainstMap(t *testing.T) {
	var tb Table[int]
	want := map[string]int{}
	for i := range 5000 {
		w := "w" + strconv.Itoa(i*7919%10007)
		tb.Set(w, i)
		want[w] = i
	}
	tb.Set("w0", -1) // overwrite
	want["w0"] = -1
	for w, v := range want {
		if got, ok := tb.Get(w); !ok || got != v {
			t.Fatalf("Get(%q) = %d, %v; want %d", w, got, ok, v)
		}
	}
	for _, miss := range []string{"", "x", "w10008", "W1"} {
		if _, ok := tb.Get(miss); ok {
			t.Errorf("Get(%q) found a word never set", miss)
		}
	}
	var empty Table[string]
	if _, ok := empty.Get("a"); ok {
		t.Error("the zero table holds nothing")
	}
}

func TestSetPanicsOnEmptyWord(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("Set(\"\") must panic: \"\" marks empty slots")
		}
	}()
	var tb Table[int]
	tb.Set("", 1)
}

func TestSet(t *testing.T) {
	s := SetOf(map[string]struct{}{"test": {}, "asdf": {}, "qwerty": {}})
	for w, want := range map[string]bool{"test": true, "asdf": true, "qwerty": true, "tes": false, "tests": false, "": false} {
		if got := s.Has(w); got != want {
			t.Errorf("Has(%q) = %v", w, got)
		}
	}
}
