package eval

import (
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

func TestReadCorpus(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    int
		wantErr string
	}{
		{"two lines", `{"id":"c1","label":"junk","category":"bot","fields":{"website_url":"x"}}` + "\n\n" + `{"id":"c2","label":"genuine","category":"genuine"}` + "\n", 2, ""},
		{"empty", "", 0, ""},
		{"comment line", "# a comment\n", 0, "line 1"},
		{"bad label", `{"id":"c1","label":"spam"}`, 0, "unknown label"},
		{"no id", `{"label":"junk"}`, 0, "no id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := ReadCorpus(strings.NewReader(c.in))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, c.wantErr)
				}
				return
			}
			if err != nil || len(recs) != c.want {
				t.Fatalf("got %d records, err %v; want %d", len(recs), err, c.want)
			}
		})
	}
	recs, _ := ReadCorpus(strings.NewReader(`{"id":"c1","label":"junk","category":"bot","fields":{"website_url":"x"},"context":{"elapsed_ms":12}}`))
	if recs[0].Fields["website_url"] != "x" || recs[0].Context.ElapsedMS == nil || *recs[0].Context.ElapsedMS != 12 {
		t.Errorf("decoded record = %+v", recs[0])
	}
}

// TestCorpusFiles checks the checked-in corpus: pure JSONL, unique ids, the
// holdout split by id hash, the class balance and the categories.
func TestCorpusFiles(t *testing.T) {
	seen := map[string]bool{}
	var all []Record
	for _, f := range []struct {
		path    string
		holdout bool
	}{{"../../../testdata/corpus/tuning.jsonl", false}, {"../../../testdata/corpus/holdout.jsonl", true}} {
		b, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatalf("reading corpus: %v", err)
		}
		if len(b) == 0 || b[0] != '{' {
			t.Fatalf("%s does not start with a JSON object", f.path)
		}
		recs, err := ReadCorpus(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		for _, r := range recs {
			if seen[r.ID] {
				t.Errorf("duplicate id %s", r.ID)
			}
			seen[r.ID] = true
			h := fnv.New32a()
			h.Write([]byte(r.ID))
			if inHoldout := h.Sum32()%10 < 3; inHoldout != f.holdout {
				t.Errorf("%s: record %s is in the wrong split", f.path, r.ID)
			}
			if _, ok := r.Fields["website_url"]; !ok {
				t.Errorf("%s: record %s lacks the honeypot field", f.path, r.ID)
			}
		}
		all = append(all, recs...)
	}
	if len(all) < 2000 {
		t.Fatalf("corpus has %d records, want at least 2000", len(all))
	}
	var genuine int
	cats := map[string]int{}
	for _, r := range all {
		if r.Label == LabelGenuine {
			genuine++
		}
		cats[r.Category]++
	}
	if share := float64(genuine) / float64(len(all)); share < 0.5 || share > 0.6 {
		t.Errorf("genuine share %.2f, want about 0.55", share)
	}
	for _, c := range []string{"genuine", "bot", "spam", "vendor_pitch", "disposable", "invalid_email", "gibberish", "test_entry", "fake_phone"} {
		if cats[c] < 20 {
			t.Errorf("category %s has %d records, want at least 20", c, cats[c])
		}
	}
}
