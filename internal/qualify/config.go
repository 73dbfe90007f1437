package qualify

// Config is the qualification section of the rules file for one form, after
// defaults and the form's overrides have been merged. The zero value is a
// valid configuration that scores every lead at Base and never qualifies
// (QualifyAt defaults to 60 when left at zero).
type Config struct {
	// Base is the score every lead starts from before points are added.
	Base int `yaml:"base"`
	// QualifyAt is the fit score needed to qualify (1..100; 0 means 60).
	QualifyAt int `yaml:"qualify_at"`
	// NearMissBand marks scores in QualifyAt-NearMissBand..QualifyAt-1 as
	// near misses: nurtured at once, flagged (lead.Fit.NearMiss) for sales.
	NearMissBand int `yaml:"near_miss_band"`
	// ReviewBand is NearMissBand's old name, still read. A near miss no
	// longer goes to review: review is for doubt about junk only.
	ReviewBand int `yaml:"review_band"`
	// Grades are the minimum scores for grades A, B and C; below C is D.
	Grades Grades `yaml:"grades"`
	// Required lists the BANT facts that must be present to qualify:
	// budget, authority, need, timeline.
	Required []string `yaml:"required"`
	// RequiredFields lists form fields that must be filled to qualify.
	RequiredFields []string `yaml:"required_fields"`
	// MissingFieldPoints are added once per missing required field.
	MissingFieldPoints int `yaml:"missing_field_points"`

	Budget        BudgetConfig        `yaml:"budget"`
	Authority     AuthorityConfig     `yaml:"authority"`
	Need          NeedConfig          `yaml:"need"`
	Timeline      TimelineConfig      `yaml:"timeline"`
	Firmographics FirmographicsConfig `yaml:"firmographics"`
	Disqualifiers DisqualifierConfig  `yaml:"disqualifiers"`

	// Segments are tried in order; the first whose conditions all hold
	// names the lead's segment.
	Segments []SegmentRule `yaml:"segments"`
	// DefaultSegment is used when no segment rule matches ("general" when
	// empty).
	DefaultSegment string `yaml:"default_segment"`
}

// Grades holds the minimum fit score of each letter grade.
type Grades struct {
	A int `yaml:"a"`
	B int `yaml:"b"`
	C int `yaml:"c"`
}

// BudgetConfig scores the budget select field and amounts written in the
// budget field or the message.
type BudgetConfig struct {
	// Field is the form field holding the budget ("budget" when empty).
	Field string `yaml:"field"`
	// BaseCurrency is the ISO code amounts are converted to ("EUR" when
	// empty).
	BaseCurrency string `yaml:"base_currency"`
	// DefaultCurrency applies to amounts written without a currency (the
	// base currency when empty).
	DefaultCurrency string `yaml:"default_currency"`
	// Rates gives, per ISO currency code, the value of one unit in the base
	// currency (USD: 0.92 when the base is EUR).
	Rates map[string]float64 `yaml:"rates"`
	// RangePoint picks the value scored for a written range such as
	// "10-15k": low (default), mid or high.
	RangePoint string `yaml:"range_point"`
	// Ranges maps budget select options to points.
	Ranges []BudgetRange `yaml:"ranges"`
	// Bands score yearly amounts in the base currency; the first band that
	// contains the amount applies.
	Bands []Band `yaml:"bands"`
	// NonePoints are added when the lead states there is no budget.
	NonePoints int `yaml:"none_points"`
	// SearchMessage also looks for an amount in the message when the budget
	// field has none (default true).
	SearchMessage *bool `yaml:"search_message"`
}

// BudgetRange is one option of a budget select field.
type BudgetRange struct {
	// Value is the option as submitted (compared ignoring case and accents).
	Value  string `yaml:"value"`
	Points int    `yaml:"points"`
	// Min and Max optionally give the option's amount in the base currency
	// for display and segment rules.
	Min float64 `yaml:"min"`
	Max float64 `yaml:"max"`
	// None marks an option meaning "no budget".
	None bool `yaml:"none"`
}

// Band scores a number (an amount or a head count) between Min and Max
// inclusive; Max zero means no upper bound.
type Band struct {
	Min    float64 `yaml:"min"`
	Max    float64 `yaml:"max"`
	Points int     `yaml:"points"`
}

// AuthorityConfig scores seniority read from the job title.
type AuthorityConfig struct {
	// Field is the form field holding the job title ("job_title" when
	// empty).
	Field string `yaml:"field"`
	// Points per seniority level: c_level, vp, director, manager, ic,
	// student.
	Points map[string]int `yaml:"points"`
	// Titles adds title words per level to the built-in multilingual list.
	Titles map[string][]string `yaml:"titles"`
	// MinLevel is the lowest level that counts as the "authority" BANT
	// fact ("manager" when empty).
	MinLevel string `yaml:"min_level"`
}

