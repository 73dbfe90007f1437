package rules

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/qualify"
)

const base = `version: 1
segments:
  general: everyone
  smb: small
defaults:
  screening:
    threshold: 50
    weights: { honeypot: 100, link: 10 }
  qualification:
    qualify_at: 60
    review_band: 10
    required: [budget]
    budget:
      base_currency: EUR
      rates: { USD: 0.9 }
      ranges:
        - { value: small, points: 5 }
        - { value: big, points: 30 }
    segments:
      - { segment: smb, when: { company_size_max: 50 } }
forms:
  contact-sales:
    screening:
      weights: { link: 20 }
    qualification:
      qualify_at: 55
      required: []
  newsletter: {}
`

func errorsOf(t *testing.T, src string) Errors {
	t.Helper()
	_, err := Parse([]byte(src))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("err = %v, want Errors", err)
	}
	return es
}

func TestParseValid(t *testing.T) {
	s, err := Parse([]byte(base))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Forms(), ","); got != "contact-sales,newsletter" {
		t.Errorf("forms = %s", got)
	}
	if !strings.HasPrefix(s.Version(), "sha256:") || len(s.Version()) != len("sha256:")+12 {
		t.Errorf("version = %q", s.Version())
	}
}

func TestBrokenFiles(t *testing.T) {
	tests := []struct {
		name      string
		from, to  string // replace in base
		line, col int
		path, msg string
	}{
		{"unknown top key", "segments:\n", "segmnts:\n", 2, 1, "segmnts", `unknown key "segmnts" (did you mean "segments"?)`},
		{"unknown qualification key", "    review_band: 10\n", "    review_bands: 10\n", 11, 5, "defaults.qualification.review_bands", `unknown key "review_bands"`},
		{"unknown nested key", "        - { value: big, points: 30 }", "        - { value: big, pointz: 30 }", 18, 25, "defaults.qualification.budget.ranges[1].pointz", `unknown key "pointz"`},
		{"bad type", "    qualify_at: 60\n", "    qualify_at: sixty\n", 10, 17, "defaults.qualification.qualify_at", "sixty"},
		{"bad regex", "    required: [budget]\n", "    required: [budget]\n    need:\n      intents:\n        - { name: x, points: 5, phrases: [ok, \"re:(\"] }\n", 15, 47, "defaults.qualification.need.intents[0].phrases[1]", "bad regular expression"},
		{"threshold order", "    qualify_at: 60\n", "    qualify_at: 60\n    grades: { a: 50, b: 70, c: 10 }\n", 11, 25, "defaults.qualification.grades.b", "below grade A"},
		{"undefined segment", "      - { segment: smb,", "      - { segment: small-biz,", 20, 20, "defaults.qualification.segments[0].segment", `segment "small-biz" is not declared`},
		{"form override error", "      qualify_at: 55\n", "      qualify_at: 155\n", 26, 19, "forms.contact-sales.qualification.qualify_at", "between 1 and 100"},
		{"points out of range", "{ value: small, points: 5 }", "{ value: small, points: 500 }", 17, 35, "defaults.qualification.budget.ranges[0].points", "out of range"},
		{"unknown currency", "rates: { USD: 0.9 }", "rates: { USD: 0.9, EUX: 1 }", 15, 31, "defaults.qualification.budget.rates.EUX", "unknown currency"},
		{"unknown section", "  newsletter: {}\n", "  newsletter: { qualifcation: {} }\n", 28, 17, "forms.newsletter.qualifcation", `did you mean "qualification"`},
		{"bad form id", "  newsletter: {}\n", "  News Letter: {}\n", 28, 3, "forms.News Letter", "form IDs"},
		{"version", "version: 1\n", "version: 2\n", 1, 10, "version", "unsupported format version"},
		{"duplicate key", "    review_band: 10\n", "    review_band: 10\n    review_band: 5\n", 12, 5, "defaults.qualification.review_band", "repeats line 11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(base, tt.from) {
				t.Fatalf("test setup: %q not in base", tt.from)
			}
			src := strings.Replace(base, tt.from, tt.to, 1)
			es := errorsOf(t, src)
			for _, e := range es {
				if e.Line == tt.line && e.Column == tt.col && e.Path == tt.path && strings.Contains(e.Msg, tt.msg) {
					want := fmt.Sprintf("rules.yaml:%d:%d: %s: ", tt.line, tt.col, tt.path)
					if !strings.HasPrefix(e.Error(), want) {
						t.Errorf("Error() = %q, want prefix %q", e.Error(), want)
					}
					return
				}
			}
			t.Errorf("want %d:%d %s: %s; got\n%v", tt.line, tt.col, tt.path, tt.msg, es)
		})
	}
}

