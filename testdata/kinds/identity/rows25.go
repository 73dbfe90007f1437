package main

// Round twenty-five (task sealed37), written by hand on 2026-12-08 before
// any detector ran on it, by a writer who read neither the detectors nor
// the earlier rounds' rows. Test entries by QA people and marketers
// checking a form in many languages (inside a plausible request, with
// plus-tags, staging hosts or not), placeholder people of many cultures,
// roles typed for a name, filler texts and one word in every field;
// throwaway addresses of services from many countries; and the genuine
// people and firms that look like them, some of whom test things for a
// living. Names, firms and domains are invented, except the placeholder
// names a culture uses for "anybody" and the throwaway and mail services
// named as such. Sealed, not yet measured: held out.

var testEntries25 = []row{
	{first: "Kaori", last: "Ishikawa", company: "北風ソフト株式会社", email: "k.ishikawa+stg0412@kitakaze-soft.co.jp", msg: "ステージング環境からのフォーム送信確認です。CRM連携のテストのため、返信は不要です。"},
	{first: "Lea", last: "Brandt", company: "Brandt Kommunikation", email: "lea.brandt+formcheck@brandt-kommunikation.de", title: "Online-Marketing", msg: "Hallo zusammen, wir prüfen gerade, ob die Anfragen aus der neuen Landingpage im CRM ankommen. Bitte einfach ignorieren, danke!"},
	{first: "Anaïs", last: "Perrin", company: "Agence Pixel Roux", email: "anais+recette@pixelroux.fr", msg: "Bonjour, ceci est un envoi de recette pour vérifier la redirection après validation. Merci de ne pas en tenir compte."},
	{first: "Monsieur", last: "Tartempion", company: "Tartempion SARL", email: "m.tartempion@orange.fr", msg: "Je voudrais un devis"},
	{first: "Pinco", last: "Pallino", company: "Ditta Pinco Pallino", email: "pincopallino77@virgilio.it"},
	{first: "Gonbei", last: "Nanashi", company: "名無し商事", email: "gonbei.nanashi@docomo.ne.jp"},
	{first: "Joe", last: "Soap", company: "Soap & Sons Ltd", email: "joe.soap@eircom.net", msg: "just making sure this thing sends"},
	{first: "Fred", last: "Nurk", company: "Nurk Pty Ltd", email: "fred.nurk@bigpond.com"},
	{first: "John Q.", last: "Public", company: "Public Inc.", email: "jqpublic@aol.com"},
	{first: "Mari", last: "Maasikas", company: "Näidis OÜ", email: "mari.maasikas.78@hot.ee", msg: "Proovin lihtsalt vormi, ärge vastake."},
	{first: "Pepito", last: "Pérez", company: "Empresa XYZ S.A.S.", email: "pepito.perez@hotmail.com", msg: "prueba desde el celular, no contestar"},
	{first: "Mengano", last: "Zutano", company: "Mengano y Asociados", email: "mengano@zutano.com.ar"},
	{first: "Juan", last: "dela Cruz", company: "Sample Trading Corp.", email: "juan.delacruz+qa@pinoyshop.ph", msg: "Testing lang po ito para sa inquiry form, pakiignore."},
	{first: "فلان", last: "الفلاني", company: "شركة س", email: "fulan_alfulani@hotmail.com", msg: "تجربة الفورم من الجوال"},
	{first: "ישראל", last: "ישראלי", company: "חברה בע\"מ", email: "yisrael.yisraeli123@012.net.il", msg: "בודק את הטופס, לא לענות"},
	{first: "Foo", last: "Bar", company: "Baz Ltd", email: "foo.bar@foobar.dev", msg: "foo"},
	{first: "Marketing", last: "Team", company: "Northwind Marketing", email: "marketing+utm-test@northwind-outdoor.com", msg: "Checking that the utm_source gets stored with the lead, campaign BF-2026. Please disregard."},
	{first: "Отдел", last: "продаж", company: "ООО Компания", email: "sales@kompaniya-test.ru", msg: "Проверка формы обратной связи после обновления сайта."},
	{first: "ご担当者", last: "様", company: "株式会社サンプル", email: "info@sample-shoji.jp"},
	{first: "Purchasing", last: "Manager", company: "Company Name", email: "purchasing.manager@company.com", msg: "Please send your best price."},
	{first: "Bui", last: "Minh Quan", company: "Quan Dev", email: "quan.bui+e2e-1187@quandev.vn", msg: "Automated e2e run #1187 (playwright) – contact form happy path"},
	{first: "cypress", last: "runner", company: "ci", email: "cypress+2026-12-03T09-14-22@ci.fintrail.io", msg: "cy test: submit with all fields"},
	{first: "Elif", last: "Karaca", company: "Karaca Dijital", email: "elif.karaca@karacadijital.com.tr", msg: "Merhaba, sitedeki formu yeni eklentiyle test ediyoruz, bu mesajı dikkate almayın lütfen."},
	{first: "Sneha", last: "Kulkarni", company: "Kulkarni Infotech", email: "sneha.k@kulkarniinfotech.in", msg: "hi this is just a test from dev server, kindly ignore. ye sirf test hai"},
	{first: "Putri", last: "Rahmawati", company: "Toko Contoh", email: "putri.rahma@tokocontoh.id", msg: "Cuma ngetes form nya aja ya kak, abaikan 🙏"},
	{first: "Idanwo", last: "Idanwo", company: "Idanwo", email: "idanwo@yahoo.com", msg: "idanwo ni o"},
	{first: "Gwaji", last: "Gwaji", company: "Gwaji", email: "gwaji123@gmail.com", msg: "gwaji kawai"},
	{first: "ทดสอบ", last: "ทดสอบ", company: "ทดสอบ", email: "thodsob@hotmail.co.th", msg: "ลองส่งฟอร์มดูครับ"},
	{first: "ggg", last: "ggg", company: "ggg", email: "ggg@ggg.gg", phone: "000000000", msg: "ggg"},
	{first: "Viktor", last: "Boxkämpfer", company: "Sylter Deich GmbH", email: "viktor.boxkaempfer@gmx.net", msg: "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich."},
	{first: "Цитрус", last: "Фальшивый", company: "Экземпляр", email: "sjesh.bulok@rambler.ru", msg: "В чащах юга жил бы цитрус? Да, но фальшивый экземпляр!"},
	{first: "Grzegorz", last: "Brzęczyszczykiewicz", company: "Chrząszczyżewoszyce", email: "g.brzeczyszczykiewicz@o2.pl", msg: "Mężny bądź, chroń pułk twój i sześć flag."},
	{first: "Rana", last: "Khoury", company: "Khoury Events", email: "rana@khouryevents.com", msg: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed cursus ante dapibus diam."},
	{first: "Siosaia", last: "Test", company: "TEST TEST", email: "siosaia.test@tonga-test.to", phone: "+676 0000000", msg: "test test test, pls ignore, from the web guy"},
	{first: "q", last: "w", company: "e", email: "r@t.y", msg: "uiop"},
	{first: "Vardenis", last: "Pavardenis", company: "UAB Įmonė", email: "vardenis.pavardenis@one.lt"},
	{first: "Tizio", last: "Caio", company: "Sempronio S.p.A.", email: "tizio.caio+uat@sempronio.it", msg: "Prova invio modulo da ambiente UAT, non rispondere."},
}

var disposable25 = []row{
	{first: "Kwame", last: "Asante", company: "Asante Ventures", email: "kwame.asante@yopmail.com", msg: "Send me the price list for 10 users."},
	{first: "Sébastien", last: "Morel", company: "Morel Conseil", email: "seb.morel@jetable.org", msg: "Je voudrais tester votre outil."},
	{first: "Jürgen", last: "Wolf", company: "Wolf Haustechnik", email: "j.wolf@wegwerfmail.de"},
	{first: "Bence", last: "Szabó", company: "Szabó Kft.", email: "bence.szabo@fleckens.hu"},
	{first: "Lucie", last: "Bernard", company: "Bernard Déco", email: "lucie.bernard@jourrapide.com"},
	{first: "Daniel", last: "Kipkemboi", company: "Kip Logistics", email: "kipkemboi.d@mailinator.com", msg: "Need demo asap"},
	{first: "Олег", last: "Сидоренко", company: "ТОВ Сидоренко", email: "oleg.sydorenko@dropmail.me"},
	{first: "Yang", last: "Liu", company: "张氏贸易", email: "liuyang2026@bccto.me"},
	{first: "Mere", last: "Tawhiri", company: "Tawhiri Tours", email: "mere.tawhiri@sharklasers.com", msg: "Kia ora, how much for a small team?"},
	{first: "Mateo", last: "Quispe", company: "Quispe Textiles", email: "m.quispe@maildrop.cc"},
	{first: "Nilufar", last: "Karimova", company: "Karimova Group", email: "nilufar.k@trashmail.de"},
	{first: "Hamid", last: "Rezaei", company: "Rezaei Co", email: "q8xk2p7vwz@teleworm.us"},
	{first: "Sione", last: "Fifita", company: "Fifita Holdings", email: "sione.fifita@guerrillamail.com"},
}

var identityLookalikes25 = []row{
	{first: "Thandiwe", last: "Mokoena", company: "Mokoena Testing Laboratories (Pty) Ltd", email: "thandi@mokoenalabs.co.za", title: "Lab Manager", phone: "+27 12 880 4410", msg: "We're an accredited testing lab in Pretoria (ISO 17025). Our sample-intake form receives a lot of junk submissions. Could we trial your filter for a month?"},
	{first: "Aigerim", last: "Seitkali", company: "QA Steppe LLP", email: "aigerim@qasteppe.kz", title: "Head of QA", msg: "We're a software QA outsourcing team in Astana. Before we recommend your product to a client we'd like to test your API in a sandbox. Is there one?"},
	{first: "Nancy", last: "Tester", company: "Tester Family Farms", email: "nancy.tester@testerfarms.com", msg: "Hi, we sell eggs and honey online and the order enquiry form gets spam. How much is the smallest plan?"},
	{first: "Pariksha", last: "Sharma", company: "Sharma Textiles", email: "pariksha.sharma@rediffmail.com", phone: "+91 98290 44120", msg: "Please share pricing for 5 users, we are in Jaipur. WhatsApp preferred."},
	{first: "Андрей", last: "Тестов", company: "Тестов и партнёры", email: "a.testov@inbox.lv", msg: "Добрый день! Интересует тариф для юридической фирмы на 8 человек."},
	{first: "Christopher", last: "Null", company: "Null & Byrne Architects", email: "chris@nullbyrne.ie", msg: "Your form rejected my surname last time. Trying again: we'd like a demo."},
	{first: "Tenzin", last: "Tenzin", company: "Himalayan Handicrafts", email: "tenzin.crafts@gmail.com", msg: "I have only one name, the form made me type it twice. We export carpets from Kathmandu, can we use your tool for our wholesale enquiries?"},
	{first: "Selvi", last: "K.", company: "Selvi Silks", email: "selvisilks@yahoo.co.in", phone: "+91 94431 20877", msg: "Hello sir, small saree shop Kanchipuram. Need simple enquiry form. Rate pls. WhatsApp this number."},
	{first: "Tendai", last: "Moyo", company: "Acme Hardware (Pvt) Ltd", email: "tendai@acmehardware.co.zw", msg: "We are a hardware store in Bulawayo, yes really called Acme since 1978 :) Can we pay in USD by bank transfer?"},
	{first: "Lucía", last: "Mamani", company: "Sample & Hold Audio", email: "lucia.mamani@entelnet.bo", msg: "Hola, hacemos equipos de audio en La Paz. ¿El plan básico incluye exportar a Excel?"},
	{first: "Ivo", last: "Petrov", company: "Прототип ООД", email: "ivo.petrov@abv.bg", msg: "Здравейте, ние сме дизайн студио „Прототип“. Колко струва годишният план?"},
	{first: "Lerato", last: "Dlamini", company: "Dlamini Bakery", email: "lerato.dlamini@telkomsa.net", msg: "Good day, I need a form for cake orders, nothing fancy. Please call or WhatsApp 082 447 1903."},
	{first: "Min-jun", last: "Park", company: "박앤코", email: "minjun.park@nate.com", msg: "안녕하세요, 소규모 무역회사입니다. 데모 가능할까요?"},
	{first: "Jessica", last: "Nguyen", company: "Nguyen Product Testing", email: "jess@nguyenproducttesting.com.au", msg: "I run a consumer product testing panel in Sydney (we send gadgets to testers). Our tester sign-up form is full of bots. Does your filter handle that?"},
	{first: "Carlos", last: "Huamán", company: "Demo Tours Perú", email: "carlos.huaman@demotours.pe", phone: "+51 984 330 211", msg: "Buenas, nuestra agencia se llama Demo Tours (es el apellido de mi socio). ¿Tienen descuento para pymes? Whatsapp al número."},
	{first: "Laila", last: "Azmoun", company: "Azmoun Dental Clinic", email: "laila.azmoun@tpg.com.au", msg: "Hi, dental clinic in Parramatta, we need a booking enquiry form that filters spam. Price for 2 users?"},
}
