package screen

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

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
		default:
			space = true
		}
	}
	return b.String()
}

// foldedSet folds every entry of a table.
func foldedSet(entries ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(entries))
	for _, e := range entries {
		m[foldText(e)] = struct{}{}
	}
	return m
}

// placeholderPeople are the names each language uses for "some person"
// in forms, textbooks and sample documents, and fictional characters
// people type instead of their own name. A name matches in either order
// (family name first or last) and without spaces (CJK).
var placeholderPeople = foldedSet(
	// English.
	"John Doe", "Jane Doe", "Richard Roe", "Jane Roe", "Joe Bloggs", "Fred Bloggs", "John Q Public", "Joe Public",
	"Joe Schmoe", "John Smith Doe", "Baby Doe", "Johnny Doe",
	// German, Austrian, Swiss.
	"Max Mustermann", "Erika Mustermann", "Hans Mustermann", "Maria Musterfrau", "Otto Normalverbraucher",
	"Hans Muster", "Peter Muster", "Max Muster", "Lieschen Müller",
	// French, Italian, Spanish, Portuguese.
	"Jean Dupont", "Marie Dupont", "Jean Dupond", "Monsieur Dupont", "Mario Rossi", "Maria Rossi",
	"Juan Pérez", "Pepito Pérez", "Juan Nadie", "Fulano de Tal", "Fulano", "Mengano", "Zutano", "Perengano",
	"Beltrano", "Sicrano", "Fulano Beltrano", "Fulano da Silva", "João Ninguém", "Zé Ninguém", "Tizio Caio",
	// Central and Eastern Europe.
	"Jan Kowalski", "Anna Kowalska", "Jan Novák", "Jana Nováková", "Jožko Mrkvička", "Janko Hraško",
	"Gipsz Jakab", "Иван Иванов", "Иван Иванович Иванов", "Иванов Иван Иванович", "Пётр Петров",
	"Василий Пупкин", "Вася Пупкин", "Іван Іваненко",
	// Nordic, Dutch.
	"Kari Nordmann", "Ola Nordmann", "Matti Meikäläinen", "Maija Meikäläinen", "Medelsvensson", "Sven Svensson",
	"Jan Modaal", "Jan Jansen Modaal", "Morten Menigmand",
	// Middle East, Asia.
	"Ploni Almoni", "פלוני אלמוני", "ישראל ישראלי", "فلان الفلاني", "فلان بن فلان", "Falan Filan",
	"张三", "李四", "王五", "赵六", "張三", "李四", "山田太郎", "山田花子", "Taro Yamada", "Hanako Yamada",
	"홍길동", "Hong Gildong", "Hong Gil-dong", "Nguyễn Văn A", "Nguyễn Thị B", "Trần Văn B",
	// Fictional characters.
	"Mickey Mouse", "Minnie Mouse", "Donald Duck", "Daisy Duck", "Goofy", "Bugs Bunny", "Daffy Duck",
	"Homer Simpson", "Bart Simpson", "Marge Simpson", "Lisa Simpson", "SpongeBob SquarePants", "Patrick Star",
	"Sherlock Holmes", "Harry Potter", "Hermione Granger", "Luke Skywalker", "Darth Vader", "Peter Parker",
	"Bruce Wayne", "Clark Kent", "Tony Stark", "James Bond", "Santa Claus", "Father Christmas", "Scooby Doo",
	"Fred Flintstone", "Barney Rubble", "Winnie the Pooh", "Peppa Pig", "Lara Croft", "Jon Snow", "Walter White",
	"Rick Sanchez", "Asterix", "Obelix", "Tintin", "Pippi Langstrumpf", "Pippi Longstocking", "Micky Maus",
	"Pikachu", "Super Mario", "Mario Bros", "Чебурашка", "Винни Пух", "孙悟空", "ドラえもん", "Doraemon",
)

// placeholderWords mean "example", "test" or "yours" in company names and
// e-mail domains, in many languages.
var placeholderWords = foldedSet(
	"example", "examples", "exemple", "ejemplo", "esempio", "exemplo", "beispiel", "voorbeeld", "przykład",
	"příklad", "пример", "例", "例子", "test", "testing", "tester", "sample", "demo", "dummy", "fake",
	"placeholder", "muster", "musterfirma", "musterunternehmen", "mustermann", "foo", "foobar", "acme",
	"prueba", "teste", "essai", "тест", "测试", "テスト", "테스트", "yourcompany", "mycompany", "companyname",
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
)

// loremWords are the words of the classic lorem ipsum filler text.
var loremWords = setOf("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed",
	"eiusmod", "tempor", "incididunt", "labore", "dolore", "magna", "aliqua")

