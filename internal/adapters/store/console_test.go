package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestLeadsByFormTime(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	var ids []string
	for i := range 6 {
		at := t0.Add(time.Duration(i) * time.Hour)
		l := mkLead(lead.NewID(at), "demo", "bo@example-co.com", at)
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, l.ID)
	}
	other := mkLead(lead.NewID(t0.Add(2*time.Hour)), "other", "bo@example-co.com", t0.Add(2*time.Hour))
	if _, err := s.CreateLead(ctx, other); err != nil {
		t.Fatal(err)
	}
	read := func(from, to time.Time, oldest bool, limit int) []string {
		t.Helper()
		var got []string
		cursor := ""
		for {
			ls, next, err := s.LeadsByFormTime(ctx, "demo", from, to, oldest, limit, cursor)
			if err != nil {
				t.Fatal(err)
			}
			if len(ls) > limit {
				t.Fatalf("a page of %d leads read %d", limit, len(ls))
			}
			for _, l := range ls {
				got = append(got, l.ID)
			}
			if next == "" {
				return got
			}
			cursor = next
		}
	}
	tests := []struct {
		name     string
		from, to time.Time
		oldest   bool
		want     []string
	}{
		{"every lead of the form, newest first", time.Time{}, time.Time{}, false, []string{ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"oldest first", time.Time{}, time.Time{}, true, ids},
		{"from a time on", t0.Add(3 * time.Hour), time.Time{}, true, ids[3:]},
		{"up to a time, which is left out", t0.Add(time.Hour), t0.Add(3 * time.Hour), true, ids[1:3]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := read(tt.from, tt.to, tt.oldest, 4)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
	if _, _, err := s.LeadsByFormTime(ctx, "demo", time.Time{}, time.Time{}, false, 2, "garbage!"); !errors.Is(err, store.ErrBadCursor) {
		t.Fatalf("bad cursor: %v", err)
	}
}

func TestAuditNewestFirst(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	for i := range 5 {
		// Two entries share each instant: neither may overwrite the other.
		at := t0.Add(time.Duration(i/2) * time.Minute)
		e := lead.Audit{At: at, Subject: "sub-1", Actor: "rita", Action: "decide", LeadID: lead.NewID(at), Detail: "verdict junk"}
		if err := s.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	first, next, err := s.Audit(ctx, 3, "")
	if err != nil || len(first) != 3 || next == "" {
		t.Fatalf("page 1: %d entries, next %q, %v", len(first), next, err)
	}
	rest, next, err := s.Audit(ctx, 3, next)
	if err != nil || len(rest) != 2 || next != "" {
		t.Fatalf("page 2: %d entries, next %q, %v", len(rest), next, err)
	}
	all := append(first, rest...)
	for i := 1; i < len(all); i++ {
		if all[i].At.After(all[i-1].At) {
			t.Fatalf("not newest first: %v after %v", all[i].At, all[i-1].At)
		}
	}
	if all[0].Actor != "rita" || all[0].Action != "decide" || all[0].Detail != "verdict junk" || !all[0].At.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("entry not kept as written: %+v", all[0])
	}
}
