package screen

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// Test entries as classes, not as lists of the ones seen (issue 11, round
// thirteen of the identity set). What a test entry has that a lead never
// has is not a particular name but a property of the entry:
//
//   - a company that is a word for "example", "sample" or "test" in its own
//     language joined to that language's word for a firm, in any script
//     ("Exempelföretaget AB", "Näidisettevõte OÜ", "Тест ЕООД", "บริษัท
//     ตัวอย่าง จำกัด", "חברה לדוגמה בע״מ", "サンプル商事"): a founder's name or
//     a trade goes there in a real firm's name;
//   - a short message that names itself a test in any language and asks
//     for nothing ("тестово съобщение", "Ovo je test poruka", "ทดสอบ"): a
//     person who wants a trial asks for it, with a question or a verb;
//   - lorem ipsum written in another script ("Лорем ипсум долор сит
//     амет"), or the filler each script's typesetters use instead;
//
// Each is one piece of a placeholder identity, weak alone: a real firm
// may be called Testa, a real person may write "Prueba gratuita". Two
// pieces in different fields are a test entry (see evidence.go).
//
// One piece of counter-evidence too: a name that is "nobody" in some
// language (Mustermann) is also a family name, and a family firm carries
// it in its company and its domain ("Mustermann Fliesen" at
// mustermann-fliesen.de). There it is one piece, not two.

// placeholderStems begin a word that says "example", "sample" or "test",
// folded, in many languages and scripts; a word matches when the stem is
// followed by nothing, a short inflection (placeholderStemEnding runes) or
// a word for a firm ("Beispielunternehmen", "przykładowa").
var placeholderStems = foldedList(
	// Example, sample.
	"example", "exampl", "exempl", "ejempl", "esempi", "exempel", "eksempel", "beispiel", "voorbeeld",
	"przyklad", "priklad", "primer", "primjer", "пример", "образец", "образц", "naidis", "esimerk", "minta",
	"pelda", "ornek", "contoh", "ukazk", "vzor", "paraug", "pavyzd", "exemplu", "παραδειγμ", "δειγμ",
	"ตัวอย่าง", "דוגמ", "مثال", "نموذج", "نمونه", "उदाहरण", "नमूना", "sample", "sampl", "muster", "dummy", "fake",
	"サンプル", "例示", "示例", "样本", "样例", "範例", "예시", "샘플", "예제",
	// Basque, Filipino, Swahili, Icelandic, Bengali, Slovak (round
	// fifteen's lessons).
	"adibide", "halimbawa", "mfano", "daemi", "dæmi", "নমুনা", "vzorov",
	// "So-and-so" firms: 某某公司. Not Russia's proverbial ООО «Ромашка»:
	// real firms bear the name (TestRealNamesNeverFlagged).
	"某某",
	// Test, trial.
	"test", "тест", "teszt", "prueb", "prova", "proba", "proov", "deneme", "teste", "essai", "ทดสอบ",
	"בדיק", "تجرب", "تجريب", "تست", "آزمایش", "परीक्षण", "δοκιμ", "δοκιμαστικ", "テスト", "测试", "測試", "테스트", "percobaan",
	"ტესტ", "ٹیسٹ", "পরীক্ষা", "சோதனை", "profun", "pagsubok", "jaribio", "ujian", "cubaan", "bandym",
)

// placeholderStemEnding is the longest inflection a placeholder stem takes
// ("testowa", "тестовая", "تجريبية"); a longer ending must be a word for a
// firm.
const placeholderStemEnding = 4

