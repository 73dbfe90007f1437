// Package qualify scores how well a screened lead fits what sales wants:
// budget, authority, need and timeline (BANT), firmographics, hard
// disqualifiers and a segment. Every point comes with a lead.Reason that
// explains it. A Model is compiled once from a Config and is then pure and
// safe for concurrent use.
package qualify

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/leadsieve/leadsieve/internal/lead"
)

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

	negMask uint8
}

// HasBudget reports a stated amount or a budget option other than "none".
func (f *Facts) hasBudget() bool {
	return !f.BudgetNone && (f.BudgetAmount > 0 || f.BudgetBase > 0 || f.BudgetRange != "")
}

// Score is Evaluate without the facts.
func (m *Model) Score(f *lead.Fields, s lead.Screening) lead.Fit {
	return *m.ScoreFit(f, s)
}

// ScoreFit is Score for callers that keep a pointer to the fit: it
// returns one allocated together with the memory of its reasons.
func (m *Model) ScoreFit(f *lead.Fields, s lead.Screening) *lead.Fit {
	mem := new(evalMem)
	var fa Facts
	mem.fit = m.evaluate(f, s, &fa, mem)
	return &mem.fit
}

type scorer struct {
	m       *Model
	reasons []lead.Reason
	total   int
	arena   []byte // see begin
}

func (sc *scorer) add(code string, points int, detail string) {
	sc.reasons = append(sc.reasons, lead.Reason{Code: code, Points: points, Detail: detail, Stage: lead.StageFit})
	sc.total += points
}

// The reason details of one evaluation are written one after another into
// a shared arena, so they cost one allocation rather than one each. A
// detail is appended to begin()'s slice and handed to commit, which keeps
// its bytes as the string; later details only write past it (or into a
// new array once the arena is full), so committed bytes never change.

// begin returns the empty slice to append the next detail to.
func (sc *scorer) begin() []byte {
	if sc.arena == nil {
		sc.arena = make([]byte, 0, detailArenaSize)
	}
	return sc.arena
}

// commit adds a reason whose detail is d, built on begin()'s slice.
func (sc *scorer) commit(code string, points int, d []byte) {
	detail := ""
	if len(d) > 0 {
		detail = unsafe.String(unsafe.SliceData(d), len(d))
	}
	sc.arena = d[len(d):len(d)]
	sc.add(code, points, detail)
}

// addParts adds a reason whose detail is the concatenation of parts.
func (sc *scorer) addParts(code string, points int, parts ...string) {
	d := sc.begin()
	for _, p := range parts {
		d = append(d, p...)
	}
	sc.commit(code, points, d)
}

// evalMem is the memory one evaluation starts with, allocated in one
// piece: room for the Fit (ScoreFit returns a pointer to it), its reasons,
// the first entries of the lists of Facts and the arena of the details.
// Whatever outgrows it is allocated as usual. It is sized to fill the 896
// byte allocation class exactly (see TestEvalMemSize): leads earn up to
// nine reasons and format under 200 bytes of details. The arena, which
// holds no pointers, comes last so that the collector's scan ends before.
type evalMem struct {
	fit                         lead.Fit
	reasons                     [9]lead.Reason
	missing, products, negative [2]string
	arena                       [detailArenaSize]byte
}

// list returns l, or when l is nil, the empty slice of backing to append
// a first entry to. Its capacity is that of backing, so appends past it
// never write beyond.
func (*evalMem) list(l []string, backing *[2]string) []string {
	if l == nil {
		return backing[:0:len(backing)]
	}
	return l
}

// detailArenaSize holds the details a typical lead does not take from the
// memo tables (message reasons, e-mail domain): under 200 bytes.
const detailArenaSize = 200

// authorityCodes, timelineCodes and negativeCodes are the reason codes
// "authority_<level>", "timeline_<bucket>" and "negative_<category>",
// built once so scoring does not concatenate them per lead.
var (
	authorityCodes = func() (t [numLevels]string) {
		for i := range t {
			t[i] = "authority_" + Seniority(i).String()
		}
		return t
	}()
	timelineCodes = func() (t [numTimelines]string) {
		for i := range t {
			t[i] = "timeline_" + Timeline(i).String()
		}
		return t
	}()
	negativeCodes = func() (t [numNeg]string) {
		for i, c := range negCodes {
			t[i] = "negative_" + c
		}
		return t
	}()
)

