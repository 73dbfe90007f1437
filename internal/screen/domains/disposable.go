package domains

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// disposableTxt is the merged disposable list written by the update
// command (see data/SOURCES.md). To stay small it is grouped by top-level
// domain: a line ".com" opens the group of .com names, and each line after
// it is a name under that TLD ("mailinator" is mailinator.com). A name
// written "*.33mail" is a wildcard entry: every subdomain of 33mail.com.
// Names within a group are sorted, so a lookup is a binary search and
// loading only splits the file into lines.
//
//go:embed data/disposable.txt
var disposableTxt string

// disposableList is the parsed form of disposableTxt.
type disposableList struct {
	// names holds the sorted names of each TLD's group; the strings are
	// parts of disposableTxt, not copies.
	names map[string][]string
	// wildcards holds the domains whose every subdomain is disposable.
	wildcards map[string]struct{}
	size      int
}

var (
	disposableOnce sync.Once
	disposable     *disposableList
)

// disposableDomains parses the embedded list on first use: screening that
// never meets an e-mail address never pays for it.
func disposableDomains() *disposableList {
	disposableOnce.Do(func() { disposable = parseDisposable(disposableTxt) })
	return disposable
}

// parseDisposable reads the grouped format described at disposableTxt.
// Lines before the first group, blank lines and # comments are skipped.
func parseDisposable(txt string) *disposableList {
	l := &disposableList{names: map[string][]string{}, wildcards: map[string]struct{}{}}
	tld := ""
	for line := range strings.Lines(txt) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '.':
			tld = line[1:]
		case tld == "":
		case strings.HasPrefix(line, "*."):
			l.wildcards[line[2:]+"."+tld] = struct{}{}
			l.size++
		default:
			l.names[tld] = append(l.names[tld], line)
			l.size++
		}
	}
	for tld, names := range l.names {
		// The update command writes every group sorted; sorting here only
		// guards a hand edit, and costs a scan when the order holds.
		if !slices.IsSorted(names) {
			slices.Sort(names)
		}
		l.names[tld] = slices.Compact(names)
	}
	return l
}

// listed reports whether the domain d itself (not a parent) is an exact
// entry of the list.
func (l *disposableList) listed(d string) bool {
	i := strings.LastIndexByte(d, '.')
	if i <= 0 {
		return false
	}
	_, found := slices.BinarySearch(l.names[d[i+1:]], d[:i])
	return found
}

// contains reports whether the canonical domain d is disposable: d is
// listed, a parent of d down to its registrable domain is listed (the
// subdomains of a listed domain are its mailboxes too), or any parent of d
// is a wildcard entry. A listed domain never makes its own parent
// disposable, and a public suffix (co.uk) is never looked up as a parent.
func (l *disposableList) contains(d string) bool {
	if d == "" {
		return false
	}
	stop := registrable(d)
	exact := true
	for p := d; ; {
		if exact && l.listed(p) {
			return true
		}
		if p != d {
			if _, ok := l.wildcards[p]; ok {
				return true
			}
		}
		if p == stop {
			// Wildcards may sit above the registrable domain (a dynamic-DNS
			// zone that is itself a public suffix); exact entries may not.
			exact = false
		}
		i := strings.IndexByte(p, '.')
		if i < 0 {
			return false
		}
		p = p[i+1:]
	}
}
