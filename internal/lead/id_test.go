package lead

import (
	"testing"
	"time"
)

func TestNewIDSortableAndValid(t *testing.T) {
	t0 := time.Date(2026, 10, 3, 14, 22, 5, 0, time.UTC)
	a := NewID(t0)
	b := NewID(t0.Add(time.Millisecond))
	if !ValidID(a) || !ValidID(b) {
		t.Fatalf("invalid ids %q %q", a, b)
	}
	if !(a < b) {
		t.Fatalf("ids not time-ordered: %q !< %q", a, b)
	}
	if NewID(t0) == a {
		t.Fatal("two ids in the same millisecond collided")
	}
}

func TestValidID(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"01JA0000000000000000000000", true},
		{"", false},
		{"01JA000000000000000000000", false},
		{"01JA00000000000000000000I0", false},
		{"81JA0000000000000000000000", false},
		{"01ja0000000000000000000000", false},
	} {
		if got := ValidID(tc.in); got != tc.want {
			t.Errorf("ValidID(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIDTime(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2026, 10, 3, 14, 22, 5, 123_000_000, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2999, 12, 31, 23, 59, 59, 999_000_000, time.UTC),
	} {
		for _, id := range []string{NewID(at), IDFloor(at)} {
			if got, ok := IDTime(id); !ok || !got.Equal(at) {
				t.Errorf("IDTime(%s) = %v %v, want %v", id, got, ok, at)
			}
		}
	}
	if _, ok := IDTime("not-an-id"); ok {
		t.Error("IDTime of a malformed id")
	}
}
