package phoneplan

import (
	"cmp"
	"regexp"
	"slices"
	"sync"
)

// plan is one region's numbering plan, or a non-geographic entity's (region
// "001"), as libphonenumber's metadata gives it. Its patterns are the
// metadata's own, in the syntax Go's regexp reads.
type plan struct {
	region      string
	callingCode int
	// internationalPrefix is a pattern of what a caller in the region
	// dials before a calling code ("00", "011").
	internationalPrefix string
	// nationalPrefixForParsing is a pattern of what a caller in the region
	// dials before a national number (the trunk prefix "0", sometimes with
	// a carrier code in a group); nationalPrefixTransform, if set, rewrites
	// its match (its groups as $1...) into the start of the national number.
	nationalPrefixForParsing, nationalPrefixTransform string
	// leadingDigits, in a region that shares its calling code, is a pattern
	// of the national numbers' first digits that are the region's.
	leadingDigits string
	// general describes every national number of the plan.
	general desc
	// localOnlyLengths are lengths of numbers dialled only within an area.
	localOnlyLengths []int8
	// types are the descriptions of the number types (fixed line, mobile,
	// toll free...) that make a number valid; the generator keeps only
	// those that can match.
	types []desc
}

// desc describes national numbers: a pattern the whole number matches and,
// if given, the lengths it may have (-1 alone: none).
type desc struct {
	pattern string
	lengths []int8
}

// callingCode lists the regions of one calling code, the main one first.
type callingCode struct {
	code    int
	regions []string
}

// compiled holds each plan's patterns, each compiled at its first use: a
// request meets one or two regions and few of their patterns, and
// compiling them all would cost every cold start what linking the library
// did.
var compiled [len(plans)]struct {
	internationalPrefix, nationalPrefix, leadingDigits, general lazyRegexp
	types                                                       [maxTypes]lazyRegexp
}

// maxTypes is the most number types a plan has (gen checks it).
const maxTypes = 10

type lazyRegexp struct {
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRegexp) get(pattern string) *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(pattern) })
	return l.re
}

// The patterns of plans[i]: the international prefix unanchored, as the
// library uses it; the national prefix and leading digits anchored at the
// start; descriptions anchored at both ends.
func internationalPrefix(i int) *regexp.Regexp {
	return compiled[i].internationalPrefix.get(plans[i].internationalPrefix)
}
func nationalPrefix(i int) *regexp.Regexp {
	return compiled[i].nationalPrefix.get("^(?:" + plans[i].nationalPrefixForParsing + ")")
}
func leadingDigits(i int) *regexp.Regexp {
	return compiled[i].leadingDigits.get("^(?:" + plans[i].leadingDigits + ")")
}
func general(i int) *regexp.Regexp {
	return compiled[i].general.get("^(?:" + plans[i].general.pattern + ")$")
}
func numberType(i, t int) *regexp.Regexp {
	return compiled[i].types[t].get("^(?:" + plans[i].types[t].pattern + ")$")
}

// planOf is the index in plans of region's plan (for region "001", the
// non-geographic entity with calling code code), or -1.
func planOf(region string, code int) int {
	i, ok := slices.BinarySearchFunc(plans[:], region, func(p plan, r string) int { return cmp.Compare(p.region, r) })
	if !ok {
		return -1
	}
	if region != nonGeographic {
		return i // a region has one plan, whatever the code
	}
	for ; i < len(plans) && plans[i].region == region; i++ {
		if plans[i].callingCode == code {
			return i
		}
	}
	return -1
}

// regionsOf are the regions of a calling code, the main one first; nil if
// the code is not in use.
func regionsOf(code int) []string {
	i, ok := slices.BinarySearchFunc(callingCodes[:], code, func(c callingCode, code int) int { return cmp.Compare(c.code, code) })
	if !ok {
		return nil
	}
	return callingCodes[i].regions
}

// mainPlanOf is the index of the plan of a calling code's main region.
func mainPlanOf(code int) int {
	regions := regionsOf(code)
	if len(regions) == 0 {
		return -1
	}
	return planOf(regions[0], code)
}

// length is how a national number's length fits a plan.
type length int

const (
	possibleLength length = iota
	localOnlyLength
	tooShort
	tooLong
	impossibleLength // between the plan's shortest and longest, but not one of them
)

// lengthFit tells how n digits fit the plan's general lengths (the
// library's testNumberLength for an unknown number type).
func (p *plan) lengthFit(n int) length {
	lengths := p.general.lengths
	switch {
	case lengths[0] == -1:
		return impossibleLength
	case slices.Contains(p.localOnlyLengths, int8(n)):
		return localOnlyLength
	case int(lengths[0]) > n:
		return tooShort
	case int(lengths[len(lengths)-1]) < n:
		return tooLong
	case slices.Contains(lengths, int8(n)):
		return possibleLength
	}
	return impossibleLength
}

// hasType reports whether the national significant number nsn is of one of
// plans[i]'s number types: the library's test that its number type is not
// UNKNOWN, which is what makes a number valid.
func hasType(i int, nsn string) bool {
	p := &plans[i]
	if !p.general.fits(nsn) || !general(i).MatchString(nsn) {
		return false
	}
	for t, d := range p.types {
		if d.fits(nsn) && numberType(i, t).MatchString(nsn) {
			return true
		}
	}
	return false
}

// fits reports whether nsn has one of the description's lengths, if it
// gives any.
func (d desc) fits(nsn string) bool {
	return len(d.lengths) == 0 || slices.Contains(d.lengths, int8(len(nsn)))
}

// stripNationalPrefix removes the national (trunk) prefix from a national
// number, or applies the plan's transform to it, unless the number matched
// the general pattern before and no longer does after.
func stripNationalPrefix(i int, number string) (string, bool) {
	p := &plans[i]
	if number == "" || p.nationalPrefixForParsing == "" {
		return number, false
	}
	m := nationalPrefix(i).FindStringSubmatchIndex(number)
	if m == nil {
		return number, false
	}
	viableBefore := general(i).MatchString(number)
	// The library transforms only when the prefix pattern's last group
	// took part in the match (or when the pattern has no group at all).
	last := len(m)/2 - 1
	if p.nationalPrefixTransform == "" || m[2*last] < 0 {
		rest := number[m[1]:]
		if viableBefore && !general(i).MatchString(rest) {
			return number, false
		}
		return rest, true
	}
	transformed := nationalPrefix(i).ReplaceAllString(number, p.nationalPrefixTransform)
	if viableBefore && !general(i).MatchString(transformed) {
		return number, false
	}
	return transformed, true
}
