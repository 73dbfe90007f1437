package screen

import "testing"

func TestRepeatedKeyword(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		word   string
		strong bool
	}{
		{"crm software crm tool best crm crm pricing crm demo crm free crm online crm small business crm", "crm", true},
		{"cheap flights cheap hotels cheap car rental cheap holidays cheap flights london cheap flights paris cheap tickets", "cheap", true},
		{"Immobilien kaufen Immobilien verkaufen Immobilien bewerten Immobilienmakler Immobilien Berlin Immobilien Hamburg", "immobilien", true},
		{"купить квартиру купить дом купить участок купить дачу недорого", "купить", false},
		// Genuine: a product named a few times in sentences, a short
		// message, a list of needs.
		{"We use a CRM today, but the CRM does not filter spam. Can your CRM integration push leads into our CRM?", "", false},
		{"Preis? Preis für 3 Nutzer? Preis für 10?", "", false},
		{"Wir brauchen: Formulare, Filter, Export, Berichte, Zugriffsrechte und eine API.", "", false},
		{"Hello, we are a plumbing firm with six vans and want to stop spam on our quote form.", "", false},
	} {
		w, _, strong := repeatedKeyword(foldText(tc.msg))
		if w != tc.word || strong != tc.strong {
			t.Errorf("%q: keyword %q strong %v, want %q %v", tc.msg, w, strong, tc.word, tc.strong)
		}
	}
}
