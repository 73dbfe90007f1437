package main

// Round twenty-four (task sealed36), written by hand on 2026-12-08 from
// the description of each kind in issue 11 and the task, before any
// detector ran on it, by a writer who never read the detectors, their
// data or the earlier rounds' rows. Its test entries are mostly what real
// QA people and marketers type when they check a form (polite, inside a
// plausible request, with plus-tags or staging hosts or without), in many
// languages; its look-alikes include people who mention testing for a
// reason. Sealed: held out and never in a model's training data. Names,
// firms and domains are invented, except the placeholder names a
// language uses for "anybody" and the throwaway and free-mail services
// named as such.

// testEntries24: someone checking the form, not a lead.
var testEntries24 = []row{
	{first: "Hanna", last: "Köhler", company: "Brightfunnel Digital", email: "hanna.k+relaunch-check@brightfunnel.de", title: "Online-Marketing",
		msg: "Hallo zusammen, wir prüfen nur, ob das Formular nach dem Relaunch sauber in HubSpot ankommt. Bitte nicht antworten, danke!"},
	{first: "テスト", last: "担当", company: "株式会社ミライウェブ", email: "qa+0412@stg.mirai-web.jp",
		msg: "フォーム送信の動作確認です。お手数ですが破棄してください。"},
	{first: "Teste", last: "Teste", company: "Teste", email: "teste123@teste.com.br", phone: "11999999999", msg: "teste teste"},
	{first: "Lucía", last: "Ramírez", company: "Agencia Colibrí", email: "lucia+utm-prueba@agenciacolibri.mx", title: "Marketing",
		msg: "¡Hola! Solo estamos probando que los UTM lleguen bien al CRM, ignoren este mensaje porfa 🙏"},
	{first: "테스트", last: "김", company: "한빛소프트", email: "kim.qa+signup@dev.hanbit-soft.kr",
		msg: "회원가입 폼 QA 진행 중입니다. 무시해 주세요."},
	{first: "Imię", last: "Nazwisko", company: "Nazwa firmy", email: "imie.nazwisko@firma.pl", phone: "+48 000 000 000"},
	{first: "Deneme", last: "Deneme", company: "Deneme A.Ş.", email: "deneme@deneme.com",
		msg: "Bu bir deneme mesajıdır, lütfen dikkate almayınız."},
	{first: "Coba", last: "Coba", company: "-", email: "cobacoba123@gmail.com",
		msg: "tes tes, form nya udah jalan belum ya? cuma ngecek aja kak"},
	{first: "Jaribio", last: "Mteja", company: "Kampuni ya Majaribio", email: "jaribio@majaribio.co.ke",
		msg: "Huu ni ujumbe wa majaribio tu, tafadhali puuza."},
	{first: "Responsable", last: "Marketing", company: "Agence Lumen", email: "marketing@agence-lumen.fr",
		msg: "Test de réception du formulaire après la mise à jour du site, merci de ne pas en tenir compte."},
	{first: "Δοκιμή", last: "Δοκιμή", company: "Δοκιμαστική Α.Ε.", email: "dokimi@dokimi.gr",
		msg: "Αυτό είναι ένα δοκιμαστικό μήνυμα, παρακαλώ αγνοήστε το."},
	{first: "ישראל", last: "ישראלי", company: "חברה בע״מ", email: "israel.israeli.2024@gmail.com", msg: "בדיקה, נא להתעלם"},
	{first: "فلان", last: "الفلاني", company: "شركة تجريبية", email: "form.check.ksa@outlook.com",
		msg: "رسالة تجريبية للتأكد من وصول النموذج، يرجى تجاهلها."},
	{first: "परीक्षण", last: "उपयोगकर्ता", company: "परीक्षण प्रा. लि.", email: "testuser.hi@rediffmail.com",
		msg: "यह केवल परीक्षण है, कृपया ध्यान न दें।"},
	{first: "Nguyễn Văn", last: "A", company: "Công ty TNHH ABC", email: "nguyenvana.abc@gmail.com",
		msg: "test form thôi ạ, bỏ qua giúp em nhé"},
	{first: "Priya", last: "Sharma", company: "Northwind QA", email: "priya.s+uat-build-2291@northwind-staging.io", title: "QA Analyst",
		msg: "Hi team, this is a manual UAT submission for build 2291. Please check it lands in the sales queue with source=contact-sales, then delete it. Thanks!"},
	{first: "Test", last: "Persoon", company: "Testbedrijf B.V.", email: "test.persoon@ziggo.nl", msg: "Even testen of het formulier werkt."},
	{first: "Testi", last: "Testaaja", company: "Testiyritys Oy", email: "testi.testaaja@gmail.com", msg: "Testiviesti, ei tarvitse vastata."},
	{first: "某某", last: "王", company: "某某科技有限公司", email: "wangmoumou@163.com", msg: "表单测试，请忽略"},
	{first: "სატესტო", last: "მომხმარებელი", company: "შპს ტესტი", email: "test@test.ge", msg: "ეს არის სატესტო შეტყობინება."},
	{first: "Sofia", last: "Andersson", company: "Växa Digital", email: "sofia.andersson+abtest-variantB@vaxadigital.se",
		msg: "Hej! Vi testar variant B av landningssidan, ni kan bortse från det här. Mvh Sofia"},
	{first: "Giulia", last: "Bianchi", company: "Studio Bianchi", email: "giulia+test@studiobianchi.it",
		msg: "Scusate, sto solo provando se il modulo funziona dal telefono, non serve rispondere."},
	{first: "Testovací", last: "Uživatel", company: "Zkušební s.r.o.", email: "testovaci.uzivatel@seznam.cz", msg: "Zkouška formuláře."},
	{first: "Juan", last: "dela Cruz", company: "Sample Corp PH", email: "juan.delacruz.test@yahoo.com.ph", msg: "test lang po ito, pakibalewala po"},
	{first: "a", last: "a", company: "a", email: "u7x2k9qf3m@gmail.com", msg: "aa"},
	{first: "ሙከራ", last: "ሙከራ", company: "ሙከራ ኃ.የተ.የግ.ማ.", email: "mukera.test.et@gmail.com", msg: "ይህ የሙከራ መልእክት ነው።"},
	{first: "Менеджер", last: "з продажу", company: "ТОВ «Приклад»", email: "sales.test@ukr.net", msg: "Перевірка форми, не відповідайте."},
	{first: "ทดสอบ", last: "ระบบ", company: "บริษัท ทดสอบ จำกัด", email: "test.system@hotmail.co.th", msg: "ทดสอบการส่งฟอร์มครับ"},
	{first: "Olusegun", last: "Adeyemi", company: "Pixelwave Agency", email: "segun+zapier-test3@pixelwave.ng", title: "Growth lead",
		msg: "Good day. Kindly disregard this submission, we are only confirming the Zapier hook to our client's Slack is firing. Thank you."},
}

