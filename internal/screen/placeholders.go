package screen

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

// A placeholder identity is what people type when they only want to see a
// form work: the name every language uses for "anybody" (John Doe, Max
// Mustermann, 张三), a cartoon character, an "Example GmbH", lorem ipsum, a
// QA inbox. Each such piece is weak on its own (a real Jan Kowalski
// exists), so every piece found adds placeholder_identity's points, up to
// placeholderPiecesCap times them: two pieces together are a test.

// placeholderPiecesCap caps placeholder_identity at this many times its
// points.
const placeholderPiecesCap = 2

// A piece is one finding of placeholder_identity. Its weight is how many
// pieces it is worth: 2 for what nobody who wants an answer produces (a
// name nobody bears, lorem ipsum), so that it is a test on its own. Its
// subject says what it is about, so that a detector can ask of the pieces
// found before it ("is the message accounted for?") without reading their
// wording: rewording a detail changes only what the reason says.
type piece struct {
	detail string // what the reason says; "" when the piece only adds weight to a finding listed elsewhere
	weight int
	of     pieceSubject
}

// pieceSubject names what a piece is about.
type pieceSubject int

const (
	pieceName    pieceSubject = iota + 1 // the person's name
	pieceFirm                            // the company
	pieceAddress                         // the e-mail address
	// pieceMessage is a finding that the message is a test, filler or no
	// request: a message about the typing is counted once however many
	// files see it (metaPieces asks for one).
	pieceMessage
	// pieceEntry is a finding of several fields read together or of the
	// whole submission ("bla-bla in 3 fields"). It is no finding about the
	// message even when the message is one of the fields, so a message
	// that talks about the typing beside it is still counted.
	pieceEntry
)

// onePiece is a piece that weighs one: a real person may produce it.
func onePiece(of pieceSubject, detail string) piece { return piece{detail, 1, of} }

// twoPieces is a piece that weighs two: nobody who wants an answer
// produces it.
func twoPieces(of pieceSubject, detail string) piece { return piece{detail, 2, of} }

// addedWeight is a piece's weight added to a finding listed by another
// function (a company placeholderPieces counted once, which nobody's firm
// is called); it says nothing of its own.
func addedWeight(of pieceSubject) piece { return piece{"", 1, of} }

// piecesWeight is what pieces are worth together, before the cap.
func piecesWeight(pieces []piece) int {
	w := 0
	for _, p := range pieces {
		w += p.weight
	}
	return w
}

// piecesDetail is the reason's detail: each piece's detail, in order.
func piecesDetail(pieces []piece) string {
	var details []string
	for _, p := range pieces {
		if p.detail != "" {
			details = append(details, p.detail)
		}
	}
	return strings.Join(details, "; ")
}

// foldText lower-cases s, removes diacritics, turns everything that is not
// a letter or digit into a single space and trims: "Pérez-Núñez" ->
// "perez nunez". Tables compared with folded input are folded the same way.
func foldText(s string) string {
	// ASCII (most names) has nothing to decompose, and is lower-cased
	// rune by rune below; lower-casing twice changes nothing.
	if !isASCII(s) {
		s = norm.NFKD.String(strings.ToLower(s))
	}
	var b strings.Builder
	b.Grow(len(s)) // the folded text is never longer
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r): // never a diacritic (Mn)
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// A diacritic: dropped.
		case unicode.Is(unicode.Mc, r):
			// A vowel sign of Devanagari, Bengali, Tamil and other Indic
			// scripts: part of its word ("उदाहरण"), which it would split.
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// foldedList folds every entry of a list (Hangul, for one, decomposes).
func foldedList(entries ...string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = foldText(e)
	}
	return out
}

// foldedSet folds every entry of a table.
func foldedSet(entries ...string) wordSet {
	return wordSet{sync.OnceValue(func() map[string]struct{} {
		m := make(map[string]struct{}, len(entries))
		for _, e := range entries {
			m[foldText(e)] = struct{}{}
		}
		return m
	})}
}

