package intake

import (
	"context"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestFormIDFromThePath: the form id in a request path follows the one
// rule for form ids (forms.ValidID): the longest id forms.yaml accepts is
// found, and an id no forms file could hold is unknown without the forms
// being read (they may come from the store).
func TestFormIDFromThePath(t *testing.T) {
	longest := strings.Repeat("f", forms.MaxIDLen)
	fs, err := forms.Parse([]byte("forms:\n  - id: " + longest + "\n  - id: contact-sales\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id    string
		found bool
		reads int
	}{
		{longest, true, 1},
		{"contact-sales", true, 1},
		{"missing", false, 1},
		{longest + "f", false, 0},
		{"Contact-Sales", false, 0},
		{"contact_sales", false, 0},
		{"-sales", false, 0},
		{"", false, 0},
	} {
		t.Run(tc.id, func(t *testing.T) {
			reads := 0
			s := &Service{Forms: func(context.Context) (*forms.Set, error) { reads++; return fs, nil }}
			f, err := s.Form(context.Background(), tc.id)
			if tc.found != (err == nil) || (f != nil && f.ID != tc.id) {
				t.Fatalf("Form(%q) = %v, %v; want found %v", tc.id, f, err, tc.found)
			}
			if e := AsError(err); err != nil && (e.Kind != lead.ENOTFOUND || e.Code != CodeUnknownForm) {
				t.Errorf("Form(%q): %s %s, want %s %s", tc.id, e.Kind, e.Code, lead.ENOTFOUND, CodeUnknownForm)
			}
			if reads != tc.reads {
				t.Errorf("Form(%q) read the forms %d times, want %d", tc.id, reads, tc.reads)
			}
		})
	}
}
