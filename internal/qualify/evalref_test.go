package qualify

// This file keeps Evaluate as it was before the memo tables, stack
// buffers and precomputed details, as the reference the fast path is held
// to (see TestEvaluateMatchesReference). Only the names changed.

import (
	"strconv"
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// evaluateRef is the reference Evaluate.
func (m *Model) evaluateRef(f *lead.Fields, s lead.Screening) (lead.Fit, Facts) {
	sc := scorer{m: m, reasons: make([]lead.Reason, 0, 12)}
	var fa Facts
	fa.BaseCurrency = m.baseCur

	msg := ""
	if f.Message != "" {
		msg = normalize(f.Message)
	}
	var hitBuf [32]hit
	hits := m.msg.scanRef(msg, hitBuf[:0])

	m.budgetRef(&sc, &fa, f, hits)
	m.authorityRef(&sc, &fa, f)
	m.needRef(&sc, &fa, f, msg, hits)
	m.timelineRef(&sc, &fa, f, msg, hits)
	m.firmographicsRef(&sc, &fa, f, s)

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
	for k := 0; k < 4; k++ {
		if m.required[k] && !present[k] {
			blocked = true
			fa.Missing = append(fa.Missing, factLabels[k])
			sc.add("missing_required", 0, "Required "+factLabels[k]+" not found: cannot qualify")
		}
	}

	fit := lead.Fit{Score: clamp(m.base+sc.total, 0, 100)}
	if code, detail := m.disqualifierRef(&fa, f); code != "" {
		fit.Disqualified = code
		sc.add("disqualified_"+code, 0, detail+": fit forced to 0")
		fit.Score = 0
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
	fit.Borderline = fit.Disqualified == "" && fit.Score < m.qualifyAt && fit.Score >= m.qualifyAt-m.reviewBand && m.reviewBand > 0
	fit.Segment = m.segmentFor(&fa)
	return fit, fa
}

func (m *Model) budgetRef(sc *scorer, fa *Facts, f *lead.Fields, hits []hit) {
	bv := strings.TrimSpace(f.Get(m.budgetField))
	var amt amount
	found := false
	if bv != "" {
		if i, ok := lookupNormalized(m.ranges, bv); ok {
			r := m.rangeList[i]
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
			sc.addParts(code, r.Points, "Budget option '", r.Value, "': ", signed(r.Points))
			return
		}
		nv := normalize(bv)
		var hb [4]hit
		if len(m.noneBudget.scanRef(nv, hb[:0])) > 0 {
			fa.BudgetText, fa.BudgetNone = bv, true
			sc.addParts("budget_none", m.nonePoints, "Budget '", bv, "' means no budget: ", signed(m.nonePoints))
			return
		}
		amt, found = findAmountRef(bv, true, m.rangePoint)
	}
	if !found && m.searchMessage && f.Message != "" {
		amt, found = findAmountRef(f.Message, false, m.rangePoint)
		if !found {
			for _, h := range hits {
				if m.msgMeta[h.id].kind == kindBudgetNone {
					fa.BudgetText, fa.BudgetNone = "message", true
					sc.addParts("budget_none", m.nonePoints, "Message says there is no budget: ", signed(m.nonePoints))
					return
				}
			}
		}
	}
	if !found {
		return
	}
	cur := amt.currency
	if cur == "" {
		cur = m.defCur
	}
	fa.BudgetText, fa.BudgetAmount, fa.BudgetCurrency, fa.BudgetMonthly = amt.raw, amt.value, cur, amt.monthly
	d := append(sc.begin(), "Budget '"...)
	d = append(d, amt.raw...)
	d = append(d, "' ≈ "...)
	d = appendGroupNum(d, amt.value)
	d = append(d, ' ')
	d = append(d, cur...)
	if amt.monthly {
		d = append(d, " a year (monthly × 12)"...)
	}
	rate, ok := m.rates[cur]
	if !ok {
		d = append(d, ", no exchange rate for "...)
		d = append(d, cur...)
		d = append(d, ": +0"...)
		sc.commit("budget_amount", 0, d)
		return
	}
	base := amt.value * rate
	fa.BudgetBase = base
	if cur != m.baseCur {
		d = append(d, " ≈ "...)
		d = appendGroupNum(d, base)
		d = append(d, ' ')
		d = append(d, m.baseCur...)
	}
	if amt.low != amt.high {
		d = append(d, " (range "...)
		d = appendShortNum(d, amt.low)
		d = append(d, "–"...)
		d = appendShortNum(d, amt.high)
		d = append(d, ')')
	}
	pts := 0
	matched := false
	for i, b := range m.bands {
		if base >= b.Min && (b.Max == 0 || base <= b.Max) {
			pts = b.Points
			matched = true
			d = append(d, ", in range "...)
			d = append(d, m.bandLabels[i]...)
			break
		}
	}
	if !matched && len(m.bands) > 0 {
		d = append(d, ", outside the scored bands"...)
	}
	d = append(d, ": "...)
	d = append(d, signed(pts)...)
	sc.commit("budget_amount", pts, d)
}

func (m *Model) authorityRef(sc *scorer, fa *Facts, f *lead.Fields) {
	title := strings.TrimSpace(f.Get(m.titleField))
	if title == "" {
		return
	}
	lv := m.Seniority(title)
	fa.Seniority = lv
	p := m.levelPoints[lv]
	sc.addParts(authorityCode(lv), p, "Job title '", title, "' reads as ", seniorityLabels[lv], ": ", signed(p))
}

func (m *Model) needRef(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit) {
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
		sc.addParts("need_product_interest", p, "Interest in '", lookupOrZero(nf.labels, v), "' (", nf.name, "): ", signed(p))
	}
	var seen uint64
	for _, h := range hits {
		meta := m.msgMeta[h.id]
		switch meta.kind {
		case kindIntent:
			if meta.index < 64 && seen&(1<<meta.index) != 0 {
				continue
			}
			if meta.index < 64 {
				seen |= 1 << meta.index
			}
			in := m.intents[meta.index]
			if in.Points > 0 {
				fa.Need = true
			}
			if in.Product != "" && !contains(fa.Products, in.Product) {
				fa.Products = append(fa.Products, in.Product)
			}
			p := capped(in.Points)
			d := append(sc.begin(), "Message mentions '"...)
			d = append(d, msg[h.start:h.end]...)
			d = append(d, "' ("...)
			d = append(d, in.Name...)
			if in.Product != "" {
				d = append(d, ", "...)
				d = append(d, in.Product...)
			}
			d = append(d, "): "...)
			d = append(d, signed(p)...)
			if p != in.Points {
				d = append(d, " (need capped at "...)
				d = strconv.AppendInt(d, int64(m.maxNeed), 10)
				d = append(d, ')')
			}
			sc.commit("need_intent", p, d)
		case kindNegative:
			if fa.negMask&(1<<meta.index) != 0 {
				continue
			}
			fa.negMask |= 1 << meta.index
			fa.Negative = append(fa.Negative, negCodes[meta.index])
			p := m.negPoints[meta.index]
			sc.addParts(negativeCodes[meta.index], p, "Message mentions '", msg[h.start:h.end], "' (", negLabels[meta.index], "): ", signed(p))
		}
	}
	// Competitor domains: e-mail and website.
	dom := emailDomainRef(f.Email)
	fa.EmailDomain = dom
	if len(m.competitors) > 0 {
		for _, d := range [2]string{dom, hostOf(f.Website)} {
			if d != "" && domainIn(m.competitors, d) {
				fa.Competitor = true
				sc.addParts("negative_competitor", m.compPoints, "Domain '", d, "' belongs to a competitor: ", signed(m.compPoints))
				break
			}
		}
	}
}

func emailDomainRef(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(email[at+1:]))
}