// authorityCode returns "authority_" + lv.String().
func authorityCode(lv Seniority) string {
	if lv >= 0 && int(lv) < len(authorityCodes) {
		return authorityCodes[lv]
	}
	return "authority_" + lv.String()
}

// timelineCode returns "timeline_" + b.String().
func timelineCode(b Timeline) string {
	if b >= 0 && int(b) < len(timelineCodes) {
		return timelineCodes[b]
	}
	return "timeline_" + b.String()
}

func signed(p int) string {
	if p >= -signedTableMax && p <= signedTableMax {
		return signedTable[p+signedTableMax]
	}
	return formatSigned(p)
}

func formatSigned(p int) string {
	if p >= 0 {
		return "+" + strconv.Itoa(p)
	}
	return strconv.Itoa(p)
}

// signedTable holds signed(p) for the points rules use, so reason details
// do not allocate for them.
const signedTableMax = 200

var signedTable = func() (t [2*signedTableMax + 1]string) {
	for i := range t {
		t[i] = formatSigned(i - signedTableMax)
	}
	return t
}()

// Evaluate scores the lead and returns the facts it read.
func (m *Model) Evaluate(f *lead.Fields, s lead.Screening) (lead.Fit, Facts) {
	var fa Facts
	fit := m.evaluate(f, s, &fa, new(evalMem))
	return fit, fa
}

// evaluate scores the lead in the memory mem and records the facts it
// read in fa, which must be zero.
func (m *Model) evaluate(f *lead.Fields, s lead.Screening, fa *Facts, mem *evalMem) lead.Fit {
	sc := scorer{m: m, reasons: mem.reasons[:0], arena: mem.arena[:0]}
	fa.BaseCurrency = m.baseCur

	// The normalised message lives on the stack for typical messages:
	// matching only reads it, and details copy what they quote.
	// Normalising it also lists the words phrases hold (wordscan.go).
	// The buffers are small: longer lists spill to the heap.
	var msgBuf [msgBufSize]byte
	var recBuf [16]wordRec
	var spans [maxSpans]wordSpan
	msg, ascii, recs := m.msg.normalizeWords(msgBuf[:0], f.Message, recBuf[:0], &spans)
	var hitBuf [8]hit
	hits := m.msg.matchWords(msg, ascii, recs, hitBuf[:0])

	// Amounts and head counts are read from the lower-cased message, made
	// when the budget or size field leaves one to look for; without a
	// digit there is none, and nothing is lowered. It goes to msgBuf past
	// what normalizeWords wrote (len(message)+8 bytes, or the normalized
	// text if longer) when it fits there.
	src, low, lowered := "", "", false
	lower := func() {
		if !lowered && hasDigit(f.Message) {
			var spare []byte
			if off := max(len(f.Message)+8, len(msg)); off < len(msgBuf) {
				spare = msgBuf[off:off]
			}
			src, low = lowerText(spare, f.Message)
		}
		lowered = true
	}

	em := m.emailInfo(f.Email)

	if !m.budgetFromFieldOf(&sc, fa, f) && m.searchMessage && f.Message != "" {
		lower()
		m.budgetFromMessage(&sc, fa, src, low, hits)
	}
	m.authority(&sc, fa, f)
	m.need(&sc, fa, f, msg, hits, &em, mem)
	m.timeline(&sc, fa, f, msg, hits)
	if !m.sizeFromField(&sc, fa, f) && f.Message != "" {
		lower()
		m.sizeFromMessage(&sc, fa, low)
	}
	excluded := m.firmographics(&sc, fa, f, s, &em)

	// Required fields and facts.
	blocked := false
	for i, name := range m.requiredFields {
		if isBlank(f.Get(name)) {
			blocked = true
			fa.Missing = append(mem.list(fa.Missing, &mem.missing), name)
			sc.add("missing_required", m.missingFieldPoints, m.missingDetails[i])
		}
	}
	fa.Budget = fa.hasBudget()
	fa.Authority = fa.Seniority >= m.minLevel
	fa.HasTimeline = fa.Timeline >= TimelineNow && fa.Timeline <= TimelineNextYear
	present := [4]bool{fa.Budget, fa.Authority, fa.Need, fa.HasTimeline}
	for k := 0; k < 4; k++ {
		if m.required[k] && !present[k] {
			blocked = true
			fa.Missing = append(mem.list(fa.Missing, &mem.missing), factLabels[k])
			sc.add("missing_required", 0, missingFactDetails[k])
		}
	}

	fit := lead.Fit{Score: clamp(m.base+sc.total, 0, 100)}
	if code, rcode, detail := m.disqualifier(fa, f, &em, excluded); code != "" {
		fit.Disqualified = code
		sc.add(rcode, 0, detail)
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
	fit.Segment = m.segmentFor(fa)
	return fit
}

// isBlank reports whether strings.TrimSpace(s) is "", without trimming
// the (usually filled) field: it stops at the first byte that is not
// ASCII white space.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
		default:
			if s[i] >= utf8.RuneSelf {
				return strings.TrimSpace(s[i:]) == ""
			}
			return false
		}
	}
	return true
}

