package handofffn_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/leadsieve/leadsieve/internal/app/handofffn"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
)

// TestEventIsWhatIntakeSends: the hand-off function reads its event as a
// type of its own (so that it links no Lambda client); every field intake
// sends must arrive, and nothing else may be expected.
func TestEventIsWhatIntakeSends(t *testing.T) {
	yes, no := true, false
	for _, ev := range []invocation.Event{{LeadID: "01J9ZK6W3Q", HandoffPending: &yes}, {LeadID: "", HandoffPending: &no}, {LeadID: "lead with spaces"}} {
		id := ev.LeadID
		sent, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		var got handofffn.Event
		dec := json.NewDecoder(bytes.NewReader(sent))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("decode %s: %v", sent, err)
		}
		if got.LeadID != id || (got.HandoffPending == nil) != (ev.HandoffPending == nil) ||
			(got.HandoffPending != nil && *got.HandoffPending != *ev.HandoffPending) {
			t.Errorf("event %s arrived as %+v", sent, got)
		}
		back, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(back, sent) {
			t.Errorf("the function's event encodes as %s, intake sends %s", back, sent)
		}
	}
}
