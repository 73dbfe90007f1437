package screen

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// contentDetector looks at what bots put into the fields when they pass
// the timing and header checks: field labels copied as values, random-case
// strings, injection probes, unfilled mail-merge templates and keyword
// lists.
type contentDetector struct{ e *Engine }

func (contentDetector) Name() string { return DetContent }

// Caps of the per-field content checks.
const (
	// labelFieldsCap caps field_label_value at this many times its points.
	labelFieldsCap = 2
	// randomCaseFieldsCap caps random_case at this many times its points.
	randomCaseFieldsCap = 2
	// randomCaseSwitches is the number of lower-to-upper switches inside
	// one word that makes it random case.
	randomCaseSwitches = 3
	// stuffingMinItems is the number of comma-separated items from which a
	// message can be a keyword list.
	stuffingMinItems = 8
)

// textField is one free-text field with its name.
type textField struct{ name, value string }

// textFields returns the filled free-text fields of f.
func textFields(f *lead.Fields) []textField {
	all := []textField{
		{"first_name", f.FirstName}, {"last_name", f.LastName}, {"name", f.Name}, {"company", f.Company},
		{"job_title", f.JobTitle}, {"message", f.Message}, {"website", f.Website}, {"industry", f.Industry},
		{"phone", f.Phone}, {"email", f.Email},
	}
	out := make([]textField, 0, len(all))
	for _, tf := range all {
		if tf.value = strings.TrimSpace(tf.value); tf.value != "" {
			out = append(out, tf)
		}
	}
	return out
}

func (d contentDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	fields := textFields(&in.Sub.Fields)
	var rs []lead.Reason
	pts := func(code string) int { return d.e.points[code] }

	// A field can match a pattern only when it holds one of the pattern's
	// needs, and most submissions hold none of them: the needs are looked
	// for in all the fields at once, and each field then searched with the
	// patterns whose needs were found.
	all := joinValues(fields)
	if probes := possibleProbes(strings.ToLower(all)); len(probes) > 0 {
		for _, tf := range fields {
			if tf.name == "message" && discusses(in.msg.lower, probeTalk) {
				continue
			}
			if probe := injectionProbe(tf.value, probes); probe != "" {
				r := in.reason(CodeInjectionProbe, probe+" in "+tf.name)
				if tf.name == "message" && describesProbe(tf.value) {
					r.Points /= 2
					r.Detail += ", told in a report of " + strconv.Itoa(len(strings.Fields(tf.value))) + " words: half"
				}
				rs = append(rs, r)
				break
			}
		}
	}
	if templates := possibleTemplates(all); len(templates) > 0 {
		for _, tf := range fields {
			if tf.name == "message" && discusses(in.msg.lower, templateTalk) {
				continue
			}
			if tpl := templatePlaceholder(tf.value, templates); tpl != "" {
				rs = append(rs, in.reason(CodeTemplatePlaceholder, "unfilled template placeholder "+quote(tpl, 30)+" in "+tf.name))
				break
			}
		}
	}

	var labelled, randomCase []string
	var labelSample, caseSample string
	for _, tf := range fields {
		if tf.name == "email" || tf.name == "phone" {
			continue
		}
		// Only a short value can be a label: no other needs folding.
		if len(tf.value) <= maxLabelBytes && isFieldLabel(tf.value, in.folded(tf.name, tf.value)) {
			labelled = append(labelled, tf.name)
			if labelSample == "" {
				labelSample = tf.value
			}
		}
		if tf.name != "message" && isRandomCase(tf.value) {
			randomCase = append(randomCase, tf.name)
			if caseSample == "" {
				caseSample = tf.value
			}
		}
	}
	if len(labelled) > 0 {
		r := in.reason(CodeFieldLabelValue, "a form label typed as the value of "+strings.Join(labelled, ", ")+": "+quote(labelSample, 30))
		r.Points = min(len(labelled), labelFieldsCap) * pts(CodeFieldLabelValue)
		rs = append(rs, r)
	}
	if len(randomCase) > 0 {
		r := in.reason(CodeRandomCase, "random upper and lower case in "+strings.Join(randomCase, ", ")+": "+quote(caseSample, 30))
		r.Points = min(len(randomCase), randomCaseFieldsCap) * pts(CodeRandomCase)
		rs = append(rs, r)
	}
	if n := keywordStuffing(in.Sub.Fields.Message); n > 0 {
		rs = append(rs, in.reason(CodeKeywordStuffing, "the message is a list of "+strconv.Itoa(n)+" comma-separated keywords"))
	} else if w, n, strong := repeatedKeyword(in.msg.folded); n > 0 {
		r := in.reason(CodeKeywordStuffing, "the message repeats "+quote(w, 30)+" "+strconv.Itoa(n)+" times with hardly a sentence around it")
		if strong {
			// Nothing but the keyword: no request hides in it.
			r.Points *= 2
		}
		rs = append(rs, r)
	}
	return rs
}