// firmWords name a firm or a legal form in the languages of
// placeholderStems, beyond companyFiller, folded.
var firmWords = foldedSet(
	"företag", "foretaget", "företaget", "ettevõte", "ettevote", "yritys", "yhtiö", "virksomhed", "virksomheden",
	"selskab", "selskap", "bedrift", "vállalat", "vallalkozas", "cég", "ceg", "spółka", "spolka", "společnost",
	"spolecnost", "предприятие", "фирма", "организация", "еоод", "ад", "тов", "пп", "sirket", "perusahaan",
	"công", "cong", "ty", "บริษัท", "จำกัด", "מ", "בע", "חברה", "شركة", "مؤسسة", "شرکت", "موسسه",
	"sdn", "bhd", "pte", "pvt", "private", "limited", "tbk", "ehf", "hf", "sl", "slu", "sas", "bt", "kht",
	"syarikat", "kampuni", "ya", "enpresa", "spolocnost", "spoločnosť", "შპს", "কোম্পানি", "कंपनी", "प्राइवेट", "लिमिटेड",
	"εταιρεια", "εταιρία", "εταιρεία", "회사", "会社", "商事", "商会", "企業", "企业", "有限会社", "unternehmen",
	"gesellschaft", "onderneming", "bedrijf", "societe", "impresa", "azienda", "empresa", "firmen", "firmy",
	"oü", "ou", "uab", "sia", "as", "ab", "oy", "doo", "d o o", "sro", "kft", "zrt", "srl", "sa", "ltda",
	"corp", "co", "inc", "ltd", "llc", "gmbh", "ag", "company", "firma",
	// The legal forms of the countries that write Cyrillic, Greek and
	// Armenian, a closed list (round sixteen's "Пример доо"): ООО, АО,
	// ИП, ДОО, ДООЕЛ, ООД, ТОО, ЖШС, ХХК, ЧП, АЕ, ΕΠΕ, ΙΚΕ, ՍՊԸ.
	"ооо", "оао", "зао", "пао", "ао", "ип", "доо", "дооел", "оод", "тоо", "жшс", "ххк", "чп",
	"αε", "επε", "ικε", "սպը", "փբը",
)

// firmAffixes are firm words written without a space in scripts that use
// none (Chinese, Japanese, Korean, Thai), cut from the start or the end of
// a word before it is judged.
var firmAffixes = foldedList("株式会社", "有限会社", "有限公司", "公司", "会社", "商事", "商会", "주식회사", "회사", "บริษัท", "จำกัด")

// hebrewPrefixes are the one-letter prepositions and article Hebrew joins
// to a word ("לדוגמה": "for example").
const hebrewPrefixes = "להבמו"

// isPlaceholderStemWord reports a folded word that says example, sample or
// test: a stem of placeholderStems with at most a short ending or a firm
// word after it.
func isPlaceholderStemWord(w string) bool {
	candidates := []string{w}
	if r, size := utf8.DecodeRuneInString(w); strings.ContainsRune(hebrewPrefixes, r) && len(w) > size {
		candidates = append(candidates, w[size:])
	}
	for _, c := range candidates {
		for _, st := range placeholderStemIndex().sharing(c) {
			rest, ok := strings.CutPrefix(c, st)
			if !ok {
				continue
			}
			if rest == "" || utf8.RuneCountInString(rest) <= placeholderStemEnding || has(firmWords, rest) || has(companyFiller, rest) {
				return true
			}
		}
	}
	return false
}

// isPlaceholderFirm reports a folded company name made only of words that
// say example, sample or test and words for a firm, with at least one of
// the first: a firm named for nothing. Firm words joined to a word in
// scripts without spaces are cut off first ("サンプル商事").
func isPlaceholderFirm(folded string) bool {
	found := false
	for _, w := range strings.Fields(folded) {
		for _, a := range firmAffixes {
			if base, ok := strings.CutSuffix(w, a); ok && base != "" {
				w = base
			}
			if base, ok := strings.CutPrefix(w, a); ok && base != "" {
				w = base
			}
		}
		switch {
		case isPlaceholderStemWord(w):
			found = true
		case has(firmWords, w), has(companyFiller, w):
		default:
			return false
		}
	}
	return found
}

// selfTestMaxWords bounds a message that only names itself a test: a
// longer one says something else too ("Wir möchten Ihr Produkt testen":
// we want to try your product).
const selfTestMaxWords = 4

// questionMarks end a question in the scripts the stems are written in.
const questionMarks = "?？؟;"

// namesItselfATest reports a short message (raw and folded) that holds a
// word saying "test" and asks nothing: "тестово съобщение", "Ovo je test
// poruka.", "ทดสอบ", "בדיקה". A question ("Can we test it?") asks for a
// trial.
func namesItselfATest(raw, folded string) bool {
	if folded == "" || hasAnyOf(raw, questionMarks) {
		return false
	}
	words := strings.Fields(folded)
	if len(words) > selfTestMaxWords {
		return false
	}
	for _, w := range words {
		if isTestWord(w) || isTestStemWord(w) {
			return true
		}
	}
	return false
}

