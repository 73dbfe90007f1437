package main

// Round eleven (source kinds-identity-r11), written on 2026-12-07 after
// rounds nine and ten, for the classes the outsider set still let
// through: public suffixes typed twice or in the wrong order, free-mail
// brands under a country code they do not use, throwaway services named
// in other languages, crawlers and clients that post forms, and health
// adverts; with their look-alikes. Written before any detector ran on
// it, without reading the outsider records or their generator.

// invalidEmail11: addresses no mail server would take.
var invalidEmail11 = []row{
	{first: "Lucas", last: "Almeida", company: "Almeida Engenharia", email: "lucas.almeida@hotmail.com.br.br"},
	{first: "Rina", last: "Sato", company: "Sato Shoji", email: "rina.sato@satoshoji.co.jp.jp"},
	{first: "Dylan", last: "Moore", company: "Moore Plumbing", email: "dylan.moore@mooreplumbing.com.com"},
	{first: "Priya", last: "Nair", company: "Nair Spices", email: "priya.nair@yahoo.in.co"},
	{first: "Javier", last: "Molina", company: "Molina Seguros", email: "javier.molina@gmail.es"},
	{first: "Emma", last: "Dubois", company: "Dubois Fleurs", email: "emma.dubois@hotmail.fe"},
	{first: "Kwame", last: "Mensah", company: "Mensah Cocoa", email: "kwame.mensah@outlook.gh"},
	{first: "Anja", last: "Novak", company: "Novak Pekarna", email: "anja.novak@gmial.si"},
	{first: "Bruno", last: "Costa", company: "Costa Vidros", email: "bruno.costa@hotnail.com.br"},
	{first: "Ingrid", last: "Lund", company: "Lund Regnskap", email: "ingrid.lund@outlook.co"},
	{first: "Marek", last: "Dvořák", company: "Dvořák Stavby", email: "marek.dvorak@seznam.cz.cz"},
	{first: "Aylin", last: "Demir", company: "Demir Tekstil", email: "aylin.demir@hotmail.com.tr."},
	{first: "Chen", last: "Wei", company: "Wei Electronics", email: "chen.wei@qq.con"},
	{first: "Sofia", last: "Greco", company: "Greco Ceramiche", email: "sofia.greco@yahoo.itt"},
	{first: "Hannah", last: "Becker", company: "Becker Bau", email: "hannah.becker@gmx.dee"},
	{first: "Oscar", last: "Nilsson", company: "Nilsson Måleri", email: "oscar.nilsson@gmail.se"},
	{first: "Zanele", last: "Dlamini", company: "Dlamini Foods", email: "zanele@dlaminifoods.co.za.za"},
	{first: "Paul", last: "Martin", company: "Martin Avocats", email: "paul.martin@orange.fr.com"},
}

