// Package domains answers questions about e-mail domains and local parts
// from embedded lists: disposable (throwaway) mail domains, free-mail
// providers, role-account local parts, reserved and non-routable names, and
// likely typos of popular mailbox domains.
//
// The lists live in data/ (see data/SOURCES.md); the disposable list is
// refreshed by `go run ./internal/domains/update`. They are parsed once, on
// first use, into maps.
package domains

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

var (
	//go:embed data/disposable.txt
	disposableTxt string
	//go:embed data/freemail.txt
	freemailTxt string
	//go:embed data/role.txt
	roleTxt string
	//go:embed data/popular.txt
	popularTxt string
)

// lists holds the parsed lists.
type lists struct {
	disposable map[string]struct{}
	freemail   map[string]struct{}
	// freemailNames holds the names of "name.*" free-mail lines: the name
	// under any public suffix is free mail.
	freemailNames map[string]struct{}
	role          map[string]struct{}
	popular       []string
	popularSet    map[string]struct{}
}

var (
	loadOnce sync.Once
	loaded   *lists
)

func get() *lists {
	loadOnce.Do(func() {
		l := &lists{
			disposable:    set(disposableTxt),
			freemail:      map[string]struct{}{},
			freemailNames: map[string]struct{}{},
			role:          map[string]struct{}{},
			popularSet:    map[string]struct{}{},
		}
		for _, d := range lines(freemailTxt) {
			if name, ok := strings.CutSuffix(d, ".*"); ok {
				l.freemailNames[name] = struct{}{}
			} else {
				l.freemail[d] = struct{}{}
			}
		}
		for _, r := range lines(roleTxt) {
			l.role[squash(r)] = struct{}{}
		}
		l.popular = lines(popularTxt)
		for _, p := range l.popular {
			l.popularSet[p] = struct{}{}
		}
		loaded = l
	})
	return loaded
}

// lines returns the non-blank, non-comment lines of a list, lower-cased.
func lines(txt string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(txt))
	for sc.Scan() {
		t := strings.ToLower(strings.TrimSpace(sc.Text()))
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, t)
	}
	return out
}

func set(txt string) map[string]struct{} {
	ls := lines(txt)
	m := make(map[string]struct{}, len(ls))
	for _, l := range ls {
		m[l] = struct{}{}
	}
	return m
}

// Normalize lower-cases a domain and strips surrounding space, a trailing
// dot and, if present, everything up to an "@".
func Normalize(domain string) string {
	d := strings.TrimSpace(domain)
	if i := strings.LastIndexByte(d, '@'); i >= 0 {
		d = d[i+1:]
	}
	d = strings.TrimSuffix(d, ".")
	return strings.ToLower(d)
}

// registrable returns the registrable domain (eTLD+1) of a normalized
// domain, or the domain itself if it has none (a bare public suffix).
func registrable(d string) string {
	r, err := publicsuffix.EffectiveTLDPlusOne(d)
	if err != nil {
		return d
	}
	return r
}

// suffixesInSet reports whether d, or any parent of d down to and
// including its registrable domain, is in m. A listed domain's parent
// never matches, and public suffixes (co.uk) are never checked.
func suffixesInSet(d string, m map[string]struct{}) bool {
	if d == "" {
		return false
	}
	stop := registrable(d)
	for {
		if _, ok := m[d]; ok {
			return true
		}
		if d == stop {
			return false
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			return false
		}
		d = d[i+1:]
	}
}

// IsDisposable reports whether domain is a disposable-mail domain or a
// subdomain of one ("x.mailinator.com").
func IsDisposable(domain string) bool {
	return suffixesInSet(Normalize(domain), get().disposable)
}

// IsFreeMail reports whether domain belongs to a free-mail provider
// (gmail.com, yahoo.co.uk, web.de, ...), subdomains included.
func IsFreeMail(domain string) bool {
	d := Normalize(domain)
	l := get()
	if suffixesInSet(d, l.freemail) {
		return true
	}
	reg := registrable(d)
	if i := strings.IndexByte(reg, '.'); i > 0 {
		_, ok := l.freemailNames[reg[:i]]
		return ok
	}
	return false
}

// squash lower-cases a local part and drops a +tag, the separators . _ -
// and trailing digits: "No_Reply+x" -> "noreply", "sales2" -> "sales".
func squash(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s = s[:i]
	}
	var b strings.Builder
	for _, r := range s {
		if r == '.' || r == '_' || r == '-' {
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), "0123456789")
}

// IsRoleAccount reports whether the local part of an address names a
// function rather than a person: "info", "no_reply", "Sales+web",
// "info.sales". A whole address is accepted too; only its local part counts.
func IsRoleAccount(local string) bool {
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	l := get()
	if sq := squash(local); sq == "" {
		return false
	} else if _, ok := l.role[sq]; ok {
		return true
	}
	// Every separated part is a role word: "info.sales", "support-team".
	if i := strings.IndexByte(local, '+'); i >= 0 {
		local = local[:i]
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := l.role[squash(p)]; !ok {
			return false
		}
	}
	return true
}

// reservedTLDs are top-level names that never route on the public internet
// (RFC 2606, RFC 6761, RFC 6762, and ICANN's .internal).
var reservedTLDs = map[string]bool{
	"test": true, "example": true, "invalid": true, "localhost": true,
	"local": true, "internal": true, "lan": true, "home": true, "corp": true,
}

// reservedDomains are registrable domains reserved for documentation.
var reservedDomains = []string{"example.com", "example.net", "example.org", "home.arpa"}

// IsReserved reports whether domain can never be a real mailbox domain: the
// documentation domains example.com/.net/.org and their subdomains, the
// reserved TLDs (.test, .example, .invalid, .localhost, .local, ...), bare
// "localhost", single-label names and IP literals.
func IsReserved(domain string) bool {
	d := Normalize(domain)
	if d == "" || !strings.Contains(d, ".") {
		return true
	}
	if strings.HasPrefix(d, "[") || isIPv4(d) {
		return true
	}
	tld := d[strings.LastIndexByte(d, '.')+1:]
	if reservedTLDs[tld] {
		return true
	}
	for _, r := range reservedDomains {
		if d == r || strings.HasSuffix(d, "."+r) {
			return true
		}
	}
	return false
}

func isIPv4(d string) bool {
	parts := strings.Split(d, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
