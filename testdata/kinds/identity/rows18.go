package main

// Round eighteen (source kinds-identity-r18), written on 2026-12-07 together
// with round seventeen, before any rule of task identity4, and sealed (in the
// repository, not in the generator) until the task's rules were done; then
// measured once: held out. Shapes again chosen to differ from the earlier
// rounds and from round seventeen: address templates typed literally, labels
// swapped between fields, roles and numbered testers for names, encodings of
// a test word, the filler texts of scripts other than Latin, placeholder
// firms of many languages, meta messages ("bla bla", "text text"), novels'
// people of other languages, the word for a test in still other languages;
// with look-alikes (trials asked for in the words that also mean test, real
// firms called ABC or XYZ, Burmese repeated names, an office admin).
// Written from the description of the kinds in issue 11 and what contact
// forms receive, without reading earlier rounds' rows, the outsider records
// or their generator.

// testEntries18: someone trying the form.
var testEntries18 = []row{
	// Address templates typed literally.
	{first: "Firstname", last: "Lastname", company: "Company name", email: "firstname.lastname@company.com"},
	{first: "Vorname", last: "Nachname", company: "Meine Firma", email: "vorname.nachname@firma.de"},
	{first: "Nombre", last: "Apellido", company: "Empresa ABC S.A.", email: "nombre.apellido@empresa.com"},
	{first: "Name", last: "Surname", company: "Your Company", email: "your.name@yourcompany.com"},
	{first: "User", last: "Name", company: "Domain", email: "user@domain.com"},
	// Labels swapped between fields, roles and numbered testers.
	{first: "Last name", last: "First name", company: "Email", email: "hendrik.vos@ziggo.nl", msg: "Phone"},
	{first: "Admin", last: "Admin", company: "Admin", email: "admin.panel.check@gmail.com"},
	{first: "Tester", last: "01", company: "QA Team", email: "tester01.qa@gmail.com", msg: "run 1 of 5"},
	{first: "Demo", last: "Account 3", company: "Demo Corp", email: "demo3.account@outlook.com"},
	{first: "Guest", last: "User", company: "-", email: "guestuser2026@yahoo.com", msg: "guest checkout flow"},
	{first: "Customer", last: "Customer", company: "Customer Ltd", email: "customer.customer@gmx.net"},
	// Encodings of a test word and meta messages.
	{first: "dGVzdA==", last: "dGVzdA==", company: "base64", email: "b64.dev@gmail.com", msg: "dGhpcyBpcyBhIHRlc3Q="},
	{first: "Kees", last: "Bakker", company: "Bakker BV", email: "kees.bakker.dev@gmail.com", msg: "bla bla bla"},
	{first: "Rafa", last: "Lopes", company: "RL", email: "rafa.lopes.dev@gmail.com", msg: "text text text text"},
	{first: "Jürgen", last: "Klein", company: "Klein", email: "juergen.klein88@web.de", msg: "Hallo Welt"},
	{first: "Олег", last: "Смирнов", company: "ИП Смирнов", email: "oleg.smirnov.dev@yandex.ru", msg: "ля-ля-ля, проверка связи"},
	{first: "Ana", last: "Souza", company: "Souza ME", email: "ana.souza.dev@gmail.com", msg: "teste teste 123 som"},
	// Filler texts of other scripts.
	{first: "王", last: "小明", company: "某某公司", email: "wangxm.dev@163.com", msg: "天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。"},
	{first: "山田", last: "花子", company: "株式会社サンプル", email: "hanako.y.dev@yahoo.co.jp", msg: "あいうえお かきくけこ さしすせそ"},
	{first: "홍", last: "길동", company: "가나다 주식회사", email: "gildong.dev@naver.com", msg: "가나다라마바사 아자차카타파하"},
	{first: "محمد", last: "أحمد", company: "شركة س", email: "m.ahmed.dev@hotmail.com", msg: "هذا النص هو مثال لنص يمكن أن يستبدل في نفس المساحة"},
	{first: "ישראל", last: "ישראלי", company: "לורם בע\"מ", email: "israel.dev@gmail.com", msg: "לורם איפסום דולור סיט אמט"},
	// Placeholder firms of many languages.
	{first: "Иван", last: "Петров", company: "ООО Ромашка", email: "ivan.petrov.1985@mail.ru"},
	{first: "Jan", last: "de Vries", company: "Bedrijf X", email: "jan.devries1990@hotmail.nl"},
	{first: "Pierre", last: "Durand", company: "Société XYZ", email: "pierre.durand.75@laposte.net"},
	{first: "Ayşe", last: "Yılmaz", company: "ABC Ltd. Şti.", email: "ayse.yilmaz.dev@hotmail.com", msg: "deneme"},
	// Novels' and films' people of other languages.
	{first: "Don", last: "Quijote", company: "La Mancha S.L.", email: "donquijote.mancha@gmail.com"},
	{first: "Astérix", last: "le Gaulois", company: "Irréductibles SARL", email: "asterix.gaulois@free.fr"},
	{first: "Pinocchio", last: "Geppetto", company: "Falegnameria Geppetto", email: "pinocchio.legno@libero.it"},
	{first: "Nils", last: "Holgersson", company: "Wildgänse AB", email: "nils.holgersson@telia.se"},
	{first: "Mr.", last: "Bean", company: "Bean Industries", email: "mrbean.teddy@gmail.com"},
	// The word for a test in still other languages.
	{first: "పరీక్ష", last: "పరీక్ష", company: "పరీక్ష సంస్థ", email: "ravi.kumar.qa@gmail.com", msg: "పరీక్ష సందేశం"},
	{first: "Toets", last: "Gebruiker", company: "Toets Maatskappy", email: "toets.gebruiker@mweb.co.za", msg: "net 'n toets"},
	{first: "Pārbaude", last: "Lietotājs", company: "SIA Pārbaude", email: "parbaude@inbox.lv", msg: "pārbaudes ziņa"},
	{first: "Proov", last: "Kasutaja", company: "Proov OÜ", email: "proov.kasutaja@mail.ee", msg: "see on proov"},
	{first: "Sinov", last: "Foydalanuvchi", company: "Sinov MChJ", email: "sinov.user@mail.uz", msg: "sinov xabari"},
	{first: "Tijaabo", last: "Tijaabo", company: "Shirkad Tijaabo", email: "tijaabo2026@gmail.com", msg: "fariin tijaabo ah"},
}