// nobodyNames are single names that mean "nobody" or "sample person"
// whatever the name beside them: Erika Musterfrau, Mengano Pérez.
var nobodyNames = foldedSet("Mustermann", "Musterfrau", "Normalverbraucher", "Meikäläinen", "Bloggs",
	"Пупкин", "Ninguém", "Nadie", "Modaal", "Menigmand", "Almoni", "Fulano", "Mengano", "Zutano", "Perengano",
	"Beltrano", "Sicrano", "Medelsvensson",
	// Names that say "name" or "surname" (Lithuanian), "nobody" (Japanese,
	// French), and one-word characters nobody is called.
	"Fulan", "Falan", "Filan", "Vardenis", "Pavardenis", "Pallino", "Tartempion", "名無し", "Asterix", "Obelix", "Pikachu", "Goofy",
	"Doraemon", "Чебурашка", "Tintin", "SpongeBob")

// placeholderWords mean "example", "test" or "yours" in company names and
// e-mail domains, in many languages.
var placeholderWords = foldedSet(
	"example", "examples", "exemple", "ejemplo", "esempio", "exemplo", "beispiel", "voorbeeld", "przykład",
	"příklad", "пример", "例", "例子", "test", "testing", "tester", "sample", "demo", "dummy", "fake",
	"placeholder", "muster", "musterfirma", "musterunternehmen", "mustermann", "foo", "foobar", "acme",
	"prueba", "teste", "essai", "тест", "测试", "テスト", "테스트", "yourcompany", "mycompany", "companyname",
	// "Example", "sample" and "test" in more languages, as adjectives too.
	"beispielfirma", "przykładowa", "przykładowy", "testowa", "testowy", "vzor", "vzorová", "vzorový",
	"esimerkki", "eksempel", "exempel", "voorbeeldbedrijf", "minta", "örnek", "deneme", "contoh", "mẫu",
	"тестовая", "тестовый", "примерная", "例示", "サンプル", "예시", "샘플", "示例", "样本", "uat",
	"ukázková", "ukázka", "exemplu", "παράδειγμα", "δοκιμή", "δοκιμαστική", "teszt", "próba",
	// "Your" as a company's whole name: Ihre Firma, Votre Société.
	"ihre", "votre", "vostra",
)

// placeholderDomainNames are placeholder words used only as domain names.
var placeholderDomainNames = foldedSet("yourdomain", "mydomain", "domain", "yoursite", "mysite", "website",
	"yourwebsite", "company", "firma", "empresa", "entreprise", "asdf", "qwerty", "nomail", "noemail")

// companyFiller are the words a placeholder company may add: legal forms
// and "company", "your", "name" in several languages.
var companyFiller = foldedSet(
	"ltd", "limited", "gmbh", "inc", "incorporated", "llc", "corp", "corporation", "co", "company", "sa", "sas",
	"sarl", "srl", "spa", "bv", "nv", "ag", "kg", "oy", "ab", "as", "aps", "plc", "pty", "sp", "z", "o", "oo",
	"ооо", "kk", "株式会社", "有限公司", "公司", "the", "my", "your", "name", "firma", "empresa", "société",
	"entreprise", "azienda", "bedrijf", "компания", "group", "gruppe", "grupo", "1", "123",
	"ltda", "kft", "zrt", "bt", "s", "r", "l", "a", "d", "sro", "spol", "doo", "ood", "eood", "oü", "gbr", "ug",
	"ao", "зао", "оао", "ао", "ип", "주식회사", "유한회사", "shop", "store", "loja", "tienda", "negozio", "sklep",
	"магазин", "ş", "şti", "ltd şti", "compania", "companhia", "compagnie", "ditta", "impresa", "unternehmen",
	"sociedad", "sociedade", "societa", "firm", "şirket", "şirketi", "ae", "αε", "pt", "tbk", "cv", "perusahaan",
)

// companySuffixes are legal forms written without a space after the name
// in Chinese, Japanese and Korean ("测试公司", "テスト株式会社").
var companySuffixes = []string{"有限公司", "公司", "株式会社", "有限会社", "주식회사"}

// loremWords are the words of the classic lorem ipsum filler text.
var loremWords = setOf("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed",
	"eiusmod", "tempor", "incididunt", "labore", "dolore", "magna", "aliqua")

