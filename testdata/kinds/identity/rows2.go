package main

// Round two, written after the first round's rules were done and before
// any detector ran on these rows: the same kinds in other words, to see
// how far the rules carry to rows they were not shaped on.

var testEntries2 = []row{
	{first: "Erika", last: "Musterfrau", company: "Beispiel GmbH", email: "erika.musterfrau@beispiel-gmbh.de"},
	{first: "Hans", last: "Dampf", company: "Testfirma", email: "hans@testfirma.at", msg: "Testanfrage bitte ignorieren"},
	{first: "John", last: "Q. Public", company: "Public Inc", email: "jqpublic@gmail.com"},
	{first: "Jane", last: "Roe", company: "Test LLC", email: "jane.roe@outlook.com"},
	{first: "Mengano", last: "Pérez", company: "Compañía Ejemplo", email: "mengano@hotmail.com"},
	{first: "Tizio", last: "Caio", company: "Ditta Esempio", email: "tizio.caio@gmail.com"},
	{first: "Monsieur", last: "Dupont", company: "Entreprise Test", email: "m.dupont@test.fr", msg: "ceci est un test"},
	{first: "Jožko", last: "Mrkvička", company: "Vzorová s.r.o.", email: "jozko@azet.sk"},
	{first: "Anna", last: "Kowalska", company: "Testowa Firma", email: "anna.kowalska@wp.pl", msg: "test formularza"},
	{first: "Пётр", last: "Петров", company: "ООО Пример", email: "petrov@example.ru"},
	{first: "四", last: "李", company: "示例公司", email: "lisi@163.com", msg: "测试"},
	{first: "花子", last: "山田", company: "サンプル株式会社", email: "hanako@example.co.jp"},
	{first: "Gildong", last: "Hong", company: "Sample Co", email: "hong.gildong@gmail.com"},
	{first: "Ploni", last: "Almoni", company: "Almoni Ltd", email: "ploni@walla.co.il"},
	{first: "Minnie", last: "Mouse", company: "Mouse House", email: "minnie@icloud.com"},
	{first: "Daffy", last: "Duck", company: "Pond Ltd", email: "daffy.duck@aol.com"},
	{first: "Bart", last: "Simpson", company: "Kwik-E-Mart", email: "bart@springfield.net"},
	{first: "Luke", last: "Skywalker", company: "Rebel Alliance", email: "luke.skywalker@gmail.com"},
	{first: "Winnie", last: "the Pooh", company: "Hundred Acre", email: "pooh@honey.co.uk"},
	{first: "Pikachu", last: "", company: "Pokémon Center", email: "pikachu@gmail.com"},
	{first: "Santa", last: "Claus", company: "North Pole Toys", email: "santa@northpole.com"},
	{first: "Lorem", last: "Ipsum", company: "Lorem Ipsum GmbH", email: "info@loremipsum.de"},
	{first: "Maria", last: "Lopes", company: "Lopes Consultoria", email: "maria@lopesconsultoria.com.br", msg: "Lorem ipsum dolor sit amet consectetur adipiscing"},
	{first: "Ben", last: "Carter", company: "Carter Media", email: "qa.automation+smoke17@cartermedia.io", msg: "smoke test 17"},
	{first: "UAT", last: "User", company: "UAT", email: "uat+1@brightpay.io"},
	{first: "x", last: "x", company: "x", email: "x@x.de", msg: "x"},
	{first: "aaa", last: "bbb", company: "ccc", email: "abc@abc.com", msg: "ddd"},
	{first: "zxc", last: "zxc", company: "zxc", email: "zxc@mail.ru", msg: "zxc"},
	{first: "Tom", last: "Meyer", company: "Meyer GmbH", email: "tom.meyer@gmail.com", phone: "+49 1234567", msg: "Test test test"},
	{first: "Kari", last: "Nordmann", company: "Nordmann AS", email: "kari@nordmann.no"},
}

