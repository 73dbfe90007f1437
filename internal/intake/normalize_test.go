package intake

import (
	"reflect"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestNormalizeValue(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"first_name", "", ""},
		{"first_name", "  lead and trail  ", "lead and trail"},
		{"first_name", "two  spaces\tand\ttabs", "two spaces and tabs"},
		{"first_name", "line\nbreak", "line break"},
		{"first_name", "a\r\nb", "a b"},
		{"message", "a\r\nb", "a\nb"},
		{"message", "a\n\n\n\nb", "a\n\nb"},
		{"message", "a \n b", "a \n b"},
		{"message", " \n\n \n x", "x"},
		{"first_name", "Mari\u0301a", "María"},
		{"first_name", "bidi\u202eevil", "bidievil"},
		{"first_name", "zero\u200bwidth", "zerowidth"},
		{"first_name", "join\u200dme", "join\u200dme"},
		{"first_name", "\ufeffbom", "bom"},
		{"first_name", "nbsp\u00a0x", "nbsp x"},
		{"first_name", "ctrl\x01x del\x7fx", "ctrlx delx"},
		{"first_name", "bad\xffutf8", "bad\ufffdutf8"},
		{"phone", strings.Repeat("9", 39) + " 12", strings.Repeat("9", 39)},
		{"first_name", strings.Repeat("é", 150), strings.Repeat("é", 100)},
		{"custom", strings.Repeat("x", 400), strings.Repeat("x", defaultCap)},
		{"company", "Northwind Traders, Inc. (EU) ~ #1", "Northwind Traders, Inc. (EU) ~ #1"},
		{"message", "two  spaces kept", "two  spaces kept"},
		{"first_name", "two  spaces", "two spaces"},
		{"first_name", "del\x7f", "del"},
	}
	for _, tc := range tests {
		if got := normalizeValue(tc.name, tc.in); got != tc.want {
			t.Errorf("normalizeValue(%q, %q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestBlankValueNormalizesToEmpty: a value of white space alone, of any
// kind, normalizes to "", so that a blank field is no field.
func TestBlankValueNormalizesToEmpty(t *testing.T) {
	blanks := []string{" ", "\t", "\n", "\r", "\v", "\f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002",
		"\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"}
	for i := range blanks {
		v := strings.Join(blanks[i:], "") + blanks[i]
		for _, name := range []string{"message", "email", "extra_field"} {
			if got := normalizeValue(name, v); got != "" {
				t.Errorf("normalizeValue(%q, %q) = %q, want \"\"", name, v, got)
			}
		}
	}
}

// TestBuildJoinsNamesInBodyOrder: names that mean the same field are
// joined in the order the body gives them, blank values left out;
// unknown names are kept sorted; Raw keeps the names as submitted.
func TestBuildJoinsNamesInBodyOrder(t *testing.T) {
	pairs := []Pair{
		{"Company", "Acme"}, {"zeta", "last"}, {"email", "a@acme.example"}, {"company", "Acme GmbH"},
		{"company_name", " "}, {"organisation", "ACME"}, {"alpha", "first"}, {"Alpha", "again"},
	}
	sub, err := Build(FormRules{ID: "f"}, pairs, lead.Context{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Acme, Acme GmbH, ACME"; sub.Fields.Company != want {
		t.Errorf("company = %q, want %q", sub.Fields.Company, want)
	}
	if want := map[string]string{"alpha": "first, again", "zeta": "last"}; !reflect.DeepEqual(sub.Fields.Extra, want) {
		t.Errorf("extra = %v, want %v", sub.Fields.Extra, want)
	}
	if sub.Raw["Company"] != "Acme" || sub.Raw["company"] != "Acme GmbH" || len(sub.Raw) != len(pairs) {
		t.Errorf("raw = %v", sub.Raw)
	}
	noRaw, err := Build(FormRules{ID: "f", NoRaw: true}, pairs, lead.Context{})
	if err != nil || noRaw.Raw != nil || noRaw.Fields.Company != sub.Fields.Company {
		t.Errorf("NoRaw: %+v, %v", noRaw, err)
	}
}

// TestCanonicalNamesMapToThemselves backs FieldName's shortcut for names
// posted exactly as canonical ones.
func TestCanonicalNamesMapToThemselves(t *testing.T) {
	for _, name := range lead.CanonicalFields {
		if got := FieldName(" " + strings.ToUpper(name[:1]) + name[1:] + " "); got != name {
			t.Errorf("FieldName of %q capitalized = %q", name, got)
		}
		if a, ok := aliases[name]; ok {
			t.Errorf("canonical name %q is an alias of %q", name, a)
		}
	}
}
