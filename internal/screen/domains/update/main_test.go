package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	got := normalize([]string{" B.com", "a.com", "b.com", "", "bad domain.com", "x@y.com", "C.NET"})
	want := []string{"a.com", "b.com", "c.net"}
	if !slices.Equal(got, want) {
		t.Errorf("normalize = %v, want %v", got, want)
	}
}

func TestVersionFromName(t *testing.T) {
	cases := map[string]string{
		"disposable-email-domains-js-1.26.0.tgz": "1.26.0",
		"disposable-email-domains-js-2.0.1.tgz":  "2.0.1",
	}
	for in, want := range cases {
		if got := versionFromName(in); got != want {
			t.Errorf("versionFromName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUpdateSources(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "SOURCES.md")
	orig := "# x\n\n| file | a |\n| `disposable.txt` | old row |\n| `freemail.txt` | keep |\n"
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := updateSources(path, "9.9.9", 1234, time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatalf("updateSources: %v", err)
	}
	b, _ := os.ReadFile(path)
	s := string(b)
	for _, want := range []string{"9.9.9", "1234 lines", "2027-01-02", "| `freemail.txt` | keep |"} {
		if !strings.Contains(s, want) {
			t.Errorf("SOURCES.md lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "old row") {
		t.Errorf("old row kept:\n%s", s)
	}
	if err := os.WriteFile(path, []byte("no table\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := updateSources(path, "1", 1, time.Now()); err == nil {
		t.Error("updateSources accepted a file without the disposable row")
	}
}
