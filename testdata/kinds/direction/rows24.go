package main

// Round twenty-four, written on 2026-12-07 (task abuse4) after round
// twenty-three's lessons were taken, before any detector ran on these
// rows and without reading the outsider records or their generator.
// Held out: measured once, not tuned on.

var abusive24 = []string{
	"You're a bunch of spineless frauds and everyone knows it.",
	"Drop dead, the lot of you.",
	"I'm going to show up at your office and you'll be sorry.",
	"Nobody wants your crap, degenerates.",
	"wow ur team is dumb as rocks lol",
	"Your receptionist has a nice body, tell her to call me ;)",
	"Ihr Vollidioten habt mein Geld geklaut.",
	"Allez au diable, escrocs.",
	"Son ustedes unos ladrones de mierda.",
	"Seus idiotas, parem de me mandar lixo.",
	"Siete dei ladri schifosi.",
	"Jullie zijn oplichters en leugenaars.",
	"Идите к чёрту, мошенники.",
	"Ви всі тупі, відчепіться.",
	"Hepiniz aptalsınız.",
	"你们这帮骗子，不得好死",
	"てめえらの会社は詐欺だ",
	"니들 다 사기꾼이야",
	"Kalian semua bajingan.",
	"Lũ khốn nạn các người.",
}

var multilingualSpam24 = []string{
	"Fresh email databases, 1M contacts for $99, telegram @db_seller",
	"Earn 3% daily with our staking pool, join t.me/stake_pool_vip",
	"Fake IDs and passports, best quality, wickr: docs4u",
	"Online-Casino ohne Limit, 150 Freispiele: spin-de punkt com",
	"Bonus de 100 % sur ton premier dépôt, écris-moi sur WhatsApp +33 7 11 22 33 44",
	"Vendo cuentas de Netflix baratas, escribe a mi Telegram @netflix_barato",
	"Ganhe R$ 500 por dia no tigrinho, link na bio: tigrinho (ponto) bet",
	"Раскрутка канала, 500 подписчиков за 199 ₽, пишите @tg_promo",
	"Zarób 2000 zł tygodniowo, szczegóły: kasa-szybko kropka pl",
	"网赚项目，一天赚500元，加V：wz5566",
	"激安ブランドコピー、LINE: brand_copy",
	"고수익 부업, 하루 30만원, 텔레그램 @side_kr",
	"Pinjaman online cair 5 menit, WA 0857 1234 5678",
	"Dịch vụ tăng like Facebook giá rẻ, zalo 0977 111 222",
	"ربح 500 دولار يوميا من التداول، تيليجرام @trade_ar",
}

var genuine24 = []string{
	"We keep getting 'drop dead' messages in our inbox. Does your filter score threats?",
	"I'm going to visit your stand at the Berlin fair — can we book a slot?",
	"We are a licensed casino affiliate. What does the Pro plan cost per month?",
	"Our shop sells phone cases from $5. Can your form capture the order number?",
	"Ich bin echt sauer: die Integration ist seit Montag kaputt. Bitte um Rückruf.",
	"C'est la troisième fois que je vous écris, c'est inacceptable. Merci de répondre.",
	"Somos una casa de apuestas con licencia. ¿Tienen plan anual?",
	"Мы сервис микрозаймов с лицензией ЦБ. Можно демо на следующей неделе?",
	"我们公司经常收到垃圾邮件，你们的产品能过滤吗？",
	"お前らって言葉を使う迷惑メールが多いです。対応できますか？",
	"Kami penyedia pinjaman resmi OJK. Bisa minta penawaran harga?",
	"Please call me on WhatsApp +44 7700 900456, we want 30 seats on the annual plan.",
	"Our old vendor charged 20% more than quoted. What are your terms?",
	"My colleague got 'I know where you live' via our form. Can we escalate those to security?",
	"Sorry for the rant earlier — the export works now. Thanks for the fast fix!",
}
