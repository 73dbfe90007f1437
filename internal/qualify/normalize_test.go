package qualify

import "testing"

func TestNormalizeCases(t *testing.T) {
	for in, want := range map[string]string{
		"":                           "",
		" ":                          "",
		"a ":                         "a",
		" a":                         "a",
		"a  b":                       "a b",
		"Head of Revenue Operations": "head of revenue operations",
		"€25k–50k":                   "25k 50k",
		"Geschäftsführerin":          "geschaftsfuhrerin",
		"ÆØÅ straße":                 "aeoa strasse",
		"e\u0301":                    "e",
		"東京 本社":                      "東京 本社",
		"\xff":                       "",
		"a\xffb":                     "a b",
		"51-200":                     "51 200",
		"Vice-President, Sales":      "vice president sales",
		"ŁÓDŹ":                       "lodz",
		"МОСКВА":                     "москва",
		"İstanbul":                   "istanbul",
		"٣ apples":                   "٣ apples",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMatcherScan checks the phrase matcher: whole words only, the
// longest phrase at a position wins, phrases of scripts without spaces
// match anywhere, and "re:" phrases are regular expressions.
func TestMatcherScan(t *testing.T) {
	m := newMatcher()
	for id, p := range []string{"president", "vice president", "demo", "next week", "見積", `re:\bq[1-4]\b`, `re:\bmigrat(e|ing) from\b`} {
		if err := m.add(p, int32(id)); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.add("--", 9); err == nil {
		t.Error("a phrase without letters was accepted")
	}
	if err := m.add("re:(", 9); err == nil {
		t.Error("a bad regular expression was accepted")
	}
	tests := []struct {
		text string
		want []hit
	}{
		{"", nil},
		{"vice president of sales", []hit{{0, 14, 1}}},
		{"the president", []hit{{4, 13, 0}}},
		{"demos next weekend", nil},
		{"a demo next week", []hit{{2, 6, 2}, {7, 16, 3}}},
		{"お見積をください", []hit{{3, 9, 4}}},
		{"go live in q3 demo", []hit{{11, 13, 5}, {14, 18, 2}}},
		{"we are migrating from excel", []hit{{7, 21, 6}}},
		{"the migration of data", nil},
	}
	for _, tt := range tests {
		got := m.scan(tt.text, nil)
		if len(got) != len(tt.want) {
			t.Errorf("scan(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("scan(%q) = %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}

func TestRequiredLiteral(t *testing.T) {
	for expr, want := range map[string]string{
		`\bmigrat(e|ing) from\b`: "migrat",
		`\bq[1-4]\b`:             "q",
		`demo`:                   "demo",
		`a|b`:                    "",
		`(?i)pricing`:            "",
	} {
		if got := requiredLiteral(expr); got != want {
			t.Errorf("requiredLiteral(%q) = %q, want %q", expr, got, want)
		}
	}
}
