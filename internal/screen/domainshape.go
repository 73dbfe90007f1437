package screen

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/screen/lookalike"
)

// This file judges the shape of an e-mail domain, apart from any list of
// good or bad domains: whether its top-level domain exists at all, and
// whether it is written in look-alike characters to pass for another
// domain.

// ianaTLDsFile is the IANA root zone's list of top-level domains, one a
// line, in Unicode form (see data/SOURCES.md for its source and refresh).
//
//go:embed data/tlds.txt
var ianaTLDsFile string

// ianaTLDs is the set of every delegated top-level domain, built at its
// first use: package initialisation runs before the function can answer
// anything, the first screening needs it only for a domain that is not
// free mail.
var ianaTLDs = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	for line := range strings.SplitSeq(ianaTLDsFile, "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
			m[strings.ToLower(t)] = struct{}{}
		}
	}
	return m
})

// tldExists reports whether the top-level domain of domain (lower-cased)
// is delegated in the root zone. A punycode TLD ("xn--p1ai") is looked up
// in its Unicode form ("рф").
func tldExists(domain string) bool {
	tld := domain[strings.LastIndexByte(domain, '.')+1:]
	if strings.HasPrefix(tld, "xn--") {
		u, err := idna.Punycode.ToUnicode(tld)
		if err != nil {
			return false
		}
		tld = u
	}
	_, ok := ianaTLDs()[norm.NFKC.String(tld)]
	return ok
}

// skeleton returns domain as it reads on screen (lookalike.Skeleton).
func skeleton(domain string) string { return lookalike.Skeleton(domain) }

// digitLookAlikes undoes the digits that stand in for letters in
// imitations of well-known domains ("paypa1.com", "g00gle.com"). It is
// applied only when comparing with those domains: elsewhere digits are
// ordinary parts of domain names.
var digitLookAlikes = strings.NewReplacer("0", "o", "1", "l", "rn", "m", "vv", "w")

// wellKnownDomains are domains impersonated in phishing and fake sign-ups,
// beyond the free-mail providers (which DomainLists knows).
var wellKnownDomains = setOf(
	"google.com", "gmail.com", "googlemail.com", "youtube.com", "microsoft.com", "outlook.com", "hotmail.com",
	"live.com", "office.com", "apple.com", "icloud.com", "me.com", "amazon.com", "paypal.com", "facebook.com",
	"instagram.com", "linkedin.com", "twitter.com", "x.com", "yahoo.com", "aol.com", "proton.me", "protonmail.com",
	"yandex.ru", "mail.ru", "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr", "qq.com", "163.com",
	"naver.com", "salesforce.com", "hubspot.com", "stripe.com", "shopify.com", "dropbox.com", "github.com",
)

