package main

// Round fourteen (source kinds-identity-r14), written on 2026-12-07 right
// after round thirteen was measured and before any rule of this round's
// task, in the same way: what contact forms receive when people try them
// and throwaway services no list holds, in still other languages and
// shapes, without reading the outsider records or their generator. Sealed
// until the task's rules were done, then measured once: held out.

// testEntries14: someone trying the form.
var testEntries14 = []row{
	{first: "Juan", last: "Pérez", company: "Mi Empresa S.A.", email: "juan.perez@hotmail.es", msg: "esto es una prueba"},
	{first: "Hans", last: "Muster", company: "Muster AG", email: "hans.muster@bluewin.ch"},
	{first: "Sven", last: "Svensson", company: "Företaget AB", email: "sven.svensson@hotmail.se", msg: "test, bortse från detta"},
	{first: "Kari", last: "Nordmann", company: "Eksempel AS", email: "kari.nordmann@online.no"},
	{first: "Anna", last: "Nowak", company: "Przykładowa Firma", email: "anna.nowak@wp.pl", msg: "testowe zgłoszenie, proszę nie odpowiadać"},
	{first: "Jan", last: "Novák", company: "Vzorová firma s.r.o.", email: "jan.novak@seznam.cz"},
	{first: "Тест", last: "Тестенко", company: "ТОВ «Тест»", email: "test.testenko@ukr.net", msg: "тестове повідомлення"},
	{first: "テスト", last: "太郎", company: "テスト株式会社", email: "test.taro@gmail.com", msg: "動作確認"},
	{first: "四", last: "李", company: "测试公司", email: "lisi@qq.com", msg: "这是测试，请忽略"},
	{first: "राम", last: "कुमार", company: "उदाहरण प्राइवेट लिमिटेड", email: "ram.kumar@rediffmail.com", msg: "परीक्षण संदेश, कृपया अनदेखा करें"},
	{first: "علی", last: "تست", company: "شرکت نمونه", email: "ali.test@yahoo.com", msg: "تست"},
	{first: "Jane", last: "Roe", company: "Roe & Roe", email: "jane.roe@gmail.com", msg: "just checking, don't call"},
	{first: "qwe", last: "qwe", company: "qwe", email: "qwe@qwe.qwe", msg: "qwe"},
	{first: "x", last: "x", company: "x", email: "x@x.com", msg: "x"},
	{first: "sdf", last: "sdfsdf", company: "sdfsdf", email: "sdf@sdf.com", msg: "sdfsdfsdf"},
	{first: "1234", last: "1234", company: "1234", email: "1234@gmail.com", msg: "1234"},
	{first: "Hello", last: "World", company: "Hello World Inc", email: "hello@world.com", msg: "hello world"},
	{first: "null", last: "undefined", company: "undefined", email: "null@gmail.com", msg: "undefined"},
	{first: "Peter", last: "Gibbons", company: "Initech", email: "peter.gibbons@initech.com"},
	{first: "Hank", last: "Scorpio", company: "Globex Corporation", email: "hank@globex.com"},
	{first: "Tony", last: "Stark", company: "Stark Industries", email: "tony@starkindustries.com"},
	{first: "Willy", last: "Wonka", company: "Wonka Industries", email: "willy@wonka.com"},
	{first: "Gavin", last: "Belson", company: "Hooli", email: "gavin@hooli.xyz"},
	{first: "Kalle", last: "Anka", company: "Ankeborg AB", email: "kalle.anka@ankeborg.se"},
	{first: "Tintin", last: "Reporter", company: "Château de Moulinsart", email: "tintin@moulinsart.be"},
	{first: "Test", last: "User", company: "Test", email: "admin@test.local"},
	{first: "Demo", last: "Demo", company: "Demo", email: "demo@demo.invalid", msg: "demo"},
	{first: "Nina", last: "Park", company: "Parkly", email: "user@mysite.test", msg: "local dev submission"},
	{first: "Ben", last: "Ortiz", company: "Ortiz Apps", email: "user_8f3a2c@ortizapps.io", msg: "load test 3/500"},
	{first: "Lorem", last: "Ipsum", company: "Dolor Sit Amet GmbH", email: "lorem@ipsum.de", msg: "Lorem ipsum dolor sit amet, consetetur sadipscing elitr."},
	{first: "Κείμενο", last: "Δοκιμής", company: "Εταιρεία", email: "keimeno@gmail.com", msg: "Λορεμ ιψουμ δολορ σιτ αμετ"},
	{first: "Chris", last: "Lang", company: "Lang Digital", email: "chris.lang@gmail.com", msg: "ignore me, just making sure the email notification arrives"},
	{first: "Maria", last: "Silva", company: "Teste Teste", email: "teste@teste.com.br", msg: "teste"},
	{first: "Ahmad", last: "Test", company: "Test Sdn Bhd", email: "ahmadtest@gmail.com", msg: "cubaan sahaja"},
}

