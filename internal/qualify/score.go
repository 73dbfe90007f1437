// Package qualify scores how well a screened lead fits what sales wants:
// budget, authority, need and timeline (BANT), firmographics, hard
// disqualifiers and a segment. Every point comes with a lead.Reason that
// explains it. A Model is compiled once from a Config and is then pure and
// safe for concurrent use.
package qualify

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// ReasonNearMiss is the fit reason of a near miss (lead.Fit.NearMiss).
const ReasonNearMiss = "near_miss"

// Seniority is the level read from a job title.
type Seniority int

// Seniority levels, lowest first.
const (
	SeniorityUnknown Seniority = iota
	SeniorityStudent
	SeniorityIC
	SeniorityManager
	SeniorityDirector
	SeniorityVP
	SeniorityCLevel
	numLevels
)

var seniorityNames = [numLevels]string{"unknown", "student", "ic", "manager", "director", "vp", "c_level"}

var seniorityLabels = [numLevels]string{"unknown", "student or intern", "individual contributor", "manager or lead", "director or head", "vice president", "C-level, founder or owner"}

// String returns the level's rules-file name (c_level, vp, ...).
func (s Seniority) String() string {
	if s < 0 || s >= numLevels {
		return "unknown"
	}
	return seniorityNames[s]
}

// MarshalText encodes the level by name.
func (s Seniority) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Timeline is the purchase timeline bucket.
type Timeline int

// Timeline buckets, most urgent first.
const (
	TimelineUnknown Timeline = iota
	TimelineNow
	TimelineQuarter
	TimelineYear
	TimelineNextYear
	TimelineResearch
	numTimelines
)

var timelineNames = [numTimelines]string{"unknown", "now", "quarter", "year", "next_year", "research"}

var timelineLabels = [numTimelines]string{"unknown", "now / ASAP", "within the quarter", "within the year", "next year or later", "just researching"}

// String returns the bucket's rules-file name (now, quarter, ...).
func (t Timeline) String() string {
	if t < 0 || t >= numTimelines {
		return "unknown"
	}
	return timelineNames[t]
}

// MarshalText encodes the bucket by name.
func (t Timeline) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Facts are the values qualification read from the lead, for display and
// audit.
type Facts struct {
	// BudgetText is the text the budget was read from.
	BudgetText string `json:"budget_text,omitempty"`
	// BudgetRange is the budget select option that matched.
	BudgetRange string `json:"budget_range,omitempty"`
	// BudgetAmount is the yearly amount in BudgetCurrency.
	BudgetAmount   float64 `json:"budget_amount,omitempty"`
	BudgetCurrency string  `json:"budget_currency,omitempty"`
	// BudgetBase is the yearly amount in BaseCurrency (0 when no rate).
	BudgetBase   float64 `json:"budget_base,omitempty"`
	BaseCurrency string  `json:"base_currency,omitempty"`
	// BudgetMonthly reports an amount given per month (multiplied by 12).
	BudgetMonthly bool `json:"budget_monthly,omitempty"`
	// BudgetNone reports that the lead said there is no budget.
	BudgetNone bool `json:"budget_none,omitempty"`

	Seniority Seniority `json:"seniority"`
	Timeline  Timeline  `json:"timeline"`
	// CompanySize is the head count used for scoring (0 when unknown).
	CompanySize int    `json:"company_size,omitempty"`
	Industry    string `json:"industry,omitempty"`
	// Country is the ISO 3166 code read from the country field.
	Country string `json:"country,omitempty"`
	// Products are the products named by matching intents.
	Products []string `json:"products,omitempty"`
	// Negative lists negative-intent categories found in the message.
	Negative    []string `json:"negative,omitempty"`
	Competitor  bool     `json:"competitor,omitempty"`
	EmailDomain string   `json:"email_domain,omitempty"`
	FreeMail    bool     `json:"free_mail,omitempty"`
	// Present reports each BANT fact: budget, authority, need, timeline.
	Budget, Authority, Need, HasTimeline bool
	// Missing lists missing required fields and facts.
	Missing []string `json:"missing,omitempty"`

	// negMask has bit 1<<cat set for each negative category in Negative,
	// for the disqualifiers and segment rules.
	negMask uint8
}