// contentBots18: scripts that wait like a person but fill the fields with
// what is not an answer.
var contentBots18 = []row{
	{first: "Name:", last: "Last Name:", company: "Company:", email: "contact.form.filler@gmail.com", title: "Title:", msg: "Message:"},
	{first: "text", last: "text", company: "text", email: "text.input@outlook.com", phone: "tel", title: "text", msg: "textarea"},
	{first: "74657374", last: "74657374", company: "74657374", email: "hexbot7465@gmail.com", msg: "74657374 74657374"},
	{first: "Lucas", last: "Martin", company: "Martin SAS", email: "lucas.martin.75@gmail.com", msg: "%%MESSAGE%% %%SENDER_NAME%% %%UNSUBSCRIBE%%"},
	{first: "😀", last: "😀", company: "😀😀", email: "smiley.face.2026@gmail.com", msg: "😀😀😀"},
	{first: "а", last: "б", company: "в", email: "abv.test.form@mail.ru", msg: "г"},
	{first: "' OR '1'='1", last: "admin'--", company: "1; WAITFOR DELAY '0:0:5'--", email: "sqli.scan@protonmail.com", msg: "1' AND SLEEP(5)#"},
}

// identityLookalikes18: real people and firms that share a surface with the
// junk above.
var identityLookalikes18 = []row{
	{first: "Myo Myo", last: "Aung", company: "Myo Myo Aung Trading", email: "myomyo.aung@gmail.com", msg: "Do you support Burmese in the form?"},
	{first: "Tom", last: "Reilly", company: "ABC Plumbing & Heating", email: "tom@abcplumbing.ie", msg: "How much for 4 users? We get about 60 requests a week."},
	{first: "Sandra", last: "Okafor", company: "XYZ Logistics Nigeria", email: "s.okafor@xyzlogistics.ng", msg: "We want to capture quote requests from our site, what does it cost?"},
	{first: "Helga", last: "Schmitt", title: "Admin", company: "Schmitt Steuerberatung", email: "verwaltung@schmitt-steuer.de", msg: "Ich bin die Büroadministration, mein Chef möchte eine Demo."},
	{first: "Reza", last: "Karimi", company: "Karimi Trading", email: "reza@karimitrading.ir", msg: "آیا نسخه آزمایشی رایگان دارید؟"},
	{first: "Zsófia", last: "Kovács", company: "Kovács Bt.", email: "zsofia@kovacsbt.hu", msg: "Van ingyenes próbaidőszak? Öt kollégának kellene."},
	{first: "Dewi", last: "Lestari", company: "CV Lestari", email: "dewi@cvlestari.co.id", msg: "Apakah ada uji coba gratis 14 hari?"},
	{first: "Minh", last: "Phạm", company: "Phạm Gia", email: "minh@phamgia.vn", msg: "Có bản dùng thử miễn phí không ạ?"},
	{first: "Eitan", last: "Cohen", company: "Cohen Dev", email: "eitan@cohendev.co.il", msg: "Does your form handle emoji and right-to-left names? Our customers write in Hebrew and Arabic."},
	{first: "Oskar", last: "Keller", company: "Keller", email: "oskar@keller-metall.ch", msg: "Offerte für 8 Benutzer bitte."},
	{first: "Li", last: "Na", company: "Na Li Studio", email: "lina@nalistudio.cn", msg: "你们有中文界面吗？我们有5个销售。"},
	{first: "Kaarel", last: "Tamm", company: "Tamm OÜ", email: "kaarel@tamm.ee", msg: "Kas teil on prooviperiood?"},
	{first: "Lars", last: "Eriksen", company: "Bean Coffee Roasters", email: "lars@beancoffee.no", msg: "Vi vil gjerne se en demo for butikken vår."},
	{first: "Anjali", last: "Rao", title: "QA Lead", company: "Infolane Software", email: "anjali.rao@infolane.in", msg: "We would like to test your API on our staging server before buying 25 seats. Is there a sandbox key?"},
	{first: "Javier", last: "Ruiz", company: "Ruiz Quijote Abogados", email: "jruiz@ruizquijote.es", msg: "¿Cuánto cuesta para un despacho de 6 abogados?"},
}
