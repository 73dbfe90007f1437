package screen

import "testing"

// TestMentionIsNotUse: a question that names injection or templates
// discusses them; the same syntax sent bare, or in a name field, is a
// probe or an unfilled template.
func TestMentionIsNotUse(t *testing.T) {
	runCases(t, []detCase{
		{name: "merge tags asked about", sub: setMessage("Does your autoresponder support merge tags like {{first_name}} and {{company}}? We want to personalise replies."),
			not: []string{CodeTemplatePlaceholder}},
		{name: "platzhalter asked about", sub: setMessage("Kann die Antwortmail Platzhalter wie {{vorname}} verwenden? Das wäre für uns wichtig."),
			not: []string{CodeTemplatePlaceholder}},
		{name: "security team asks about script tags", sub: setMessage("Unsere Sicherheitsabteilung fragt: Wie schützen Sie das Formular gegen SQL-Injection und <script>-Tags in den Feldern?"),
			not: []string{CodeInjectionProbe}},
		{name: "xss question", sub: setMessage("How do you handle XSS, e.g. a name like <script>alert(1)</script>? Our auditors ask."),
			not: []string{CodeInjectionProbe}},
		// Use: no question, or nothing named, or in a name field.
		{name: "unfilled template", sub: setMessage("Hi {{name}}, I wanted to reach out about {{company}}."), want: CodeTemplatePlaceholder},
		{name: "template statement naming a template", sub: setMessage("Hi {{first_name}}, our template library saves you hours."), want: CodeTemplatePlaceholder},
		{name: "bare probe", sub: setMessage("1' AND SLEEP(5)-- -"), want: CodeInjectionProbe},
		{name: "probe with a question but nothing named", sub: setMessage("<svg onload=alert(1)> did this show up on your page or not?"), want: CodeInjectionProbe},
		{name: "probe in a name beside a question", sub: with(setNames("<script>alert(1)</script>", "x", ""),
			setMessage("How do you protect against injection? Asking for our security review.")), want: CodeInjectionProbe},
	})
}
