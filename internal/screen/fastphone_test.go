package screen

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// TestFastPhoneAgreesWithLibrary checks the fast path against
// libphonenumber: it must accept most regions' example numbers in national
// and international format, attribute them to the right region, and never
// accept a number the library finds invalid for the calling code.
func TestFastPhoneAgreesWithLibrary(t *testing.T) {
	regions, accepted := 0, 0
	for region := range phonenumbers.GetSupportedRegions() {
		ex := phonenumbers.GetExampleNumber(region)
		if ex == nil {
			continue
		}
		regions++
		intl := phonenumbers.Format(ex, phonenumbers.INTERNATIONAL)
		national := phonenumbers.Format(ex, phonenumbers.NATIONAL)
		ok := true
		for _, raw := range []string{intl, national} {
			got, fast := fastPhone(raw, digitsOf(raw), region, region)
			if fast && got != region {
				t.Errorf("%s: %q attributed to %s", region, raw, got)
			}
			ok = ok && fast
		}
		if ok {
			accepted++
		}
	}
	if accepted*100 < regions*85 {
		t.Errorf("fast path accepted only %d of %d regions' example numbers", accepted, regions)
	}

	// Random numbers: whenever the fast path accepts, the library must
	// find the number valid for the same calling code.
	rng := rand.New(rand.NewPCG(1, 2))
	var disagreements, fastValid int
	for _, region := range []string{"US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "CN", "IN", "BR", "CA", "AU", "MX", "VN", "RU"} {
		for range 300 {
			var b strings.Builder
			n := 6 + rng.IntN(7)
			for range n {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
			raw := b.String()
			_, fast := fastPhone(raw, raw, region, region)
			if !fast {
				continue
			}
			fastValid++
			num, err := phonenumbers.Parse(raw, region)
			if err != nil || !phonenumbers.IsValidNumber(num) {
				disagreements++
			}
		}
	}
	// The general pattern is a superset of the per-type patterns, so a few
	// numbers the library rejects may pass; keep that rare.
	if fastValid == 0 || disagreements*20 > fastValid {
		t.Errorf("fast path accepted %d random numbers, library rejected %d of them", fastValid, disagreements)
	}
	t.Logf("example numbers: %d/%d regions on the fast path; random: %d accepted, %d library-invalid", accepted, regions, fastValid, disagreements)
}

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func TestFastPhoneRejectsUnusualInput(t *testing.T) {
	for _, raw := range []string{"+1 650 253 0000 ext. 12", "1-800-FLOWERS", "650#253#0000", "+999 123 456 789"} {
		if _, ok := fastPhone(raw, digitsOf(raw), "US", "US"); ok {
			t.Errorf("fast path accepted %q", raw)
		}
	}
}
