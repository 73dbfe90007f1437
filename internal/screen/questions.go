package screen

import "strings"

// A question that begins with a verb of offering asks what the reader
// offers: "Unterstützt Ihr Autoresponder Variablen?", "Bieten Sie eine
// Testversion an?", "¿Ofrecen ustedes soporte en español?". The reader is
// its subject, not its object: a buyer's question, whatever pronoun
// follows the verb. The direction of an offer (see offerToReader) is read
// in the message without such questions.

// withoutVerbFirstQuestions returns m without the sentences of msg that
// are questions beginning with a verb of offering; m itself when msg asks
// no question.
func withoutVerbFirstQuestions(msg string, m foldedText) foldedText {
	if !hasAnyOf(msg, "?？") {
		return m
	}
	var kept []string
	dropped := false
	for s := range sentences(msg) {
		words := strings.Fields(foldText(s))
		if len(words) > 0 && hasAnyOf(s, "?？") && offerVerbs.at(words, 0) > 0 {
			dropped = true
			continue
		}
		kept = append(kept, words...)
	}
	if !dropped {
		return m
	}
	return foldedWords(kept...)
}

// sentences yields the sentences of msg, each with its closing mark.
func sentences(msg string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := 0
		for i, r := range msg {
			switch r {
			case '.', '!', '?', '？', '。', '！', '\n':
				if !yield(msg[start : i+len(string(r))]) {
					return
				}
				start = i + len(string(r))
			}
		}
		if start < len(msg) {
			yield(msg[start:])
		}
	}
}
