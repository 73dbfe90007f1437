// Package domains answers questions about e-mail domains and local parts
// from embedded lists: disposable (throwaway) mail domains, free-mail
// providers, role-account local parts, reserved and non-routable names, and
// likely typos of popular mailbox domains.
//
// The lists live in data/ (see data/SOURCES.md); the disposable list is
// refreshed by `go run ./internal/screen/domains/update`. They are parsed once, on
// first use, into maps.
package domains

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/leadsieve/leadsieve/internal/memo"
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
	// roleBits has the bit roleBit of every key of role set, so that most
	// words that are not role words are told so without the map.
	roleBits   [roleBitWords]uint64
	popular    []string
	popularSet map[string]struct{}
	// popularClasses holds byteClasses of each popular domain.
	popularClasses []uint64
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
			sq := squash(r)
			l.role[sq] = struct{}{}
			b := roleBit(sq)
			l.roleBits[b/64] |= 1 << (b % 64)
		}
		l.popular = lines(popularTxt)
		for _, p := range l.popular {
			l.popularSet[p] = struct{}{}
			l.popularClasses = append(l.popularClasses, byteClasses(p))
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
	return suffixesInSetReg(d, registrable(d), m)
}

// suffixesInSetReg is suffixesInSet with d's registrable domain known.
func suffixesInSetReg(d, stop string, m map[string]struct{}) bool {
	if d == "" {
		return false
	}
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
	if d == "" {
		return false
	}
	return isFreeMail(get(), d, registrable(d))
}

// isFreeMail is IsFreeMail for a normalized, non-empty d whose
// registrable domain is reg.
func isFreeMail(l *lists, d, reg string) bool {
	if suffixesInSetReg(d, reg, l.freemail) {
		return true
	}
	if i := strings.IndexByte(reg, '.'); i > 0 {
		_, ok := l.freemailNames[reg[:i]]
		return ok
	}
	return false
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
// with IsDisposable, IsFreeMail, IsReserved and Suggest, but normalizes
// the domain and finds its registrable domain only once, so it is the
// cheaper way to ask more than one of them.
//
// Answers are remembered in a bounded table (see classifyMemo): traffic
// repeats a few providers and companies, the lists never change at run
// time, and the typo search is the costly part of a miss.
func Classify(domain string) Info {
	if v, ok := classifyMemo.Get(domain); ok {
		return v
	}
	info := classify(domain)
	if len(domain) <= maxCachedDomainLen {
		// The table copies its key but not the value: Domain may be a
		// part of the caller's string, which may live in a reused buffer.
		info.Domain = strings.Clone(info.Domain)
		classifyMemo.Put(domain, info)
	}
	return info
}

// The Classify table: classifyMemoSlots direct-mapped slots, each holding
// at most one domain of at most maxCachedDomainLen bytes with its Info, so
// about 2 MB at most whatever the input. A domain that lands on a taken
// slot replaces its entry; a miss only costs the classification.
const (
	classifyMemoSlots  = 8192
	maxCachedDomainLen = 128
)

// classifyMemo remembers Classify's answers. The lists are embedded and
// fixed, so answers depend on the domain alone and one table serves every
// caller.
var classifyMemo = memo.New[Info](classifyMemoSlots, maxCachedDomainLen)

// classify is Classify without the cache.
func classify(domain string) Info {
	d := Normalize(domain)
	info := Info{Domain: d, Reserved: isReserved(d)}
	if d == "" {
		return info
	}
	l := get()
	reg := registrable(d)
	info.Disposable = suffixesInSetReg(d, reg, l.disposable)
	info.FreeMail = isFreeMail(l, d, reg)
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
	if strings.ContainsAny(s, "._-") || !utf8.ValidString(s) {
		var b strings.Builder
		b.Grow(len(s))
		for _, r := range s {
			if r == '.' || r == '_' || r == '-' {
				continue
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	return strings.TrimRight(s, "0123456789")
}

// appendSquashASCII appends squash(s) to dst when s is all ASCII, without
// allocating; ok is false (and dst unchanged) for any other s.
func appendSquashASCII(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return dst, false
		}
	}
	s = strings.TrimSpace(s) // ASCII white space only, for ASCII s
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s = s[:i]
	}
	n0 := len(dst)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' || c == '_' || c == '-':
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		default:
			dst = append(dst, c)
		}
	}
	for len(dst) > n0 && '0' <= dst[len(dst)-1] && dst[len(dst)-1] <= '9' {
		dst = dst[:len(dst)-1]
	}
	return dst, true
}

// roleBitWords is the size of lists.roleBits in words: 4096 bits, for
// about a hundred role words.
const roleBitWords = 64

// roleBit is the bit of the squashed word w in lists.roleBits, from its
// length and its first and last bytes.
func roleBit[T string | []byte](w T) uint {
	if len(w) == 0 {
		return 0
	}
	h := uint(len(w))*0x9e3779b1 ^ uint(w[0])<<8 ^ uint(w[len(w)-1])
	h *= 0x85ebca6b
	return h >> 7 % (64 * roleBitWords)
}

// mayBeRole reports whether the squashed word w may be a role word: false
// proves it is not one (every role word has its bit set).
func (l *lists) mayBeRole(w []byte) bool {
	b := roleBit(w)
	return l.roleBits[b/64]&(1<<(b%64)) != 0
}

// isRoleWord reports whether squash(s) is a role word; the map lookup on
// a converted byte slice does not allocate.
func (l *lists) isRoleWord(s string) (sq bool, empty bool) {
	var buf [64]byte
	if b, ok := appendSquashASCII(buf[:0], s); ok {
		if l.mayBeRole(b) {
			_, sq = l.role[string(b)]
		}
		return sq, len(b) == 0
	}
	k := squash(s)
	_, sq = l.role[k]
	return sq, k == ""
}

// IsRoleAccount reports whether the local part of an address names a
// function rather than a person: "info", "no_reply", "Sales+web",
// "info.sales". A whole address is accepted too; only its local part counts.
func IsRoleAccount(local string) bool {
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	l := get()
	if role, empty := l.isRoleWord(local); empty {
		return false
	} else if role {
		return true
	}
	// Every separated part is a role word: "info.sales", "support-team".
	if i := strings.IndexByte(local, '+'); i >= 0 {
		local = local[:i]
	}
	// The separators are ASCII, so cutting at their bytes gives the
	// fields strings.FieldsFunc would give for any string.
	parts := 0
	for len(local) > 0 {
		i := 0
		for i < len(local) && !isRoleSep(local[i]) {
			i++
		}
		if i > 0 {
			if role, _ := l.isRoleWord(local[:i]); !role {
				return false
			}
			parts++
		}
		if i < len(local) {
			i++ // the separator
		}
		local = local[i:]
	}
	return parts >= 2
}

// isRoleSep reports the bytes that separate the parts of a role local part.
func isRoleSep(c byte) bool { return c == '.' || c == '_' || c == '-' }

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
		if d == r || len(d) > len(r) && strings.HasSuffix(d, r) && d[len(d)-len(r)-1] == '.' {
			return true
		}
	}
	return false
}

// isIPv4 reports four dot-separated groups of one to three digits.
func isIPv4(d string) bool {
	groups := 0
	for p := range strings.SplitSeq(d, ".") {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
		groups++
	}
	return groups == 4
}
