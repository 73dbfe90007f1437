package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// splitName types a folded-or-raw full name as first and last name: the
// first word, and the rest.
func splitName(full string) (first, last string) {
	first, last, _ = strings.Cut(full, " ")
	return first, last
}

// hasDetail reports a reason of s whose detail holds sub.
func hasDetail(s lead.Screening, sub string) bool {
	for _, r := range s.Reasons {
		if strings.Contains(r.Detail, sub) {
			return true
		}
	}
	return false
}

// TestFictionalEveryEntryMatches walks the table of fictional people:
// every name is screened alone (a piece of placeholder_identity; junk for
// "nobody"), and every entry beside another of its story in the company
// (two pieces, a test entry), so that a line the detector would not match
// fails here instead of doing nothing.
func TestFictionalEveryEntryMatches(t *testing.T) {
	tab := fictionalTable()
	if len(tab.entries) < 600 {
		t.Fatalf("the table has %d entries; it was written with more than 700", len(tab.entries))
	}
	cultures := map[string]bool{}
	for _, en := range tab.entries {
		cultures[en.lang] = true
	}
	if len(cultures) < 35 {
		t.Errorf("the table covers %d cultures, want about forty", len(cultures))
	}
	for k, en := range tab.entries {
		t.Run(en.lang+" "+en.work+" "+en.kind+" "+en.text, func(t *testing.T) {
			if en.kind != "place" {
				e := testEngine(t, nil, nil)
				first, last := splitName(en.text)
				s := screenFields(t, e, map[string]string{"first": first, "last": last})
				if !hasReason(s, CodePlaceholderIdentity) {
					t.Errorf("alone: no %s: %v", CodePlaceholderIdentity, s.Reasons)
				}
				if en.kind == "nobody" && s.Verdict != lead.ScreenJunk {
					t.Errorf("alone: verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
			}
			partner := -1
			for _, j := range tab.byWork[en.work] {
				a := tab.entries[j]
				if j != k && a.kind != "place" && !containsWords(a.folded, en.folded) && !containsWords(en.folded, a.folded) {
					partner = j
					break
				}
			}
			if partner < 0 {
				if en.kind == "place" {
					t.Fatalf("no character of %q to pair the place with", en.work)
				}
				return // a story of one person: the name alone is its piece
			}
			e := testEngine(t, nil, nil)
			first, last := splitName(tab.entries[partner].text)
			s := screenFields(t, e, map[string]string{"first": first, "last": last, "company": en.text})
			if s.Verdict != lead.ScreenJunk || !hasDetail(s, "two of one story") {
				t.Errorf("beside %q: verdict %s, want junk for two of one story: %v", tab.entries[partner].text, s.Verdict, s.Reasons)
			}
		})
	}
}

// TestParseFictionalRejectsBadLines: a line of the wrong shape is an
// error, not a silent skip.
func TestParseFictionalRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"en holmes Sherlock", "en holmes hero Sherlock Holmes", "en holmes name ---"} {
		if _, err := parseFictional(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	tab, err := parseFictional("# c\n\nit pinocchio nobody Pinocchio\nit pinocchio name Geppetto\n")
	if err != nil || len(tab.byWork["pinocchio"]) != 2 || len(tab.byText["geppetto"]) != 1 {
		t.Errorf("good lines: %v, %+v", err, tab)
	}
	if !strings.Contains(fictionalFile, "no line is copied") {
		t.Error("the table's header must say it was written, not copied")
	}
}

// TestFictionalDecides: characters typed as testers do, in shapes chosen
// for the test, beside real people who share a character's name or
// surname.
func TestFictionalDecides(t *testing.T) {
	ask := "Could you send pricing for 20 users and tell us whether it works with HubSpot?"
	checkIdentityVerdicts(t, []identityCase{
		{"two characters of one folk tale as first and last name", "Pinocchio", "Geppetto", "", "pg@libero.it", ask, lead.ScreenJunk},
		{"a character and the firm of his story", "Ebenezer", "Scrooge", "Scrooge and Marley Ltd", "es@gmail.com", ask, lead.ScreenJunk},
		{"a Malay hero and his rival's name as the firm", "Hang", "Tuah", "Hang Jebat Sdn Bhd", "tuah@yahoo.com", ask, lead.ScreenJunk},
		{"a Russian cartoon and its village", "Дядя", "Фёдор", "Простоквашино", "fedor@mail.ru", "Сколько стоит?", lead.ScreenJunk},
		{"a character at his story's domain", "Walter", "White", "", "walter@lospolloshermanos.com", ask, lead.ScreenJunk},
		{"a famous physicist typed with a test message", "Albert", "Einstein", "", "ae@gmail.com", "test", lead.ScreenJunk},
		{"a Japanese folk hero nobody is called", "Momotaro", "", "Kibi Dango KK", "momo@yahoo.co.jp", ask, lead.ScreenJunk},
		// Genuine look-alikes.
		{"a real Holmes with a firm of his name", "Sarah", "Holmes", "Holmes Consulting", "sarah@holmesconsulting.co.uk", ask, lead.ScreenPass},
		{"a real Geppetto family's workshop", "Mario", "Geppetto", "Falegnameria Geppetto", "mario@falegnameriageppetto.it", "Quanto costa per tre utenti?", lead.ScreenPass},
		{"a real Peter Parker asks", "Peter", "Parker", "Parker Plumbing", "peter@parkerplumbing.com", ask, lead.ScreenPass},
		{"a real Mulan asks", "Mulan", "Chen", "Chen Trading", "mulan@chentrading.com.tw", ask, lead.ScreenPass},
		{"a real Arjuna asks", "Arjuna", "Perera", "Lanka Tiles", "arjuna@lankatiles.lk", ask, lead.ScreenPass},
		{"a firm named after a story's place", "Ana", "Costa", "Neverland Toys", "ana@neverlandtoys.pt", ask, lead.ScreenPass},
	})
}
