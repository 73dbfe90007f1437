// Command gen writes the labeled accuracy corpus testdata/corpus/tuning.jsonl
// and testdata/corpus/holdout.jsonl from the sources under
// testdata/corpus/sources and the disposable-domain list of
// internal/screen/domains. The output is deterministic: a fixed seed drives every
// choice, so a rerun with unchanged sources reproduces the files byte for
// byte.
//
// Usage, from the repository root:
//
//	go run ./testdata/corpus/gen [-n 2400] [-seed 20261003]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Record is one line of the corpus: a submission in the batch-screening
// input format plus its labels.
type Record struct {
	ID          string  `json:"id"`
	FormID      string  `json:"form_id"`
	SubmittedAt string  `json:"submitted_at"`
	Fields      Fields  `json:"fields"`
	Context     Context `json:"context"`
	Label       string  `json:"label"`
	Category    string  `json:"category"`
}

// Fields are the submitted form fields; website_url is the honeypot.
type Fields struct {
	Email      string `json:"email"`
	FirstName  string `json:"first_name"`
	LastName   string `json:"last_name"`
	Company    string `json:"company"`
	JobTitle   string `json:"job_title"`
	Phone      string `json:"phone"`
	Country    string `json:"country"`
	Message    string `json:"message"`
	WebsiteURL string `json:"website_url"`
}

// Context is what the request told about the submitter.
type Context struct {
	IP             string `json:"ip"`
	UserAgent      string `json:"user_agent"`
	AcceptLanguage string `json:"accept_language"`
	Referer        string `json:"referer"`
	ElapsedMS      *int64 `json:"elapsed_ms,omitempty"`
}

func main() {
	root := flag.String("root", ".", "repository root")
	n := flag.Int("n", 2400, "number of records")
	seed := flag.Uint64("seed", 20261003, "random seed")
	flag.Parse()
	if err := run(*root, *n, *seed); err != nil {
		slog.Error("gen failed", "err", err)
		os.Exit(1)
	}
}

// share is one category's part of the corpus, in records per thousand.
type share struct {
	label, category string
	perMille        int
	make            func(g *gen, r *Record)
}

var shares = []share{
	{"genuine", "genuine", 300, (*gen).genuine},
	{"genuine", "genuine_free_mail", 60, (*gen).genuineFreeMail},
	{"genuine", "genuine_role_account", 35, (*gen).genuineRole},
	{"genuine", "genuine_non_english", 70, (*gen).genuineNonEnglish},
	{"genuine", "genuine_with_link", 25, (*gen).genuineLink},
	{"genuine", "genuine_short", 35, (*gen).genuineShort},
	{"genuine", "genuine_lowercase", 25, (*gen).genuineLowercase},
	{"junk", "bot", 85, (*gen).bot},
	{"junk", "spam", 90, (*gen).spam},
	{"junk", "vendor_pitch", 75, (*gen).vendorPitch},
	{"junk", "disposable", 55, (*gen).disposable},
	{"junk", "invalid_email", 40, (*gen).invalidEmail},
	{"junk", "gibberish", 40, (*gen).gibberish},
	{"junk", "test_entry", 35, (*gen).testEntry},
	{"junk", "fake_phone", 30, (*gen).fakePhone},
}

func run(root string, n int, seed uint64) error {
	src, err := loadSources(root)
	if err != nil {
		return err
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5eed)), src: src}
	var records []Record
	for _, s := range shares {
		k := int(math.Round(float64(n) * float64(s.perMille) / 1000))
		for i := 0; i < k; i++ {
			r := Record{Label: s.label, Category: s.category}
			s.make(g, &r)
			g.finish(&r)
			records = append(records, r)
		}
	}
	// Shuffle before numbering so that ids and order carry no label.
	g.r.Shuffle(len(records), func(i, j int) { records[i], records[j] = records[j], records[i] })
	var tuning, holdout []Record
	for i := range records {
		records[i].ID = fmt.Sprintf("c%d", i+1)
		if isHoldout(records[i].ID) {
			holdout = append(holdout, records[i])
		} else {
			tuning = append(tuning, records[i])
		}
	}
	dir := filepath.Join(root, "testdata", "corpus")
	if err := writeJSONL(filepath.Join(dir, "tuning.jsonl"), tuning); err != nil {
		return err
	}
	if err := writeJSONL(filepath.Join(dir, "holdout.jsonl"), holdout); err != nil {
		return err
	}
	counts := map[string]int{}
	for _, r := range records {
		counts[r.Label]++
	}
	fmt.Printf("wrote %d records (%d genuine, %d junk): tuning %d, holdout %d\n",
		len(records), counts["genuine"], counts["junk"], len(tuning), len(holdout))
	return nil
}