// probePatterns find attempts to break the code behind a form: SQL
// injection, script injection, Log4Shell lookups, template injection, path
// traversal and shell commands. Each pattern needs the syntax of an
// attack, not its name: "do you protect against SQL injection?" is a
// question, "' OR 1=1 --" is a probe.
//
// Each pattern comes with the strings one of which its probe cannot do
// without; a value holding none of them is not searched with the pattern.
// They are the pattern's own punctuation or keywords, written as the
// pattern writes them (a need like "nc -" would miss "nc\t-" that the
// pattern's \s+ matches): change both together.
var probePatterns = []probePattern{
	{"an SQL injection probe", []string{"="},
		newLazyRegexp(`(?i)['"]\s*\)?\s*(or|and)\s+['"]?\w+['"]?\s*=\s*['"]?\w+`)},
	{"an SQL injection probe", []string{"union", ";"},
		newLazyRegexp(`(?i)\bunion\s+(all\s+)?select\b|;\s*(drop|delete|truncate|alter|insert|update)\s+(table|from|into|database)\b`)},
	{"an SQL injection probe", []string{"sleep", "benchmark", "waitfor", "xp_cmdshell", "information_schema", "--", "="},
		newLazyRegexp(`(?i)\b(sleep|pg_sleep|benchmark)\s*\(\s*\d|\bwaitfor\s+delay\b|\bxp_cmdshell\b|\binformation_schema\b|['"]\s*;?\s*--\s*$|\b(or|and)\s+\d+\s*=\s*\d+\s*(--|#|$)`)},
	{"a script injection probe", []string{"<", "javascript:", "=", "alert"},
		newLazyRegexp(`(?i)<\s*/?\s*(script|iframe|svg|object|embed)\b|javascript:\S|\bon(error|load|mouseover|focus|click)\s*=|\balert\s*\(\s*(1|document|['"])`)},
	{"a Log4Shell probe", []string{"${"},
		newLazyRegexp(`(?i)\$\{\s*(jndi|env|sys|java|lower|upper|date|ctx)\s*:`)},
	{"a template injection probe", []string{"{{", "${", "<%"},
		newLazyRegexp(`\{\{\s*\d+\s*\*\s*\d+\s*\}\}|\$\{\s*\d+\s*\*\s*\d+\s*\}|<%=?\s*\d+\s*\*\s*\d+\s*%>`)},
	{"a path traversal probe", []string{"..", "%2e", "/etc/", "c:\\"},
		newLazyRegexp(`(?i)(\.\.[/\\]){2,}|%2e%2e(%2f|%5c)|/etc/(passwd|shadow|hosts)\b|\bc:\\windows\\`)},
	{"a shell command probe", []string{";", "|", "&", "$("},
		newLazyRegexp(`(?i)[;|&]\s*(cat\s+/|ls\s+-|whoami\b|uname\s+-|wget\s+https?:|curl\s+https?:|nc\s+-|bash\s+-)|\$\(\s*(whoami|id|uname|cat|curl|wget)\b`)},
}

// probePattern is one pattern of probePatterns.
type probePattern struct {
	what  string
	needs []string // lower-case; one of them must occur
	re    *lazyRegexp
}

// joinValues joins the values of fields with newlines, which no pattern
// needs: a need found in the result may span two values, but one found in
// a value is always found in it.
func joinValues(fields []textField) string {
	var b strings.Builder
	for _, tf := range fields {
		b.WriteString(tf.value)
		b.WriteByte('\n')
	}
	return b.String()
}

// possibleProbes returns the probe patterns whose needs occur in lower,
// in order.
func possibleProbes(lower string) []*probePattern {
	var out []*probePattern
	for i := range probePatterns {
		if containsAny(lower, probePatterns[i].needs) {
			out = append(out, &probePatterns[i])
		}
	}
	return out
}

// firstIn returns the first of subs that s contains, or "": the phrase
// lists of scripts written without spaces are matched this way. Text in
// ASCII alone, as most is, cannot contain a sub that begins with another
// byte: those are passed over without a search, whatever the list holds.
func firstIn(s string, subs []string) string {
	checked, asciiText := false, false // s is read once, at the first such sub
	for _, sub := range subs {
		if sub != "" && sub[0] >= utf8.RuneSelf {
			if !checked {
				checked, asciiText = true, isASCII(s)
			}
			if asciiText {
				continue
			}
		}
		if strings.Contains(s, sub) {
			return sub
		}
	}
	return ""
}