// testMessageWords make up a message that only says it is a test, in
// several languages; at least one core word must be among them.
var (
	testMessageCore = foldedSet("test", "testing", "tests", "teste", "testando", "prueba", "probando", "essai",
		"testen", "próba", "prova", "тест", "проверка", "測試", "测试", "テスト", "테스트", "deneme", "uji", "coba",
		"percobaan", "thử", "kiểm", "asdf", "qwerty", "lorem", "ipsum", "δοκιμή", "teszt", "cubaan", "percubaan",
		// What automated checks call themselves.
		"sandbox", "synthetic", "canary", "healthcheck")
	testMessageFiller = foldedSet("this", "is", "a", "just", "only", "the", "form", "message", "please", "ignore",
		"from", "again", "submission", "entry", "123", "1", "2", "3", "hello", "hi",
		"dies", "ist", "ein", "nur", "bitte", "ignorieren", "nachricht",
		"ceci", "est", "un", "juste", "ignorer", "simple",
		"esto", "es", "una", "solo", "ignorar", "mensaje", "de",
		"isto", "é", "apenas", "mensagem",
		"questo", "è", "solo", "messaggio", "di",
		"to", "jest", "tylko", "dit", "een", "alleen",
		"это", "просто", "только", "сообщение",
		"ini", "hanya", "pesan", "bu", "bir", "sadece", "nghiệm", "tra", "chỉ", "là",
		// What is being tried, and notes to colleagues.
		"enquiry", "inquiry", "contact", "lead", "request", "anfrage", "eintrag", "demande", "solicitud",
		"pedido", "richiesta", "zapytanie", "заявка", "запрос", "не", "обрабатывать", "игнорировать",
		"staging", "automated", "automatic", "run", "of", "our", "my", "website", "site", "page", "new",
		"formulario", "formular", "formulaire", "formularz", "формы", "форма", "mesaj", "mesajı", "mesajıdır",
		"das", "der", "die", "le", "la", "du", "el", "del", "il", "do", "na", "ok", "okay", "pls", "plz",
		"ignore", "ignorieren", "dont", "reply", "no", "responder", "répondre", "smoke",
		// What a test run says it does.
		"spec", "check", "checking", "after", "relaunch", "deploy", "deployment", "webhook",
		"formulir", "üzenet", "amaçlı", "gönderilmiştir", "nightly", "μήνυμα",
	)
	// testMessageStems begin a word that says "test" with an ending or a
	// compound ("testowa", "тестовая", "Testanfrage", "测试一下", "テストです",
	// "테스트입니다").
	testMessageStems = foldedList("test", "тест", "prueb", "probando", "deneme", "regression", "e2e", "uat",
		"测试", "測試", "テスト", "테스트")
)

// isTestWord reports a folded word that says "test": a core word or one
// of the table's, or a
// word that begins with a test stem and is no longer than the stem and
// testStemEnding runes (CJK stems take any ending: a particle or a verb).
func isTestWord(w string) bool {
	if has(testMessageCore, w) || vocabTestWord(w) { // the table's words (testvocab.go)
		return true
	}
	for _, st := range testMessageStems {
		if rest, ok := strings.CutPrefix(w, st); ok {
			return rest == "" || st[0] >= 0x80 && !unicode.Is(unicode.Cyrillic, []rune(st)[0]) ||
				utf8.RuneCountInString(rest) <= testStemEnding || has(testMessageFiller, rest)
		}
	}
	return false
}

// testStemEnding is the longest ending a Latin or Cyrillic test stem takes
// in a test message ("testowa", "тестовая"); a longer one counts when it
// is a filler word itself ("Testanfrage", "testmessage").
const testStemEnding = 4

// qaWords begin the e-mail local parts of QA and test inboxes.
var qaWords = []string{"qa", "uat", "test", "testing", "tester", "demo", "dummy", "fake", "sample", "staging", "autotest",
	// Browser automation and load tools name the inboxes of their runs.
	"e2e", "cypress", "playwright", "selenium", "puppeteer", "webdriver", "loadtest", "smoketest", "perftest",
	"automation", "automated"}

// qaLocal matches e-mail local parts of QA and test inboxes: a QA word
// followed by a +tag, digits or a separator ("qa+123", "test+1",
// "uat.tester", "qa1").
var qaLocal = newLazyRegexp(`^(` + strings.Join(qaWords, "|") + `)([+._-].*|\d+)$`)

// isQALocal reports the local part of a QA or test inbox. Most local parts
// begin with no QA word, and are not matched against qaLocal at all.
func isQALocal(local string) bool {
	return slices.ContainsFunc(qaWords, func(w string) bool { return strings.HasPrefix(local, w) }) &&
		qaLocal.MatchString(local)
}