func (m *Model) timelineRef(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit) {
	tv := strings.TrimSpace(f.Get(m.timelineField))
	var src, what string
	b := TimelineUnknown
	if tv != "" {
		if x, ok := lookupNormalized(m.timelineValues, tv); ok {
			b, src, what = x, "Timeline option", tv
		} else {
			nv := normalize(tv)
			var buf [8]hit
			for _, h := range m.msg.scanRef(nv, buf[:0]) {
				if meta := m.msgMeta[h.id]; meta.kind == kindTimeline {
					b, src, what = Timeline(meta.index), "Timeline", tv
					break
				}
			}
		}
	}
	if b == TimelineUnknown {
		// earliest mention in the message
		for _, h := range hits {
			if meta := m.msgMeta[h.id]; meta.kind == kindTimeline {
				b, src, what = Timeline(meta.index), "Message mentions", msg[h.start:h.end]
				break
			}
		}
	}
	if b == TimelineUnknown {
		return
	}
	fa.Timeline = b
	p := m.timelinePoints[b]
	sc.addParts(timelineCode(b), p, src, " '", what, "' reads as ", timelineLabels[b], ": ", signed(p))
}

func (m *Model) firmographicsRef(sc *scorer, fa *Facts, f *lead.Fields, s lead.Screening) {
	// company size
	sv := strings.TrimSpace(f.Get(m.sizeField))
	n, ok := 0, false
	src := sv
	if sv != "" {
		if n, ok = lookupNormalized(m.sizeValues, sv); !ok {
			n, ok = findHeadCountRef(sv, true)
		}
	}
	if !ok && f.Message != "" {
		n, ok = findHeadCountRef(f.Message, false)
		src = "message"
	}
	if ok {
		fa.CompanySize = n
		pts := 0
		d := append(sc.begin(), "Company size '"...)
		d = append(d, src...)
		d = append(d, "' ≈ "...)
		d = appendGroupNum(d, float64(n))
		d = append(d, " employees"...)
		matched := false
		for i, b := range m.sizeBands {
			if float64(n) >= b.Min && (b.Max == 0 || float64(n) <= b.Max) {
				pts, matched = b.Points, true
				d = append(d, ", in band "...)
				d = append(d, m.sizeLabels[i]...)
				break
			}
		}
		if !matched && len(m.sizeBands) > 0 {
			d = append(d, ", outside the scored bands"...)
		}
		d = append(d, ": "...)
		d = append(d, signed(pts)...)
		sc.commit("company_size", pts, d)
	}
	// industry
	if iv := strings.TrimSpace(f.Industry); iv != "" && len(m.industries) > 0 {
		var buf [8]hit
		best := -1
		for _, h := range m.industryM.scanRef(normalize(iv), buf[:0]) {
			if best < 0 || int(h.id) < best {
				best = int(h.id)
			}
		}
		if best >= 0 {
			r := m.industries[best]
			fa.Industry = iv
			sc.addParts("industry", r.Points, "Industry '", iv, "': ", signed(r.Points))
		}
	}
	// country
	if cv := strings.TrimSpace(f.Country); cv != "" {
		cc := m.resolveCountry(cv)
		fa.Country = cc
		if cc != "" {
			for _, r := range m.countryRules {
				if r.set[cc] {
					lbl := r.labels[cc]
					d := append(sc.begin(), "Country '"...)
					d = append(d, cv...)
					d = append(d, "' ("...)
					d = append(d, cc...)
					d = append(d, ')')
					if lbl != cc {
						d = append(d, " in "...)
						d = append(d, lbl...)
					}
					d = append(d, ": "...)
					d = append(d, signed(r.points)...)
					sc.commit("region", r.points, d)
					break
				}
			}
		}
	}
	// e-mail domain
	if dom := emailDomainRef(f.Email); dom != "" {
		if s.FreeMail || domainIn(m.freeDomains, dom) {
			fa.FreeMail = true
			sc.addParts("free_mail", m.freePoints, "Free-mail address at ", dom, ": ", signed(m.freePoints))
		} else {
			sc.addParts("corporate_email", m.corpPoints, "Company e-mail domain ", dom, ": ", signed(m.corpPoints))
		}
	}
}