// missingFactDetails are the details of a missing required BANT fact.
var missingFactDetails = func() (t [4]string) {
	for k, l := range factLabels {
		t[k] = "Required " + l + " not found: cannot qualify"
	}
	return t
}()

// missingFieldDetail is the detail of an empty required field.
func missingFieldDetail(name string, points int) string {
	return "Required field '" + name + "' is empty: " + signed(points)
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

// budgetFromFieldOf scores the budget field and reports whether it
// settled the budget.
func (m *Model) budgetFromFieldOf(sc *scorer, fa *Facts, f *lead.Fields) bool {
	bv := strings.TrimSpace(f.Get(m.budgetField))
	return bv != "" && m.budgetFromField(sc, fa, bv)
}

// budgetFromMessage scores an amount or a "no budget" phrase in the
// message: src and low are the message as lowerText returns it, both
// empty when it has no digit.
func (m *Model) budgetFromMessage(sc *scorer, fa *Facts, src, low string, hits []hit) {
	amt, found := amount{}, false
	if low != "" {
		amt, found = findAmountIn(src, low, false, m.rangePoint)
	}
	if !found {
		for _, h := range hits {
			if m.msgMeta[h.id].kind == kindBudgetNone {
				fa.BudgetText, fa.BudgetNone = "message", true
				sc.addParts("budget_none", m.nonePoints, "Message says there is no budget: ", signed(m.nonePoints))
				return
			}
		}
		return
	}
	m.scoreAmount(sc, fa, amt)
}

// budgetFromText scores the budget field's text bv: a select option, a
// phrase meaning "no budget" or an amount. It reports whether it found
// one; otherwise nothing was recorded.
func (m *Model) budgetFromText(sc *scorer, fa *Facts, bv string) bool {
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
		return true
	}
	nv := normalize(bv)
	var hb [4]hit
	if len(m.noneBudget.scan(nv, hb[:0])) > 0 {
		fa.BudgetText, fa.BudgetNone = bv, true
		sc.addParts("budget_none", m.nonePoints, "Budget '", bv, "' means no budget: ", signed(m.nonePoints))
		return true
	}
	amt, found := findAmount(bv, true, m.rangePoint)
	if !found {
		return false
	}
	m.scoreAmount(sc, fa, amt)
	return true
}

// scoreAmount scores a budget amount against the bands.
func (m *Model) scoreAmount(sc *scorer, fa *Facts, amt amount) {
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

// bandLabels returns bandLabel of each band, computed once at compile time
// so that scoring appends the text instead of formatting it per lead.
func bandLabels(bs []Band) []string {
	if len(bs) == 0 {
		return nil
	}
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = bandLabel(b)
	}
	return out
}

func bandLabel(b Band) string {
	var buf [48]byte
	return string(appendBandLabel(buf[:0], b))
}

func appendBandLabel(dst []byte, b Band) []byte {
	dst = appendShortNum(dst, b.Min)
	if b.Max == 0 {
		return append(dst, '+')
	}
	dst = append(dst, "–"...)
	return appendShortNum(dst, b.Max)
}