// isTestStemWord reports a folded word that begins with a stem of
// placeholderStems that says "test" (the second half of the list), with a
// short ending at most.
func isTestStemWord(w string) bool {
	if r, size := utf8.DecodeRuneInString(w); strings.ContainsRune(hebrewPrefixes, r) && len(w) > size && isTestStemWord(w[size:]) {
		return true
	}
	for _, st := range testStemIndex().sharing(w) {
		rest, ok := strings.CutPrefix(w, st)
		if !ok {
			continue
		}
		// Slavic adjectives put -ov-/-ow- before a longer ending
		// ("testovacia", "testowanie", "тестовое").
		n := utf8.RuneCountInString(rest)
		if n <= placeholderStemEnding || n <= slavicTestEnding && hasAnyPrefix(rest, "ov", "ow", "ов", "ув") {
			return true
		}
	}
	return false
}

// slavicTestEnding is the longest ending after a test stem that begins
// with a Slavic adjective's -ov-/-ow-.
const slavicTestEnding = 7

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// testStems are the stems of placeholderStems that say "test" or "try"
// rather than "example", folded.
var testStems = foldedList("test", "тест", "teszt", "prueb", "prova", "proba", "proov", "deneme", "teste",
	"essai", "ทดสอบ", "בדיק", "تجرب", "تست", "آزمایش", "परीक्षण", "δοκιμ", "テスト", "测试", "測試", "테스트",
	"ტესტ", "ٹیسٹ", "পরীক্ষা", "சோதனை", "profun", "pagsubok", "jaribio", "ujian", "cubaan", "bandym")

// loremTransliteration spells Cyrillic and Greek letters in Latin ones,
// as people do who retype lorem ipsum in their own script: "Лорем ипсум"
// is "lorem ipsum". Greek "ου" reads "u".
var loremTransliteration = strings.NewReplacer(
	"ου", "u",
	"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ж", "zh", "з", "z", "и", "i", "й", "i",
	"к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
	"ф", "f", "х", "h", "ц", "c", "ч", "ch", "ш", "sh", "щ", "sh", "ы", "y", "э", "e", "ю", "iu", "я", "ia",
	"α", "a", "β", "b", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ", "k",
	"λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
	"υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o",
)

// loremOtherScripts are lorem ipsum spelt in scripts that are not
// transliterated letter by letter, and the filler texts typesetters of
// those scripts use instead, folded.
var loremOtherScripts = foldedList("לורם איפסום", "לורם", "لوريم ايبسوم", "لوريم إيبسوم", "ロレム", "イプサム",
	"로렘 입숨", "로렘", "乱数假文", "假文", "ลอเรม", "लोरेम", "イーハトーヴォ", "동해물과 백두산이")

// isLoremAnyScript reports lorem ipsum in a folded message written in
// another script: transliterated from Cyrillic or Greek, or spelt in one
// of loremOtherScripts.
func isLoremAnyScript(folded string) bool {
	if folded == "" || isASCII(folded) {
		return false
	}
	for _, l := range loremOtherScripts {
		if strings.Contains(folded, l) {
			return true
		}
	}
	// Transliterate only a text that holds one of lorem's first words in
	// Cyrillic or Greek letters: most non-Latin messages do not.
	if !containsAnyOf(folded, loremCyrillicGreek) {
		return false
	}
	latin := loremTransliteration.Replace(folded)
	return latin != folded && isLorem(latin)
}

// loremCyrillicGreek are "lorem", "ipsum" and "dolor" in Cyrillic and
// Greek letters, folded.
var loremCyrillicGreek = foldedList("лорем", "ипсум", "долор", "λορεμ", "ιψουμ", "δολορ")

// containsAnyOf reports whether s holds one of subs.
func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// familyFirm reports that word, a name that is "nobody" somewhere, is also
// the name of the person's own firm and of its domain: the Mustermann of
// "Mustermann Fliesen" at mustermann-fliesen.de is a family.
func familyFirm(word, company, domain string) bool {
	if word == "" || company == "" || isPlaceholderCompany(company) || isPlaceholderFirm(company) {
		return false
	}
	name := registrableName(domain)
	return containsWords(company, word) && strings.Contains(strings.ReplaceAll(name, " ", ""), word)
}

