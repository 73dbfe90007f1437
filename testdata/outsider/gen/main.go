// Command gen writes the outsider corpus: labelled form submissions made
// by generator families written from a list of real-world junk kinds, not
// from the screening code, so that the screener can be measured on data its
// authors never tuned against. See ../README.md.
//
//	go run ./testdata/outsider/gen            # writes testdata/outsider/*.jsonl
//	go run ./testdata/outsider/gen -out DIR   # writes elsewhere
//
// The output is a pure function of the seed and the files under data/:
// every family draws from its own random stream, so changing one family
// leaves the others' records as they were (ids aside).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Source is the value of every record's "source" key.
const Source = "outsider-gen"

// DefaultSeed makes the committed files; change it only with them.
const DefaultSeed = 20261206

// Fields are the form fields in the order the batch format lists them.
// Every key is always present, empty when not filled in.
type Fields struct {
	Email      string `json:"email"`
	FirstName  string `json:"first_name"`
	LastName   string `json:"last_name"`
	Company    string `json:"company"`
	JobTitle   string `json:"job_title"`
	Phone      string `json:"phone"`
	Country    string `json:"country"`
	Message    string `json:"message"`
	WebsiteURL string `json:"website_url"`
}

// Context is the request context of a submission.
type Context struct {
	IP             string `json:"ip"`
	UserAgent      string `json:"user_agent"`
	AcceptLanguage string `json:"accept_language"`
	Referer        string `json:"referer"`
	ElapsedMS      *int64 `json:"elapsed_ms,omitempty"`
}

// Record is one line of a family file.
type Record struct {
	ID          string  `json:"id"`
	FormID      string  `json:"form_id"`
	SubmittedAt string  `json:"submitted_at"`
	Fields      Fields  `json:"fields"`
	Context     Context `json:"context"`
	Label       string  `json:"label"`
	Category    string  `json:"category"`
	Family      string  `json:"family"`
	Source      string  `json:"source"`

	at time.Time // set by the family when it chooses the time itself (bursts)
}

// family is one independent generator: it returns n records of its kind.
type family struct {
	name  string
	label string
	n     int
	make  func(g *gen, n int) []Record
}

// families lists every generator with its size. Order does not matter for
// the records a family makes (each has its own stream).
var families = []family{
	// genuine
	{"business", "genuine", 230, genBusiness},
	{"consultation", "genuine", 240, genConsultation},
	{"one_line", "genuine", 180, genOneLine},
	{"procurement", "genuine", 170, genProcurement},
	{"autofill", "genuine", 180, genAutofill},
	{"world_names", "genuine", 250, genWorldNames},
	{"free_mail", "genuine", 190, genFreeMail},
	{"role_account", "genuine", 170, genRoleAccount},
	{"lowercase", "genuine", 170, genLowercase},
	{"own_link", "genuine", 170, genOwnLink},
	// junk
	{"disposable", "junk", 190, genDisposable},
	{"url_in_name", "junk", 150, genURLInName},
	{"vendor_pitch", "junk", 190, genVendorPitch},
	{"multilingual_spam", "junk", 220, genMultilingualSpam},
	{"test_entry", "junk", 180, genTestEntry},
	{"keyboard_mash", "junk", 160, genKeyboardMash},
	{"invalid_email", "junk", 170, genInvalidEmail},
	{"content_bot", "junk", 170, genContentBot},
	{"burst", "junk", 160, genBurst},
	{"abusive", "junk", 150, genAbusive},
	{"supplement_ads", "junk", 150, genSupplementAds},
	{"fast_bot", "junk", 150, genFastBot},
}

