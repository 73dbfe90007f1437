package screen

import (
	"slices"
	"strings"
)

// This file judges an e-mail domain that is well formed, under a real
// top-level domain, and still cannot be anyone's mailbox, because of how
// it relates to the mail providers people actually use:
//
//   - its ending is typed twice ("firm.com.br.br", "seznam.cz.cz"): no
//     registry sells a name under a doubled suffix, and a form's autofill
//     or a script that appends a suffix makes exactly this;
//   - it is a listed free-mail domain with another suffix after it
//     ("orange.fr.com", "yahoo.in.co"): the provider's domain ends where
//     the list says it does;
//   - it carries the name of a provider that hands out mail under only
//     its own few domains, under a suffix that provider does not use
//     ("gmail.es", "icloud.de");
//   - its name is one slip from such a provider's name ("gmial.si",
//     "hotnail.com.br") and the domain is no listed free-mail domain.
//
// Each of these is an address no mail reaches, which the evidence rules
// treat as decisive (an invalid address). The checks never run on an
// allowed, listed free-mail or reserved domain.

// singleDomainProviders are free-mail providers that give addresses under
// their own few domains only, with the names that are theirs alone. A
// sender "at" the name under any other suffix mistyped it or made it up.
// Only coined names are listed: "orange", "free" or "web" are also words
// that other firms' domains use.
var singleDomainProviders = []string{"gmail", "googlemail", "icloud", "protonmail", "yandex", "hotmail", "outlook", "yahoo"}

// providerTypoBrands are the provider names whose near misses are typos:
// long enough (five letters or more) that one slip does not make another
// common word.
var providerTypoBrands = []string{"gmail", "googlemail", "hotmail", "outlook", "yahoo", "yandex", "icloud", "protonmail"}

// mailShapeProblem explains why domain (lower-cased, valid, under an
// existing TLD) can receive no mail, or returns "". isFreeMail answers for
// the free-mail lists (wildcards such as "outlook.*" included).
func mailShapeProblem(domain string, isFreeMail func(string) bool) string {
	labels := strings.Split(domain, ".")
	n := len(labels)
	if isFreeMail(domain) {
		// The list knows some providers under every suffix ("gmx.*"),
		// which takes in the few private suffixes that stack a country
		// code before a generic TLD ("de.com", "ru.com"); providers give
		// addresses under the country's own suffix, never so.
		if n == 3 && wildcardProvider(labels[0], isFreeMail) && countryBeforeGeneric(labels[1], labels[2]) {
			return "is the mail provider " + labels[0] + " under ." + labels[1] + "." + labels[2] + ", a country code before a generic ending"
		}
		return ""
	}
	if n >= 3 && labels[n-1] == labels[n-2] {
		return "ends in ." + labels[n-2] + "." + labels[n-1] + ", a suffix typed twice"
	}
	for k := 2; k < n; k++ {
		if prefix := strings.Join(labels[:k], "."); isFreeMail(prefix) {
			return "is the free-mail domain " + prefix + " with ." + strings.Join(labels[k:], ".") + " added"
		}
	}
	name := registrableName(domain)
	if name == "" {
		return ""
	}
	if slices.Contains(singleDomainProviders, name) && !wildcardProvider(name, isFreeMail) {
		return "uses the name of the mail provider " + name + " under a suffix it does not give addresses under"
	}
	for _, b := range providerTypoBrands {
		if name != b && name != b+"s" && name[0] == b[0] && osaWithin1(name, b) {
			return "is one letter from the mail provider " + b + ", and no provider of that name gives addresses there"
		}
	}
	return ""
}

// wildcardProvider reports a provider the free-mail list knows under every
// suffix ("outlook.*"): any suffix of its name counts as its own. It asks
// about the name under a suffix no provider uses (RFC 2606's .example),
// which only a wildcard line can match.
func wildcardProvider(name string, isFreeMail func(string) bool) bool {
	return isFreeMail(name + ".example")
}

// osaWithin1 reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of neighbouring letters.
func osaWithin1(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		var diff []int
		for i := 0; i < la; i++ {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		if len(diff) == 1 {
			return true
		}
		return len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
	case la == lb+1:
		return deletesTo(a, b)
	case lb == la+1:
		return deletesTo(b, a)
	}
	return false
}

// deletesTo reports whether removing one byte of long gives short.
func deletesTo(long, short string) bool {
	for i := range len(long) {
		if long[:i]+long[i+1:] == short {
			return true
		}
	}
	return false
}

// countryBeforeGeneric reports a two-letter country code followed by a
// generic top-level domain ("fr" then "com"): the order reversed from the
// countries' own suffixes ("com.br", "co.uk").
func countryBeforeGeneric(first, last string) bool {
	return len(first) == 2 && slices.Contains([]string{"com", "net", "org", "info", "biz"}, last)
}
