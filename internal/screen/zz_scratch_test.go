package screen

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchHits(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/[ck]*/*.jsonl")
	counts := map[string]int{}
	for _, f := range files {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r struct {
				Label  string `json:"label"`
				Fields struct {
					Message string `json:"message"`
				} `json:"fields"`
			}
			json.Unmarshal(sc.Bytes(), &r)
			if r.Label != "genuine" {
				continue
			}
			m := newFoldedText(foldText(r.Fields.Message))
			for _, l := range []phraseList{vocabAimed, vocabAnywhere} {
				for _, h := range vocabHits(m, l, func(string) bool { return true }) {
					counts[h.e.lang+" "+h.e.kind+" "+h.e.text]++
					if counts[h.e.lang+" "+h.e.kind+" "+h.e.text] <= 2 {
						t.Logf("%s %s %q: %.120s", filepath.Base(f), h.e.kind, h.text, r.Fields.Message)
					}
				}
			}
		}
	}
	t.Log(counts)
}