func main() {
	out := flag.String("out", filepath.Join("testdata", "outsider"), "folder for the <family>.jsonl files")
	seed := flag.Uint64("seed", DefaultSeed, "random seed")
	flag.Parse()
	files, err := generate(*seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(*out, n), files[n], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// generate makes every family and returns file name -> JSON Lines bytes.
func generate(seed uint64) (map[string][]byte, error) {
	var all []Record
	for _, f := range families {
		h := fnv.New64a()
		h.Write([]byte(f.name))
		g := &gen{r: rand.New(rand.NewPCG(seed, h.Sum64()))}
		recs := f.make(g, f.n)
		if len(recs) != f.n {
			return nil, fmt.Errorf("family %s made %d records, want %d", f.name, len(recs), f.n)
		}
		for i := range recs {
			r := &recs[i]
			r.Family, r.Source, r.Label = f.name, Source, f.label
			if r.Category == "" {
				return nil, fmt.Errorf("family %s: record without category", f.name)
			}
			if r.at.IsZero() {
				r.at = g.when()
			}
			r.SubmittedAt = r.at.UTC().Format(time.RFC3339)
			if r.FormID == "" {
				r.FormID = "contact-sales"
			}
		}
		all = append(all, recs...)
	}
	// Ids are handed out after a shuffle across families, so an id says
	// nothing about the family or the label.
	mix := rand.New(rand.NewPCG(seed, 1))
	mix.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	byFamily := map[string][]Record{}
	for i := range all {
		all[i].ID = fmt.Sprintf("ox%05d", i+1)
		byFamily[all[i].Family] = append(byFamily[all[i].Family], all[i])
	}
	files := map[string][]byte{}
	for name, recs := range byFamily {
		sort.Slice(recs, func(i, j int) bool { return recs[i].ID < recs[j].ID })
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // keep <script> probes readable in a diff
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				return nil, err
			}
		}
		files[name+".jsonl"] = buf.Bytes()
	}
	return files, nil
}

// gen wraps one family's random stream with the draws every family shares.
type gen struct{ r *rand.Rand }

