package screen

import (
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// More pieces of a placeholder identity (see placeholders.go), each found
// by what such an entry is rather than by a list of the entries seen:
//
//   - a message that asks not to be answered: a person who wants
//     something from sales never writes "please ignore" or "no reply
//     needed"; with a word that says "test" beside it, it is a test in
//     any language;
//   - typesetters' filler text: a pangram (every letter of the alphabet in
//     a dozen words: "The quick brown fox...", "Franz jagt im komplett
//     verwahrlosten Taxi...", "Съешь же ещё этих мягких французских булок")
//     or a text that calls itself filler ("Blindtext", "dummy text");
//   - the firms of software samples, films and television (Contoso,
//     Initech, Dunder Mifflin), and their domains, which no real firm
//     answers at for them;
//   - an address on a test environment's host ("staging.", "dev.", "qa."
//     before a registrable domain): a deployment, not a person;
//   - a person whose first and last names both say "test" (Test
//     Testowski, Testi Testinen): one real surname is Test, nobody is
//     called that twice;
//   - a company called "Example" and nothing else (Example GmbH, Beispiel
//     AG, ООО Пример, 示例公司): a firm may be called Test or Sample after
//     a founder or a trade, but none is called Example. It weighs a
//     second piece beside the placeholder company.

// doNotActPhrases say "do not answer" or "ignore this" in several
// languages, folded (see foldText). A phrase matches as a run of whole
// words; scripts written without spaces match as a substring.
var doNotActPhrases, doNotActUnspaced = splitUnspaced(foldedList(
	"please ignore", "pls ignore", "plz ignore", "ignore this", "ignore it", "ignore me", "do not reply",
	"dont reply", "don t reply", "do not respond", "no reply needed", "no need to reply", "no response needed",
	"do not answer", "do not process", "disregard",
	// A tester's note to a colleague: the entry is to go (rounds sixteen
	// and seventeen).
	"ignore please", "do not use", "delete me", "delete after", "please delete", "to be deleted",
	// Not to be contacted at all, as a test lead's note to sales says.
	"do not contact", "dont contact", "don t contact", "do not call", "no contactar", "nao contactar",
	"nicht kontaktieren", "ne pas contacter", "non contattare", "niet contacteren", "nie kontaktowac",
	"не звонить", "не связываться",
	"bitte ignorieren", "nicht beantworten", "nicht antworten", "nicht bearbeiten", "bitte nicht reagieren",
	"merci d ignorer", "a ignorer", "ne pas repondre", "ne pas y repondre", "ne pas traiter",
	"por favor ignorar", "favor ignorar", "no responder", "no contestar", "ignorar este", "desconsiderar",
	"desconsidere", "nao responder", "ignorar esta",
	"si prega di ignorare", "ignorare", "non rispondere",
	"niet beantwoorden", "niet reageren", "negeren",
	"prosze zignorowac", "zignorowac", "nie odpowiadac",
	"vanligen ignorera", "ignorera", "svara inte", "ikke svar", "ignorer", "ala vastaa", "ei vastausta",
	"dikkate almayin", "dikkate almayın", "dikkate almayiniz", "dikkate almayınız", "cevap vermeyin", "yanitlamayin",
	"ne odgovarjajte", "ne odgovarajte", "neodpovidejte", "neodpovedajte", "ne valaszoljon", "nie odpowiadaj",
	"не отвечать", "не отвечайте", "не обрабатывать", "игнорировать", "проигнорируйте", "не відповідати",
	"返信不要", "返信は不要", "対応不要", "请勿回复", "无需回复", "不用回复", "請勿回覆", "無需回覆",
	"답장 불필요", "회신 불필요", "답변 불필요", "무시해 주세요", "무시하세요",
	// Hindi, Urdu, Persian, Arabic.
	"अनदेखा करें", "कृपया अनदेखा", "जवाब न दें", "उत्तर न दें", "نظرانداز کریں", "جواب نہ دیں",
	"نادیده بگیرید", "پاسخ ندهید", "يرجى التجاهل", "تجاهل", "لا ترد", "لا تردوا", "لا داعي للرد",
))

// splitUnspaced splits folded phrases into those matched as whole words
// and those of scripts written without spaces (one word, neither Latin
// nor Cyrillic), matched anywhere.
func splitUnspaced(phrases []string) (words, unspaced []string) {
	for _, p := range phrases {
		if !isASCII(p) && !strings.Contains(p, " ") && !unicode.Is(unicode.Cyrillic, []rune(p)[0]) {
			unspaced = append(unspaced, p)
		} else {
			words = append(words, p)
		}
	}
	return words, unspaced
}

// testIndicators begin a word that says "test" or "check" in the
// languages of doNotActPhrases, however it ends ("Testmeddelande",
// "Testbericht", "Проверка"); in scripts without spaces they may stand
// anywhere ("送信テストです").
var testIndicators = foldedList("test", "tést", "prueba", "proba", "prova", "probe", "proef", "próba",
	"deneme", "тест", "проверк", "перевірк", "smoke", "e2e", "uat", "qa", "dummy", "teszt", "δοκιμ", "uji",
	// Automated checks name themselves so: synthetic monitoring, a
	// sandbox, a canary, a health check.
	"synthetic", "sandbox", "canary", "healthcheck", "heartbeat",
	// Hindi, Persian, Arabic.
	"परीक्षण", "آزمایش", "تست", "تجرب", "اختبار")

// cjkTestIndicators say "test" inside text written without spaces.
var cjkTestIndicators = foldedList("テスト", "測試", "测试", "테스트", "試験", "试验")

// maxInstructionWords bounds a message that is only a test and an
// instruction to ignore it: a longer one may be a correction with a real
// question after it ("please ignore my last message, the right number is
// ...").
const maxInstructionWords = 14

// doNotActWords are doNotActPhrases as a phrase list, matched as runs of
// whole words.
var doNotActWords = foldedPhrases(doNotActPhrases...)

// doNotActMessage reports a short folded message that asks not to be
// answered, and whether it also says it is a test.
func doNotActMessage(m foldedText) (instruction, test bool) {
	folded, words := m.text, m.words
	if len(words) == 0 || len(words) > maxInstructionWords {
		return false, false
	}
	instruction = doNotActWords.find(m) != ""
	for _, p := range doNotActUnspaced {
		if !instruction && strings.Contains(folded, p) {
			instruction = true
		}
	}
	if !instruction {
		return false, false
	}
	return true, saysTest(words, folded)
}

// saysTest reports whether one of words begins with a test indicator, or
// the text holds one of the CJK ones.
func saysTest(words []string, folded string) bool {
	for _, w := range words {
		if isTestWord(w) {
			return true
		}
		for _, t := range testIndicators {
			if strings.HasPrefix(w, t) && (len(w) == len(t) || len(t) >= 4) {
				return true
			}
		}
	}
	for _, t := range cjkTestIndicators {
		if strings.Contains(folded, t) {
			return true
		}
	}
	return false
}

// fillerTextWords are what typesetters call filler text, folded.
var fillerTextWords = foldedList("blindtext", "fulltext", "platzhaltertext", "dummy text", "dummytext",
	"filler text", "placeholder text", "sample text", "texte de remplissage", "faux texte", "texto de relleno",
	"texto ficticio", "texto de exemplo", "testo segnaposto", "testo fittizio", "opvultekst", "tekst zastępczy",
	"рыба текст", "текст рыба", "текст заполнитель")

// fillerMaxWords bounds a message that is filler text: a longer one that
// calls something filler talks about it.
const fillerMaxWords = 60

// pangramMaxWords bounds a pangram: a text that holds every letter of its
// alphabet in at most this many words is made for the purpose. A message
// that long uses a dozen letters at most; ordinary prose needs a hundred
// words and more to use all of them.
const pangramMaxWords = 24

// fillerText is fillerTextWords as a phrase list, matched as runs of
// whole words.
var fillerText = foldedPhrases(fillerTextWords...)

// isFillerText reports a folded message that is typesetters' filler: a
// pangram of the Latin or Cyrillic alphabet, or a text that calls itself
// filler.
func isFillerText(m foldedText) bool {
	folded := m.text
	if folded == "" || strings.Count(folded, " ") >= fillerMaxWords {
		return false
	}
	if fillerText.find(m) != "" {
		return true
	}
	if strings.Count(folded, " ")+1 > pangramMaxWords {
		return false
	}
	// The letters seen, by their place in the alphabet.
	var latin [26]bool
	var cyrillic ['я' - 'а' + 1]bool
	for _, r := range folded {
		switch {
		case r >= 'a' && r <= 'z':
			latin[r-'a'] = true
		case r >= 'а' && r <= 'я':
			cyrillic[r-'а'] = true
		}
	}
	count := func(seen []bool) (n int) {
		for _, s := range seen {
			if s {
				n++
			}
		}
		return n
	}
	// Folding takes the diaeresis off ё and й to е and и: the Cyrillic
	// alphabet without them has 31 letters.
	return count(latin[:]) == 26 || count(cyrillic[:]) >= 31
}

// fictionalFirms are the companies of software samples, films, comics
// and television that people type instead of their own, folded.
var fictionalFirms = foldedSet(
	// Software documentation samples.
	// Not Northwind Traders: this project's own examples and demo events
	// use Northwind as a real customer's name.
	"Contoso", "Contoso Ltd", "Fabrikam", "Fabrikam Inc", "Adventure Works",
	"Adventure Works Cycles", "Tailspin Toys", "Wide World Importers", "Woodgrove Bank", "Litware",
	"Proseware", "Fourth Coffee", "Alpine Ski House", "Coho Winery", "Wingtip Toys", "Humongous Insurance",
	"Lamna Healthcare", "Trey Research", "Blue Yonder Airlines",
	// Film, television, comics, games.
	"Initech", "Initrode", "Globex Corporation", "Globo Gym", "Cyberdyne Systems",
	"Dunder Mifflin", "Dunder Mifflin Paper Company", "Wernham Hogg", "Stark Industries", "Wayne Enterprises",
	"Oscorp", "LexCorp", "Umbrella Corporation", "Weyland-Yutani", "Tyrell Corporation",
	"Wonka Industries", "Willy Wonka", "Monsters Inc", "Hooli", "Aperture Science",
	"Vandelay Industries", "Soylent Corporation", "Massive Dynamic", "Los Pollos Hermanos",
	"Gray Matter Technologies", "Bluth Company", "Prestige Worldwide",
	"Hogwarts", "Planet Express", "Spacely Sprockets", "Cogswell Cogs", "Buy n Large", "Virtucon",
	"Krusty Krab", "Mom's Friendly Robot Company", "Capsule Corp", "Capsule Corporation",
	"Omni Consumer Products", "Nakatomi Trading", "Nakatomi Corporation", "Acme Corporation", "Acme Corp",
	"Kwik-E-Mart", "Springfield Nuclear Power Plant", "Mr. Burns",
	"Duff Beer", "Bubba Gump Shrimp",
	"Oceanic Airlines", "Dharma Initiative", "Tessier-Ashpool", "Sirius Cybernetics",
	"Veidt Enterprises", "Gekko & Co", "Duke & Duke", "Hudsucker Industries", "Zorg Industries",
	"Starfleet", "Starfleet Command", "Neverland", "Sherwood Forest",
)

// fictionalFirm reports a folded company name that is a fictional firm,
// and whether domain (the e-mail domain) is that firm's own name.
func fictionalFirm(company, domain string) (firm, atIts bool) {
	if !has(fictionalFirms, company) {
		words := strings.Fields(company)
		// A legal form after the name: "Initech GmbH", "Hooli Inc".
		if len(words) < 2 || !has(companyFiller, words[len(words)-1]) ||
			!has(fictionalFirms, strings.Join(words[:len(words)-1], " ")) {
			return false, false
		}
		company = strings.Join(words[:len(words)-1], " ")
	}
	name := registrableName(domain)
	if name == "" {
		return true, false
	}
	squeezed := strings.ReplaceAll(company, " ", "")
	first, _, _ := strings.Cut(company, " ")
	return true, name == squeezed || name == first && len(first) >= 5
}

// registrableName returns the label of domain before its public suffix,
// folded ("dundermifflin" for mail.dundermifflin.com), or "".
func registrableName(domain string) string {
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reg, ".")
	return foldText(name)
}