// placeholderPieces lists what in the submission is a placeholder: each
// entry is one piece of evidence, in the order the reason names them.
func placeholderPieces(in *Input) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	person, nobody := placeholderPerson(f.FirstName, f.LastName, f.Name, in.names)
	if person != "" {
		p := onePiece(pieceName, "placeholder name "+quote(person, 30))
		// Nobody is called that: two pieces' worth; unless the name is the
		// family's, carried by its own firm and domain or by a firm of its
		// trade (testclasses.go).
		if nobody && !(in.Email.Valid && familyFirm(nobodyNameOnly(in.names), in.names.company, in.Email.Domain)) &&
			!familyTrade(in.names) {
			p.weight = 2
		}
		pieces = append(pieces, p)
	}
	if c := strings.TrimSpace(f.Company); c != "" && isPlaceholderCompany(in.names.company) {
		pieces = append(pieces, onePiece(pieceFirm, "placeholder company "+quote(c, 30)))
	}
	if em := in.Email; em.Valid {
		if isQALocal(em.Local) {
			pieces = append(pieces, onePiece(pieceAddress, "test inbox "+quote(em.Local+"@", 30)))
		}
		if isPlaceholderDomain(em.Domain) {
			pieces = append(pieces, onePiece(pieceAddress, "placeholder domain "+quote(em.Domain, 40)))
		}
	}
	// Only a message that names lorem ipsum's words, or a short one, can
	// be filler or a test message: others are not folded.
	if lower := in.msg.lower; strings.Contains(lower, "lorem") || strings.Contains(lower, "ipsum") ||
		strings.Contains(lower, "dolor") || len(f.Message) <= maxTestMessageBytes {
		switch msg := in.msg.folded; {
		case isLorem(msg):
			// Nobody writes lorem ipsum to a sales team.
			pieces = append(pieces, twoPieces(pieceMessage, "lorem ipsum filler text"))
		case (isTestMessageIntl(msg) || vocabTestMessage(in.msg)) && !hasAnyOf(f.Message, questionMarks):
			// A question asks for a trial ("テスト導入は可能ですか？").
			pieces = append(pieces, onePiece(pieceMessage, "test message "+quote(f.Message, 30)))
		}
	}
	pieces = append(pieces, morePlaceholderPieces(in)...)
	if n := throwawayFields(f); n >= 2 {
		p := onePiece(pieceEntry, "single letters or three-key runs in every field")
		if n >= 3 {
			p.weight = 2 // nobody asks for anything in three such fields
		}
		pieces = append(pieces, p)
	}
	pieces = append(pieces, vocabPieces(in)...)
	pieces = append(pieces, fictionalPieces(in, person != "")...)
	pieces = append(pieces, metaPieces(in, pieces)...)
	pieces = append(pieces, encodedPieces(in)...)
	pieces = append(pieces, testerTellPieces(in)...)
	pieces = append(pieces, testerNotePieces(in, pieces)...)
	pieces = append(pieces, qaPieces(in, pieces)...)
	return append(pieces, wholeEntryPieces(in, pieces)...)
}

// placeholderPerson returns the full name when the person's name is a
// placeholder in some language, or "", and whether nobody bears it (the
// table's "nobody" entries, data/testvocab.txt). folded holds the names
// folded.
func placeholderPerson(first, last, name string, folded foldedNames) (string, bool) {
	f, l, n := folded.first, folded.last, folded.name
	if f != "" || l != "" {
		for _, c := range [...]string{f + " " + l, l + " " + f, f + l, l + f} {
			if ok, nobody := isPlaceholderPerson(c); ok {
				return strings.TrimSpace(strings.TrimSpace(first) + " " + strings.TrimSpace(last)), nobody
			}
		}
	}
	if ok, nobody := isPlaceholderPerson(n); ok {
		return strings.TrimSpace(name), nobody
	}
	for _, part := range [...]string{f, l, n} {
		for w := range strings.FieldsSeq(part) {
			if has(nobodyNames, w) {
				return strings.TrimSpace(strings.TrimSpace(first) + " " + strings.TrimSpace(last) + " " + strings.TrimSpace(name)), true
			}
		}
	}
	return "", false
}

