package screen

import "testing"

// TestRemedyAdvertWithoutARemedyWord: a weight lost in a time, or the
// form a remedy is sold in, with one more advert cue, is a remedy advert
// (junk on its own) whatever the complaint is called; a supplement firm
// asking about our product is not.
func TestRemedyAdvertWithoutARemedyWord(t *testing.T) {
	junk := adRemedyKinds * 40 / 2
	not := []string{CodeAdCopy}
	runCases(t, []detCase{
		{name: "dutch weight in weeks", sub: setMessage("6 kilo lichter in 3 weken met onze slankmakers. Nu 2+1 gratis!"), want: CodeAdCopy, points: junk},
		{name: "spanish weight in a month", sub: setMessage("Menos 7 kg en un mes con nuestro té. Envío gratis."), want: CodeAdCopy, points: junk},
		{name: "greek drops with delivery", sub: setMessage("Φυσικές σταγόνες, 39 ευρώ, πληρωμή με αντικαταβολή."), want: CodeAdCopy, points: junk},
		{name: "swedish serum compound", sub: setMessage("Ögonfransserum, nu bara 199 kr."), want: CodeAdCopy, points: junk},
		{name: "english gummies deal", sub: setMessage("Sleep gummies: buy 2 get 1 free, order now."), want: CodeAdCopy, points: junk},
		{name: "turkish sugar remedy", sub: setMessage("Kan şekeri için doğal destek, kapıda ödeme ve ücretsiz kargo."), want: CodeAdCopy, points: junk},

		{name: "supplement shop asks for a demo", sub: setMessage("We sell collagen powder online and get fake orders. Could we book a demo?"), not: []string{}},
		// The claim is one kind of cue (half the points); alone it is a
		// gym describing its trade, not a remedy advert.
		{name: "weight without an advert cue", sub: setMessage("Our gym helped members lose 5 kg in 6 weeks; we need a better sign-up form."), want: CodeAdCopy, points: 20},
		{name: "drops without a deal", sub: setMessage("We make eye drops and want to filter our contact form."), not: not},
	})
}
