package main

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/leadsieve/leadsieve/internal/screen/domains"
)

// canonicalEntry brings a list entry to the form of data/disposable.txt:
// lower case, no trailing dot, punycode, "*." kept on a wildcard. ok is
// false for an entry that is no usable host name, or is a public suffix
// under ICANN's rules (listing "co.uk" would condemn every British company).
func canonicalEntry(s string) (string, bool) {
	s = strings.TrimSpace(s)
	wild := strings.HasPrefix(s, "*.")
	if wild {
		s = s[2:]
	}
	d := domains.Canonical(s)
	if !validHost(d) {
		return "", false
	}
	if ps, icann := publicsuffix.PublicSuffix(d); ps == d && icann {
		return "", false
	}
	if wild {
		return "*." + d, true
	}
	return d, true
}

// validHost reports an ASCII host name of at least two labels of letters,
// digits and inner hyphens.
func validHost(d string) bool {
	if len(d) > 253 || !strings.Contains(d, ".") {
		return false
	}
	for label := range strings.SplitSeq(d, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// sourceList is one source's entries after canonicalEntry.
type sourceList struct {
	entries map[string]struct{}
	invalid []string // entries canonicalEntry refused
}

func newSourceList(raw []string) sourceList {
	l := sourceList{entries: map[string]struct{}{}}
	for _, r := range raw {
		if e, ok := canonicalEntry(r); ok {
			l.entries[e] = struct{}{}
		} else {
			l.invalid = append(l.invalid, r)
		}
	}
	return l
}

// merged is the union of the sources, less what may not be listed.
type merged struct {
	// kept are the entries written to disposable.txt, sorted.
	kept []string
	// protected are the entries dropped because they are, or are under, a
	// real domain (free mail, well known, allow-listed), with that domain.
	protected map[string]string
	// redundant are the entries dropped because a kept entry already
	// covers them (a listed parent, a wildcard above).
	redundant []string
}

// merge unites the sources' entries, drops those at or under a protected
// domain, and those another entry already covers.
func merge(lists []sourceList, protect map[string]struct{}) merged {
	m := merged{protected: map[string]string{}}
	all := map[string]struct{}{}
	for _, l := range lists {
		for e := range l.entries {
			if real, ok := protectedBy(strings.TrimPrefix(e, "*."), protect); ok {
				m.protected[e] = real
				continue
			}
			all[e] = struct{}{}
		}
	}
	for e := range all {
		if covered(e, all) {
			m.redundant = append(m.redundant, e)
		} else {
			m.kept = append(m.kept, e)
		}
	}
	slices.Sort(m.kept)
	slices.Sort(m.redundant)
	return m
}

// protectedBy returns the protected domain that d is or is under.
func protectedBy(d string, protect map[string]struct{}) (string, bool) {
	for p := d; ; {
		if _, ok := protect[p]; ok {
			return p, true
		}
		_, rest, found := strings.Cut(p, ".")
		if !found {
			return "", false
		}
		p = rest
	}
}

// covered reports whether another entry of all already makes every domain
// that entry e matches disposable, under the lookup's rules: an exact entry
// covers itself and its subdomains when it is at or below their registrable
// domain, a wildcard covers every subdomain.
func covered(e string, all map[string]struct{}) bool {
	d, wild := strings.CutPrefix(e, "*.")
	reg, err := publicsuffix.EffectiveTLDPlusOne(d)
	if err != nil {
		reg = d
	}
	if wild {
		// The subdomains of d share d's registrable domain only when d is
		// not itself a public suffix.
		if ps, _ := publicsuffix.PublicSuffix(d); ps == d {
			reg = ""
		} else if _, ok := all[d]; ok {
			return true
		}
	}
	for p := d; ; {
		_, rest, found := strings.Cut(p, ".")
		if !found {
			return false
		}
		p = rest
		if _, ok := all["*."+p]; ok {
			return true
		}
		if _, ok := all[p]; ok && reg != "" && len(p) >= len(reg) {
			return true
		}
	}
}

// render writes the entries in the grouped format of data/disposable.txt:
// a line ".tld" opens a group and each line after it is a name under it.
func render(entries []string, header string) []byte {
	type entry struct{ tld, name string }
	es := make([]entry, 0, len(entries))
	for _, e := range entries {
		i := strings.LastIndexByte(e, '.')
		es = append(es, entry{e[i+1:], e[:i]})
	}
	slices.SortFunc(es, func(a, b entry) int {
		if c := strings.Compare(a.tld, b.tld); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	var b strings.Builder
	b.WriteString(header)
	tld := ""
	for _, e := range es {
		if e.tld != tld {
			tld = e.tld
			fmt.Fprintf(&b, ".%s\n", tld)
		}
		b.WriteString(e.name)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// parseRendered reads back what render wrote: the full entries. Lines
// before the first group are whole domains (the ungrouped format of
// earlier versions).
func parseRendered(txt string) []string {
	var out []string
	tld := ""
	for line := range strings.Lines(txt) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '.':
			tld = line
		default:
			out = append(out, line+tld)
		}
	}
	return out
}

const disposableHeader = `# Disposable (throwaway) mail domains, merged by ` + "`make update-lists`" + ` from
# the public lists named in SOURCES.md; do not edit by hand (a real domain
# wrongly listed goes in allow.txt, then run the update again).
# Grouped by top-level domain to keep the file small: a line ".com" opens
# the .com group and each line after it is a name under it ("mailinator"
# is mailinator.com). "*.name" is a wildcard entry: every subdomain of
# name.tld. The subdomains of a listed domain are disposable too.
`