// NeedConfig scores product interest and the intent read in the message.
type NeedConfig struct {
	// Fields maps a form field name to option values and their points.
	Fields map[string]map[string]int `yaml:"fields"`
	// Intents are groups of phrases looked for in the message; each group
	// adds its points once.
	Intents []Intent `yaml:"intents"`
	// MaxPoints caps the positive need points (0 = no cap).
	MaxPoints int `yaml:"max_points"`
	// Negative scores job seekers, student research, vendor pitches and
	// support requests. Keys: job_seeker, student_research, vendor,
	// support.
	Negative map[string]NegativeRule `yaml:"negative"`
	// CompetitorDomains are e-mail or website domains of competitors.
	CompetitorDomains []string `yaml:"competitor_domains"`
	// CompetitorPoints are added when the lead comes from a competitor.
	CompetitorPoints int `yaml:"competitor_points"`
}

// Intent is a named group of phrases signalling buying intent.
type Intent struct {
	Name    string   `yaml:"name"`
	Product string   `yaml:"product"`
	Points  int      `yaml:"points"`
	Phrases []string `yaml:"phrases"`
}

// NegativeRule configures one negative-intent category.
type NegativeRule struct {
	Points int `yaml:"points"`
	// Phrases are added to the built-in multilingual phrases.
	Phrases []string `yaml:"phrases"`
}

// TimelineConfig scores the purchase timeline.
type TimelineConfig struct {
	// Field is the form field holding the timeline ("timeline" when empty).
	Field string `yaml:"field"`
	// Points per bucket: now, quarter, year, next_year, research.
	Points map[string]int `yaml:"points"`
	// Values maps select options to buckets.
	Values map[string]string `yaml:"values"`
	// Phrases adds phrases per bucket to the built-in ones.
	Phrases map[string][]string `yaml:"phrases"`
}

// FirmographicsConfig scores company size, industry, country and the e-mail
// domain.
type FirmographicsConfig struct {
	// CompanySize scores the employee count.
	CompanySize SizeConfig `yaml:"company_size"`
	// Industries are tried in order against the industry field.
	Industries []MatchPoints `yaml:"industries"`
	// Regions names groups of ISO country codes (DACH: [DE, AT, CH]).
	Regions map[string][]string `yaml:"regions"`
	// CountryNames adds country spellings (Bayern: DE).
	CountryNames map[string]string `yaml:"country_names"`
	// Countries are tried in order; entries are region names or ISO codes.
	Countries []MatchPoints `yaml:"countries"`
	// CorporateEmailPoints are added for an address on a company domain.
	CorporateEmailPoints int `yaml:"corporate_email_points"`
	// FreeMailPoints are added for a free-mail address.
	FreeMailPoints int `yaml:"free_mail_points"`
	// FreeMailDomains adds domains to screening's free-mail detection.
	FreeMailDomains []string `yaml:"free_mail_domains"`
}

// SizeConfig scores the number of employees.
type SizeConfig struct {
	// Field is the form field holding the size ("company_size" when empty).
	Field string `yaml:"field"`
	// Values maps select options to a head count ("Just me": 1).
	Values map[string]int `yaml:"values"`
	// Bands are tried in order; the first containing the count applies.
	Bands []Band `yaml:"bands"`
}

// MatchPoints gives points when any of the Match entries matches.
type MatchPoints struct {
	Match  []string `yaml:"match"`
	Points int      `yaml:"points"`
}

// DisqualifierConfig lists the hard disqualifiers, which force the fit score
// to 0.
type DisqualifierConfig struct {
	// Countries are ISO codes or region names (embargo lists).
	Countries []string `yaml:"countries"`
	// Domains are e-mail or website domains never sent to sales.
	Domains []string `yaml:"domains"`
	// Competitor disqualifies leads from competitor domains.
	Competitor bool `yaml:"competitor"`
	// Student disqualifies students, interns and student research.
	Student bool `yaml:"student"`
	// JobSeeker disqualifies job applications.
	JobSeeker bool `yaml:"job_seeker"`
	// Vendor disqualifies partnership and vendor pitches.
	Vendor bool `yaml:"vendor"`
	// Support disqualifies support requests from existing customers.
	Support bool `yaml:"support"`
}

// SegmentRule names a segment and the conditions a lead must meet.
type SegmentRule struct {
	Segment string    `yaml:"segment"`
	When    Condition `yaml:"when"`
}

// Condition is a conjunction of simple tests on the extracted facts; empty
// tests always hold.
type Condition struct {
	// Timeline lists buckets: now, quarter, year, next_year, research,
	// unknown.
	Timeline []string `yaml:"timeline"`
	// Budget is "none" (the lead says there is no budget), "unknown" (no
	// budget found) or "known" (an amount or a budget option).
	Budget    string   `yaml:"budget"`
	BudgetMin *float64 `yaml:"budget_min"`
	BudgetMax *float64 `yaml:"budget_max"`
	// Seniority lists levels: c_level, vp, director, manager, ic, student,
	// unknown.
	Seniority      []string `yaml:"seniority"`
	CompanySizeMin *int     `yaml:"company_size_min"`
	CompanySizeMax *int     `yaml:"company_size_max"`
	// Country lists ISO codes or region names.
	Country []string `yaml:"country"`
	// Product lists product names from need.intents.
	Product []string `yaml:"product"`
	// Negative lists negative-intent categories.
	Negative []string `yaml:"negative"`
}