var urlInName2 = []row{
	{first: "https://t.me/cryptosignals_vip", last: "", company: "", email: "m.kovac@gmail.com"},
	{first: "Earn money online", last: "www.quick-cash.fun", company: "", email: "aisha.b@yahoo.com"},
	{first: "Maria", last: "cutt.ly/wX9kP", company: "", email: "maria.f@gmail.com"},
	{first: "Hot singles near you", last: "date-now.lol", company: "", email: "j.smith1974@aol.com"},
	{first: "Ваш выигрыш:", last: "priz-2026.online", company: "", email: "sergey.v@mail.ru"},
	{first: "Promo", last: "sale-shoes.store", company: "Shoes", email: "nina.k@gmx.net"},
	{first: "Patrick", last: "Ng", company: "is.gd/Ab12Cd", email: "patrick.ng@gmail.com"},
	{first: "Free gift card", last: "giftcard-claim.space", company: "", email: "lucy.h@hotmail.co.uk"},
	{first: "Hannah", last: "Stein", company: "seo-ranking.xyz", email: "hannah.stein@web.de"},
	{first: "Kasyno online", last: "bonus-kasyno.pl", company: "", email: "marek.z@onet.pl"},
	{first: "Visit", last: "http://pills-shop.biz", company: "Health", email: "tony.g@gmail.com"},
	{first: "Nguyen", last: "Minh", company: "bit.ly/vayvon", email: "nguyen.minh@gmail.com"},
	{first: "Check", last: "my-profile.info", company: "", email: "sara.l@yahoo.com"},
	{first: "Robux gratis en", last: "robux-free.games", company: "", email: "mateo.g@gmail.com"},
	{first: "Empréstimo fácil", last: "credito-ja.site", company: "", email: "ana.p@uol.com.br"},
}

var disposable2 = []row{
	{first: "Kevin", last: "Shaw", company: "Shaw Plumbing", email: "kevin.shaw@mailinator.net"},
	{first: "Lea", last: "Roth", company: "Roth Design", email: "lea.roth@trash-mail.com"},
	{first: "Igor", last: "Belov", company: "Belov Stroy", email: "igor.belov@tempmail.ru"},
	{first: "Anja", last: "Vogt", company: "Vogt Reisen", email: "anja@einwegmail.de"},
	{first: "Sam", last: "Price", company: "Price Motors", email: "sam.price@spambox.us"},
	{first: "Rita", last: "Moreno", company: "Moreno Café", email: "rita.moreno@correodesechable.com"},
	{first: "Theo", last: "Vos", company: "Vos Bouw", email: "theo@wegwerpmail.nl"},
	{first: "Kim", last: "Park", company: "Park Foods", email: "kim.park@guerrillamailblock.com"},
	{first: "Eli", last: "Ross", company: "Ross Legal", email: "eli.ross@tmpmail.org"},
	{first: "Ada", last: "Nowicka", company: "Nowicka Studio", email: "ada@tymczasowa-poczta.com"},
	{first: "Jon", last: "Berg", company: "Berg Data", email: "jon.berg@fakemail.net"},
	{first: "Ugo", last: "Ferri", company: "Ferri Auto", email: "ugo.ferri@emailtemporanea.it"},
	{first: "Mina", last: "Sato", company: "Sato Tea", email: "mina.sato@10minutemail.net"},
	{first: "Paul", last: "Gray", company: "Gray Studio", email: "paul.gray@throwam.com"},
	{first: "Cem", last: "Aksoy", company: "Aksoy Ltd", email: "cem@gecicimail.com.tr"},
}

var invalidEmail2 = []row{
	{first: "Laura", last: "Vidal", company: "Vidal Abogados", email: "laura.vidal@gmail.com.."},
	{first: "Ken", last: "Ito", company: "Ito Trading", email: "ken.ito@yahoo.co.jp."},
	{first: "Sara", last: "Holm", company: "Holm Design", email: "sara.holm@hotmail.cm"},
	{first: "Mark", last: "Jones", company: "Jones Roofing", email: "mark.jones@outlook.om"},
	{first: "Petra", last: "Novak", company: "Novak Dent", email: "petra.novak@gmail.comcom"},
	{first: "Luca", last: "Greco", company: "Greco Vini", email: "luca greco@grecovini.it"},
	{first: "Nadia", last: "Haddad", company: "Haddad Co", email: "nadia.haddad.gmail.com"},
	{first: "Ole", last: "Berg", company: "Berg Fisk", email: "ole.berg@bergfisk"},
	{first: "Iris", last: "Chan", company: "Chan Design", email: "iris@chan@design.hk"},
	{first: "Ahmet", last: "Yıldız", company: "Yıldız İnşaat", email: "ahmet.yildiz@gmaıl.com"},
	{first: "Olga", last: "Smirnova", company: "Смирнова и Ко", email: "olga.smirnova@yandex.ruu"},
	{first: "Jin", last: "Park", company: "Park Co", email: "jin.park@nаver.com"}, // Cyrillic а
	{first: "Eva", last: "Lund", company: "Lund Konsult", email: "eva.lund@outlook.c"},
	{first: "Raúl", last: "Ortiz", company: "Ortiz Hnos", email: "=?UTF-8?B?cmF1bA==?=@ortizhnos.com.ar"},
	{first: "Finn", last: "Meyer", company: "Meyer Bau", email: "finn.meyer@web,de"},
}