// environmentLabels name the hosts of a test environment.
var environmentLabels = setOf("staging", "stg", "dev", "develop", "development", "test", "testing",
	"qa", "uat", "sandbox", "preprod", "pre-prod", "perf", "loadtest", "local", "localhost",
	// Continuous integration servers post forms from their own hosts.
	"ci", "jenkins", "build")

// environmentHost returns the label that names a test environment in an
// e-mail domain below its registrable domain ("staging" in
// "staging.brightpay.io"), or "". Mail is received at the registrable
// domain or a mail host; an address at a deployment's host was typed by
// its developers.
func environmentHost(domain string) string {
	if strings.Count(domain, ".") < 2 {
		return "" // no label below a registrable domain
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil || reg == domain {
		return ""
	}
	for l := range strings.SplitSeq(strings.TrimSuffix(domain, "."+reg), ".") {
		if has(environmentLabels, l) {
			return l
		}
	}
	return ""
}

// testedTwice reports a person whose folded first and last names both
// begin with the same test word ("test testowski", "testi testinen").
func testedTwice(first, last string) bool {
	if first == "" || last == "" {
		return false
	}
	for _, t := range []string{"test", "тест", "prueba", "teste", "proba", "deneme", "demo", "dummy", "sample"} {
		if strings.HasPrefix(first, t) && strings.HasPrefix(last, t) {
			return true
		}
	}
	return false
}

// isPunctuationOnly reports a value with no letter or digit ("-", ".",
// "..."): a field filled only because the form required it.
func isPunctuationOnly(v string) bool {
	return v != "" && strings.IndexFunc(v, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// exampleWords say "example" or "your company" and name no real firm,
// folded.
var exampleWords = foldedSet("example", "examples", "exemple", "ejemplo", "esempio", "exemplo", "beispiel",
	"voorbeeld", "przykład", "przykładowa", "przykładowy", "příklad", "пример", "примерная", "例", "例子", "示例",
	"예시", "esimerkki", "eksempel", "exempel", "beispielfirma", "musterfirma", "musterunternehmen",
	"voorbeeldbedrijf", "yourcompany", "mycompany", "companyname", "placeholder", "contoh", "ukázková", "ukazkova",
	"exemplu", "παράδειγμα")

// isExampleCompany reports a placeholder company (see
// isPlaceholderCompany) with a word of exampleWords in it.
func isExampleCompany(folded string) bool {
	if !isPlaceholderCompany(folded) {
		return false
	}
	for _, w := range strings.Fields(folded) {
		for _, suf := range companySuffixes {
			if base, ok := strings.CutSuffix(w, suf); ok && base != "" {
				w = base
				break
			}
		}
		if has(exampleWords, w) {
			return true
		}
	}
	return false
}

// morePlaceholderPieces lists the pieces of this file found in in.
func morePlaceholderPieces(in *Input) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	if instruction, test := doNotActMessage(in.msg.words); instruction {
		p := onePiece(pieceMessage, "the message asks not to be answered: "+quote(f.Message, 40))
		if test {
			p.weight = 2 // and says it is a test
		}
		pieces = append(pieces, p)
	}
	if isFillerText(in.msg.words) || vocabFiller(in.msg) {
		pieces = append(pieces, twoPieces(pieceMessage, "typesetters' filler text "+quote(f.Message, 30)))
	}
	if company := in.names.company; company != "" {
		if isExampleCompany(company) {
			// placeholderPieces counted the company once; nobody's firm is
			// called Example.
			pieces = append(pieces, addedWeight(pieceFirm))
		}
		if firm, atIts := fictionalFirm(company, in.Email.Domain); firm {
			pieces = append(pieces, onePiece(pieceFirm, "fictional firm "+quote(f.Company, 30)))
			if atIts && in.Email.Valid {
				pieces = append(pieces, onePiece(pieceAddress, "an address at the fictional firm's domain "+quote(in.Email.Domain, 40)))
			}
		}
	}
	if in.Email.Valid {
		if l := environmentHost(in.Email.Domain); l != "" {
			pieces = append(pieces, onePiece(pieceAddress, "an address at a test environment's host "+quote(in.Email.Domain, 40)))
		}
	}
	pieces = append(pieces, identityClassPieces(in)...)
	if testedTwice(in.names.first, in.names.last) {
		pieces = append(pieces, twoPieces(pieceName, "first and last name both say test: "+quote(f.FirstName+" "+f.LastName, 30)))
	}
	return pieces
}

// isAlphabetRun reports a value of two to four letters that follow one
// another in the alphabet ("ab", "xyz", "abcd"), as people type to fill a
// field.
func isAlphabetRun(v string) bool {
	rs := []rune(strings.ToLower(v))
	if len(rs) < 2 || len(rs) > 4 {
		return false
	}
	for i, r := range rs {
		if r < 'a' || r > 'z' || i > 0 && r != rs[i-1]+1 {
			return false
		}
	}
	return true
}

// containsWords reports whether the folded text holds phrase as whole
// words (folded text has single spaces and no other separator).
func containsWords(text, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(phrase)
		if (start == 0 || text[start-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		i = start + 1
	}
}
