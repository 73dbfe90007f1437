package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

var domainShapeCodes = []string{CodeEmailConfusableDomain, CodeEmailInvalidTLD, CodeEmailInvalid}

func withEmail(addr string) func(*lead.Submission) {
	return func(x *lead.Submission) { x.Fields.Email = addr }
}

func TestDomainShape(t *testing.T) {
	real := func(d *Deps) { d.Domains = realDomains }
	runCases(t, []detCase{
		// Confusable characters.
		{name: "cyrillic o in gmail", deps: real, sub: withEmail("maria@gmаil.com"), want: CodeEmailConfusableDomain, points: 60},
		{name: "cyrillic o in a company domain", sub: withEmail("maria@nоrthwind-logistics.com"), want: CodeEmailConfusableDomain},
		{name: "greek omicron in outlook", sub: withEmail("jan@outlοok.com"), want: CodeEmailConfusableDomain},
		{name: "dotless i in gmail", deps: real, sub: withEmail("ayse@gmaıl.com"), want: CodeEmailConfusableDomain},
		{name: "full-width letters", deps: real, sub: withEmail("taro@ｇｍａｉｌ.com"), want: CodeEmailConfusableDomain},
		{name: "all-cyrillic look-alike of paypal", sub: withEmail("billing@раураl.com"), want: CodeEmailConfusableDomain},
		{name: "digits for letters in a well-known domain", sub: withEmail("support@paypa1.com"), want: CodeEmailConfusableDomain},
		{name: "rn for m", sub: withEmail("it@rnicrosoft.com"), want: CodeEmailConfusableDomain},
		// Real internationalized domains are not look-alikes.
		{name: "german umlaut domain", sub: withEmail("info@müller-bau.de"), not: domainShapeCodes},
		{name: "turkish dotless i in a real word", sub: withEmail("ayse@kırmızı.com.tr"), not: domainShapeCodes},
		{name: "cyrillic domain under .рф", sub: withEmail("ivan@почта.рф"), not: domainShapeCodes},
		{name: "punycode cyrillic TLD", sub: withEmail("ivan@xn--80a1acny.xn--p1ai"), not: domainShapeCodes},
		{name: "chinese domain", sub: withEmail("wang@例子.中国"), not: domainShapeCodes},
		{name: "greek domain", sub: withEmail("nikos@παράδειγμα.ελ"), not: domainShapeCodes},
		{name: "gmail itself", deps: real, sub: withEmail("maria@gmail.com"), not: domainShapeCodes},
		{name: "163.com is not l63", sub: withEmail("wang@163.com"), not: domainShapeCodes},
		{name: "digits in an ordinary domain", sub: withEmail("hr@1und1.de"), not: domainShapeCodes},
		// Top-level domains checked against the IANA list.
		{name: ".con", sub: withEmail("maria@northwind.con"), want: CodeEmailInvalidTLD, points: 60},
		{name: ".cmo", sub: withEmail("maria@northwind.cmo"), want: CodeEmailInvalidTLD},
		{name: ".comm", sub: withEmail("maria@northwind.comm"), want: CodeEmailInvalidTLD},
		{name: "made-up tld", sub: withEmail("bot@mail.qwertyz"), want: CodeEmailInvalidTLD},
		{name: "new gTLD exists", sub: withEmail("anna@studio.berlin"), not: domainShapeCodes},
		{name: "country code", sub: withEmail("kofi@firm.com.gh"), not: domainShapeCodes},
		{name: "long gTLD", sub: withEmail("lee@shop.photography"), not: domainShapeCodes},
		{name: "reserved tld is not reported twice", sub: withEmail("lee@shop.test"), want: CodeEmailReservedDomain, not: []string{CodeEmailInvalidTLD}},
		{name: "allowed domain skips the check", cfg: func(c *Config) { c.Lists.AllowedDomains = []string{"partner.internal"} },
			sub: withEmail("lee@partner.internal"), not: domainShapeCodes},
		// A dot after the TLD.
		{name: "trailing dot", sub: withEmail("maria@northwind-logistics.com."), want: CodeEmailInvalid},
	})
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"gmаil.com":    "gmail.com", // Cyrillic а
		"ｇｍａｉｌ．ｃｏｍ":    "gmail.com", // full-width, full-width dot
		"gmaıl.com":    "gmail.com", // dotless i
		"αpple.com":    "apple.com", // Greek alpha
		"müller.de":    "müller.de",
		"почта.рф":     "noчta.pф", // п, ч stay: not an ASCII look-alike
		"Northwind.IO": "northwind.io",
	} {
		if got := skeleton(in); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTLDExists(t *testing.T) {
	for d, want := range map[string]bool{
		"a.com": true, "a.de": true, "a.xn--p1ai": true, "a.рф": true, "a.berlin": true,
		"a.con": false, "a.cmo": false, "a.comm": false, "a.xn--zzzz": false, "a.local": false,
	} {
		if got := tldExists(d); got != want {
			t.Errorf("tldExists(%q) = %v, want %v", d, got, want)
		}
	}
}

func TestThrowawayName(t *testing.T) {
	for domain, want := range map[string]string{
		"tempmail-box.net":         "tempmail",
		"fakeinbox.org":            "fakeinbox",
		"mytrashmail.io":           "trashmail",
		"burner-mail.xyz":          "burnermail",
		"get10minutemail.com":      "minutemail",
		"spambox.example.info":     "spambox",
		"trash-temp-mail.net":      "tempmail",
		"wegwerf-postfach.de":      "wegwerfpost",
		"mail-jetable.fr":          "mailjetable",
		"correo-temporal.es":       "correotemporal",
		"posta-usa-e-getta.it":     "postausaegetta",
		"gecici-mail.net":          "gecicimail",
		"vremennaya-pochta.ru":     "vremennayapochta",
		"caixa-descartavel.com.br": "caixadescartavel",
		"tymczasowa-poczta.pl":     "tymczasowapoczta",
		"tijdelijke-mailbox.nl":    "tijdelijkemail",
		"quicktrashbox.net":        "trashbox",
		"mytemp.email":             "tempemail",
		"mailgone.click":           "mailgone",
		"vanish-inbox.net":         "vanishinbox",
		"fugace-posta.it":          "fugacepost",
		"buzonfugaz.es":            "buzonfugaz",
		"correo-volatil.es":        "correovolatil",
		"volatile-inbox.com":       "volatileinbox",
		"gecici-kutu.net":          "gecicikutu",
		"fluchtig-mail.de":         "fluchtigmail",
		"wegwerp-brievenbus.nl":    "wegwerpbrievenbus",
		"tempr.email":              "",
		"northwind.email":          "",
		// Companies whose names merely hold the letters.
		"posttemple.org":        "",
		"correos.es":            "",
		"temporal-logistics.es": "",
		"mailjet.com":           "",
		"poczta-polska.pl":      "",
		"tempus-mail.de":        "",
		"spamexperts.com":       "",
		"postmark.com":          "",
		"junkyard-post.com":     "",
		"temporal.io":           "",
		"mailbox.org":           "",
		"acme.mail":             "",
		"fakenews-radio.com":    "",
		"gonefishing-post.com":  "", // the mail word must follow, or end the name
		"boxgonewild.com":       "",
		"volatility-labs.com":   "",
		"kutuphane.org.tr":      "", // a library
		"fugazi-records.com":    "",
		"brevlada-design.se":    "",
	} {
		if got := throwawayName(domain); got != want {
			t.Errorf("throwawayName(%q) = %q, want %q", domain, got, want)
		}
	}
}

// TestEveryThrowawayAndMailWordCounts: each throwaway word joined to a
// mail word, and each mail word joined to a throwaway word, names a
// throwaway service.
func TestEveryThrowawayAndMailWordCounts(t *testing.T) {
	for _, w := range throwawayWords {
		if throwawayName(w+"mail.com") == "" {
			t.Errorf("throwaway word %q: %smail.com is no throwaway name", w, w)
		}
	}
	for _, m := range mailWords {
		if throwawayName("temp"+m+".com") == "" {
			t.Errorf("mail word %q: temp%s.com is no throwaway name", m, m)
		}
	}
}
