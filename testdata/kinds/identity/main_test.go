package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCommittedFileIsGenerated: identity.jsonl is what the generator
// writes, so a row edited in rows.go shows up in the file and the other
// way round.
func TestCommittedFileIsGenerated(t *testing.T) {
	out := filepath.Join(t.TempDir(), "identity.jsonl")
	cmd := exec.Command("go", "run", ".", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "identity.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("testdata/kinds/identity.jsonl differs from the generator's output: run go run ./testdata/kinds/identity")
	}
}