func (g *gen) intn(n int) int           { return g.r.IntN(n) }
func (g *gen) between(lo, hi int) int   { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool    { return g.r.Float64() < p }
func (g *gen) pick(xs []string) string  { return xs[g.r.IntN(len(xs))] }
func (g *gen) pickLoc() *locale         { return locales[g.r.IntN(len(locales))] }
func (g *gen) pickN(xs []string) string { return strings.TrimSpace(g.pick(xs)) }
func (g *gen) shuffle(xs []string) {
	g.r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}
func (g *gen) digits(n int) string { return g.charsFrom("0123456789", n) }
func (g *gen) lower(n int) string  { return g.charsFrom("abcdefghijklmnopqrstuvwxyz", n) }
func (g *gen) alnum(n int) string  { return g.charsFrom("abcdefghijklmnopqrstuvwxyz0123456789", n) }
func (g *gen) maybe(p float64, s string) string {
	if g.chance(p) {
		return s
	}
	return ""
}

func (g *gen) charsFrom(set string, n int) string {
	rs := []rune(set)
	b := make([]rune, n)
	for i := range b {
		b[i] = rs[g.intn(len(rs))]
	}
	return string(b)
}

// weighted picks an index with the given weights.
func (g *gen) weighted(ws ...int) int {
	total := 0
	for _, w := range ws {
		total += w
	}
	x := g.intn(total)
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// epoch starts the 61-day window that every submission falls in.
var epoch = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)

// when draws a submission time the same way for every family: any day,
// more often in working hours (UTC spread over the senders' time zones).
func (g *gen) when() time.Time {
	day := g.intn(61)
	var hour int
	if g.chance(0.7) {
		hour = g.between(6, 18)
	} else {
		hour = g.intn(24)
	}
	return epoch.Add(time.Duration(day)*24*time.Hour + time.Duration(hour)*time.Hour +
		time.Duration(g.intn(3600))*time.Second)
}

// ip draws a public-looking IPv4 address (no private, loopback, multicast
// or reserved first octets) or, one time in six, an IPv6 address in the
// global unicast space.
func (g *gen) ip() string {
	if g.chance(1.0 / 6) {
		return fmt.Sprintf("2%03x:%x:%x:%x::%x", g.between(0x400, 0xa0f), g.intn(0xffff), g.intn(0xffff), g.intn(0xffff), g.between(1, 0xffff))
	}
	for {
		a := g.between(1, 223)
		switch a {
		case 10, 100, 127, 169, 172, 192, 198, 203:
			continue
		}
		return fmt.Sprintf("%d.%d.%d.%d", a, g.intn(256), g.intn(256), g.between(1, 254))
	}
}

// browserUA draws a current desktop or mobile browser user agent.
func (g *gen) browserUA() string {
	chrome := g.between(128, 141)
	switch g.weighted(34, 14, 12, 10, 12, 8, 6, 4) {
	case 0:
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36", chrome)
	case 1:
		return fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36", chrome)
	case 2:
		return fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Safari/605.1.15", g.between(17, 26), g.intn(4))
	case 3:
		v := g.between(128, 145)
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0", v, v)
	case 4:
		return fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Mobile/15E148 Safari/604.1", g.between(17, 19), g.intn(6), g.between(17, 19), g.intn(6))
	case 5:
		return fmt.Sprintf("Mozilla/5.0 (Linux; Android %d; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36", g.between(12, 16), chrome)
	case 6:
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.%d.%d", chrome, chrome, g.between(2000, 3500), g.between(10, 99))
	default:
		v := g.between(128, 145)
		return fmt.Sprintf("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0", v, v)
	}
}

var pages = split("/contact|/contact|/contact-sales|/pricing|/demo|/|/product|/solutions/logistics|/blog/cold-chain-visibility|/de/kontakt|/fr/contact|/es/contacto")

// referer draws the form page a browser would send for a form.
func (g *gen) referer(form string) string {
	if form == "newsletter" {
		return "http://localhost:3000" + g.pick(split("/|/blog|/blog/2026-roadmap|/newsletter"))
	}
	ref := "https://www.northwind.example" + g.pick(pages)
	if g.chance(0.15) {
		ref += "?utm_source=" + g.pick(split("google|linkedin|newsletter|bing|capterra|g2")) + "&utm_medium=" + g.pick(split("cpc|social|email|referral"))
	}
	return ref
}

// humanMS draws how long a person takes to fill the form: mostly 15 s to
// 3 min, some much longer (a tab left open).
func (g *gen) humanMS() int64 {
	switch g.weighted(70, 20, 10) {
	case 0:
		return int64(g.between(15000, 180000))
	case 1:
		return int64(g.between(6000, 15000))
	default:
		return int64(g.between(180000, 3600000))
	}
}

// browserCtx is the context of a person (or a bot that passes as one) in a
// browser from loc. One export in ten has no timing.
func (g *gen) browserCtx(loc *locale, form string) Context {
	c := Context{IP: g.ip(), UserAgent: g.browserUA(), AcceptLanguage: loc.accept, Referer: g.referer(form)}
	if g.chance(0.06) {
		c.Referer = ""
	}
	if !g.chance(0.1) {
		ms := g.humanMS()
		c.ElapsedMS = &ms
	}
	return c
}

// partnerCtx is a server-to-server post from a partner system.
func (g *gen) partnerCtx() Context {
	return Context{IP: g.ip(), UserAgent: g.pick(split("PartnerSync/2.4 (+https://partners.northwind.example)|Go-http-client/2.0|okhttp/4.12.0|axios/1.7.7|Zapier")), AcceptLanguage: ""}
}

// form draws which form a person used: mostly contact-sales, some
// newsletter, a few partner imports. Families whose content needs a
// message keep contact-sales.
func (g *gen) form() string {
	switch g.weighted(84, 11, 5) {
	case 0:
		return "contact-sales"
	case 1:
		return "newsletter"
	default:
		return "partner-import"
	}
}

// ctxFor draws the context for a form as a person's browser would send it.
func (g *gen) ctxFor(loc *locale, form string) Context {
	if form == "partner-import" {
		return g.partnerCtx()
	}
	return g.browserCtx(loc, form)
}

func ms(v int64) *int64 { return &v }

// countryField is how a person fills the country field.
func (g *gen) countryField(loc *locale) string {
	switch g.weighted(78, 14, 8) {
	case 0:
		return loc.country
	case 1:
		return loc.iso
	default:
		return ""
	}
}

// newPerson draws a sender from loc working at a made-up company.
func (g *gen) newPerson(loc *locale) person {
	p := person{loc: loc, first: parseName(g.pick(loc.firsts)), last: parseName(g.pick(loc.lasts))}
	p.company, p.domain = g.company(loc)
	return p
}

// company draws a company name and its domain for loc.
func (g *gen) company(loc *locale) (string, string) {
	stem, kind := g.pick(coStems), g.pick(coKinds)
	var base string
	switch g.weighted(5, 3, 2) {
	case 0:
		base = stem + " " + kind
	case 1:
		base = stem + strings.ToLower(kind[:1]) + kind[1:min(len(kind), 4)]
	default:
		base = stem + g.pick(split("ware|ly|io|tec|tronic|wise|hub|point|line|works"))
	}
	if native, ok := nativeCompanies[loc.lang]; ok && g.chance(0.6) {
		st, kd := parseName(g.pick(native[0])), parseName(g.pick(native[1]))
		base = st.native + kd.native
		stem, kind = st.latin, kd.latin
	}
	suffix := g.pick(loc.suffixes)
	name := base
	switch {
	case suffix == "":
	case loc.lang == "ru" || loc.lang == "uk":
		name = suffix + " «" + base + "»"
	case suffix == "(주)":
		name = suffix + base
	case !isASCII(suffix) && !isASCII(base):
		name = base + suffix
	default:
		name = base + " " + suffix
	}
	domain := slug(base)
	if domain == "" || g.chance(0.2) {
		domain = slug(stem) + "-" + slug(kind)
	}
	return name, domain + "." + g.pick(loc.tlds)
}

// nativeCompanies are company name parts in the local script, "native=latin".
var nativeCompanies = map[string][2][]string{
	"zh": {split("华信=huaxin|中远=zhongyuan|恒通=hengtong|嘉禾=jiahe|星辰=xingchen|天成=tiancheng|瑞丰=ruifeng|宏达=hongda|金桥=jinqiao"), split("物流=wuliu|科技=keji|贸易=maoyi|医药=yiyao|电子=dianzi|软件=ruanjian")},
	"ja": {split("大和=yamato|富士=fuji|青葉=aoba|北斗=hokuto|桜井=sakurai|東邦=toho|三栄=san-ei"), split("物流=logi|システム=systems|商事=shoji|製作所=seisakusho|テクノロジー=tech")},
	"ko": {split("한빛=hanbit|대한=daehan|새한=saehan|미래=mirae|푸른=pureun|동방=dongbang"), split("물류=logis|시스템=system|테크=tech|무역=trading")},
	"ru": {split("Вектор=vektor|Альфа=alfa|Сибирь=sibir|Северный=severny|Техно=tekhno|Гранит=granit"), split("Логистик=logistic|Софт=soft|Трейд=trade|Строй=stroy|Сервис=service")},
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// workEmail builds a work address for p in one of the usual patterns.
func (g *gen) workEmail(p person) string {
	f, l := slug(p.first.latin), slug(p.last.latin)
	if l == "" {
		l = f
	}
	if f == "" {
		f = l
	}
	var local string
	switch g.weighted(40, 15, 12, 10, 8, 5, 5, 5) {
	case 0:
		local = f + "." + l
	case 1:
		local = f[:1] + l
	case 2:
		local = f
	case 3:
		local = f + "_" + l
	case 4:
		local = f + l[:1]
	case 5:
		local = l + "." + f
	case 6:
		local = f[:1] + "." + l
	default:
		local = l
	}
	return local + "@" + p.domain
}

// freeMailDomains are the big consumer mailbox providers by region.
var freeMailDomains = split("gmail.com|gmail.com|gmail.com|gmail.com|outlook.com|hotmail.com|yahoo.com|icloud.com|proton.me|gmx.de|web.de|t-online.de|orange.fr|free.fr|laposte.net|libero.it|virgilio.it|yahoo.co.uk|btinternet.com|hotmail.co.uk|mail.ru|yandex.ru|qq.com|163.com|naver.com|yahoo.co.jp|uol.com.br|bol.com.br|wp.pl|o2.pl|seznam.cz|rediffmail.com|outlook.es|hotmail.fr|live.com|aol.com|zoho.com")

// freeEmail builds a personal address the way people make them up.
func (g *gen) freeEmail(p person) string {
	f, l := slug(p.first.latin), slug(p.last.latin)
	if l == "" {
		l = f
	}
	var local string
	switch g.weighted(30, 20, 15, 15, 10, 10) {
	case 0:
		local = f + "." + l
	case 1:
		local = f + l + fmt.Sprint(g.between(1, 99))
	case 2:
		local = f + "." + l + fmt.Sprint(g.between(1960, 2005))
	case 3:
		local = f[:1] + l
	case 4:
		local = l + f[:1] + fmt.Sprint(g.between(1, 999))
	default:
		local = f + "_" + l[:min(len(l), 4)]
	}
	return local + "@" + g.pick(freeMailDomains)
}

// jobTitle draws a job title, in English (most forms are filled in English).
func (g *gen) jobTitle() string {
	return g.pick(split("Head of Operations|Operations Manager|CTO|CEO|Founder|Co-founder|IT Manager|Procurement Manager|Purchasing Lead|Marketing Director|VP Sales|Sales Operations|Supply Chain Analyst|Logistics Coordinator|Software Engineer|Product Manager|Office Manager|Owner|Managing Director|Geschäftsführer|Responsable achats|Director de Operaciones|Data Analyst|Finance Manager|Project Manager|Team Lead|Consultant|Head of IT|Operations|Analyst|"))
}

// fill puts a person's identity into fields the way they type it.
func (g *gen) fill(p person, email string) Fields {
	first, last := p.display()
	f := Fields{Email: email, FirstName: first, LastName: last, Company: p.company, Country: g.countryField(p.loc)}
	if g.chance(0.55) {
		f.JobTitle = g.jobTitle()
	}
	if g.chance(0.5) {
		f.Phone = fmtPhone(g, p.loc.phone)
	}
	return f
}