func TestAllErrorsCollected(t *testing.T) {
	src := strings.Replace(base, "    review_band: 10\n", "    review_bandz: 10\n", 1)
	src = strings.Replace(src, "      qualify_at: 55\n", "      qualify_at: 155\n", 1)
	src = strings.Replace(src, "{ value: small, points: 5 }", "{ value: small, points: 500 }", 1)
	es := errorsOf(t, src)
	if len(es) < 2 {
		t.Fatalf("want several errors, got %v", es)
	}
	lines := map[int]bool{}
	for _, e := range es {
		lines[e.Line] = true
	}
	// The unknown key stops decoding of the sections that contain it, but the
	// problem is reported once with its own line, not once per form.
	if !lines[11] {
		t.Errorf("missing line 11: %v", es)
	}
	n := 0
	for _, e := range es {
		if e.Line == 11 {
			n++
		}
	}
	if n != 1 {
		t.Errorf("line 11 reported %d times:\n%v", n, es)
	}
}

func TestInheritedErrorNamedOnce(t *testing.T) {
	src := strings.Replace(base, "{ value: small, points: 5 }", "{ value: small, points: 500 }", 1)
	es := errorsOf(t, src)
	if len(es) != 1 || es[0].Path != "defaults.qualification.budget.ranges[0].points" || es[0].Line != 17 {
		t.Errorf("want one error at the defaults line, got\n%v", es)
	}
}

func TestSyntaxError(t *testing.T) {
	es := errorsOf(t, "version: 1\ndefaults:\n  qualification: {\n")
	if len(es) != 1 || es[0].Line == 0 {
		t.Errorf("syntax error = %v", es)
	}
}

type screenCfg struct {
	Threshold int            `yaml:"threshold"`
	Weights   map[string]int `yaml:"weights"`
}

func TestSectionMerge(t *testing.T) {
	s, err := Parse([]byte(base))
	if err != nil {
		t.Fatal(err)
	}
	var cs screenCfg
	if err := s.Section("contact-sales", "screening", &cs); err != nil {
		t.Fatal(err)
	}
	if cs.Threshold != 50 || cs.Weights["honeypot"] != 100 || cs.Weights["link"] != 20 {
		t.Errorf("contact-sales screening = %+v (want maps merged key by key)", cs)
	}
	var def screenCfg
	if err := s.Section("unknown-form", "screening", &def); err != nil {
		t.Fatal(err)
	}
	if def.Weights["link"] != 10 {
		t.Errorf("unknown form should get defaults: %+v", def)
	}
	var q qualify.Config
	if err := s.Section("contact-sales", "qualification", &q); err != nil {
		t.Fatal(err)
	}
	if q.QualifyAt != 55 || q.ReviewBand != 10 || len(q.Required) != 0 || len(q.Budget.Ranges) != 2 {
		t.Errorf("merged qualification = %+v (lists replace, maps merge)", q)
	}
	// strictness of Section against the caller's struct
	type narrow struct {
		Threshold int `yaml:"threshold"`
	}
	var n narrow
	err = s.Section("contact-sales", "screening", &n)
	var es Errors
	if !errors.As(err, &es) || len(es) == 0 || es[0].Line != 24 || !strings.Contains(es[0].Msg, `unknown key "weights"`) {
		t.Errorf("strict Section: %v", err)
	}
	if err := s.Section("x", "nosuch", &n); err == nil {
		t.Error("unknown section accepted")
	}
}

