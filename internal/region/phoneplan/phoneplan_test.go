package phoneplan_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/leadsieve/leadsieve/internal/region"
	"github.com/leadsieve/leadsieve/internal/region/phoneplan"
)

// reading is what the phone check learns from a number: whether it
// parses, and if so its calling code, national number, region and
// validity there.
type reading struct {
	OK          bool
	CallingCode int
	National    string
	Region      string
	Valid       bool
}

func ours(raw, defaultRegion string) reading {
	n, ok := phoneplan.Parse(raw, defaultRegion)
	if !ok {
		return reading{}
	}
	r := n.Region()
	return reading{true, n.CallingCode, n.National, r, n.ValidFor(r)}
}

func library(raw, defaultRegion string) reading {
	n, err := phonenumbers.Parse(raw, defaultRegion)
	if err != nil {
		return reading{}
	}
	r := phonenumbers.GetRegionCodeForNumber(n)
	return reading{true, int(n.GetCountryCode()), phonenumbers.GetNationalSignificantNumber(n), r, phonenumbers.IsValidNumberForRegion(n, r)}
}

// differ compares our reading of raw with the library's under each default
// region and reports the differences.
func differ(t *testing.T, raw string, defaults ...string) int {
	t.Helper()
	bad := 0
	for _, d := range defaults {
		if got, want := ours(raw, d), library(raw, d); got != want {
			bad++
			if bad <= 3 {
				t.Errorf("Parse(%q, %q) reads %+v, the library %+v", raw, d, got, want)
			}
		}
	}
	return bad
}

// defaults are the default regions every number is also read under: none,
// and a few with distinct international and national prefixes.
var defaults = []string{"ZZ", "US", "GB", "DE", "FR", "IN", "BR", "AU", "RU", "JP", "IT", "MX", "AR"}

// sample: under the race detector, the differential tests read one
// example or number in sample.
const sample = 10

var types = []phonenumbers.PhoneNumberType{
	phonenumbers.FIXED_LINE, phonenumbers.MOBILE, phonenumbers.TOLL_FREE, phonenumbers.PREMIUM_RATE,
	phonenumbers.SHARED_COST, phonenumbers.VOIP, phonenumbers.PERSONAL_NUMBER, phonenumbers.PAGER,
	phonenumbers.UAN, phonenumbers.VOICEMAIL,
}

// examples are the library's example numbers of every type in every
// region and non-geographic calling code.
func examples() []*phonenumbers.PhoneNumber {
	var regions []string
	for r := range phonenumbers.GetSupportedRegions() {
		regions = append(regions, r)
	}
	slices.Sort(regions)
	var out []*phonenumbers.PhoneNumber
	for _, r := range regions {
		for _, typ := range types {
			if n := phonenumbers.GetExampleNumberForType(r, typ); n != nil {
				out = append(out, n)
			}
		}
	}
	var codes []int
	for c := range phonenumbers.GetSupportedGlobalNetworkCallingCodes() {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		if n := phonenumbers.GetExampleNumberForNonGeoEntity(c); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// writings are the ways people write a number: E.164, international,
// national, with 00, RFC 3966, run together, dotted, with an extension.
func writings(n *phonenumbers.PhoneNumber) []string {
	e164 := phonenumbers.Format(n, phonenumbers.E164)
	intl := phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
	national := phonenumbers.Format(n, phonenumbers.NATIONAL)
	return []string{
		e164, intl, national,
		"00" + e164[1:], "011 " + e164[1:], e164[1:], "+" + e164,
		phonenumbers.Format(n, phonenumbers.RFC3966),
		strings.ReplaceAll(national, " ", ""), strings.ReplaceAll(national, " ", "."),
		intl + " ext. 123", national + " x45", "Tel: " + intl, intl + " (office)",
	}
}

// mutations are digits changed, dropped and added, and the number run
// together with and without a leading zero.
func mutations(s string) []string {
	var out []string
	var digits []int
	for i := range len(s) {
		if '0' <= s[i] && s[i] <= '9' {
			digits = append(digits, i)
		}
	}
	for k, i := range digits {
		if k%2 == 1 && k != len(digits)-1 {
			continue // every other digit, and the last, is enough
		}
		for _, step := range []byte{1, 5} {
			b := []byte(s)
			b[i] = '0' + (b[i]-'0'+step)%10
			out = append(out, string(b))
		}
		out = append(out, s[:i]+s[i+1:])
	}
	out = append(out, s+"7", s+"00", "0"+s, "1"+s)
	return out
}

// TestParseAgreesWithTheLibrary: every example number of every type of
// every plan, written the ways people write numbers, and their mutations
// read the same as the library reads them under their own region, none,
// and others in turn (whether they parse; calling code, national number,
// region and validity).
func TestParseAgreesWithTheLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every example number many ways")
	}
	total, bad, k := 0, 0, 0
	// next is one of the other default regions, in turn.
	next := func() string { k++; return defaults[k%len(defaults)] }
	for e, n := range examples() {
		if raceEnabled && e%sample != 0 {
			continue
		}
		own := phonenumbers.GetRegionCodeForNumber(n)
		for i, w := range writings(n) {
			total += 3
			bad += differ(t, w, own, "ZZ", next())
			if i >= 3 {
				continue // the mutations of E.164, international and national writings
			}
			for _, m := range mutations(w) {
				total += 2
				bad += differ(t, m, own, next())
			}
		}
	}
	t.Logf("%d readings, %d differ", total, bad)
}

