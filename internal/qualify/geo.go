package qualify

import "github.com/leadsieve/leadsieve/internal/region"

// countryCode validates an upper-case ISO 3166-1 alpha-2 code, as the
// rules file writes them in region lists and country rules.
func countryCode(s string) (string, bool) {
	cc, ok := region.Code(s)
	return cc, ok && cc == s
}

// resolveCountry reads a country field with the shared country table
// (internal/region) and the spellings the rules file adds
// (firmographics.country_names). It returns "" for an unknown country.
func (m *Model) resolveCountry(v string) string {
	cc, _ := m.countryNames.Normalize(v)
	return cc
}