// hasBudget reports a stated amount or a budget option other than "none".
func (f *Facts) hasBudget() bool {
	return !f.BudgetNone && (f.BudgetAmount > 0 || f.BudgetBase > 0 || f.BudgetRange != "")
}

// Score is Evaluate without the facts.
func (m *Model) Score(f *lead.Fields, s lead.Screening) lead.Fit {
	fit, _ := m.Evaluate(f, s)
	return fit
}

// ScoreFit is Score for callers that keep a pointer to the fit.
func (m *Model) ScoreFit(f *lead.Fields, s lead.Screening) *lead.Fit {
	fit := m.Score(f, s)
	return &fit
}

// scorer collects the reasons of one evaluation and their points.
type scorer struct {
	reasons []lead.Reason
	total   int
}

func (sc *scorer) add(code string, points int, detail string) {
	sc.reasons = append(sc.reasons, lead.Reason{Code: code, Points: points, Detail: detail, Stage: lead.StageFit})
	sc.total += points
}

// signed formats points with their sign: "+5", "-10", "+0".
func signed(p int) string {
	if p >= 0 {
		return "+" + strconv.Itoa(p)
	}
	return strconv.Itoa(p)
}

// groupNum formats 25000 as "25,000" (rounded to a whole number).
func groupNum(f float64) string {
	s := strconv.FormatInt(int64(f+0.5), 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	b.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// shortNum formats 25000 as "25k" and 1500000 as "1.5m".
func shortNum(f float64) string {
	switch {
	case f >= 1e6:
		return strconv.FormatFloat(f/1e6, 'f', -1, 64) + "m"
	case f >= 1e3:
		return strconv.FormatFloat(f/1e3, 'f', -1, 64) + "k"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// bandLabel formats a band as "25k–100k", or "100k+" without a maximum.
func bandLabel(b Band) string {
	if b.Max == 0 {
		return shortNum(b.Min) + "+"
	}
	return shortNum(b.Min) + "–" + shortNum(b.Max)
}

// labeledBand is a band with its label (bandLabel), made once when the
// model is compiled rather than for every lead.
type labeledBand struct {
	Band
	label string
}

func labelBands(bands []Band) []labeledBand {
	out := make([]labeledBand, len(bands))
	for i, b := range bands {
		out[i] = labeledBand{b, bandLabel(b)}
	}
	return out
}

// bandOf returns the first band containing v.
func bandOf(bands []labeledBand, v float64) (labeledBand, bool) {
	for _, b := range bands {
		if v >= b.Min && (b.Max == 0 || v <= b.Max) {
			return b, true
		}
	}
	return labeledBand{}, false
}

// Evaluate scores the lead and returns the facts it read.
func (m *Model) Evaluate(f *lead.Fields, s lead.Screening) (lead.Fit, Facts) {
	var sc scorer
	var fa Facts
	fa.BaseCurrency = m.baseCur

	msg := normalize(f.Message)
	hits := m.msg.scan(msg, nil)

	m.budget(&sc, &fa, f, hits)
	m.authority(&sc, &fa, f)
	m.need(&sc, &fa, f, msg, hits)
	m.timeline(&sc, &fa, f, msg, hits)
	m.firmographics(&sc, &fa, f, s)

	// Required fields and facts.
	blocked := false
	for _, name := range m.requiredFields {
		if strings.TrimSpace(f.Get(name)) == "" {
			blocked = true
			fa.Missing = append(fa.Missing, name)
			sc.add("missing_required", m.missingFieldPoints, "Required field '"+name+"' is empty: "+signed(m.missingFieldPoints))
		}
	}
	fa.Budget = fa.hasBudget()
	fa.Authority = fa.Seniority >= m.minLevel
	fa.HasTimeline = fa.Timeline >= TimelineNow && fa.Timeline <= TimelineNextYear
	present := [4]bool{fa.Budget, fa.Authority, fa.Need, fa.HasTimeline}
	for k := range present {
		if m.required[k] && !present[k] {
			blocked = true
			fa.Missing = append(fa.Missing, factLabels[k])
			sc.add("missing_required", 0, "Required "+factLabels[k]+" not found: cannot qualify")
		}
	}

	fit := lead.Fit{Score: clamp(m.base+sc.total, 0, 100)}
	if code, detail := m.disqualifier(&fa, f); code != "" {
		fit.Disqualified = code
		sc.add("disqualified_"+code, 0, detail+": fit forced to 0")
		fit.Score = 0
	}
	if fit.Disqualified == "" && m.nearMissBand > 0 && fit.Score < m.qualifyAt && fit.Score >= m.qualifyAt-m.nearMissBand {
		// Not a doubt about junk: nurtured at once, flagged for sales.
		fit.NearMiss = true
		sc.add(ReasonNearMiss, 0, fmt.Sprintf("Fit %d is within %d of the qualifying %d: nurtured now, flagged as a near miss for sales",
			fit.Score, m.nearMissBand, m.qualifyAt))
	}
	fit.Reasons = sc.reasons
	switch {
	case fit.Score >= m.gradeA:
		fit.Grade = "A"
	case fit.Score >= m.gradeB:
		fit.Grade = "B"
	case fit.Score >= m.gradeC:
		fit.Grade = "C"
	default:
		fit.Grade = "D"
	}
	fit.Qualifies = fit.Disqualified == "" && !blocked && fit.Score >= m.qualifyAt
	fit.Segment = m.segmentFor(&fa)
	return fit, fa
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

// budget reads the budget from the budget field (an option, a phrase
// meaning "no budget" or an amount) or, failing that, from the message.
func (m *Model) budget(sc *scorer, fa *Facts, f *lead.Fields, hits []hit) {
	bv := strings.TrimSpace(f.Get(m.budgetField))
	var amt amount
	found := false
	if bv != "" {
		if i, ok := lookupNormalized(m.ranges, bv); ok {
			m.budgetOption(sc, fa, bv, m.rangeList[i])
			return
		}
		if len(m.noneBudget.scan(normalize(bv), nil)) > 0 {
			fa.BudgetText, fa.BudgetNone = bv, true
			sc.add("budget_none", m.nonePoints, "Budget '"+bv+"' means no budget: "+signed(m.nonePoints))
			return
		}
		amt, found = findAmount(bv, true, m.rangePoint)
	}
	if !found && m.searchMessage && f.Message != "" {
		amt, found = findAmount(f.Message, false, m.rangePoint)
		if !found {
			for _, h := range hits {
				if m.msgMeta[h.id].kind == kindBudgetNone {
					fa.BudgetText, fa.BudgetNone = "message", true
					sc.add("budget_none", m.nonePoints, "Message says there is no budget: "+signed(m.nonePoints))
					return
				}
			}
		}
	}
	if found {
		m.budgetAmount(sc, fa, amt)
	}
}

// budgetOption scores the budget select option r, chosen as bv.
func (m *Model) budgetOption(sc *scorer, fa *Facts, bv string, r BudgetRange) {
	fa.BudgetText, fa.BudgetRange, fa.BudgetNone = bv, r.Value, r.None
	if r.Min > 0 || r.Max > 0 {
		v := r.Min
		switch {
		case r.Max > 0 && m.rangePoint == rangeMid:
			v = (r.Min + r.Max) / 2
		case r.Max > 0 && m.rangePoint == rangeHigh:
			v = r.Max
		}
		fa.BudgetAmount, fa.BudgetCurrency, fa.BudgetBase = v, m.baseCur, v
	}
	code := "budget_range"
	if r.None {
		code = "budget_none"
	}
	sc.add(code, r.Points, "Budget option '"+r.Value+"': "+signed(r.Points))
}

// budgetAmount scores an amount against the bands, converted to the base
// currency.
func (m *Model) budgetAmount(sc *scorer, fa *Facts, amt amount) {
	cur := amt.currency
	if cur == "" {
		cur = m.defCur
	}
	fa.BudgetText, fa.BudgetAmount, fa.BudgetCurrency, fa.BudgetMonthly = amt.raw, amt.value, cur, amt.monthly
	d := "Budget '" + amt.raw + "' ≈ " + groupNum(amt.value) + " " + cur
	if amt.monthly {
		d += " a year (monthly × 12)"
	}
	rate, ok := m.rates[cur]
	if !ok {
		sc.add("budget_amount", 0, d+", no exchange rate for "+cur+": +0")
		return
	}
	base := amt.value * rate
	fa.BudgetBase = base
	if cur != m.baseCur {
		d += " ≈ " + groupNum(base) + " " + m.baseCur
	}
	if amt.low != amt.high {
		d += " (range " + shortNum(amt.low) + "–" + shortNum(amt.high) + ")"
	}
	pts := 0
	if b, ok := bandOf(m.bands, base); ok {
		pts = b.Points
		d += ", in range " + b.label
	} else if len(m.bands) > 0 {
		d += ", outside the scored bands"
	}
	sc.add("budget_amount", pts, d+": "+signed(pts))
}

// authority scores the seniority read from the job title.
func (m *Model) authority(sc *scorer, fa *Facts, f *lead.Fields) {
	title := strings.TrimSpace(f.Get(m.titleField))
	if title == "" {
		return
	}
	lv := m.Seniority(title)
	fa.Seniority = lv
	p := m.levelPoints[lv]
	sc.add("authority_"+lv.String(), p, "Job title '"+title+"' reads as "+seniorityLabels[lv]+": "+signed(p))
}

// Seniority returns the level the built-in and configured vocabularies
// read from a job title.
func (m *Model) Seniority(title string) Seniority {
	t := normalize(title)
	if t == "" {
		return SeniorityUnknown
	}
	hits := m.titles.scan(t, nil)
	best := SeniorityUnknown
	student := false
	for _, h := range hits {
		cat := m.titleMeta[h.id]
		switch {
		case cat == titleCatAssistant:
			return SeniorityIC
		case Seniority(cat) == SeniorityStudent:
			student = true
		case Seniority(cat) > best:
			best = Seniority(cat)
		}
	}
	if student {
		return SeniorityStudent
	}
	// "Chief <anything> Officer"
	if best < SeniorityCLevel {
		if i := strings.Index(" "+t+" ", " chief "); i >= 0 && strings.Contains(" "+t[i:]+" ", " officer ") {
			best = SeniorityCLevel
		}
	}
	if best == SeniorityUnknown {
		return SeniorityIC
	}
	return best
}

// need scores product interest fields, intents and negative intents in
// the message (msg, normalized, with its phrase hits) and competitor
// domains.
func (m *Model) need(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit) {
	positive := 0
	capped := func(p int) int {
		if p <= 0 || m.maxNeed == 0 {
			return p
		}
		p = min(p, m.maxNeed-positive)
		positive += p
		return p
	}
	for _, nf := range m.needFields {
		v := strings.TrimSpace(f.Get(nf.name))
		if v == "" {
			continue
		}
		p, ok := lookupNormalized(nf.values, v)
		if !ok {
			continue
		}
		if p > 0 {
			fa.Need = true
		}
		p = capped(p)
		sc.add("need_product_interest", p, "Interest in '"+lookupOrZero(nf.labels, v)+"' ("+nf.name+"): "+signed(p))
	}
	seen := map[int]bool{}
	for _, h := range hits {
		meta := m.msgMeta[h.id]
		switch meta.kind {
		case kindIntent:
			if seen[meta.index] {
				continue
			}
			seen[meta.index] = true
			in := m.intents[meta.index]
			if in.Points > 0 {
				fa.Need = true
			}
			if in.Product != "" && !slices.Contains(fa.Products, in.Product) {
				fa.Products = append(fa.Products, in.Product)
			}
			p := capped(in.Points)
			d := "Message mentions '" + msg[h.start:h.end] + "' (" + in.Name
			if in.Product != "" {
				d += ", " + in.Product
			}
			d += "): " + signed(p)
			if p != in.Points {
				d += " (need capped at " + strconv.Itoa(m.maxNeed) + ")"
			}
			sc.add("need_intent", p, d)
		case kindNegative:
			if fa.negMask&(1<<meta.index) != 0 {
				continue
			}
			fa.negMask |= 1 << meta.index
			cat := negCodes[meta.index]
			fa.Negative = append(fa.Negative, cat)
			p := m.negPoints[meta.index]
			sc.add("negative_"+cat, p, "Message mentions '"+msg[h.start:h.end]+"' ("+negLabels[meta.index]+"): "+signed(p))
		}
	}
	// Competitor domains: e-mail and website.
	dom := emailDomain(f.Email)
	fa.EmailDomain = dom
	for _, d := range [2]string{dom, hostOf(f.Website)} {
		if d != "" && domainIn(m.competitors, d) {
			fa.Competitor = true
			sc.add("negative_competitor", m.compPoints, "Domain '"+d+"' belongs to a competitor: "+signed(m.compPoints))
			break
		}
	}
}

// emailDomain returns the lower-case domain of an e-mail address, or "".
func emailDomain(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(email[at+1:]))
}

func hostOf(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if u == "" {
		return ""
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(u, "www.")
}

// domainIn reports whether d or one of its parent domains is in set.
func domainIn(set map[string]bool, d string) bool {
	for {
		if set[d] {
			return true
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			return false
		}
		d = d[i+1:]
	}
}

// timeline reads the purchase timeline from the timeline field (an option
// or a phrase) or, failing that, from the earliest mention in the message.
func (m *Model) timeline(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit) {
	tv := strings.TrimSpace(f.Get(m.timelineField))
	var src, what string
	b := TimelineUnknown
	if tv != "" {
		if x, ok := lookupNormalized(m.timelineValues, tv); ok {
			b, src, what = x, "Timeline option", tv
		} else if x, ok := m.firstTimeline(m.msg.scan(normalize(tv), nil)); ok {
			b, src, what = Timeline(m.msgMeta[x.id].index), "Timeline", tv
		}
	}
	if b == TimelineUnknown {
		if x, ok := m.firstTimeline(hits); ok {
			b, src, what = Timeline(m.msgMeta[x.id].index), "Message mentions", msg[x.start:x.end]
		}
	}
	if b == TimelineUnknown {
		return
	}
	fa.Timeline = b
	p := m.timelinePoints[b]
	sc.add("timeline_"+b.String(), p, src+" '"+what+"' reads as "+timelineLabels[b]+": "+signed(p))
}

// firstTimeline returns the first of hits that names a timeline.
func (m *Model) firstTimeline(hits []hit) (hit, bool) {
	for _, h := range hits {
		if m.msgMeta[h.id].kind == kindTimeline {
			return h, true
		}
	}
	return hit{}, false
}

// firmographics scores company size, industry, country and the e-mail
// domain.
func (m *Model) firmographics(sc *scorer, fa *Facts, f *lead.Fields, s lead.Screening) {
	m.companySize(sc, fa, f)
	// industry: the first configured entry that matches
	if iv := strings.TrimSpace(f.Industry); iv != "" && len(m.industries) > 0 {
		best := -1
		for _, h := range m.industryM.scan(normalize(iv), nil) {
			if best < 0 || int(h.id) < best {
				best = int(h.id)
			}
		}
		if best >= 0 {
			r := m.industries[best]
			fa.Industry = iv
			sc.add("industry", r.Points, "Industry '"+iv+"': "+signed(r.Points))
		}
	}
	// country: the first rule that lists it
	if cv := strings.TrimSpace(f.Country); cv != "" {
		cc := m.resolveCountry(cv)
		fa.Country = cc
		for _, r := range m.countryRules {
			if cc != "" && r.set[cc] {
				d := "Country '" + cv + "' (" + cc + ")"
				if lbl := r.labels[cc]; lbl != cc {
					d += " in " + lbl
				}
				sc.add("region", r.points, d+": "+signed(r.points))
				break
			}
		}
	}
	// e-mail domain
	if dom := emailDomain(f.Email); dom != "" {
		if s.FreeMail || domainIn(m.freeDomains, dom) {
			fa.FreeMail = true
			sc.add("free_mail", m.freePoints, "Free-mail address at "+dom+": "+signed(m.freePoints))
		} else {
			sc.add("corporate_email", m.corpPoints, "Company e-mail domain "+dom+": "+signed(m.corpPoints))
		}
	}
}

// companySize reads the head count from the size field (an option or a
// number) or, failing that, from a number of employees in the message.
func (m *Model) companySize(sc *scorer, fa *Facts, f *lead.Fields) {
	sv := strings.TrimSpace(f.Get(m.sizeField))
	n, ok := 0, false
	src := sv
	if sv != "" {
		if n, ok = lookupNormalized(m.sizeValues, sv); !ok {
			n, ok = findHeadCount(sv, true)
		}
	}
	if !ok && f.Message != "" {
		n, ok = findHeadCount(f.Message, false)
		src = "message"
	}
	if !ok {
		return
	}
	fa.CompanySize = n
	pts := 0
	d := "Company size '" + src + "' ≈ " + groupNum(float64(n)) + " employees"
	if b, ok := bandOf(m.sizeBands, float64(n)); ok {
		pts = b.Points
		d += ", in band " + b.label
	} else if len(m.sizeBands) > 0 {
		d += ", outside the scored bands"
	}
	sc.add("company_size", pts, d+": "+signed(pts))
}

// disqualifier returns the first hard disqualifier that applies: its code
// and what the reason says.
func (m *Model) disqualifier(fa *Facts, f *lead.Fields) (code, detail string) {
	if e, ok := m.disqCountries[fa.Country]; ok && fa.Country != "" {
		d := "Country " + fa.Country
		if e != fa.Country {
			d += " (" + e + ")"
		}
		return "country", d + " is excluded"
	}
	for _, d := range [2]string{fa.EmailDomain, hostOf(f.Website)} {
		if d != "" && domainIn(m.disqDomains, d) {
			return "domain", "Domain " + d + " is excluded"
		}
	}
	switch {
	case m.disq.Competitor && fa.Competitor:
		return "competitor", "Lead comes from a competitor"
	case m.disq.Student && (fa.Seniority == SeniorityStudent || fa.negMask&(1<<negStudentCat) != 0):
		return "student", "Lead is a student or doing student research"
	case m.disq.JobSeeker && fa.negMask&(1<<negJobSeekerCat) != 0:
		return "job_seeker", "Lead is looking for a job"
	case m.disq.Vendor && fa.negMask&(1<<negVendorCat) != 0:
		return "vendor", "Lead is pitching a service or partnership"
	case m.disq.Support && fa.negMask&(1<<negSupportCat) != 0:
		return "support", "Lead is a support request"
	}
	return "", ""
}

func (m *Model) segmentFor(fa *Facts) string {
	for i := range m.segments {
		if m.segments[i].matches(fa) {
			return m.segments[i].name
		}
	}
	return m.defaultSegment
}

func (s *segment) matches(fa *Facts) bool {
	if s.timeline != 0 && s.timeline&(1<<fa.Timeline) == 0 {
		return false
	}
	switch s.budget {
	case 1:
		if !fa.BudgetNone {
			return false
		}
	case 2:
		if !fa.Budget {
			return false
		}
	case 3:
		if fa.Budget || fa.BudgetNone {
			return false
		}
	}
	if s.budgetMin != nil && (!fa.Budget || fa.BudgetBase < *s.budgetMin) {
		return false
	}
	if s.budgetMax != nil && (!fa.Budget || fa.BudgetBase > *s.budgetMax) {
		return false
	}
	if s.seniority != 0 && s.seniority&(1<<fa.Seniority) == 0 {
		return false
	}
	if s.sizeMin != nil && (fa.CompanySize == 0 || fa.CompanySize < *s.sizeMin) {
		return false
	}
	if s.sizeMax != nil && (fa.CompanySize == 0 || fa.CompanySize > *s.sizeMax) {
		return false
	}
	if s.countries != nil && !s.countries[fa.Country] {
		return false
	}
	if s.products != nil {
		ok := false
		for _, p := range fa.Products {
			if s.products[p] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if s.negative != 0 && s.negative&fa.negMask == 0 {
		return false
	}
	return true
}

func sortNeedFields(fs []needField) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].name < fs[j].name })
}
