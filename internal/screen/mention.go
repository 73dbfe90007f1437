package screen

import "strings"

// Mention is not use. A customer's developer asks whether the autoresponder
// fills in {{first_name}}; a security team asks how the form handles
// "<script>" tags or SQL injection. Their messages hold the syntax that
// probes and unfilled templates are made of, but they name what it is and
// ask about it. A message that asks a question and names the thing
// discusses it: the probe and template checks leave that message alone
// (the name fields are still checked: nobody discusses in a name).

// probeTalk name attacks and their defences, in several languages.
var probeTalk = []string{"injection", "injektion", "inyección", "injeção", "xss", "cross-site", "cross site",
	"sanitiz", "sanitis", "escap", "owasp", "pentest", "penetration", "vulnerab", "security", "sicherheit",
	"sécurité", "seguridad", "segurança", "sicurezza", "безопасност", "инъекц"}

// templateTalk name placeholders and templates, in several languages.
var templateTalk = []string{"merge tag", "merge field", "placeholder", "template", "variable", "personalis",
	"personaliz", "platzhalter", "vorlage", "modèle", "balise", "plantilla", "etiqueta", "shortcode",
	"handlebars", "mustache", "liquid", "token", "шаблон", "переменн", "テンプレート", "变量", "模板"}

// linkTalk name disguised links, in several languages: a customer asks
// whether we block "links like 'bonus dot com'".
var linkTalk = []string{"disguised link", "obfuscated link", "hidden link", "links like", "link like", "getarnte link",
	"versteckte link", "liens déguisés", "liens comme", "enlaces ocultos", "enlaces como", "links disfarçados",
	"замаскированн", "ссылки вроде", "ссылки типа"}

// discussionMinWords is the shortest message that can discuss something:
// a probe sent alone is a few tokens.
const discussionMinWords = 6

// discusses reports whether a message (lower-cased) asks a question and
// names one of what.
func discusses(lower string, what []string) bool {
	if !hasAnyOf(lower, "?？") || len(strings.Fields(lower)) < discussionMinWords {
		return false
	}
	for _, w := range what {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
