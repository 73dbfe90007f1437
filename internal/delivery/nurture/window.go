package nurture

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/region"
)

// Window is the local time of day and the weekdays a sequence may send in.
type Window struct {
	// Start and End are minutes after local midnight; End may be 1440.
	Start, End int
	// Days[time.Weekday] is true for allowed days.
	Days [7]bool
}

type windowMsg struct{ key, msg string }

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday, "mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday, "wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday, "fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

func parseWindow(start, end string, days []string) (*Window, []windowMsg) {
	var msgs []windowMsg
	w := &Window{}
	var err error
	if w.Start, err = parseClock(start); err != nil {
		msgs = append(msgs, windowMsg{"start", err.Error()})
	}
	if w.End, err = parseClock(end); err != nil {
		msgs = append(msgs, windowMsg{"end", err.Error()})
	}
	if len(msgs) == 0 && w.End <= w.Start {
		msgs = append(msgs, windowMsg{"end", "must be later than start (windows cannot span midnight)"})
	}
	if len(days) == 0 {
		for i := range w.Days {
			w.Days[i] = true
		}
	}
	for _, d := range days {
		wd, ok := dayNames[strings.ToLower(strings.TrimSpace(d))]
		if !ok {
			msgs = append(msgs, windowMsg{"days", fmt.Sprintf("unknown day %q (use mon, tue, wed, thu, fri, sat, sun)", d)})
			continue
		}
		w.Days[wd] = true
	}
	return w, msgs
}

// parseClock parses "HH:MM" (00:00-24:00) into minutes after midnight.
func parseClock(s string) (int, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || mm < 0 || mm > 59 || hh > 24 || (hh == 24 && mm != 0) {
		return 0, fmt.Errorf("%q is not a time like 09:00", s)
	}
	return hh*60 + mm, nil
}

// Next returns the earliest instant at or after t that lies inside the
// window in loc. Window edges are computed with local wall-clock times, so
// they follow daylight-saving changes.
func (w *Window) Next(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	y, mo, d := lt.Date()
	for i := 0; i <= 7; i++ {
		day := time.Date(y, mo, d+i, 12, 0, 0, 0, loc)
		if !w.Days[day.Weekday()] {
			continue
		}
		dy, dm, dd := day.Date()
		ws := wallClock(dy, dm, dd, w.Start, loc)
		we := wallClock(dy, dm, dd, w.End, loc)
		if t.Before(ws) {
			return ws.UTC()
		}
		if t.Before(we) {
			return t.UTC()
		}
	}
	return t.UTC() // no allowed day: Parse never builds such a window
}

// wallClock returns the first instant on the given local day whose wall
// clock reads min minutes after midnight or later. time.Date may resolve a
// wall time inside a daylight-saving gap (02:30 on a spring-forward day)
// to an instant that reads earlier; such results are moved forward.
func wallClock(y int, m time.Month, d, min int, loc *time.Location) time.Time {
	t := time.Date(y, m, d, min/60, min%60, 0, 0, loc)
	lt := t.In(loc)
	if ly, lm, ld := lt.Date(); ly == y && lm == m && ld == d {
		if got := lt.Hour()*60 + lt.Minute(); got < min {
			t = t.Add(time.Duration(min-got) * time.Minute)
		}
	}
	return t
}

// DueAt returns when step (0-based) should be sent: the step's delay after
// enrollment (first step) or after prevSentAt (later steps; when prevSentAt
// is zero the delays are summed from enrollment), moved forward into the
// send window in the time zone of the lead's country (UTC when unknown).
// The result is in UTC.
func (s *Sequence) DueAt(step int, enrolledAt, prevSentAt time.Time, leadCountry string) time.Time {
	step = max(0, min(step, len(s.Steps)-1))
	var due time.Time
	if step == 0 || prevSentAt.IsZero() {
		due = enrolledAt
		for i := 0; i <= step; i++ {
			due = due.Add(s.Steps[i].Delay)
		}
	} else {
		due = prevSentAt.Add(s.Steps[step].Delay)
	}
	if s.Window == nil {
		return due.UTC()
	}
	return s.Window.Next(due, region.Location(leadCountry))
}

// SendableAt returns the earliest instant at or after now when the sequence
// may send to a lead of leadCountry: now itself inside the send window (or
// when the sequence has none), else the window's next opening. A step that
// fell due inside the window but is picked up after it closed (a slow or
// late dispatcher pass) waits for the next opening instead of going out at
// night.
func (s *Sequence) SendableAt(now time.Time, leadCountry string) time.Time {
	if s.Window == nil {
		return now.UTC()
	}
	return s.Window.Next(now, region.Location(leadCountry))
}
