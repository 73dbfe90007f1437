package screen

import (
	"cmp"
	"strings"
)

// Hostility aimed at the reader, by its shape rather than by the insult
// it uses. The lists of insults in abuse.go reach the words they hold;
// abuse that uses another word ("Ihr seid so erbärmlich", "Jullie zijn
// walgelijk", "you are the most incompetent people") still has a shape: a
// judgment of the reader ("you are…", "ihr seid…", "вы…") in a message
// that also runs the reader down or sends them away, and asks for
// nothing. A frustrated customer judges too ("you are slow"), but asks
// for something: an invoice, a fix, a plan. Ill wishes ("I hope your
// servers burn down") and veiled threats ("you will not like it") have
// shapes of their own.

// readerJudged returns the words that judge the reader — an address word,
// at most judgeGap fillers, then a verb "to be" — or "". Languages that
// drop the verb ("Вы жалкие…", "Kalian semua sampah") judge with the
// address word alone when it opens the message or a clause.
func readerJudged(msg string, m foldedText) string {
	for i, w := range m.words {
		if !has(abuseAddress, w) {
			continue
		}
		if has(abuseCopula, w) && i+1 < len(m.words) {
			return w // "siete", "jestescie", "sois": the address is the verb
		}
		for j := i + 1; j < len(m.words) && j <= i+1+judgeGap; j++ {
			if has(abuseCopula, m.words[j]) {
				return strings.Join(m.words[i:j+1], " ")
			}
			if !has(abuseFiller, m.words[j]) {
				break
			}
		}
	}
	for _, clause := range strings.FieldsFunc(msg, func(r rune) bool { return strings.ContainsRune(",.!?;:\n", r) }) {
		words := strings.Fields(foldText(clause))
		if len(words) > 1 && (has(copulaDroppers, words[0]) || has(vocativeOpeners, words[0]) || has(abuseVocativeLead, words[0])) {
			return words[0]
		}
	}
	return ""
}

// judgeGap is how many fillers may stand between the address and its verb
// ("you people are", "you lot are all").
const judgeGap = 2

// copulaDroppers address the reader in languages that judge without a
// verb "to be" ("Вы жалкие", "Kalian semua sampah", "Ви нікчеми").
var copulaDroppers = setOf("вы", "ты", "ви", "kalian", "kamu", "anda", "siz", "sizi", "sizin", "sen", "seni", "jste", "jsi",
	"انتم", "انت")

// vocativeOpeners open a clause that names the reader by what follows
// ("Espèce d'incapables", "Bande de nuls", "Stelletje sukkels", "Dasar
// penipu").
var vocativeOpeners = setOf("espece", "especes", "pack", "cac", "bande", "bunch", "stelletje", "panda", "bando", "banda", "haufen", "dasar", "lu", "đo")

// abuseJudgments are words that run a person down, beyond the insults of
// abuse.go: what a judgment of the reader says when it is hostile
// (folded; a trailing * matches any ending).
var abuseJudgments = foldedPhrases(
	"pathetic", "disgusting", "incompetent", "lazy", "dishonest", "despicable", "shameless", "vile", "evil",
	"greedy", "liars", "cowards", "coward", "fraud", "frauds", "parasites", "a disgrace", "a joke", "a plague",
	"waste of", "the worst", "reason people hate",
	"erbarmlich*", "jammerlich*", "widerlich*", "ekelhaft*", "unfahig*", "gauner", "schande", "verlogen*",
	"lacherlich*", "pathetique*", "minables", "degoutant*", "incapable*", "malhonnete*", "honteux", "une honte",
	"patetic*", "asqueros*", "inutiles", "ladrones", "vergonzos*", "nojent*", "patetic*", "vergonhos*",
	"ridicol*", "schifos*", "vergogna", "una vergogna", "walgelijk*", "zielig*", "belachelijk*", "oneerlijk*",
	"zalosni", "zalosn*", "obrzydliw*", "жалк*", "ничтожеств*", "позор*", "отвратительн*", "мерзк*", "нікчем*",
	"sahtekar*", "rezil*", "igrenc*", "patetisk*", "aclig*", "ubozac*", "ubozak*", "hnusn*", "sampah", "memalukan",
	"tidak tahu malu", "hina", "learn to read", "genius", "vermes", "verme", "asalak*", "svin", "gentuza", "dais pena",
	"dais asco", "you make me sick", "buitres", "weasels", "vultures", "hyenas", "hyan*", "abschaum", "allerletzte", "arnaqueur*", "vous me degoutez", "you disgust me", "dimwit*", "nitwit*", "halfwit*", "rats", "brain dead", "witz", "zum kotzen", "naciagacz*", "bezczeln*", "an cuop", "dreck", "pitoyable*", "позорищ*",
	"rezalet*", "skam", "lhari", "zlodej*", "pembohong", "đang khinh", "ghe tom", "vo lien si",
	"مجموعة من اللصوص", "اللصوص", "حثالة", "حقراء",
)

