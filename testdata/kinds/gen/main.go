// Command gen writes testdata/kinds/kinds.jsonl: a small labelled set of
// the junk kinds the outsider set found weakest (abuse, supplement adverts,
// vendor pitches, bursts) and of the genuine leads that look like them
// (angry customers, procurement, consultation requests, health-industry
// companies asking for a demo). The messages are in messages.go; this file
// dresses them as form submissions. Deterministic: run it again and the
// file is the same.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/testdata/kinds/labelled"
)

type person struct{ first, last, company, domain, lang string }

// people are invented senders; the domains are made up from the company.
var people = []person{
	{"Emily", "Carter", "Harbor Analytics", "harbor-analytics.com", "en-US"},
	{"James", "Whitfield", "Northgate Supplies", "northgate-supplies.co.uk", "en-GB"},
	{"Lukas", "Brenner", "Brenner Maschinenbau", "brenner-maschinenbau.de", "de-DE"},
	{"Sabine", "Kohl", "Kohl Logistik", "kohl-logistik.de", "de-DE"},
	{"Camille", "Rousseau", "Atelier Rousseau", "atelier-rousseau.fr", "fr-FR"},
	{"Julien", "Marchand", "Marchand Conseil", "marchand-conseil.fr", "fr-FR"},
	{"Lucía", "Fernández", "Grupo Alcor", "grupoalcor.es", "es-ES"},
	{"Diego", "Ramírez", "Ramírez y Asociados", "ramirezasociados.mx", "es-MX"},
	{"Beatriz", "Oliveira", "Vale Verde Alimentos", "valeverde.com.br", "pt-BR"},
	{"Giulia", "Bianchi", "Bianchi Arredamenti", "bianchiarredamenti.it", "it-IT"},
	{"Sanne", "de Vries", "Vries Techniek", "vriestechniek.nl", "nl-NL"},
	{"Katarzyna", "Nowak", "Nowak Serwis", "nowakserwis.pl", "pl-PL"},
	{"Дмитрий", "Соколов", "ТехноСнаб", "tehnosnab.ru", "ru-RU"},
	{"Emre", "Yıldız", "Yıldız Tekstil", "yildiztekstil.com.tr", "tr-TR"},
	{"Anna", "Lindqvist", "Lindqvist Bygg", "lindqvistbygg.se", "sv-SE"},
	{"Priya", "Raman", "Raman Exports", "ramanexports.in", "en-IN"},
}

var agents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
}

func main() {
	out := flag.String("o", "testdata/kinds/kinds.jsonl", "output file")
	seed := flag.Uint64("seed", 20261207, "random seed")
	flag.Parse()
	r := rand.New(rand.NewPCG(*seed, 11))
	g := &gen{r: r, start: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)}

	g.family(abusive, "junk", "abuse", "abusive")
	g.family(supplementAds, "junk", "spam", "supplement_ads")
	g.family(vendorPitches, "junk", "vendor_pitch", "vendor_pitch")
	g.family(angryGenuine, "genuine", "genuine", "angry_customer")
	g.family(procurement, "genuine", "genuine", "procurement")
	g.family(consultation, "genuine", "genuine", "consultation")
	g.family(healthDemo, "genuine", "genuine", "health_demo")
	// Round two (see messages.go).
	g.family(abusive2, "junk", "abuse", "abusive")
	g.family(supplementAds2, "junk", "spam", "supplement_ads")
	g.family(vendorPitches2, "junk", "vendor_pitch", "vendor_pitch")
	g.family(genuine2, "genuine", "genuine", "lookalike")
	g.bursts()
	g.busyGenuine()
	// Round three (see messages3.go), under its own source.
	g.source = "kinds-gen-r3"
	g.family(abusive3, "junk", "abuse", "abusive")
	g.family(supplementAds3, "junk", "spam", "supplement_ads")
	g.family(vendorPitches3, "junk", "vendor_pitch", "vendor_pitch")
	g.family(multilingualSpam3, "junk", "spam", "multilingual_spam")
	g.family(genuine3, "genuine", "genuine", "lookalike")
	// Round four (see messages4.go), held out: measured, not tuned on.
	g.source = "kinds-gen-r4"
	g.family(abusive4, "junk", "abuse", "abusive")
	g.family(supplementAds4, "junk", "spam", "supplement_ads")
	g.family(vendorPitches4, "junk", "vendor_pitch", "vendor_pitch")
	g.family(multilingualSpam4, "junk", "spam", "multilingual_spam")
	g.family(genuine4, "genuine", "genuine", "lookalike")
	// Round five (see messages5.go), held out: measured after the rules
	// for rounds three and four, not tuned on.
	g.source = "kinds-gen-r5"
	g.family(abusive5, "junk", "abuse", "abusive")
	g.family(supplementAds5, "junk", "spam", "supplement_ads")
	g.family(vendorPitches5, "junk", "vendor_pitch", "vendor_pitch")
	g.family(multilingualSpam5, "junk", "spam", "multilingual_spam")
	g.family(genuine5, "genuine", "genuine", "lookalike")

	labelled.Shuffle(r, g.recs)
	if err := labelled.Write(*out, g.recs, "k"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

type gen struct {
	r     *rand.Rand
	start time.Time
	recs  []*labelled.Record
	// source tags the records added next; "" is the first rounds'.
	source string
}

// randomTime is a time in September–October 2026.
func (g *gen) randomTime() time.Time {
	return labelled.RandomTime(g.r, g.start)
}

func (g *gen) ip() string {
	return fmt.Sprintf("%d.%d.%d.%d", 11+g.r.IntN(180), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
}

// add dresses a message from a person as a browser submission at time at.
func (g *gen) add(p person, email, msg, form, ip string, at time.Time, label, category, family string) {
	fields := map[string]string{
		"email": email, "first_name": p.first, "last_name": p.last, "company": p.company,
		"job_title": "", "phone": "", "country": strings.ToUpper(p.lang[len(p.lang)-2:]), "message": msg, "website_url": "",
	}
	referer := "https://www.northwind.example/contact"
	if form == "newsletter" {
		fields["company"], fields["message"] = "", ""
		referer = "http://localhost:3000/"
	}
	g.recs = append(g.recs, &labelled.Record{
		FormID: form, SubmittedAt: at.Format(time.RFC3339), Fields: fields,
		Context: map[string]any{
			"ip": ip, "user_agent": agents[g.r.IntN(len(agents))], "accept_language": p.lang + ";q=0.9,en;q=0.8",
			"referer": referer, "elapsed_ms": 15000 + g.r.IntN(90000),
		},
		Label: label, Category: category, Family: family, Source: cmp.Or(g.source, "kinds-gen"),
	})
}

// family adds one record per message, each from a random person at a
// random time.
func (g *gen) family(msgs []string, label, category, family string) {
	for _, m := range msgs {
		p := people[g.r.IntN(len(people))]
		g.add(p, g.address(p), m, "contact-sales", g.ip(), g.randomTime(), label, category, family)
	}
}

func (g *gen) address(p person) string {
	local := strings.ToLower(asciiName(p.first)) + "." + strings.ToLower(asciiName(p.last))
	if g.source != "" {
		// Later rounds write from colleagues of the same firms, so that
		// the set's few senders do not reach the e-mail velocity limit.
		local += fmt.Sprint(len(g.recs))
	}
	return local + "@" + p.domain
}

// asciiName strips a name to ASCII letters for an address (Cyrillic names
// get a Latin stand-in).
func asciiName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case strings.ContainsRune("áàâ", r):
			b.WriteByte('a')
		case strings.ContainsRune("éèê", r):
			b.WriteByte('e')
		case strings.ContainsRune("íı", r):
			b.WriteByte('i')
		}
	}
	if b.Len() == 0 {
		return "d"
	}
	return b.String()
}

