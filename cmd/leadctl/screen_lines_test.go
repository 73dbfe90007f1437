package main

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
)

// lineEvent is one call of a line callback, or the final error.
type lineEvent struct {
	n    int
	line string
}

// collectLines runs each (eachLine or eachLineString, through read) over
// the input and returns the lines it gave and its error, stopping with
// errStop at line stopAt when that is positive.
func collectLines(read func(func(int, string) error) error, stopAt int) ([]lineEvent, string) {
	var got []lineEvent
	err := read(func(n int, line string) error {
		got = append(got, lineEvent{n, line})
		if n == stopAt {
			return errStop
		}
		return nil
	})
	if err != nil {
		return got, err.Error()
	}
	return got, ""
}

var errStop = errors.New("stop")

// TestEachLineStringMatchesEachLine holds the block reader of `leadctl
// screen` to eachLine (bufio.ScanLines): the same lines, numbers, skipped
// blank lines and errors, on edge cases and random inputs, read whole,
// a byte at a time and in halves.
func TestEachLineStringMatchesEachLine(t *testing.T) {
	long := strings.Repeat("x", lineBlockSize+17)
	inputs := []string{
		"", "\n", "\n\n", "\r", "\r\n", "a", "a\n", "a\r\n", "a\r", "a\r\r\n", "\ra\n", "a\nb", "a\n\nb\n\n",
		"a\r\nb\r\n\r\nc", " \n\t\n", long, long + "\n" + long, "a\n" + long + "\nb\n",
		strings.Repeat("line\n", lineBlockSize/5+3),
		strings.Repeat("y", lineBlockSize-1) + "\n" + strings.Repeat("z", 10) + "\n",
		strings.Repeat("y", lineBlockSize) + "\nz\n",
		strings.Repeat("y", lineBlockSize+1) + "\r\nz",
		// Longer than the Scanner's limit: both fail at the same line.
		"first\n" + strings.Repeat("w", 4<<20+1) + "\nlast\n",
	}
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{"\n", "\r", "\r\n", "a", "bc", " ", "{}", strings.Repeat("k", 700)}
	for range 100 {
		var b strings.Builder
		for range r.IntN(100) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		inputs = append(inputs, b.String())
	}
	readers := map[string]func(string) io.Reader{
		"whole":  func(s string) io.Reader { return strings.NewReader(s) },
		"bytes":  func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"halves": func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
	}
	for i, in := range inputs {
		for name, rd := range readers {
			if name == "bytes" && len(in) > 4<<10 {
				continue // a byte at a time costs time quadratic in the line length
			}
			for _, stopAt := range []int{0, 2} {
				want, wantErr := collectLines(func(fn func(int, string) error) error {
					return eachLine(rd(in), func(n int, line []byte) error { return fn(n, string(line)) })
				}, stopAt)
				got, gotErr := collectLines(func(fn func(int, string) error) error {
					return eachLineString(rd(in), fn)
				}, stopAt)
				if fmt.Sprint(got) != fmt.Sprint(want) || gotErr != wantErr {
					t.Fatalf("input %d (%d bytes, %s, stop at %d):\n got %.200v, error %q\nwant %.200v, error %q",
						i, len(in), name, stopAt, got, gotErr, want, wantErr)
				}
			}
		}
	}
}
