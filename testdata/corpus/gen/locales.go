package main

// localeInfo describes how people of one name locale fill in a form: where
// they are, which languages their browser asks for, which top-level domain
// their company uses, and romanised name parts for e-mail local parts when
// their names are not in Latin script.
type localeInfo struct {
	locale  string   // name list under sources/names
	region  string   // ISO 3166 country, also the phone region
	country string   // as typed into the country field
	lang    string   // Accept-Language header
	msgLang string   // language code of sources/messages/genuine_other.txt
	tld     string   // company domain suffix
	weight  int      // relative share of genuine leads
	roman   []string // romanised names for e-mail local parts (non-Latin scripts)
	cities  []string
}

var locales = []localeInfo{
	{"en", "US", "United States", "en-US,en;q=0.9", "", "com", 14, nil, []string{"Austin", "Chicago", "Denver", "Boston"}},
	{"en_AU", "AU", "Australia", "en-AU,en;q=0.9", "", "com.au", 3, nil, []string{"Melbourne", "Brisbane"}},
	{"en_IN", "IN", "India", "en-IN,en;q=0.9,hi;q=0.8", "", "in", 5, nil, []string{"Bengaluru", "Pune", "Hyderabad"}},
	{"en_ZA", "ZA", "South Africa", "en-ZA,en;q=0.9", "", "co.za", 2, nil, []string{"Cape Town", "Johannesburg"}},
	{"en_GH", "GH", "Ghana", "en-GB,en;q=0.9", "", "com.gh", 1, nil, []string{"Accra"}},
	{"en_NG", "NG", "Nigeria", "en-NG,en;q=0.9", "", "com.ng", 2, nil, []string{"Lagos", "Abuja"}},
	{"yo_NG", "NG", "Nigeria", "en-GB,en;q=0.9,yo;q=0.6", "", "ng", 1, nil, []string{"Ibadan"}},
	{"zu_ZA", "ZA", "South Africa", "en-ZA,en;q=0.9,zu;q=0.5", "", "co.za", 1, nil, []string{"Durban"}},
	{"de", "DE", "Germany", "de-DE,de;q=0.9,en;q=0.8", "de", "de", 6, nil, []string{"München", "Köln", "Hamburg"}},
	{"de_CH", "CH", "Switzerland", "de-CH,de;q=0.9,en;q=0.7", "de", "ch", 1, nil, []string{"Zürich", "Basel"}},
	{"fr", "FR", "France", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr", "fr", 4, nil, []string{"Lyon", "Nantes", "Paris"}},
	{"fr_BE", "BE", "Belgium", "fr-BE,fr;q=0.9,nl;q=0.7", "fr", "be", 1, nil, []string{"Liège", "Bruxelles"}},
	{"es", "ES", "Spain", "es-ES,es;q=0.9,en;q=0.8", "es", "es", 4, nil, []string{"Madrid", "Valencia", "Sevilla"}},
	{"es_MX", "MX", "Mexico", "es-MX,es;q=0.9,en;q=0.8", "es", "com.mx", 3, nil, []string{"Guadalajara", "Monterrey"}},
	{"pt_BR", "BR", "Brazil", "pt-BR,pt;q=0.9,en;q=0.8", "pt", "com.br", 4, nil, []string{"São Paulo", "Curitiba"}},
	{"pt_PT", "PT", "Portugal", "pt-PT,pt;q=0.9,en;q=0.7", "pt", "pt", 1, nil, []string{"Porto", "Lisboa"}},
	{"it", "IT", "Italy", "it-IT,it;q=0.9,en;q=0.8", "it", "it", 3, nil, []string{"Milano", "Torino", "Bologna"}},
	{"nl", "NL", "Netherlands", "nl-NL,nl;q=0.9,en;q=0.8", "nl", "nl", 2, nil, []string{"Utrecht", "Rotterdam"}},
	{"pl", "PL", "Poland", "pl-PL,pl;q=0.9,en;q=0.8", "pl", "pl", 3, nil, []string{"Kraków", "Wrocław", "Gdańsk"}},
	{"cs_CZ", "CZ", "Czechia", "cs-CZ,cs;q=0.9,en;q=0.8", "cs", "cz", 1, nil, []string{"Brno", "Praha"}},
	{"sk", "SK", "Slovakia", "sk-SK,sk;q=0.9,en;q=0.7", "", "sk", 1, nil, []string{"Bratislava"}},
	{"hu", "HU", "Hungary", "hu-HU,hu;q=0.9,en;q=0.8", "hu", "hu", 1, nil, []string{"Budapest", "Debrecen"}},
	{"ro", "RO", "Romania", "ro-RO,ro;q=0.9,en;q=0.8", "ro", "ro", 1, nil, []string{"Cluj-Napoca", "Iași"}},
	{"hr", "HR", "Croatia", "hr-HR,hr;q=0.9,en;q=0.8", "hr", "hr", 1, nil, []string{"Zagreb", "Split"}},
	{"sr_RS_latin", "RS", "Serbia", "sr-Latn-RS,sr;q=0.9,en;q=0.7", "", "rs", 1, nil, []string{"Novi Sad"}},
	{"sv", "SE", "Sweden", "sv-SE,sv;q=0.9,en;q=0.8", "sv", "se", 1, nil, []string{"Göteborg", "Malmö"}},
	{"nb_NO", "NO", "Norway", "nb-NO,nb;q=0.9,en;q=0.8", "", "no", 1, nil, []string{"Bergen", "Oslo"}},
	{"da", "DK", "Denmark", "da-DK,da;q=0.9,en;q=0.8", "", "dk", 1, nil, []string{"Aarhus"}},
	{"fi", "FI", "Finland", "fi-FI,fi;q=0.9,en;q=0.8", "fi", "fi", 1, nil, []string{"Tampere", "Espoo"}},
	{"tr", "TR", "Türkiye", "tr-TR,tr;q=0.9,en;q=0.8", "tr", "com.tr", 3, nil, []string{"İstanbul", "İzmir"}},
	{"id_ID", "ID", "Indonesia", "id-ID,id;q=0.9,en;q=0.8", "id", "co.id", 2, nil, []string{"Jakarta", "Surabaya"}},
	{"vi", "VN", "Vietnam", "vi-VN,vi;q=0.9,en;q=0.8", "vi", "vn", 4, nil, []string{"Hà Nội", "Đà Nẵng", "TP. Hồ Chí Minh"}},
	{"uz_UZ_latin", "UZ", "Uzbekistan", "uz-UZ,uz;q=0.9,ru;q=0.8", "", "uz", 1, nil, []string{"Toshkent"}},
	{"ru", "RU", "Russia", "ru-RU,ru;q=0.9,en;q=0.8", "ru", "ru", 3, []string{"ivanov", "smirnova", "dmitry", "olga", "petrov", "kuznetsov", "elena", "sergey"}, []string{"Москва", "Казань"}},
	{"uk", "UA", "Ukraine", "uk-UA,uk;q=0.9,en;q=0.8", "uk", "com.ua", 2, []string{"shevchenko", "kovalenko", "oksana", "andriy", "bondarenko", "iryna"}, []string{"Київ", "Львів"}},
	{"mk", "MK", "North Macedonia", "mk-MK,mk;q=0.9,en;q=0.7", "", "mk", 1, []string{"stojanovski", "petrovska", "nikola", "ana"}, []string{"Скопје"}},
	{"el", "GR", "Greece", "el-GR,el;q=0.9,en;q=0.8", "el", "gr", 2, []string{"papadopoulos", "georgiou", "maria", "nikos", "dimitriou"}, []string{"Αθήνα", "Θεσσαλονίκη"}},
	{"ja", "JP", "Japan", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja", "co.jp", 4, []string{"yamada", "tanaka", "sato", "suzuki", "kenji", "yuki", "hiroshi", "watanabe"}, []string{"東京", "大阪"}},
	{"zh_CN", "CN", "China", "zh-CN,zh;q=0.9,en;q=0.8", "zh", "com.cn", 4, []string{"wang", "li.na", "zhang.wei", "liu", "chen", "yang.fan", "zhao"}, []string{"上海", "深圳"}},
	{"zh_TW", "TW", "Taiwan", "zh-TW,zh;q=0.9,en;q=0.8", "zh", "com.tw", 1, []string{"chen", "lin", "huang.yt", "wu"}, []string{"台北"}},
	{"ko", "KR", "South Korea", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko", "co.kr", 3, []string{"kim", "lee", "park", "choi", "minjun", "jiwoo"}, []string{"서울", "부산"}},
	{"th", "TH", "Thailand", "th-TH,th;q=0.9,en;q=0.8", "th", "co.th", 2, []string{"somchai", "suda", "wichai", "niran"}, []string{"กรุงเทพมหานคร"}},
	{"ar", "AE", "United Arab Emirates", "ar-AE,ar;q=0.9,en;q=0.8", "ar", "ae", 3, []string{"mohamed", "ahmed", "fatima", "ali.hassan", "omar", "layla"}, []string{"دبي", "أبوظبي"}},
	{"fa", "IR", "Iran", "fa-IR,fa;q=0.9,en;q=0.8", "fa", "ir", 1, []string{"rezaei", "hosseini", "sara", "ali"}, []string{"تهران"}},
	{"he", "IL", "Israel", "he-IL,he;q=0.9,en;q=0.8", "he", "co.il", 2, []string{"cohen", "levi", "noa", "yossi", "mizrahi"}, []string{"תל אביב", "חיפה"}},
	{"ne", "NP", "Nepal", "ne-NP,ne;q=0.9,en;q=0.8", "hi", "com.np", 1, []string{"sharma", "thapa", "amit", "sita"}, []string{"काठमाडौं"}},
	{"ka_GE", "GE", "Georgia", "ka-GE,ka;q=0.9,en;q=0.8", "ka", "ge", 1, []string{"beridze", "kapanadze", "nino", "giorgi"}, []string{"თბილისი"}},
	{"hy", "AM", "Armenia", "hy-AM,hy;q=0.9,en;q=0.8", "", "am", 1, []string{"petrosyan", "hakobyan", "aram", "ani"}, []string{"Երևան"}},
	{"ur", "PK", "Pakistan", "ur-PK,ur;q=0.9,en;q=0.8", "", "pk", 1, []string{"khan", "ahmed", "ayesha", "bilal"}, []string{"لاہور"}},
	{"dv", "MV", "Maldives", "dv-MV,dv;q=0.9,en;q=0.8", "", "mv", 1, []string{"ibrahim", "aishath", "mohamed"}, []string{"Malé"}},
}

// freeMail are the free-mail domains used for leads that write from a
// personal mailbox, with their rough share.
var freeMail = []string{
	"gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
	"icloud.com", "yahoo.co.uk", "gmx.de", "web.de", "orange.fr", "libero.it", "mail.ru", "yandex.ru",
	"qq.com", "163.com", "naver.com", "proton.me", "hotmail.fr", "yahoo.co.jp", "wp.pl", "seznam.cz",
}

var tools = []string{"HubSpot", "Salesforce", "Pipedrive", "Zoho CRM", "Marketo", "Typeform", "WordPress", "Webflow", "Google Forms", "Mailchimp", "Dynamics 365", "Jotform"}

var forms = []struct{ id, page string }{
	{"contact-sales", "https://www.northwind.example/contact-sales"},
	{"demo-request", "https://www.northwind.example/demo"},
	{"pricing-inquiry", "https://www.northwind.example/pricing"},
	{"contact", "https://www.northwind.example/contact"},
	{"partner-application", "https://www.northwind.example/partners"},
}
