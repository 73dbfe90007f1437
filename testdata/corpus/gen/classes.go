package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/unicode/norm"
)

type nameList struct {
	first, last, legal, words []string
}

type sources struct {
	names                           map[string]*nameList
	genuineEN, links, short, vendor []string
	spamForm, testMsgs, jobTitles   []string
	spamAssassin, browsers, bots    []string
	disposable, companyWords        []string
	genuineOther                    map[string][]string
}

type gen struct {
	r   *rand.Rand
	src *sources
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// locale picks a locale by weight.
func (g *gen) locale() localeInfo {
	total := 0
	for _, l := range locales {
		total += l.weight
	}
	x := g.r.IntN(total)
	for _, l := range locales {
		if x < l.weight {
			return l
		}
		x -= l.weight
	}
	return locales[0]
}

// person is a generated identity.
type person struct {
	loc         localeInfo
	first, last string
	company     string
	domain      string
	emailLocal  string
}

// name returns a first and last name of the locale, falling back to
// English lists where a locale lacks one.
func (g *gen) name(loc localeInfo) (string, string) {
	nl := g.src.names[loc.locale]
	en := g.src.names["en"]
	first, last := en.first, en.last
	if nl != nil && len(nl.first) > 0 {
		first = nl.first
	}
	if nl != nil && len(nl.last) > 0 {
		last = nl.last
	}
	return g.pick(first), g.pick(last)
}

// ascii folds a name to lower-case ASCII letters for e-mail and domains;
// it returns "" for names in non-Latin scripts.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ø':
			b.WriteRune('o')
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ł':
			b.WriteRune('l')
		case r == 'đ':
			b.WriteRune('d')
		case r == 'ı':
			b.WriteRune('i')
		}
	}
	return b.String()
}