// familyTrade reports a surname that the person's own firm carries beside
// a word of its trade: "Ola Nordmann" of "Nordmann Bygg AS", "Thomas
// Mustermann" of "Mustermann Holzbau". Nordmann and Mustermann are real
// families too, and a tester who types the country's John Doe rarely
// invents the family's trade as well; a firm of the surname and legal
// forms alone ("Mustermann GmbH") is the tester's. It makes a name nobody
// bears one piece instead of two: weak alone, junk beside another.
func familyTrade(names foldedNames) bool {
	surname := names.last
	if surname == "" {
		fields := strings.Fields(names.name)
		if len(fields) < 2 {
			return false
		}
		surname = fields[len(fields)-1]
	}
	company := names.company
	if surname == "" || company == "" || !containsWords(company, surname) ||
		isPlaceholderCompany(company) || isPlaceholderFirm(company) {
		return false
	}
	for w := range strings.FieldsSeq(company) {
		if w != surname && !strings.Contains(surname, w) && !strings.Contains(names.first, w) &&
			len(w) > 2 && !has(companyFiller, w) && !has(firmWords, w) && !nameTestWord(w) &&
			!vocabPlaceholderWord(w) {
			return true
		}
	}
	return false
}

// nobodyNameOnly returns the word of nobodyNames the person's name holds
// when the name as a whole is no placeholder person, or "".
func nobodyNameOnly(names foldedNames) string {
	for _, c := range [...]string{names.first + " " + names.last, names.name} {
		if ok, _ := isPlaceholderPerson(c); ok {
			return ""
		}
	}
	for _, part := range [...]string{names.first, names.last, names.name} {
		for w := range strings.FieldsSeq(part) {
			if has(nobodyNames, w) {
				return w
			}
		}
	}
	return ""
}

// programValues are what a script leaves in a field it never filled:
// JavaScript's empty values and the text of an object. Not "none" or
// "nil": Nil is a given name.
var programValues = foldedSet("null", "undefined", "nan", "[object Object]")

// programValueFields counts the name, company and message fields whose
// whole value, folded, is one of programValues.
func programValueFields(in *Input) int {
	n := 0
	for _, v := range [...]string{in.names.first, in.names.last, in.names.name, in.names.company, in.msg.folded} {
		if v != "" && len(v) <= len("object object") && has(programValues, v) {
			n++
		}
	}
	return n
}

// isHelloWorld reports a folded value that is a programmer's first
// output, "hello world", with at most a legal form after it.
func isHelloWorld(folded string) bool {
	rest, ok := strings.CutPrefix(folded, "hello world")
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		if !has(firmWords, w) && !has(companyFiller, w) {
			return false
		}
	}
	return true
}

// placeholderWordInName returns the word of a placeholder firm (see
// isPlaceholderFirm) that the person's name holds too, or "": Ahmad Test
// of Test Sdn Bhd typed one word twice. A family named Test has a trade in
// its firm's name ("Test Advocaten"), which is then no placeholder firm.
func placeholderWordInName(company string, names foldedNames) string {
	if company == "" || !isPlaceholderFirm(company) && !isPlaceholderCompany(company) {
		return ""
	}
	for w := range strings.FieldsSeq(company) {
		if has(firmWords, w) || has(companyFiller, w) {
			continue
		}
		for _, part := range [...]string{names.first, names.last, names.name} {
			if containsWords(part, w) {
				return w
			}
		}
	}
	return ""
}

