package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// committed is where `go run ./testdata/outsider/gen` writes, seen from
// this package's folder.
const committed = ".."

// TestCommittedFilesAreRegenerated checks that the committed files are
// exactly what the generator makes (it is deterministic, and nobody edited
// a file by hand), and that no stray family file is left behind.
func TestCommittedFilesAreRegenerated(t *testing.T) {
	dir := t.TempDir()
	files, err := generate(DefaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	again, err := generate(DefaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if !bytes.Equal(again[name], data) {
			t.Errorf("%s: two runs with the same seed differ", name)
		}
		fresh, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		old, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil {
			t.Errorf("%s is generated but not committed: run go run ./testdata/outsider/gen", name)
			continue
		}
		if !bytes.Equal(fresh, old) {
			t.Errorf("%s differs from the generator's output: run go run ./testdata/outsider/gen and commit", name)
		}
	}
	onDisk, _ := filepath.Glob(filepath.Join(committed, "*.jsonl"))
	for _, path := range onDisk {
		if _, ok := files[filepath.Base(path)]; !ok {
			t.Errorf("%s is committed but no family generates it", path)
		}
	}
	if len(files) != len(families) {
		t.Errorf("%d files for %d families", len(files), len(families))
	}
}

var (
	recordKeys  = []string{"category", "context", "family", "fields", "form_id", "id", "label", "source", "submitted_at"}
	fieldKeys   = []string{"company", "country", "email", "first_name", "job_title", "last_name", "message", "phone", "website_url"}
	contextKeys = []string{"accept_language", "ip", "referer", "user_agent"} // elapsed_ms is optional
	formIDs     = map[string]bool{"contact-sales": true, "newsletter": true, "partner-import": true}
)

// TestRecordsHaveTheDocumentedKeys reads every committed line as the
// README documents it: exactly the listed keys, every field present, a
// known label, the file's family, the generator's source, a valid time and
// form, and ids unique across all files.
func TestRecordsHaveTheDocumentedKeys(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(committed, "*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no committed files (%v)", err)
	}
	ids := map[string]string{}
	labels := map[string]int{}
	total := 0
	for _, path := range paths {
		family := strings.TrimSuffix(filepath.Base(path), ".jsonl")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			where := filepath.Base(path) + ":" + itoa(n)
			var raw map[string]json.RawMessage
			if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			checkKeys(t, where, "record", raw, recordKeys, nil)
			var fields, ctx map[string]json.RawMessage
			if err := json.Unmarshal(raw["fields"], &fields); err != nil {
				t.Fatalf("%s: fields: %v", where, err)
			}
			checkKeys(t, where, "fields", fields, fieldKeys, nil)
			if err := json.Unmarshal(raw["context"], &ctx); err != nil {
				t.Fatalf("%s: context: %v", where, err)
			}
			checkKeys(t, where, "context", ctx, contextKeys, []string{"elapsed_ms"})

			dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
			dec.DisallowUnknownFields()
			var r Record
			if err := dec.Decode(&r); err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			if r.Label != "genuine" && r.Label != "junk" {
				t.Errorf("%s: label %q", where, r.Label)
			}
			labels[r.Label]++
			if r.Category == "" {
				t.Errorf("%s: no category", where)
			}
			if strings.HasPrefix(r.Category, "genuine") != (r.Label == "genuine") {
				t.Errorf("%s: category %q does not fit label %q", where, r.Category, r.Label)
			}
			if r.Family != family {
				t.Errorf("%s: family %q in file of %q", where, r.Family, family)
			}
			if r.Source != Source {
				t.Errorf("%s: source %q", where, r.Source)
			}
			if _, err := time.Parse(time.RFC3339, r.SubmittedAt); err != nil {
				t.Errorf("%s: submitted_at: %v", where, err)
			}
			if !formIDs[r.FormID] {
				t.Errorf("%s: form_id %q is not in config/forms.yaml", where, r.FormID)
			}
			if other, dup := ids[r.ID]; dup || r.ID == "" {
				t.Errorf("%s: id %q empty or also in %s", where, r.ID, other)
			}
			ids[r.ID] = where
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		if n < 150 || n > 300 {
			t.Errorf("%s: %d records, want 150–300", family, n)
		}
		total += n
	}
	if share := float64(labels["genuine"]) / float64(total); share < 0.45 || share > 0.55 {
		t.Errorf("genuine share %.2f, want about half", share)
	}
}

func checkKeys(t *testing.T, where, what string, m map[string]json.RawMessage, want, optional []string) {
	t.Helper()
	var got []string
	for k := range m {
		got = append(got, k)
	}
	sort.Strings(got)
	opt := map[string]bool{}
	for _, k := range optional {
		opt[k] = true
	}
	var kept []string
	for _, k := range got {
		if !opt[k] {
			kept = append(kept, k)
		}
	}
	if strings.Join(kept, ",") != strings.Join(want, ",") {
		t.Errorf("%s: %s keys %v, want %v (optional %v)", where, what, got, want, optional)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestPlaceholderNamesArePairs guards the flat given/family list.
func TestPlaceholderNamesArePairs(t *testing.T) {
	if len(placeholderNames)%2 != 0 {
		t.Fatalf("placeholderNames has %d entries, want pairs", len(placeholderNames))
	}
}