func titleWord(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// company invents a company of the locale and its domain.
func (g *gen) company(loc localeInfo) (string, string) {
	nl := g.src.names[loc.locale]
	en := g.src.names["en"]
	legal := en.legal
	if nl != nil && len(nl.legal) > 0 {
		legal = nl.legal
	}
	_, last := g.name(loc)
	_, last2 := g.name(loc)
	kinds := []string{"Labs", "Systems", "Group", "Solutions", "Partners", "Studio", "Digital", "Logistics", "Health", "Foods", "Consulting", "Manufacturing", "Software", "Analytics", "Hotels", "Dental"}
	latin := ascii(last) != ""
	var name, base string
	switch x := g.r.IntN(6); {
	case x == 0:
		name, base = last+" "+g.pick(legal), last
	case x == 1:
		name, base = last+" & "+last2, last+last2
	case x == 2 && latin:
		w := g.pick(g.src.companyWords)
		name, base = last+" "+g.pick(kinds), last
		if g.chance(0.5) {
			name, base = w+" "+g.pick(kinds), w
		}
	default:
		w := g.pick(g.src.companyWords)
		name, base = w+" "+g.pick(kinds), w
		if g.chance(0.4) {
			name += " " + g.pick(legal)
		}
	}
	slug := ascii(base)
	if len(slug) < 3 && len(loc.roman) > 0 {
		slug = strings.ReplaceAll(g.pick(loc.roman), ".", "") + g.pick([]string{"tech", "group", "trade", "soft", "corp"})
	}
	if len(slug) < 3 {
		slug = "firm" + fmt.Sprint(g.r.IntN(900)+100)
	}
	if len(slug) > 24 {
		slug = slug[:24]
	}
	return name, slug + "." + loc.tld
}

// regionalFreeMail lists the free-mail providers popular in a region,
// besides the global ones.
var regionalFreeMail = map[string][]string{
	"DE": {"gmx.de", "web.de", "t-online.de"}, "CH": {"bluewin.ch", "gmx.ch"}, "FR": {"orange.fr", "free.fr", "laposte.net"},
	"IT": {"libero.it", "virgilio.it"}, "RU": {"mail.ru", "yandex.ru"}, "UA": {"ukr.net"}, "CN": {"qq.com", "163.com", "126.com"},
	"KR": {"naver.com", "daum.net"}, "JP": {"yahoo.co.jp"}, "PL": {"wp.pl", "o2.pl", "onet.pl"}, "CZ": {"seznam.cz"},
	"BR": {"uol.com.br", "bol.com.br"}, "IN": {"rediffmail.com"}, "AU": {"bigpond.com"}, "TR": {"hotmail.com.tr"},
}

// freeMailDomain picks a free-mail domain for a person of the locale.
func (g *gen) freeMailDomain(loc localeInfo) string {
	if rs := regionalFreeMail[loc.region]; len(rs) > 0 && g.chance(0.5) {
		return g.pick(rs)
	}
	return g.pick(freeMail[:12])
}

// newPerson makes a genuine-looking person working at a company.
func (g *gen) newPerson(loc localeInfo) person {
	p := person{loc: loc}
	p.first, p.last = g.name(loc)
	p.company, p.domain = g.company(loc)
	f, l := ascii(p.first), ascii(p.last)
	if f == "" || l == "" {
		if len(loc.roman) > 0 {
			p.emailLocal = g.pick(loc.roman)
			if g.chance(0.4) {
				p.emailLocal += "." + string(rune('a'+g.r.IntN(26)))
			}
		} else {
			p.emailLocal = "office"
		}
		return p
	}
	f, l = firstToken(f, p.first), firstToken(l, p.last)
	switch g.r.IntN(6) {
	case 0, 1:
		p.emailLocal = f + "." + l
	case 2:
		p.emailLocal = f[:1] + l
	case 3:
		p.emailLocal = f
	case 4:
		p.emailLocal = f + "_" + l
	default:
		p.emailLocal = f[:1] + "." + l
	}
	return p
}

// firstToken returns the ASCII form of the first word of a multi-word name.
func firstToken(folded, orig string) string {
	if i := strings.IndexAny(orig, " -"); i > 0 {
		if a := ascii(orig[:i]); a != "" {
			return a
		}
	}
	return folded
}

// freeMailLocal is how people name personal mailboxes.
func (g *gen) freeMailLocal(p person) string {
	base := p.emailLocal
	if strings.Contains(base, "office") {
		base = "contact"
	}
	switch g.r.IntN(4) {
	case 0:
		return base + fmt.Sprint(g.r.IntN(90)+10)
	case 1:
		return base + fmt.Sprint(1960+g.r.IntN(45))
	default:
		return base
	}
}

func (g *gen) fill(tmpl string, p person) string {
	rep := strings.NewReplacer(
		"{first}", p.first,
		"{company}", p.company,
		"{n}", fmt.Sprint([]int{200, 500, 800, 1200, 3000, 5000, 10000, 25000}[g.r.IntN(8)]),
		"{seats}", fmt.Sprint([]int{3, 5, 8, 12, 20, 35, 50, 120}[g.r.IntN(8)]),
		"{tool}", g.pick(tools),
		"{city}", g.pick(p.loc.cities),
		"{weekday}", g.pick([]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}),
		"{month}", g.pick([]string{"January", "February", "March", "April", "May", "June"}),
		"{site}", p.domain,
		"{url}", g.spamURL(),
		"{email}", g.spamEmail(),
		"{phone}", g.spamPhone(),
	)
	return rep.Replace(tmpl)
}

// phone returns a valid number of the region, formatted as people type it.
func (g *gen) phone(region string) string {
	ex := phonenumbers.GetExampleNumberForType(region, phonenumbers.MOBILE)
	if ex == nil {
		ex = phonenumbers.GetExampleNumber(region)
	}
	if ex == nil {
		return ""
	}
	for try := 0; try < 20; try++ {
		cc := ex.GetCountryCode()
		// Replace the last four digits; keep it if still valid.
		nat := ex.GetNationalNumber()/10000*10000 + uint64(g.r.IntN(10000))
		n := &phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &nat, ItalianLeadingZero: ex.ItalianLeadingZero}
		if phonenumbers.IsValidNumber(n) {
			switch g.r.IntN(3) {
			case 0:
				return phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
			case 1:
				return phonenumbers.Format(n, phonenumbers.E164)
			default:
				return phonenumbers.Format(n, phonenumbers.NATIONAL)
			}
		}
	}
	return phonenumbers.Format(ex, phonenumbers.INTERNATIONAL)
}