// disposable24: throwaway and temporary mail services of many countries,
// and a generated inbox on one, with ordinary requests.
var disposable24 = []row{
	{first: "Rafael", last: "Moreau", company: "Moreau Conseil", email: "rafael.moreau@yopmail.com", msg: "Bonjour, pouvez-vous m'envoyer vos tarifs ?"},
	{first: "Jana", last: "Pietrzak", company: "Pietrzak Logistik", email: "j.pietrzak@trashmail.de"},
	{first: "Khaled", last: "Saeed", company: "Saeed Trading", email: "khaled.s@mohmal.in", msg: "أريد عرض سعر لخمسة مستخدمين"},
	{first: "Emre", last: "Yıldız", company: "Yıldız Yapı", email: "e.yildiz83@tempail.com", msg: "Fiyat listesi alabilir miyim?"},
	{first: "小明", last: "李", company: "明达贸易", email: "xm2025@linshiyouxiang.net", msg: "请发一下报价"},
	{first: "Kevin", last: "O'Brien", company: "OBrien Motors", email: "kevin.obrien@guerrillamail.biz"},
	{first: "Amara", last: "Diallo", company: "Diallo Import", email: "amara.diallo@maildrop.cc", msg: "Can I get a demo next week?"},
	{first: "Ana", last: "Souza", company: "Souza Modas", email: "ana.souza@emailtemporario.com.br", msg: "Quero saber o preço do plano anual."},
	{first: "Pavel", last: "Smirnov", company: "Смирнов и партнёры", email: "pavel.smirnov@dropmail.me", msg: "Нужен счёт на оплату."},
	{first: "Marcel", last: "Lefèvre", company: "Lefèvre & Fils", email: "marcel.lefevre@jetable.org"},
	{first: "Ryo", last: "Sato", company: "Sato Design", email: "r.sato@mailinator.com", msg: "資料を送ってください。"},
	{first: "Iris", last: "Jansen", company: "Jansen Interieur", email: "iris.jansen@spambog.com"},
	{first: "Diego", last: "Fuentes", company: "Fuentes Hnos.", email: "x8f2k1p0q7@10minutemail.net", msg: "Necesito una cotización, gracias."},
}

