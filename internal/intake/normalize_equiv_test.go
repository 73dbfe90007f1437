package intake

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// valueAlphabet mixes what the fast paths must tell apart: plain ASCII,
// every kind of space and line break, controls, invisible format
// characters and joiners, combining marks (NFC), other scripts and bytes
// that are not UTF-8.
var valueAlphabet = []string{
	"a", "Z", "0", "@", ".", "-", "_", " ", " ", " ", "\t", "\n", "\n", "\r", "\v", "\f", "\x00", "\x1b", "\x7f",
	"\u0085", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff", "\u200b", "\u200c", "\u200d", "\u202e", "\u2066",
	"e\u0301", "é", "ñ", "ß", "İ", "ǅ", "Ж", "山", "한", "🙂", "\xff", "\xc3", "mailto:", "MAILTO:", "Ab", "cD",
}

func randomValue(r *rand.Rand, maxParts int) string {
	var b strings.Builder
	for range r.IntN(maxParts + 1) {
		b.WriteString(valueAlphabet[r.IntN(len(valueAlphabet))])
	}
	return b.String()
}

var nameAlphabet = []string{"a", "e", "m", "il", "_", "-", ".", " ", "[", "]", "N", "Name", "É", "é", "1", "_x", "fname", "mail", "ß", "Ǆ"}

func randomName(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(nameAlphabet[r.IntN(len(nameAlphabet))])
	}
	return b.String()
}

// TestNormalizeValueMatchesReference holds the fast normalization to the
// output of the straightforward one, on fixed cases and on random values
// built from the characters each path treats differently.
func TestNormalizeValueMatchesReference(t *testing.T) {
	fixed := []string{
		"", " ", "plain", "  lead and trail  ", "two  spaces", "tab\there", "line\nbreak", "a\r\nb", "a\n\n\n\nb",
		"María García", "Mari\u0301a", "bidi\u202eevil", "zero\u200bwidth", "join\u200dme", "\ufeffbom", "nbsp\u00a0x",
		"bad\xffutf8", "ctrl\x01x", "del\x7fx", strings.Repeat("x", 400), strings.Repeat("é", 6000), "a \n b", " \n\n \n x",
	}
	names := []string{"message", "first_name", "email", "comments_extra", "budget"}
	for _, v := range fixed {
		for _, n := range names {
			if got, want := normalizeValue(n, v), refNormalizeValue(n, v); got != want {
				t.Errorf("normalizeValue(%q, %q) = %q, want %q", n, v, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 25000 {
		// Long values too, for the eight-bytes-at-a-time scan.
		v := randomValue(r, 12)
		if i%5 == 0 {
			v = strings.Repeat("plain text ", r.IntN(3)) + randomValue(r, 40)
		}
		n := names[i%len(names)]
		if got, want := normalizeValue(n, v), refNormalizeValue(n, v); got != want {
			t.Fatalf("normalizeValue(%q, %q) = %q, want %q", n, v, got, want)
		}
	}
}

func TestFieldNameMatchesReference(t *testing.T) {
	fixed := []string{"", "_", "__x__", "email", "Email", "e-mail", "firstName", "first_name", " first name ", "Company Name",
		"utm_source", "a1b2", "user[email]", "fname", "x_", "_y", "ÉTÉ", "naïve", "2fa"}
	for _, n := range fixed {
		if got, want := FieldName(n), refFieldName(n); got != want {
			t.Errorf("FieldName(%q) = %q, want %q", n, got, want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		n := randomName(r)
		if got, want := FieldName(n), refFieldName(n); got != want {
			t.Fatalf("FieldName(%q) = %q, want %q", n, got, want)
		}
	}
}

func TestNormalizeEmailMatchesReference(t *testing.T) {
	fixed := []string{"", "a@b.co", "A@B.CO", "a@b.co.", " mailto:X@Y.Z ", "MAILTO:a@b", "no-at", "a@b@C.d", "a@", "@", "ü@ÜBER.de", "a@b.co.."}
	for _, e := range fixed {
		if got, want := NormalizeEmail(e), refNormalizeEmail(e); got != want {
			t.Errorf("NormalizeEmail(%q) = %q, want %q", e, got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		e := randomValue(r, 5) + "@" + randomValue(r, 5)
		if got, want := NormalizeEmail(e), refNormalizeEmail(e); got != want {
			t.Fatalf("NormalizeEmail(%q) = %q, want %q", e, got, want)
		}
	}
}

// TestBuildMatchesReference compares whole submissions (or validation
// errors) with the reference Build: repeated names, aliases, control
// fields, blank values, many unknown fields (past the inline grouping and
// the extra-field bound) and the required/email checks; BuildInto too, into
// one reused submission.
func TestBuildMatchesReference(t *testing.T) {
	names := []string{"email", "Email", "e-mail", "first_name", "firstName", "last_name", "name", "full name", "company",
		"message", "comments", "consent", "gdpr", "website_url", "_token", "_ignored", "g-recaptcha-response", "phone",
		"budget", "x", "y", "z", " ", "custom field", "customField", "ÉTÉ"}
	forms := []FormRules{
		{ID: "f", Honeypot: "website_url", Required: []string{"email", "first_name"}},
		{ID: "f", Honeypot: "website_url", Lenient: true},
		{ID: "g"},
	}
	ctx := lead.Context{IP: "203.0.113.7"}
	r := rand.New(rand.NewPCG(7, 8))
	// reused is built into by BuildInto every time: it must come out as
	// Build's submission whatever the previous pairs left in it.
	var reused lead.Submission
	for i := range 5000 {
		var pairs []Pair
		n := r.IntN(12)
		if i%50 == 0 {
			n = 60 + r.IntN(60) // many distinct unknown names
		}
		for j := range n {
			var name string
			switch {
			case i%50 == 0:
				name = "extra_" + strings.Repeat("k", j%7) + string(rune('a'+j%26)) + randomName(r)
			case r.IntN(4) == 0:
				name = randomName(r)
			default:
				name = names[r.IntN(len(names))]
			}
			v := randomValue(r, 8)
			if r.IntN(3) == 0 {
				v = "Ana María@Example.COM"
			}
			pairs = append(pairs, Pair{Name: name, Value: v})
		}
		form := forms[i%len(forms)]
		got, gerr := Build(form, pairs, ctx)
		want, werr := refBuild(form, pairs, ctx)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("pairs %q: error %v, want %v", pairs, gerr, werr)
		}
		if ierr := BuildInto(&reused, form, pairs, ctx); !reflect.DeepEqual(ierr, gerr) {
			t.Fatalf("pairs %q: BuildInto error %v, Build error %v", pairs, ierr, gerr)
		} else if werr == nil && !reflect.DeepEqual(&reused, want) {
			t.Fatalf("pairs %q: BuildInto into a reused submission:\n got %+v\nwant %+v", pairs, &reused, want)
		}
		if werr != nil {
			var ge, we *Error
			if !errors.As(gerr, &ge) || !errors.As(werr, &we) || !reflect.DeepEqual(ge, we) {
				t.Fatalf("pairs %q: error %+v, want %+v", pairs, gerr, werr)
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("pairs %q:\n got %+v\nwant %+v", pairs, got, want)
		}
	}
}