// identityClassPieces lists the pieces of this file found in in.
func identityClassPieces(in *Input) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	if c := in.names.company; c != "" && !isPlaceholderCompany(c) && isPlaceholderFirm(c) {
		pieces = append(pieces, onePiece(pieceFirm, "a firm named only \"example\" or \"test\" "+quote(f.Company, 30)))
	}
	if em := in.Email; em.Valid && !isPlaceholderDomain(em.Domain) {
		if name := registrableName(em.Domain); name != "" && isPlaceholderFirm(name) {
			pieces = append(pieces, onePiece(pieceAddress, "an address at a firm named only \"example\" or \"test\" "+quote(em.Domain, 40)))
		}
	}
	if w := placeholderWordInName(in.names.company, in.names); w != "" {
		pieces = append(pieces, onePiece(pieceEntry, "the firm's placeholder word is the person's name too: "+quote(w, 20)))
	}
	if n := programValueFields(in); n > 0 {
		p := onePiece(pieceEntry, "a script's empty value in "+strconv.Itoa(n)+" field(s)")
		if n >= 2 {
			p.weight = 2
		}
		pieces = append(pieces, p)
	}
	hello := 0
	for _, v := range [...]string{in.names.first + " " + in.names.last, in.names.name, in.names.company, in.msg.folded} {
		if isHelloWorld(strings.TrimSpace(v)) {
			hello++
		}
	}
	if hello > 0 {
		// A message piece wherever it was typed: "hello world" is what a
		// programmer types to see the form work, which is what a message
		// about the typing would say again (metavocab.go).
		p := onePiece(pieceMessage, "\"hello world\" for a name, firm or message")
		if hello >= 2 {
			p.weight = 2 // typed twice: nobody's name and firm
		}
		pieces = append(pieces, p)
	}
	msg := in.msg.folded
	selfTest := false
	if len(f.Message) <= maxTestMessageBytes {
		// placeholderPieces counted a test message already.
		selfTest = isTestMessageIntl(msg) && !hasAnyOf(f.Message, questionMarks)
		if !selfTest && namesItselfATest(f.Message, msg) {
			if instruction, _ := doNotActMessage(in.msg.words); !instruction {
				pieces = append(pieces, onePiece(pieceMessage, "the message names itself a test: "+quote(f.Message, 30)))
				selfTest = true
			}
		}
	}
	if !selfTest && len(f.Message) <= maxTestMessageBytes && isCheckNote(f.Message, in.msg.words) {
		pieces = append(pieces, onePiece(pieceMessage, "the message only checks the form: "+quote(f.Message, 30)))
		selfTest = true
	}
	if em := in.Email; em.Valid && testInboxWithTag(strings.ToLower(em.Local)) && !isQALocal(strings.ToLower(em.Local)) {
		pieces = append(pieces, onePiece(pieceAddress, "test inbox "+quote(em.Local+"@", 30)))
	}
	if selfTest && testRunCounter.MatchString(in.msg.lower) {
		// The test message numbers its run ("3/500", "#12"): a script's.
		pieces = append(pieces, addedWeight(pieceMessage))
	}
	if v, n := sameTokenFields(in); n >= sameTokenMin {
		p := onePiece(pieceEntry, "one token "+quote(v, 20)+" in "+strconv.Itoa(n)+" of name, company and address")
		if n > sameTokenMin {
			p.weight = 2
		}
		pieces = append(pieces, p)
	}
	// The cheap tests first: most messages are none of these.
	if (isBlindText(msg) || isPangramAnyLatin(msg)) && !isFillerText(in.msg.words) && !isLorem(msg) {
		pieces = append(pieces, twoPieces(pieceMessage, "typesetters' filler text "+quote(f.Message, 30)))
	}
	if strings.Count(msg, " ") < fillerMaxWords && isLoremAnyScript(msg) && !isLorem(msg) {
		pieces = append(pieces, twoPieces(pieceMessage, "lorem ipsum in another script"))
	}
	return pieces
}

// Throwaway services that name themselves for nothing but mail: a mail
// word and a short tag that is no word, no country and no "HQ" ("mailqz",
// "inbox-7k"). A firm adds its name or trade to "mail" (Mailchimp,
// Mailgun); a provider its brand (gmail, hotmail); a postal service its
// country (PostNL). Only the plain mail words count: "box" and "post"
// begin too many firms' names.
var taggedMailWords = []string{"mailbox", "inbox", "email", "mail"}

// mailTagLen bounds the tag: two or three characters.
const (
	mailTagMin = 2
	mailTagMax = 3
)

// taggedMailService returns the registrable name of domain when it is a
// mail word and a meaningless tag, or "".
func taggedMailService(domain string) string {
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reg, ".")
	name = strings.ReplaceAll(name, "-", "")
	for _, m := range taggedMailWords {
		tag, ok := strings.CutPrefix(name, m)
		if !ok {
			tag, ok = strings.CutSuffix(name, m)
		}
		if ok && meaninglessTag(tag) {
			return name
		}
	}
	return ""
}

// meaninglessTag reports two or three ASCII letters and digits that hold
// a digit or no vowel, and are no top-level domain and not "hq".
func meaninglessTag(t string) bool {
	if len(t) < mailTagMin || len(t) > mailTagMax || t == "hq" || !asciiAlnum.MatchString(t) {
		return false
	}
	if _, tld := ianaTLDs()[t]; tld {
		return false
	}
	return strings.IndexAny(t, "0123456789") >= 0 || strings.IndexAny(t, "aeiouy") < 0
}

// asciiAlnum matches lower-case ASCII letters and digits only.
var asciiAlnum = newLazyRegexp(`^[a-z0-9]+$`)

