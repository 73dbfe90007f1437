package screen

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestCodeDescriptionsQuoteConstants: every number in a reason code's
// description is one of the constants its check uses, and each of those
// constants is quoted. A number typed into the prose, or a constant changed
// without the text following, fails here.
func TestCodeDescriptionsQuoteConstants(t *testing.T) {
	quoted := map[string][]any{
		CodeGibberishName:       {gibberishFieldsCap},
		CodeMessageLinks:        {messageLinksMin, messageLinksCap},
		CodeSpamContent:         {phraseExtraPercent, phrasePointsCap, modelOfferAt, modelAgreesAt, modelAdCopyWords},
		CodeVendorPitch:         {phraseExtraPercent, phrasePointsCap},
		CodeSpamModel:           {spamModelFull, spamModelHalf, spamModelQuarter},
		CodeAllCaps:             {allCapsPercent, allCapsMinLetters},
		CodePhoneFake:           {fakePhoneRun},
		CodeIPVelocity:          {ipv6CountPrefix},
		CodeKeyboardPattern:     {keyboardFieldsCap},
		CodeAbusiveMessage:      {abusePointsCap, mostAbuseWords, mostAbuseShare, abuseModelAt, vocabShortWords},
		CodeAdCopy:              {headlineCapitals, adCopyCap},
		CodeFieldLabelValue:     {labelFieldsCap},
		CodeRandomCase:          {randomCaseSwitches, randomCaseFieldsCap},
		CodeKeywordStuffing:     {stuffingMinItems, repeatedKeywordMinCount, repeatedKeywordShare, repeatedKeywordStrongCount, repeatedKeywordStrongShare},
		CodeSameValueEverywhere: {sameValueStrongFields},
		CodePlaceholderIdentity: {placeholderPiecesCap},
		CodeInjectionProbe:      {reportWords},
	}
	for _, c := range Codes {
		var want []string
		for _, v := range quoted[c.Code] {
			want = append(want, fmt.Sprint(v))
		}
		for _, n := range numbersIn(c.Description) {
			if !slices.Contains(want, n) {
				t.Errorf("%s: the description quotes %s, which is none of its check's constants %v: %q", c.Code, n, want, c.Description)
			}
		}
		for _, w := range want {
			if !slices.Contains(numbersIn(c.Description), w) {
				t.Errorf("%s: the description does not quote %s: %q", c.Code, w, c.Description)
			}
		}
	}
}

// numbersIn returns the numbers in s, leaving out digits that are part of
// a name ("IPv6", "reCAPTCHA v3").
func numbersIn(s string) []string {
	var out []string
	for _, m := range numberPattern.FindAllStringIndex(s, -1) {
		if m[0] > 0 && unicode.IsLetter(rune(s[m[0]-1])) {
			continue
		}
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

var numberPattern = regexp.MustCompile(`\d+(\.\d+)?`)

// TestSpamModelTiers screens at each tier's threshold and just below it:
// the points change exactly where the constants (and so the reason-code
// table) say.
func TestSpamModelTiers(t *testing.T) {
	base := defaultPoints[CodeSpamModel]
	tiers := []struct {
		at     float64
		points int
	}{{spamModelFull, base}, {spamModelHalf, base / 2}, {spamModelQuarter, base / 4}}
	below := []int{base / 2, base / 4, 0}
	for i, tier := range tiers {
		for _, c := range []struct {
			p      float64
			points int
		}{{tier.at, tier.points}, {math.Nextafter(tier.at, 0), below[i]}} {
			e := testEngine(t, nil, func(d *Deps) { d.SpamModel = fakeSpamModel{p: c.p}; d.Counter = nil })
			s := e.Screen(context.Background(), testForm(), genuine(t, e.deps.Tokens))
			r, _ := reasonFor(s, CodeSpamModel)
			if r.Points != c.points {
				t.Errorf("p = %v: spam_model points %d, want %d", c.p, r.Points, c.points)
			}
		}
	}
}

// TestAllCapsThreshold checks all_caps at the quoted share and letter count.
func TestAllCapsThreshold(t *testing.T) {
	// n cased letters, caps of them capitals.
	msg := func(n, caps int) string {
		return strings.Repeat("A", caps) + " " + strings.Repeat("b", n-caps)
	}
	capsAt := allCapsMinLetters * allCapsPercent / 100
	cases := []struct {
		msg  string
		want bool
	}{
		{msg(allCapsMinLetters, capsAt), true},
		{msg(allCapsMinLetters, capsAt-1), false},
		{msg(allCapsMinLetters-1, allCapsMinLetters-1), false},
	}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, c := range cases {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.Message = c.msg
		if got := hasCode(e.Screen(context.Background(), testForm(), sub), CodeAllCaps); got != c.want {
			t.Errorf("%q: all_caps %v, want %v", c.msg, got, c.want)
		}
	}
}