// isPlaceholderPerson reports a folded name (see foldText, which leaves
// single spaces between words) that the table (data/testvocab.txt) gives
// as a John Doe or a fictional person, in either order when it has two
// words: "Иванов Иван", "Pérez Juan"; and whether nobody bears it. Real
// people are called Jan Kowalski or Peter Parker (one piece); nobody is
// called John Doe or Goofy (two).
func isPlaceholderPerson(c string) (ok, nobody bool) {
	c = strings.TrimSpace(c)
	if c == "" {
		return false, false
	}
	cs := []string{c}
	if a, b, two := strings.Cut(c, " "); two && !strings.Contains(b, " ") {
		cs = append(cs, b+" "+a)
	}
	// A name nobody bears in either order outweighs one real people bear.
	found := false
	for _, x := range cs {
		switch ok, nobody := vocabPerson(x); {
		case nobody:
			return true, true
		case ok:
			found = true
		}
	}
	return found, false
}

// isPlaceholderCompany reports a company name made of placeholder words
// ("Example GmbH", "Test Company", "Muster AG", "Firma Przykład") and
// filler only, with at least one placeholder word. It takes the name
// folded (see foldText).
func isPlaceholderCompany(folded string) bool {
	return isPlaceholderCompanyOfWords(folded) || vocabCompany(folded)
}

// isPlaceholderCompanyOfWords is isPlaceholderCompany read with the
// package's own lists, before the table's (testvocab.go).
func isPlaceholderCompanyOfWords(folded string) bool {
	words := strings.Fields(folded)
	found := false
	for _, w := range words {
		for _, suf := range companySuffixes {
			if base, ok := strings.CutSuffix(w, suf); ok && base != "" {
				w = base
				break
			}
		}
		if placeholderCompound(w) {
			found = true
			continue
		}
		switch {
		case has(placeholderWords, w):
			found = true
		case has(companyFiller, w):
		default:
			return false
		}
	}
	return found
}

// placeholderCompound reports a word made of a placeholder word and a
// company word written together: "Testfirma", "Democompany",
// "Examplecorp".
func placeholderCompound(w string) bool {
	for _, filler := range [...]string{"firma", "company", "corp", "gmbh", "ltd", "inc", "empresa", "shop"} {
		if base, ok := strings.CutSuffix(w, filler); ok && has(placeholderWords, base) {
			return true
		}
	}
	return false
}

// isPlaceholderDomain reports an e-mail domain whose name (the label
// before the public suffix) is a placeholder word: beispiel.de,
// exemple.fr, yourcompany.com, test.co.uk.
func isPlaceholderDomain(domain string) bool {
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	name := labels[len(labels)-2]
	// A two-letter second-level label under a country code (co.uk,
	// com.br) is part of the suffix.
	if len(labels) >= 3 && len(labels[len(labels)-1]) == 2 && len(name) <= 3 {
		name = labels[len(labels)-3]
	}
	name = foldText(name)
	return has(placeholderWords, name) || has(placeholderDomainNames, name) || isPlaceholderCompany(name)
}

// isLorem reports lorem ipsum filler in a folded message (see foldText):
// "lorem ipsum", or four of its words.
func isLorem(m string) bool {
	if strings.Contains(m, "lorem ipsum") {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(m) {
		if has(loremWords, w) {
			n++
		}
	}
	return n >= 4
}

// maxTestMessageBytes bounds a message that only says it is a test: 60
// runes of up to four bytes.
const maxTestMessageBytes = 240

// isTestMessageIntl reports a short folded message (see foldText) that
// only says it is a test, in one of several languages ("esto es una
// prueba", "это тест", "测试").
func isTestMessageIntl(m string) bool {
	if m == "" || len([]rune(m)) > 60 {
		return false
	}
	core := false
	for w := range strings.FieldsSeq(m) {
		switch {
		case isTestWord(w):
			core = true
		case has(testMessageFiller, w), strings.Trim(w, "0123456789") == "":
		default:
			return false
		}
	}
	return core
}

// throwawayFields counts the filled name, company, title and message
// fields when every one of them is a single letter or a three-key run
// ("a", "q", "qwe", "asd"); 0 when any field holds something else.
func throwawayFields(f *lead.Fields) int {
	n := 0
	for _, v := range []string{f.FirstName, f.LastName, f.Name, f.Company, f.JobTitle, f.Message} {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		// A dash or a dot fills a required field as a key run does.
		if !gibberish.IsShortKeyboardRun(v) && !isPunctuationOnly(v) && !isAlphabetRun(v) {
			return 0
		}
		n++
	}
	return n
}