// appendGroupNum appends 25000 as "25,000".
func appendGroupNum(dst []byte, f float64) []byte {
	n := int64(f + 0.5)
	var digits [24]byte
	s := strconv.AppendInt(digits[:0], n, 10)
	if len(s) <= 3 {
		return append(dst, s...)
	}
	pre := len(s) % 3
	dst = append(dst, s[:pre]...)
	for i := pre; i < len(s); i += 3 {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, s[i:i+3]...)
	}
	return dst
}

// appendShortNum appends 25000 as "25k" and 1500000 as "1.5m".
func appendShortNum(dst []byte, f float64) []byte {
	switch {
	case f >= 1e6:
		return append(appendPlainFloat(dst, f/1e6), 'm')
	case f >= 1e3:
		return append(appendPlainFloat(dst, f/1e3), 'k')
	}
	return appendPlainFloat(dst, f)
}

// appendPlainFloat is strconv.AppendFloat(dst, f, 'f', -1, 64), with whole
// numbers (what bands hold) formatted as integers, which is the same text
// and cheaper.
func appendPlainFloat(dst []byte, f float64) []byte {
	if f >= 1 && f < 1e15 && f == math.Trunc(f) {
		return strconv.AppendInt(dst, int64(f), 10)
	}
	return strconv.AppendFloat(dst, f, 'f', -1, 64)
}

