package nurture

import (
	"testing"
	"time"
)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func seqWithWindow(t *testing.T, window string, delays ...string) *Sequence {
	t.Helper()
	src := "id: w\nsegments: [general]\nfrom: {email: a@b.example}\n" + window + "steps:\n"
	for i, d := range delays {
		src += "  - {id: s" + string(rune('a'+i)) + ", delay: " + d + ", subject: s, text: t}\n"
	}
	return mustParse(t, src)
}

func TestDueAt(t *testing.T) {
	weekdays := "send_window: {start: \"09:00\", end: \"17:00\", days: [mon, tue, wed, thu, fri]}\n"
	tests := []struct {
		name     string
		window   string
		delays   []string
		step     int
		enrolled string
		prev     string
		country  string
		want     string
	}{
		{"inside window", weekdays, []string{"2d"}, 0, "2026-03-02T14:00:00Z", "", "US", "2026-03-04T14:00:00Z"},
		{"before window same day", weekdays, []string{"0"}, 0, "2026-03-04T12:00:00Z", "", "US", "2026-03-04T14:00:00Z"},
		{"at window start", weekdays, []string{"0"}, 0, "2026-03-04T14:00:00Z", "", "United States", "2026-03-04T14:00:00Z"},
		{"at window end is outside", weekdays, []string{"0"}, 0, "2026-03-04T22:00:00Z", "", "US", "2026-03-05T14:00:00Z"},
		// Friday 18:00 EST -> Monday 09:00 EDT: US DST starts Sunday 2026-03-08.
		{"over spring-forward weekend US", weekdays, []string{"0"}, 0, "2026-03-06T23:00:00Z", "", "US", "2026-03-09T13:00:00Z"},
		// Friday 18:00 EDT -> Monday 09:00 EST: US DST ends Sunday 2026-11-01.
		{"over fall-back weekend US", weekdays, []string{"0"}, 0, "2026-10-30T22:00:00Z", "", "US", "2026-11-02T14:00:00Z"},
		// Saturday -> Monday 09:00 CEST: EU DST starts Sunday 2026-03-29.
		{"over spring-forward weekend DE", weekdays, []string{"0"}, 0, "2026-03-28T12:00:00Z", "", "Germany", "2026-03-30T07:00:00Z"},
		// Sydney leaves DST on Sunday 2026-04-05: Monday 09:00 AEST = 23:00Z Sunday.
		{"southern hemisphere fall-back", weekdays, []string{"0"}, 0, "2026-04-03T08:00:00Z", "", "AU", "2026-04-05T23:00:00Z"},
		{"local date differs from UTC date", weekdays, []string{"0"}, 0, "2026-03-05T23:30:00Z", "", "JP", "2026-03-06T00:00:00Z"},
		{"unknown country uses UTC", weekdays, []string{"0"}, 0, "2026-03-07T10:00:00Z", "", "Atlantis", "2026-03-09T09:00:00Z"},
		{"no window", "", []string{"36h"}, 0, "2026-03-07T03:00:00Z", "", "US", "2026-03-08T15:00:00Z"},
		{"later step counts from previous send", "", []string{"1d", "2d"}, 1, "2026-03-01T00:00:00Z", "2026-03-05T10:00:00Z", "", "2026-03-07T10:00:00Z"},
		{"later step without previous send sums delays", "", []string{"1d", "2d"}, 1, "2026-03-01T00:00:00Z", "", "", "2026-03-04T00:00:00Z"},
		{"step beyond range clamps", "", []string{"1d"}, 5, "2026-03-01T00:00:00Z", "", "", "2026-03-02T00:00:00Z"},
		{"window till midnight", "send_window: {start: \"22:00\", end: \"24:00\"}\n", []string{"0"}, 0, "2026-03-04T23:30:00Z", "", "", "2026-03-04T23:30:00Z"},
		{"weekend-only window", "send_window: {start: \"10:00\", end: \"12:00\", days: [sat, sun]}\n", []string{"0"}, 0, "2026-03-02T11:00:00Z", "", "GB", "2026-03-07T10:00:00Z"},
		{"all days default", "send_window: {start: \"10:00\", end: \"12:00\"}\n", []string{"0"}, 0, "2026-03-07T13:00:00Z", "", "GB", "2026-03-08T10:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := seqWithWindow(t, tt.window, tt.delays...)
			var prev time.Time
			if tt.prev != "" {
				prev = utc(tt.prev)
			}
			got := s.DueAt(tt.step, utc(tt.enrolled), prev, tt.country)
			if !got.Equal(utc(tt.want)) || got.Location() != time.UTC {
				t.Fatalf("DueAt = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWindowInDSTGap(t *testing.T) {
	// 02:00-04:00 local does not fully exist on 2026-03-08 in New York
	// (02:00 EST jumps to 03:00 EDT). Whatever instant is chosen must not be
	// before the due time and must fall inside the window by local clock.
	s := seqWithWindow(t, "send_window: {start: \"02:00\", end: \"04:00\"}\n", "0")
	ny, _ := time.LoadLocation("America/New_York")
	due := utc("2026-03-08T05:30:00Z") // 00:30 EST
	got := s.DueAt(0, due, time.Time{}, "US")
	local := got.In(ny)
	if got.Before(due) || local.Hour() < 2 || local.Hour() >= 4 || local.Day() != 8 {
		t.Fatalf("DueAt in gap = %v (%v local)", got, local)
	}
	// On the fall-back day 01:00-02:00 happens twice; a due time in the
	// second 01:30 is inside a 01:00-03:00 window and is kept.
	s = seqWithWindow(t, "send_window: {start: \"01:00\", end: \"03:00\"}\n", "0")
	second := utc("2026-11-01T06:30:00Z") // 01:30 EST, the second one
	if got := s.DueAt(0, second, time.Time{}, "US"); !got.Equal(second) {
		t.Fatalf("fall-back repeat hour: %v", got)
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]int{"00:00": 0, "09:30": 570, "9:05": 545, "24:00": 1440, " 17:00 ": 1020} {
		if got, err := parseClock(in); err != nil || got != want {
			t.Errorf("parseClock(%q) = %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "9", "9am", "25:00", "24:01", "12:60", "12:5", "-1:00", "ab:cd"} {
		if _, err := parseClock(in); err == nil {
			t.Errorf("parseClock(%q) accepted", in)
		}
	}
}

func BenchmarkDueAt(b *testing.B) {
	s, err := Parse("seq.yaml", []byte(good))
	if err != nil {
		b.Fatal(err)
	}
	enrolled := utc("2026-03-06T23:00:00Z")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.DueAt(0, enrolled, time.Time{}, "US")
	}
}