func (m *Model) disqualifierRef(fa *Facts, f *lead.Fields) (string, string) {
	if e, ok := m.disqCountries[fa.Country]; ok && fa.Country != "" {
		d := "Country " + fa.Country
		if e != fa.Country {
			d += " (" + e + ")"
		}
		return "country", d + " is excluded"
	}
	if len(m.disqDomains) > 0 {
		for _, d := range [2]string{fa.EmailDomain, hostOf(f.Website)} {
			if d != "" && domainIn(m.disqDomains, d) {
				return "domain", "Domain " + d + " is excluded"
			}
		}
	}
	if m.disq.Competitor && fa.Competitor {
		return "competitor", "Lead comes from a competitor"
	}
	if m.disq.Student && (fa.Seniority == SeniorityStudent || fa.negMask&(1<<negStudentCat) != 0) {
		return "student", "Lead is a student or doing student research"
	}
	if m.disq.JobSeeker && fa.negMask&(1<<negJobSeekerCat) != 0 {
		return "job_seeker", "Lead is looking for a job"
	}
	if m.disq.Vendor && fa.negMask&(1<<negVendorCat) != 0 {
		return "vendor", "Lead is pitching a service or partnership"
	}
	if m.disq.Support && fa.negMask&(1<<negSupportCat) != 0 {
		return "support", "Lead is a support request"
	}
	return "", ""
}