func TestEmptySection(t *testing.T) {
	src := "version: 1\ndefaults:\n  screening: {}\n  qualification: {}\nforms:\n  a:\n    screening:\n"
	s, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := screenCfg{Threshold: 7}
	for _, form := range []string{"a", "b"} {
		if err := s.Section(form, "screening", &c); err != nil || c.Threshold != 7 {
			t.Errorf("%s: err %v cfg %+v", form, err, c)
		}
	}
	m, err := s.Qualifier("a")
	if err != nil || m == nil {
		t.Fatalf("qualifier: %v", err)
	}
}

func TestVersionStability(t *testing.T) {
	v1 := mustParse(t, base).Version()
	if v := mustParse(t, base).Version(); v != v1 {
		t.Errorf("same bytes, versions %s %s", v1, v)
	}
	commented := "# a comment\n" + strings.Replace(base, "    qualify_at: 60\n", "    qualify_at: 60   # sixty\n\n", 1)
	if v := mustParse(t, commented).Version(); v != v1 {
		t.Errorf("comment edit changed version: %s %s", v1, v)
	}
	crlf := strings.ReplaceAll(base, "\n", "\r\n")
	if v := mustParse(t, crlf).Version(); v != v1 {
		t.Errorf("CRLF changed version: %s %s", v1, v)
	}
	changed := strings.Replace(base, "    qualify_at: 60\n", "    qualify_at: 61\n", 1)
	if v := mustParse(t, changed).Version(); v == v1 {
		t.Error("value edit kept version")
	}
	quoted := strings.Replace(base, "version: 1\n", "version: \"1\"\n", 1)
	if v := mustParse(t, quoted).Version(); v == v1 {
		t.Error("string 1 and number 1 hash alike")
	}
	restyled := strings.Replace(base, "general: everyone", "general: 'everyone'", 1)
	restyled = strings.Replace(restyled, "rates: { USD: 0.9 }", "rates:\n        USD: 0.9", 1)
	if v := mustParse(t, restyled).Version(); v != v1 {
		t.Errorf("quoting/flow style changed version: %s %s", v1, v)
	}
}

func mustParse(t *testing.T, src string) *Set {
	t.Helper()
	s, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("%v", err)
	}
	return s
}

func TestQualifierCachedConcurrent(t *testing.T) {
	s := mustParse(t, base)
	m1, err := s.Qualifier("contact-sales")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := s.Qualifier("contact-sales")
			if err != nil || m != m1 {
				t.Errorf("not cached: %v", err)
			}
			_ = m.Score(&lead.Fields{Budget: "big"}, lead.Screening{})
		}()
	}
	wg.Wait()
	if m1.QualifyAt() != 55 {
		t.Errorf("contact-sales qualify_at = %d", m1.QualifyAt())
	}
	d, _ := s.Qualifier("nope")
	if d.QualifyAt() != 60 {
		t.Errorf("unknown form should use defaults, qualify_at = %d", d.QualifyAt())
	}
}

// TestNameShape pins what a segment name may be, its length
// bound checked apart from the pattern.
func TestNameShape(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"contact-sales", true},
		{"long_term", true},
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false},
		{"", false},
		{"_x", false},
		{"-x", false},
		{"Long", false},
	}
	for _, c := range cases {
		if got := validName(c.name); got != c.want {
			t.Errorf("validName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFormIDsAreTheFormsRule: rules.yaml accepts exactly the form ids
// forms.yaml accepts (forms.ValidID), so a form that can be defined can
// be given settings, and the other way round.
func TestFormIDsAreTheFormsRule(t *testing.T) {
	for _, id := range []string{
		"contact-sales",
		strings.Repeat("a", 63),
		strings.Repeat("a", 64),
		strings.Repeat("a", 65),
		"contact_sales",
		"-sales",
		"0-day",
	} {
		t.Run(id, func(t *testing.T) {
			_, err := Parse([]byte("version: 1\nforms:\n  " + id + ": {}\n"))
			if want := forms.ValidID(id); (err == nil) != want {
				t.Errorf("rules accept form id %q: %v; forms.ValidID says %v", id, err, want)
			}
		})
	}
}
