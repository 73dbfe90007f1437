package lead

import (
	"reflect"
	"strings"
	"testing"
)

// TestFieldIndexAndAt holds FieldIndex and At to CanonicalFields and to
// the JSON names of the Fields struct: position i names the field that
// At(i) points to.
func TestFieldIndexAndAt(t *testing.T) {
	var f Fields
	fv := reflect.ValueOf(&f).Elem()
	byTag := map[string]*string{}
	for k := range fv.NumField() {
		tag, _, _ := strings.Cut(fv.Type().Field(k).Tag.Get("json"), ",")
		if p, ok := fv.Field(k).Addr().Interface().(*string); ok {
			byTag[tag] = p
		}
	}
	for i, n := range CanonicalFields {
		if got := FieldIndex(n); got != i {
			t.Errorf("FieldIndex(%q) = %d, want %d", n, got, i)
		}
		if p := f.At(i); p != byTag[n] {
			t.Errorf("At(%d) does not point to the field tagged %q", i, n)
		}
		if !IsCanonical(n) {
			t.Errorf("IsCanonical(%q) = false", n)
		}
	}
	if len(byTag) != NumCanonical {
		t.Errorf("Fields has %d string fields, want %d", len(byTag), NumCanonical)
	}
	for _, n := range []string{"", "Email", "email ", "extra", "utm", "first-name"} {
		if got := FieldIndex(n); got != -1 {
			t.Errorf("FieldIndex(%q) = %d, want -1", n, got)
		}
		if IsCanonical(n) {
			t.Errorf("IsCanonical(%q) = true", n)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("At(NumCanonical) did not panic")
		}
	}()
	f.At(NumCanonical)
}

// TestFieldsSetGetMapFillFrom covers the name-based accessors over every
// canonical field and an extra one.
func TestFieldsSetGetMapFillFrom(t *testing.T) {
	var f Fields
	for i, n := range CanonicalFields {
		f.Set(n, n+"-value")
		if got := *f.At(i); got != n+"-value" {
			t.Errorf("after Set(%q), At(%d) = %q", n, i, got)
		}
	}
	f.Set("custom", "c")
	m := f.Map()
	if len(m) != NumCanonical+1 || m["custom"] != "c" || m["email"] != "email-value" {
		t.Errorf("Map() = %v", m)
	}
	var g Fields
	g.Email = "new"
	g.FillFrom(&f)
	if g.Email != "new" || g.Referrer != "referrer-value" || g.Get("custom") != "c" {
		t.Errorf("FillFrom: %+v", g)
	}
}
