package intake

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// specials are the bytes and runes that the chunked scan must find
// wherever they fall in a chunk, or at a chunk's edge.
var specials = []string{
	" ", "  ", "\t", "\n", "\n\n\n", "\r", "\v", "\f", "\x00", "\x1f", "\x7f", "\u0085", "\u00a0", "\u00ad", "\u00ff", "\u2028",
	"\ufeff", "\u200b", "\u200d", "\u202e", "é", "e\u0301", "\u2000", "山", "\xff", "\xe5\xb1", "~", "!",
}

// positionalValues returns clean ASCII values of every length up to 20
// (two chunks and a tail) with each special written at each position, and
// with leading and trailing spaces and line breaks.
func positionalValues() []string {
	const clean = "abcdefghijklmnopqrst"
	var vs []string
	for n := 0; n <= len(clean); n++ {
		base := clean[:n]
		vs = append(vs, base, " "+base, base+" ", "\n"+base+"\n", " \n "+base+" \n ")
		for p := 0; p <= n; p++ {
			for _, s := range specials {
				vs = append(vs, base[:p]+s+base[p:])
				if p < n {
					vs = append(vs, base[:p]+s+base[p+1:])
				}
			}
		}
	}
	return vs
}

// TestNeedsRewriteMatchesReference holds the chunked scan to the one that
// goes a byte at a time, and checks its newline report and what it
// promises: no rewrite means rewriteValue would keep v as it is.
func TestNeedsRewriteMatchesReference(t *testing.T) {
	check := func(v string) {
		t.Helper()
		for _, keepLines := range []bool{false, true} {
			rewrite, nfc, newline := needsRewrite(v, keepLines)
			wantRewrite, _ := refNeedsRewrite(v, keepLines)
			wantNFC := !wantRewrite && !strings.ContainsFunc(v, func(r rune) bool { return r > 0xff })
			if rewrite != wantRewrite || nfc != wantNFC {
				t.Fatalf("needsRewrite(%q, %v) = %v, %v; want %v, %v", v, keepLines, rewrite, nfc, wantRewrite, wantNFC)
			}
			if nfc && !norm.NFC.IsNormalString(v) {
				t.Fatalf("needsRewrite(%q, %v) reports NFC", v, keepLines)
			}
			if changes := rewriteValue(v, keepLines) != v; changes != rewrite {
				t.Fatalf("needsRewrite(%q, %v) = %v, but rewriteValue changes it: %v", v, keepLines, rewrite, changes)
			}
			if !rewrite && keepLines && strings.Contains(v, "\n") && !newline {
				t.Fatalf("needsRewrite(%q, true) misses the line break", v)
			}
			if !rewrite && !keepLines && newline {
				t.Fatalf("needsRewrite(%q, false) reports a line break", v)
			}
		}
	}
	for _, v := range positionalValues() {
		check(v)
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 10000 {
		v := randomValue(r, 30)
		if r.IntN(2) == 0 {
			// Mostly clean values, so that the scan reaches far.
			v = strings.Repeat("plain  text\n", r.IntN(3)) + v[:r.IntN(len(v)+1)]
		}
		check(v)
	}
}

// TestLatin1 checks what needsRewrite assumes of the runes U+0080 to
// U+00FF: which of them are rewritten, and that NFC leaves every one of
// them alone, after any ASCII or Latin-1 character and before any.
func TestLatin1(t *testing.T) {
	for r := rune(0x80); r <= 0xff; r++ {
		dropped := unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
		if rewritten := r <= 0xa0 || r == 0xad; rewritten != dropped {
			t.Errorf("U+%04X: rewritten %v, but space, control or format %v", r, rewritten, dropped)
		}
		// Nothing combines with what comes before it, so a string of
		// these and ASCII is NFC when each character is.
		if p := norm.NFC.PropertiesString(string(r)); p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("U+%04X: combining class %d, boundary before %v", r, p.CCC(), p.BoundaryBefore())
		}
		for q := rune(0x20); q <= 0xff; q++ {
			if s := string(q) + string(r); !norm.NFC.IsNormalString(s) {
				t.Errorf("%q is not NFC", s)
			}
			if s := string(r) + string(q); !norm.NFC.IsNormalString(s) {
				t.Errorf("%q is not NFC", s)
			}
		}
	}
}

