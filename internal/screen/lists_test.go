package screen

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Every entry of a word list must take effect, whatever its length or
// script: no check may filter words before looking them up. These tests add
// entries of unusual length (short, long, non-ASCII) to each list that
// feeds a check and screen a submission that uses them.

// withWord adds w to the package list set for the test's duration.
func withWord(t *testing.T, set wordSet, w string) {
	t.Helper()
	if has(set, w) {
		t.Fatalf("%q is already listed", w)
	}
	m := set.words()
	m[w] = struct{}{}
	t.Cleanup(func() { delete(m, w) })
}

// screenWith screens the genuine submission changed by fn, offline.
func screenWith(t *testing.T, cfg func(*Config), fn func(*lead.Submission)) lead.Screening {
	t.Helper()
	e := testEngine(t, cfg, func(d *Deps) { d.Counter = nil })
	sub := genuine(t, e.deps.Tokens)
	fn(sub)
	return e.Screen(context.Background(), testForm(), sub)
}

func TestMessengerAppsAllCount(t *testing.T) {
	// Every listed app name, in every script, is detected with a phone
	// number, and the reason names the app; the words left out on purpose
	// ("signal", "line") are not.
	for word, app := range messengerNames {
		s := screenWith(t, nil, func(sub *lead.Submission) {
			sub.Fields.Message = "Please message me on " + word + " at +44 7700 900123 about your offer"
		})
		r, ok := reasonFor(s, CodeMessengerContact)
		switch {
		case app == "" && ok:
			t.Errorf("%s: everyday word counted as a messenger: %v", word, r.Detail)
		case app != "" && (!ok || !strings.HasSuffix(r.Detail, app)):
			t.Errorf("%s: no messenger_contact naming %s: %v", word, app, s.Reasons)
		}
	}
	for _, m := range messengerScripts {
		s := screenWith(t, nil, func(sub *lead.Submission) {
			sub.Fields.Message = "请加我" + m[0] + " 13800138000 详谈"
		})
		if r, ok := reasonFor(s, CodeMessengerContact); !ok || !strings.HasSuffix(r.Detail, m[1]) {
			t.Errorf("%s: no messenger_contact naming %s: %v", m[0], m[1], s.Reasons)
		}
	}
	// The names are found in any text, not only in Chinese, Japanese or
	// Korean: a Thai message asking to be added on LINE.
	s := screenWith(t, nil, func(sub *lead.Submission) {
		sub.Fields.Message = "สนใจติดต่อทางไลน์ 0812345678 ครับ"
	})
	if r, ok := reasonFor(s, CodeMessengerContact); !ok || !strings.HasSuffix(r.Detail, "LINE") {
		t.Errorf("Thai LINE contact not found: %v", s.Reasons)
	}
}

func TestConfiguredPhrasesOfAnyLengthMatch(t *testing.T) {
	long := "pneumonoultramicroscopicsilicovolcanoconiosis"
	cfg := func(c *Config) {
		c.Lists.SpamPhrases = []string{"xq", long + " cure", "ünïcødé bonus"}
		c.Lists.VendorPhrases = []string{"zy outreach", "hyperpersonalizationplatforms*"}
	}
	cases := []struct{ msg, code, phrase string }{
		{"We have xq for you at a fair price, call us soon please thanks", CodeSpamContent, "xq"},
		{"Buy the " + strings.ToUpper(long) + " cure while stocks last here", CodeSpamContent, long + " cure"},
		{"Claim your Ünïcødé bonus before the weekend is over friend", CodeSpamContent, "ünïcødé bonus"},
		{"Our zy outreach team would love a call with you next week", CodeVendorPitch, "zy outreach"},
		{"We sell hyperpersonalizationplatformsandmore to teams like yours", CodeVendorPitch, "hyperpersonalizationplatforms*"},
	}
	for _, c := range cases {
		s := screenWith(t, cfg, func(sub *lead.Submission) { sub.Fields.Message = c.msg })
		r, ok := reasonFor(s, c.code)
		if !ok || !strings.Contains(r.Detail, quote(c.phrase, 30)) {
			t.Errorf("%q: no %s naming %q: %v", c.msg, c.code, c.phrase, s.Reasons)
		}
	}
}

