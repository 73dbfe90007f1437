package main

// Round twenty-six (task sealed38), written by hand on 2026-12-08 before
// any detector ran on it, by a writer who read neither the detectors nor
// the earlier rounds' rows. Test entries by QA people and marketers
// checking a form in many languages (long and short, polite, inside a
// plausible request, with plus-tags, staging hosts or not), placeholder
// people of many cultures, roles typed for a name, filler texts and one
// word in every field; throwaway addresses of services from many
// countries and generated ones; and the genuine people and firms that look
// like them, some of whom mention testing for a reason. Names, firms and
// domains are invented, except the placeholder names a culture uses for
// "anybody" and the throwaway and mail services named as such. Sealed, not
// yet measured: held out.

var testEntries26 = []row{
	{first: "Matti", last: "Meikäläinen", company: "Esimerkki Oy", email: "matti.m+lomake@esimerkki-yhtio.fi", msg: "Hei, kokeilen vain lomaketta."},
	{first: "Ola", last: "Nordmann", company: "Nordmann AS", email: "ola.nordmann@online.no"},
	{first: "Jan", last: "Kowalski", company: "Firma Krzak sp. z o.o.", email: "jan.kowalski+uat@krzak-soft.pl", msg: "Dzień dobry, to jest zgłoszenie testowe ze środowiska UAT, proszę nie odpowiadać. Sprawdzamy tylko, czy lead trafia do CRM."},
	{first: "Gipsz", last: "Jakab", company: "Minta Kft.", email: "gipszjakab1990@citromail.hu"},
	{first: "Ján", last: "Mrkvička", company: "Vzorová firma s.r.o.", email: "jan.mrkvicka@azet.sk", msg: "skúška formulára"},
	{first: "Вася", last: "Пупкин", company: "ООО Рога и копыта", email: "vasya.pupkin@mail.ru", msg: "Проверка связи. Если дошло — всё работает."},
	{first: "홍", last: "길동", company: "(주)테스트", email: "gildong1443@daum.net", msg: "테스트입니다. 무시해 주세요."},
	{first: "太郎", last: "山田", company: "株式会社サンプル", email: "taro.yamada+form@sample-corp.jp", msg: "フォーム送信テストです。お手数ですが、こちらは破棄してください。"},
	{first: "三", last: "张", company: "某某有限公司", email: "zhangsan_lisi@126.com", msg: "测试测试，请忽略"},
	{first: "Văn", last: "Nguyễn A", company: "Công ty TNHH ABC", email: "nva.lienhe2026@gmail.com", msg: "test form lien he, khong can tra loi"},
	{first: "Fulano", last: "de Tal", company: "Empresa Exemplo Ltda", email: "fulano.detal@uol.com.br", msg: "teste teste, só vendo se chega no RD Station"},
	{first: "Ali", last: "bin Abu", company: "Syarikat Contoh Sdn Bhd", email: "ali.binabu88@yahoo.com.my", msg: "Cubaan sahaja, abaikan mesej ini."},
	{first: "Marketing", last: "Team", company: "Marketing", email: "marketing+lp-v3-check@brightline-agency.com", msg: "Hi! This is our agency checking the new landing page variant B before the campaign goes live on Monday. utm_source=linkedin&utm_campaign=q1_launch — please disregard."},
	{first: "Einkauf", last: "Einkauf", company: "Firma", email: "einkauf@beispiel-gmbh.de", msg: "Testanfrage – bitte ignorieren. Wir prüfen die Weiterleitung an unser Ticketsystem."},
	{first: "担当者", last: "担当者", company: "会社名", email: "tantou+stg@dev.mirai-web.jp", msg: "会社名・担当者名はダミーです。"},
	{first: "Priya", last: "Nair", company: "Lumen Digital", email: "priya.nair+cypress-8812@lumendigital.in", msg: "Automated e2e run #8812 — contact form submission. Do not reply.", elapsedMS: 4100},
	{first: "Jonas", last: "Weber", company: "Weber & Partner", email: "jonas.weber@staging.weber-partner.de", msg: "Guten Tag, ich wollte Ihnen eigentlich nur sagen, dass ich gerade das neue Formular auf unserer Staging-Seite ausprobiere, weil unser Entwickler meinte, es sei fertig. Falls das bei Ihnen ankommt: bitte einfach löschen, sorry für die Störung!"},
	{first: "Claire", last: "Dubois", company: "Studio Lumière", email: "claire+recette2@studio-lumiere.fr", msg: "Bonjour, petit essai de notre côté pour vérifier l'envoi du formulaire depuis la version mobile. Si vous recevez ce message, c'est que ça marche ! Vous pouvez le supprimer. Bonne journée"},
	{first: "Lynx", last: "Aquaduct", company: "Fikse BV", email: "aquaduct.lynx@ziggo.nl", msg: "Pa's wijze lynx bezag vroom het fikse aquaduct. Pa's wijze lynx bezag vroom het fikse aquaduct."},
	{first: "Αβγ", last: "Δεζ", company: "Δοκιμή ΑΕ", email: "dokimi123@yahoo.gr", msg: "δοκιμή δοκιμή 1 2 3"},
	{first: "Ion", last: "Popescu", company: "SC Exemplu SRL", email: "ion.popescu+qa@exemplu-dev.ro", msg: "Mesaj de test de la echipa QA, vă rugăm să-l ignorați."},
	{first: "Deneme", last: "Deneme", company: "Deneme", email: "deneme1@deneme.net.tr", msg: "deneme deneme"},
	{first: "Jaribio", last: "Jaribio", company: "Jaribio", email: "jaribio@jaribio.co.ke", msg: "jaribio la fomu"},
	{first: "नाम", last: "उपनाम", company: "कंपनी का नाम", email: "naam.upnaam@rediffmail.com", msg: "यह केवल एक परीक्षण संदेश है, कृपया ध्यान न दें।"},
	{first: "تست", last: "تست", company: "شرکت نمونه", email: "test.form1403@chmail.ir", msg: "سلام، فقط دارم فرم رو امتحان می‌کنم. جواب ندید لطفا."},
	{first: "Budi", last: "Santoso", company: "PT Contoh Jaya", email: "budi+tesform@contohjaya.co.id", msg: "Halo kak, ini cuma tes form dari tim marketing ya, mau cek notif WA masuk atau nggak. Abaikan saja, makasih 🙏"},
	{first: "Sven", last: "Svensson", company: "Exempelföretaget AB", email: "sven.svensson@exempel.se", msg: "Hej! Testar bara formuläret från vår nya sajt, ingen fråga egentligen."},
	{first: "Kāinga", last: "Tēhea", company: "Placeholder Ltd", email: "qa.team+nz-preview@preview.korowai-digital.nz", msg: "Kia ora, QA from the agency here, just confirming submissions from the Netlify preview deploy reach your inbox. Ngā mihi, ignore pls."},
}

