package console

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// fields is a form editor's request: field name -> value.
type fields map[string]string

func (f fields) get(k string) (string, bool) {
	v, ok := f[k]
	return v, ok
}

// changedLines returns the lines of b that a does not have at the same
// place, and how many lines b gained.
func changedLines(a, b string) (changed []string, grew int) {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i, l := range bl {
		if i >= len(al) || al[i] != l {
			changed = append(changed, strings.TrimSpace(l))
		}
	}
	return changed, len(bl) - len(al)
}

func TestFormsEditorChangesOnlyItsLines(t *testing.T) {
	orig := string(config.Forms())
	for _, tt := range []struct {
		name   string
		in     fields
		change []string // the lines that differ, from the first on
		grew   int
		check  func(t *testing.T, fs *forms.Set)
	}{
		{"nothing changed", fields{"form.contact-sales.required": "email, first_name, company", "form.newsletter.captcha": ""}, nil, 0, nil},
		{"required fields", fields{"form.contact-sales.required": "email, company, job_title, job_title"}, []string{"required: [email, company, job_title]"}, 0,
			func(t *testing.T, fs *forms.Set) {
				if f := fs.Get("contact-sales"); !slices.Equal(f.Required, []string{"email", "company", "job_title"}) {
					t.Errorf("required %v", f.Required)
				}
			}},
		{"a thank-you page where there was none", fields{"form.contact-sales.thank_you_url": "https://www.northwind.example/thanks"}, nil, 1,
			func(t *testing.T, fs *forms.Set) {
				if f := fs.Get("contact-sales"); f.ThankYouURL != "https://www.northwind.example/thanks" {
					t.Errorf("thank-you %q", f.ThankYouURL)
				}
			}},
		{"a CAPTCHA switched on", fields{"form.newsletter.captcha": "turnstile", "form.newsletter.captcha_secret_env": "TURNSTILE_SECRET"}, nil, 1,
			func(t *testing.T, fs *forms.Set) {
				if f := fs.Get("newsletter"); f.Captcha == nil || f.Captcha.Provider != "turnstile" || f.Captcha.SecretEnv != "TURNSTILE_SECRET" {
					t.Errorf("captcha %+v", f.Captcha)
				}
			}},
		{"the honeypot renamed", fields{"form.contact-sales.honeypot": "fax_number"}, []string{"honeypot: fax_number"}, 0, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := editForms(orig, fields(tt.in).get)
			if err != nil {
				t.Fatal(err)
			}
			changed, grew := changedLines(orig, got)
			if grew != tt.grew {
				t.Errorf("grew %d lines, want %d:\n%s", grew, tt.grew, got)
			}
			if tt.change != nil && (len(changed) != len(tt.change) || !slices.Equal(changed, tt.change)) {
				t.Errorf("changed lines %q, want %q", changed, tt.change)
			}
			if strings.Count(got, "#") != strings.Count(orig, "#") {
				t.Errorf("comments lost:\n%s", got)
			}
			fs, err := forms.Parse([]byte(got))
			if err != nil {
				t.Fatalf("the result does not parse: %v\n%s", err, got)
			}
			if tt.check != nil {
				tt.check(t, fs)
			}
		})
	}

	t.Run("a CAPTCHA switched off again, the other settings kept", func(t *testing.T) {
		on, err := editForms(orig, fields{"form.newsletter.captcha": "recaptcha", "form.newsletter.captcha_secret_env": "RECAPTCHA_SECRET"}.get)
		if err != nil {
			t.Fatal(err)
		}
		on = strings.Replace(on, "secret_env: RECAPTCHA_SECRET}", "secret_env: RECAPTCHA_SECRET, min_score: 0.7}", 1)
		moved, err := editForms(on, fields{"form.newsletter.captcha": "hcaptcha", "form.newsletter.captcha_secret_env": "HCAPTCHA_SECRET"}.get)
		if err != nil || !strings.Contains(moved, "captcha: {provider: hcaptcha, secret_env: HCAPTCHA_SECRET, min_score: 0.7}") {
			t.Fatalf("provider changed: %v\n%s", err, moved)
		}
		off, err := editForms(moved, fields{"form.newsletter.captcha": ""}.get)
		if err != nil || off != orig {
			t.Fatalf("switched off: %v\n%s", err, off)
		}
	})

	t.Run("an unknown provider is refused by field", func(t *testing.T) {
		_, err := editForms(orig, fields{"form.newsletter.captcha": "mycaptcha"}.get)
		var e *lead.Error
		if !errors.As(err, &e) || e.Fields["form.newsletter.captcha"] == "" {
			t.Fatalf("err %v", err)
		}
	})
}

