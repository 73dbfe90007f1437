package screen

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// The phone detector has a fast path in front of libphonenumber, whose
// Parse and IsValidNumber cost tens of microseconds each: a plainly
// written number (digits, spaces, - . ( ) / and a leading + or 00) whose
// national significant number fits the region's general number pattern and
// possible lengths is accepted without calling the library. Everything else
// (letters, extensions, numbers the fast path does not accept) goes to the
// library, which alone may call a number invalid. Validity mirrors the
// library's: the national significant number must fit the general pattern
// and one of the number types, with patterns compiled once per region.

// phoneRegion is the part of a region's metadata the fast path uses,
// compiled on first use.
type phoneRegion struct {
	cc      int
	general phoneDesc
	types   []phoneDesc    // premium, toll-free, ..., fixed line, mobile
	ndd     *regexp.Regexp // ^(?:national prefix for parsing), nil if none or transformed
	// hasPrefix reports a national prefix for parsing; prefix is
	// ^(?:that prefix) even when the region transforms it (nil if it does
	// not compile), and prefixFirst the digits a match can start with.
	hasPrefix   bool
	prefix      *regexp.Regexp
	prefixFirst uint16
}

// phoneDesc is one compiled number description.
type phoneDesc struct {
	lengths []int32
	re      *regexp.Regexp // ^(?:pattern)$
	// first has bit d set when the pattern can match a number starting
	// with digit d: a cheap test before the regexp. All bits are set when
	// the pattern's first characters could not be worked out.
	first uint16
	// dfa answers re for strings of digits; nil when it could not be
	// built.
	dfa *digitDFA
}

// allDigits is the phoneDesc.first of a pattern with no known constraint.
const allDigits = 1<<10 - 1

// firstDigits returns the digits a match of the regular expression
// pattern can begin with, from its compiled program: every rune
// instruction reachable from the start without consuming input. Anything
// it cannot follow gives allDigits, so the set only ever over-approximates.
func firstDigits(pattern string) uint16 {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return allDigits
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return allDigits
	}
	var mask uint16
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 {
				return allDigits // a word boundary or end: not followed
			}
			stack = append(stack, in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for d := rune('0'); d <= '9'; d++ {
				if in.MatchRune(d) {
					mask |= 1 << (d - '0')
				}
			}
		default: // InstMatch (the empty string matches), InstFail, ...
			return allDigits
		}
	}
	return mask
}

func compileDesc(d *phonenumbers.PhoneNumberDesc) (phoneDesc, bool) {
	p := d.GetNationalNumberPattern()
	if p == "" {
		return phoneDesc{}, false
	}
	re, err := regexp.Compile("^(?:" + p + ")$")
	if err != nil {
		return phoneDesc{}, false
	}
	return phoneDesc{lengths: d.GetPossibleLength(), re: re, first: firstDigits("^(?:" + p + ")$"), dfa: newDigitDFA(p)}, true
}

// match mirrors libphonenumber's isNumberMatchingDesc.
func (d phoneDesc) match(nsn string) bool {
	if len(d.lengths) > 0 && !slices.Contains(d.lengths, int32(len(nsn))) {
		return false
	}
	if len(nsn) > 0 && d.first != allDigits {
		if c := nsn[0]; '0' <= c && c <= '9' && d.first&(1<<(c-'0')) == 0 {
			return false
		}
	}
	if d.dfa != nil {
		if m, ok := d.dfa.match(nsn); ok {
			return m
		}
	}
	return d.re.MatchString(nsn)
}

var phoneMeta struct {
	once sync.Once
	// regions holds a slot for every geographic region; it is filled in
	// by loadPhoneMeta and only read afterwards, so lookups need no lock.
	regions map[string]*regionSlot
	ccMain  map[int]string // calling code -> main region
	// ccs describes every calling code the library knows (below 1000).
	ccs [1000]callingCode
}

