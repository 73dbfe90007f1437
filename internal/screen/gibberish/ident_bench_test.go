package gibberish

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// identCorpusNames returns the names, companies and one-word messages of
// the shipped corpora and back-test history (at most limit lines of each
// file): what screening asks the model.
func identCorpusNames(tb testing.TB, limit int) []string {
	tb.Helper()
	paths, _ := filepath.Glob("../../../testdata/corpus/*.jsonl")
	paths = append(paths, "../../../testdata/backtest/history.jsonl")
	var out []string
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 4<<20)
		for n := 0; sc.Scan() && n < limit; n++ {
			var line struct {
				Fields map[string]string `json:"fields"`
			}
			if json.Unmarshal(sc.Bytes(), &line) != nil {
				continue
			}
			fl := line.Fields
			for _, k := range []string{"first_name", "last_name", "name", "company"} {
				if v := strings.TrimSpace(fl[k]); v != "" {
					out = append(out, v)
				}
			}
			if fl["first_name"] != "" && fl["last_name"] != "" {
				out = append(out, fl["first_name"]+" "+fl["last_name"])
			}
			if m := strings.TrimSpace(fl["message"]); m != "" && !strings.ContainsAny(m, " \\t\\n") {
				out = append(out, m)
			}
		}
		f.Close()
	}
	return out
}

// BenchmarkScoreCorpus scores varied names from the corpora.
func BenchmarkScoreCorpus(b *testing.B) {
	m := Default()
	names := identCorpusNames(b, 5000)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Score(names[i])
		if i++; i == len(names) {
			i = 0
		}
	}
}
