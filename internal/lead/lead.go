// Package lead is leadsieve's domain: the types every other package speaks
// in (a form submission as it arrives, the lead it becomes once stored, the
// verdicts and reasons screening and qualification attach to it) and the
// rules that hold whatever the storage or transport: how screening and fit
// combine into a verdict (verdict.go), how a returning person's earlier lead
// merges into the new one (merge.go), what follow-up a verdict plans and when
// it is due (plan.go), the sales hand-off and nurture enrollment state
// machines (handoff.go, enrollment.go), and the one error type with kinds
// that the transports map to their own codes (error.go).
//
// It depends on the standard library alone, so that the rules can be read,
// tested and changed without AWS, HTTP or any other leadsieve package.
package lead

import (
	"time"
)

// SchemaVersion is the version of the stored lead layout. Bump it when the
// meaning of a stored attribute changes, so readers can migrate old items.
const SchemaVersion = 1

// Verdict is the final routing decision for a lead.
type Verdict string

// Final verdicts. Junk is never emailed, review waits for a person, nurture is
// enrolled in a sequence, qualified goes to sales at once.
const (
	VerdictJunk      Verdict = "junk"
	VerdictReview    Verdict = "review"
	VerdictNurture   Verdict = "nurture"
	VerdictQualified Verdict = "qualified"
)

// ScreenVerdict is the outcome of junk screening alone.
type ScreenVerdict string

// Screening outcomes.
const (
	ScreenPass   ScreenVerdict = "pass"
	ScreenReview ScreenVerdict = "review"
	ScreenJunk   ScreenVerdict = "junk"
)

// Reason explains one contribution to a score. Points are positive when they
// push towards the named outcome: junk points for screening reasons, fit
// points (positive or negative) for qualification reasons.
type Reason struct {
	Code   string `json:"code"`
	Points int    `json:"points"`
	Detail string `json:"detail"`
	// Stage is "screen" or "fit".
	Stage string `json:"stage,omitempty"`
}

// Reason stages.
const (
	StageScreen = "screen"
	StageFit    = "fit"
)

// Fields are the canonical, normalized form fields. Unknown fields are kept
// in Extra, bounded by the intake limits.
type Fields struct {
	Email       string            `json:"email,omitempty"`
	FirstName   string            `json:"first_name,omitempty"`
	LastName    string            `json:"last_name,omitempty"`
	Name        string            `json:"name,omitempty"`
	Company     string            `json:"company,omitempty"`
	JobTitle    string            `json:"job_title,omitempty"`
	Phone       string            `json:"phone,omitempty"`
	Country     string            `json:"country,omitempty"`
	CompanySize string            `json:"company_size,omitempty"`
	Industry    string            `json:"industry,omitempty"`
	Budget      string            `json:"budget,omitempty"`
	Timeline    string            `json:"timeline,omitempty"`
	Message     string            `json:"message,omitempty"`
	Website     string            `json:"website,omitempty"`
	Consent     string            `json:"consent,omitempty"`
	UTMSource   string            `json:"utm_source,omitempty"`
	UTMMedium   string            `json:"utm_medium,omitempty"`
	UTMCampaign string            `json:"utm_campaign,omitempty"`
	UTMTerm     string            `json:"utm_term,omitempty"`
	UTMContent  string            `json:"utm_content,omitempty"`
	PageURL     string            `json:"page_url,omitempty"`
	Referrer    string            `json:"referrer,omitempty"`
	Extra       map[string]string `json:"extra,omitempty"`
}

// canonicalFields are the canonical field names in display order; an
// array, so that their number is a constant.
var canonicalFields = [...]string{
	"email", "first_name", "last_name", "name", "company", "job_title", "phone",
	"country", "company_size", "industry", "budget", "timeline", "message",
	"website", "consent", "utm_source", "utm_medium", "utm_campaign", "utm_term",
	"utm_content", "page_url", "referrer",
}

// NumCanonical is the number of canonical fields.
const NumCanonical = len(canonicalFields)

// CanonicalFields lists the canonical field names in display order.
var CanonicalFields = canonicalFields[:]

// FieldIndex returns the position of a canonical field name in
// CanonicalFields, or -1 for any other name.
func FieldIndex(name string) int {
	switch name {
	case "email":
		return 0
	case "first_name":
		return 1
	case "last_name":
		return 2
	case "name":
		return 3
	case "company":
		return 4
	case "job_title":
		return 5
	case "phone":
		return 6
	case "country":
		return 7
	case "company_size":
		return 8
	case "industry":
		return 9
	case "budget":
		return 10
	case "timeline":
		return 11
	case "message":
		return 12
	case "website":
		return 13
	case "consent":
		return 14
	case "utm_source":
		return 15
	case "utm_medium":
		return 16
	case "utm_campaign":
		return 17
	case "utm_term":
		return 18
	case "utm_content":
		return 19
	case "page_url":
		return 20
	case "referrer":
		return 21
	}
	return -1
}

