package coldstart

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// initReport matches the emulator's init line. The classic emulator prints
// "INIT REPORT(durationMs: 4.930000)", its managed-instances mode
// "INIT REPORT(initType: on-demand, durationMs: 4.93, status: ...)". The
// duration runs from the runtime process's start to its first
// /runtime/invocation/next request, which is what Lambda bills as init.
//
// The REPORT line's "Init Duration" is not used: this emulator version
// starts the runtime asynchronously and prints a near-zero figure there.
var initReport = regexp.MustCompile(`INIT REPORT\([^)]*?\bdurationMs: ([0-9]+(?:\.[0-9]+)?)`)

// ParseInitReport returns the init duration in milliseconds from one line
// of emulator output, and false if the line is not an INIT REPORT.
func ParseInitReport(line string) (float64, bool) {
	m := initReport.FindStringSubmatch(line)
	if m == nil {
		return 0, false
	}
	ms, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	return ms, true
}

// InitMillis returns the init duration of the first INIT REPORT line in
// the emulator's output.
func InitMillis(output string) (float64, error) {
	for line := range strings.Lines(output) {
		if ms, ok := ParseInitReport(line); ok {
			return ms, nil
		}
	}
	return 0, fmt.Errorf("coldstart: no INIT REPORT line in the emulator output")
}

// Expectation is what a sample event's file name promises.
type Expectation struct {
	// Status is the HTTP status an API Gateway response must carry
	// (submit-json.201.json), or 0 for a function that answers no HTTP
	// status and must simply not fail (every-minute.ok.json).
	Status int
}

func (e Expectation) String() string {
	if e.Status == 0 {
		return "ok"
	}
	return strconv.Itoa(e.Status)
}

// ExpectationOf reads the expectation from a sample's file name,
// NAME.STATUS.json or NAME.ok.json.
func ExpectationOf(path string) (Expectation, error) {
	parts := strings.Split(filepath.Base(path), ".")
	if len(parts) < 3 || parts[len(parts)-1] != "json" {
		return Expectation{}, fmt.Errorf("coldstart: sample %s: want NAME.STATUS.json or NAME.ok.json", path)
	}
	want := parts[len(parts)-2]
	if want == "ok" {
		return Expectation{}, nil
	}
	status, err := strconv.Atoi(want)
	if err != nil || status < 100 || status > 599 {
		return Expectation{}, fmt.Errorf("coldstart: sample %s: %q is neither an HTTP status nor ok", path, want)
	}
	return Expectation{Status: status}, nil
}

// Check compares a function's answer with the expectation. A function
// error (the runtime's {"errorMessage", "errorType"} answer) never passes.
func (e Expectation) Check(answer []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(answer, &fields); err == nil {
		if _, failed := fields["errorType"]; failed {
			return fmt.Errorf("function error: %s", answer)
		}
	}
	if e.Status == 0 {
		if !json.Valid(answer) {
			return fmt.Errorf("answer is not JSON: %q", answer)
		}
		return nil
	}
	var resp struct {
		StatusCode int `json:"statusCode"`
	}
	if err := json.Unmarshal(answer, &resp); err != nil || resp.StatusCode == 0 {
		return fmt.Errorf("answer is not an API Gateway response: %q", answer)
	}
	if resp.StatusCode != e.Status {
		return fmt.Errorf("status %d, want %d", resp.StatusCode, e.Status)
	}
	return nil
}

// Median returns the middle value (the mean of the two middle values for
// an even count); NaN-free input is assumed. It does not change xs.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// parseSchedstat reads the run time from a schedstat line
// ("1234567 8910 11": nanoseconds on CPU, waiting, time slices).
func parseSchedstat(s string) (time.Duration, error) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return 0, fmt.Errorf("coldstart: schedstat %q: want three fields", s)
	}
	ns, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("coldstart: schedstat %q: %w", s, err)
	}
	return time.Duration(ns), nil
}

// parseVmRSS finds "VmRSS:   34312 kB" in a /proc/PID/status text.
func parseVmRSS(status string) (int64, error) {
	for line := range strings.Lines(status) {
		rest, ok := strings.CutPrefix(line, "VmRSS:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			break
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			break
		}
		return kb * 1024, nil
	}
	return 0, fmt.Errorf("coldstart: no VmRSS line in /proc status")
}