// confusableDomain explains why domain (lower-cased, as typed) imitates
// another domain, or returns "". isFreeMail answers for the free-mail
// providers. A domain imitates another when it is written in compatibility
// characters (full-width letters that fold to ASCII), when one of its
// labels mixes Latin letters with Cyrillic or Greek ones, or when its
// skeleton is a well-known or free-mail domain that it is not.
func confusableDomain(domain string, isFreeMail func(string) bool) string {
	if lookalike.Compatibility(domain) {
		return "is written in full-width or compatibility characters"
	}
	sk := skeleton(domain)
	for label := range strings.SplitSeq(domain, ".") {
		if lookalike.MixesLatin(label) {
			return "mixes Latin letters with look-alike letters of another alphabet in " + quote(label, 30)
		}
	}
	if popular := strings.ToLower(digitLookAlikes.Replace(sk)); popular != domain {
		if has(wellKnownDomains, popular) || sk != domain && isASCII(sk) && isFreeMail != nil && isFreeMail(sk) {
			return "reads as " + quote(popular, 40) + " but is not that domain"
		}
	}
	return ""
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// New disposable services appear daily, faster than any list; many are
// named for what they are: a throwaway word joined to a mail word
// ("tempmail", "trash-mail", "fakeinbox", "burnermail", "10minutemail"),
// in any language ("wegwerf-postfach", "gecici-mail", "vremennaya-pochta"),
// or a mail word followed by one that ends the name ("mail-jetable",
// "correo-temporal", "posta-usa-e-getta"). Requiring the two to touch
// (hyphens ignored) keeps companies whose name merely contains the letters
// ("Tempus Mail", "Temporal") clear.

// throwawayWords say a mailbox is not meant to last.
var throwawayWords = []string{"temp", "tmp", "trash", "throwaway", "burner", "fake", "spam", "junk", "disposable",
	"dispose", "minute", "minutes", "10min", "guerrilla", "guerilla", "nospam", "noreply", "anon", "dummy", "yop", "oneoff",
	// German, French, Spanish, Portuguese, Italian, Dutch, Polish,
	// Turkish, Russian (transliterated).
	"wegwerf", "einweg", "jetable", "temporaire", "temporal", "temporario", "temporaneo", "temporanea",
	"desechable", "descartable", "descartavel", "usaegetta", "wegwerp", "tijdelijk", "tymczasowa", "tymczasowy",
	"jednorazowa", "jednorazowy", "jednorazovy", "jednorazova", "gecici", "vremennaya", "vremennyi", "odnorazovaya",
	// Romanian, Portuguese, Dutch, German, Nordic, Finnish, Ukrainian and
	// Japanese (sute: "to throw away") forms, and "instant".
	"temporar", "temporaria", "tijdelijke", "einmal", "engangs", "engang", "kertakaytto", "tymchasova",
	"tymchasovyi", "odnorazova", "sute", "instant", "burn", "kurz",
	// Boxes that hide their owner or expire by themselves.
	"ghost", "hidden", "hide", "mask", "masked", "incognito", "anonym", "secret", "nada", "void", "null",
	"nowhere", "ephemeral", "expire", "expiring", "destruct", "gone", "vanish", "onetime", "oneuse", "singleuse", "1hour",
	"24h", "48h", "hour", "zero",
	// "Temporary" and "ephemeral" in more languages.
	"efimero", "efimera", "effimera", "efemero", "ephemere", "docasna", "docasny", "ideiglenes", "ajutine",
	"pagaidu", "laikinas", "privremena", "privremeni", "zacasna", "vremenna", "prosorino", "midlertidig",
	"tillfallig", "valiaikainen", "sementara", "tamthoi",
	// "Fleeting" and "volatile": Italian, Spanish, Portuguese, French,
	// German, Dutch, Polish.
	"fugace", "fugaz", "volatil", "volatile", "fluchtig", "vluchtig", "ulotna", "ulotny", "passeggera", "pasajero",
	// "Throwaway", "one use", "temporary" in languages of other regions:
	// Hungarian, Korean, Chinese, Japanese, Thai and Indonesian (romanised),
	// Hindi, Arabic, Persian, Hebrew, Swahili, Filipino, Afrikaans, Irish,
	// Icelandic, Albanian, Esperanto.
	"eldobhato", "ilhoeyong", "ilhoe", "imsi", "linshi", "yicixing", "ichiji", "chuakhrao", "sekali",
	"asthayi", "asthai", "muaqqat", "mouakat", "movaghat", "zmani", "muda", "pansamantala", "pansamantalang",
	"tydelik", "tydelike", "weggooi", "sealadach", "einnota", "perkohshme", "provizora", "unuuza",
	// "One-time", "use and throw", "short-term", "self-destructing":
	// Hungarian, Croatian, Finnish, Norwegian, Spanish, Portuguese, German,
	// Danish (round fifteen's lessons).
	"egyszeri", "jednokratna", "jednokratni", "kerta", "brukogkast", "usaytira", "usaetira", "usaejoga",
	"kurzzeit", "selvdestruerende", "selbstzerstorend", "destru",
	// "Single-use", "one-time", "use once" in more languages, romanised as
	// their speakers type domains (task identity6): Turkish, Russian,
	// Bulgarian, Thai, Vietnamese, Indonesian, Persian, Hebrew, Hindi,
	// Romanian, Lithuanian, Latvian, Estonian, Georgian, Azerbaijani, Uzbek,
	// Kazakh, Greek, Japanese, Swahili, Slovene.
	"tekkullanimlik", "kullanatik", "odnorazovyi", "odnorazovyy", "odnorazovy", "vremennyy", "ednokratna",
	"ednokraten", "chaikhrangdiao", "chaikhrangdeaw", "dungmotlan", "sekalipakai", "yekbarmasraf", "chadpaami",
	"ekbaar", "unicafolosinta", "vienkartinis", "vienkartine", "vienreizeja", "uhekordne", "ertjeradi",
	"birdefelik", "birmartalik", "biryret", "miaschrisis", "tsukaisute", "matumizimoja", "enkratna", "enkraten"}

// mailWords name a mailbox, in the same languages.
var mailWords = []string{"mail", "inbox", "box", "email", "post", "address", "addr",
	"correo", "courriel", "posta", "pochta", "poczta", "eposta", "caixa", "buzon",
	"boite", "skrzynka", "mejl", "epost", "poshta", "meado", "casella",
	"adresse", "adres", "adresa", "direccion", "endereco", "indirizzo",
	// Turkish, Dutch and Swedish words for a mailbox.
	"kutu", "kutusu", "brievenbus", "brevlada",
	// The same in the languages added to throwawayWords, and Baltic,
	// Finnish, Estonian, Catalan, Welsh, Irish, Esperanto.
	"surel", "emel", "barua", "baruapepe", "sanduku", "meil", "imeil", "meiru", "yubin", "youxiang", "youjian",
	"hopthu", "barid", "doar", "posti", "sahkoposti", "pasts", "pastas", "correu", "bustia", "ebost",
	"riomhphost", "retposto", "retposxto", "postur", "poste", "postfach",
	// Russian, Ukrainian, Bulgarian and Thai words for a mailbox (task
	// identity6).
	"yashchik", "yashik", "skrynka", "kutiya", "pochtovyi", "praisani"}

// mailConnectors join a mail word to the throwaway word after it in
// languages that put "of" between them ("barua pepe ya muda", "correo de
// usar", "caixa de temp").
var mailConnectors = []string{"ya", "de", "di", "da", "do", "du", "del", "na", "za", "a", "al"}

// endingMailWord returns the mail word s ends in, directly or followed by
// one of mailConnectors ("barua"+"ya"), or "".
func endingMailWord(s string) string {
	for _, m := range mailWords {
		if strings.HasSuffix(s, m) {
			return m
		}
		for _, c := range mailConnectors {
			if strings.HasSuffix(s, m+c) {
				return m + c
			}
		}
	}
	return ""
}

// throwawayName returns the throwaway word and mail word joined in a label
// of domain (the labels before the TLD), hyphens ignored, or "".
func throwawayName(domain string) string {
	labels := strings.Split(domain, ".")
	names := labels[:len(labels)-1]
	if n := len(labels); n >= 2 && slices.Contains(mailWords, labels[n-1]) {
		// Under a TLD that names a mailbox (.email), the name and the TLD
		// read as one: "mytemp.email".
		names = append(slices.Clone(names), labels[n-2]+labels[n-1])
	}
	for _, l := range names {
		l = strings.ReplaceAll(l, "-", "")
		// Either join holds a mail word: a label with none (nearly every
		// firm's) holds no throwaway name, and its search ends here.
		if !slices.ContainsFunc(mailWords, func(m string) bool { return strings.Contains(l, m) }) {
			continue
		}
		for _, t := range throwawayWords {
			for i := strings.Index(l, t); i >= 0; {
				rest := l[i+len(t):]
				for _, m := range mailWords {
					if strings.HasPrefix(rest, m) {
						return t + m
					}
				}
				// The mail word first: the throwaway word must end the
				// name, digits aside ("posttemple" is a church).
				if m := endingMailWord(l[:i]); m != "" && strings.Trim(rest, "0123456789") == "" {
					return m + t
				}
				next := strings.Index(l[i+1:], t)
				if next < 0 {
					break
				}
				i += 1 + next
			}
		}
	}
	return ""
}