// testRunCounter matches the counter of an automated run in a message:
// "3/500", "#4821", "run 12".
var testRunCounter = newLazyRegexp(`\d+\s*/\s*\d+|#\d+|\brun\s+\d+`)

// unpronounceableLocal and unpronounceableDomain are the fewest letters a
// local part and a domain name must have to count as unsayable with no
// vowel among them: people shorten names to three or four consonants
// (kpmg, bsh), a firm its name to five (npmjs); none in a row of six.
const (
	unpronounceableLocal  = 4
	unpronounceableDomain = 6
)

// unpronounceable reports an ASCII word of minLetters letters or more with no
// vowel (y counts as one): "lxbtwr", "kgmvpqz". Digits and separators do
// not count.
func unpronounceable(w string, minLetters int) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9', c == '.', c == '-', c == '_':
		case c >= 'a' && c <= 'z':
			if strings.IndexByte("aeiouy", c) >= 0 {
				return false
			}
			letters++
		default:
			return false
		}
	}
	return letters >= minLetters
}

// generatedService returns the registrable name of domain when both it
// and the local part are strings nobody can say ("kgmvpqz@lxbtwr.xyz"):
// a generator made both, or "". A person with a real address has a name
// or a word in at least one of them.
func generatedService(local, domain string) string {
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reg, ".")
	local = strings.ToLower(local)
	if unpronounceable(name, unpronounceableDomain) && unpronounceable(local, unpronounceableLocal) ||
		isMixedRun(name) && isMixedRun(local) ||
		// A firm shortens its name to five consonants (npmjs), but its
		// people's addresses are no generator's runs of letters and
		// digits ("x2v9qk@qwpzm.icu").
		unpronounceable(name, unpronounceableDomain-1) && isMixedRun(local) {
		return name
	}
	return ""
}

// A person who tries a form writes to see it work, not to ask for
// anything: "just making sure the notification arrives", "checking the
// new form", "prüfe nur, ob das Formular funktioniert". Such a note names
// a check and what is checked (the form, the e-mail it sends, whether it
// arrives) and asks no question; a buyer who asks whether the form works
// with their site asks.

// checkVerbs say "checking", "making sure", as whole words or phrases.
var checkVerbs = []string{"check", "checking", "making sure", "make sure", "see if", "seeing if", "verify",
	"verifying", "just testing", "testing if", "testing whether", "testing that",
	"prufe", "prufen", "teste ob", "schauen ob", "verificar", "verificando", "comprobar", "comprobando",
	"verifier", "je verifie", "sprawdzam", "sprawdzenie", "проверяю", "проверка", "controllo", "verifico",
	"controleer", "controleren", "kontrollerar", "tarkistan"}

// checkedThings are what a form's tester checks.
var checkedThings = []string{"form", "the form", "contact form", "notification", "notifications", "email",
	"e mail", "submission", "webhook", "integration", "works", "arrives", "goes through", "comes through",
	"gets through", "formular", "formulario", "formulaire", "formularz", "модуль", "форма", "форму", "modulo",
	"funktioniert", "ankommt", "funciona", "llega", "fonctionne", "arrive", "dziala", "работает", "funziona",
	"werkt", "fungerar", "toimii",
	// What the form does after the submit (identity round twenty): the
	// redirect to a thank-you page, the autoresponder. Words that begin a
	// phrase here are looked for in every message's walk, so the rare ones.
	"redirect", "redirects", "redirection", "redireccion", "redirecionamento", "reindirizzamento",
	"weiterleitung", "przekierowanie", "редирект", "перенаправление", "doorverwijzing", "autoresponder",
	"dankeseite", "bedankpagina", "bestatigungsmail"}

// checkVerbPhrases and checkedThingPhrases are checkVerbs and
// checkedThings as phrase lists, read from the message's walk of the
// phrase book.
var checkVerbPhrases, checkedThingPhrases = foldedPhrases(checkVerbs...), foldedPhrases(checkedThings...)

// checkNoteMaxWords bounds a tester's note.
const checkNoteMaxWords = 12

// isCheckNote reports a short folded message m, raw with no question
// mark, that names a check and what it checks.
func isCheckNote(raw string, m foldedText) bool {
	if len(m.words) == 0 || len(m.words) > checkNoteMaxWords || hasAnyOf(raw, questionMarks) {
		return false
	}
	return checkVerbPhrases.find(m) != "" && checkedThingPhrases.find(m) != ""
}

