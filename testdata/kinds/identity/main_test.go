package main

import (
	"testing"

	"github.com/leadsieve/leadsieve/testdata/kinds/labelled"
)

// TestCommittedFileIsGenerated: identity.jsonl is what the generator writes.
func TestCommittedFileIsGenerated(t *testing.T) {
	labelled.CheckGenerated(t, "../identity.jsonl")
}
