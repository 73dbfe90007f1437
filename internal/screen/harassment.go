package screen

import "strings"

// Harassment that swears at nobody: sexual remarks about the reader's
// staff ("your receptionist is hot, send me her number") and hate aimed at
// a people ("go back to your own country"). Neither names the reader by a
// vice, so the insult shapes of abuse.go miss them; each has a shape of its
// own in every language.
//
// Sexual harassment names a woman of the reader's firm (a role, "girl",
// "female staff") and, within harassReach words, says something sexual
// about her or asks for her (hot, sexy, pictures of her, her number, a
// date). A buyer asking whether their receptionist can use the form names
// the role but nothing sexual; "hot leads" is sales talk with no woman
// near it.

// harassPerson are the women of the reader's firm a harasser writes about,
// folded (a trailing * matches any ending).
var harassPerson = foldedPhrases(
	"receptionist", "secretary", "girl", "girls", "blonde", "brunette", "female staff", "female employees",
	"your women", "your ladies", "lady", "ladies", "saleswoman", "sales girl",
	"empfangsdame", "sekretarin", "madchen", "madel", "blondine",
	"secretaire", "standardiste", "fille", "filles", "nana", "nanas",
	"secretaria", "recepcionista", "chica", "chicas", "nena", "rubia",
	"secretaria", "menina", "meninas", "moca", "gata",
	"segretaria", "ragazza", "ragazze", "bionda",
	"secretaresse", "meisje", "meisjes",
	"sekretark*", "dziewczyn*", "секретарш*", "секретар*", "девушк*", "девочк*", "блондинк*",
	// Women named by their sex (round twenty-five).
	"female", "females", "women", "woman", "frauen", "femmes", "mujeres", "mulheres", "donne", "vrouwen", "kobiety",
	"женщин*",
)

// harassSexual are what a harasser says about or asks of her, folded.
var harassSexual = foldedPhrases(
	"hot", "sexy", "horny", "nudes", "naked", "nude", "boobs", "tits", "ass", "legs", "body", "pics of her",
	"photos of her", "pictures of her", "her number", "her phone", "date her", "sleep with", "in bed", "show her something",
	"do anything for", "on her knees", "send me pics", "send pics",
	"heiss", "geil", "nackt*", "titten", "ihre nummer", "bett",
	"chaude", "salope", "nue", "nues", "son numero", "au lit",
	"caliente", "buenorra", "desnud*", "tetas", "su numero", "en la cama",
	"gostosa", "nua", "peitos", "o numero dela",
	"figa", "nuda", "tette", "il suo numero",
	"geil", "naakt", "haar nummer",
	"goraca", "seksown*", "naga", "горяч*", "сексуальн*", "голая", "голые", "сиськ*", "её номер", "ее номер",
	// Undressing and waiting for her (round nineteen).
	"without that blouse", "without her blouse", "without her clothes", "without clothes", "undress*", "lingerie",
	"i ll be waiting", "i will be waiting", "waiting outside", "waiting for her", "ohne bluse", "ohne kleider",
	"sans sa chemise", "sin ropa", "sem roupa", "senza vestiti", "без одежды",
	"see more of her", "wear less", "her insta", "her instagram", "her snapchat",
	// Asking for pictures of them (round twenty-five).
	"send me photos", "send me pictures", "send me pics", "send me a pic", "send me a photo", "photos of the",
	"pictures of the", "pics of the", "schick mir fotos", "schickt mir fotos", "envoie moi des photos",
	"envoyez moi des photos", "mandame fotos", "envienme fotos", "me manda fotos", "mandami foto", "пришлите фото",
)

// speaksToReader reports a word that addresses the reader or names them
// as an object ("your", "you", "votre", "ваша"), or a verb that speaks to
// them in a language that drops the pronoun ("me dais pena").
func speaksToReader(m foldedText) bool {
	for _, w := range m.words {
		if has(abuseAddress, w) || has(abuseObject, w) || has(secondPersonVerbs, w) {
			return true
		}
	}
	return false
}

// secondPersonVerbs are verbs in the plural "you" of languages that drop
// the pronoun, folded: Spanish vosotros, Portuguese and Italian voi.
var secondPersonVerbs = setOf("sois", "dais", "estais", "teneis", "haceis", "sabeis", "podeis", "dejais", "quereis",
	"siete", "avete", "fate", "sapete")

// harassReach is how many words apart the woman and the remark may be.
const harassReach = 12

// hateAimed are demands that a people leave and names for a people spat
// out with a slur's adjective, folded.
var hateAimed = foldedPhrases(
	"go back to your country", "go back to your own country", "go back where you came from", "go home foreigners",
	"filthy foreigners", "dirty foreigners", "filthy immigrants", "dirty immigrants", "subhuman*",
	"geht zuruck in euer land", "geh zuruck in dein land", "dreckige auslander", "scheiss auslander",
	"rentrez chez vous", "retourne dans ton pays", "retournez dans votre pays", "sales etrangers", "sales immigres",
	"vuelve a tu pais", "volved a vuestro pais", "vuelvan a su pais", "sucios extranjeros", "sudacas",
	"volta para o teu pais", "volta pro seu pais", "tornatevene a casa vostra", "tornate al vostro paese",
	"ga terug naar je eigen land", "wracajcie do siebie", "убирайтесь в свою страну", "понаехали",
	"should be deported", "must be deported", "deport them all", "sollten abgeschoben werden",
)

// harassment returns the harassment in a message, or "": a sexual remark
// about a woman of the reader's firm, or hate aimed at a people. m is msg
// folded.
func harassment(msg string, m foldedText) string {
	if p := hateAimed.find(m); p != "" {
		return "hate aimed at a people: " + quote(p, 30)
	}
	if strings.Contains(msg, "?") {
		return "" // a question about the form names staff; harassers tell
	}
	if !speaksToReader(m) {
		return "" // "our girls' club" is the sender's own
	}
	for i := range m.words {
		n := harassPerson.atWord(m, i)
		if n == 0 {
			continue
		}
		for j := max(0, i-harassReach); j < min(len(m.words), i+n+harassReach); j++ {
			if j >= i && j < i+n {
				continue
			}
			if k := harassSexual.atWord(m, j); k > 0 && !(i >= j && i < j+k) {
				return "a sexual remark about the reader's staff: " + quote(strings.Join(m.words[min(i, j):max(i+n, j+k)], " "), 40)
			}
		}
	}
	return ""
}