// hostileWord returns a word of m that runs the reader down or sends
// them away: an insult, a judgment, contempt, a demand to go, or "".
func hostileWord(m foldedText) string {
	for i := range m.words {
		if n := hostileWords.atWord(m, i); n > 0 {
			return strings.Join(m.words[i:i+n], " ")
		}
	}
	return ""
}

// hostileWords are the lists hostileWord looks in, in one.
var hostileWords = mergedPhrases(abuseInsults, moreInsults, abuseJudgments, abuseContemptWords, abuseGoAway, moreGoAway, hostileGoAway)

// hostileGoAway are more demands to go than abuse.go's, folded.
var hostileGoAway = foldedPhrases(
	"go away", "get out", "crawl back", "verschwindet", "verschwinde", "lasst mich", "allez vous cacher",
	"blijf weg", "lamna mig ifred", "lose my number", "go choke", "choke on", "nunca mais me", "unsubscribe me now", "sumam", "sparite", "ophoepelen", "zostawcie mnie", "dejadme", "забудьте",
)

// judgedHostile returns the abuse of a message that judges the reader and
// runs them down or sends them away, or "". The caller checks that the
// message asks for nothing a customer asks.
func judgedHostile(msg string, m foldedText) string {
	// The hostile word first: most messages have none, and finding the
	// judgment folds each clause again.
	w := cmp.Or(hostileWord(m), stopContacting(m))
	if w == "" {
		return ""
	}
	if judged := readerJudged(msg, m); judged != "" {
		return judged + " … " + w
	}
	return ""
}

// illWishLead start a wish ("I hope", "may you", "ojalá"), folded.
var illWishLead = foldedPhrases(
	"i hope", "hope you", "hope your", "may you", "may your", "i wish you", "ich hoffe", "hoffentlich",
	"j espere que", "j espere", "que vous", "je vous souhaite", "ich wunsche euch", "ich wunsche ihnen", "les deseo", "os deseo", "ojala", "espero que", "tomara que", "spero che", "ik hoop", "mam nadzieje",
	"oby", "надеюсь", "чтоб", "чтобы", "umarim", "hoppas", "doufam", "semoga",
)

// illWishHarm are what an ill wish wishes: ruin, fire, death, folded
// stems.
var illWishHarm = foldedPhrases(
	"burn", "die", "dies", "rot", "floods", "fry", "get cancer", "gets cancer", "krebs bekommt", "krebs kriegt", "explode*", "catch fire", "go bankrupt", "bankrupt", "get fired", "gets fired", "fail", "suffer", "crash",
	"go under", "sink", "collaps*", "go out of business", "close down", "pleite", "bankrott", "verreck*", "brennt", "faillite", "creve*", "brule*", "arruin*",
	"quiebr*", "muer*", "falencia", "falir", "fallit*", "muoia*", "failliet", "zbankrutuj*", "splon*",
	"сгор*", "сдох*", "разор*", "обанкрот*", "пусто было", "batsin", "batarsiniz", "geberin", "brinner", "konkurs",
	"zkrachuj*", "bangkrut",
)

// illWish returns a wish of harm on the reader — a wish, within
// illWishReach words a harm, and the reader named near them — or "".
func illWish(m foldedText) string {
	return aimedAct(m, illWishLead, illWishHarm, illWishReach, 0, 2, func(w string) bool {
		return has(abuseObject, w) || has(abuseAddress, w) || has(readerCompany, w)
	})
}

