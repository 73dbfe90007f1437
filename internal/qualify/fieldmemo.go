package qualify

import (
	"strings"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/memo"
)

// Memo table sizes. The fields they key are select options or short
// labels: a handful of budget, timeline and size options per form, a few
// hundred job titles, countries and industries. A table keeps one entry
// per slot, and keys meeting in a slot evict each other, so the tables
// have many more slots than the values they usually see (with 128 slots,
// two of ten options shared one about a third of the time, and every lead
// then paid for reading its option again). Keys longer than memoMaxKey
// bytes are never stored, and every string a value holds is a reason
// detail or fact of at most memoMaxKey bytes of input plus fixed text, so
// each table holds at most slots × a few hundred bytes (about 2.5 MB for
// all tables of a model at worst; empty slots cost 8 bytes).
const (
	memoMaxKey      = 64
	memoOptionSlots = 1024 // budget, timeline, company size options
	memoTitleSlots  = 2048 // job titles
	memoPlaceSlots  = 1024 // countries and industries
)

// fieldMemo holds a Model's memo tables: what scoring one value of a
// low-cardinality field produced (facts and the finished reason), so that
// a repeated value skips normalising, matching, parsing and formatting.
// The tables belong to the Model because the results depend on its
// configuration. Values are immutable once stored.
type fieldMemo struct {
	budget   *memo.Table[budgetMemo]
	title    *memo.Table[titleMemo]
	timeline *memo.Table[timelineMemo]
	size     *memo.Table[sizeMemo]
	industry *memo.Table[reasonMemo]
	country  *memo.Table[countryMemo]
}

func newFieldMemo() fieldMemo {
	return fieldMemo{
		budget:   memo.New[budgetMemo](memoOptionSlots, memoMaxKey),
		title:    memo.New[titleMemo](memoTitleSlots, memoMaxKey),
		timeline: memo.New[timelineMemo](memoOptionSlots, memoMaxKey),
		size:     memo.New[sizeMemo](memoOptionSlots, memoMaxKey),
		industry: memo.New[reasonMemo](memoPlaceSlots, memoMaxKey),
		country:  memo.New[countryMemo](memoPlaceSlots, memoMaxKey),
	}
}

// reasonMemo is a finished reason; ok is false when the value gave none.
type reasonMemo struct {
	ok     bool
	code   string
	points int
	detail string
}

// addMemo adds the remembered reason r.
func (sc *scorer) addMemo(r *reasonMemo) {
	sc.add(r.code, r.points, r.detail)
}

// budgetMemo is what the budget field's text gave: found is false when it
// named no option, no "no budget" phrase and no amount, and the message is
// to be searched instead.
type budgetMemo struct {
	found          bool
	text, rng, cur string
	amount, base   float64
	monthly, none  bool
	reason         reasonMemo
}

// readBudgetField scores the budget field's text bv, which the result may
// keep (the caller passes a copy it owns).
func (m *Model) readBudgetField(bv string) budgetMemo {
	var sc scorer
	var fa Facts
	if !m.budgetFromText(&sc, &fa, bv) {
		return budgetMemo{}
	}
	return budgetMemo{
		found: true, text: fa.BudgetText, rng: fa.BudgetRange, cur: fa.BudgetCurrency,
		amount: fa.BudgetAmount, base: fa.BudgetBase, monthly: fa.BudgetMonthly, none: fa.BudgetNone,
		reason: onlyReason(&sc),
	}
}

// onlyReason returns the single reason sc holds, with its detail copied out
// of sc's arena so that the arena is not kept alive by a memo table.
func onlyReason(sc *scorer) reasonMemo {
	r := sc.reasons[0]
	return reasonMemo{ok: true, code: r.Code, points: r.Points, detail: strings.Clone(r.Detail)}
}

// budgetFromField scores the budget field through the memo table and reports
// whether it settled the budget.
func (m *Model) budgetFromField(sc *scorer, fa *Facts, bv string) bool {
	e, ok := m.memo.budget.Get(bv)
	if !ok {
		e = m.readBudgetField(strings.Clone(bv))
		m.memo.budget.Put(bv, e)
	}
	if !e.found {
		return false
	}
	fa.BudgetText, fa.BudgetRange, fa.BudgetCurrency = e.text, e.rng, e.cur
	fa.BudgetAmount, fa.BudgetBase = e.amount, e.base
	fa.BudgetMonthly, fa.BudgetNone = e.monthly, e.none
	sc.addMemo(&e.reason)
	return true
}

// titleMemo is the seniority read from a job title and its reason.
type titleMemo struct {
	level  Seniority
	reason reasonMemo
}

func (m *Model) authority(sc *scorer, fa *Facts, f *lead.Fields) {
	title := strings.TrimSpace(f.Get(m.titleField))
	if title == "" {
		return
	}
	e, ok := m.memo.title.Get(title)
	if !ok {
		lv := m.Seniority(title)
		p := m.levelPoints[lv]
		e = titleMemo{level: lv, reason: reasonMemo{ok: true, code: authorityCode(lv), points: p,
			detail: "Job title '" + title + "' reads as " + seniorityLabels[lv] + ": " + signed(p)}}
		m.memo.title.Put(title, e)
	}
	fa.Seniority = e.level
	sc.addMemo(&e.reason)
}

