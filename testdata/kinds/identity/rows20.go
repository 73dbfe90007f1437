package main

// Round twenty (source kinds-identity-r20), written on 2026-12-07 by task
// sealed32 before any detector ran on these rows, from the description of
// test entries and throwaway addresses in issue 11 and the README's tables
// only, by a writer who did not read the detectors, their docs or any
// earlier round's rows (only the row type in main.go and the first lines
// of rows.go, for the format). Testers of many cultures: each country's
// own placeholder people and firms, roles typed for a name, "test" said in
// prose, QA plus-addresses, filler texts, one word in every field,
// generated mailboxes, and throwaway services of many countries; the
// genuine rows are real people and firms who share a word with them.
// Names, firms and domains are invented unless a service is named as the
// kind of mailbox it is. Sealed, not yet measured: held out, never tuned
// on.

var testEntries20 = []row{
	{first: "Jan", last: "Novák", company: "Firma s.r.o.", email: "jan.novak@firma.cz", msg: "Testovací zpráva, prosím neodpovídat."},
	{first: "Gipsz", last: "Jakab", company: "Minta Kft.", email: "gipsz.jakab@pelda.hu"},
	{first: "Matti", last: "Meikäläinen", company: "Esimerkki Oy", email: "matti.meikalainen@esimerkki.fi"},
	{first: "Kalle", last: "Anka", company: "Ankeborgs Pengabinge AB", email: "kalle.anka@ankeborg.se", msg: "Hej, testar bara formuläret"},
	{first: "Jan", last: "Modaal", company: "Voorbeeld B.V.", email: "jan@voorbeeld.nl"},
	{first: "Fulano", last: "de Tal", company: "Empresa Teste Ltda", email: "fulano.tal@teste.com.br", msg: "teste teste 123"},
	{first: "길동", last: "홍", company: "(주)테스트", email: "gildong.hong@test.co.kr", msg: "테스트입니다"},
	{first: "太郎", last: "山田", company: "株式会社サンプル", email: "taro.yamada@sample.co.jp", msg: "テスト送信です。返信不要です。"},
	{first: "三", last: "张", company: "某某有限公司", email: "zhangsan@ceshi.cn", msg: "测试测试测试"},
	{first: "Вася", last: "Пупкин", company: "ООО «Ромашка»", email: "vasya.pupkin@romashka.ru", msg: "проверка связи"},
	{first: "فلان", last: "الفلاني", company: "شركة تجريبية", email: "fulan@tajriba.sa", msg: "هذه رسالة تجريبية"},
	{first: "ישראל", last: "ישראלי", company: "חברה בע\"מ", email: "israel.israeli@dugma.co.il", msg: "בדיקה בדיקה"},
	{first: "Deneme", last: "Deneme", company: "Deneme A.Ş.", email: "deneme@deneme.com.tr", msg: "deneme mesajı"},
	{first: "Manager", last: "Sales", company: "Company", email: "sales.manager@company.com", title: "Manager"},
	{first: "Geschäftsführer", last: "Inhaber", company: "GmbH", email: "gf@firma-gmbh.de", title: "Geschäftsführer"},
	{first: "Nina", last: "Lorenz", company: "Pixelwerk Agentur", email: "nina.lorenz@pixelwerk-agentur.de", msg: "Bitte ignorieren – nur ein Test nach dem Relaunch der Website. Grüße aus der Agentur"},
	{first: "Sam", last: "Okoye", company: "Brightline Web", email: "sam@brightlineweb.co.za", msg: "Hi, this is just a test submission from your web developer to check the form goes through. No need to reply :)"},
	{first: "QA", last: "Regression", company: "Northwind QA", email: "qa+regression-0412@northwind-qa.io", msg: "automated run #0412"},
	{first: "Priya", last: "Tester", company: "QA Team", email: "priya.s+formtest7@gmail.com", msg: "checking the thank-you page redirect"},
	{first: "Lorem", last: "Ipsum", company: "Dolor Sit Amet", email: "lorem@ipsum.com", msg: "Neque porro quisquam est qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit."},
	{first: "Съешь", last: "же", company: "ещё этих", email: "bulki@yandex.ru", msg: "Съешь же ещё этих мягких французских булок, да выпей чаю."},
	{first: "परीक्षण", last: "परीक्षण", company: "परीक्षण", email: "parikshan@rediffmail.com", msg: "परीक्षण संदेश"},
	{first: "hola", last: "hola", company: "hola", email: "hola@hola.com", phone: "hola", msg: "hola"},
	{first: "тест", last: "тест", company: "тест", email: "test@test.ru", phone: "0000000000", msg: "тест"},
	{first: "user_8f3a2c91", last: "", company: "", email: "user_8f3a2c91@outlook.com"},
	{first: "Nguyễn Văn", last: "A", company: "Công ty TNHH ABC", email: "nguyenvana@abc.com.vn", msg: "test thử form"},
	{first: "Tes", last: "Coba", company: "PT Coba Coba", email: "tescoba123@gmail.com", msg: "coba coba aja min"},
}