var disposable26 = []row{
	{first: "Hamza", last: "El Idrissi", company: "Atlas Import", email: "hamza.idrissi@mohmal.com", msg: "Bonjour, je veux le prix pour 5 utilisateurs."},
	{first: "伟", last: "刘", company: "深圳恒达电子", email: "hengda.lw88@linshiyouxiang.net", msg: "请发报价单"},
	{first: "Emre", last: "Aydın", company: "Aydın Tekstil", email: "emre.aydin@tempail.com", msg: "Merhaba, 3 kullanıcı için aylık fiyat nedir?"},
	{first: "Tobias", last: "Krüger", company: "Krüger Elektro", email: "t.krueger@byom.de"},
	{first: "Дмитрий", last: "Соколов", company: "ТехноСервис", email: "dsokolov@dropmail.me", msg: "Нужен доступ на пробный период."},
	{first: "Mark", last: "Jensen", company: "Jensen Digital", email: "markjensen@maildrop.cc", msg: "Interested in a free trial."},
	{first: "Laura", last: "Gómez", company: "Gómez Consultores", email: "lauragomez@dispostable.com"},
	{first: "Ryan", last: "Cole", company: "Cole Media", email: "ryan.cole@10minutemail.com", msg: "send me the whitepaper"},
	{first: "Sara", last: "Lindqvist", company: "Lindqvist Design", email: "sara.l@mailnesia.com"},
	{first: "Nikhil", last: "Rao", company: "Rao Infotech", email: "x7k2pq9wz4@emailondeck.com", msg: "Need pricing details asap"},
	{first: "Pierre", last: "Lambert", company: "Lambert & Fils", email: "qw8rt5hn@yopmail.fr"},
	{first: "Chris", last: "Moore", company: "Moore Co", email: "fhd83jdk2m@guerrillamailblock.com", msg: "Demo please."},
}