// identityLookalikes24: genuine leads with a junk identity's look: real
// people whose names are placeholder words somewhere, people with one
// name, firms called Demo or Sample, a waste firm with trash in its name,
// people at small real mail providers, and people who test things for a
// living asking about our product.
var identityLookalikes24 = []row{
	{first: "Renate", last: "Vogel", company: "Prüflabor Vogel GmbH", email: "r.vogel@prueflabor-vogel.de", title: "Laborleiterin",
		msg: "Wir sind ein akkreditiertes Prüflabor und bekommen über unser Anfrageformular viele Spam-Anfragen. Gibt es eine Testphase für zwei Formulare?"},
	{first: "Rahul", last: "Menon", company: "TestCraft QA Services", email: "rahul@testcraftqa.in", title: "Delivery Head",
		msg: "We are a QA outsourcing company. We'd like to test your product on our own lead forms before we recommend it to clients. Is a 30-day trial possible?"},
	{first: "Samuel K.", last: "Doe", company: "Doe Brothers Logistics", email: "samuel.doe@doebrotherslr.com", phone: "+231 77 612 3456",
		msg: "Hello, we are a freight company in Monrovia. How much for the basic plan? Pls WhatsApp me on the number above, network here is not steady."},
	{first: "Margus", last: "Test", company: "Saare Kala OÜ", email: "margus.test@saarekala.ee", title: "Juhataja",
		msg: "Tere, kas teie teenus töötab ka eestikeelsete vormidega? Soovime hinnapakkumist."},
	{first: "Francesca", last: "Demo", company: "Demo Serramenti S.r.l.", email: "francesca@demoserramenti.it", phone: "+39 0423 512 880",
		msg: "Buongiorno, riceviamo molte richieste di preventivo false dal sito. Vorremmo capire i costi per un solo modulo."},
	{first: "Ivan", last: "Ivanov", company: "Ivanov Auto Service", email: "ivan@ivanov-auto.bg", phone: "+359 88 812 3456",
		msg: "Здравейте, имаме автосервиз в Пловдив и формата за записване получава много спам. Каква е цената за една форма?"},
	{first: "Maya", last: "Haddad", company: "Cedarlane Interiors", email: "m.haddad@cedarlane-interiors.com", title: "Marketing Manager",
		msg: "Hi, I'm the one who sent all those test entries from our staging site last week, sorry for the noise! We're happy with the trial and ready to buy the annual plan for four forms."},
	{first: "Mario", last: "Rossi", company: "Rossi Impianti Elettrici", email: "mario@rossimpianti-bergamo.it", phone: "+39 035 221 4470",
		msg: "Salve, sono il titolare di una ditta di impianti elettrici a Bergamo. Il modulo contatti ci porta tanto spam. Quanto costa l'abbonamento annuale?"},
	{first: "Hamidullah", last: "", company: "Kabul Dry Fruits", email: "hamidullah@kabuldryfruits.af", phone: "+93 79 912 3456",
		msg: "Salam, we export dry fruits from Kabul. Our web form gets many fake orders. What is the price? WhatsApp is better for me."},
	{first: "Enkhjargal", last: "", company: "Nomad Felt LLC", email: "enkhjargal.nomadfelt@gmail.com",
		msg: "Hello, we sell felt products from Ulaanbaatar online. Do you have a plan for very small shops?"},
	{first: "Zsófia", last: "Kiss", company: "Kiss Cukrászda", email: "kiss.zsofia@citromail.hu",
		msg: "Jó napot! Érdeklődnék, mennyibe kerül a szolgáltatás egy kis cukrászda honlapjára."},
	{first: "Martin", last: "Hudák", company: "Hudák Stavby", email: "martin.hudak@azet.sk",
		msg: "Dobrý deň, máte aj mesačné predplatné? Ďakujem."},
	{first: "Олена", last: "Мельник", company: "ФОП Мельник", email: "olena.melnyk@i.ua",
		msg: "Доброго дня! Чи можна оплатити гривнею? Нас цікавить річний план."},
	{first: "Thabo", last: "Nkosi", company: "Nkosi Plumbing", email: "thabo.nkosi@mweb.co.za", phone: "+27 82 555 0147",
		msg: "Howzit, how much per month in rand? We get heaps of spam on our quote form. WhatsApp me rather, thanks."},
	{first: "Brigitte", last: "Lambert", company: "Gîtes Lambert", email: "brigitte.lambert@laposte.net",
		msg: "Bonjour, je loue trois gîtes en Dordogne et je reçois beaucoup de messages indésirables. Avez-vous une formule pour particuliers ?"},
	{first: "Aroha", last: "Ngata", company: "Ngata Kai Catering", email: "aroha.ngata@orcon.net.nz",
		msg: "Kia ora, keen to try your filter on our catering enquiry form. Is there a free test period?"},
	{first: "Darnell", last: "Hughes", company: "Trash Masters LLC", email: "dispatch@trashmasters-kc.com", title: "Operations Manager",
		msg: "We're a waste hauling company in Kansas City. Our pickup request form gets spammed daily. Need pricing for two forms."},
}
