// Command identity writes testdata/kinds/identity.jsonl: a labelled set of
// the identity and behaviour kinds of junk (test entries, links in name
// fields, disposable and invalid addresses, bursts minutes apart) and of
// the genuine leads that look like them (autofill users, people whose
// real name is a placeholder elsewhere, companies named for testing,
// colleagues behind one office address). Every row was written from the
// description of its kind in issue 11 before any detector ran on it; see
// testdata/kinds/README.md. Deterministic: run it again and the file is
// the same.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/testdata/kinds/labelled"
)

// row is what a family's table gives: the fields that differ from an
// ordinary sender's, and the render time when it matters.
type row struct {
	first, last, company, email, phone, title, msg string
	elapsedMS                                      int // 0: a person's pace
	// ua and lang replace the browser's User-Agent and Accept-Language
	// when set; none sends the header empty (round nine's bots).
	ua, lang string
}

// none marks a header a row sends empty.
const none = "-"

var agents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
	"Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
}

var langs = []string{"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "it-IT", "pl-PL", "nl-NL", "ru-RU", "ja-JP", "ko-KR", "zh-CN", "tr-TR", "sv-SE"}

// ordinary are plain enquiries the junk rows carry when their junk is in
// the identity, not the message.
var ordinary = []string{
	"Could you send me pricing for a team of 15?",
	"We would like a demo next week.",
	"Bitte senden Sie mir ein Angebot für 20 Nutzer.",
	"Nous aimerions une démonstration pour notre équipe commerciale.",
	"¿Podrían enviarme información sobre los planes anuales?",
	"Gostaríamos de agendar uma demonstração.",
	"Vorremmo un preventivo per 30 utenti.",
	"Prosimy o ofertę dla naszego działu sprzedaży.",
	"Hoeveel kost het voor tien gebruikers?",
	"Хотели бы получить демо-доступ для отдела продаж.",
	"",
}

func main() {
	out := flag.String("o", "testdata/kinds/identity.jsonl", "output file")
	seed := flag.Uint64("seed", 20261207, "random seed")
	flag.Parse()
	g := &gen{r: rand.New(rand.NewPCG(*seed, 12)), start: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), source: "kinds-identity"}

	g.family(testEntries, "junk", "test_entry", "test_entry")
	g.family(urlInName, "junk", "spam", "url_in_name")
	g.family(disposable, "junk", "disposable", "disposable")
	g.family(invalidEmail, "junk", "invalid_email", "invalid_email")
	g.family(autofill, "genuine", "genuine_short", "autofill")
	g.family(identityLookalikes, "genuine", "genuine", "identity_lookalike")
	g.slowBursts()
	g.busyOffices()
	// Round two (rows2.go).
	g.family(testEntries2, "junk", "test_entry", "test_entry")
	g.family(urlInName2, "junk", "spam", "url_in_name")
	g.family(disposable2, "junk", "disposable", "disposable")
	g.family(invalidEmail2, "junk", "invalid_email", "invalid_email")
	g.family(autofill2, "genuine", "genuine_short", "autofill")
	g.family(identityLookalikes2, "genuine", "genuine", "identity_lookalike")
	// Round three (rows3.go), held out under its own source.
	g.source = "kinds-identity-r3"
	g.family(testEntries3, "junk", "test_entry", "test_entry")
	g.family(disposable3, "junk", "disposable", "disposable")
	g.family(contentBots3, "junk", "bot", "content_bot")
	g.family(vendorPitches3, "junk", "vendor_pitch", "vendor_pitch")
	g.family(identityLookalikes3, "genuine", "genuine", "identity_lookalike")
	// Round four (rows4.go), held out under its own source.
	g.source = "kinds-identity-r4"
	g.family(testEntries4, "junk", "test_entry", "test_entry")
	g.family(disposable4, "junk", "disposable", "disposable")
	g.family(contentBots4, "junk", "bot", "content_bot")
	g.family(vendorPitches4, "junk", "vendor_pitch", "vendor_pitch")
	g.family(identityLookalikes4, "genuine", "genuine", "identity_lookalike")
	// Round five (rows5.go), held out under its own source.
	g.source = "kinds-identity-r5"
	g.family(testEntries5, "junk", "test_entry", "test_entry")
	g.family(disposable5, "junk", "disposable", "disposable")
	g.family(contentBots5, "junk", "bot", "content_bot")
	g.family(vendorPitches5, "junk", "vendor_pitch", "vendor_pitch")
	g.family(identityLookalikes5, "genuine", "genuine", "identity_lookalike")
	// Round six (rows6.go), pitches, adverts and throwaway addresses with
	// their look-alikes; measured once before its rules.
	g.source = "kinds-identity-r6"
	g.family(vendorPitches6, "junk", "vendor_pitch", "vendor_pitch")
	g.family(supplementAds6, "junk", "spam", "supplement_ads")
	g.family(disposable6, "junk", "disposable", "disposable")
	g.family(pitchLookalikes6, "genuine", "genuine", "pitch_lookalike")
	// Round seven (rows7.go), the same kinds in other words, written after
	// round six's rules; measured once, then its lessons taken.
	g.source = "kinds-identity-r7"
	g.family(vendorPitches7, "junk", "vendor_pitch", "vendor_pitch")
	g.family(supplementAds7, "junk", "spam", "supplement_ads")
	g.family(disposable7, "junk", "disposable", "disposable")
	g.family(pitchLookalikes7, "genuine", "genuine", "pitch_lookalike")
	// Round eight (rows8.go), written after round seven's lessons; held out.
	g.source = "kinds-identity-r8"
	g.family(vendorPitches8, "junk", "vendor_pitch", "vendor_pitch")
	g.family(supplementAds8, "junk", "spam", "supplement_ads")
	g.family(disposable8, "junk", "disposable", "disposable")
	g.family(pitchLookalikes8, "genuine", "genuine", "pitch_lookalike")
	// Round nine (rows9.go): invalid addresses, fast bots, throwaway
	// domains and adverts with their look-alikes; measured once before
	// its rules.
	g.source = "kinds-identity-r9"
	g.family(invalidEmail9, "junk", "invalid_email", "invalid_email")
	g.family(fastBots9, "junk", "bot", "fast_bot")
	g.family(disposable9, "junk", "disposable", "disposable")
	g.family(supplementAds9, "junk", "spam", "supplement_ads")
	g.family(autofill9, "genuine", "genuine_short", "autofill")
	g.family(identityLookalikes9, "genuine", "genuine", "identity_lookalike")
	g.family(pitchLookalikes9, "genuine", "genuine", "pitch_lookalike")
	// Round ten (rows10.go), written after round nine's rules; held out.
	g.source = "kinds-identity-r10"
	g.family(invalidEmail10, "junk", "invalid_email", "invalid_email")
	g.family(fastBots10, "junk", "bot", "fast_bot")
	g.family(disposable10, "junk", "disposable", "disposable")
	g.family(supplementAds10, "junk", "spam", "supplement_ads")
	g.family(lookalikes10, "genuine", "genuine", "identity_lookalike")
	// Round eleven (rows11.go), written after round ten was measured.
	g.source = "kinds-identity-r11"
	g.family(invalidEmail11, "junk", "invalid_email", "invalid_email")
	g.family(fastBots11, "junk", "bot", "fast_bot")
	g.family(disposable11, "junk", "disposable", "disposable")
	g.family(supplementAds11, "junk", "spam", "supplement_ads")
	g.family(lookalikes11, "genuine", "genuine", "identity_lookalike")
	// Round twelve (rows12.go), written after round eleven's rules; held out.
	g.source = "kinds-identity-r12"
	g.family(invalidEmail12, "junk", "invalid_email", "invalid_email")
	g.family(fastBots12, "junk", "bot", "fast_bot")
	g.family(disposable12, "junk", "disposable", "disposable")
	g.family(supplementAds12, "junk", "spam", "supplement_ads")
	g.family(lookalikes12, "genuine", "genuine", "identity_lookalike")
	// Round thirteen (rows13.go): test entries and throwaway services in
	// shapes no earlier round used; held out, measured once before its
	// task's rules.
	g.source = "kinds-identity-r13"
	g.family(testEntries13, "junk", "test_entry", "test_entry")
	g.family(disposable13, "junk", "disposable", "disposable")
	g.family(identityLookalikes13, "genuine", "genuine", "identity_lookalike")
	// Round fourteen (rows14.go), written right after round thirteen was
	// measured and sealed until the first rules of its task were done;
	// measured once, then its misses studied.
	g.source = "kinds-identity-r14"
	g.family(testEntries14, "junk", "test_entry", "test_entry")
	g.family(disposable14, "junk", "disposable", "disposable")
	g.family(identityLookalikes14, "genuine", "genuine", "identity_lookalike")
	// Round fifteen (rows15.go), written after round fourteen was measured
	// and sealed until the rules its misses informed were done; measured
	// once, then its misses studied.
	g.source = "kinds-identity-r15"
	g.family(testEntries15, "junk", "test_entry", "test_entry")
	g.family(disposable15, "junk", "disposable", "disposable")
	g.family(identityLookalikes15, "genuine", "genuine", "identity_lookalike")
	// Round sixteen (rows16.go), written after round fifteen was measured
	// and sealed until the rules its misses informed were done; held out.
	g.source = "kinds-identity-r16"
	g.family(testEntries16, "junk", "test_entry", "test_entry")
	g.family(disposable16, "junk", "disposable", "disposable")
	g.family(identityLookalikes16, "genuine", "genuine", "identity_lookalike")
	// Round seventeen (rows17.go), written with round eighteen before any
	// rule of task identity4; measured once, then its misses studied.
	g.source = "kinds-identity-r17"
	g.family(testEntries17, "junk", "test_entry", "test_entry")
	g.family(contentBots17, "junk", "bot", "content_bot")
	g.family(identityLookalikes17, "genuine", "genuine", "identity_lookalike")
	// Round eighteen (rows18.go), written with round seventeen and sealed
	// until the task's rules were done; measured once: held out.
	g.source = "kinds-identity-r18"
	g.family(testEntries18, "junk", "test_entry", "test_entry")
	g.family(contentBots18, "junk", "bot", "content_bot")
	g.family(identityLookalikes18, "genuine", "genuine", "identity_lookalike")
	// Round nineteen (rows19.go), written by task identity5 before any of
	// its rules and sealed until they were done; measured once: held out.
	g.source = "kinds-identity-r19"
	g.family(testEntries19, "junk", "test_entry", "test_entry")
	g.family(identityLookalikes19, "genuine", "genuine", "identity_lookalike")
	// Round twenty (rows20.go), written by task sealed32 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows; sealed, not yet measured: held out.
	g.source = "kinds-identity-r20"
	g.family(testEntries20, "junk", "test_entry", "test_entry")
	g.family(disposable20, "junk", "disposable", "disposable")
	g.family(identityLookalikes20, "genuine", "genuine", "identity_lookalike")
	// Round twenty-one (rows21.go), written by task sealed33 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows; sealed, not yet measured: held out.
	g.source = "kinds-identity-r21"
	g.family(testEntries21, "junk", "test_entry", "test_entry")
	g.family(disposable21, "junk", "disposable", "disposable")
	g.family(identityLookalikes21, "genuine", "genuine", "identity_lookalike")
	// Round twenty-two (rows22.go), written by task sealed34 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows; sealed, not yet measured: held out.
	g.source = "kinds-identity-r22"
	g.family(testEntries22, "junk", "test_entry", "test_entry")
	g.family(disposable22, "junk", "disposable", "disposable")
	g.family(identityLookalikes22, "genuine", "genuine", "identity_lookalike")
	// Round twenty-three (rows23.go), written by task sealed35 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows; sealed, not yet measured: held out.
	g.source = "kinds-identity-r23"
	g.family(testEntries23, "junk", "test_entry", "test_entry")
	g.family(disposable23, "junk", "disposable", "disposable")
	g.family(identityLookalikes23, "genuine", "genuine", "identity_lookalike")
	// Round twenty-four (rows24.go), written by task sealed36 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows: QA people and marketers checking a form in many
	// languages, throwaway services of many countries, and look-alikes
	// who test things for a reason; sealed, not yet measured: held out.
	g.source = "kinds-identity-r24"
	g.family(testEntries24, "junk", "test_entry", "test_entry")
	g.family(disposable24, "junk", "disposable", "disposable")
	g.family(identityLookalikes24, "genuine", "genuine", "identity_lookalike")
	// Round twenty-five (rows25.go), written by task sealed37 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows: QA people and marketers checking a form in many
	// languages, placeholder people of many cultures, throwaway services of
	// many countries, and look-alikes who test things for a living; sealed,
	// not yet measured: held out.
	g.source = "kinds-identity-r25"
	g.family(testEntries25, "junk", "test_entry", "test_entry")
	g.family(disposable25, "junk", "disposable", "disposable")
	g.family(identityLookalikes25, "genuine", "genuine", "identity_lookalike")
	// Round twenty-six (rows26.go), written by task sealed38 before any
	// detector ran on it, by a writer who never read the detectors or
	// earlier rows: QA people and marketers checking a form in many
	// languages, placeholder people of many cultures, throwaway services of
	// many countries and generated addresses, and look-alikes who mention
	// testing for a reason; sealed, not yet measured: held out.
	g.source = "kinds-identity-r26"
	g.family(testEntries26, "junk", "test_entry", "test_entry")
	g.family(disposable26, "junk", "disposable", "disposable")
	g.family(identityLookalikes26, "genuine", "genuine", "identity_lookalike")

	labelled.Shuffle(g.r, g.recs)
	if err := labelled.Write(*out, g.recs, "ki"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

type gen struct {
	r      *rand.Rand
	start  time.Time
	recs   []*labelled.Record
	source string // the round's source tag, so that leadctl eval shows each round on its own
}

// randomTime is a time in September–October 2026.
func (g *gen) randomTime() time.Time {
	return labelled.RandomTime(g.r, g.start)
}

// ip is a public-looking address, one in five IPv6.
func (g *gen) ip() string {
	if g.r.IntN(5) == 0 {
		return fmt.Sprintf("2a0%d:%x:%x:%x::%x", 1+g.r.IntN(9), g.r.IntN(0xffff), g.r.IntN(0xffff), g.r.IntN(0xffff), 1+g.r.IntN(0xfff))
	}
	return fmt.Sprintf("%d.%d.%d.%d", 11+g.r.IntN(180), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
}

// add dresses a row as a browser submission to form at time at from ip.
func (g *gen) add(w row, form, ip string, at time.Time, label, category, family string) {
	fields := map[string]string{
		"email": w.email, "first_name": w.first, "last_name": w.last, "company": w.company,
		"job_title": w.title, "phone": w.phone, "message": w.msg, "website_url": "",
	}
	referer := "https://www.northwind.example/contact"
	if form == "newsletter" {
		fields["company"], fields["message"], fields["job_title"] = "", "", ""
		referer = "http://localhost:3000/"
	}
	elapsed := w.elapsedMS
	if elapsed == 0 {
		elapsed = 12000 + g.r.IntN(120000)
	}
	// Drawn for every row, so that the rows of earlier rounds keep theirs.
	ua, lang := agents[g.r.IntN(len(agents))], langs[g.r.IntN(len(langs))]+",en;q=0.7"
	ua, lang = header(w.ua, ua), header(w.lang, lang)
	g.recs = append(g.recs, &labelled.Record{
		FormID: form, SubmittedAt: at.Format(time.RFC3339), Fields: fields,
		Context: map[string]any{
			"ip": ip, "user_agent": ua, "accept_language": lang,
			"referer": referer, "elapsed_ms": elapsed,
		},
		Label: label, Category: category, Family: family, Source: g.source,
	})
}

// header is a row's own value for a header when it has one.
func header(own, drawn string) string {
	switch own {
	case "":
		return drawn
	case none:
		return ""
	}
	return own
}

// family adds one record per row at a random time from a random IP; a
// junk row with no message gets an ordinary one (a genuine row keeps its
// empty message: autofill users often type nothing, and the ordinary
// messages, repeated across the set, would read as one message sent by
// many).
func (g *gen) family(rows []row, label, category, family string) {
	for _, w := range rows {
		if w.msg == "" && label == "junk" {
			w.msg = ordinary[g.r.IntN(len(ordinary))]
		}
		g.add(w, "contact-sales", g.ip(), g.randomTime(), label, category, family)
	}
}

// slowBursts adds scripts that wait a minute or more between posts, so
// the rows are minutes apart, not seconds: one address again and again,
// one IP signing up new addresses, one IP with new names and one message.
func (g *gen) slowBursts() {
	senders := []row{
		{first: "Oliver", last: "Grant", company: "Grant Freight", email: "oliver.grant@grantfreight.co.uk"},
		{first: "Marta", last: "Wiśniewska", company: "Wiśniewski Okna", email: "marta@wisniewski-okna.pl"},
		{first: "Kenji", last: "Sato", company: "Sato Kogyo", email: "k.sato@satokogyo.jp"},
		{first: "Ana", last: "Lima", company: "Lima Doces", email: "analima.doces@gmail.com"},
		{first: "Felix", last: "Hartmann", company: "Hartmann Bau", email: "f.hartmann@hartmann-bau.de"},
		{first: "Chloé", last: "Lefèvre", company: "Lefèvre Immobilier", email: "chloe.lefevre@lefevre-immo.fr"},
	}
	names := [][2]string{{"Tom", "Baker"}, {"Lena", "Vogel"}, {"Ivan", "Petrenko"}, {"Sofia", "Marino"}, {"Ahmet", "Kaya"},
		{"Emma", "Jansen"}, {"Lucas", "Moreau"}, {"Nina", "Berg"}, {"Pablo", "Ortega"}, {"Mei", "Chen"}, {"Jonas", "Lind"}, {"Sara", "Costa"}}
	msgs := []string{
		"Please call me back about your enterprise plan.",
		"Interested in your services, send me the details.",
		"Bitte um Rückruf wegen einer Zusammenarbeit.",
		"Merci de me recontacter au sujet de vos tarifs.",
	}
	for i := range 12 {
		at := g.randomTime()
		n := 4 + g.r.IntN(4)
		ip := g.ip()
		s := senders[i%len(senders)]
		msg := msgs[i%len(msgs)]
		for k := range n {
			// 70 s to 3 minutes apart: no chain of one-minute gaps.
			at = at.Add(time.Duration(70+g.r.IntN(110)) * time.Second)
			nm := names[g.r.IntN(len(names))]
			switch i % 3 {
			case 0: // one address again and again, new IPs
				w := s
				w.msg = msg
				g.add(w, "contact-sales", g.ip(), at, "junk", "bot", "burst")
			case 1: // one IP signs up new addresses on the newsletter
				w := row{first: nm[0], last: nm[1], email: fmt.Sprintf("%s.%s%d@%s", strings.ToLower(nm[0]), strings.ToLower(nm[1]), 10+g.r.IntN(89), []string{"gmail.com", "outlook.com", "yahoo.com", "web.de", "mail.ru"}[g.r.IntN(5)])}
				g.add(w, "newsletter", ip, at, "junk", "bot", "burst")
			case 2: // one IP, new names, one message
				w := row{first: nm[0], last: nm[1], company: nm[1] + " Trading", email: fmt.Sprintf("%s%d@%s", strings.ToLower(nm[1]), k, "outlook.com"), msg: msg}
				g.add(w, "contact-sales", ip, at, "junk", "bot", "burst")
			}
		}
	}
}

// busyOffices adds genuine traffic that a burst rule must leave alone:
// colleagues behind one office IP within a quarter of an hour, a person
// who presses the button twice, and one who sends a correction minutes
// later.
func (g *gen) busyOffices() {
	colleagues := [][2]string{{"Hannah", "Schulz"}, {"Markus", "Weber"}, {"Jana", "Fischer"}, {"Paul", "Wagner"}}
	for i := range 4 {
		at := g.randomTime()
		ip := g.ip()
		for k := range 3 {
			c := colleagues[(i+k)%len(colleagues)]
			at = at.Add(time.Duration(120+g.r.IntN(300)) * time.Second)
			w := row{first: c[0], last: c[1], company: "Weber & Schulz Steuerberatung",
				email: strings.ToLower(c[0]) + "." + strings.ToLower(c[1]) + "@weber-schulz.de",
				msg:   []string{"Wir möchten eine Demo für unser Büro.", "Gibt es einen Rabatt für Kanzleien?", "Bitte senden Sie uns die Preisliste."}[k]}
			g.add(w, "contact-sales", ip, at, "genuine", "genuine", "busy_office")
		}
	}
	for i := range 4 {
		at := g.randomTime()
		ip := g.ip()
		w := row{first: "Rosa", last: "Delgado", company: "Delgado Arquitectos", email: "rosa@delgado-arq.es",
			msg: "Necesitamos una demo para cinco arquitectos, ¿qué días tienen libres?"}
		if i%2 == 1 {
			w = row{first: "Tim", last: "O'Neill", company: "O'Neill Plumbing", email: "tim@oneillplumbing.ie",
				msg: "Can you give me a price for three users? We are a small plumbing firm."}
		}
		g.add(w, "contact-sales", ip, at, "genuine", "genuine", "busy_office")
		g.add(w, "contact-sales", ip, at.Add(time.Duration(1+g.r.IntN(3))*time.Second), "genuine", "genuine", "busy_office") // a double click
		w.msg += " (Sorry, my phone number is +34 612 345 678.)"
		g.add(w, "contact-sales", ip, at.Add(time.Duration(4+g.r.IntN(6))*time.Minute), "genuine", "genuine", "busy_office")
	}
}
