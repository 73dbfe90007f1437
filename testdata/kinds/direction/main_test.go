package main

import (
	"testing"

	"github.com/leadsieve/leadsieve/testdata/kinds/labelled"
)

// TestCommittedFileIsGenerated: direction.jsonl is what the generator writes.
func TestCommittedFileIsGenerated(t *testing.T) {
	labelled.CheckGenerated(t, "../direction.jsonl")
}
