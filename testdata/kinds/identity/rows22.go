package main

// Round twenty-two (source kinds-identity-r22), written on 2026-12-08 by
// task sealed34 before any detector ran on these rows, from the
// description of test entries and throwaway addresses in issue 11 and the
// README's tables only, by a writer who did not read the detectors, their
// docs or any earlier round's rows (only the row type in main.go and the
// first lines of rows21.go, for the format). Testers of cultures and
// scripts away from the usual first picks: the local John Does of
// Vietnam, Korea, Italy, Spain, Brazil, the Arab world, Israel, Hungary,
// Switzerland, the Netherlands, Indonesia, Ethiopia, Georgia, Wales and
// India; roles typed for a name, "test" said in prose, QA plus-addresses,
// pangrams and filler in several scripts, one word in every field,
// generated mailboxes, and throwaway services of many countries (French,
// German, Russian, Chinese, Arabic, Brazilian and others). The genuine
// rows are real people and firms who share a word with them, and people
// at small national mail providers. Names, firms and domains are invented
// unless a service is named as the kind of mailbox it is. Sealed, not yet
// measured: held out, never tuned on.

var testEntries22 = []row{
	{first: "Nguyễn Văn", last: "A", company: "Công ty TNHH ABC", email: "nguyenvana@abc.com.vn", msg: "thử nghiệm form, không cần trả lời"},
	{first: "홍", last: "길동", company: "테스트 주식회사", email: "hong.gildong@test.co.kr", msg: "테스트입니다"},
	{first: "Tizio", last: "Caio", company: "Sempronio S.r.l.", email: "tizio.caio@prova.it", msg: "prova prova prova"},
	{first: "Fulano", last: "de Tal", company: "Mengano y Asociados", email: "fulano@detal.es", msg: "Esto es una prueba, ignorar por favor."},
	{first: "Fulano", last: "da Silva", company: "Beltrano Ltda", email: "fulano.silva@teste.com.br", msg: "teste teste 123"},
	{first: "فلان", last: "الفلاني", company: "شركة س", email: "flan@example.sa", msg: "تجربة"},
	{first: "ישראל", last: "ישראלי", company: "חברה בע\"מ", email: "israel@bdika.co.il", msg: "בדיקה בדיקה"},
	{first: "Gipsz", last: "Jakab", company: "Minta Kft.", email: "gipsz.jakab@minta.hu", msg: "Ez csak egy teszt üzenet."},
	{first: "Hans", last: "Muster", company: "Muster AG", email: "hans.muster@muster.ch", msg: "Grüezi, das isch nume en Test vom Formular."},
	{first: "Jan", last: "Modaal", company: "Voorbeeld BV", email: "jan.modaal@voorbeeld.nl"},
	{first: "Budi", last: "Coba", company: "PT Contoh Jaya", email: "budi.coba@contoh.co.id", msg: "coba coba aja, jangan dibalas ya"},
	{first: "ሙከራ", last: "ሙከራ", company: "ሙከራ", email: "mukera@mukera.et", msg: "ሙከራ"},
	{first: "ტესტი", last: "ტესტი", company: "სატესტო შპს", email: "testi@testi.ge", msg: "ეს არის სატესტო შეტყობინება"},
	{first: "Prawf", last: "Prawf", company: "Cwmni Prawf", email: "prawf@prawf.cymru", msg: "Neges brawf yw hon."},
	{first: "ABC", last: "XYZ", company: "ABC Pvt Ltd", email: "abc.xyz@abcpvt.in", phone: "9999999999", msg: "testing pls ignore"},
	{first: "Head of", last: "Procurement", company: "", email: "procurement.head@bergmann-group.de", msg: ""},
	{first: "Geschäftsführer", last: "Geschäftsführer", company: "GmbH", email: "gf@gmbh-gf.de"},
	{first: "Directeur", last: "Commercial", company: "Société", email: "direction.commerciale@societe-x.fr"},
	{first: "Priya", last: "Raman", company: "Raman Textiles", email: "priya.raman+formtest@ramantextiles.in", msg: "Hi, this is Priya from the web team, just testing that the contact form reaches the CRM before we put it live tomorrow. Please do not reply or call."},
	{first: "QA", last: "Automation", company: "Northwind", email: "qa+regression-run-4417@northwind-qa.io", msg: "automated smoke test, build 2026.12.07-rc3"},
	{first: "Sipho", last: "Dlamini", company: "Dlamini Digital", email: "sipho+uat03@dlaminidigital.co.za", msg: "UAT round 3 — checking the thank-you page. Ignore."},
	{first: "Lorem", last: "Ipsum", company: "Dolor Sit Amet", email: "lorem@ipsum.dolor", msg: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."},
	{first: "Съешь", last: "Булок", company: "Французские булки", email: "bulki@primer.ru", msg: "Съешь же ещё этих мягких французских булок, да выпей чаю."},
	{first: "いろは", last: "にほへと", company: "ちりぬるを", email: "iroha@rei.jp", msg: "いろはにほへと ちりぬるを わかよたれそ つねならむ"},
	{first: "नमूना", last: "नाम", company: "नमूना कंपनी", email: "namuna@udaharan.in", msg: "यह एक परीक्षण संदेश है।"},
	{first: "xxx", last: "xxx", company: "xxx", email: "xxx@xxx.xx", phone: "000000", title: "xxx", msg: "xxx"},
	{first: "ааа", last: "ааа", company: "ааа", email: "aaa@aaa.ru", msg: "ааа"},
	{first: "Kjh", last: "Lkj", company: "Hjk", email: "kjhkjh@hjk.com", msg: "jkljkl"},
	{first: "Emre", last: "Yıldız", company: "Yıldız Yazılım", email: "x8k2q9zv4m7t@gmail.com", msg: "deneme yapıyorum sadece"},
	{first: "Anna", last: "Smith", company: "Smith LLC", email: "user_b7f3e91c0a@outlook.com"},
}

var disposable22 = []row{
	{first: "Camille", last: "Roux", company: "Roux Déco", email: "camille.roux@yopmail.fr"},
	{first: "Théo", last: "Marchand", company: "Marchand & Fils", email: "theo.m@jetable.org"},
	{first: "Lukas", last: "Brandt", company: "Brandt Elektro", email: "lukas.b@byom.de"},
	{first: "Sven", last: "Krüger", company: "Krüger Transporte", email: "krueger77@wegwerfmail.de"},
	{first: "Дмитрий", last: "Орлов", company: "Орлов и партнёры", email: "d.orlov@dropmail.me"},
	{first: "伟", last: "刘", company: "刘氏贸易", email: "liuwei2026@linshiyouxiang.net"},
	{first: "敏", last: "陈", company: "陈记电子", email: "chenmin@bccto.me"},
	{first: "خالد", last: "العمري", company: "مؤسسة العمري", email: "khalid.omari@mohmal.com"},
	{first: "Thiago", last: "Souza", company: "Souza Reformas", email: "thiago.souza@emailtemporario.com.br"},
	{first: "Ravi", last: "Shetty", company: "Shetty Exports", email: "ravishetty@sharklasers.com"},
	{first: "Aiko", last: "Mori", company: "Mori Design", email: "aiko.m@harakirimail.com"},
	{first: "Piotr", last: "Zając", company: "Zając Serwis", email: "pzajac@mailnesia.com"},
	{first: "Ahmed", last: "Hassan", company: "Hassan Trading", email: "a.hassan@10minutemail.net"},
}

var identityLookalikes22 = []row{
	{first: "Nguyễn Văn", last: "An", company: "An Phát Logistics", email: "an.nguyen@anphatlogistics.vn", msg: "Chúng tôi cần báo giá cho 25 người dùng, hợp đồng một năm."},
	{first: "Jan", last: "Kowalski", company: "Kowalski Budownictwo", email: "jan.kowalski@kowalski-bud.pl", msg: "Dzień dobry, prosimy o ofertę dla 12 handlowców i termin prezentacji."},
	{first: "Sabine", last: "Test", company: "Test Haustechnik GmbH", email: "s.test@test-haustechnik.de", msg: "Guten Tag, wir sind ein Sanitärbetrieb mit 40 Mitarbeitern und suchen eine Lösung für unsere Anfragen über die Website."},
	{first: "Thomas", last: "Mustermann", company: "Mustermann Holzbau", email: "t.mustermann@posteo.de", msg: "Was kostet die Jahreslizenz für drei Formulare?"},
	{first: "Wirawan", last: "Wirawan", company: "CV Sinar Terang", email: "wirawan.st@gmail.com", msg: "Saya hanya punya satu nama, jadi saya isi dua kali. Mohon info harga paket bisnis."},
	{first: "Aung", last: "Kyaw", company: "Golden Lotus Travel", email: "aungkyaw@goldenlotus.com.mm", msg: "We are a tour operator in Yangon, please send pricing for 5 users."},
	{first: "Demo", last: "Kalisa", company: "Kalisa Coffee Exporters", email: "demo.kalisa@kalisacoffee.rw", msg: "Hello, I am Demo Kalisa, export manager. We would like a quote for 8 seats."},
	{first: "Olumide", last: "Adeyemi", company: "Sample Solutions Ltd", email: "olumide@samplesolutions.ng", msg: "We are an IT services firm in Lagos (yes, really called Sample Solutions). Do you have a reseller programme?"},
	{first: "Lena", last: "Novotná", company: "Novotná Účetnictví", email: "lena.novotna@seznam.cz", msg: "Dobrý den, mohu prosím dostat cenovou nabídku pro malou účetní kancelář?"},
	{first: "Георги", last: "Иванов", company: "Иванов Строй ЕООД", email: "g.ivanov@abv.bg", msg: "Здравейте, интересува ни демо за екип от 6 души."},
	{first: "Katalin", last: "Szabó", company: "Szabó Virág", email: "szabo.katalin@freemail.hu", msg: "Jó napot! Mennyibe kerül egy kis virágboltnak?"},
	{first: "Ilze", last: "Bērziņa", company: "Bērziņa Dizains", email: "ilze.berzina@inbox.lv", msg: "Labdien, vai ir iespēja izmēģināt produktu 14 dienas?"},
	{first: "R.", last: "Ramasamy", company: "Sri Murugan Textiles", email: "ramasamy.textiles@rediffmail.com", msg: "Sir, kindly send price details for our 3 branches in Tiruppur."},
	{first: "Joana", last: "Ferreira", company: "Ferreira QA Consulting", email: "joana.ferreira@sapo.pt", title: "QA Manager", msg: "Somos uma consultora de testes de software. Queremos testar o vosso produto durante duas semanas antes de comprar licenças para a equipa."},
	{first: "Marcos", last: "Tester", company: "Tester Construções", email: "marcos.tester@bol.com.br", msg: "Boa tarde, gostaria de um orçamento para 10 usuários."},
}
