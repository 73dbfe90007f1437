package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCommittedFileIsGenerated: direction.jsonl is what the generator
// writes, so an edited row shows up in the file and the other way round.
func TestCommittedFileIsGenerated(t *testing.T) {
	out := filepath.Join(t.TempDir(), "direction.jsonl")
	if b, err := exec.Command("go", "run", ".", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("go run: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "direction.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("testdata/kinds/direction.jsonl differs from the generator's output: run go run ./testdata/kinds/direction")
	}
}
