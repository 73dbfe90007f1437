package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func setSender(email, first, last, company string) func(*lead.Submission) {
	return func(x *lead.Submission) {
		x.Fields.Email, x.Fields.FirstName, x.Fields.LastName, x.Fields.Company = email, first, last, company
	}
}

// TestGeneratedAddress: an address shaped as a throwaway generator's, at
// a domain no list knows and that is not the sender's, is a generated
// address (a weak sign); addresses made from a name, a firm's own domain,
// free mail and people's handles with a year are not.
func TestGeneratedAddress(t *testing.T) {
	not := []string{CodeGeneratedAddress, CodeDisposableEmail}
	runCases(t, []detCase{
		{name: "made-up word and a number", sub: setSender("mokeru5531@qiverno.com", "Anne", "Smith", "Smith Ltd"), want: CodeGeneratedAddress, not: []string{CodeDisposableEmail}},
		{name: "made-up word, five digits", sub: setSender("pazilo20871@brivex.net", "Jonas", "Berg", "Berg AB"), want: CodeGeneratedAddress, not: []string{CodeDisposableEmail}},
		{name: "random run", sub: setSender("t4k9w2p7q@zomvel.org", "Luis", "Mora", "Mora SL"), want: CodeGeneratedAddress, not: []string{CodeDisposableEmail}},
		{name: "random run, cyrillic name", sub: setSender("x8r3n5v1@kelpo.ru", "Олег", "Иванов", "Ромашка"), want: CodeGeneratedAddress, not: []string{CodeDisposableEmail}},

		{name: "word from the name", sub: setSender("marika531@qiverno.com", "Marika", "Tamm", "Tamm OÜ"), not: not},
		{name: "the company's own domain", sub: setSender("sales402@bakerwood.co.uk", "Tom", "Hart", "Bakerwood"), not: not},
		{name: "free mail", sub: setSender("mokeru5531@gmail.com", "Anne", "Smith", ""), not: not},
		{name: "a year of birth", sub: setSender("tiger1987@kabelnet.at", "Franz", "Huber", ""), not: not},
		{name: "two digits", sub: setSender("lomeka42@posti.fi", "Aino", "Virtanen", ""), not: not},
		{name: "a real word with consonant clusters", sub: setSender("dolphin771@smallhost.de", "Eva", "Klein", ""), not: not},
		{name: "short random run", sub: setSender("k2v8@relay.net", "Sam", "Lee", ""), not: not},
	})
}

// TestGeneratedAddressAloneIsNotJunk: a person who picked a handle at a
// small provider ("sunoko482@" at a German ISP) is not junk for it alone:
// a weak sign nothing else agrees with is held below review.
func TestGeneratedAddressAloneIsNotJunk(t *testing.T) {
	e := testEngine(t, nil, nil)
	sub := genuine(t, testSigner(t))
	setSender("sunoko482@netcologne.de", "Petra", "Schulz", "Schulz GmbH")(sub)
	s := e.Screen(context.Background(), testForm(), sub)
	if !hasCode(s, CodeGeneratedAddress) {
		t.Fatalf("the handle is not read as generated: %v", s.Reasons)
	}
	if s.Verdict == lead.ScreenJunk {
		t.Errorf("a generated-looking handle alone made the lead junk: %v", s.Reasons)
	}
}

func TestGeneratedLocal(t *testing.T) {
	for local, generated := range map[string]bool{
		"xotira4817": true, "bexuna203": true, "q7t2m9xk": true, "a1b2c3d4": true,
		"maria1985": false, "peter84": false, "john.smith": false, "info": false, "sales2024": false,
		"kristina123": false, "abc12345": false,
	} {
		if got := generatedLocal(local) != ""; got != generated {
			t.Errorf("generatedLocal(%q) = %v, want %v", local, got, generated)
		}
	}
}
