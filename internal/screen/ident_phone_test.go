package screen

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// refPhoneDetect is the phone detector before fastInvalid: every number
// the fast path does not accept goes to libphonenumber.
func refPhoneDetect(d phoneDetector, in *Input) []lead.Reason {
	raw := strings.TrimSpace(in.Sub.Fields.Phone)
	if raw == "" {
		return nil
	}
	var digitBuf [24]byte
	digits := digitBuf[:0]
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; '0' <= c && c <= '9' {
			if len(digits) == cap(digits) {
				return []lead.Reason{in.reason(CodePhoneInvalid, "phone number has too many digits")}
			}
			digits = append(digits, c)
		}
	}
	if len(digits) > 0 && len(digits) < 5 && longestRepeat(digits) == len(digits) {
		return []lead.Reason{in.reason(CodePhoneFake, "phone number "+quote(raw, 30)+" is one digit repeated")}
	}
	if len(digits) < 5 {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" has too few digits")}
	}
	if len(digits) < 7 && (sequential(digits, 1) == len(digits) || sequential(digits, -1) == len(digits)) {
		return []lead.Reason{in.reason(CodePhoneFake, "phone number "+quote(raw, 30)+" is a digit sequence")}
	}
	if why := fakeDigits(digits); why != "" {
		return []lead.Reason{in.reason(CodePhoneFake, "phone number "+quote(raw, 30)+" is "+why)}
	}
	country := regionOf(in.Sub.Fields.Country)
	region := country
	if region == "" {
		region = d.e.cfg.DefaultRegion
	}
	international := raw[0] == '+' || strings.HasPrefix(raw, "00")
	if region == "" && !international {
		return nil
	}
	if got, ok := fastPhone(raw, string(digits), country, region); ok {
		if country != "" && got != country {
			return []lead.Reason{in.reason(CodePhoneCountryMismatch, "phone number is from "+got+", country is "+country)}
		}
		return nil
	}
	if region == "" {
		region = "ZZ"
	}
	num, err := phonenumbers.Parse(raw, region)
	if err != nil {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" cannot be parsed")}
	}
	if !phonenumbers.IsValidNumber(num) {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" is not a valid number")}
	}
	if country != "" {
		if got := phonenumbers.GetRegionCodeForNumber(num); got != "" && got != country {
			return []lead.Reason{in.reason(CodePhoneCountryMismatch, "phone number is from "+got+", country is "+country)}
		}
	}
	return nil
}

// identPhoneCase is a phone and country pair to screen.
type identPhoneCase struct{ phone, country string }

// identCorpusPhones returns the phone and country fields of the shipped
// corpora and back-test history (at most limit lines of each file).
func identCorpusPhones(tb testing.TB, limit int) []identPhoneCase {
	var out []identPhoneCase
	eachCorpusLine(tb, limit, func(fields map[string]string, _ string) {
		if fields["phone"] != "" {
			out = append(out, identPhoneCase{fields["phone"], fields["country"]})
		}
	})
	return out
}

