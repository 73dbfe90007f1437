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
	once    sync.Once
	raw     map[string]*phonenumbers.PhoneMetadata
	mu      sync.Mutex
	regions map[string]*phoneRegion
	ccMain  map[int]string // calling code -> main region
}

func loadPhoneMeta() {
	phoneMeta.raw = map[string]*phonenumbers.PhoneMetadata{}
	phoneMeta.regions = map[string]*phoneRegion{}
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
		phoneMeta.raw[id] = m
	}
	for cc := range phonenumbers.GetSupportedCallingCodes() {
		if r := phonenumbers.GetRegionCodeForCountryCode(cc); len(r) == 2 {
			phoneMeta.ccMain[cc] = r
		}
	}
}

// regionMeta returns the compiled metadata of region, or nil.
func regionMeta(region string) *phoneRegion {
	phoneMeta.once.Do(loadPhoneMeta)
	phoneMeta.mu.Lock()
	defer phoneMeta.mu.Unlock()
	if r, ok := phoneMeta.regions[region]; ok {
		return r
	}
	m := phoneMeta.raw[region]
	var r *phoneRegion
	if m != nil {
		if general, ok := compileDesc(m.GetGeneralDesc()); ok {
			r = &phoneRegion{cc: int(m.GetCountryCode()), general: general}
			for _, d := range []*phonenumbers.PhoneNumberDesc{
				m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetPremiumRate(), m.GetSharedCost(),
				m.GetVoip(), m.GetPersonalNumber(), m.GetPager(), m.GetUan(), m.GetVoicemail(),
			} {
				if pd, ok := compileDesc(d); ok {
					r.types = append(r.types, pd)
				}
			}
			if p := m.GetNationalPrefixForParsing(); p != "" && m.GetNationalPrefixTransformRule() == "" {
				r.ndd, _ = regexp.Compile("^(?:" + p + ")")
			}
		}
	}
	phoneMeta.regions[region] = r
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
	if r.ndd != nil {
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
