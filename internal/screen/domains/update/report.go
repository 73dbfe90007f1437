package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
)

// The generated part of SOURCES.md sits between these lines; the rest of
// the file is written by hand.
const (
	beginMark = "<!-- begin: written by make update-lists -->"
	endMark   = "<!-- end: written by make update-lists -->"
)

// sourceRow matches a source's row of the generated table: | `pkg` | version |
var sourceRow = regexp.MustCompile("(?m)^\\| `([^`]+)` \\| ([^ |]+) \\|")

// previousVersions reads the version of each source from SOURCES.md. A
// file without the generated part is refused before anything is fetched.
func previousVersions(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading SOURCES.md: %w", err)
	}
	s := string(b)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		return nil, errors.New("SOURCES.md lacks the " + beginMark + " ... " + endMark + " lines")
	}
	out := map[string]string{}
	for _, m := range sourceRow.FindAllStringSubmatch(s[i:j], -1) {
		out[m[1]] = m[2]
	}
	return out, nil
}

// report writes the generated part of SOURCES.md: each source with its
// version, licence and what it contributes, the overlap between sources
// and the real domains the lists carried.
func report(got []fetched, m merged, fileSize int, date string) string {
	kept := map[string]bool{}
	for _, e := range m.kept {
		kept[e] = true
	}
	// owners counts, for each merged entry, the sources that list it.
	owners := map[string]int{}
	for _, fe := range got {
		for e := range fe.list.entries {
			owners[e]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nFetched %s with `npm pack`. *Entries* counts a list's valid, distinct entries; *only here* those no other list has; *kept* those written to `disposable.txt` (the rest are covered by another entry or are real domains, below).\n\n", beginMark, date)
	b.WriteString("| package | version | licence | upstream | files read | entries | only here | kept | not a host name |\n| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: |\n")
	for _, fe := range got {
		only, k := 0, 0
		for e := range fe.list.entries {
			if owners[e] == 1 {
				only++
			}
			if kept[e] {
				k++
			}
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %d | %d | %d | %d |\n",
			fe.Package, fe.version, fe.Licence, fe.Upstream, fe.Files, len(fe.list.entries), only, k, len(fe.list.invalid))
	}
	fmt.Fprintf(&b, "\n`disposable.txt`: %d entries (%d wildcards), %d bytes; %d distinct entries in all lists, %d dropped as covered by a listed parent or wildcard, %d dropped as real domains.\n",
		len(m.kept), countWild(m.kept), fileSize, len(owners), len(m.redundant), len(m.protected))

	b.WriteString("\nOverlap: entries of the row's list that the column's list also has.\n\n| | ")
	for i := range got {
		fmt.Fprintf(&b, "%d | ", i+1)
	}
	b.WriteString("\n| --- |" + strings.Repeat(" ---: |", len(got)) + "\n")
	for i, a := range got {
		fmt.Fprintf(&b, "| %d `%s` |", i+1, a.Package)
		for _, c := range got {
			n := 0
			for e := range a.list.entries {
				if _, ok := c.list.entries[e]; ok {
					n++
				}
			}
			fmt.Fprintf(&b, " %d |", n)
		}
		b.WriteByte('\n')
	}

	b.WriteString("\nReal domains found on the lists and left out (the entry, the real domain it is or is under, and the lists that carry it):\n\n")
	var real []string
	for e := range m.protected {
		real = append(real, e)
	}
	slices.Sort(real)
	for _, e := range real {
		var by []string
		for _, fe := range got {
			if _, ok := fe.list.entries[e]; ok {
				by = append(by, fe.Package)
			}
		}
		fmt.Fprintf(&b, "- `%s` (%s): %s\n", e, m.protected[e], strings.Join(by, ", "))
	}
	b.WriteString("\n" + endMark)
	return b.String()
}

func countWild(es []string) int {
	n := 0
	for _, e := range es {
		if strings.HasPrefix(e, "*.") {
			n++
		}
	}
	return n
}

// writeSources replaces the generated part of SOURCES.md.
func writeSources(path, generated string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		return errors.New("SOURCES.md lacks the " + beginMark + " ... " + endMark + " lines")
	}
	s = s[:i] + generated + s[j+len(endMark):]
	return os.WriteFile(path, []byte(s), 0o644)
}
