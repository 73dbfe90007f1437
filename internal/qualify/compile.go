package qualify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"github.com/leadsieve/leadsieve/internal/region"
)

// FieldError is one problem in a Config. Path locates the offending value
// from the qualification section: strings are mapping keys, ints are list
// indexes (["budget", "ranges", 2, "points"]).
type FieldError struct {
	Path []any
	Msg  string
}

// PathString renders Path as budget.ranges[2].points.
func (e FieldError) PathString() string { return FormatPath(e.Path) }

func (e FieldError) Error() string {
	if len(e.Path) == 0 {
		return e.Msg
	}
	return e.PathString() + ": " + e.Msg
}

// FormatPath renders a path of keys and indexes as a.b[2].c.
func FormatPath(p []any) string {
	var b strings.Builder
	for _, k := range p {
		switch k := k.(type) {
		case int:
			b.WriteString("[" + strconv.Itoa(k) + "]")
		default:
			s := fmt.Sprint(k)
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s)
		}
	}
	return b.String()
}

// ConfigError lists every problem found in a Config.
type ConfigError []FieldError

func (e ConfigError) Error() string {
	parts := make([]string, len(e))
	for i, fe := range e {
		parts[i] = fe.Error()
	}
	return "invalid qualification config: " + strings.Join(parts, "; ")
}

// Point values must lie in this range.
const (
	MinPoints = -100
	MaxPoints = 100
)

type validator struct{ errs ConfigError }

func (v *validator) add(msg string, path ...any) {
	v.errs = append(v.errs, FieldError{Path: append([]any(nil), path...), Msg: msg})
}

func (v *validator) points(p int, path ...any) {
	if p < MinPoints || p > MaxPoints {
		v.add(fmt.Sprintf("points %d out of range %d..%d", p, MinPoints, MaxPoints), path...)
	}
}

var fieldName = regexp.MustCompile(`^[a-z0-9_]+$`)

func (v *validator) field(name string, path ...any) {
	if !fieldName.MatchString(name) {
		v.add(fmt.Sprintf("field name %q must be lower-case letters, digits and underscores", name), path...)
	}
}

func (v *validator) currencyCode(code string, path ...any) bool {
	if len(code) != 3 || strings.ToUpper(code) != code {
		v.add(fmt.Sprintf("currency %q must be an upper-case ISO 4217 code such as EUR", code), path...)
		return false
	}
	if _, err := currency.ParseISO(code); err != nil {
		v.add(fmt.Sprintf("unknown currency %q", code), path...)
		return false
	}
	return true
}