// regionSlot compiles one region's metadata on first use.
type regionSlot struct {
	once sync.Once
	raw  *phonenumbers.PhoneMetadata
	r    *phoneRegion
}

// callingCode is what the fast paths need to know about a calling code.
type callingCode struct {
	known bool // the library extracts this code from international numbers
	// geo is true when every region of the code is a geographic region:
	// the regions are then checked by fastInvalid.
	geo     bool
	main    string   // the library's main region for the code
	regions []string // every region sharing the code, in library order
	// lengths holds each region's general possible lengths, so that
	// fastInvalid rules regions out without compiling them.
	lengths [][]int32
}

func loadPhoneMeta() {
	phoneMeta.regions = map[string]*regionSlot{}
	phoneMeta.ccMain = map[int]string{}
	coll, err := phonenumbers.MetadataCollection()
	if err != nil || coll == nil {
		return // fast path disabled; the library still works
	}
	for _, m := range coll.GetMetadata() {
		id := m.GetId()
		if len(id) != 2 {
			continue // non-geographic entities take the slow path
		}
		phoneMeta.regions[id] = &regionSlot{raw: m}
	}
	for cc := range phonenumbers.GetSupportedCallingCodes() {
		if r := phonenumbers.GetRegionCodeForCountryCode(cc); len(r) == 2 {
			phoneMeta.ccMain[cc] = r
		}
		if cc <= 0 || cc >= len(phoneMeta.ccs) {
			continue
		}
		c := callingCode{known: true, geo: true, main: phonenumbers.GetRegionCodeForCountryCode(cc),
			regions: phonenumbers.GetRegionCodesForCountryCode(cc)}
		c.geo = len(c.regions) > 0 && len(c.main) == 2
		for _, r := range c.regions {
			if s := phoneMeta.regions[r]; s == nil {
				c.geo = false
			} else {
				c.lengths = append(c.lengths, s.raw.GetGeneralDesc().GetPossibleLength())
			}
		}
		phoneMeta.ccs[cc] = c
	}
}

// regionMeta returns the compiled metadata of region, or nil.
func regionMeta(region string) *phoneRegion {
	phoneMeta.once.Do(loadPhoneMeta)
	s := phoneMeta.regions[region]
	if s == nil {
		return nil
	}
	s.once.Do(func() { s.r = compileRegion(s.raw) })
	return s.r
}

// compileRegion compiles the fast paths' view of one region's metadata;
// nil when its general description has no usable pattern.
func compileRegion(m *phonenumbers.PhoneMetadata) *phoneRegion {
	general, ok := compileDesc(m.GetGeneralDesc())
	if !ok {
		return nil
	}
	r := &phoneRegion{cc: int(m.GetCountryCode()), general: general}
	for _, d := range []*phonenumbers.PhoneNumberDesc{
		m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetPremiumRate(), m.GetSharedCost(),
		m.GetVoip(), m.GetPersonalNumber(), m.GetPager(), m.GetUan(), m.GetVoicemail(),
	} {
		if pd, ok := compileDesc(d); ok {
			r.types = append(r.types, pd)
		}
	}
	if p := m.GetNationalPrefixForParsing(); p != "" {
		r.hasPrefix = true
		r.prefix, _ = regexp.Compile("^(?:" + p + ")")
		r.prefixFirst = firstDigits("^(?:" + p + ")")
		if r.prefix != nil && m.GetNationalPrefixTransformRule() == "" {
			r.ndd = r.prefix
		}
	}
	return r
}

// valid mirrors libphonenumber: the number fits the general description
// and at least one number type.
func (r *phoneRegion) valid(nsn string) bool {
	if !r.general.match(nsn) {
		return false
	}
	for _, d := range r.types {
		if d.match(nsn) {
			return true
		}
	}
	return false
}

