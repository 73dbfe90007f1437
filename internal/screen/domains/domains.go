// Package domains answers questions about e-mail domains and local parts
// from embedded lists: disposable (throwaway) mail domains, free-mail
// providers, role-account local parts, reserved and non-routable names, and
// likely typos of popular mailbox domains.
//
// The lists live in data/ (see data/SOURCES.md). The disposable list is
// merged from several public lists by `make update-lists` (the command in
// ./update); the others are written by hand. Each list is parsed once, on
// first use.
package domains

import (
	_ "embed"
	"strings"
	"sync"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

var (
	//go:embed data/freemail.txt
	freemailTxt string
	//go:embed data/role.txt
	roleTxt string
	//go:embed data/popular.txt
	popularTxt string
)

// lists holds the parsed hand-written lists.
type lists struct {
	freemail map[string]struct{}
	// freemailNames holds the names of "name.*" free-mail lines: the name
	// under any public suffix is free mail.
	freemailNames map[string]struct{}
	// role holds the squashed role words (see squash).
	role map[string]struct{}
	// popular is in order of popularity, most used first.
	popular    []string
	popularSet map[string]struct{}
}

var (
	loadOnce sync.Once
	loaded   *lists
)

func get() *lists {
	loadOnce.Do(func() {
		l := &lists{
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
	for t := range strings.Lines(txt) {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, t)
	}
	return out
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

// Canonical is Normalize followed by the conversion of an internationalized
// domain to its ASCII (punycode) form, the form the lists are kept in:
// "Bücher.de." -> "xn--bcher-kva.de". A domain that IDNA rejects is
// returned normalized, unconverted: it matches no list entry.
func Canonical(domain string) string {
	return toASCII(Normalize(domain))
}

// toASCII converts a normalized internationalized domain to punycode.
func toASCII(d string) string {
	for i := 0; i < len(d); i++ {
		if d[i] >= 0x80 {
			if a, err := idna.Lookup.ToASCII(d); err == nil {
				return a
			}
			return d
		}
	}
	return d
}

// inSet reports whether d, or a parent of d down to and including its
// registrable domain reg, is in m. A listed domain's parent never matches,
// and public suffixes (co.uk) are never checked.
func inSet(d, reg string, m map[string]struct{}) bool {
	for d != "" {
		if _, ok := m[d]; ok {
			return true
		}
		if d == reg {
			return false
		}
		_, d, _ = strings.Cut(d, ".")
	}
	return false
}

// IsDisposable reports whether domain is a disposable-mail domain, a
// subdomain of one ("x.mailinator.com"), or under a wildcard entry of the
// lists. Case, a trailing dot and Unicode versus punycode spelling do not
// matter.
func IsDisposable(domain string) bool {
	return disposableDomains().contains(Canonical(domain))
}

// IsFreeMail reports whether domain belongs to a free-mail provider
// (gmail.com, yahoo.co.uk, web.de, ...), subdomains included.
func IsFreeMail(domain string) bool {
	d := Canonical(domain)
	if d == "" {
		return false
	}
	return isFreeMail(get(), d, registrable(d))
}

// isFreeMail is IsFreeMail for a canonical, non-empty d whose registrable
// domain is reg. A "name.*" line matches the name under any public suffix
// except where the disposable list names that very domain: the lists carry
// look-alikes such as hotmail.work and yandex.cfd, which are not the
// provider's.
func isFreeMail(l *lists, d, reg string) bool {
	if inSet(d, reg, l.freemail) {
		return true
	}
	name, _, _ := strings.Cut(reg, ".")
	if _, ok := l.freemailNames[name]; !ok || name == reg {
		return false
	}
	return !disposableDomains().contains(d)
}

// Info is what the lists say about one e-mail domain: the answers of
// IsDisposable, IsFreeMail, IsReserved and Suggest, found in one pass.
type Info struct {
	// Domain is the normalized domain (see Normalize).
	Domain string
	// Disposable, FreeMail and Reserved are IsDisposable, IsFreeMail and
	// IsReserved.
	Disposable, FreeMail, Reserved bool
	// Suggestion is what Suggest answers, or "" when it has nothing.
	Suggestion string
}

// Classify answers every domain question about domain at once. It agrees
// with IsDisposable, IsFreeMail, IsReserved and Suggest, and normalizes the
// domain only once.
func Classify(domain string) Info {
	d := Normalize(domain)
	info := Info{Domain: d, Reserved: isReserved(d)}
	if d == "" {
		return info
	}
	l := get()
	c := toASCII(d)
	reg := registrable(c)
	info.Disposable = c != "" && disposableDomains().containsUnder(c, reg)
	info.FreeMail = isFreeMail(l, c, reg)
	info.Suggestion, _ = suggest(l, d, func() bool {
		if Normalize(d) != d {
			// Suggest asks about d normalized once more; normalizing is
			// not idempotent for a few odd inputs ("gmail.com..").
			return IsFreeMail(d) || IsReserved(d)
		}
		return info.FreeMail || info.Reserved
	})
	return info
}

// squash lower-cases a local part and drops a +tag, the separators . _ -
// and trailing digits: "No_Reply+x" -> "noreply", "sales2" -> "sales".
func squash(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s = s[:i]
	}
	s = strings.Map(func(r rune) rune {
		if isRoleSep(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(s, "0123456789")
}

// isRoleSep reports the characters that separate the parts of a role
// local part.
func isRoleSep(r rune) bool { return r == '.' || r == '_' || r == '-' }

// IsRoleAccount reports whether the local part of an address names a
// function rather than a person: "info", "no_reply", "Sales+web",
// "info.sales". A whole address is accepted too; only its local part counts.
func IsRoleAccount(local string) bool {
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	l := get()
	sq := squash(local)
	if sq == "" {
		return false
	}
	if _, ok := l.role[sq]; ok {
		return true
	}
	// Every separated part is a role word: "info.sales", "support-team".
	if i := strings.IndexByte(local, '+'); i >= 0 {
		local = local[:i]
	}
	parts := strings.FieldsFunc(local, isRoleSep)
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
	return isReserved(Normalize(domain))
}

// isReserved is IsReserved for a normalized domain.
func isReserved(d string) bool {
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

// isIPv4 reports four dot-separated groups of one to three digits.
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