func (v *validator) bands(bs []Band, path ...any) {
	prevMax := -1.0
	for i, b := range bs {
		p := append(append([]any(nil), path...), i)
		v.points(b.Points, append(p, "points")...)
		if b.Min < 0 {
			v.add("min must not be negative", append(p, "min")...)
		}
		if b.Max != 0 && b.Max < b.Min {
			v.add(fmt.Sprintf("max %s is below min %s", num(b.Max), num(b.Min)), append(p, "max")...)
		}
		if i > 0 {
			if prevMax == 0 {
				v.add("band follows a band without max (open-ended bands must come last)", p...)
			} else if b.Min <= prevMax {
				v.add(fmt.Sprintf("min %s overlaps the previous band ending at %s; list bands in increasing order", num(b.Min), num(prevMax)), append(p, "min")...)
			}
		}
		prevMax = b.Max
	}
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// levelNames are the seniority levels configurable in authority.points.
var levelNames = map[string]Seniority{
	"c_level": SeniorityCLevel, "vp": SeniorityVP, "director": SeniorityDirector,
	"manager": SeniorityManager, "ic": SeniorityIC, "student": SeniorityStudent,
}

var bucketNames = map[string]Timeline{
	"now": TimelineNow, "quarter": TimelineQuarter, "year": TimelineYear,
	"next_year": TimelineNextYear, "research": TimelineResearch,
}

var negativeNames = map[string]int{
	"job_seeker": negJobSeekerCat, "student_research": negStudentCat, "vendor": negVendorCat, "support": negSupportCat,
}

// Negative categories.
const (
	negJobSeekerCat = iota
	negStudentCat
	negVendorCat
	negSupportCat
	numNeg
)

var negCodes = [numNeg]string{"job_seeker", "student_research", "vendor", "support"}

var negLabels = [numNeg]string{"job seeker", "student research", "vendor or partnership pitch", "support request"}

var negDefaultPoints = [numNeg]int{-40, -30, -30, -25}

// Message matcher kinds.
const (
	kindIntent = iota
	kindNegative
	kindTimeline
	kindBudgetNone
)

type msgMeta struct {
	kind  int
	index int
}

// Title categories beyond the seniority levels.
const (
	titleCatAssistant = -1
)

type needField struct {
	name   string
	values map[string]int // normalized value -> points
	labels map[string]string
}

type countryRule struct {
	set    map[string]bool
	labels map[string]string // code -> the entry that matched (region or code)
	points int
}

// Model is a compiled qualification configuration. It is immutable and safe
// for concurrent use.
type Model struct {
	base, qualifyAt, nearMissBand int
	gradeA, gradeB, gradeC        int
	required                      [4]bool
	requiredFields                []string
	missingFieldPoints            int

	budgetField    string
	baseCur        string
	defCur         string
	rates          map[string]float64
	rangePoint     int
	ranges         map[string]int
	rangeList      []BudgetRange
	bands          []labeledBand
	nonePoints     int
	searchMessage  bool
	noneBudget     *matcher
	titleField     string
	titles         *matcher
	titleMeta      []int
	levelPoints    [numLevels]int
	minLevel       Seniority
	needFields     []needField
	msg            *matcher
	msgMeta        []msgMeta
	intents        []Intent
	maxNeed        int
	negPoints      [numNeg]int
	competitors    map[string]bool
	compPoints     int
	timelineField  string
	timelinePoints [numTimelines]int
	timelineValues map[string]Timeline
	sizeField      string
	sizeValues     map[string]int
	sizeBands      []labeledBand
	industries     []MatchPoints
	industryM      *matcher
	countryRules   []countryRule
	regions        map[string][]string
	countryNames   region.Names
	corpPoints     int
	freePoints     int
	freeDomains    map[string]bool
	disqCountries  map[string]string
	disqDomains    map[string]bool
	disq           DisqualifierConfig
	segments       []segment
	defaultSegment string
	products       map[string]bool
}

// compileBudget adds built-in and configured phrases.
func addPhrases(v *validator, m *matcher, phrases []string, id int32, path ...any) {
	for i, p := range phrases {
		if err := m.add(p, id); err != nil {
			v.add(err.Error(), append(append([]any(nil), path...), i)...)
		}
	}
}

// Compile validates cfg and builds a Model. Every problem is reported in a
// ConfigError.
func Compile(cfg Config) (*Model, error) {
	v := &validator{}
	m := &Model{base: cfg.Base, qualifyAt: cfg.QualifyAt, nearMissBand: cfg.NearMissBand}
	if m.qualifyAt == 0 {
		m.qualifyAt = 60
	}
	v.points(cfg.Base, "base")
	if m.qualifyAt < 1 || m.qualifyAt > 100 {
		v.add(fmt.Sprintf("qualify_at %d must be between 1 and 100", cfg.QualifyAt), "qualify_at")
	}
	bandKey := "near_miss_band"
	if cfg.ReviewBand != 0 {
		bandKey, m.nearMissBand = "review_band", cfg.ReviewBand
		if cfg.NearMissBand != 0 {
			v.add("review_band is the old name of near_miss_band: set near_miss_band only", "review_band")
		}
	}
	if m.nearMissBand < 0 || m.nearMissBand >= m.qualifyAt {
		v.add(fmt.Sprintf("%s %d must be between 0 and qualify_at-1 (%d)", bandKey, m.nearMissBand, m.qualifyAt-1), bandKey)
	}
	g := cfg.Grades
	if g == (Grades{}) {
		g = Grades{A: 80, B: 60, C: 40}
	}
	m.gradeA, m.gradeB, m.gradeC = g.A, g.B, g.C
	switch {
	case g.A > 100 || g.A < 1:
		v.add(fmt.Sprintf("grade A threshold %d must be between 1 and 100", g.A), "grades", "a")
	case g.B >= g.A:
		v.add(fmt.Sprintf("grade B threshold %d must be below grade A (%d)", g.B, g.A), "grades", "b")
	case g.C >= g.B:
		v.add(fmt.Sprintf("grade C threshold %d must be below grade B (%d)", g.C, g.B), "grades", "c")
	case g.C < 0:
		v.add("grade C threshold must not be negative", "grades", "c")
	}
	for i, r := range cfg.Required {
		k, ok := factNames[r]
		if !ok {
			v.add(fmt.Sprintf("unknown fact %q (use budget, authority, need or timeline)", r), "required", i)
			continue
		}
		m.required[k] = true
	}
	for i, f := range cfg.RequiredFields {
		v.field(f, "required_fields", i)
	}
	m.requiredFields = cfg.RequiredFields
	m.missingFieldPoints = cfg.MissingFieldPoints
	v.points(cfg.MissingFieldPoints, "missing_field_points")

	m.compileBudget(v, cfg.Budget)
	m.compileAuthority(v, cfg.Authority)
	m.msg = newMatcher()
	m.compileNeed(v, cfg.Need)
	m.compileTimeline(v, cfg.Timeline)
	m.compileFirmographics(v, cfg.Firmographics)
	m.compileDisqualifiers(v, cfg.Disqualifiers)
	m.compileSegments(v, cfg)
	if len(v.errs) > 0 {
		return nil, v.errs
	}
	return m, nil
}

var factNames = map[string]int{"budget": factBudget, "authority": factAuthority, "need": factNeed, "timeline": factTimeline}

// BANT facts.
const (
	factBudget = iota
	factAuthority
	factNeed
	factTimeline
)

var factLabels = [4]string{"budget", "authority", "need", "timeline"}

func (m *Model) compileBudget(v *validator, c BudgetConfig) {
	m.budgetField = c.Field
	if m.budgetField == "" {
		m.budgetField = "budget"
	}
	v.field(m.budgetField, "budget", "field")
	m.baseCur = c.BaseCurrency
	if m.baseCur == "" {
		m.baseCur = "EUR"
	}
	v.currencyCode(m.baseCur, "budget", "base_currency")
	m.defCur = c.DefaultCurrency
	if m.defCur == "" {
		m.defCur = m.baseCur
	} else {
		v.currencyCode(m.defCur, "budget", "default_currency")
	}
	m.rates = map[string]float64{m.baseCur: 1}
	for code, r := range c.Rates {
		if v.currencyCode(code, "budget", "rates", code) && r <= 0 {
			v.add(fmt.Sprintf("rate %s must be positive", num(r)), "budget", "rates", code)
		}
		if code != m.baseCur {
			m.rates[code] = r
		}
	}
	if _, ok := m.rates[m.defCur]; !ok {
		v.add(fmt.Sprintf("default currency %s has no rate in budget.rates", m.defCur), "budget", "default_currency")
	}
	switch c.RangePoint {
	case "", "low":
		m.rangePoint = rangeLow
	case "mid":
		m.rangePoint = rangeMid
	case "high":
		m.rangePoint = rangeHigh
	default:
		v.add(fmt.Sprintf("range_point %q must be low, mid or high", c.RangePoint), "budget", "range_point")
	}
	m.ranges = map[string]int{}
	for i, r := range c.Ranges {
		n := normalize(r.Value)
		if n == "" {
			v.add("value must not be empty", "budget", "ranges", i, "value")
		} else if j, dup := m.ranges[n]; dup {
			v.add(fmt.Sprintf("value %q repeats ranges[%d]", r.Value, j), "budget", "ranges", i, "value")
		}
		v.points(r.Points, "budget", "ranges", i, "points")
		if r.Min < 0 {
			v.add("min must not be negative", "budget", "ranges", i, "min")
		}
		if r.Max != 0 && r.Max < r.Min {
			v.add(fmt.Sprintf("max %s is below min %s", num(r.Max), num(r.Min)), "budget", "ranges", i, "max")
		}
		m.ranges[n] = i
	}
	m.rangeList = c.Ranges
	v.bands(c.Bands, "budget", "bands")
	m.bands = labelBands(c.Bands)
	m.nonePoints = c.NonePoints
	v.points(c.NonePoints, "budget", "none_points")
	m.searchMessage = c.SearchMessage == nil || *c.SearchMessage
	m.noneBudget = newMatcher()
	for _, p := range budgetNone {
		_ = m.noneBudget.add(p, 0)
	}
}

func (m *Model) compileAuthority(v *validator, c AuthorityConfig) {
	m.titleField = c.Field
	if m.titleField == "" {
		m.titleField = "job_title"
	}
	v.field(m.titleField, "authority", "field")
	for k, p := range c.Points {
		lv, ok := levelNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown level %q (use c_level, vp, director, manager, ic, student)", k), "authority", "points", k)
			continue
		}
		v.points(p, "authority", "points", k)
		m.levelPoints[lv] = p
	}
	m.titles = newMatcher()
	add := func(list []string, cat int) {
		id := int32(len(m.titleMeta))
		m.titleMeta = append(m.titleMeta, cat)
		for _, p := range list {
			if err := m.titles.add(p, id); err != nil {
				panic("qualify: built-in title " + p + ": " + err.Error())
			}
		}
	}
	add(titleAssistant, titleCatAssistant)
	add(titleIC, int(SeniorityIC))
	add(titleStudent, int(SeniorityStudent))
	add(titleManager, int(SeniorityManager))
	add(titleDirector, int(SeniorityDirector))
	add(titleVP, int(SeniorityVP))
	add(titleCLevel, int(SeniorityCLevel))
	for k, list := range c.Titles {
		lv, ok := levelNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown level %q (use c_level, vp, director, manager, ic, student)", k), "authority", "titles", k)
			continue
		}
		id := int32(len(m.titleMeta))
		m.titleMeta = append(m.titleMeta, int(lv))
		addPhrases(v, m.titles, list, id, "authority", "titles", k)
	}
	m.minLevel = SeniorityManager
	if c.MinLevel != "" {
		lv, ok := levelNames[c.MinLevel]
		if !ok {
			v.add(fmt.Sprintf("unknown level %q", c.MinLevel), "authority", "min_level")
		}
		m.minLevel = lv
	}
}

