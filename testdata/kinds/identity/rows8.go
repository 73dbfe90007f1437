package main

// Round eight (source kinds-identity-r8), written on 2026-12-07 after
// round seven's lessons were taken (round seven became a tuning round),
// before any detector ran on it and without reading the outsider records
// or their generator; held out: measured once, no rule changed for it.

// vendorPitches8: cold outreach.
var vendorPitches8 = []row{
	{first: "Oliver", last: "Grant", company: "Grantly Studio", email: "oliver@grantlystudio.com",
		msg: "Hi team, we redesigned the onboarding for three fintech apps last quarter and cut drop-off by 40%. Happy to walk you through what we'd change in yours."},
	{first: "Meera", last: "Shah", company: "Shah Analytics", email: "meera@shahanalytics.io",
		msg: "Hello! We can set up a complete BI dashboard for your sales data within two weeks. Could we schedule 20 minutes to show you an example?"},
	{first: "Lukas", last: "Weber", company: "Weber Recruiting", email: "lukas@weber-recruiting.de",
		msg: "Guten Tag, suchen Sie gerade Vertriebsmitarbeiter? Wir haben aktuell drei erfahrene Kandidaten, die zu Ihnen passen würden."},
	{first: "Inès", last: "Bernard", company: "Bernard Traduction", email: "ines@bernard-traduction.fr",
		msg: "Bonjour, je suis traductrice freelance et je peux traduire votre site en anglais et en espagnol. Puis-je vous envoyer mes tarifs ?"},
	{first: "Diego", last: "Navarro", company: "Navarro Growth", email: "diego@navarrogrowth.es",
		msg: "Hola, solo quería saber si vio mi correo de la semana pasada sobre la automatización de su prospección en LinkedIn."},
	{first: "Julia", last: "Santos", company: "Santos Capital", email: "julia@santoscapital.com.br",
		msg: "Oi! Somos um fundo de venture capital focado em SaaS B2B na América Latina. Vocês estão captando uma nova rodada?"},
	{first: "Riccardo", last: "Bruno", company: "Bruno Web", email: "riccardo@brunoweb.it",
		msg: "Buongiorno, abbiamo analizzato il vostro sito: la velocità da mobile è molto bassa. Possiamo sistemarlo in pochi giorni, vi interessa un preventivo?"},
	{first: "Bram", last: "Smit", company: "Smit Data", email: "bram@smitdata.nl",
		msg: "Goedendag, wij leveren actuele adresbestanden van Nederlandse MKB-bedrijven. Zal ik een proefbestand sturen?"},
	{first: "Agnieszka", last: "Krawczyk", company: "Krawczyk HR", email: "agnieszka@krawczykhr.pl",
		msg: "Dzień dobry, pomagamy firmom IT rekrutować programistów w 14 dni. Czy mogę zaproponować krótką rozmowę?"},
	{first: "Igor", last: "Lebedev", company: "Лебедев Софт", email: "igor@lebedevsoft.ru",
		msg: "Здравствуйте! Разработаем мобильное приложение для вашего бизнеса под ключ. Подскажите, с кем можно обсудить?"},
	{first: "Selin", last: "Aydın", company: "Aydın Dijital", email: "selin@aydindijital.com.tr",
		msg: "Merhaba, sosyal medya hesaplarınızı profesyonel olarak yönetebiliriz. Size özel bir teklif hazırlayalım mı?"},
	{first: "Jack", last: "Murphy", company: "Murphy Partnerships", email: "jack@murphypartnerships.com",
		msg: "Hi, I'd love to explore a co-marketing partnership: a joint webinar to both our audiences. Who would be the right person to talk to?"},
	{first: "Aiko", last: "Suzuki", company: "Suzuki Consulting", email: "aiko@suzuki-consulting.jp",
		msg: "Hello from Tokyo! We help Western SaaS companies enter the Japanese market. Would you like to hear how we did it for others?"},
	{first: "Nikos", last: "Papadakis", company: "Papadakis Dev", email: "nikos@papadakisdev.gr",
		msg: "Γεια σας, αναπτύσσουμε εφαρμογές για επιχειρήσεις σε χαμηλό κόστος. Θα θέλατε να μιλήσουμε;"},
	{first: "Ryan", last: "Clarke", company: "Clarke Capital Advisors", email: "ryan@clarkecapital.com",
		msg: "Following up once more - several buyers are interested in acquiring companies like yours. Have you considered an exit?"},
}

// supplementAds8: health adverts.
var supplementAds8 = []row{
	{first: "Heidi", last: "Koch", company: "", email: "heidi.koch.natur@gmx.at",
		msg: "Schluss mit Gelenkschmerzen! Die natürliche Salbe wirkt schon nach wenigen Tagen. Heute 2 Tuben zum Preis von einer."},
	{first: "Sophie", last: "Martin", company: "", email: "sophie.martin.beaute@gmail.com",
		msg: "Retrouvez une peau de 20 ans en 14 jours avec notre sérum au collagène marin. Promotion -60% aujourd'hui seulement !"},
	{first: "Carmen", last: "Ruiz", company: "", email: "carmen.ruiz.vida@hotmail.com",
		msg: "Controla tu azúcar en sangre de forma natural. Miles de personas ya lo usan. Pídelo hoy con 50% de descuento."},
	{first: "Mario", last: "Esposito", company: "", email: "mario.esposito.salute@libero.it",
		msg: "Dimagrisci senza rinunce con le nostre capsule brucia grassi. Spedizione gratuita e pagamento alla consegna."},
	{first: "Jana", last: "Horáková", company: "", email: "jana.horakova@centrum.cz",
		msg: "Zhubněte až 10 kg za měsíc bez diet! Přírodní kapsle nyní za poloviční cenu."},
	{first: "Tom", last: "Baker", company: "", email: "tom.baker.health@outlook.com",
		msg: "Men, get your energy back naturally. Our testosterone booster ships discreetly. Today only: buy 1 get 1 free."},
	{first: "Olena", last: "Shevchenko", company: "", email: "olena.shevchenko@i.ua",
		msg: "Тиск у нормі без таблеток! Натуральний чай для судин. Замовляйте зі знижкою 50%."},
	{first: "Lars", last: "Nygaard", company: "", email: "lars.nygaard.helse@online.no",
		msg: "Slutt med snorking fra første natt! Prøv vår nesespray, nå 50 % rabatt."},
}

