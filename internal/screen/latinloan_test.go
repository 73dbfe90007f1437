package screen

import "testing"

// TestLatinLoanwords: a spam trade respelt in Latin letters as a language
// says it, with a second sign of an advert, is a spam offer in any
// language written in Latin letters; a casino or a crypto firm asking
// about our product, a trade in its English spelling (the lists' to
// read), and a respelt trade with no second sign are left to the rest.
// The spam model is faked at 0; the rows of the first block that the
// spam vocabulary table reads as offers already count too (the points are
// the same), the second block is this rule's alone.
func TestLatinLoanwords(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		spam bool
	}{
		{"Kazino mpya mjini! Jiunge leo upate bonasi ya 150%.", true},
		{"Bitkoin yatırımı ile ayda %40 kazanç, bize yazın @kazanc_tr", true},
		{"Kasino online terbaik, bonus deposit 100% untuk member baru!", true},
		{"Investasi kripto aman, profit 5% sehari, hubungi @cuan_id", true},
		// Respellings no table lists.
		{"Dzhekpot ya milioni 5! Keshbek 10% kila wiki, jiunge leo.", true},
		{"Bukmeker bora Kenya, bonus ya 200% kwa wateja wapya.", true},
		{"Bitkoin na foreks: faida hadi 40%! Jiunge na kikundi chetu leo.", true},
		{"Najbolji kazino, bonus 100% na prvi depozit!", true},
		// Genuine, or not enough.
		{"Tunaendesha kazino yenye leseni. Je, bidhaa yenu inazuia usajili wa uongo? Bei ni kiasi gani kwa 10%?", false},
		{"We run a casino and 30% of our sign-ups are fake. Can your filter help?", false},
		{"Nasi ni kampuni ya kripto iliyosajiliwa; tunatafuta zana ya fomu zetu.", false},
	} {
		e, s := screenMessageAt(t, 0, tc.msg)
		r, ok := reasonFor(s, CodeSpamContent)
		offer := ok && r.Points == phrasePointsCap*e.points[CodeSpamContent]
		if offer != tc.spam {
			t.Errorf("%q: spam_content %d points (%q), want a spam offer %v", tc.msg, r.Points, r.Detail, tc.spam)
		}
	}
}
