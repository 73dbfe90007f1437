package qualify

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// Reference formatters, as first written; the allocation-free ones must
// match them.
func refSigned(p int) string {
	if p >= 0 {
		return "+" + strconv.Itoa(p)
	}
	return strconv.Itoa(p)
}

func refGroupNum(f float64) string {
	n := int64(f + 0.5)
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

func refShortNum(f float64) string {
	switch {
	case f >= 1e6:
		return strconv.FormatFloat(f/1e6, 'f', -1, 64) + "m"
	case f >= 1e3:
		return strconv.FormatFloat(f/1e3, 'f', -1, 64) + "k"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func TestFormattersMatchReference(t *testing.T) {
	for p := -1000; p <= 1000; p++ {
		if got, want := signed(p), refSigned(p); got != want {
			t.Fatalf("signed(%d) = %q, want %q", p, got, want)
		}
	}
	for _, p := range []int{math.MinInt, math.MaxInt, -201, 201} {
		if got, want := signed(p), refSigned(p); got != want {
			t.Errorf("signed(%d) = %q, want %q", p, got, want)
		}
	}
	nums := []float64{0, 0.4, 0.5, 1, 12.5, 999, 999.5, 1000, 1500, 25000, 99999.9, 100000, 1234567, 1.5e6, 2.25e9, 1e15, -1, -123, -1234, -1e6}
	for e := 0; e < 16; e++ {
		for _, m := range []float64{1, 1.25, 3.7, 9.99} {
			nums = append(nums, m*math.Pow(10, float64(e)))
		}
	}
	for _, f := range nums {
		if got, want := groupNum(f), refGroupNum(f); got != want {
			t.Errorf("groupNum(%v) = %q, want %q", f, got, want)
		}
		if got, want := shortNum(f), refShortNum(f); got != want {
			t.Errorf("shortNum(%v) = %q, want %q", f, got, want)
		}
		for _, hi := range []float64{0, f * 2} {
			b := Band{Min: f, Max: hi}
			want := refShortNum(f) + "+"
			if hi != 0 {
				want = refShortNum(f) + "–" + refShortNum(hi)
			}
			if got := bandLabel(b); got != want {
				t.Errorf("bandLabel(%+v) = %q, want %q", b, got, want)
			}
		}
	}
}

// groupNum and shortNum are string forms of the appenders, for the tests.
func groupNum(f float64) string { return string(appendGroupNum(nil, f)) }

func shortNum(f float64) string { return string(appendShortNum(nil, f)) }