// TestParseAgreesOnTheCorpora: every phone number in the test data's
// submissions reads as the library reads it, under the submission's
// country and the default regions.
func TestParseAgreesOnTheCorpora(t *testing.T) {
	files, err := filepath.Glob("../../../testdata/*/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test data: %v", err)
	}
	seen := map[string]bool{}
	total, bad := 0, 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var row struct {
				Fields struct{ Phone, Country string }
			}
			if json.Unmarshal(sc.Bytes(), &row) != nil || row.Fields.Phone == "" {
				continue
			}
			c, _ := region.Normalize(row.Fields.Country)
			key := row.Fields.Phone + "\x00" + c
			if seen[key] {
				continue
			}
			seen[key] = true
			total++
			if raceEnabled && total%sample != 0 {
				continue
			}
			bad += differ(t, row.Fields.Phone, append([]string{c}, defaults...)...)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if total < 1000 {
		t.Fatalf("read only %d phone numbers from %d files", total, len(files))
	}
	t.Logf("%d numbers, %d readings differ", total, bad)
}

// TestParseAgreesOnOddText: text that is barely a number reads as the
// library reads it.
func TestParseAgreesOnOddText(t *testing.T) {
	for _, s := range oddText {
		differ(t, s, append(defaults, "")...)
	}
}

var oddText = []string{
	"", "0", "12", "+", "++44 20 7946 0958", "+0044 20 7946 0958", "+00 1 201 555 0123", "+999 1234567",
	"+1", "+12", "+123", "00", "0044", "1-800-FLOWERS", "1-800-flowers ext 12", "0800 FLOWERS",
	"tel:+44-20-7946-0958", "tel:020-7946-0958;phone-context=+44", "tel:7946-0958;phone-context=example.com",
	"020 7946 0958;phone-context=", ";phone-context=+44", ";phone-context=A01", "tel:+1-201-555-0123;isub=12345",
	"+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", "+４４ ２０ ７９４６ ０９５８", "+44 २० ७९४६ ०९५८", "(201) 555-0123 x302/x2303",
	"201-555-0123 ,,12", "201 555 0123;123", "201 555 0123 - 503#", "+49 30 1234567 ext. 9", "+49 30 1234567 доб 9",
	"201 555 0123 a&&b]]", "call me", "n/a", "none", "+1 (201) 555-0123\n", "+44\n20 7946 0958",
	"00 00 00", "+44 0 20 7946 0958", "0049 030 1234567", "01149 30 1234567", "8 800 555 3535", "8 10 44 20 7946 0958",
	"+7 800 555 3535", "+39 06 6982 1234", "06 6982 1234", "+54 9 11 1234 5678", "011 15 1234 5678", "15 1234 5678",
	"+52 1 55 1234 5678", "+262 269 61 1234", "+590 590 27 1234", "+47 79 12 34 56", "+358 18 123456",
	"+1 340 642 1234", "+1 264 235 1234", "+800 1234 5678", "+882 3456 7890", "+979 1 234 5678",
	strings.Repeat("1", 251), strings.Repeat("1", 20), "+" + strings.Repeat("4", 20),
}

// FuzzParse compares our reading of any text with the library's.
func FuzzParse(f *testing.F) {
	for _, s := range oddText {
		f.Add(s, "GB")
	}
	f.Fuzz(func(t *testing.T, raw, defaultRegion string) {
		if got, want := ours(raw, defaultRegion), library(raw, defaultRegion); got != want {
			t.Errorf("Parse(%q, %q) reads %+v, the library %+v", raw, defaultRegion, got, want)
		}
	})
}

// TestEveryPlanCompiles: the patterns of every region and calling code
// compile and describe their example numbers.
func TestEveryPlanCompiles(t *testing.T) {
	for r := range phonenumbers.GetSupportedRegions() {
		if !phoneplan.Supported(r) {
			t.Errorf("region %s has no plan", r)
		}
		if got, want := phoneplan.CallingCode(r), phonenumbers.GetCountryCodeForRegion(r); got != want {
			t.Errorf("CallingCode(%s) = %d, want %d", r, got, want)
		}
	}
	for _, r := range []string{"", "ZZ", "001", "XK1", "gb"} {
		if phoneplan.Supported(r) != phonenumbers.GetSupportedRegions()[r] {
			t.Errorf("Supported(%q) = %v", r, phoneplan.Supported(r))
		}
	}
	for _, n := range examples() {
		raw := phonenumbers.Format(n, phonenumbers.E164)
		got := ours(raw, "ZZ")
		if !got.OK || !got.Valid {
			t.Errorf("example %s reads %+v", raw, got)
		}
	}
}