// fastBots11: clients and crawlers that post the form.
var fastBots11 = []row{
	{first: "Henrik", last: "Dahl", company: "Dahl Fisk", email: "henrik@dahlfisk.no", elapsedMS: 1500,
		ua: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", lang: none},
	{first: "Clara", last: "Vogel", company: "Vogel Reisen", email: "clara@vogel-reisen.de", elapsedMS: 2200,
		ua: "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", lang: "en"},
	{first: "Diego", last: "Rojas", company: "Rojas Café", email: "diego@rojascafe.co", elapsedMS: 600,
		ua: "okhttp/4.12.0", lang: none},
	{first: "Mina", last: "Park", company: "Park Cosmetics", email: "mina@parkcosmetics.kr", elapsedMS: 4000,
		ua: "Mozilla/5.0 (compatible; DotBot/1.2; +https://opensiteexplorer.org/dotbot)", lang: none},
	{first: "Victor", last: "Leroy", company: "Leroy BTP", email: "victor@leroy-btp.fr", elapsedMS: 300,
		ua: "Java/17.0.9", lang: none},
	{first: "Agnieszka", last: "Wójcik", company: "Wójcik Meble", email: "a.wojcik@wojcikmeble.pl", elapsedMS: 1900,
		ua: "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", lang: none},
	{first: "Samuel", last: "Okafor", company: "Okafor Logistics", email: "samuel@okaforlogistics.ng", elapsedMS: 5000,
		ua: "Wget/1.21.4", lang: none},
	{first: "Lena", last: "Hofmann", company: "Hofmann Apotheke", email: "lena@hofmann-apotheke.at", elapsedMS: 80,
		ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36", lang: "de-AT"},
	{first: "Marco", last: "Ricci", company: "Ricci Vini", email: "marco@riccivini.it", elapsedMS: 2600,
		ua: "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", lang: none},
	{first: "Yusuf", last: "Çelik", company: "Çelik Otomotiv", email: "yusuf@celikotomotiv.com.tr", elapsedMS: 1200,
		ua: "axios/1.7.7", lang: none},
	{first: "Eva", last: "Horvat", company: "Horvat d.o.o.", email: "eva@horvat.hr", elapsedMS: 3000,
		ua: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", lang: "zh-CN"},
	{first: "Tim", last: "Walsh", company: "Walsh Joinery", email: "tim@walshjoinery.ie", elapsedMS: 700,
		ua: "PostmanRuntime/7.42.0", lang: none},
}

// disposable11: throwaway services no list holds, named in many languages.
var disposable11 = []row{
	{first: "Giulia", last: "Ferri", company: "Ferri Arredi", email: "giulia@postausagetta.it"},
	{first: "Jan", last: "de Vries", company: "De Vries Installatie", email: "jan@wegwerpmail.nl"},
	{first: "Ana", last: "Lima", company: "Lima Doces", email: "ana.lima@caixadescartavel.com"},
	{first: "Kasia", last: "Zielińska", company: "Zielińska Studio", email: "kasia@jednorazowka.pl"},
	{first: "Mathis", last: "Petit", company: "Petit Garage", email: "mathis@courrieljetable.net"},
	{first: "Elif", last: "Şahin", company: "Şahin Gıda", email: "elif@gecicikutu.com"},
	{first: "Oskar", last: "Lindgren", company: "Lindgren Data", email: "oskar@tillfalligpost.se"},
	{first: "Pavel", last: "Sokolov", company: "Sokolov Trans", email: "pavel@vremennayapochta.ru"},
	{first: "Marta", last: "Vidal", company: "Vidal Joyas", email: "marta@correovolatil.es"},
	{first: "Lars", last: "Møller", company: "Møller VVS", email: "lars@quickinboxly.com"},
	{first: "Noah", last: "Fischer", company: "Fischer Druck", email: "noah@mailflux24.xyz"},
}

// supplementAds11: health adverts without links.
var supplementAds11 = []row{
	{first: "Mandy", last: "Cole", company: "", email: "mandy.cole.glow@gmail.com",
		msg: "Tired of joint pain? Our collagen chews work in 10 days or your money back. Only 3 bottles left at this price!"},
	{first: "Frank", last: "Weber", company: "", email: "frank.weber.vital@web.de",
		msg: "Endlich wieder volle Haare! Das Haarwuchs-Serum aus der Apotheke, jetzt 50 % reduziert. Nur solange der Vorrat reicht."},
	{first: "Lucía", last: "Navarro", company: "", email: "lucia.navarro.salud@hotmail.es",
		msg: "Controla el azúcar en sangre de forma natural con nuestras cápsulas de canela. ¡Pide hoy y paga al recibir!"},
	{first: "Giovanni", last: "Russo", company: "", email: "giovanni.russo.salute@libero.it",
		msg: "Pressione alta? Il nostro integratore naturale la riporta normale in due settimane. Offerta limitata: 2 confezioni al prezzo di 1."},
	{first: "Olga", last: "Ivanova", company: "", email: "olga.ivanova.krasota@mail.ru",
		msg: "Избавьтесь от грибка ногтей навсегда! Крем нового поколения, скидка 70% только сегодня. Доставка по всей России."},
	{first: "Sophie", last: "Lefèvre", company: "", email: "sophie.lefevre.minceur@orange.fr",
		msg: "Perdez 8 kilos en un mois sans régime grâce à nos gélules brûle-graisses. Livraison offerte, paiement à la réception."},
	{first: "Joana", last: "Rocha", company: "", email: "joana.rocha.saude@gmail.com",
		msg: "Acabe com as varizes em 21 dias com o nosso gel natural. Só hoje: compre 1 e leve 2!"},
	{first: "Bart", last: "Janssen", company: "", email: "bart.janssen.gezond@hotmail.nl",
		msg: "Beter horen zonder hoortoestel! Onze natuurlijke druppels helpen binnen een week. Nu met 50% korting."},
	{first: "Ayşe", last: "Yıldız", company: "", email: "ayse.yildiz.saglik@gmail.com",
		msg: "Kilo vermek hiç bu kadar kolay olmamıştı! Bitkisel zayıflama çayı şimdi %60 indirimde, kapıda ödeme."},
}

// lookalikes11: genuine leads like the junk above.
var lookalikes11 = []row{
	{first: "Fernanda", last: "Souza", company: "Souza Contabilidade", email: "fernanda@souzacontabil.com.br"},
	{first: "Kenji", last: "Mori", company: "Mori Seisakusho", email: "k.mori@mori-ss.co.jp"},
	{first: "Ewa", last: "Nowak", company: "Nowak Księgowość", email: "ewa.nowak@wp.pl"},
	{first: "Thabo", last: "Nkosi", company: "Nkosi Builders", email: "thabo@nkosibuilders.co.za"},
	{first: "Isabel", last: "Ortiz", company: "Ortiz Abogados", email: "isabel.ortiz@gmail.com", elapsedMS: 2100,
		ua: "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36", lang: "es-ES,es;q=0.9"},
	{first: "Rafael", last: "Pinto", company: "Pinto Imóveis", email: "qx7v2k9m@proton.me"},
	{first: "Lotte", last: "Visser", company: "Visser Bloemen", email: "lotte@visser.amsterdam"},
	{first: "Mattia", last: "Conti", company: "Conti Viaggi", email: "mattia.conti@tiscali.it"},
	{first: "Dana", last: "Levi", company: "Levi Optics", email: "dana@levi.co.il"},
	{first: "Ömer", last: "Arslan", company: "Arslan Lojistik", email: "omer@arslan.com.tr", elapsedMS: 2700,
		ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", lang: "tr-TR,tr;q=0.9"},
	{first: "Jakub", last: "Černý", company: "Černý Software", email: "jakub@cerny.dev"},
	{first: "Grace", last: "Liu", company: "Liu Tea House", email: "grace.liu@outlook.com.au"},
	{first: "Amara", last: "Obi", company: "Obi Health", email: "amara@obihealth.ng",
		msg: "We sell herbal teas online and get fake orders every week through our order form. Does your filter work for WooCommerce?"},
	{first: "Sven", last: "Kraus", company: "Kraus Werkstatt", email: "sven.kraus@t-online.de"},
	{first: "Maya", last: "Cohen", company: "Cohen Design", email: "maya@cohen.design"},
	{first: "Hiroshi", last: "Tanaka", company: "Tanaka Trading", email: "h.tanaka@yahoo.co.jp"},
	{first: "Chiara", last: "Galli", company: "Galli Studio", email: "chiara.galli@gmail.com", elapsedMS: 2400,
		ua: "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", lang: "it-IT,it;q=0.9"},
	{first: "Lea", last: "Meier", company: "Meier Treuhand", email: "lea.meier@bluewin.ch"},
}
