// Package forms loads the form definitions (forms.yaml): which forms exist,
// where they may be posted from, their honeypot and required fields, where a
// browser goes after submitting, and per-form bot defences.
package forms

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	netmail "net/mail"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// DefaultHoneypot is the honeypot field name when a form names none.
const DefaultHoneypot = "website_url"

// Form is one configured form.
type Form struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// AllowedOrigins lists scheme://host[:port] origins allowed to post.
	// Empty means the deployment's ALLOWED_ORIGINS.
	AllowedOrigins []string `yaml:"allowed_origins"`
	// Honeypot is the name of a hidden field that people leave empty.
	Honeypot string `yaml:"honeypot"`
	// ThankYouURL is where a plain HTML form post is redirected (303).
	// Empty means a small built-in thank-you page.
	ThankYouURL string `yaml:"thank_you_url"`
	// Required lists fields that must be present and non-empty.
	Required []string `yaml:"required"`
	// RenderToken turns on the signed render-token check (time to submit,
	// replay). Turn it off for forms fed by servers rather than browsers.
	RenderToken *bool `yaml:"render_token"`
	// Captcha configures server-side CAPTCHA verification; nil means off.
	Captcha *Captcha `yaml:"captcha"`
	// Webhook posts qualified leads to a CRM or chat tool; nil means off.
	Webhook *Webhook `yaml:"webhook"`
	// Reviewers receive a daily digest of the form's leads held for junk
	// review (plain addresses); empty sends none.
	Reviewers []string `yaml:"reviewers"`
}

// Captcha names a provider and where its secret comes from.
type Captcha struct {
	Provider string `yaml:"provider"` // turnstile, recaptcha or hcaptcha
	// SecretEnv names the environment variable holding the provider secret.
	SecretEnv string        `yaml:"secret_env"`
	MinScore  float64       `yaml:"min_score"` // reCAPTCHA v3 only
	Timeout   time.Duration `yaml:"timeout"`
	FailOpen  bool          `yaml:"fail_open"`
	Hostname  string        `yaml:"hostname"`
	Action    string        `yaml:"action"`
}

// Webhook is an HTTPS endpoint that receives qualified leads as JSON.
type Webhook struct {
	URL string `yaml:"url"`
	// SecretEnv names the environment variable holding the HMAC key.
	SecretEnv string        `yaml:"secret_env"`
	Timeout   time.Duration `yaml:"timeout"`
}

// TokenRequired reports whether the render-token check is on (the default).
func (f *Form) TokenRequired() bool { return f.RenderToken == nil || *f.RenderToken }

// Set is the loaded forms file, indexed by id.
type Set struct {
	byID  map[string]*Form
	order []string
}

// Get returns the form with id, or nil.
func (s *Set) Get(id string) *Form { return s.byID[id] }

// IDs returns the form ids in file order.
func (s *Set) IDs() []string { return slices.Clone(s.order) }

// MaxIDLen is the longest form id, in bytes.
const MaxIDLen = 64

// ValidID reports whether id can name a form: lower-case letters, digits
// and dashes, not starting with a dash, at most MaxIDLen bytes. It is the
// one rule for form ids: forms.yaml, the forms section of rules.yaml (and
// so the console and leadctl, which parse both) and the intake path all
// check it. The length is checked apart from the pattern: written as
// {0,63} in it, the repetition compiles into a copy per byte (about 1,400
// allocations) at every cold start of each function that links this package.
func ValidID(id string) bool { return len(id) <= MaxIDLen && idPattern.MatchString(id) }

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// validField reports whether a configured field name looks like one: a
// lower-case letter, then letters, digits and underscores, at most 64
// bytes (the length apart, as in ValidID).
func validField(name string) bool { return len(name) <= 64 && fieldPattern.MatchString(name) }

var fieldPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Parse reads a forms file. Every problem is reported with its line.
func Parse(data []byte) (*Set, error) {
	var typed struct {
		Forms []*Form `yaml:"forms"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&typed); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("forms: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	// A second, untyped pass gives each form's line for semantic errors.
	var lines struct {
		Forms []yaml.Node `yaml:"forms"`
	}
	_ = yaml.Unmarshal(data, &lines)
	s := &Set{byID: map[string]*Form{}}
	var errs []error
	for i, f := range typed.Forms {
		line := 0
		if i < len(lines.Forms) {
			line = lines.Forms[i].Line
		}
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("line %d: form %q: %s", line, f.ID, fmt.Sprintf(format, args...)))
		}
		if f == nil {
			errs = append(errs, fmt.Errorf("line %d: empty form entry", line))
			continue
		}
		if !ValidID(f.ID) {
			bad("id must be lower-case letters, digits and dashes")
		}
		if s.byID[f.ID] != nil {
			bad("duplicate id")
		}
		if f.Honeypot == "" {
			f.Honeypot = DefaultHoneypot
		}
		if lead.IsCanonical(f.Honeypot) {
			bad("honeypot %q is a real lead field; pick a name people never fill, like %q", f.Honeypot, DefaultHoneypot)
		}
		for _, o := range f.AllowedOrigins {
			if err := checkOrigin(o); err != nil {
				bad("allowed origin %q: %v", o, err)
			}
		}
		if f.ThankYouURL != "" {
			if u, err := url.Parse(f.ThankYouURL); err != nil || !u.IsAbs() || (u.Scheme != "https" && u.Scheme != "http") {
				bad("thank_you_url must be an absolute http(s) URL")
			}
		}
		for _, r := range f.Required {
			if !validField(r) {
				bad("required field %q is not a valid field name", r)
			}
		}
		if c := f.Captcha; c != nil {
			switch c.Provider {
			case "turnstile", "recaptcha", "hcaptcha":
			default:
				bad("captcha provider %q: want turnstile, recaptcha or hcaptcha", c.Provider)
			}
			if c.SecretEnv == "" {
				bad("captcha needs secret_env (the secret itself never goes in this file)")
			}
			if c.Timeout == 0 {
				c.Timeout = 3 * time.Second
			}
		}
		if w := f.Webhook; w != nil {
			if u, err := url.Parse(w.URL); err != nil || u.Scheme != "https" || u.Host == "" {
				bad("webhook url must be https")
			}
			if w.SecretEnv == "" {
				bad("webhook needs secret_env")
			}
			if w.Timeout == 0 {
				w.Timeout = 5 * time.Second
			}
		}
		for _, r := range f.Reviewers {
			if a, err := netmail.ParseAddress(r); err != nil || a.Name != "" || a.Address != strings.TrimSpace(r) || !strings.Contains(r, "@") {
				bad("reviewer %q is not a plain e-mail address", r)
			}
		}
		s.byID[f.ID] = f
		s.order = append(s.order, f.ID)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("forms: %w", errors.Join(errs...))
	}
	return s, nil
}

func checkOrigin(o string) error {
	if o == "*" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil {
		return err
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return errors.New("want scheme://host[:port]")
	}
	return nil
}

// OriginAllowed reports whether origin (scheme://host[:port]) is in list.
// An empty list allows nothing; "*" allows every origin.
func OriginAllowed(list []string, origin string) bool {
	origin = strings.TrimSuffix(strings.ToLower(origin), "/")
	for _, o := range list {
		if o == "*" || strings.TrimSuffix(strings.ToLower(o), "/") == origin {
			return true
		}
	}
	return false
}
