package region

import (
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"de", "DE", true},
		{" US ", "US", true},
		{"UK", "GB", true},
		{"United Kingdom", "GB", true},
		{"Britain", "GB", true},
		{"Deutschland", "DE", true},
		{"Österreich", "AT", true},
		{"Côte d'Ivoire", "CI", true},
		{"Bosnia & Herzegovina", "BA", true},
		{"korea (south)", "KR", true},
		{"South Korea", "KR", true},
		{"united states", "US", true},
		{"USA", "US", true},
		{"Brasil", "BR", true},
		{"", "", false},
		{"XX", "", false},
		{"Atlantis", "", false},
		{"AQ", "", false},
	}
	for _, tt := range tests {
		got, ok := Normalize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestZoneAndLocation(t *testing.T) {
	tests := []struct{ in, zone string }{
		{"US", "America/New_York"},
		{"Australia", "Australia/Sydney"},
		{"ca", "America/Toronto"},
		{"Japan", "Asia/Tokyo"},
		{"nowhere", "UTC"},
		{"", "UTC"},
	}
	for _, tt := range tests {
		if got := Zone(tt.in); got != tt.zone {
			t.Errorf("Zone(%q) = %q, want %q", tt.in, got, tt.zone)
		}
		if got := Location(tt.in).String(); got != tt.zone {
			t.Errorf("Location(%q) = %q, want %q", tt.in, got, tt.zone)
		}
	}
}

func TestEveryZoneLoads(t *testing.T) {
	for code, e := range table {
		if _, err := time.LoadLocation(e.zone); err != nil {
			t.Errorf("%s: zone %q: %v", code, e.zone, err)
		}
		if c, ok := Normalize(e.name); !ok || c != code {
			// Ambiguous names are acceptable only if they map somewhere.
			if !ok {
				t.Errorf("name %q of %s not recognized", e.name, code)
			}
		}
	}
	if Name("de") != "Germany" {
		t.Errorf("Name(de) = %q", Name("de"))
	}
}