// Seniority returns the level the built-in and configured vocabularies
// read from a job title.
func (m *Model) Seniority(title string) Seniority {
	t := normalize(title)
	if t == "" {
		return SeniorityUnknown
	}
	var buf [8]hit
	hits := m.titles.scan(t, buf[:0])
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

func (m *Model) need(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit, em *emailFacts, mem *evalMem) {
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
				fa.Products = append(mem.list(fa.Products, &mem.products), in.Product)
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
			fa.Negative = append(mem.list(fa.Negative, &mem.negative), negCodes[meta.index])
			p := m.negPoints[meta.index]
			sc.addParts(negativeCodes[meta.index], p, "Message mentions '", msg[h.start:h.end], "' (", negLabels[meta.index], "): ", signed(p))
		}
	}
	// Competitor domains: e-mail and website.
	fa.EmailDomain = em.dom
	if len(m.competitors) > 0 {
		d := em.dom
		if em.flags&domainCompetitor == 0 {
			if d = hostOf(f.Website); d != "" && !domainIn(m.competitors, d) {
				d = ""
			}
		}
		if d != "" {
			fa.Competitor = true
			sc.addParts("negative_competitor", m.compPoints, "Domain '", d, "' belongs to a competitor: ", signed(m.compPoints))
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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

func (m *Model) timeline(sc *scorer, fa *Facts, f *lead.Fields, msg string, hits []hit) {
	if tv := strings.TrimSpace(f.Get(m.timelineField)); tv != "" {
		e, ok := m.memo.timeline.Get(tv)
		if !ok {
			e = m.readTimelineField(tv)
			m.memo.timeline.Put(tv, e)
		}
		if e.bucket != TimelineUnknown {
			fa.Timeline = e.bucket
			sc.addMemo(&e.reason)
			return
		}
	}
	// earliest mention in the message
	for _, h := range hits {
		if meta := m.msgMeta[h.id]; meta.kind == kindTimeline {
			b, what := Timeline(meta.index), msg[h.start:h.end]
			fa.Timeline = b
			p := m.timelinePoints[b]
			sc.addParts(timelineCode(b), p, "Message mentions '", what, "' reads as ", timelineLabels[b], ": ", signed(p))
			return
		}
	}
}

// firmographics scores company size, industry, country and the e-mail
// domain em. low is the lower-case message, empty when it has no digit.
// sizeFromField scores the company size field and reports whether it
// gave a head count.
func (m *Model) sizeFromField(sc *scorer, fa *Facts, f *lead.Fields) bool {
	sv := strings.TrimSpace(f.Get(m.sizeField))
	if sv == "" {
		return false
	}
	e, ok := m.memo.size.Get(sv)
	if !ok {
		e = m.readSizeField(sv)
		m.memo.size.Put(sv, e)
	}
	if !e.ok {
		return false
	}
	fa.CompanySize = e.n
	sc.addMemo(&e.reason)
	return true
}

// sizeFromMessage scores a head count in the lower-case message low
// (empty when it has no digit).
func (m *Model) sizeFromMessage(sc *scorer, fa *Facts, low string) {
	if n, ok := headCountIn(low, false); ok {
		fa.CompanySize = n
		d, pts := m.appendSizeDetail(sc.begin(), "message", n)
		sc.commit("company_size", pts, d)
	}
}

// firmographics scores industry, country and the e-mail domain em (the
// company size comes just before, from sizeFromField or sizeFromMessage).
// It returns the detail of the disqualified_country reason when the
// country is excluded, and "" otherwise.
func (m *Model) firmographics(sc *scorer, fa *Facts, f *lead.Fields, s lead.Screening, em *emailFacts) (excluded string) {
	// industry
	if iv := strings.TrimSpace(f.Industry); iv != "" && len(m.industries) > 0 {
		e, ok := m.memo.industry.Get(iv)
		if !ok {
			e = m.readIndustry(iv)
			m.memo.industry.Put(iv, e)
		}
		if e.ok {
			fa.Industry = iv
			sc.addMemo(&e)
		}
	}
	// country
	if cv := strings.TrimSpace(f.Country); cv != "" {
		e, ok := m.memo.country.Get(cv)
		if !ok {
			e = m.readCountry(cv)
			m.memo.country.Put(cv, e)
		}
		fa.Country, excluded = e.cc, e.excluded
		if e.reason.ok {
			sc.addMemo(&e.reason)
		}
	}
	// e-mail domain
	if em.dom != "" {
		if s.FreeMail || em.flags&domainFree != 0 {
			fa.FreeMail = true
			sc.addParts("free_mail", m.freePoints, "Free-mail address at ", em.dom, ": ", signed(m.freePoints))
		} else {
			sc.addParts("corporate_email", m.corpPoints, "Company e-mail domain ", em.dom, ": ", signed(m.corpPoints))
		}
	}
	return excluded
}

// appendSizeDetail appends the detail of a company size of n employees
// read from src, and returns it with the points the size earns.
func (m *Model) appendSizeDetail(d []byte, src string, n int) ([]byte, int) {
	pts := 0
	d = append(d, "Company size '"...)
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
	return d, pts
}

// disqualifier returns the first hard disqualifier that applies: its
// code, and the code and detail of its reason. excluded is what
// firmographics returned for the country.
func (m *Model) disqualifier(fa *Facts, f *lead.Fields, em *emailFacts, excluded string) (code, reasonCode, detail string) {
	if excluded != "" {
		return "country", "disqualified_country", excluded
	}
	if len(m.disqDomains) > 0 {
		d := ""
		if em.flags&domainExcluded != 0 {
			d = em.dom
		} else if h := hostOf(f.Website); h != "" && domainIn(m.disqDomains, h) {
			d = h
		}
		if d != "" {
			return "domain", "disqualified_domain", "Domain " + d + " is excluded: fit forced to 0"
		}
	}
	if m.disq.Competitor && fa.Competitor {
		return "competitor", "disqualified_competitor", "Lead comes from a competitor: fit forced to 0"
	}
	if m.disq.Student && (fa.Seniority == SeniorityStudent || fa.negMask&(1<<negStudentCat) != 0) {
		return "student", "disqualified_student", "Lead is a student or doing student research: fit forced to 0"
	}
	if m.disq.JobSeeker && fa.negMask&(1<<negJobSeekerCat) != 0 {
		return "job_seeker", "disqualified_job_seeker", "Lead is looking for a job: fit forced to 0"
	}
	if m.disq.Vendor && fa.negMask&(1<<negVendorCat) != 0 {
		return "vendor", "disqualified_vendor", "Lead is pitching a service or partnership: fit forced to 0"
	}
	if m.disq.Support && fa.negMask&(1<<negSupportCat) != 0 {
		return "support", "disqualified_support", "Lead is a support request: fit forced to 0"
	}
	return "", "", ""
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