// At returns a pointer to the canonical field at position i of
// CanonicalFields. It panics when i is out of range: callers get i from
// FieldIndex.
func (f *Fields) At(i int) *string {
	switch i {
	case 0:
		return &f.Email
	case 1:
		return &f.FirstName
	case 2:
		return &f.LastName
	case 3:
		return &f.Name
	case 4:
		return &f.Company
	case 5:
		return &f.JobTitle
	case 6:
		return &f.Phone
	case 7:
		return &f.Country
	case 8:
		return &f.CompanySize
	case 9:
		return &f.Industry
	case 10:
		return &f.Budget
	case 11:
		return &f.Timeline
	case 12:
		return &f.Message
	case 13:
		return &f.Website
	case 14:
		return &f.Consent
	case 15:
		return &f.UTMSource
	case 16:
		return &f.UTMMedium
	case 17:
		return &f.UTMCampaign
	case 18:
		return &f.UTMTerm
	case 19:
		return &f.UTMContent
	case 20:
		return &f.PageURL
	case 21:
		return &f.Referrer
	}
	panic("lead: canonical field index out of range")
}

// ptr returns a pointer to the named canonical field, or nil.
func (f *Fields) ptr(name string) *string {
	if i := FieldIndex(name); i >= 0 {
		return f.At(i)
	}
	return nil
}

// IsCanonical reports whether name is a canonical field name.
func IsCanonical(name string) bool {
	return FieldIndex(name) >= 0
}

// Get returns a canonical field's value, or an extra field's value.
func (f *Fields) Get(name string) string {
	if p := f.ptr(name); p != nil {
		return *p
	}
	return f.Extra[name]
}

// Set stores a value under a canonical name, or in Extra otherwise.
func (f *Fields) Set(name, value string) {
	if p := f.ptr(name); p != nil {
		*p = value
		return
	}
	if f.Extra == nil {
		f.Extra = map[string]string{}
	}
	f.Extra[name] = value
}

// Map returns every non-empty field, canonical and extra, by name.
func (f *Fields) Map() map[string]string {
	m := make(map[string]string, len(CanonicalFields)+len(f.Extra))
	for i, n := range CanonicalFields {
		if v := *f.At(i); v != "" {
			m[n] = v
		}
	}
	for k, v := range f.Extra {
		if v != "" {
			m[k] = v
		}
	}
	return m
}

// FullName is the best available display name: first and last, or name.
func (f *Fields) FullName() string {
	switch {
	case f.FirstName != "" && f.LastName != "":
		return f.FirstName + " " + f.LastName
	case f.FirstName != "":
		return f.FirstName
	case f.Name != "":
		return f.Name
	}
	return f.LastName
}

// Context is what the request told us about the submitter, beyond the fields.
type Context struct {
	IP             string    `json:"ip,omitempty"`
	UserAgent      string    `json:"user_agent,omitempty"`
	AcceptLanguage string    `json:"accept_language,omitempty"`
	Origin         string    `json:"origin,omitempty"`
	Referer        string    `json:"referer,omitempty"`
	ReceivedAt     time.Time `json:"received_at"`
	// ElapsedMS is the time from form render to submit when known without a
	// render token (exported data screened in batch). Nil when unknown.
	ElapsedMS *int64 `json:"elapsed_ms,omitempty"`
}

// Control carries the form's machinery values that are not lead data: the
// honeypot, the render token and a CAPTCHA response. They are screened, never
// stored as fields.
type Control struct {
	// Honeypot is the value of the form's honeypot field ("" when empty).
	Honeypot string `json:"-"`
	// Token is the signed render token from the _token field.
	Token string `json:"-"`
	// Captcha is the provider response token (cf-turnstile-response,
	// g-recaptcha-response or h-captcha-response).
	Captcha string `json:"-"`
	// Claim is the idempotency claim the submission holds: the id its lead
	// is stored under. A request that takes over a claim whose first
	// request never stored its lead is the same submission, so a check of
	// first uses (the render-token replay mark) counts it once.
	Claim string `json:"-"`
	// EarlierLeads, when set, counts the person's stored leads received
	// at or after since: intake looks the person's leads up anyway while
	// the submission is judged, so the velocity check counts a person's
	// submissions from them rather than with a counter write of its own.
	// It waits for that look-up.
	EarlierLeads func(since time.Time) (int, error) `json:"-"`
}

