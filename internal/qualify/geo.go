package qualify

import (
	"strings"

	"golang.org/x/text/language"
)

// countryNames maps common country spellings (normalized) to ISO 3166-1
// alpha-2 codes: English, local and a few other European languages, written
// for leadsieve. The rules file can add more (firmographics.country_names).
var countryNames = func() map[string]string {
	table := map[string]string{
		"US": "united states|united states of america|usa|us|u s a|america|etats unis|estados unidos|vereinigte staaten|stati uniti|verenigde staten|stany zjednoczone|アメリカ|美国",
		"GB": "united kingdom|uk|great britain|britain|england|scotland|wales|northern ireland|vereinigtes konigreich|grossbritannien|royaume uni|reino unido|regno unito|verenigd koninkrijk|wielka brytania|イギリス|英国",
		"DE": "germany|deutschland|allemagne|alemania|alemanha|germania|duitsland|niemcy|ドイツ|德国",
		"AT": "austria|osterreich|autriche|oostenrijk",
		"CH": "switzerland|schweiz|suisse|suiza|suica|svizzera|zwitserland|szwajcaria|スイス|瑞士",
		"FR": "france|frankreich|francia|franca|frankrijk|francja|フランス|法国",
		"ES": "spain|espana|spanien|espagne|espanha|spagna|spanje|hiszpania|スペイン|西班牙",
		"PT": "portugal|portogallo|portugalia",
		"IT": "italy|italia|italien|italie|italie|italie|italy|wlochy|イタリア|意大利",
		"NL": "netherlands|the netherlands|holland|nederland|niederlande|pays bas|paises bajos|paesi bassi|holandia|オランダ|荷兰",
		"BE": "belgium|belgien|belgique|belgica|belgio|belgie",
		"LU": "luxembourg|luxemburg|luxemburgo|lussemburgo",
		"IE": "ireland|irland|irlande|irlanda|ierland",
		"DK": "denmark|danmark|danemark|dinamarca|danimarca|denemarken|dania",
		"SE": "sweden|sverige|schweden|suede|suecia|svezia|zweden|szwecja",
		"NO": "norway|norge|norwegen|norvege|noruega|norvegia|noorwegen|norwegia",
		"FI": "finland|suomi|finnland|finlande|finlandia",
		"IS": "iceland|island|islande|islandia",
		"PL": "poland|polska|polen|pologne|polonia|polonia",
		"CZ": "czech republic|czechia|cesko|tschechien|republique tcheque|republica checa|repubblica ceca|tsjechie|czechy",
		"SK": "slovakia|slovensko|slowakei|slovaquie|eslovaquia|slovacchia|slowacja",
		"HU": "hungary|magyarorszag|ungarn|hongrie|hungria|ungheria|hongarije|wegry",
		"RO": "romania|rumanien|roumanie|rumania|roemenie|rumunia",
		"BG": "bulgaria|bulgarien|bulgarie",
		"GR": "greece|hellas|ellada|griechenland|grece|grecia|griekenland|grecja",
		"HR": "croatia|hrvatska|kroatien|croatie|croacia|croazia|kroatie|chorwacja",
		"SI": "slovenia|slovenija|slowenien|slovenie|eslovenia",
		"EE": "estonia|eesti|estland|estonie",
		"LV": "latvia|latvija|lettland|lettonie|letonia|lettonia|lotwa",
		"LT": "lithuania|lietuva|litauen|lituanie|lituania|litwa",
		"CY": "cyprus|zypern|chypre|chipre|cipro",
		"MT": "malta|malte",
		"CA": "canada|kanada",
		"MX": "mexico|mexiko|mexique|messico",
		"BR": "brazil|brasil|brasilien|bresil|brasile|brazylia|ブラジル|巴西",
		"AR": "argentina|argentinien|argentine",
		"CL": "chile|chili",
		"CO": "colombia|kolumbien|colombie",
		"PE": "peru|perou",
		"AU": "australia|australien|australie|オーストラリア|澳大利亚",
		"NZ": "new zealand|neuseeland|nouvelle zelande|nueva zelanda",
		"JP": "japan|nippon|japon|japao|giappone|japonia|日本",
		"CN": "china|prc|chine|cina|chiny|中国",
		"HK": "hong kong|香港",
		"TW": "taiwan|台湾",
		"KR": "south korea|korea|republic of korea|sudkorea|coree du sud|corea del sur|韓国|韩国",
		"KP": "north korea|dprk|nordkorea|coree du nord|corea del norte|北朝鮮|朝鲜",
		"IN": "india|indien|inde|indie|インド|印度",
		"SG": "singapore|singapur|singapour|シンガポール|新加坡",
		"MY": "malaysia|malaisie|malasia",
		"ID": "indonesia|indonesien|indonesie",
		"TH": "thailand|thailande|tailandia",
		"VN": "vietnam|viet nam",
		"PH": "philippines|philippinen|filipinas",
		"AE": "united arab emirates|uae|emirates|vereinigte arabische emirate|emirats arabes unis|emiratos arabes unidos",
		"SA": "saudi arabia|saudi arabien|arabie saoudite|arabia saudita",
		"IL": "israel|israele",
		"TR": "turkey|turkiye|turkei|turquie|turquia|turchia|turcja",
		"ZA": "south africa|sudafrika|afrique du sud|sudafrica",
		"EG": "egypt|agypten|egypte|egipto",
		"NG": "nigeria",
		"KE": "kenya|kenia",
		"RU": "russia|russian federation|russland|russie|rusia|russia|rusland|rosja|ロシア|俄罗斯",
		"BY": "belarus|weissrussland|bielorussie|bielorrusia",
		"UA": "ukraine|ucrania|ucraina|oekraine|ukraina",
		"IR": "iran|islamic republic of iran",
		"SY": "syria|syrien|syrie|siria",
		"CU": "cuba|kuba",
		"VE": "venezuela",
	}
	m := map[string]string{}
	for code, names := range table {
		for _, n := range strings.Split(names, "|") {
			m[normalize(n)] = code
		}
	}
	return m
}()