var disposable20 = []row{
	{first: "Lukas", last: "Brenner", company: "Brenner Haustechnik", email: "l.brenner@spoofmail.de"},
	{first: "Manon", last: "Girard", company: "Girard Paysage", email: "manon.girard@yopmail.net"},
	{first: "Sergei", last: "Orlov", company: "Орлов и партнёры", email: "orlov.s@dropmail.me"},
	{first: "Wang", last: "Fang", company: "Fang Trading", email: "wangfang88@bccto.me"},
	{first: "Beatriz", last: "Lopes", company: "Lopes Contábil", email: "bia.lopes@emailtemporario.com.br"},
	{first: "Alejandro", last: "Ríos", company: "Ríos Asesores", email: "arios@correotemporal.org"},
	{first: "Kemal", last: "Arslan", company: "Arslan Makine", email: "kemal.arslan@gecicimail.com.tr"},
	{first: "Chiara", last: "Bellini", company: "Bellini Arredi", email: "chiara.b@mailtemporanea.it"},
	{first: "Anh", last: "Phạm", company: "Phạm Logistics", email: "anh.pham@tempmail.vn"},
	{first: "Oksana", last: "Melnyk", company: "Мельник Агро", email: "oksana.m@moakt.cc"},
	{first: "Piotr", last: "Zając", company: "Zając Okna", email: "p.zajac@10minut.com.pl"},
	{first: "Emma", last: "Laine", company: "Laine Design", email: "kx7q2mzr@emailfake.com"},
}

var identityLookalikes20 = []row{
	{first: "Jan", last: "Novák", company: "Novák Stavby s.r.o.", email: "jan.novak@novak-stavby.cz", msg: "Dobrý den, jsme stavební firma s 25 zaměstnanci. Můžete nám poslat cenovou nabídku na roční licenci?"},
	{first: "철수", last: "김", company: "철수건설", email: "cs.kim@chulsoo-const.co.kr", msg: "안녕하세요. 영업팀 8명이 쓸 견적을 받고 싶습니다."},
	{first: "Giulia", last: "Testa", company: "Cantina Testa", email: "giulia@cantinatesta.it", msg: "Buongiorno, abbiamo un e-commerce di vini e riceviamo molti ordini falsi dal modulo contatti. Avete una prova gratuita?"},
	{first: "Wulandari", last: "", company: "Batik Wulan", email: "wulandari@batikwulan.co.id", msg: "Selamat siang, berapa harga paket untuk toko online kecil?"},
	{first: "Murugan", last: "", company: "Murugan Textiles", email: "murugan.textiles@rediffmail.com", msg: "Please share the price for 3 users. We are a textile shop in Tiruppur."},
	{first: "Aung", last: "", company: "Golden Lotus Travel", email: "aung@goldenlotus-travel.com", msg: "Do you support Burmese text in the form? We get bookings in Burmese and English."},
	{first: "Deniz", last: "Demir", company: "Demo Yapı İnşaat", email: "deniz.demir@demoyapi.com.tr", msg: "Merhaba, şirketimizin web sitesi için fiyat teklifi alabilir miyiz? 4 form var."},
	{first: "Rhys", last: "Samples", company: "Samples Farm Shop", email: "rhys@samplesfarmshop.co.uk", msg: "We sell meat boxes online and the contact form gets rubbish daily. How much is the small plan?"},
	{first: "Tomasz", last: "Przykładowski", company: "Acme Płytki Sp. z o.o.", email: "t.przykladowski@acme-plytki.pl", msg: "Dzień dobry, proszę o demo dla działu handlowego, 6 osób."},
	{first: "Henrike", last: "Vogt", company: "Vogt Physiotherapie", email: "henrike.vogt@posteo.de", msg: "Ich habe eine kleine Praxis. Gibt es einen Tarif für eine einzige Website?"},
	{first: "Dace", last: "Ozola", company: "Ozola Dizains", email: "dace.ozola@inbox.lv", msg: "Labdien, vai jums ir gada abonements ar rēķinu?"},
	{first: "Георги", last: "Петров", company: "Петров Транс ЕООД", email: "g.petrov@abv.bg", msg: "Здравейте, колко струва планът за 10 потребители?"},
	{first: "Olena", last: "Bondar", company: "Bondar Legal", email: "olena.bondar@ukr.net", msg: "Доброго дня, чи можна оплатити карткою з України?"},
	{first: "Ben", last: "Hartley", company: "Hartley Robotics", title: "Head of Quality Assurance", email: "ben.hartley@hartleyrobotics.com", msg: "We'd like to test it on our staging site before buying. Is there a 30-day trial?"},
	{first: "Mira", last: "Kovač", company: "Kovač Keramika", email: "mira.kovac@mailbox.org", msg: "Hi, do you have EU data hosting? We're a small ceramics studio in Zagreb."},
}