// timelineMemo is the bucket a timeline field value reads as and its
// reason; TimelineUnknown sends scoring to the message.
type timelineMemo struct {
	bucket Timeline
	reason reasonMemo
}

// readTimelineField reads the timeline field's text tv.
func (m *Model) readTimelineField(tv string) timelineMemo {
	var src string
	b := TimelineUnknown
	if x, ok := lookupNormalized(m.timelineValues, tv); ok {
		b, src = x, "Timeline option"
	} else {
		nv := normalize(tv)
		var buf [8]hit
		for _, h := range m.msg.scan(nv, buf[:0]) {
			if meta := m.msgMeta[h.id]; meta.kind == kindTimeline {
				b, src = Timeline(meta.index), "Timeline"
				break
			}
		}
	}
	if b == TimelineUnknown {
		return timelineMemo{}
	}
	p := m.timelinePoints[b]
	return timelineMemo{bucket: b, reason: reasonMemo{ok: true, code: timelineCode(b), points: p,
		detail: src + " '" + tv + "' reads as " + timelineLabels[b] + ": " + signed(p)}}
}

// sizeMemo is the head count a company size field value gives and its
// reason; ok is false when it gives none.
type sizeMemo struct {
	n      int
	ok     bool
	reason reasonMemo
}

func (m *Model) readSizeField(sv string) sizeMemo {
	n, ok := lookupNormalized(m.sizeValues, sv)
	if !ok {
		n, ok = findHeadCount(sv, true)
	}
	if !ok {
		return sizeMemo{}
	}
	d, pts := m.appendSizeDetail(make([]byte, 0, 64+len(sv)), sv, n)
	return sizeMemo{n: n, ok: true, reason: reasonMemo{ok: true, code: "company_size", points: pts, detail: string(d)}}
}

// readIndustry scores the industry field's text iv.
func (m *Model) readIndustry(iv string) reasonMemo {
	var buf [8]hit
	best := -1
	for _, h := range m.industryM.scan(normalize(iv), buf[:0]) {
		if best < 0 || int(h.id) < best {
			best = int(h.id)
		}
	}
	if best < 0 {
		return reasonMemo{}
	}
	r := m.industries[best]
	return reasonMemo{ok: true, code: "industry", points: r.Points, detail: "Industry '" + iv + "': " + signed(r.Points)}
}

// countryMemo is the ISO code a country field value names and the region
// reason it earns.
type countryMemo struct {
	cc     string
	reason reasonMemo
	// excluded is the detail of the disqualified_country reason when cc
	// is on the excluded list, and "" otherwise.
	excluded string
}

func (m *Model) readCountry(cv string) countryMemo {
	cc := m.resolveCountry(cv)
	e := countryMemo{cc: cc}
	if cc == "" {
		return e
	}
	if x, ok := m.disqCountries[cc]; ok {
		d := "Country " + cc
		if x != cc {
			d += " (" + x + ")"
		}
		e.excluded = d + " is excluded: fit forced to 0"
	}
	for _, r := range m.countryRules {
		if r.set[cc] {
			lbl := r.labels[cc]
			d := "Country '" + cv + "' (" + cc + ")"
			if lbl != cc {
				d += " in " + lbl
			}
			e.reason = reasonMemo{ok: true, code: "region", points: r.points, detail: d + ": " + signed(r.points)}
			break
		}
	}
	return e
}

// Flags of domainFlags: the lists a domain or one of its parents is on.
const (
	domainFree uint8 = 1 << iota
	domainCompetitor
	domainExcluded
)

// emailFacts is what the model makes of the lead's e-mail domain: the
// domain as scored (lower case, trimmed) and the lists it is on.
type emailFacts struct {
	dom   string
	flags uint8
}

// emailInfo reads the domain of email. It is cheap enough per lead that
// domains, of which exports hold very many, need no memo table.
func (m *Model) emailInfo(email string) emailFacts {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return emailFacts{}
	}
	dom := toLower(strings.TrimSpace(email[at+1:]))
	if dom == "" || len(m.domainFlags) == 0 {
		return emailFacts{dom: dom}
	}
	return emailFacts{dom: dom, flags: m.domainFlagsOf(dom)}
}

// toLower is strings.ToLower, which returns s itself when it is ASCII
// without upper case: that is checked here in one cheaper pass.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// domainFlagsOf ORs the flags of d and its parent domains in domainFlags:
// bit b is set exactly when domainIn reports d in the list of flag b.
func (m *Model) domainFlagsOf(d string) uint8 {
	var f uint8
	for {
		if d != "" && m.domainLens&(1<<min(len(d), 63)) != 0 {
			fl, _ := m.domainTab.Get(d)
			f |= fl
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			return f
		}
		d = d[i+1:]
	}
}