func TestFunctionWordsOfAnyLengthCount(t *testing.T) {
	// A model that calls everything mash flags a long message unless it
	// holds enough function words.
	mash := func(d *Deps) { d.Names = fakeNames{def: 1}; d.Counter = nil }
	msg := "zqxvbn nevertheless wkrtpl nevertheless plmkjh qwzxcv bnmlkj"
	e := testEngine(t, nil, mash)
	sub := genuine(t, e.deps.Tokens)
	sub.Fields.Message = msg
	if !hasCode(e.Screen(context.Background(), testForm(), sub), CodeUnreadableMessage) {
		t.Fatal("the mash message is not unreadable to begin with")
	}
	withWord(t, functionWords, "nevertheless")
	if s := e.Screen(context.Background(), testForm(), sub); hasCode(s, CodeUnreadableMessage) {
		t.Errorf("a listed twelve-letter function word did not count: %v", s.Reasons)
	}
}

func TestMarkupAndLinkListsOfAnyLength(t *testing.T) {
	withWord(t, markupTags, "blockquote")
	withWord(t, abusedTLDs, "photography")
	withWord(t, abusedTLDs, "x")
	withWord(t, commonTLDs, "international")
	cases := []struct{ msg, code string }{
		{"see <blockquote>this</blockquote> for our offer to you", CodeMarkupInMessage},
		{"visit https://cheap.photography/deal now for the details", CodeSuspiciousLink},
		{"visit https://cheap.x/deal now for the details", CodeSuspiciousLink},
		{"two links acme.international/a and acme.international/b here", CodeMessageLinks},
	}
	for _, c := range cases {
		s := screenWith(t, nil, func(sub *lead.Submission) { sub.Fields.Message = c.msg })
		if !hasCode(s, c.code) {
			t.Errorf("%q: no %s: %v", c.msg, c.code, s.Reasons)
		}
	}
}

func TestTestWordsOfAnyLength(t *testing.T) {
	long := "placeholderplaceholderplaceholder"
	withWord(t, testCoreWords, long)
	withWord(t, testCoreWords, "тест")
	withWord(t, testMessageWords, "verificationsubmission")
	withWord(t, testLocals, "nobody-at-all-really")
	withWord(t, testDomains, "example-test-domain.co")
	cases := []struct {
		name string
		fn   func(*lead.Submission)
	}{
		{"long core word as name", func(s *lead.Submission) { s.Fields.FirstName, s.Fields.LastName = strings.ToUpper(long), "User" }},
		{"Cyrillic core word as name", func(s *lead.Submission) { s.Fields.FirstName, s.Fields.LastName = "Тест", "" }},
		{"long message word", func(s *lead.Submission) {
			s.Fields.Message = "test verificationsubmission"
			s.Fields.FirstName, s.Fields.LastName, s.Fields.Name = "", "", ""
		}},
		{"long test address", func(s *lead.Submission) { s.Fields.Email = "nobody-at-all-really@example-test-domain.co" }},
	}
	for _, c := range cases {
		s := screenWith(t, nil, c.fn)
		if !hasCode(s, CodeTestEntry) {
			t.Errorf("%s: no test_entry: %v", c.name, s.Reasons)
		}
	}
}

func TestBotMarkersOfAnyLength(t *testing.T) {
	for _, m := range []string{"zz", "averyveryverylongautomationframework/"} {
		botAgentMarkers = append(botAgentMarkers, m)
		t.Cleanup(func() { botAgentMarkers = slices.DeleteFunc(botAgentMarkers, func(x string) bool { return x == m }) })
		if got := botAgent("Agent " + strings.ToUpper(m) + "1.0"); got != strings.TrimRight(m, "/") {
			t.Errorf("marker %q: botAgent = %q", m, got)
		}
	}
}

// A field label longer than maxLabelBytes would never be compared (values
// longer than that are not read as labels): every listed label leaves
// room below the bound for the punctuation a form adds ("Nachname *:").
func TestFieldLabelsFitTheLabelBound(t *testing.T) {
	const room = 8
	for label := range fieldLabels.words() {
		if len(label) > maxLabelBytes-room {
			t.Errorf("label %q is %d bytes: raise maxLabelBytes (%d) or shorten it", label, len(label), maxLabelBytes)
		}
	}
}
