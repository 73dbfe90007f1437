package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestCanonicalEntry(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Mailinator.COM", "mailinator.com", true},
		{" mailinator.com. ", "mailinator.com", true},
		{"*.33Mail.com", "*.33mail.com", true},
		{"instágram.com", "xn--instgram-cza.com", true},
		{"xn--instgram-cza.com", "xn--instgram-cza.com", true},
		{"co.uk", "", false},   // an ICANN public suffix
		{"*.co.uk", "", false}, // nor a wildcard over one
		{"com", "", false},
		{"bad domain.com", "", false},
		{"x@y.com", "y.com", true}, // the address's domain
		{"under_score.com", "", false},
		{"-lead.com", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := canonicalEntry(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("canonicalEntry(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestMerge(t *testing.T) {
	a := newSourceList([]string{"mailinator.com", "x.mailinator.com", "sohu.com", "vip.sohu.com", "a.throwaway.co.uk", "bad name"})
	b := newSourceList([]string{"MAILINATOR.com", "*.ddns.net", "x.ddns.net", "ddns.net", "*.wild.io", "wild.io", "deep.sub.wild.io", "throwaway.co.uk", "0-mailer.dynv6.net"})
	m := merge([]sourceList{a, b}, map[string]struct{}{"sohu.com": {}})
	want := []string{"*.ddns.net", "0-mailer.dynv6.net", "ddns.net", "mailinator.com", "throwaway.co.uk", "wild.io"}
	if !slices.Equal(m.kept, want) {
		t.Errorf("kept = %v, want %v", m.kept, want)
	}
	// *.wild.io is covered by wild.io (not a public suffix: its subdomains
	// reach it); *.ddns.net is not (ddns.net is a public suffix).
	wantRedundant := []string{"*.wild.io", "a.throwaway.co.uk", "deep.sub.wild.io", "x.ddns.net", "x.mailinator.com"}
	if !slices.Equal(m.redundant, wantRedundant) {
		t.Errorf("redundant = %v, want %v", m.redundant, wantRedundant)
	}
	if m.protected["sohu.com"] != "sohu.com" || m.protected["vip.sohu.com"] != "sohu.com" || len(m.protected) != 2 {
		t.Errorf("protected = %v, want sohu.com and vip.sohu.com under sohu.com", m.protected)
	}
	if len(a.invalid) != 1 {
		t.Errorf("invalid = %v, want the one bad name", a.invalid)
	}
}

func TestRenderRoundTrip(t *testing.T) {
	entries := []string{"b.com", "a.com", "*.ddns.net", "throwaway.co.uk", "xn--instgram-cza.com"}
	out := render(entries, "# header\n")
	want := "# header\n.com\na\nb\nxn--instgram-cza\n.net\n*.ddns\n.uk\nthrowaway.co\n"
	if string(out) != want {
		t.Errorf("render =\n%s\nwant\n%s", out, want)
	}
	got := parseRendered(string(out))
	slices.Sort(got)
	slices.Sort(entries)
	if !slices.Equal(got, entries) {
		t.Errorf("parseRendered = %v, want %v", got, entries)
	}
	// The old, ungrouped format reads as whole domains.
	if got := parseRendered("# old\nmailinator.com\nx.io\n"); !slices.Equal(got, []string{"mailinator.com", "x.io"}) {
		t.Errorf("parseRendered(ungrouped) = %v", got)
	}
}

func TestReaders(t *testing.T) {
	pkg := fstest.MapFS{
		"platform/node/index.js": {Data: []byte("'use strict';\nvar blacklist = new Set([\"a.com\",\"b.net\"]);\nvar x = new Set([\"not.this\"]);")},
		"emails.txt":             {Data: []byte("# comment\na.com\n\n b.net \n")},
		"Readme.md":              {Data: []byte("# Title\ntext\n# License\n\nMIT, as is.\n")},
		"index.json":             {Data: []byte(`["a.com","b.net"]`)},
		"wildcard.json":          {Data: []byte(`["w.org"]`)},
	}
	if got, err := readMailchecker(pkg); err != nil || !slices.Equal(got, []string{"a.com", "b.net"}) {
		t.Errorf("readMailchecker = %v, %v", got, err)
	}
	if got, err := readLines(pkg, "emails.txt"); err != nil || !slices.Equal(got, []string{"a.com", "b.net"}) {
		t.Errorf("readLines = %v, %v", got, err)
	}
	if got, err := sources[0].read(pkg); err != nil || !slices.Equal(got, []string{"a.com", "b.net", "*.w.org"}) {
		t.Errorf("%s read = %v, %v", sources[0].Package, got, err)
	}
	if got, err := readmeSection(pkg, "Readme.md", "# License"); err != nil || string(got) != "# License\n\nMIT, as is.\n" {
		t.Errorf("readmeSection = %q, %v", got, err)
	}
	if _, err := readMailchecker(fstest.MapFS{"platform/node/index.js": {Data: []byte("module.exports = {}")}}); err == nil {
		t.Error("readMailchecker accepted a file without the list")
	}
}

// fakeFetcher serves every source from memory: version "latest" is 2.0,
// and "1.0" is an older release with one entry less and one more.
type fakeFetcher struct{ fetches []string }

func (f *fakeFetcher) fetch(pkg, version string) (fs.FS, string, error) {
	f.fetches = append(f.fetches, pkg+"@"+version)
	var s source
	for _, c := range sources {
		if c.Package == pkg {
			s = c
		}
	}
	if version == "latest" {
		version = "2.0"
	}
	// Each package gets 700 domains of its own, and two it shares.
	var ds []string
	for i := range 700 {
		ds = append(ds, fmt.Sprintf("%s-%d.com", pkg, i))
	}
	ds = append(ds, "mailinator.com", "Sohu.com")
	if version == "1.0" {
		ds = append(ds[1:], "gone.example-old.com")
	}
	fsys := fstest.MapFS{
		"package.json": {Data: []byte(`{"license":"` + s.Licence + `"}`)},
		"LICENSE":      {Data: []byte("licence of " + pkg)},
		"LICENSE.md":   {Data: []byte("licence of " + pkg)},
		"Readme.md":    {Data: []byte("# x\n# License\nlicence of " + pkg + "\n")},
	}
	quoted := `["` + strings.Join(ds, `","`) + `"]`
	fsys["index.json"] = &fstest.MapFile{Data: []byte(quoted)}
	fsys["wildcard.json"] = &fstest.MapFile{Data: []byte(`["ddns.net"]`)}
	fsys["platform/node/index.js"] = &fstest.MapFile{Data: []byte("var b = new Set(" + quoted + ");")}
	fsys["emails.txt"] = &fstest.MapFile{Data: []byte(strings.Join(ds, "\n"))}
	fsys["txt/data.txt"] = &fstest.MapFile{Data: []byte("# x\n## provider\n" + strings.Join(ds, "\n"))}
	fsys["dist/dict/disposable_email_blocklist.json"] = &fstest.MapFile{Data: []byte(quoted)}
	return fsys, version, nil
}

func (f *fakeFetcher) close() {}

// TestRun updates a data directory from fake packages: the merged file,
// licences, SOURCES.md, and the diff summary against the recorded versions.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("allow.txt", "# real\nsohu.com # a portal\n")
	write("wellknown.txt", "asics.com\n")
	write("popular.txt", "gmail.com\n")
	write("freemail.txt", "gmail.com\nyahoo.*\n")
	write("disposable.txt", "mailinator.com\nold-only.com\n")
	write("SOURCES.md", "# Sources\n\nhand text\n\n"+beginMark+"\n| `mailchecker` | 1.0 | MIT |\n| `fakefilter` | 2.0 | x |\n"+endMark+"\n\nafter\n")

	var out bytes.Buffer
	f := &fakeFetcher{}
	if err := run(dir, "2026-12-06", f, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	// Only mailchecker changed version, so only it is fetched twice.
	if !slices.Contains(f.fetches, "mailchecker@1.0") || len(f.fetches) != len(sources)+1 {
		t.Errorf("fetches = %v", f.fetches)
	}
	summary := out.String()
	for _, want := range []string{
		"mailchecker                    1.0 -> 2.0                   702         1         1",
		"fakefilter                     2.0 (same)                   702         0         0",
		"burner-email-providers         new 2.0",
		"disposable.txt (merged)",
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "disposable.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := parseRendered(string(b))
	if len(got) != 5*700+2 || !slices.Contains(got, "mailinator.com") || !slices.Contains(got, "*.ddns.net") || slices.Contains(got, "sohu.com") {
		t.Errorf("disposable.txt holds %d entries (want %d, with mailinator.com and *.ddns.net, without sohu.com)", len(got), 5*700+2)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "SOURCES.md"))
	for _, want := range []string{"hand text", "after", "| `mailchecker` | 2.0 | MIT |", "`sohu.com` (sohu.com)", "Fetched 2026-12-06"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("SOURCES.md lacks %q:\n%s", want, src)
		}
	}
	if v, _ := previousVersions(filepath.Join(dir, "SOURCES.md")); v["fakefilter"] != "2.0" || len(v) != len(sources) {
		t.Errorf("versions read back = %v", v)
	}
	for _, s := range sources {
		lic, err := os.ReadFile(filepath.Join(dir, "licenses", s.Package+".txt"))
		if err != nil || !strings.Contains(string(lic), "licence of "+s.Package) {
			t.Errorf("licence of %s = %q, %v", s.Package, lic, err)
		}
	}
}

func TestRunRefusesSourcesWithoutMarks(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "SOURCES.md"), []byte("# no generated part\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &fakeFetcher{}
	if err := run(dir, "2026-12-06", f, &bytes.Buffer{}); err == nil || len(f.fetches) != 0 {
		t.Errorf("run = %v after %d fetches; want an error before any", err, len(f.fetches))
	}
	if _, err := os.Stat(filepath.Join(dir, "disposable.txt")); err == nil {
		t.Error("disposable.txt written")
	}
}

func TestRunRefusesAnotherLicence(t *testing.T) {
	fsys := fstest.MapFS{"package.json": {Data: []byte(`{"license":"GPL-3.0"}`)}}
	if _, err := load(sources[0], fsys, "9.9"); err == nil || !strings.Contains(err.Error(), "GPL-3.0") {
		t.Errorf("load with another licence: %v", err)
	}
}

// TestDataDocumentsEverySource holds the repository's data to sources.go:
// each list has its licence beside the data and its row in SOURCES.md.
func TestDataDocumentsEverySource(t *testing.T) {
	const data = "../data"
	versions, err := previousVersions(filepath.Join(data, "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		if versions[s.Package] == "" {
			t.Errorf("SOURCES.md has no row for %s", s.Package)
		}
		if lic, err := os.ReadFile(filepath.Join(data, "licenses", s.Package+".txt")); err != nil || len(lic) < 100 {
			t.Errorf("licence of %s: %d bytes, %v", s.Package, len(lic), err)
		}
	}
	if len(versions) != len(sources) {
		t.Errorf("SOURCES.md lists %d sources, sources.go %d", len(versions), len(sources))
	}
}
