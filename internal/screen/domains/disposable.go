package domains

import (
	_ "embed"
	"strings"
	"sync"
)

// disposableTxt is the merged disposable list written by the update
// command (see data/SOURCES.md). To stay small it is grouped by top-level
// domain: a line ".com" opens the group of .com names, and each line after
// it is a name under that TLD ("mailinator" is mailinator.com). A name
// written "*.33mail" is a wildcard entry: every subdomain of 33mail.com;
// wildcards sort first in their group. Comments may only precede the first
// group, and the names of a group are sorted.
//
//go:embed data/disposable.txt
var disposableTxt string

// disposableList is disposableTxt cut into its groups. A lookup
// binary-searches the group's text in place: loading only finds where the
// groups start, and the 150,000 names never become heap strings the
// garbage collector would scan for the life of the process.
type disposableList struct {
	// groups holds each TLD's names, one a line, each line ending "\n".
	groups map[string]string
	// wildcards holds the domains whose every subdomain is disposable.
	wildcards map[string]struct{}
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

// parseDisposable cuts the grouped format described at disposableTxt into
// its groups. Everything before the first group line is skipped.
func parseDisposable(txt string) *disposableList {
	l := &disposableList{groups: map[string]string{}, wildcards: map[string]struct{}{}}
	// A group line is the only line that starts with a dot.
	if !strings.HasPrefix(txt, ".") {
		i := nextGroup(txt)
		if i < 0 {
			return l
		}
		txt = txt[i+1:]
	}
	for txt != "" {
		header, body, _ := strings.Cut(txt, "\n")
		tld := strings.TrimSpace(header[1:])
		txt = ""
		if i := nextGroup(body); i >= 0 {
			body, txt = body[:i+1], body[i+1:]
		}
		for strings.HasPrefix(body, "*.") {
			var line string
			line, body, _ = strings.Cut(body, "\n")
			l.wildcards[strings.TrimSpace(line[2:])+"."+tld] = struct{}{}
		}
		if body != "" && !strings.HasSuffix(body, "\n") {
			body += "\n" // the last line of a file without a final newline
		}
		l.groups[tld] += body
	}
	return l
}

// nextGroup returns the index of the first "\n." in txt (the newline
// before a group line), or -1. It looks for the dot: every line ends in a
// newline but few hold a dot, and strings.Index(txt, "\n.") stops at each
// newline, which made loading the 150,000 names 11 M instructions instead
// of about one.
func nextGroup(txt string) int {
	for i := 0; ; {
		j := strings.IndexByte(txt[i:], '.')
		if j < 0 {
			return -1
		}
		if i+j > 0 && txt[i+j-1] == '\n' {
			return i + j - 1
		}
		i += j + 1
	}
}

// searchLines reports whether the sorted lines of text (each ending "\n")
// include name.
func searchLines(text, name string) bool {
	lo, hi := 0, len(text) // text[lo:hi] is whole lines
	for lo < hi {
		// The line that holds the middle byte.
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(text[lo:mid], '\n') + 1 + lo
		end := start + strings.IndexByte(text[start:hi], '\n')
		switch line := text[start:end]; {
		case line == name:
			return true
		case line < name:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// listed reports whether the domain d itself (not a parent) is an exact
// entry of the list.
func (l *disposableList) listed(d string) bool {
	i := strings.LastIndexByte(d, '.')
	if i <= 0 {
		return false
	}
	return searchLines(l.groups[d[i+1:]], d[:i])
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
	return l.containsUnder(d, registrable(d))
}

// containsUnder is contains for a non-empty d whose registrable domain is
// stop, when the caller has it already.
func (l *disposableList) containsUnder(d, stop string) bool {
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