// Submission is one validated, normalized form post, ready to be screened.
type Submission struct {
	FormID  string  `json:"form_id"`
	Fields  Fields  `json:"fields"`
	Context Context `json:"context"`
	Control Control `json:"-"`
	// Raw holds the submitted name/value pairs as received (bounded), for
	// audit. Control fields are left out.
	Raw map[string]string `json:"raw,omitempty"`
}

// Screening is the outcome of junk screening.
type Screening struct {
	Verdict ScreenVerdict `json:"verdict"`
	Score   int           `json:"junk_score"`
	Reasons []Reason      `json:"reasons"`
	// EmailSuggestion is a likely intended address when the domain looks
	// like a typo of a popular one ("gmial.com" -> "gmail.com").
	EmailSuggestion string `json:"email_suggestion,omitempty"`
	// FreeMail reports that the address belongs to a free-mail provider, a
	// fit signal rather than a junk one.
	FreeMail bool `json:"free_mail,omitempty"`
}

// Fit is the outcome of qualification.
type Fit struct {
	Score   int      `json:"fit_score"`
	Grade   string   `json:"grade"`
	Segment string   `json:"segment"`
	Reasons []Reason `json:"reasons"`
	// Qualifies reports that the fit score reached the threshold and every
	// required BANT fact is present.
	Qualifies bool `json:"qualifies"`
	// NearMiss reports a fit score just below the qualifying score (within
	// the near-miss band): the lead is nurtured at once like any other, and
	// the flag lets sales find it (leadctl leads list --near-miss).
	NearMiss bool `json:"near_miss,omitempty"`
	// Disqualified names the hard disqualifier that fired, if any.
	Disqualified string `json:"disqualified,omitempty"`
}

// Lead is a stored submission with its verdict: what sales, nurture and
// audit read.
type Lead struct {
	ID      string            `json:"id"`
	FormID  string            `json:"form_id"`
	Email   string            `json:"email,omitempty"`
	Fields  Fields            `json:"fields"`
	Raw     map[string]string `json:"raw,omitempty"`
	Context Context           `json:"context"`

	Verdict   Verdict   `json:"verdict"`
	Screening Screening `json:"screening"`
	Fit       *Fit      `json:"fit,omitempty"`
	// Reasons lists every screening and fit reason, in that order.
	Reasons      []Reason `json:"reasons"`
	RulesVersion string   `json:"rules_version,omitempty"`

	ReceivedAt    time.Time `json:"received_at"`
	UpdatedAt     time.Time `json:"updated_at"`
	SchemaVersion int       `json:"schema_version"`
	// ExpiresAt is when DynamoDB's TTL deletes the lead (junk only).
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	// History records every verdict the lead has had, oldest first.
	History []VerdictChange `json:"history,omitempty"`

	// PreviousID is the person's earlier lead whose facts this one merged
	// (re-qualification); SupersededBy is the later lead that took over.
	PreviousID   string `json:"previous_id,omitempty"`
	SupersededBy string `json:"superseded_by,omitempty"`

	// Handoff is the sales hand-off of a qualified lead.
	Handoff *Handoff `json:"handoff,omitempty"`
	// Nurture is the lead's nurture sequence enrollment.
	Nurture *Enrollment `json:"nurture,omitempty"`

	// Outcome is what sales said became of the lead (outcome.go).
	Outcome *Outcome `json:"outcome,omitempty"`
}

// VerdictChange is one entry of a lead's verdict history.
type VerdictChange struct {
	At           time.Time `json:"at"`
	Verdict      Verdict   `json:"verdict"`
	JunkScore    int       `json:"junk_score"`
	FitScore     int       `json:"fit_score"`
	RulesVersion string    `json:"rules_version,omitempty"`
	Cause        string    `json:"cause"`
	// By names the person who gave the verdict; empty when the rules did.
	By string `json:"by,omitempty"`
	// Note is what that person wrote about the decision.
	Note string `json:"note,omitempty"`
}

// FillFrom copies into f every field that f lacks and earlier has: what a
// returning person told us before still counts, and new values win.
func (f *Fields) FillFrom(earlier *Fields) {
	for i := range CanonicalFields {
		if p := f.At(i); *p == "" {
			*p = *earlier.At(i)
		}
	}
	for k, v := range earlier.Extra {
		if _, ok := f.Extra[k]; !ok && v != "" {
			f.Set(k, v)
		}
	}
}