// hasAnyOf reports whether s holds one of the runes of chars, as
// strings.ContainsAny does. For a set of ASCII characters
// strings.ContainsAny reads s once; for a set with other runes (the
// question marks of several scripts) it looks each rune of s up in chars,
// which made these questions a few percent of batch screening: each rune
// searched for on its own costs a fast scan of s.
func hasAnyOf(s, chars string) bool {
	for _, c := range chars {
		if strings.ContainsRune(s, c) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool { return firstIn(s, subs) != "" }

// injectionProbe describes the probe in v found by one of patterns, or
// returns "".
func injectionProbe(v string, patterns []*probePattern) string {
	lower := strings.ToLower(v)
	for _, p := range patterns {
		if containsAny(lower, p.needs) && p.re.MatchString(v) {
			return p.what
		}
	}
	return ""
}

// fieldWords are the words a mail-merge placeholder names: the fields of
// a contact, in several languages.
const fieldWords = `name|first|last|fname|lname|firstname|lastname|surname|company|business|organi[sz]ation|email|e-mail|website|site|url|domain|city|country|phone|product|industry|title|job|vorname|nachname|firma|unternehmen|prenom|prénom|nom|nombre|apellido|empresa|nome|azienda|имя|фамилия|компания`

// templatePatterns find mail-merge placeholders that were sent unfilled:
// {{first_name}}, {name}, [NAME], [Your Company], %FIRSTNAME%,
// *|FNAME|*, $name, and spintax ({Hi|Hello|Hey}).
var templatePatterns = []templatePattern{
	{[]string{"{{"}, newLazyRegexp(`\{\{\s*[\p{L}_][\p{L}\p{N}_. -]{0,40}\s*\}\}`)},
	{[]string{"*|"}, newLazyRegexp(`\*\|[A-Z][A-Z0-9_]{1,30}\|\*`)},
	{[]string{"%"}, newLazyRegexp(`%[A-Z][A-Z0-9_]{2,30}%`)},
	{[]string{"{"}, newLazyRegexp(`(?i)\{\s*(your[ _-]?|my[ _-]?|the[ _-]?|contact[ _-]?|first[ _-]?|last[ _-]?|company[ _-]?)?(` + fieldWords + `)([ _-]?(name|url|address))?\s*\}`)},
	{[]string{"["}, newLazyRegexp(`(?i)\[\s*(your |my |the |contact |first |last |company |insert |prospect'?s? )?(` + fieldWords + `)( ?(name|url|address|here))?\s*\]`)},
	{[]string{"<"}, newLazyRegexp(`(?i)<\s*(your|first|last|company|contact)[ _-]?(` + fieldWords + `)\s*>`)},
	{[]string{"$"}, newLazyRegexp(`(?i)\$(first_?name|last_?name|company(_name)?|full_?name|contact_?name)\b`)},
	{[]string{"|"}, newLazyRegexp(`\{[\p{L}][^{}|\n]{0,30}\|[^{}|\n]{1,30}(\|[^{}|\n]{1,30})*\}`)},
}

// templatePattern is one pattern of templatePatterns.
type templatePattern struct {
	needs []string // one of them must occur
	re    *lazyRegexp
}

// possibleTemplates returns the template patterns whose needs occur in s,
// in order.
func possibleTemplates(s string) []*templatePattern {
	var out []*templatePattern
	for i := range templatePatterns {
		if containsAny(s, templatePatterns[i].needs) {
			out = append(out, &templatePatterns[i])
		}
	}
	return out
}

// templatePlaceholder returns the first unfilled placeholder in v found by
// one of patterns, or "".
func templatePlaceholder(v string, patterns []*templatePattern) string {
	for _, t := range patterns {
		if !containsAny(v, t.needs) {
			continue
		}
		if m := t.re.FindString(v); m != "" {
			return m
		}
	}
	return ""
}

// fieldLabels are the labels of contact-form fields in several languages,
// folded (see foldText). Bots that fill forms from the labels copy them
// into the values: first_name "First Name", company "Company".
var fieldLabels = foldedSet(
	// English.
	"name", "full name", "your name", "first name", "firstname", "first_name", "given name", "last name",
	"lastname", "last_name", "surname", "family name", "email", "e-mail", "email address", "your email",
	"company", "company name", "your company", "organization", "organisation", "phone", "phone number",
	"telephone", "job title", "title", "position", "role", "message", "your message", "comment", "comments",
	"website", "url", "country", "subject",
	// German, French, Spanish, Portuguese, Italian, Dutch, Polish.
	"vorname", "nachname", "ihr name", "firma", "unternehmen", "firmenname", "telefon", "telefonnummer",
	"nachricht", "ihre nachricht", "betreff",
	"prénom", "nom", "nom de famille", "votre nom", "société", "entreprise", "téléphone", "votre message", "sujet",
	"nombre", "apellido", "apellidos", "su nombre", "empresa", "teléfono", "mensaje", "correo", "correo electrónico",
	"asunto",
	"nome", "sobrenome", "seu nome", "telefone", "mensagem", "assunto",
	"cognome", "azienda", "messaggio", "oggetto",
	"voornaam", "achternaam", "bedrijf", "bedrijfsnaam", "bericht", "onderwerp",
	"imię", "nazwisko", "firma", "wiadomość", "temat",
	// Russian, Chinese, Japanese, Korean.
	"имя", "фамилия", "ваше имя", "компания", "название компании", "телефон", "сообщение", "должность",
	"姓名", "名字", "公司", "公司名称", "电话", "留言", "职位", "氏名", "名前", "会社名", "電話番号", "メッセージ",
	"이름", "회사", "회사명", "전화번호", "메시지",
	// Turkish, Nordic, Finnish, Czech, Hungarian, Romanian, Greek,
	// Ukrainian, Indonesian, Arabic, Hebrew, Hindi, Thai. Not one-syllable
	// labels that are also names (Turkish "Ad", Vietnamese "Họ").
	"soyad", "soyadı", "adınız", "soyadınız", "ad soyad", "şirket", "şirket adı", "firma adı", "e-posta",
	"mesaj", "mesajınız", "konu",
	"förnamn", "efternamn", "företag", "meddelande", "ämne", "fornavn", "efternavn", "etternavn", "besked",
	"melding", "emne", "etunimi", "sukunimi", "yritys", "viesti", "puhelin", "aihe",
	"jméno", "příjmení", "zpráva", "předmět", "vezetéknév", "keresztnév", "cégnév", "üzenet", "tárgy",
	"prenume", "companie", "subiect", "όνομα", "επώνυμο", "εταιρεία", "μήνυμα", "τηλέφωνο",
	"ім'я", "прізвище", "повідомлення", "nama depan", "nama belakang", "nama perusahaan", "perusahaan", "pesan",
	"الاسم", "اسم العائلة", "الشركة", "الرسالة", "رسالتك", "שם פרטי", "שם משפחה", "הודעה",
	"नाम", "कंपनी", "संदेश", "ชื่อ", "นามสกุล", "ข้อความ",
)

// maxLabelBytes bounds the length of a form label; longer values are not
// compared with the labels.
const maxLabelBytes = 64

// isFieldLabel reports a value that is a form label (folded is v folded).
func isFieldLabel(v, folded string) bool {
	return len(v) <= maxLabelBytes && has(fieldLabels, folded)
}

// isRandomCase reports a value with a word of six or more letters that
// switches from lower to upper case randomCaseSwitches times or more
// ("aBcDeFgH", "xKqPzLm"). Names switch once or twice at most: McDonald,
// DeShawn, VanDerBilt, iPhone.
func isRandomCase(v string) bool {
	// A word switches case where the whole value does: most values switch
	// too seldom to be worth cutting into words.
	if caseSwitches([]rune(v)) < randomCaseSwitches {
		return false
	}
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) {
		rs := []rune(w)
		if len(rs) >= 6 && caseSwitches(rs) >= randomCaseSwitches {
			return true
		}
	}
	return false
}

// caseSwitches counts the lower-case letters followed by an upper-case one.
func caseSwitches(rs []rune) int {
	switches := 0
	for i := 1; i < len(rs); i++ {
		if unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i]) {
			switches++
		}
	}
	return switches
}