// testMessageWords make up a message that only says it is a test, in
// several languages; at least one core word must be among them.
var (
	testMessageCore = foldedSet("test", "testing", "tests", "teste", "testando", "prueba", "probando", "essai",
		"testen", "próba", "prova", "тест", "проверка", "測試", "测试", "テスト", "테스트", "deneme", "uji", "coba",
		"percobaan", "thử", "kiểm", "asdf", "qwerty", "lorem", "ipsum")
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
	)
)

// qaWords begin the e-mail local parts of QA and test inboxes.
var qaWords = []string{"qa", "uat", "test", "testing", "tester", "demo", "dummy", "fake", "sample", "staging", "autotest"}

// qaLocal matches e-mail local parts of QA and test inboxes: a QA word
// followed by a +tag, digits or a separator ("qa+123", "test+1",
// "uat.tester", "qa1").
var qaLocal = regexp.MustCompile(`^(` + strings.Join(qaWords, "|") + `)([+._-].*|\d+)$`)

// isQALocal reports the local part of a QA or test inbox. Most local parts
// begin with no QA word, and are not matched against qaLocal at all.
func isQALocal(local string) bool {
	return slices.ContainsFunc(qaWords, func(w string) bool { return strings.HasPrefix(local, w) }) &&
		qaLocal.MatchString(local)
}

// placeholderPieces lists what in the submission is a placeholder: each
// entry describes one piece of evidence.
func placeholderPieces(in *Input) []string {
	f := &in.Sub.Fields
	var pieces []string
	if n := placeholderPerson(f.FirstName, f.LastName, f.Name, in.names); n != "" {
		pieces = append(pieces, "placeholder name "+quote(n, 30))
	}
	if c := strings.TrimSpace(f.Company); c != "" && isPlaceholderCompany(in.names.company) {
		pieces = append(pieces, "placeholder company "+quote(c, 30))
	}
	if em := in.Email; em.Valid {
		if isQALocal(em.Local) {
			pieces = append(pieces, "test inbox "+quote(em.Local+"@", 30))
		}
		if isPlaceholderDomain(em.Domain) {
			pieces = append(pieces, "placeholder domain "+quote(em.Domain, 40))
		}
	}
	// Only a message that names lorem ipsum's words, or a short one, can
	// be filler or a test message: others are not folded.
	if lower := in.msg.lower; strings.Contains(lower, "lorem") || strings.Contains(lower, "ipsum") ||
		strings.Contains(lower, "dolor") || len(f.Message) <= maxTestMessageBytes {
		switch msg := in.msg.folded; {
		case isLorem(msg):
			// Nobody writes lorem ipsum to a sales team: two pieces' worth.
			pieces = append(pieces, "lorem ipsum filler text", "")
		case isTestMessageIntl(msg):
			pieces = append(pieces, "test message "+quote(f.Message, 30))
		}
	}
	if n := throwawayFields(f); n >= 2 {
		pieces = append(pieces, "single letters or three-key runs in every field")
	}
	return pieces
}

// placeholderPerson returns the full name when the person's name is a
// placeholder in some language, or "". folded holds the names folded.
func placeholderPerson(first, last, name string, folded foldedNames) string {
	f, l, n := folded.first, folded.last, folded.name
	if f != "" || l != "" {
		for _, c := range [...]string{f + " " + l, l + " " + f, f + l, l + f} {
			if isPlaceholderPerson(c) {
				return strings.TrimSpace(strings.TrimSpace(first) + " " + strings.TrimSpace(last))
			}
		}
	}
	if isPlaceholderPerson(n) {
		return strings.TrimSpace(name)
	}
	return ""
}

// isPlaceholderPerson reports a folded name (see foldText, which leaves
// single spaces between words) in placeholderPeople, in either order when
// it has two words: "Иванов Иван", "Pérez Juan".
func isPlaceholderPerson(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" {
		return false
	}
	if has(placeholderPeople, c) {
		return true
	}
	a, b, two := strings.Cut(c, " ")
	return two && !strings.Contains(b, " ") && has(placeholderPeople, b+" "+a)
}

// isPlaceholderCompany reports a company name made of placeholder words
// ("Example GmbH", "Test Company", "Muster AG", "Firma Przykład") and
// filler only, with at least one placeholder word. It takes the name
// folded (see foldText).
func isPlaceholderCompany(folded string) bool {
	words := strings.Fields(folded)
	found := false
	for _, w := range words {
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
	return has(placeholderWords, name) || has(placeholderDomainNames, name)
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
		case has(testMessageCore, w):
			core = true
		case has(testMessageFiller, w):
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
		if !gibberish.IsShortKeyboardRun(v) {
			return 0
		}
		n++
	}
	return n
}