var identityLookalikes26 = []row{
	{first: "Giulia", last: "Testa", company: "Studio Legale Testa", email: "g.testa@studiolegaletesta.it", title: "Avvocato", msg: "Buongiorno, siamo uno studio legale di Torino con tre sedi. Vorremmo filtrare le richieste di consulenza dal sito. Potete inviarci un preventivo annuale?"},
	{first: "Ulrich", last: "Prüfer", company: "Prüfer Haustechnik GmbH", email: "u.pruefer@pruefer-haustechnik.de", phone: "+49 5121 88420", msg: "Guten Tag, wir sind ein Heizungsbaubetrieb mit 18 Mitarbeitern. Über unser Kontaktformular kommen viel Werbung und Fake-Anfragen. Was kostet Ihr Filter für eine Website?"},
	{first: "Hannah", last: "Doe", company: "Doe Veterinary Clinic", email: "hannah@doevet.com", msg: "Hi, we're a vet clinic in Ohio. Appointment requests come through our site and we get lots of spam. Do you integrate with Google Sheets?"},
	{first: "Suharti", last: "", company: "Warung Kopi Suharti", email: "suharti.kopi@yahoo.co.id", msg: "Permisi, saya punya usaha kopi kecil di Yogyakarta. Form pemesanan di website banyak spam. Ada paket murah untuk UMKM? WA saya 0812 2765 4310."},
	{first: "Aung", last: "", company: "Golden Lotus Travel", email: "aung@goldenlotustravel.com.mm", msg: "Hello, travel agency in Yangon. Myanmar people have only one name, please don't reject my form again like other tools did. We need filter for booking form. Viber +95 9 421 556 780."},
	{first: "Bolormaa", last: "", company: "Nomad Cashmere LLC", email: "bolormaa@nomadcashmere.mn", msg: "Hi, small cashmere shop in Ulaanbaatar. How much per month for one website?"},
	{first: "Petr", last: "Demo", company: "Demo Stavby s.r.o.", email: "petr.demo@demostavby.cz", title: "jednatel", msg: "Dobrý den, jsme stavební firma z Brna. Chtěli bychom chránit poptávkový formulář před spamem. Můžete poslat cenovou nabídku?"},
	{first: "Derek", last: "Sample", company: "Sample Brothers Roofing", email: "derek@samplebrosroofing.com", phone: "+1 615 555 0148", msg: "Family roofing business in Tennessee since 1978. We get a lot of junk quote requests. What does your basic plan include?"},
	{first: "Karin", last: "Muster", company: "Schreinerei Muster", email: "info@schreinerei-muster.ch", msg: "Grüezi, wir sind eine Schreinerei im Emmental. Gibt es Ihr Produkt auch mit Rechnung in CHF?"},
	{first: "Dr. Amara", last: "Okafor", company: "Lagos BioAnalytical Testing Services", email: "a.okafor@lbats.com.ng", title: "Quality Manager", msg: "We are an ISO 17025 accredited testing laboratory (food and water testing). Clients submit sample requests via our website. We need to screen out junk submissions. Please send pricing and whether you store data in the EU."},
	{first: "Marek", last: "Zieliński", company: "BugHunters QA sp. z o.o.", email: "marek.zielinski@bughunters.pl", title: "QA Lead", msg: "Hi, we are a software testing company (manual + automated). We'd like to run your filter on our own contact forms first. Is there a trial without a credit card? We would test it properly before buying, it's our job after all."},
	{first: "Oksana", last: "Kravets", company: "TestPrep Ukraine", email: "oksana.kravets@ukr.net", msg: "Добрий день! Ми готуємо школярів до НМТ (національний мультипредметний тест). Батьки залишають заявки на сайті, багато спаму. Скільки коштує ваш сервіс?"},
	{first: "Lindiwe", last: "Dube", company: "Dube Driving School", email: "lindiwe.dube@vodamail.co.za", msg: "Hi, we book learners for their driving test through our website. We need to stop fake bookings. Can you help? WhatsApp 072 448 1903."},
	{first: "Ayelet", last: "Cohen", company: "Cohen Product Reviews", email: "ayelet.cohen@walla.co.il", msg: "Hi, I review and test kitchen gadgets for an Israeli consumer blog. Brands reach me through a form. Is there a free tier for a one-person site?"},
	{first: "Nurlan", last: "Abenov", company: "Steppe Logistics", email: "nurlan.abenov@mail.kz", msg: "Здравствуйте, нужна защита формы заявок на сайте. Оплата по счёту в тенге возможна?"},
	{first: "Jari", last: "Koivisto", company: "Koivisto Testaus Oy", email: "jari.koivisto@suomi24.fi", msg: "Hei, olemme pieni ohjelmistotestausyritys Tampereella. Haluaisimme kokeilla tuotettanne ilmaiseksi kuukauden ajan. Onko se mahdollista?"},
	{first: "Rahel", last: "Tesfaye", company: "Abyssinia Quality Control PLC", email: "rahel.tesfaye@ethionet.et", msg: "Hello, we do inspection and testing of export coffee. Our customers send requests on our website form. Price for 1 form please. WhatsApp +251 911 456 789."},
}
