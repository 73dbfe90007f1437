package main

import (
	"bytes"
	"os"
	"testing"
)

// TestPlansAreGenerated: plans.go is what the generator writes from the
// library version in go.mod. After upgrading the library, run
// go run ./internal/region/phoneplan/gen.
func TestPlansAreGenerated(t *testing.T) {
	want, err := source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../plans.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/region/phoneplan/plans.go is not what the generator writes: run go run ./internal/region/phoneplan/gen")
	}
}