// sameTokenFields counts the fields that hold the person's first name
// (or whole name) again: last name, company, the address's local part and
// its domain's name, and the first name itself ("Me Me" of "Me" at
// me@me.me: five). A family firm repeats the family name (Berg of Berg at
// berg@berg.se), never the first name.
func sameTokenFields(in *Input) (string, int) {
	first := squeeze(in.names.first)
	if first == "" {
		first = squeeze(in.names.name)
	}
	if first == "" {
		return "", 0
	}
	vals := []string{squeeze(in.names.last), squeeze(in.names.company)}
	if in.Email.Valid {
		vals = append(vals, localLetters(strings.ToLower(in.Email.Local)), squeeze(registrableName(in.Email.Domain)))
	}
	n := 1
	for _, v := range vals {
		if v == first {
			n++
		}
	}
	return first, n
}

// squeeze removes the spaces of a folded value.
func squeeze(folded string) string { return strings.ReplaceAll(folded, " ", "") }

// sameTokenMin is how many fields must hold one token to be a piece.
const sameTokenMin = 4

// isPangramAnyLatin reports a short folded text that uses nearly every
// letter of a Latin alphabet: pangramLetters distinct letters a-z (after
// folding, which takes off diacritics) in at most pangramMaxLetters
// letters. Polish and Turkish pangrams lack q, v, x or w; ordinary prose
// that short uses fifteen to nineteen letters.
func isPangramAnyLatin(folded string) bool {
	if len(folded) < pangramLetters {
		return false
	}
	var seen uint32 // bit i: letter 'a'+i
	total := 0
	for _, r := range folded {
		if r == ' ' {
			continue
		}
		if total++; total > pangramMaxLetters {
			return false
		}
		if r >= 'a' && r <= 'z' {
			seen |= 1 << (r - 'a')
		}
	}
	return bits.OnesCount32(seen) >= pangramLetters
}

// pangramLetters and pangramMaxLetters bound a pangram of a Latin
// alphabet that lacks some of a-z (see isPangramAnyLatin).
const (
	pangramLetters    = 22
	pangramMaxLetters = 48
)

// blindTexts begin the filler texts of typesetters and their generators
// other than lorem ipsum, folded.
var blindTexts = foldedList("far far away behind the word mountains", "li europan lingues es membres",
	"one morning when gregor samsa woke", "a wonderful serenity has taken possession",
	"er horte leise schritte hinter sich", "weit hinten hinter den wortbergen")

// isBlindText reports a folded message that begins with a typesetter's
// filler text, or is "<word> ipsum" filler ("bacon ipsum dolor amet").
func isBlindText(folded string) bool {
	for _, b := range blindTexts {
		if strings.HasPrefix(folded, b) {
			return true
		}
	}
	_, rest, ok := strings.Cut(folded, " ")
	return ok && (strings.HasPrefix(rest, "ipsum dolor") || strings.HasPrefix(rest, "ipsum dolar"))
}

// taggedTestInbox matches a test word, a word after it and a tag or a
// long number: "testlead+20261207", "demouser+3", "testaccount123".
var taggedTestInbox = newLazyRegexp(`^(test|demo|dummy|sample|fake)[a-z]{0,8}(\+.+|\d{3,})$`)

// testInboxWithTag reports a lower-cased local part of taggedTestInbox's
// shape. Most local parts begin with no test word, and are not matched.
func testInboxWithTag(local string) bool {
	return hasAnyPrefix(local, "test", "demo", "dummy", "sample", "fake") && taggedTestInbox.MatchString(local)
}

// mixedRunMin and mixedSwitches bound a string of letters and digits
// mixed as only a generator mixes them: "m8x2q", "h4k9t2".
const (
	mixedRunMin   = 5
	mixedSwitches = 3
)

// isMixedRun reports a lower-case ASCII run of at least mixedRunMin
// letters and digits, two or more of each, that switches between them at
// least mixedSwitches times.
func isMixedRun(w string) bool {
	if len(w) < mixedRunMin || !asciiAlnum.MatchString(w) {
		return false
	}
	letters, digits, switches := 0, 0, 0
	for i := 0; i < len(w); i++ {
		d := w[i] >= '0' && w[i] <= '9'
		if d {
			digits++
		} else {
			letters++
		}
		if i > 0 && d != (w[i-1] >= '0' && w[i-1] <= '9') {
			switches++
		}
	}
	return letters >= 2 && digits >= 2 && switches >= mixedSwitches
}