func TestRoutingEditorChangesOnlyItsLines(t *testing.T) {
	orig := string(config.Routing())
	for _, tt := range []struct {
		name  string
		in    fields
		grew  int
		want  []string // lines the result holds
		check func(t *testing.T, r *assign.Rules)
	}{
		{"unchanged", fields{"member.enterprise.0.weight": "2", "member.enterprise.1.weight": "1", "member.emea.0.daily_cap": "15"}, 0, nil, nil},
		{"a weight where there was none", fields{"member.enterprise.1.weight": "3"}, 1, []string{"        weight: 3"},
			func(t *testing.T, r *assign.Rules) {
				_, ms := r.Team(assign.RouteLead{CompanySize: "5000"})
				if len(ms) != 2 || ms[1].Weight != 3 {
					t.Errorf("members %+v", ms)
				}
			}},
		{"a weight changed", fields{"member.enterprise.0.weight": "5"}, 0, []string{"        weight: 5"}, nil},
		{"a daily cap removed", fields{"member.emea.0.daily_cap": "0"}, -1, nil, nil},
		{"time away changed", fields{"member.emea.1.away_from": "2027-01-04", "member.emea.1.away_until": "2027-01-08"}, 0,
			[]string{"        away: {from: \"2027-01-04\", until: \"2027-01-08\"}"}, nil},
		{"time away set and ended", fields{"member.inbound.0.away_from": "2027-01-04", "member.inbound.0.away_until": "2027-01-08", "member.emea.1.away_from": "", "member.emea.1.away_until": ""}, 0, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := editRouting(orig, fields(tt.in).get)
			if err != nil {
				t.Fatal(err)
			}
			if _, grew := changedLines(orig, got); grew != tt.grew {
				t.Errorf("grew %d lines, want %d:\n%s", grew, tt.grew, got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w+"\n") {
					t.Errorf("no line %q in\n%s", w, got)
				}
			}
			r, err := assign.Parse("routing.yaml", []byte(got))
			if err != nil {
				t.Fatalf("the result does not parse: %v\n%s", err, got)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}

	for _, bad := range []fields{{"member.enterprise.0.weight": "0"}, {"member.enterprise.0.weight": "heavy"}, {"member.emea.0.daily_cap": "-2"}} {
		if _, err := editRouting(orig, bad.get); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// FuzzFormEditors: whatever YAML a draft holds, the form editors never
// panic, and what they return without an error is still YAML.
func FuzzFormEditors(f *testing.F) {
	f.Add(string(config.Forms()), "contact-sales", "email, phone", "turnstile")
	f.Add(string(config.Routing()), "enterprise", "3", "")
	f.Add("forms: [{id: a, required: [email]}]\n", "a", "email, phone", "")
	f.Add("forms:\n  - id: a\n    required:\n      - email\n    captcha:\n      provider: hcaptcha\n", "a", "", "")
	f.Fuzz(func(t *testing.T, text, name, value, captcha string) {
		in := fields{}
		for _, k := range []string{"required", "honeypot", "captcha"} {
			in["form."+name+"."+k] = value
		}
		in["form."+name+".captcha"] = captcha
		in["form."+name+".captcha_secret_env"] = "X_SECRET"
		for _, k := range []string{"weight", "daily_cap", "away_from", "away_until"} {
			in["member."+name+".0."+k] = value
		}
		for _, edit := range []func(string, func(string) (string, bool)) (string, error){editForms, editRouting} {
			out, err := edit(text, in.get)
			if err != nil || out == text {
				continue
			}
			if _, err := doc(out); err != nil {
				t.Fatalf("the result is no longer YAML: %v\n--- in\n%s\n--- out\n%s", err, text, out)
			}
		}
	})
}