// disposable8: throwaway addresses on services no list holds.
var disposable8 = []row{
	{first: "Sophie", last: "Green", company: "Green Home", email: "rubetah7742@nofex.com"},
	{first: "Martin", last: "Klein", company: "Klein IT", email: "kijoret901@pomvix.net"},
	{first: "Ana", last: "Pop", company: "Pop SRL", email: "lavoxi3519@wuxaro.com"},
	{first: "Jon", last: "Moss", company: "Moss Design", email: "h5n2k8q4@zemlo.io"},
	{first: "Tina", last: "Roy", company: "Roy Bakery", email: "tina.roy@burnbox.site"},
	{first: "Eric", last: "Lund", company: "Lund AB", email: "eric@kurzmail.de"},
	{first: "Paula", last: "Gil", company: "Gil Abogados", email: "paula.gil@correo-al-instante.com"},
	{first: "Max", last: "Hart", company: "Hart Media", email: "maxhart@q3w.emailfake.net"},
}

// pitchLookalikes8: genuine leads that read like the junk above.
var pitchLookalikes8 = []row{
	{first: "Grace", last: "Hill", company: "Hill Studio", email: "grace@hillstudio.design",
		msg: "We're a design studio and we redesigned our own site last month - now the contact form gets 50 spam messages a day. Can your tool help?"},
	{first: "Pedro", last: "Lima", company: "Lima Capital", email: "pedro@limacapital.com.br",
		msg: "Somos um fundo de investimento e precisamos filtrar os formulários de contato do nosso site. Qual o valor do plano anual?"},
	{first: "Sanne", last: "Kok", company: "Kok Recruitment", email: "sanne@kokrecruitment.nl",
		msg: "Wij zijn een recruitmentbureau en willen uw formulier op onze vacaturesite gebruiken. Kunnen we een demo inplannen?"},
	{first: "Marek", last: "Nowicki", company: "Nowicki Software", email: "marek@nowickisoftware.pl",
		msg: "Jesteśmy software house'em i chcemy używać Państwa filtra w projektach dla klientów. Czy jest cennik dla agencji?"},
	{first: "Anna", last: "Berg", company: "Berg Hälsa", email: "anna@berghalsa.se",
		msg: "Vi säljer kosttillskott och vill stoppa falska beställningar via formuläret. Vad kostar det?"},
	{first: "Julien", last: "Faure", company: "Faure Santé", email: "julien@fauresante.fr",
		msg: "Bonjour, nous distribuons des compléments alimentaires et souhaitons tester votre filtre. Avez-vous une période d'essai ?"},
	{first: "Omar", last: "Farouk", company: "Farouk Growth", email: "omar@faroukgrowth.ae",
		msg: "Just following up on my earlier question about your API limits - is 10 requests per second enough for a form with 5,000 leads a day?"},
	{first: "Kirsten", last: "Meyer", company: "Meyer Marketing", email: "kirsten@meyer-marketing.de",
		msg: "Wir sind eine Marketingagentur und betreuen 30 Kunden. Gibt es einen Partnertarif, wenn wir Ihr Tool für alle einsetzen?"},
	{first: "Luis", last: "Romero", company: "", email: "luis.romero@telefonica.net",
		msg: "Hola, ¿tienen plan para autónomos?"},
	{first: "Petra", last: "Novak", company: "Novak Dental", email: "petra.novak@t-online.hu",
		msg: "Jó napot, mennyibe kerül az űrlapszűrő egy fogorvosi rendelőnek?"},
	{first: "Daniel", last: "Cohen", company: "Cohen Advisors", email: "daniel@cohenadvisors.com",
		msg: "I advise SaaS companies on acquisitions, and my clients keep asking which form filter to use. Do you have a referral programme?"},
	{first: "Lena", last: "Vogt", company: "Vogt Apotheke", email: "lena@vogt-apotheke.de",
		msg: "Wir sind eine Apotheke mit Onlineshop. Können Sie uns eine Demo zeigen, wie Ihr Filter Bestellformulare schützt?"},
	{first: "Ahmet", last: "Çelik", company: "Çelik Yazılım", email: "ahmet@celikyazilim.com.tr",
		msg: "Merhaba, biz bir yazılım şirketiyiz, müşteri formlarımız için sizin ürününüzü kullanmak istiyoruz. Fiyat alabilir miyiz?"},
	{first: "Hana", last: "Kobayashi", company: "Kobayashi Trading", email: "hana@kobayashi-trading.jp",
		msg: "御社のフォームフィルターについて、料金を教えていただけますか？"},
}