// ip returns a public-looking IPv4 address or, sometimes, an IPv6 one.
func (g *gen) ip() string {
	if g.chance(0.12) {
		return fmt.Sprintf("2a0%d:%x:%x::%x", g.r.IntN(10), g.r.IntN(0xffff), g.r.IntN(0xffff), g.r.IntN(0xffff))
	}
	for {
		a := 1 + g.r.IntN(223)
		if a == 10 || a == 127 || a == 100 || a == 169 || a == 172 || a == 192 {
			continue
		}
		return fmt.Sprintf("%d.%d.%d.%d", a, g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	}
}

func (g *gen) elapsed(lo, hi float64) *int64 {
	v := int64(math.Exp(math.Log(lo) + g.r.Float64()*(math.Log(hi)-math.Log(lo))))
	return &v
}

// browserContext is what a person's browser sends.
func (g *gen) browserContext(loc localeInfo) Context {
	c := Context{UserAgent: g.pick(g.src.browsers), AcceptLanguage: loc.lang, ElapsedMS: g.elapsed(8000, 600000)}
	if g.chance(0.15) {
		c.AcceptLanguage = "en-US,en;q=0.9"
	}
	if g.chance(0.05) {
		c.ElapsedMS = nil // exported without timing
	}
	return c
}

// baseLead fills a lead's fields from a person.
func (g *gen) baseLead(r *Record, p person, email string) {
	r.Fields.FirstName, r.Fields.LastName = p.first, p.last
	r.Fields.Email = email
	if g.chance(0.88) {
		r.Fields.Company = p.company
	}
	if g.chance(0.7) {
		r.Fields.JobTitle = g.jobTitle(p.loc)
	}
	if g.chance(0.6) {
		r.Fields.Phone = g.phone(p.loc.region)
	}
	if g.chance(0.8) {
		r.Fields.Country = p.loc.country
		if g.chance(0.3) {
			r.Fields.Country = p.loc.region
		}
	}
	r.Context = g.browserContext(p.loc)
}

// jobTitle picks an English title or, sometimes, one in the locale's language.
func (g *gen) jobTitle(loc localeInfo) string {
	var en, local []string
	for _, t := range g.src.jobTitles {
		if lang, title, ok := strings.Cut(t, "\t"); ok {
			if lang == loc.msgLang {
				local = append(local, title)
			}
			continue
		}
		en = append(en, t)
	}
	if len(local) > 0 && g.chance(0.35) {
		return g.pick(local)
	}
	return g.pick(en)
}

func (g *gen) genuineMessage(p person) string {
	if p.loc.msgLang != "" && g.chance(0.3) {
		if ms := g.src.genuineOther[p.loc.msgLang]; len(ms) > 0 {
			return g.fill(g.pick(ms), p)
		}
	}
	if g.chance(0.06) {
		return ""
	}
	return g.fill(g.pick(g.src.genuineEN), p)
}

func (g *gen) genuine(r *Record) {
	p := g.newPerson(g.locale())
	g.baseLead(r, p, p.emailLocal+"@"+p.domain)
	r.Fields.Message = g.genuineMessage(p)
}

func (g *gen) genuineFreeMail(r *Record) {
	p := g.newPerson(g.locale())
	g.baseLead(r, p, g.freeMailLocal(p)+"@"+g.freeMailDomain(p.loc))
	if g.chance(0.5) {
		r.Fields.JobTitle = g.pick([]string{"Owner", "Founder", "CEO", "Owner/Manager", "Director", ""})
	}
	if g.chance(0.3) {
		r.Fields.Company = ""
	}
	r.Fields.Message = g.genuineMessage(p)
}

func (g *gen) genuineRole(r *Record) {
	p := g.newPerson(g.locale())
	role := g.pick([]string{"sales", "info", "office", "contact", "marketing", "hello", "team", "purchasing", "it"})
	g.baseLead(r, p, role+"@"+p.domain)
	r.Fields.Message = g.genuineMessage(p)
}

func (g *gen) genuineNonEnglish(r *Record) {
	var p person
	for {
		p = g.newPerson(g.locale())
		if p.loc.msgLang != "" {
			break
		}
	}
	g.baseLead(r, p, p.emailLocal+"@"+p.domain)
	r.Fields.Message = g.fill(g.pick(g.src.genuineOther[p.loc.msgLang]), p)
	r.Context.AcceptLanguage = p.loc.lang
}

func (g *gen) genuineLink(r *Record) {
	p := g.newPerson(g.locale())
	g.baseLead(r, p, p.emailLocal+"@"+p.domain)
	r.Fields.Message = g.fill(g.pick(g.src.links), p)
}

func (g *gen) genuineShort(r *Record) {
	p := g.newPerson(g.locale())
	email := p.emailLocal + "@" + p.domain
	if g.chance(0.4) {
		email = g.freeMailLocal(p) + "@" + g.freeMailDomain(p.loc)
	}
	g.baseLead(r, p, email)
	r.Fields.Message = g.pick(g.src.short)
	if g.chance(0.3) {
		r.Fields.Message = ""
	}
	// Short forms are quick to fill in, but still take a person seconds.
	r.Context.ElapsedMS = g.elapsed(5000, 60000)
}

func (g *gen) genuineLowercase(r *Record) {
	p := g.newPerson(g.locale())
	g.baseLead(r, p, p.emailLocal+"@"+p.domain)
	r.Fields.FirstName, r.Fields.LastName = strings.ToLower(p.first), strings.ToLower(p.last)
	r.Fields.Company = strings.ToLower(r.Fields.Company)
	r.Fields.Message = strings.ToLower(g.genuineMessage(p))
}

// spamURL invents a spammer's link.
func (g *gen) spamURL() string {
	words := []string{"seo", "rank", "boost", "traffic", "links", "crypto", "profit", "loan", "deal", "promo", "best", "top", "growth", "leads", "win"}
	tlds := []string{"xyz", "top", "online", "site", "shop", "info", "ru", "click", "biz", "com"}
	host := g.pick(words) + g.pick(words) + fmt.Sprint(g.r.IntN(100))
	path := g.pick([]string{"", "/offer", "/?ref=" + fmt.Sprint(g.r.IntN(99999)), "/go", "/free-trial"})
	return "https://" + host + "." + g.pick(tlds) + path
}

func (g *gen) spamEmail() string {
	return g.pick([]string{"sales", "offer", "seo.team", "promo", "contact"}) + fmt.Sprint(g.r.IntN(1000)) + "@" + g.pick([]string{"gmail.com", "outlook.com", "yahoo.com", "proton.me"})
}

func (g *gen) spamPhone() string {
	return fmt.Sprintf("+%d %d %04d %04d", []int{1, 44, 91, 92, 234, 63}[g.r.IntN(6)], 100+g.r.IntN(900), g.r.IntN(10000), g.r.IntN(10000))
}

// spamText is a SpamAssassin snippet or a modern form-spam template.
func (g *gen) spamText() string {
	var t string
	if g.chance(0.5) {
		t = g.pick(g.src.spamAssassin)
	} else {
		t = g.pick(g.src.spamForm)
	}
	t = g.fill(t, person{loc: locales[0]})
	if !strings.Contains(t, "http") && g.chance(0.6) {
		t += " " + g.spamURL()
	}
	return t
}

func (g *gen) bot(r *Record) {
	en := locales[0]
	switch g.r.IntN(4) {
	case 0: // the same token in every field
		tok := g.pick([]string{"test", "John", "Robertmit", "Crytoinvest", "HenryDob"}) + fmt.Sprint(g.r.IntN(100))
		r.Fields = Fields{FirstName: tok, LastName: tok, Company: tok, JobTitle: tok, Email: strings.ToLower(tok) + "@" + g.pick(freeMail[:8]), Message: g.spamText()}
	case 1: // real-looking name, spam payload
		f, l := g.name(en)
		r.Fields = Fields{FirstName: f, LastName: l, Email: ascii(f) + fmt.Sprint(g.r.IntN(9999)) + "@" + g.pick(freeMail[:8]), Message: g.spamText(), Phone: g.spamPhone()}
	case 2: // CamelCase mash bots send
		tok := titleWord(randomLetters(g.r, 6+g.r.IntN(6))) + titleWord(randomLetters(g.r, 3+g.r.IntN(4)))
		r.Fields = Fields{FirstName: tok, LastName: tok[:3], Email: strings.ToLower(tok) + "@" + g.pick(freeMail[:8]), Message: g.spamText()}
	default: // empty message, link in the company field
		f, l := g.name(en)
		r.Fields = Fields{FirstName: f, LastName: l, Company: g.spamURL(), Email: ascii(l) + "." + ascii(f) + fmt.Sprint(g.r.IntN(99)) + "@" + g.pick(freeMail[:8])}
	}
	// Most bots fill the honeypot; the rest are caught only by speed,
	// client or content.
	if g.chance(0.6) {
		r.Fields.WebsiteURL = g.pick([]string{g.spamURL(), "http://" + randomLetters(g.r, 8) + ".com", r.Fields.FirstName, "1"})
	}
	switch x := g.r.IntN(10); {
	case x < 5:
		r.Context = Context{UserAgent: g.pick(g.src.bots), ElapsedMS: g.elapsed(150, 2500), Referer: "-"}
	case x < 8:
		r.Context = Context{UserAgent: g.pick(g.src.bots), AcceptLanguage: "en-US,en;q=0.5", ElapsedMS: g.elapsed(300, 4000)}
	default: // looks like a browser
		r.Context = Context{UserAgent: g.pick(g.src.browsers), AcceptLanguage: "en-US,en;q=0.9", ElapsedMS: g.elapsed(2000, 20000)}
	}
	if g.chance(0.2) {
		r.Context.ElapsedMS = nil
	}
}

func (g *gen) spam(r *Record) {
	loc := g.locale()
	if g.chance(0.6) {
		loc = locales[g.r.IntN(6)] // English-speaking senders dominate
	}
	f, l := g.name(loc)
	email := ascii(f) + "." + ascii(l) + fmt.Sprint(g.r.IntN(999)) + "@" + g.pick(freeMail[:8])
	if ascii(f) == "" {
		email = g.spamEmail()
	}
	r.Fields = Fields{FirstName: f, LastName: l, Email: email, Message: g.spamText()}
	if g.chance(0.3) {
		r.Fields.Company = g.pick([]string{"SEO Agency", "Digital Marketing", "Web Solutions", "Growth Hackers Ltd", "Investments"})
	}
	if g.chance(0.4) {
		r.Fields.Phone = g.spamPhone()
	}
	if g.chance(0.5) {
		r.Fields.Country = g.pick([]string{"United States", "India", "Pakistan", "Nigeria", "United Kingdom", "Philippines"})
	}
	r.Context = Context{UserAgent: g.pick(g.src.browsers), AcceptLanguage: g.pick([]string{"en-US,en;q=0.9", "en-GB,en;q=0.8", "", "en"}), ElapsedMS: g.elapsed(2500, 90000)}
}

func (g *gen) vendorPitch(r *Record) {
	loc := g.locale()
	p := g.newPerson(loc)
	g.baseLead(r, p, p.emailLocal+"@"+p.domain)
	r.Fields.JobTitle = g.pick([]string{"Business Development Manager", "Account Executive", "Partnership Manager", "Sales Representative", "Growth Consultant", "SDR", "Founder", "Head of Partnerships", ""})
	target := person{loc: loc, first: g.pick([]string{"there", "team"}), company: "your company", domain: p.domain}
	r.Fields.Message = g.fill(g.pick(g.src.vendor), target)
}

func (g *gen) disposable(r *Record) {
	p := g.newPerson(g.locale())
	domain := g.pick(g.src.disposable)
	if g.chance(0.25) {
		domain = g.pick([]string{"mx", "inbox", "u", "mail", randomLetters(g.r, 5)}) + "." + domain
	}
	local := p.emailLocal
	if g.chance(0.5) {
		local = randomLetters(g.r, 6) + fmt.Sprint(g.r.IntN(999))
	}
	g.baseLead(r, p, local+"@"+domain)
	if g.chance(0.5) {
		r.Fields.Message = g.genuineMessage(p)
	} else {
		r.Fields.Message = g.pick(g.src.short)
	}
	if g.chance(0.4) {
		r.Fields.Company = ""
	}
}

func (g *gen) invalidEmail(r *Record) {
	p := g.newPerson(g.locale())
	l, d := p.emailLocal, p.domain
	bad := []string{
		l + "@" + strings.TrimSuffix(d, "."+p.loc.tld),
		l + "@@" + d,
		strings.ReplaceAll(l, ".", " ") + " @" + d,
		l + "." + d,
		"@" + d,
		l + "@" + d + "..",
		l + "@example.com",
		l + "@mail.example.org",
		l + "@company.test",
		l + "@localhost",
		l + "@" + strings.Replace(d, ".", ",", 1),
		l,
		l + "@gmail",
	}
	g.baseLead(r, p, g.pick(bad))
	r.Fields.Message = g.genuineMessage(p)
}

// randomLetters types n letters, some keyboard mash and some random.
func randomLetters(r *rand.Rand, n int) string {
	const rowsMash = "asdfghjklqwertyuiopzxcvbnm"
	var b strings.Builder
	switch r.IntN(3) {
	case 0: // home row hammering
		for i := 0; i < n; i++ {
			b.WriteByte("asdfghjkl"[r.IntN(9)])
		}
	case 1: // any letter
		for i := 0; i < n; i++ {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
	default: // a run along the keyboard with repeats
		start := r.IntN(len(rowsMash) - 4)
		for i := 0; i < n; i++ {
			b.WriteByte(rowsMash[start+i%4])
		}
	}
	return b.String()
}

func (g *gen) gibberish(r *Record) {
	loc := g.locale()
	first := randomLetters(g.r, 4+g.r.IntN(6))
	last := randomLetters(g.r, 4+g.r.IntN(8))
	if g.chance(0.3) {
		first = titleWord(first)
		last = titleWord(last)
	}
	email := randomLetters(g.r, 5+g.r.IntN(6)) + "@" + g.pick(freeMail[:8])
	if g.chance(0.3) {
		email = randomLetters(g.r, 4) + "@" + randomLetters(g.r, 5) + ".com"
	}
	r.Fields = Fields{FirstName: first, LastName: last, Email: email}
	if g.chance(0.5) {
		r.Fields.Company = randomLetters(g.r, 5+g.r.IntN(5))
	}
	if g.chance(0.6) {
		r.Fields.Message = randomLetters(g.r, 6+g.r.IntN(20))
	}
	if g.chance(0.3) {
		r.Fields.Phone = g.phone(loc.region)
	}
	r.Context = g.browserContext(loc)
	r.Context.ElapsedMS = g.elapsed(3000, 40000)
}

func (g *gen) testEntry(r *Record) {
	loc := g.locale()
	names := [][2]string{{"Test", "Test"}, {"test", "user"}, {"John", "Doe"}, {"Jane", "Doe"}, {"Foo", "Bar"}, {"QA", "Tester"}, {"Test", "Lead"}, {"Max", "Mustermann"}, {"asdf", "asdf"}}
	n := names[g.r.IntN(len(names))]
	emails := []string{
		"test@test.com", "test@gmial.com", "test@hotmial.com", "a@a.com", "test123@gmail.con",
		"qa+" + fmt.Sprint(g.r.IntN(999)) + "@test.com", "john.doe@gmail.com", "test@yahooo.com", "foo@bar.com", "asdf@asdf.com",
	}
	r.Fields = Fields{FirstName: n[0], LastName: n[1], Email: g.pick(emails), Message: g.pick(g.src.testMsgs)}
	if g.chance(0.5) {
		r.Fields.Company = g.pick([]string{"Test", "ACME", "Test Company", "test inc", "Company"})
	}
	if g.chance(0.4) {
		r.Fields.Phone = g.pick([]string{"123456789", "0123456789", "+1 555 0100", "1111111111"})
	}
	r.Context = g.browserContext(loc)
	r.Context.ElapsedMS = g.elapsed(2500, 30000)
}

func (g *gen) fakePhone(r *Record) {
	p := g.newPerson(g.locale())
	email := p.emailLocal + "@" + p.domain
	if g.chance(0.5) {
		email = g.freeMailLocal(p) + "@" + g.freeMailDomain(p.loc)
	}
	g.baseLead(r, p, email)
	r.Fields.Phone = g.pick([]string{"1234567890", "0000000000", "+1 (555) 555-5555", "111-111-1111", "9999999999", "123456", "+44 1234 567890", "+49 000 0000000", "12345678", "0", "5555555"})
	r.Fields.Message = g.pick(g.src.short)
	if g.chance(0.5) {
		r.Fields.Message = g.genuineMessage(p)
	}
}