// identRandomPhones writes random numbers in international format for
// every calling code: national numbers of every length from 1 to 19, some
// starting with a national prefix, grouped with assorted separators, and
// mutations of the regions' example numbers.
func identRandomPhones(rng *rand.Rand, n int) []string {
	var ccs []int
	for cc := range phonenumbers.GetSupportedCallingCodes() {
		ccs = append(ccs, cc)
	}
	seps := []string{" ", "-", ".", " ", "", "/", ") ", " ("}
	var examples []string
	for region := range phonenumbers.GetSupportedRegions() {
		if ex := phonenumbers.GetExampleNumber(region); ex != nil {
			examples = append(examples, phonenumbers.Format(ex, phonenumbers.E164))
		}
	}
	out := make([]string, 0, n)
	for len(out) < n {
		var digits string
		if rng.IntN(3) == 0 {
			// An example number with a digit added, removed or changed.
			ex := []byte(examples[rng.IntN(len(examples))][1:])
			i := rng.IntN(len(ex))
			switch rng.IntN(3) {
			case 0:
				ex = append(ex[:i], ex[i+1:]...)
			case 1:
				ex = append(ex[:i], append([]byte{byte('0' + rng.IntN(10))}, ex[i:]...)...)
			default:
				ex[i] = byte('0' + rng.IntN(10))
			}
			digits = string(ex)
		} else {
			var b strings.Builder
			b.WriteString(itoa(ccs[rng.IntN(len(ccs))]))
			l := 1 + rng.IntN(19)
			for i := range l {
				d := byte('0' + rng.IntN(10))
				if i == 0 && rng.IntN(4) == 0 {
					d = "01789"[rng.IntN(5)] // national prefixes and trunk digits
				}
				b.WriteByte(d)
			}
			digits = b.String()
		}
		var b strings.Builder
		b.WriteByte('+')
		for i := 0; i < len(digits); i++ {
			if i > 0 && rng.IntN(4) == 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			b.WriteByte(digits[i])
		}
		if rng.IntN(10) == 0 {
			b.WriteString(").")
		}
		out = append(out, b.String())
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestFastInvalidAgreesWithLibrary: whenever fastInvalid answers, the
// library must parse the number without error and find it invalid, for
// any default region; and fastInvalid must catch most such numbers.
func TestFastInvalidAgreesWithLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	n := scaled(60000)
	regions := []string{"ZZ", "US", "GB", "DE", "JP", "IN", "BR", "NG"}
	fast, libInvalid := 0, 0
	cases := identRandomPhones(rng, n)
	for _, c := range identCorpusPhones(t, 20000) {
		cases = append(cases, strings.TrimSpace(c.phone))
	}
	for _, raw := range cases {
		got := fastInvalid(raw, digitsOf(raw))
		region := regions[rng.IntN(len(regions))]
		num, err := phonenumbers.Parse(raw, region)
		invalid := err == nil && !phonenumbers.IsValidNumber(num)
		if invalid && raw != "" && raw[0] == '+' {
			libInvalid++
		}
		if got {
			fast++
			if !invalid {
				t.Fatalf("fastInvalid(%q): library (region %s) says parse error %v, valid %v", raw, region, err, err == nil && phonenumbers.IsValidNumber(num))
			}
		}
	}
	t.Logf("%d numbers: library finds %d international ones invalid, fastInvalid %d", len(cases), libInvalid, fast)
	if fast*10 < libInvalid*7 {
		t.Errorf("fastInvalid caught only %d of %d invalid numbers", fast, libInvalid)
	}
}

func TestFastInvalidTable(t *testing.T) {
	for _, c := range []struct {
		raw  string
		want bool
	}{
		{"+234 388 7059 6723", true}, // one digit too many for Nigeria
		{"+1 555 0100", true},        // seven digits: local only
		{"+1 303 0519 2595", true},
		{"+44 20 7946 0958", false},        // valid
		{"+1 650 253 0000", false},         // valid
		{"+44 (0) 20 7946 09581", false},   // national prefix: the library may strip it
		{"+0 123 4567", false},             // no calling code starts with 0
		{"+999 123 456 789", false},        // unknown calling code
		{"+800 1234 56789", false},         // non-geographic code
		{"+12", false},                     // too short after the plus
		{"+1 650 253 0000 ext 1", false},   // extension
		{"0044 20 7946 09581", false},      // IDD prefix: depends on the region
		{"+49 1234567890123456789", false}, // longer than 17 digits: parse error
	} {
		if got := fastInvalid(c.raw, digitsOf(c.raw)); got != c.want {
			t.Errorf("fastInvalid(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestPhoneDetectMatchesReference screens corpus phones and random
// numbers, under each country of a list, with the detector and with the
// reference that always asks the library.
func TestPhoneDetectMatchesReference(t *testing.T) {
	e := realEngine(t)
	d := phoneDetector{e}
	rng := rand.New(rand.NewPCG(9, 4))
	cases := identCorpusPhones(t, 20000)
	countries := []string{"", "US", "GB", "Germany", "JP", "India", "NG", "PH", "pakistan", "BR"}
	n := scaled(20000)
	for _, raw := range identRandomPhones(rng, n) {
		cases = append(cases, identPhoneCase{raw, countries[rng.IntN(len(countries))]})
	}
	sub := &lead.Submission{}
	in := &Input{Sub: sub, eng: e}
	for _, c := range cases {
		sub.Fields.Phone, sub.Fields.Country = c.phone, c.country
		got := d.Detect(context.Background(), in)
		want := refPhoneDetect(d, in)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("phone %q country %q: got %+v, want %+v", c.phone, c.country, got, want)
		}
	}
}

// refValidNational is validNational without the first-digit filter.
func (r *phoneRegion) refValidNational(digits string) bool {
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

func TestValidNationalMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	checked := 0
	for region := range phonenumbers.GetSupportedRegions() {
		r := regionMeta(region)
		if r == nil {
			continue
		}
		var cands []string
		if ex := phonenumbers.GetExampleNumber(region); ex != nil {
			nsn := phonenumbers.GetNationalSignificantNumber(ex)
			cands = append(cands, nsn, "0"+nsn, "1"+nsn, "00"+nsn, "8"+nsn)
		}
		for range 60 {
			b := make([]byte, 4+rng.IntN(10))
			for i := range b {
				b[i] = byte('0' + rng.IntN(10))
			}
			cands = append(cands, string(b))
		}
		for _, d := range cands {
			if got, want := r.validNational(d), r.refValidNational(d); got != want {
				t.Fatalf("%s: validNational(%q) = %v, want %v", region, d, got, want)
			}
			checked++
		}
	}
	t.Logf("%d numbers checked", checked)
}

// BenchmarkPhoneDetect screens the phones of the corpora and benchmark
// files with the detector and with the reference that asks the library
// for everything the accepting fast path leaves.
func BenchmarkPhoneDetect(b *testing.B) {
	e := realEngine(b)
	d := phoneDetector{e}
	cases := identCorpusPhones(b, 20000)
	sub := &lead.Submission{}
	in := &Input{Sub: sub, eng: e}
	for _, c := range []struct {
		name string
		f    func() []lead.Reason
	}{
		{"detector", func() []lead.Reason { return d.Detect(context.Background(), in) }},
		{"reference", func() []lead.Reason { return refPhoneDetect(d, in) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sub.Fields.Phone, sub.Fields.Country = cases[i].phone, cases[i].country
				c.f()
				if i++; i == len(cases) {
					i = 0
				}
			}
		})
	}
}