// illWishReach is how many words after a wish its harm may come ("I hope
// your whole team gets fired").
const illWishReach = 6

// readerCompany name the reader's firm in wishes that do not address it
// ("чтоб ваша контора сгорела" has ваша; "may the company burn" not).
var readerCompany = setOf("контора", "компания", "фирма", "laden", "boite", "empresa", "azienda", "bedrijf")

// veiledThreats warn the reader without naming a harm, folded.
var veiledThreats = foldedPhrases(
	"you will not like it", "you won t like it", "you ll see", "you will see what", "you have been warned",
	"ihr werdet sehen", "ihr werdet schon sehen", "vous allez comprendre", "vous allez voir", "tu vas voir",
	"ya veras", "ya vereis", "ya van a ver", "voces vao ver", "vedrete", "jullie zullen zien", "zobaczycie",
	"вы увидите", "еще пожалеете", "goreceksiniz", "ni kommer att fa se", "eat dirt and die", "eat dirt",
	"schluss mit lustig", "make sure you regret", "regret ever", "shame on every", "shame on all of you",
	"shame on each", "make your life hell", "make your lives hell", "make your life a living hell",
	"vas a arrepentir*", "van a arrepentir*", "vais a arrepentir*", "te voy a encontrar", "os voy a encontrar",
	"ich weiß wo", "je vais vous trouver", "come to your office", "come to your house", "visit your office",
	"answer for this", "pay for this", "dafur bezahlen", "das werdet ihr bereuen", "vous allez le payer", "lo pagaras", "lo vais a pagar",
	"вы за это ответите", "ответите за это", "заплатите за это",
)

// A demand to stop contacting has a shape too: a word of stopping, then
// within stopReach words a way of contacting ("quit calling my phone",
// "hört auf mich anzurufen", "dejad de llamarme", "перестаньте мне
// звонить"). Alone it is someone who wants no more calls; after a
// judgment of the reader ("you are clowns, stop writing to me") it sends
// them away as a hostile word does, whatever the judgment's noun.

// stopWords start a demand to stop, folded stems.
var stopWords = foldedPhrases(
	"stop", "quit", "hor auf", "hort auf", "horen sie auf", "aufhoren", "arretez", "arrete", "cessez", "dejad de",
	"dejen de", "deja de", "para de", "parem de", "pare de", "smettete", "smettetela", "smettila", "stop met",
	"hou op", "houd op", "przestan*", "хватит", "перестан*", "прекрат*", "birakin", "sluta", "prestan*", "prestante",
	"berhenti", "đung",
)

// contactWays are the ways of contacting a demand to stop names, folded
// stems.
var contactWays = foldedPhrases(
	"call*", "phon*", "email*", "mail*", "writ*", "messag*", "text*", "contact*", "spam*", "bother*", "harass*",
	"anruf*", "anzuruf*", "schreib*", "zu schreiben", "appel*", "ecrire", "contacter", "llamar*", "escribir*", "ligar",
	"escrever", "mandar", "chiamar*", "scriver*", "bellen", "mailen", "schrijven", "dzwon*", "pisac", "писать",
	"звонить", "названивать", "aramay*", "yazmay*", "ringa", "skriva", "volat", "psat", "menelepon", "menghubungi",
	"goi", "nhan tin", "연락*", "전화*", "문자*", "메일*", "звъни*", "пишете", "пиши*", "звон*", "ecriv*",
)

// stopReach is how many words after a word of stopping the way of
// contacting may come ("stop sending me your emails").
const stopReach = 4

// stopContacting returns a demand to stop contacting in m, or "".
func stopContacting(m foldedText) string {
	for i := range m.words {
		n := stopWords.atWord(m, i)
		if n == 0 {
			continue
		}
		for j := i + n; j < len(m.words) && j <= i+n+stopReach; j++ {
			if k := contactWays.atWord(m, j); k > 0 {
				return strings.Join(m.words[i:j+k], " ")
			}
		}
	}
	return ""
}
