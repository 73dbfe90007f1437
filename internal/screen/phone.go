package screen

import (
	"context"
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/region"
	"github.com/leadsieve/leadsieve/internal/region/phoneplan"
)

// regionOf maps a country field value to an ISO alpha-2 region that has a
// numbering plan, or "". Countries are read by internal/region, the
// table qualification, sales assignment and send windows also use.
func regionOf(country string) string {
	if c, ok := region.Normalize(country); ok && phoneplan.Supported(c) {
		return c
	}
	return ""
}

// maxPhoneDigits is the most digits a phone number may have: E.164 allows
// 15, and a national prefix or extension adds a few.
const maxPhoneDigits = 24

// phonePlanDivisor divides phone_invalid's points for a well-formed number
// that is not in its country's numbering plan.
const phonePlanDivisor = 4

// fakePhoneRun is the run of one repeated digit that makes a number a
// placeholder.
const fakePhoneRun = 7

// phoneDetector checks the phone number.
type phoneDetector struct{ e *Engine }

func (phoneDetector) Name() string { return DetPhone }

func (d phoneDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	raw := strings.TrimSpace(in.Sub.Fields.Phone)
	if raw == "" {
		return nil
	}
	var digits []byte
	for _, c := range []byte(raw) {
		if '0' <= c && c <= '9' {
			digits = append(digits, c)
		}
	}
	if len(digits) > maxPhoneDigits {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number has too many digits")}
	}
	if len(digits) > 0 && len(digits) < 5 && longestRepeat(digits) == len(digits) {
		// "0", "000": typed only to get past a required field.
		return []lead.Reason{in.reason(CodePhoneFake, "phone number "+quote(raw, 30)+" is one digit repeated")}
	}
	if len(digits) < 5 {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" has too few digits")}
	}
	if len(digits) < 7 && (sequential(digits, 1) == len(digits) || sequential(digits, -1) == len(digits)) {
		// 12345, 654321: too short to be a number, typed to get past the field.
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
	if fictionalNumber(digits, international, region) {
		return []lead.Reason{in.reason(CodePhoneFake, "phone number "+quote(raw, 30)+" is in a range reserved for films and examples")}
	}
	if region == "" && !international {
		return nil // cannot tell which country's rules apply
	}
	if region == "" {
		region = "ZZ"
	}
	num, ok := phoneplan.Parse(raw, region)
	if !ok {
		return []lead.Reason{in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" cannot be parsed")}
	}
	// A number is valid if it is in the plan of the region it belongs to;
	// the region is asked for once, since the mismatch needs it too.
	got := num.Region()
	if !num.ValidFor(got) {
		// Well formed and of a plausible length, but outside the numbering
		// plan: a typo, a range newer than the metadata, or a number made
		// up to keep sales from calling. People do all three, so it weighs
		// a quarter.
		r := in.reason(CodePhoneInvalid, "phone number "+quote(raw, 30)+" is not in its country's numbering plan (a quarter of the points)")
		r.Points /= phonePlanDivisor
		return []lead.Reason{r}
	}
	if country != "" && got != "" && got != country {
		return []lead.Reason{in.reason(CodePhoneCountryMismatch, "phone number is from "+got+", country is "+country)}
	}
	return nil
}

// fictionalNumber reports a number from a range that numbering plans
// reserve for films, books and examples, so that no real line has it:
// North America's 555-0100 to 555-0199 under any area code, and the UK's
// drama mobile range 07700 900000 to 900999. The ranges are those plans'
// own, so a number is read in them only when dialled with their calling
// code (international), or written nationally under one of their regions
// or under none known; another country's national number may hold the
// same digits ("98455 50123" is an Indian mobile).
func fictionalNumber(d []byte, international bool, region string) bool {
	s := string(d)
	code := 0 // the calling code the number is written under; 0: unknown
	if international {
		s = strings.TrimPrefix(s, "00")
		switch {
		case strings.HasPrefix(s, "1"):
			code, s = 1, s[1:]
		case strings.HasPrefix(s, "44"):
			code, s = 44, s[2:]
		default:
			return false
		}
	} else if region != "" {
		code = phoneplan.CallingCode(region)
	}
	if code == 0 || code == 1 {
		n := s
		if len(n) == 11 && n[0] == '1' {
			n = n[1:]
		}
		if len(n) == 10 && n[3:7] == "5550" && n[7] == '1' {
			return true
		}
	}
	if code == 0 || code == 44 {
		n := strings.TrimPrefix(strings.TrimPrefix(s, "44"), "0")
		return len(n) == 10 && strings.HasPrefix(n, "7700900")
	}
	return false
}

// fakeDigits recognizes placeholder numbers: one digit repeated, two
// digits alternating, or ascending/descending runs covering the number.
func fakeDigits(d []byte) string {
	// Ignore a leading country code 1 or a trunk 0 for the run checks.
	body := d
	if len(body) == 11 && (body[0] == '1' || body[0] == '0') {
		body = body[1:]
	}
	distinct := 0
	var seen [10]bool
	for _, c := range body {
		if !seen[c-'0'] {
			seen[c-'0'] = true
			distinct++
		}
	}
	switch {
	case distinct == 1:
		return "one digit repeated"
	case distinct == 2 && len(body) >= 8 && alternating(body):
		return "two digits alternating"
	}
	if len(body) >= 7 && (sequential(body, 1) >= len(body)-1 || sequential(body, -1) >= len(body)-1) {
		return "a digit sequence"
	}
	// Equal digits after a country code (+49 000 0000000).
	if longestRepeat(body) >= fakePhoneRun {
		return "a run of one digit repeated"
	}
	// An 8+ digit run after a short prefix (55-12345678).
	if sequential(body, 1) >= 8 || sequential(body, -1) >= 8 {
		return "a digit sequence"
	}
	return ""
}

// longestRepeat is the longest run of one digit in d.
func longestRepeat(d []byte) int {
	best, run := 0, 0
	for i := range d {
		if i > 0 && d[i] == d[i-1] {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}

// sequential returns the longest run of consecutive digits stepping by step
// (mod 10, so 7890 counts).
func sequential(d []byte, step int) int {
	best, run := 1, 1
	for i := 1; i < len(d); i++ {
		want := (int(d[i-1]-'0') + step + 10) % 10
		if int(d[i]-'0') == want {
			run++
			best = max(best, run)
		} else {
			run = 1
		}
	}
	return best
}

func alternating(d []byte) bool {
	for i := 2; i < len(d); i++ {
		if d[i] != d[i-2] {
			return false
		}
	}
	return true
}