func (m *Model) addMsg(v *validator, phrases []string, kind, index int, path ...any) {
	id := int32(len(m.msgMeta))
	m.msgMeta = append(m.msgMeta, msgMeta{kind, index})
	if path == nil {
		for _, p := range phrases {
			if err := m.msg.add(p, id); err != nil {
				panic("qualify: built-in phrase " + p + ": " + err.Error())
			}
		}
		return
	}
	addPhrases(v, m.msg, phrases, id, path...)
}

func (m *Model) compileNeed(v *validator, c NeedConfig) {
	for name, vals := range c.Fields {
		v.field(name, "need", "fields", name)
		nf := needField{name: name, values: map[string]int{}, labels: map[string]string{}}
		for val, p := range vals {
			v.points(p, "need", "fields", name, val)
			nf.values[normalize(val)] = p
			nf.labels[normalize(val)] = val
		}
		m.needFields = append(m.needFields, nf)
	}
	sortNeedFields(m.needFields)
	m.products = map[string]bool{}
	for i, in := range c.Intents {
		if strings.TrimSpace(in.Name) == "" {
			v.add("name must not be empty", "need", "intents", i, "name")
		}
		if len(in.Phrases) == 0 {
			v.add("phrases must list at least one phrase", "need", "intents", i, "phrases")
		}
		v.points(in.Points, "need", "intents", i, "points")
		if in.Product != "" {
			m.products[in.Product] = true
		}
		m.addMsg(v, in.Phrases, kindIntent, i, "need", "intents", i, "phrases")
	}
	m.intents = c.Intents
	if c.MaxPoints < 0 || c.MaxPoints > MaxPoints {
		v.add(fmt.Sprintf("max_points %d must be between 0 and %d", c.MaxPoints, MaxPoints), "need", "max_points")
	}
	m.maxNeed = c.MaxPoints
	m.negPoints = negDefaultPoints
	builtins := [numNeg][]string{negJobSeeker, negStudentResearch, negVendor, negSupport}
	for cat := 0; cat < numNeg; cat++ {
		m.addMsg(v, builtins[cat], kindNegative, cat)
	}
	for k, r := range c.Negative {
		cat, ok := negativeNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown category %q (use job_seeker, student_research, vendor, support)", k), "need", "negative", k)
			continue
		}
		v.points(r.Points, "need", "negative", k, "points")
		m.negPoints[cat] = r.Points
		m.addMsg(v, r.Phrases, kindNegative, cat, "need", "negative", k, "phrases")
	}
	m.competitors = map[string]bool{}
	for i, d := range c.CompetitorDomains {
		if dd, ok := domainOK(d); ok {
			m.competitors[dd] = true
		} else {
			v.add(fmt.Sprintf("%q is not a domain name", d), "need", "competitor_domains", i)
		}
	}
	m.compPoints = c.CompetitorPoints
	v.points(c.CompetitorPoints, "need", "competitor_points")
	var multi []string
	for _, p := range budgetNone {
		if strings.Contains(p, " ") {
			multi = append(multi, p)
		}
	}
	m.addMsg(v, multi, kindBudgetNone, 0)
}

