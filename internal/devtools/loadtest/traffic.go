package loadtest

import (
	"encoding/json"
	"fmt"
	"net"
	"strings"
)

// Class is the verdict a generated submission is built to get: the rules
// in config/rules.yaml decide it, the harness only knows what it sent.
type Class string

// Classes of generated submissions.
const (
	Qualified Class = "qualified"
	Nurture   Class = "nurture"
	Junk      Class = "junk"
)

// classes lists the classes in report order.
var classes = []Class{Qualified, Nurture, Junk}

// Mix is the share of each class in the traffic, in percent.
type Mix map[Class]int

// DefaultMix is mostly leads a business wants, with some junk so that the
// latency of every verdict is measured.
var DefaultMix = Mix{Qualified: 45, Nurture: 45, Junk: 10}

// ParseMix reads "qualified=45,nurture=45,junk=10".
func ParseMix(s string) (Mix, error) {
	m := Mix{}
	total := 0
	for _, part := range strings.Split(s, ",") {
		name, pct, ok := strings.Cut(strings.TrimSpace(part), "=")
		var n int
		if _, err := fmt.Sscanf(pct, "%d", &n); !ok || err != nil || n < 0 {
			return nil, fmt.Errorf("mix %q: want class=percent, comma-separated", s)
		}
		c := Class(name)
		if c != Qualified && c != Nurture && c != Junk {
			return nil, fmt.Errorf("mix %q: unknown class %q (qualified, nurture, junk)", s, name)
		}
		m[c] = n
		total += n
	}
	if total != 100 {
		return nil, fmt.Errorf("mix %q: the shares add up to %d, want 100", s, total)
	}
	return m, nil
}

// classOf interleaves the classes: n*37 mod 100 runs through 0..99 once
// in every 100 submissions (37 and 100 share no factor), so each block of
// 100 has exactly the mix's shares, spread out rather than in runs.
func (m Mix) classOf(n int) Class {
	p := n * 37 % 100
	for _, c := range classes {
		if p < m[c] {
			return c
		}
		p -= m[c]
	}
	return classes[len(classes)-1]
}

var (
	firstNames = []string{"Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Laura", "Paul", "Julia", "David",
		"Emma", "Oliver", "Hannah", "Samuel", "Clara", "Daniel", "Nora", "Simon", "Lea", "Tobias", "Grace", "Henry",
		"Isabel", "Martin", "Olivia", "Petra", "Ruth", "Thomas", "Alice", "Victor"}
	lastNames = []string{"Kessler", "Brandt", "Hoffmann", "Weber", "Schneider", "Fischer", "Wagner", "Becker", "Richter",
		"Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Hartmann", "Lange", "Walker", "Bennett", "Carter", "Morgan",
		"Parker", "Hughes", "Foster", "Russell", "Sullivan", "Porter", "Lambert", "Marshall", "Dixon", "Fletcher"}
	// Companies of qualified leads and their mail domains.
	companies = []struct{ name, domain, country string }{
		{"Brandt Maschinenbau", "brandt-maschinenbau.de", "DE"},
		{"Nordhafen Logistik", "nordhafen-logistik.de", "DE"},
		{"Alpenblick Versicherung", "alpenblick-versicherung.at", "AT"},
		{"Kessler Medizintechnik", "kessler-medizintechnik.de", "DE"},
		{"Rheinwerk Energie", "rheinwerk-energie.de", "DE"},
		{"Harbour Point Retail", "harbourpoint-retail.co.uk", "GB"},
		{"Lakeside Freight", "lakeside-freight.com", "US"},
		{"Meridian Components", "meridian-components.com", "US"},
		{"Zürcher Präzision", "zuercher-praezision.ch", "CH"},
		{"Westfield Analytics", "westfield-analytics.com", "CA"},
	}
	qualifiedTitles = []string{"CEO", "Managing Director", "Chief Operating Officer", "VP Sales", "Head of Operations"}
	nurtureTitles   = []string{"Marketing Manager", "Team Lead", "Office Manager"}
	freeMail        = []string{"gmail.com", "gmx.de", "web.de", "outlook.com"}
	smallCompanies  = []string{"Studio Lindner", "Bäckerei Huber", "Kanzlei Roth", "Praxis Seidel", "Atelier Krause"}
	junkDomains     = []string{"mailinator.com", "yopmail.com", "guerrillamail.com"}
)

// Submission is one generated form post and what became of it.
type Submission struct {
	Seq   int
	Class Class
	// Email is unique in the run: it finds the stored lead and its mail.
	Email  string
	Fields map[string]string
	// SourceIP is the loopback address the post is sent from.
	SourceIP net.IP

	Result Result
	// Retry is the answer to the same post sent again after the load,
	// as a client honouring a 503's Retry-After would; zero when the
	// first answer was not 503.
	Retry Result
}

// submission builds the n-th submission of a run.
func submission(n int, class Class) *Submission {
	first := firstNames[n%len(firstNames)]
	last := lastNames[(n/len(firstNames))%len(lastNames)]
	// first.last plus the sequence number makes the address unique; digits
	// after a name are common in real addresses and no screening signal.
	local := strings.ToLower(ascii(first) + "." + ascii(last) + fmt.Sprint(n))
	f := map[string]string{
		"first_name": first,
		"last_name":  last,
		"consent":    "yes",
	}
	switch class {
	case Qualified:
		// C-level or VP, €25k–100k, this quarter, 51-200 people, a company
		// domain: every fit rule points up and budget and authority are known.
		co := companies[n%len(companies)]
		f["email"] = local + "@" + co.domain
		f["company"] = co.name
		f["country"] = co.country
		f["job_title"] = qualifiedTitles[n%len(qualifiedTitles)]
		f["company_size"] = "51-200"
		f["budget"] = "€25k–100k"
		f["timeline"] = "This quarter"
		f["product_interest"] = "Analytics Suite"
	case Nurture:
		// A small company on free mail, buying next year with a small
		// budget: a genuine person, far from sales-ready (long-term segment).
		f["email"] = local + "@" + freeMail[n%len(freeMail)]
		f["company"] = smallCompanies[n%len(smallCompanies)]
		f["country"] = "DE"
		f["job_title"] = nurtureTitles[n%len(nurtureTitles)]
		f["company_size"] = "11-50"
		f["budget"] = "€5k–25k"
		f["timeline"] = "Next year"
	case Junk:
		// A throw-away address: junk on its own, whatever else is filled in.
		f["email"] = local + "@" + junkDomains[n%len(junkDomains)]
		f["company"] = companies[n%len(companies)].name
		f["country"] = "DE"
		f["job_title"] = "CEO"
		f["company_size"] = "51-200"
		f["budget"] = "€25k–100k"
		f["timeline"] = "This quarter"
	}
	return &Submission{Seq: n, Class: class, Email: f["email"], Fields: f, SourceIP: sourceIP(n)}
}

// body is the JSON a page's script posts, with the render token.
func (s *Submission) body(token string) []byte {
	m := make(map[string]string, len(s.Fields)+1)
	for k, v := range s.Fields {
		m[k] = v
	}
	m["_token"] = token
	b, _ := json.Marshal(m)
	return b
}

// sourceIP gives submission n its own loopback address, 127.10.0.1 up: the
// rules allow five posts per address and hour, and the local server uses
// the connection's address as the visitor's.
func sourceIP(n int) net.IP {
	n++ // skip 127.10.0.0
	return net.IPv4(127, byte(10+n>>16), byte(n>>8), byte(n))
}

func ascii(s string) string {
	return strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss").Replace(strings.ToLower(s))
}