// isHoldout puts about 30% of ids, chosen by an FNV-1a hash, in the holdout.
func isHoldout(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%10 < 3
}

func writeJSONL(path string, records []Record) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range records {
		if err := enc.Encode(&records[i]); err != nil {
			f.Close()
			return fmt.Errorf("encoding record %s: %w", records[i].ID, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", path, err)
	}
	return nil
}

// finish fills what every record gets regardless of class: the form, the
// submission time and, if the class left them empty, IP and referer.
func (g *gen) finish(r *Record) {
	form := forms[g.r.IntN(len(forms))]
	r.FormID = form.id
	start := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	r.SubmittedAt = start.Add(time.Duration(g.r.Int64N(int64(60 * 24 * time.Hour)))).Truncate(time.Second).Format(time.RFC3339)
	if r.Context.IP == "" {
		r.Context.IP = g.ip()
	}
	if r.Context.Referer == "-" {
		r.Context.Referer = ""
	} else if r.Context.Referer == "" && g.r.IntN(10) > 0 {
		r.Context.Referer = form.page
	}
}

// loadSources reads every source list.
func loadSources(root string) (*sources, error) {
	dir := filepath.Join(root, "testdata", "corpus", "sources")
	s := &sources{names: map[string]*nameList{}}
	files, err := filepath.Glob(filepath.Join(dir, "names", "*.tsv"))
	if err != nil {
		return nil, fmt.Errorf("listing names: %w", err)
	}
	slices.Sort(files)
	for _, f := range files {
		lines, err := readLines(f)
		if err != nil {
			return nil, err
		}
		nl := &nameList{}
		for _, l := range lines {
			kind, v, ok := strings.Cut(l, "\t")
			if !ok {
				continue
			}
			switch kind {
			case "first":
				nl.first = append(nl.first, v)
			case "last":
				nl.last = append(nl.last, v)
			case "legal":
				nl.legal = append(nl.legal, v)
			case "word":
				nl.words = append(nl.words, v)
			}
		}
		s.names[strings.TrimSuffix(filepath.Base(f), ".tsv")] = nl
	}
	for _, l := range []struct {
		dst  *[]string
		path string
	}{
		{&s.genuineEN, "messages/genuine_en.txt"},
		{&s.links, "messages/links.txt"},
		{&s.short, "messages/short.txt"},
		{&s.vendor, "messages/vendor.txt"},
		{&s.spamForm, "messages/spam_form.txt"},
		{&s.testMsgs, "messages/test_entries.txt"},
		{&s.jobTitles, "messages/job_titles.txt"},
		{&s.companyWords, "messages/company_words.txt"},
		{&s.spamAssassin, "spam/spamassassin.txt"},
		{&s.browsers, "context/browsers.txt"},
		{&s.bots, "context/bots.txt"},
	} {
		lines, err := readLines(filepath.Join(dir, l.path))
		if err != nil {
			return nil, err
		}
		*l.dst = lines
	}
	if s.disposable, err = readGroupedDomains(filepath.Join(dir, "../../../internal/screen/domains/data/disposable.txt")); err != nil {
		return nil, err
	}
	other, err := readLines(filepath.Join(dir, "messages/genuine_other.txt"))
	if err != nil {
		return nil, err
	}
	s.genuineOther = map[string][]string{}
	for _, l := range other {
		if lang, msg, ok := strings.Cut(l, "\t"); ok {
			s.genuineOther[lang] = append(s.genuineOther[lang], msg)
		}
	}
	return s, nil
}

// readGroupedDomains reads the disposable list, which is grouped by
// top-level domain (a line ".com" opens a group of names under .com), as
// whole domains; wildcard entries ("*.name") are skipped.
func readGroupedDomains(path string) ([]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	var out []string
	tld := ""
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "#"), strings.HasPrefix(l, "*."):
		case strings.HasPrefix(l, "."):
			tld = l
		default:
			out = append(out, l+tld)
		}
	}
	return out, nil
}

// readLines returns the non-blank lines of a file that are not comments.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening source: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "# ") || t == "#" {
			continue
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}
