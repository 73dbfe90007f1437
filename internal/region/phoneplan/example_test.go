package phoneplan_test

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/region/phoneplan"
)

// TestParse: how typical numbers read, as the phone check sees them (and
// as the library reads them).
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, raw, region string
		want              reading
	}{
		{"an international number", "+44 20 7946 0958", "US", reading{true, 44, "2079460958", "GB", true}},
		{"a national number under its region, trunk prefix dropped", "020 7946 0958", "GB", reading{true, 44, "2079460958", "GB", true}},
		{"the region's international prefix", "0044 20 7946 0958", "DE", reading{true, 44, "2079460958", "GB", true}},
		{"another region's international prefix is national digits", "011 44 20 7946 0958", "GB", reading{true, 44, "11442079460958", "", false}},
		{"a plus before an international prefix", "+0044 20 7946 0958", "FR", reading{true, 44, "2079460958", "GB", true}},
		{"the calling code without plus", "44 20 7946 0958", "GB", reading{true, 44, "2079460958", "GB", true}},
		{"a national number with no region", "(201) 555-0123", "ZZ", reading{}},
		{"a shared calling code: Canada by its area code", "+1 416 555 0123", "", reading{true, 1, "4165550123", "CA", true}},
		{"a shared calling code: the Isle of Man by its leading digits", "+44 7624 123456", "", reading{true, 44, "7624123456", "IM", true}},
		{"a non-geographic calling code", "+800 1234 5678", "", reading{true, 800, "12345678", "001", true}},
		{"an unknown calling code", "+999 1234 5678", "GB", reading{}},
		{"well formed but outside the plan", "+33 0 12 34 56 78", "", reading{true, 33, "012345678", "FR", false}},
		{"in no plan of a shared calling code: no region", "+44 20 1234 567", "", reading{true, 44, "201234567", "", false}},
		{"an Italian leading zero is kept", "+39 02 1234 5678", "", reading{true, 39, "0212345678", "IT", true}},
		{"an extension is set aside", "+1 201-555-0123 ext. 42", "", reading{true, 1, "2015550123", "US", true}},
		{"vanity letters dial as digits", "1-800-FLOWERS", "US", reading{true, 1, "8003569377", "US", true}},
		{"Arabic-Indic digits", "+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", "", reading{true, 44, "2079460958", "GB", true}},
		{"not a number", "n/a", "US", reading{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ours(tc.raw, tc.region); got != tc.want {
				t.Errorf("Parse(%q, %q) reads %+v, want %+v", tc.raw, tc.region, got, tc.want)
			}
			if lib := library(tc.raw, tc.region); lib != tc.want {
				t.Errorf("the library reads %q under %q as %+v", tc.raw, tc.region, lib)
			}
		})
	}
}

// TestCallingCode: a region's calling code, 0 for none.
func TestCallingCode(t *testing.T) {
	for region, want := range map[string]int{"GB": 44, "US": 1, "CA": 1, "IM": 44, "DE": 49, "001": 0, "ZZ": 0, "": 0} {
		if got := phoneplan.CallingCode(region); got != want {
			t.Errorf("CallingCode(%q) = %d, want %d", region, got, want)
		}
	}
}

// BenchmarkParse reads typical form input, as the phone check does (parse,
// region, validity), with this package and with the library.
func BenchmarkParse(b *testing.B) {
	inputs := [][2]string{{"(201) 555-7741", "US"}, {"+44 20 7946 0958", "GB"}, {"030 1234567", "DE"}, {"+1 416 555 0123", "US"}}
	for _, bc := range []struct {
		name string
		read func(raw, region string) reading
	}{{"phoneplan", ours}, {"library", library}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := range b.N {
				in := inputs[i%len(inputs)]
				bc.read(in[0], in[1])
			}
		})
	}
}
