package yamlcheck

import (
	"errors"
	"strings"
	"testing"
)

type inner struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
}

type doc struct {
	ID      string           `yaml:"id"`
	Count   int              `yaml:"count"`
	Members []inner          `yaml:"members"`
	Teams   map[string]inner `yaml:"teams"`
	Ptr     *inner           `yaml:"ptr"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr []string
	}{
		{"ok", "id: x\ncount: 2\nmembers:\n  - name: a\n    email: b\n", nil},
		{"unknown top", "id: x\ncuont: 2\n", []string{"f.yaml:2:1: unknown key \"cuont\" (did you mean \"count\"?)"}},
		{"unknown nested list", "members:\n  - name: a\n    mail: b\n", []string{"f.yaml:3:5: unknown key \"mail\" (did you mean \"email\"?)"}},
		{"unknown in map", "teams:\n  x:\n    zzzzzz: 1\n", []string{"f.yaml:3:5: unknown key \"zzzzzz\" (known keys: email, name)"}},
		{"unknown in ptr", "ptr:\n  nmae: a\n", []string{"f.yaml:2:3: unknown key \"nmae\""}},
		{"type error", "count: many\n", []string{"f.yaml:1:", "cannot unmarshal"}},
		{"syntax", "id: [x\n", []string{"f.yaml:"}},
		{"empty", "", []string{"empty document"}},
		{"not mapping", "- a\n", []string{"expected a mapping"}},
		{"duplicate", "id: a\nid: b\n", []string{"already defined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			_, es := Decode("f.yaml", []byte(tt.in), &d)
			err := es.Err()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var one *Error
			if !errors.As(err, &one) {
				t.Errorf("errors.As(*Error) failed for %v", err)
			}
		})
	}
}

func TestFindAt(t *testing.T) {
	var d doc
	root, es := Decode("f", []byte("id: x\nmembers:\n  - name: a\n  - name: b\n    email: c\n"), &d)
	if es != nil {
		t.Fatal(es)
	}
	if n := Find(root, "members", 1, "email"); n == nil || n.Line != 5 || n.Value != "c" {
		t.Fatalf("Find = %+v", n)
	}
	if n := Find(root, "members", 7); n != nil {
		t.Fatalf("Find out of range = %+v", n)
	}
	if n := At(root, "members", 1, "nope"); n == nil || n.Line != 4 {
		t.Fatalf("At = %+v", n)
	}
}

func TestErrorsFormat(t *testing.T) {
	es := Errors{{File: "a", Line: 3, Col: 2, Msg: "x"}, {Line: 1, Msg: "y"}, {Msg: "z"}}
	got := es.Err().Error()
	want := "z\n1: y\na:3:2: x"
	if got != want {
		t.Fatalf("got %q want %q", got, want)
	}
	if (Errors{}).Err() != nil {
		t.Fatal("empty Errors must be nil error")
	}
}
