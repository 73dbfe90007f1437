package screen

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// refScanName is scanName as first written, over unicode for every rune
// and with case-folded comparisons for "www.".
func refScanName(v string) nameStats {
	st := nameStats{allSame: true}
	var prev rune
	run := 0
	for i, r := range v {
		switch {
		case unicode.IsLetter(r):
			f := unicode.ToLower(r)
			if st.letters == 0 {
				st.first = f
			} else if f != st.first {
				st.allSame = false
			}
			st.letters++
			if f == prev {
				run++
			} else {
				run = 1
			}
			prev = f
			st.maxRun = max(st.maxRun, run)
			continue
		case unicode.IsDigit(r):
			st.digits++
		case r == '@':
			st.hasURL = true
		case r == ':' && strings.HasPrefix(v[i:], "://"):
			st.hasURL = true
		}
		prev, run = 0, 0
	}
	if !st.hasURL && (refHasPrefixFold(v, "www.") || refContainsFold(v, " www.")) {
		st.hasURL = true
	}
	return st
}

func refHasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func refContainsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func refLetterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// identCorpusFields returns every non-empty field value and user agent of
// the shipped corpora and back-test history (at most limit lines of each
// file).
func identCorpusFields(tb testing.TB, limit int) []string {
	var out []string
	eachCorpusLine(tb, limit, func(fields map[string]string, ua string) {
		for _, v := range fields {
			if v != "" {
				out = append(out, v)
			}
		}
		if ua != "" {
			out = append(out, ua)
		}
	})
	return out
}

// eachCorpusLine calls fn with the string fields and user agent of each of
// the first limit lines of the shipped corpora and back-test history.
func eachCorpusLine(tb testing.TB, limit int, fn func(fields map[string]string, userAgent string)) {
	tb.Helper()
	paths, _ := filepath.Glob("../../testdata/corpus/*.jsonl")
	paths = append(paths, "../../testdata/backtest/history.jsonl")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		for n, raw := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			if n == limit {
				break
			}
			var line struct {
				Fields  map[string]any `json:"fields"`
				Context struct {
					UserAgent string `json:"user_agent"`
				} `json:"context"`
			}
			if err := json.Unmarshal(raw, &line); err != nil {
				tb.Fatalf("%s line %d: %v", path, n+1, err)
			}
			fields := make(map[string]string, len(line.Fields))
			for k, v := range line.Fields {
				if s, ok := v.(string); ok {
					fields[k] = s
				}
			}
			fn(fields, line.Context.UserAgent)
		}
	}
}

// identOddStrings mixes ASCII, letters that change length when folded,
// title-case and Kelvin/long-s runes, digits of other scripts, invalid
// UTF-8 and the "www." and "://" markers.
func identOddStrings(rng *rand.Rand, n int) []string {
	pieces := []string{"a", "A", "w", "W", "www.", "WwW.", " www.", " ", ".", "@", "://", ":", "1", "٣", "é", "É", "ß",
		"\u212A", "\u017F", "ǅ", "İ", "ı", "Σ", "ς", "山", "\xff", "\xe2\x82", "-", "'", "ⅷ", "aaaa", "xx"}
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestScanNameMatchesReference(t *testing.T) {
	cases := []string{"", "www.x", "WWW.x", "a www.b", "a\twww.b", "awww.b", "www", "ww w.", "Kelvin \u212Aww.", "\u017Fss",
		"Aaaa", "aaaA", "ÉéÉ", "x://y", "a@b", "Jean-Luc Picard", "山田 太郎"}
	cases = append(cases, identCorpusFields(t, 20000)...)
	cases = append(cases, identOddStrings(rand.New(rand.NewPCG(5, 6)), scaled(50000))...)
	for _, v := range cases {
		if got, want := scanName(v), refScanName(v); got != want {
			t.Fatalf("scanName(%q) = %+v, want %+v", v, got, want)
		}
		if got, want := letterCount(v), refLetterCount(v); got != want {
			t.Fatalf("letterCount(%q) = %d, want %d", v, got, want)
		}
	}
}

// TestUserAgentMemo: the remembered verdicts equal botAgent's, on first
// and repeated sight, and over-long agents are answered without the table.
func TestUserAgentMemo(t *testing.T) {
	d := newUserAgentDetector()
	long := strings.Repeat("x", uaMemoMaxKey+1) + " curl/1"
	agents := []string{long, "curl/8.4.0", "Mozilla/5.0", "python-requests/2.31", "java", "-",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
	}
	agents = append(agents, identCorpusFields(t, 5000)...)
	for round := range 2 {
		for _, ua := range agents {
			if got, want := d.botAgent(ua), botAgent(ua); got != want {
				t.Fatalf("round %d: botAgent(%q) = %q, want %q", round, ua, got, want)
			}
		}
	}
	if n := d.bots.Len(); n == 0 || n > uaMemoSlots {
		t.Errorf("table holds %d agents, want between 1 and %d", n, uaMemoSlots)
	}
	if _, ok := d.bots.Get(long); ok {
		t.Error("an over-long agent was kept")
	}
}