// validNational reports whether digits, as dialled nationally in r (with or
// without the national prefix), form a valid number.
func (r *phoneRegion) validNational(digits string) bool {
	if r.valid(digits) {
		return true
	}
	if r.ndd != nil && len(digits) > 0 && r.prefixFirst&(1<<(digits[0]-'0')) != 0 {
		// prefixFirst rules out most numbers without the regexp: a match
		// must start with one of its digits.
		if loc := r.ndd.FindStringIndex(digits); loc != nil && loc[1] > 0 && r.valid(digits[loc[1]:]) {
			return true
		}
	}
	return false
}

// fastPhone tries to accept raw without libphonenumber. ok reports that the
// number is plainly valid; region is then the region it was validated for
// ("" when only its calling code is known to match country's).
func fastPhone(raw, digits, country, region string) (numRegion string, ok bool) {
	plus := false
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; {
		case '0' <= c && c <= '9', c == ' ', c == '-', c == '.', c == '(', c == ')', c == '/':
		case c == '+' && i == 0:
			plus = true
		default:
			return "", false
		}
	}
	if !plus && strings.HasPrefix(raw, "00") {
		plus, digits = true, digits[2:]
	}
	if !plus {
		r := regionMeta(region)
		if r == nil || !r.validNational(digits) {
			return "", false
		}
		return region, true
	}
	phoneMeta.once.Do(loadPhoneMeta)
	for l := 1; l <= 3 && l < len(digits); l++ {
		cc := atoiDigits(digits[:l])
		main, known := phoneMeta.ccMain[cc]
		if !known {
			continue
		}
		target := main
		if country != "" {
			if cr := regionMeta(country); cr != nil && cr.cc == cc {
				target = country
			}
		}
		r := regionMeta(target)
		if r == nil || !r.validNational(digits[l:]) {
			return "", false
		}
		return target, true
	}
	return "", false
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// fastInvalid reports that libphonenumber would parse raw, a number
// written in international format with a leading "+" and only digits,
// spaces and - . ( ) /, and then find it invalid: phonenumbers.Parse
// returns no error and IsValidNumber false. digits are raw's digits (those
// after the "+"). It answers false whenever it cannot be sure, and the
// caller asks the library.
//
// It follows the library's Parse for such input: no extension can be
// written with these characters, the calling code is the first one to
// three digits that form a known code, and the rest is the national
// significant number unless the main region's national prefix for parsing
// matches its start (then it may be stripped: not handled here). The
// number is invalid when it is valid for none of the regions sharing the
// calling code, by the same length and pattern tests the library applies.
func fastInvalid(raw, digits string) bool {
	if len(raw) == 0 || len(raw) > 250 || raw[0] != '+' || len(digits) <= 2 || digits[0] == '0' {
		return false // outside the plain case: errors or IDD handling
	}
	for i := 1; i < len(raw); i++ {
		switch c := raw[i]; {
		case '0' <= c && c <= '9', c == ' ', c == '-', c == '.', c == '(', c == ')', c == '/':
		default:
			return false
		}
	}
	phoneMeta.once.Do(loadPhoneMeta)
	var cc *callingCode
	l := 1
	for ; l <= 3; l++ {
		if c := &phoneMeta.ccs[atoiDigits(digits[:l])]; c.known {
			cc = c
			break
		}
	}
	if cc == nil || !cc.geo {
		return false
	}
	nsn := digits[l:]
	if len(nsn) < 2 || len(nsn) > 17 {
		return false // the library returns a parse error
	}
	main := regionMeta(cc.main)
	if main == nil {
		return false
	}
	if main.hasPrefix && main.prefixFirst&(1<<(nsn[0]-'0')) != 0 && (main.prefix == nil || main.prefix.MatchString(nsn)) {
		return false // the library may strip a national prefix
	}
	for i, region := range cc.regions {
		if l := cc.lengths[i]; len(l) > 0 && !slices.Contains(l, int32(len(nsn))) {
			continue // the general description's lengths rule it out
		}
		r := regionMeta(region)
		if r == nil || r.valid(nsn) {
			return false
		}
	}
	return true
}