// bursts adds runs a script sends: rows seconds apart that look fine one
// by one.
func (g *gen) bursts() {
	for i := range 16 {
		at := g.randomTime()
		n := 4 + g.r.IntN(6)
		kind := i % 4
		base := people[g.r.IntN(len(people))]
		ip := g.ip()
		local := strings.ToLower(asciiName(base.first)) + strings.ToLower(asciiName(base.last))
		for k := range n {
			at = at.Add(time.Duration(3+g.r.IntN(25)) * time.Second)
			p := people[g.r.IntN(len(people))]
			switch kind {
			case 0: // the same message from new senders on new IPs
				g.add(p, g.address(p), burstMessages[i%len(burstMessages)], "contact-sales", g.ip(), at, "junk", "bot", "burst")
			case 1: // one Gmail inbox under many spellings, new IPs
				g.add(base, gmailVariant(local, k), burstMessages[(i+1)%len(burstMessages)], "contact-sales", g.ip(), at, "junk", "bot", "burst")
			case 2: // one IP signs up many addresses on the newsletter
				g.add(p, fmt.Sprintf("%s%d@%s", strings.ToLower(asciiName(p.first)), 10+g.r.IntN(90), p.domain), "", "newsletter", ip, at, "junk", "bot", "burst")
			case 3: // one template filled with each sender's name, new IPs
				msg := "Hi, I am " + p.first + " " + p.last + " from " + p.company + ". Please send me your price list and a brochure."
				g.add(p, g.address(p), msg, "contact-sales", g.ip(), at, "junk", "bot", "burst")
			}
		}
	}
}

// gmailVariant spells one Gmail inbox in its k-th way: Gmail ignores
// dots and anything after a plus, and case.
func gmailVariant(local string, k int) string {
	switch k % 4 {
	case 0:
		return local + "@gmail.com"
	case 1:
		return local + "+" + fmt.Sprint(100+k) + "@gmail.com"
	case 2:
		return local[:2] + "." + local[2:] + "@gmail.com"
	default:
		return strings.ToUpper(local[:1]) + local[1:] + "+promo" + fmt.Sprint(k) + "@googlemail.com"
	}
}

// busyGenuine adds genuine look-alikes of bursts: colleagues behind one
// office IP a few minutes apart, and a rush of different people after a
// webinar sending short requests within minutes of each other.
func (g *gen) busyGenuine() {
	msgs := []string{
		"Could you send me the slides from today's webinar?",
		"Thanks for the webinar, please send the recording.",
		"We'd like a demo for our sales team after today's session.",
		"Please send pricing for the team plan.",
		"Is the recording of the webinar available?",
	}
	for range 4 {
		at := g.randomTime()
		office := g.ip()
		for k := range 3 {
			p := people[g.r.IntN(len(people))]
			at = at.Add(time.Duration(60+g.r.IntN(240)) * time.Second)
			g.add(p, g.address(p), msgs[(k+g.r.IntN(5))%len(msgs)], "contact-sales", office, at, "genuine", "genuine", "busy_genuine")
		}
		for k := range 5 {
			p := people[g.r.IntN(len(people))]
			at = at.Add(time.Duration(10+g.r.IntN(50)) * time.Second)
			g.add(p, g.address(p), msgs[k], "contact-sales", g.ip(), at, "genuine", "genuine", "busy_genuine")
		}
	}
}