// TestTailChunk compares the packing of a value's last bytes with a plain
// byte loop, for every start and length.
func TestTailChunk(t *testing.T) {
	const s = "0123456789abcdefghijk\x80\xff"
	for n := 1; n <= len(s); n++ {
		v := s[len(s)-n:]
		for i := max(0, n-7); i < n; i++ {
			want := chunkPad
			for j := i; j < n; j++ {
				k := 8 * (j - i)
				want = want&^(0xff<<k) | uint64(v[j])<<k
			}
			if got := tailChunk(v, i); got != want {
				t.Errorf("tailChunk(%q, %d) = %#x, want %#x", v, i, got, want)
			}
		}
	}
}

// TestTrimHelpers holds trimSpace to strings.TrimSpace on any value, and
// trimClean to it on the values that need no rewrite.
func TestTrimHelpers(t *testing.T) {
	vs := positionalValues()
	r := rand.New(rand.NewPCG(13, 14))
	for range 5000 {
		vs = append(vs, randomValue(r, 10))
	}
	for _, v := range vs {
		if got, want := trimSpace(v), strings.TrimSpace(v); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", v, got, want)
		}
		for _, keepLines := range []bool{false, true} {
			if rewrite, _, _ := needsRewrite(v, keepLines); !rewrite {
				if got, want := trimClean(v), strings.TrimSpace(v); got != want {
					t.Fatalf("trimClean(%q) = %q, want %q", v, got, want)
				}
			}
		}
	}
}

// TestNormalizeCappedMatchesReference runs the systematic values through
// normalization on a single-line and the multiline field, with caps
// that fall inside them.
func TestNormalizeCappedMatchesReference(t *testing.T) {
	for _, v := range positionalValues() {
		for _, name := range []string{"message", "first_name"} {
			if got, want := normalizeValue(name, v), refNormalizeValue(name, v); got != want {
				t.Fatalf("normalizeValue(%q, %q) = %q, want %q", name, v, got, want)
			}
		}
	}
	// Values about as long as the cap (40 runes for phone), in bytes and
	// in runes, with spaces around the cut.
	r := rand.New(rand.NewPCG(15, 16))
	for range 3000 {
		v := strings.Repeat("9", 30+r.IntN(12)) + randomValue(r, 6) + strings.Repeat("é", r.IntN(4))
		if got, want := normalizeValue("phone", v), refNormalizeValue("phone", v); got != want {
			t.Fatalf("normalizeValue(phone, %q) = %q, want %q", v, got, want)
		}
	}
}

// TestBlankValueNormalizesToEmpty backs joined, which hands a single
// blank value to normalization instead of dropping it: any value of white
// space alone must normalize to "".
func TestBlankValueNormalizesToEmpty(t *testing.T) {
	blanks := []string{" ", "\t", "\n", "\r", "\v", "\f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002",
		"\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"}
	r := rand.New(rand.NewPCG(17, 18))
	for i := range 5000 {
		var b strings.Builder
		for range 1 + i%12 {
			b.WriteString(blanks[r.IntN(len(blanks))])
		}
		v := b.String()
		if strings.TrimSpace(v) != "" {
			t.Fatalf("%q is not blank", v)
		}
		for _, name := range []string{"message", "email", "extra_field"} {
			if got := normalizeValue(name, v); got != "" {
				t.Fatalf("normalizeValue(%q, %q) = %q, want \"\"", name, v, got)
			}
		}
	}
}

// TestFieldInfo checks the shortcut for canonical names: each has a slot
// of its own in canonicalInfos, and every way to the fieldInfo of a name
// gives what newFieldInfo works out.
func TestFieldInfo(t *testing.T) {
	slots := map[uint64]string{}
	for _, n := range lead.CanonicalFields {
		head, tail := nameWords(n)
		h := nameHash(head, tail, len(n))
		if other, ok := slots[h]; ok {
			t.Errorf("canonical names %q and %q share slot %d: change nameHash's multiplier", n, other, h)
		}
		slots[h] = n
		if fi := canonicalInfo(n); fi == nil {
			t.Errorf("canonicalInfo(%q) = nil", n)
		} else if !reflect.DeepEqual(*fi, *newFieldInfo(n)) {
			t.Errorf("canonicalInfo(%q) = %+v, want %+v", n, *fi, *newFieldInfo(n))
		}
	}
	names := []string{"", "a", "Email", "e-mail", "mail", "message", "comments", "firstName", "utm_source",
		"utm_sourc", "emai", "emaik", "phonf", "custom_field", "x_email", "email_", "_email", "utm_campaigns",
		"utm_campaign_", "company_sizes", "utm_campaignx", "xtm_campaign", "namf", "nam", "first_namf", "first-name"}
	// Every canonical name with one byte changed, anywhere.
	for _, n := range lead.CanonicalFields {
		for i := range len(n) {
			names = append(names, n[:i]+"x"+n[i+1:], n[:i]+"_"+n[i+1:], n[:i]+n[i+1:], n[:i]+"a"+n[i:])
		}
	}
	r := rand.New(rand.NewPCG(19, 20))
	for range 3000 {
		names = append(names, randomName(r))
	}
	for _, n := range names {
		want := newFieldInfo(n)
		if want.slot != lead.FieldIndex(want.name) || want.keepLines != (want.name == "message") {
			t.Fatalf("newFieldInfo(%q) = %+v", n, *want)
		}
		if c, ok := caps[want.name]; ok && want.cap != c || !ok && want.cap != defaultCap {
			t.Fatalf("newFieldInfo(%q).cap = %d", n, want.cap)
		}
		// Twice: once worked out (or found), once remembered.
		for range 2 {
			if got := fieldInfoOf(n); !reflect.DeepEqual(*got, *want) {
				t.Fatalf("fieldInfoOf(%q) = %+v, want %+v", n, *got, *want)
			}
		}
		if fi := canonicalInfo(n); fi != nil && fi.name != n {
			t.Fatalf("canonicalInfo(%q) = %+v", n, *fi)
		}
	}
}