// disposable14: throwaway services no list holds.
var disposable14 = []row{
	{first: "Tomasz", last: "Wójcik", company: "Wójcik Meble", email: "tomasz@jednorazowa-poczta.pl"},
	{first: "Marek", last: "Horváth", company: "Horváth Stavby", email: "marek@docasny-email.sk"},
	{first: "Jonas", last: "Kazlauskas", company: "Kazlauskas UAB", email: "jonas@laikinas-pastas.lt"},
	{first: "Anna", last: "Bērziņa", company: "Bērziņa SIA", email: "anna@pagaidu-pasts.lv"},
	{first: "Jose", last: "Reyes", company: "Reyes Bakeshop", email: "jose@pansamantalang-email.ph"},
	{first: "Aisyah", last: "Rahman", company: "Rahman Enterprise", email: "aisyah@emelsementara.my"},
	{first: "Noa", last: "Cohen", company: "Cohen Design", email: "noa@doar-zmani.co.il"},
	{first: "Liam", last: "Byrne", company: "Byrne Joinery", email: "liam.byrne@burnafter.email"},
	{first: "Zoe", last: "Clarke", company: "Clarke Interiors", email: "ahq3x9@mailqz.top"},
	{first: "Omar", last: "Farouk", company: "Farouk Trading", email: "zz9x@inbox-7k.click"},
}

// identityLookalikes14: genuine leads that look like the junk above.
var identityLookalikes14 = []row{
	{first: "Juan", last: "Pérez", company: "Pérez Carpintería", email: "juan@perezcarpinteria.es", msg: "Hola, ¿cuánto cuesta para una web con un formulario de presupuestos?"},
	{first: "Anna", last: "Nowak", company: "Nowak Biuro Rachunkowe", email: "anna.nowak@nowak-biuro.pl", msg: "Czy macie okres próbny?"},
	{first: "Marta", last: "Gil", company: "Desechables del Norte", email: "marta@desechablesdelnorte.mx", msg: "Recibimos pedidos falsos en nuestro formulario. ¿Tienen un plan mensual?"},
	{first: "Derek", last: "Shaw", company: "Test & Measurement Instruments Ltd", email: "derek@tmi-instruments.co.uk", msg: "Could we get a quote for four websites?"},
	{first: "Elena", last: "Demo", company: "Demo Construcciones", email: "elena@democonstrucciones.es", msg: "Queremos filtrar las solicitudes de presupuesto. ¿Precio anual?"},
	{first: "Giorgos", last: "Nikolaou", company: "Nikolaou Hotels", email: "g.nikolaou@nikolaouhotels.gr", msg: "Υπάρχει δοκιμαστική περίοδος; Θέλουμε να το δοκιμάσουμε στη φόρμα κρατήσεων."},
	{first: "Pooja", last: "Sharma", company: "Sharma Textiles", email: "pooja@sharmatextiles.in", msg: "Our developer asks: what happens if a field is sent empty or as null?"},
	{first: "Sanna", last: "Lahtinen", company: "Lahtinen Testaus Oy", email: "sanna@lahtinen-testaus.fi", msg: "Olemme ohjelmistotestausyritys. Paljonko maksaa kolmen sivuston lisenssi?"},
	{first: "Hiroshi", last: "Tanaka", company: "Tanaka Shoji", email: "h.tanaka@tanaka-shoji.co.jp", msg: "無料のテスト期間はありますか？"},
	{first: "Mateo", last: "Sandoval", company: "Sandoval Legal", email: "mateo@sandoval.legal", msg: "We received your newsletter; can we test it on two forms first?"},
	{first: "Ida", last: "Stark", company: "Stark Regnskab", email: "ida@stark-regnskab.dk", msg: "Hvad koster det for et lille revisionsfirma?"},
	{first: "Moritz", last: "Wonka", company: "Wonka Bäckerei", email: "moritz@baeckerei-wonka.de", msg: "Wir bekommen über unser Bestellformular viel Spam. Was kostet das?"},
	{first: "Rania", last: "Aziz", company: "Aziz Cosmetics", email: "rania.aziz@yahoo.com", msg: "Hello, I'm testing a few form filters for our shop. Does yours block fake orders?"},
	{first: "Quentin", last: "Roux", company: "Roux Paysage", email: "q9f2lm@gmx.fr", msg: "Bonjour, est-ce compatible avec Wix ?"},
	{first: "Ahmet", last: "Yılmaz", company: "Yılmaz İnşaat", email: "ahmet@yilmazinsaat.com.tr", msg: "Merhaba, üç kullanıcı için fiyat alabilir miyim?"},
}