var autofill2 = []row{
	{first: "Julia", last: "Santos", company: "Santos Imóveis", email: "julia@santosimoveis.com.br", msg: "", elapsedMS: 2700},
	{first: "Ahmed", last: "Khan", company: "Khan Textiles", email: "ahmed.khan@khantextiles.pk", phone: "0300 123", msg: "quote", elapsedMS: 2500},
	{first: "Eszter", last: "Nagy", company: "Nagy Pékség", email: "eszter@nagypekseg.hu", msg: "Ár?", elapsedMS: 2600},
	{first: "Bruce", last: "Wayne", company: "Wayne Electrical", email: "bruce@wayne-electrical.com.au", msg: "price for 2 users", elapsedMS: 2800},
	{first: "Mario", last: "Rossi", company: "Rossi Trasporti", email: "info@rossitrasporti.it", msg: "Preventivo", elapsedMS: 2400},
	{first: "Chiara", last: "Ricci", company: "Ricci Moda", email: "chiara.ricci@gmail.com", msg: "Demo per favore", elapsedMS: 1800},
	{first: "Kwame", last: "Mensah", company: "Mensah Logistics", email: "kwame@mensahlogistics.com", msg: "", elapsedMS: 2950},
	{first: "Hye-jin", last: "Choi", company: "Choi Beauty", email: "hyejin@choibeauty.kr", msg: "가격 문의", elapsedMS: 2550},
	{first: "Viktor", last: "Orlov", company: "Орлов Групп", email: "v.orlov@orlovgroup.ru", msg: "Цена?", elapsedMS: 2650},
	{first: "Sean", last: "Murphy", company: "Murphy Pubs", email: "office@murphypubs.ie", msg: "free trial?", elapsedMS: 2200},
}

var identityLookalikes2 = []row{
	{first: "María José", last: "García-López", company: "García López Abogados", email: "mj.garcia@garcialopez.es", msg: "¿Pueden enviarnos una propuesta para 15 usuarios?"},
	{first: "Thi", last: "Nguyen", company: "Nguyen Trading", email: "thi.nguyen@nguyentrading.vn", msg: "Chúng tôi cần báo giá cho 10 người dùng."},
	{first: "A.", last: "Sharma", company: "Sharma & Co.", email: "a.sharma@sharmaco.in", msg: "Please share pricing for 25 seats."},
	{first: "J.R.", last: "Martin", company: "Martin Bros. Inc.", email: "jr@martinbros.com", msg: "Do you integrate with HubSpot?"},
	{first: "Chris", last: "Test", company: "Test & Measurement Ltd", email: "chris.test@tmltd.co.uk", msg: "Our sales team of 12 wants a demo."},
	{first: "Sam", last: "Example", company: "Example Foods", email: "sam@examplefoods.com", msg: "Hi, can we get a quote for the team plan?"},
	{first: "Tanja", last: "Muster", company: "Muster Treuhand", email: "tanja.muster@muster-treuhand.ch", msg: "Wir brauchen eine Lösung für unser Kontaktformular."},
	{first: "Li", last: "Na", company: "Na Li Design", email: "lina@nalidesign.cn", msg: "请问有中文界面吗？"},
	{first: "Eve", last: "Dot", company: "Dot Studio", email: "eve@dot.studio", msg: "What does the pro plan include?"},
	{first: "Dr. Klaus", last: "Weber", company: "Praxis Dr. med. Weber", email: "praxis@dr-weber.de", msg: "Ist Ihr Produkt DSGVO-konform?"},
	{first: "Ng", last: "Ka Ho", company: "Ka Ho Ltd.", email: "kaho.ng@kaholtd.hk", msg: "Do you support Traditional Chinese?"},
	{first: "Siobhán", last: "Ní Bhriain", company: "Bhriain Crafts", email: "siobhan@bhriaincrafts.ie", msg: "Is there a charity discount?"},
	{first: "Marie", last: "Curie-Blanc", company: "Labo Test & Mesure", email: "marie@labotestmesure.fr", msg: "Nous cherchons un outil pour nos formulaires de contact."},
	{first: "Tom", last: "Mail", company: "Mail Boxes Etc. Franchise", email: "tom.mail@mbe-franchise.co.uk", msg: "We run 8 stores; can we get a group price?"},
	{first: "Ana", last: "Temp", company: "Temp Solutions", email: "ana.temp@tempsolutions.com", msg: "We are a staffing agency; is there an API?"},
}