// TestBuildGroupsMatchReference compares Build with the reference on
// posts that repeat and alias canonical names (so values are joined),
// mix them with unknown names that snake-case alike, and have more
// groups than Build keeps inline.
func TestBuildGroupsMatchReference(t *testing.T) {
	names := []string{
		"email", "Email", "E-Mail", "mail", "email_address", "first_name", "firstName", "fname", "name", "full name",
		"last_name", "surname", "company", "organisation", "message", "comments", "Details", "phone", "tel", "consent",
		"gdpr", "utm_source", "utm-source", "UTMSource", "page_url", "referrer", "referer", "custom", "Custom",
		"custom_field", "customField", "custom-field", "x1", "x.2", "_private", "_token", " email ",
		"g-recaptcha-response", "h-captcha-response", " cf-turnstile-response", "x-captcha-response",
	}
	values := []string{"", " ", "Ana", "ana@EXAMPLE.com.", "mailto:Ana@Example.COM", "yes", "off", "a  b", "line\n\n\n\nbreak",
		"María José", "\u00a0", strings.Repeat("long value ", 60)}
	forms := []FormRules{
		{ID: "f", Honeypot: "website_url", Lenient: true, NoRaw: true},
		{ID: "f", Honeypot: "website_url", Required: []string{"email", "custom"}},
	}
	r := rand.New(rand.NewPCG(21, 22))
	for i := range 2000 {
		n := r.IntN(14)
		if i%20 == 0 {
			n = 30 + r.IntN(40)
		}
		var pairs []Pair
		for j := range n {
			name := names[r.IntN(len(names))]
			if i%20 == 0 && j%2 == 0 {
				// Enough names to need the index, each given again
				// once it is in use, the first name too.
				name = "Field " + strconv.Itoa(j%36)
			}
			v := values[r.IntN(len(values))]
			if r.IntN(4) == 0 {
				v = randomValue(r, 10)
			}
			pairs = append(pairs, Pair{Name: name, Value: v})
		}
		form := forms[i%len(forms)]
		got, gerr := Build(form, pairs, lead.Context{})
		want, werr := refBuild(form, pairs, lead.Context{})
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("pairs %q: error %v, want %v", pairs, gerr, werr)
		}
		if gerr != nil {
			continue
		}
		if form.NoRaw {
			want.Raw = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("pairs %q:\n got %+v\nwant %+v", pairs, got, want)
		}
	}
}

// TestNormalizeEmailLongMatchesReference runs addresses long enough for
// the eight-byte steps through NormalizeEmail, with upper case, '@',
// dots and other scripts at every distance from the end.
func TestNormalizeEmailLongMatchesReference(t *testing.T) {
	alphabet := []string{"A", "Z", "@", ".", "-", "0", "[", "`", "{", "ü", "Ü", "K", "İ", " ", "mailto:", "MailTo:"}
	// Lower-case letters twice as often as all the rest.
	for c := 'a'; c <= 'z'; c++ {
		alphabet = append(alphabet, string(c), string(c))
	}
	r := rand.New(rand.NewPCG(23, 24))
	for range 10000 {
		parts := make([]string, r.IntN(40))
		for i := range parts {
			parts[i] = alphabet[r.IntN(len(alphabet))]
		}
		e := strings.Join(parts, "")
		if got, want := NormalizeEmail(e), refNormalizeEmail(e); got != want {
			t.Fatalf("NormalizeEmail(%q) = %q, want %q", e, got, want)
		}
	}
}
