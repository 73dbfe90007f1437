package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestIsTestLocal(t *testing.T) {
	cases := []struct {
		local string
		want  bool
	}{
		{"test", true}, {"test+1", true}, {"test.1", true}, {"testing-a", true}, {"test123_x", true},
		{"qwerty.a.b", true}, {"asdf+x.y", true}, {"a", true},
		{"", false}, {".test", false}, {"_test", false}, {"tests", false}, {"ana.test", false},
		{"test1234.x", false}, {"x.test+1", false}, {"+test", false},
		// The first '.' decides for dots, even when a later one would
		// follow a core word.
		{"t.test.x", false},
	}
	for _, c := range cases {
		if got := isTestLocal(c.local); got != c.want {
			t.Errorf("isTestLocal(%q) = %v, want %v", c.local, got, c.want)
		}
	}
}

func TestIsTestMessage(t *testing.T) {
	cases := []struct {
		msg  string
		want bool
	}{
		{"test", true}, {"hello world", true}, {"Hello, World!", true}, {"this is a test", true},
		{"\u0130s a test", true}, {"HELLO\u2003WORLD", true}, {"testing 123", true}, {"test test", true},
		{"", false}, {"Looking to replace our tool", false}, {"this is a real enquiry", false}, {"hello there", false},
		{"hello world again", false}, {"world hello", false}, {"testé", false}, {"Здравствуйте, test", false},
		{"hello wörld", false}, {"test " + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false},
	}
	for _, c := range cases {
		if got := isTestMessage(c.msg); got != c.want {
			t.Errorf("isTestMessage(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}

func TestScanName(t *testing.T) {
	cases := []struct {
		name            string
		letters, digits int
		url, repeated   bool
	}{
		{"Jean-Luc Picard", 13, 0, false, false},
		{"www.acme.com", 10, 0, true, false},
		{"Visit WWW.acme", 12, 0, true, false},
		{"awww.b", 5, 0, false, false},
		{"a@b", 2, 0, true, false},
		{"x://y", 2, 0, true, false},
		{"Aaaa", 4, 0, false, true},
		{"ÉéÉ", 3, 0, false, true},
		{"Anna", 4, 0, false, false},
		{"Agent 007", 5, 3, false, false},
		{"山田 太郎", 4, 0, false, false},
	}
	for _, c := range cases {
		st := scanName(c.name)
		if st.letters != c.letters || st.digits != c.digits || st.hasURL != c.url || st.repeated() != c.repeated {
			t.Errorf("scanName(%q) = %+v (repeated %v)", c.name, st, st.repeated())
		}
	}
}

// TestURLInNameForms: links in name fields however they are written: a
// short link with a path under any TLD, a bare domain under a TLD that is
// no initial's, and the disguises of link filters; in a company, a link
// with a path or under a TLD spam favours, not a company named for its
// site.
func TestURLInNameForms(t *testing.T) {
	setFirst := func(v string) func(*lead.Submission) { return func(s *lead.Submission) { s.Fields.FirstName = v } }
	setCompany := func(v string) func(*lead.Submission) { return func(s *lead.Submission) { s.Fields.Company = v } }
	not := []string{CodeURLInName}
	runCases(t, []detCase{
		{name: "short link under a rare TLD", sub: setFirst("goo.gl/x1"), want: CodeURLInName},
		{name: "dot spelled out", sub: setFirst("bestdeals dot com"), want: CodeURLInName},
		{name: "bracketed dot", sub: setFirst("promo[.]site"), want: CodeURLInName},
		{name: "scheme without colon", sub: setFirst("https//promo.site"), want: CodeURLInName},
		{name: "bare domain under a rare TLD", sub: setFirst("casino-italia.vip"), want: CodeURLInName},
		{name: "bare domain after words", sub: func(s *lead.Submission) {
			s.Fields.FirstName, s.Fields.LastName = "Gratis iPhone auf", "gewinn-aktion.win"
		}, want: CodeURLInName},
		{name: "link with a path in the company", sub: setCompany("goo.gl/maps/x7Fq2"), want: CodeURLInName},
		{name: "invite link in the company", sub: setCompany("discord.gg/freenitro"), want: CodeURLInName},
		{name: "words and a short link in the company", sub: setCompany("Visit shortlink.cc/deal"), want: CodeURLInName},
		{name: "two-letter short link in the company", sub: setCompany("is.gd/Ab12Cd"), want: CodeURLInName},
		{name: "spam TLD in the company", sub: setCompany("backlinks-pro.online"), want: CodeURLInName},
		{name: "company named for its site", sub: setCompany("Booking.com"), not: not},
		{name: "company named for its .io site", sub: setCompany("Monday.com Ltd"), not: not},
		{name: "company with a German abbreviation", sub: setCompany("Müller u.Co. KG"), not: not},
		{name: "title before a dot", sub: setFirst("Dr.No"), not: not},
		{name: "initials", sub: func(s *lead.Submission) { s.Fields.FirstName, s.Fields.LastName = "J.R.", "Tolkien" }, not: not},
		{name: "initial and surname", sub: setFirst("J.Smith"), not: not},
		{name: "A/B in a name", sub: setFirst("A/B"), not: not},
		{name: "double-barrelled", sub: setFirst("Anne-Marie"), not: not},
	})
}