// countryCode validates an ISO 3166-1 alpha-2 code and returns it upper
// case.
func countryCode(s string) (string, bool) {
	if len(s) != 2 {
		return "", false
	}
	if a, b := s[0]-'A', s[1]-'A'; a < 26 && b < 26 {
		c := alpha2Codes[a][b]
		return c, c != ""
	}
	return parseCountryCode(s)
}

// alpha2Codes caches parseCountryCode for every pair of capital letters:
// the answer, or "" for false.
var alpha2Codes = func() (t [26][26]string) {
	for a := range byte(26) {
		for b := range byte(26) {
			t[a][b], _ = parseCountryCode(string([]byte{'A' + a, 'A' + b}))
		}
	}
	return t
}()

// parseCountryCode is countryCode without the cache.
func parseCountryCode(s string) (string, bool) {
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() {
		return "", false
	}
	return r.String(), true
}

// resolveCountry reads a country field: an ISO alpha-2 or alpha-3 code or a
// name from the built-in or configured tables.
func (m *Model) resolveCountry(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if len(v) == 2 {
		up := strings.ToUpper(v)
		switch up {
		case "UK":
			return "GB"
		case "EL":
			return "GR"
		}
		if c, ok := countryCode(up); ok {
			return c
		}
	}
	if len(v) == 3 && v[0] < 0x80 && v[1] < 0x80 && v[2] < 0x80 {
		if r, err := language.ParseRegion(v); err == nil && r.IsCountry() && r.String() != "ZZ" {
			if strings.ToUpper(v) != "USA" {
				return r.String()
			}
		}
	}
	if c, ok := lookupNormalized(m.countryNames, v); ok {
		return c
	}
	c, _ := lookupNormalized(countryNames, v)
	return c
}
