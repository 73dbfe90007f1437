package screen

import (
	"math/rand/v2"
	"regexp"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// TestDigitDFAMatchesRegexp holds the automata to the regular expressions
// they replace, for every description of every region: on random digit
// strings, on strings the automaton walks to (so that many match), on
// mutations of example numbers, and on strings with a non-digit.
func TestDigitDFAMatchesRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	built, patterns, matches := 0, 0, 0
	check := func(p string, re *regexp.Regexp, d *digitDFA, s string) {
		t.Helper()
		m, ok := d.match(s)
		want := re.MatchString(s)
		if !ok {
			for i := 0; i < len(s); i++ {
				if s[i] < '0' || s[i] > '9' {
					return // a non-digit: the regexp answers
				}
			}
			t.Fatalf("pattern %q: %q: automaton declined a digit string", p, s)
		}
		if m != want {
			t.Fatalf("pattern %q: %q: automaton %v, regexp %v", p, s, m, want)
		}
		if m {
			matches++
		}
	}
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		t.Fatal(err)
	}
	for _, md := range coll.GetMetadata() {
		for _, desc := range []*phonenumbers.PhoneNumberDesc{md.GetGeneralDesc(),
			md.GetFixedLine(), md.GetMobile(), md.GetTollFree(), md.GetPremiumRate(), md.GetSharedCost(),
			md.GetVoip(), md.GetPersonalNumber(), md.GetPager(), md.GetUan(), md.GetVoicemail()} {
			p := desc.GetNationalNumberPattern()
			if p == "" {
				continue
			}
			patterns++
			d := newDigitDFA(p)
			if d == nil {
				continue
			}
			built++
			re := regexp.MustCompile("^(?:" + p + ")$")
			ex := desc.GetExampleNumber()
			check(p, re, d, ex)
			check(p, re, d, "")
			check(p, re, d, ex+"x")
			for range 200 {
				b := make([]byte, rng.IntN(18))
				for i := range b {
					b[i] = byte('0' + rng.IntN(10))
				}
				check(p, re, d, string(b))
			}
			// Walks through live states, stopping at random.
			for range 200 {
				var b []byte
				st := int32(0)
				for st >= 0 && len(b) < 18 {
					if d.accept[st] && rng.IntN(3) == 0 {
						break
					}
					dg := rng.IntN(10)
					for k := 0; k < 10 && d.next[st][(dg+k)%10] < 0; k++ {
						dg = (dg + 1) % 10
					}
					b = append(b, byte('0'+dg))
					st = d.next[st][dg]
				}
				check(p, re, d, string(b))
				if len(b) > 0 {
					b[rng.IntN(len(b))] = byte('0' + rng.IntN(10))
					check(p, re, d, string(b))
					check(p, re, d, string(b[:len(b)-1]))
				}
			}
			if ex != "" {
				for range 50 {
					b := []byte(ex)
					b[rng.IntN(len(b))] = byte('0' + rng.IntN(10))
					check(p, re, d, string(b))
				}
			}
		}
	}
	t.Logf("%d of %d patterns have automata; %d matching strings checked", built, patterns, matches)
	if built*10 < patterns*9 {
		t.Errorf("only %d of %d patterns got an automaton", built, patterns)
	}
	if matches < patterns*20 {
		t.Errorf("only %d matching strings checked", matches)
	}
}