// keywordStuffing returns the number of items when msg is a long list of
// short comma-separated keywords, as SEO spam and scraped-form bots send
// ("cheap flights, best hotels, car rental, ..."), or 0. A list inside
// prose (a few tools named in a sentence, a sentence full of commas) has
// too few items, too many words per item or the little words of sentences.
func keywordStuffing(msg string) int {
	// There are at most one item more than separators: count those first.
	separators := 0
	for _, r := range msg {
		if isKeywordSeparator(r) {
			separators++
		}
	}
	if separators+1 < stuffingMinItems {
		return 0
	}
	items := strings.FieldsFunc(msg, isKeywordSeparator)
	if len(items) < stuffingMinItems {
		return 0
	}
	short, prose := 0, 0
	for _, it := range items {
		words := strings.Fields(strings.ToLower(it))
		if n := len(words); n >= 1 && n <= 4 && !strings.ContainsAny(it, ".?!") {
			short++
		}
		for _, w := range words {
			if has(functionWords, strings.Trim(w, ".?!:;\"'()")) {
				prose++ // "as of this quarter", "we need": a sentence cut by commas
				break
			}
		}
	}
	if short*10 < len(items)*8 || prose*4 > len(items) {
		return 0
	}
	return len(items)
}

// isKeywordSeparator reports the runes that separate the items of a keyword
// list.
func isKeywordSeparator(r rune) bool {
	return r == ',' || r == '|' || r == '、' || r == '，'
}
