package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedModelIsTrained: model.bin and advert.bin are what
// training on the committed labelled sets writes.
func TestCommittedModelIsTrained(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the models")
	}
	t.Chdir("../../../..")
	for name, k := range kinds {
		data, err := load(k)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := fit(data, k.rate).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(k.out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), committed) {
			t.Errorf("%s: %s is not what training writes: run go run ./internal/screen/abusetext/train", name, k.out)
		}
	}
}

// TestHeldOutNeverRead: no row of a held-out source reaches the training
// data.
func TestHeldOutNeverRead(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the labelled sets")
	}
	t.Chdir("../../../..")
	data, err := load(kinds["abuse"])
	if err != nil {
		t.Fatal(err)
	}
	advert, err := load(kinds["advert"])
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, advert...)
	held := map[string]bool{}
	for _, name := range sets {
		for _, r := range readRows(t, name) {
			if heldOut[r.source] {
				held[r.msg] = true
			}
		}
	}
	if len(held) == 0 {
		t.Fatal("no held-out rows found")
	}
	trained := map[string]bool{}
	for _, name := range sets {
		for _, r := range readRows(t, name) {
			if !heldOut[r.source] {
				trained[r.msg] = true
			}
		}
	}
	for _, e := range data {
		if held[e.msg] && !trained[e.msg] {
			t.Errorf("held-out message %q is in the training data", e.msg)
		}
	}
}

// readRows reads one labelled file or fails the test.
func readRows(t *testing.T, name string) []row {
	t.Helper()
	rows, err := readSet(name)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
