package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedTableIsGenerated: table.go is what the generator writes
// from the Unicode names.
func TestCommittedTableIsGenerated(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/screen/romanise/table.go differs from the generator's output: go run ./internal/screen/romanise/gen")
	}
}