var domainRe = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$`)

func domainOK(d string) (string, bool) {
	d = strings.ToLower(strings.TrimSpace(d))
	return d, domainRe.MatchString(d)
}

func (m *Model) compileTimeline(v *validator, c TimelineConfig) {
	m.timelineField = c.Field
	if m.timelineField == "" {
		m.timelineField = "timeline"
	}
	v.field(m.timelineField, "timeline", "field")
	for k, p := range c.Points {
		b, ok := bucketNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown timeline %q (use now, quarter, year, next_year, research)", k), "timeline", "points", k)
			continue
		}
		v.points(p, "timeline", "points", k)
		m.timelinePoints[b] = p
	}
	m.timelineValues = map[string]Timeline{}
	for val, k := range c.Values {
		b, ok := bucketNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown timeline %q (use now, quarter, year, next_year, research)", k), "timeline", "values", val)
			continue
		}
		m.timelineValues[normalize(val)] = b
	}
	builtins := map[Timeline][]string{
		TimelineNow: timelineNow, TimelineQuarter: timelineQuarter, TimelineYear: timelineYear,
		TimelineNextYear: timelineNextYear, TimelineResearch: timelineResearch,
	}
	for b := TimelineNow; b < numTimelines; b++ {
		m.addMsg(v, builtins[b], kindTimeline, int(b))
	}
	for k, list := range c.Phrases {
		b, ok := bucketNames[k]
		if !ok {
			v.add(fmt.Sprintf("unknown timeline %q (use now, quarter, year, next_year, research)", k), "timeline", "phrases", k)
			continue
		}
		m.addMsg(v, list, kindTimeline, int(b), "timeline", "phrases", k)
	}
}

func (m *Model) compileFirmographics(v *validator, c FirmographicsConfig) {
	s := c.CompanySize
	m.sizeField = s.Field
	if m.sizeField == "" {
		m.sizeField = "company_size"
	}
	v.field(m.sizeField, "firmographics", "company_size", "field")
	m.sizeValues = map[string]int{}
	for val, n := range s.Values {
		if n < 1 {
			v.add(fmt.Sprintf("head count %d must be at least 1", n), "firmographics", "company_size", "values", val)
		}
		m.sizeValues[normalize(val)] = n
	}
	v.bands(s.Bands, "firmographics", "company_size", "bands")
	m.sizeBands = labelBands(s.Bands)
	m.industryM = newMatcher()
	for i, in := range c.Industries {
		if len(in.Match) == 0 {
			v.add("match must list at least one industry", "firmographics", "industries", i, "match")
		}
		v.points(in.Points, "firmographics", "industries", i, "points")
		addPhrases(v, m.industryM, in.Match, int32(i), "firmographics", "industries", i, "match")
	}
	m.industries = c.Industries
	m.regions = map[string][]string{}
	for name, codes := range c.Regions {
		if strings.ToUpper(name) != name || len(name) < 2 {
			v.add(fmt.Sprintf("region name %q must be upper case (EU, DACH)", name), "firmographics", "regions", name)
		}
		var list []string
		for i, code := range codes {
			cc, ok := countryCode(code)
			if !ok {
				v.add(fmt.Sprintf("%q is not an upper-case ISO 3166 country code", code), "firmographics", "regions", name, i)
				continue
			}
			list = append(list, cc)
		}
		m.regions[name] = list
	}
	for name, code := range c.CountryNames {
		if _, ok := countryCode(code); !ok {
			v.add(fmt.Sprintf("%q is not an upper-case ISO 3166 country code", code), "firmographics", "country_names", name)
			continue
		}
		_ = m.countryNames.Add(name, code) // cannot fail: code was checked
	}
	for i, r := range c.Countries {
		if len(r.Match) == 0 {
			v.add("match must list at least one region or country code", "firmographics", "countries", i, "match")
		}
		v.points(r.Points, "firmographics", "countries", i, "points")
		cr := countryRule{set: map[string]bool{}, labels: map[string]string{}, points: r.Points}
		for j, e := range r.Match {
			codes, ok := m.expandPlace(e)
			if !ok {
				v.add(fmt.Sprintf("%q is neither a region defined in firmographics.regions nor an ISO country code", e), "firmographics", "countries", i, "match", j)
			}
			for _, cc := range codes {
				if !cr.set[cc] {
					cr.set[cc] = true
					cr.labels[cc] = e
				}
			}
		}
		m.countryRules = append(m.countryRules, cr)
	}
	m.corpPoints, m.freePoints = c.CorporateEmailPoints, c.FreeMailPoints
	v.points(c.CorporateEmailPoints, "firmographics", "corporate_email_points")
	v.points(c.FreeMailPoints, "firmographics", "free_mail_points")
	m.freeDomains = map[string]bool{}
	for i, d := range c.FreeMailDomains {
		if dd, ok := domainOK(d); ok {
			m.freeDomains[dd] = true
		} else {
			v.add(fmt.Sprintf("%q is not a domain name", d), "firmographics", "free_mail_domains", i)
		}
	}
}

// expandPlace turns a region name or a country code into country codes.
func (m *Model) expandPlace(e string) ([]string, bool) {
	if codes, ok := m.regions[e]; ok {
		return codes, true
	}
	if cc, ok := countryCode(e); ok {
		return []string{cc}, true
	}
	return nil, false
}

func (m *Model) compileDisqualifiers(v *validator, c DisqualifierConfig) {
	m.disq = c
	m.disqCountries = map[string]string{}
	for i, e := range c.Countries {
		codes, ok := m.expandPlace(e)
		if !ok {
			v.add(fmt.Sprintf("%q is neither a region defined in firmographics.regions nor an ISO country code", e), "disqualifiers", "countries", i)
		}
		for _, cc := range codes {
			m.disqCountries[cc] = e
		}
	}
	m.disqDomains = map[string]bool{}
	for i, d := range c.Domains {
		if dd, ok := domainOK(d); ok {
			m.disqDomains[dd] = true
		} else {
			v.add(fmt.Sprintf("%q is not a domain name", d), "disqualifiers", "domains", i)
		}
	}
	if c.Competitor && len(m.competitors) == 0 {
		v.add("competitor is on but need.competitor_domains is empty", "disqualifiers", "competitor")
	}
}

type segment struct {
	name      string
	timeline  uint16 // bit per Timeline
	budget    int    // 0 any, 1 none, 2 known, 3 unknown
	budgetMin *float64
	budgetMax *float64
	seniority uint16
	sizeMin   *int
	sizeMax   *int
	countries map[string]bool
	products  map[string]bool
	negative  uint8
}

func (m *Model) compileSegments(v *validator, cfg Config) {
	for i, r := range cfg.Segments {
		p := []any{"segments", i}
		if strings.TrimSpace(r.Segment) == "" {
			v.add("segment must name a segment", append(p, "segment")...)
		}
		w := r.When
		s := segment{name: r.Segment, budgetMin: w.BudgetMin, budgetMax: w.BudgetMax, sizeMin: w.CompanySizeMin, sizeMax: w.CompanySizeMax}
		for j, t := range w.Timeline {
			if t == "unknown" {
				s.timeline |= 1 << TimelineUnknown
				continue
			}
			b, ok := bucketNames[t]
			if !ok {
				v.add(fmt.Sprintf("unknown timeline %q (use now, quarter, year, next_year, research, unknown)", t), append(p, "when", "timeline", j)...)
				continue
			}
			s.timeline |= 1 << b
		}
		switch w.Budget {
		case "":
		case "none":
			s.budget = 1
		case "known":
			s.budget = 2
		case "unknown":
			s.budget = 3
		default:
			v.add(fmt.Sprintf("budget %q must be none, known or unknown", w.Budget), append(p, "when", "budget")...)
		}
		if w.BudgetMin != nil && w.BudgetMax != nil && *w.BudgetMax < *w.BudgetMin {
			v.add("budget_max is below budget_min", append(p, "when", "budget_max")...)
		}
		if w.CompanySizeMin != nil && w.CompanySizeMax != nil && *w.CompanySizeMax < *w.CompanySizeMin {
			v.add("company_size_max is below company_size_min", append(p, "when", "company_size_max")...)
		}
		for j, l := range w.Seniority {
			if l == "unknown" {
				s.seniority |= 1 << SeniorityUnknown
				continue
			}
			lv, ok := levelNames[l]
			if !ok {
				v.add(fmt.Sprintf("unknown level %q", l), append(p, "when", "seniority", j)...)
				continue
			}
			s.seniority |= 1 << lv
		}
		if len(w.Country) > 0 {
			s.countries = map[string]bool{}
			for j, e := range w.Country {
				codes, ok := m.expandPlace(e)
				if !ok {
					v.add(fmt.Sprintf("%q is neither a region nor an ISO country code", e), append(p, "when", "country", j)...)
				}
				for _, cc := range codes {
					s.countries[cc] = true
				}
			}
		}
		if len(w.Product) > 0 {
			s.products = map[string]bool{}
			for j, pr := range w.Product {
				if !m.products[pr] {
					v.add(fmt.Sprintf("product %q is not named by any need.intents entry", pr), append(p, "when", "product", j)...)
				}
				s.products[pr] = true
			}
		}
		for j, n := range w.Negative {
			cat, ok := negativeNames[n]
			if !ok {
				v.add(fmt.Sprintf("unknown category %q", n), append(p, "when", "negative", j)...)
				continue
			}
			s.negative |= 1 << cat
		}
		m.segments = append(m.segments, s)
	}
	m.defaultSegment = cfg.DefaultSegment
	if m.defaultSegment == "" {
		m.defaultSegment = "general"
	}
}

// SegmentNames lists the segment names the configuration can produce, in
// rule order, ending with the default segment.
func (m *Model) SegmentNames() []string {
	out := make([]string, 0, len(m.segments)+1)
	for _, s := range m.segments {
		out = append(out, s.name)
	}
	return append(out, m.defaultSegment)
}

// QualifyAt returns the fit score needed to qualify.
func (m *Model) QualifyAt() int { return m.qualifyAt }
