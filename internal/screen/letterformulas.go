package screen

import "strings"

// Polite abuse (task direction9): a letter in the form of a formal one —
// a salutation, "please accept", "I hope this message finds you", a
// closing — whose content is an insult or a wish of ruin ("I hope this
// message finds you as miserable as your product has made me", "mit
// freundlichen Grüßen teile ich Ihnen mit, dass Sie … sind"). The
// formulas ask for nothing and carry no meaning of their own, yet they
// read as a request ("please") and make a short insult long, so the
// abuse checks read such a letter without them as well. A polite angry
// customer keeps what they ask for (a refund, a fix) once the formulas
// are gone, and is read as before.

// letterFormulas are the salutations, closings and courtesies of formal
// letters, lower case, in the languages of the tables' formal letters.
var letterFormulas = []string{
	"dear sir or madam", "dear sir/madam", "dear sirs", "dear madam", "dear sir", "to whom it may concern",
	"i hope this message finds you", "i hope this email finds you", "i hope this letter finds you",
	"please accept", "kindly accept", "at your earliest convenience", "at the earliest convenience",
	"kind regards", "best regards", "warm regards", "yours sincerely", "yours faithfully", "sincerely",
	"respectfully",
	"sehr geehrte damen und herren", "sehr geehrte", "sehr geehrter", "mit freundlichen grüßen",
	"mit freundlichen grüssen", "freundliche grüße", "hochachtungsvoll", "teile ich ihnen mit", "möchte ich ihnen mitteilen",
	"madame, monsieur", "madame, messieurs", "messieurs", "veuillez agréer", "je vous prie d'agréer",
	"salutations distinguées", "cordialement", "j'ai l'honneur de vous informer",
	"estimados señores", "estimado señor", "muy señores míos", "atentamente", "saludos cordiales", "reciba un cordial saludo",
	"prezados senhores", "prezados", "atenciosamente", "cordialmente",
	"egregi signori", "gentili signori", "spettabile", "cordiali saluti", "distinti saluti",
	"geachte heer/mevrouw", "geachte heer, mevrouw", "geachte", "met vriendelijke groet", "hoogachtend",
	"szanowni państwo", "szanowny panie", "z poważaniem", "z wyrazami szacunku",
	"уважаемые господа", "уважаемые", "с уважением", "искренне ваш",
}

// letterFormulaPhrases are letterFormulas folded (when the package is
// loaded: a list of strings, no index), for the phrase book:
// most messages hold none, and the book tells so in the walk it makes of
// every message anyway, without a search of the text per formula.
var letterFormulaPhrases = foldedPhrases(foldedList(letterFormulas...)...)

// withoutLetterFormulas returns msg, lower-cased, with the formulas of a
// formal letter it holds blanked, or "" when it holds none. A letter with
// a formula and nothing else is no letter to read again.
func withoutLetterFormulas(msg string) string {
	lower := strings.ToLower(msg)
	found := false
	for _, f := range letterFormulas {
		if strings.Contains(lower, f) {
			lower = strings.ReplaceAll(lower, f, " ")
			found = true
		}
	}
	if !found || strings.TrimFunc(lower, func(r rune) bool { return !isWordRune(r) }) == "" {
		return ""
	}
	return lower
}
