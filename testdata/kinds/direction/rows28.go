package main

// Round twenty-eight, written on 2026-12-07 (task abuse5) after round
// twenty-seven was measured, before any detector ran on these rows and
// before the abuse model was trained, without reading the outsider
// records or their generator. Held out: never in the model's training
// data, measured once at the end of that task.

var abusive28 = []string{
	"You people are vultures feeding on small businesses.",
	"honestly who hired you lot, a circus?",
	"Your so-called support is a bad joke told by incompetents.",
	"I'll make sure everyone on every forum knows what crooks you are.",
	"Don't ever contact me again or I'll come down there myself.",
	"Your sales girl has a great ass, tell her I said hi ;)",
	"Rats. Every single one of you.",
	"s-c-u-m-b-a-g-s",
	"Ihr verlogenen Halsabschneider, ich zeige euch an.",
	"Bande de guignols incompétents, allez vous cacher.",
	"Sois una panda de ineptos y estafadores.",
	"Vocês são uma vergonha, seus picaretas.",
	"Siete dei pagliacci incompetenti.",
	"Jullie zijn waardeloze oplichters.",
	"Jesteście bandą złodziei i kłamców.",
	"Вы конченые мошенники, чтоб вам пусто было.",
	"Ви жалюгідні шахраї.",
	"Siz tam bir rezaletsiniz, dolandırıcılar.",
	"Ni är ena jävla bedragare.",
	"Jste banda zlodějů.",
	"Ti si prevarant i lažov.",
	"你们就是一帮骗子加废物",
	"お前らは本当に役立たずの詐欺師だ",
	"너희 같은 사기꾼들은 망해야 돼",
	"أنتم مجموعة من النصابين الأغبياء",
	"तुम सब नालायक धोखेबाज़ हो",
	"אתם נוכלים ושקרנים עלובים",
	"พวกคุณมันพวกหลอกลวงไร้ค่า",
	"Các người là lũ lừa đảo vô liêm sỉ.",
	"Kalian semua penipu tidak berguna.",
}

var multilingualSpam28 = []string{
	"Buy verified Binance accounts, instant delivery, telegram @acc_store",
	"Get 1000 Google reviews for your business, whatsapp +44 7700 900777",
	"Casino bonus 300% today only: spin-palace (dot) vip",
	"Schnelle Kredite ohne Bonitätsprüfung, Telegram @kredit_schnell",
	"Gagnez de l'argent avec le trading automatique, WhatsApp +33 6 12 34 56 78",
	"Compra seguidores reales para Instagram, Telegram @seguidores_ya",
	"Bet no Aviator e ganhe todo dia, link: aviator-bet (ponto) com",
	"Прогоны Хрумером, 10000 ссылок, пишите в телеграм @xrumer_pro",
	"Pożyczki bez BIK od ręki, napisz na WhatsApp 600 100 200",
	"刷好评，淘宝拼多多，加微信 hp8899",
	"副業で月30万円稼げます、LINE ID: money_jp",
	"카지노 첫충 20%, 텔레그램 @casino777",
	"Slot online gacor, bonus new member 100%, WA 0812 3456 7890",
	"تداول العملات الرقمية بأرباح يومية، تيليجرام @crypto_daily",
	"รับทำ SEO ติดหน้าแรก Google ไลน์ @seo_th",
}

var genuine28 = []string{
	"A customer called our staff 'incompetent crooks' in the form. Does your tool flag that as abuse?",
	"We run a pawn shop and get rude messages daily. Can we set our own blocked words?",
	"You people are lifesavers, the new dashboard is brilliant. Can we get an invoice for the annual plan?",
	"I'm annoyed: the form rejected my colleague's address twice. Could support check it?",
	"Honestly, your competitor's tool was a joke. We'd like a demo of yours next week.",
	"Our trust and safety team handles threats in Russian and Polish. Do you support them?",
	"We're a registered crypto exchange in Lithuania. Please send your enterprise pricing.",
	"Somos un casino online con licencia de la DGOJ. ¿Ofrecen periodo de prueba?",
	"Wir sind ein zugelassener Kreditvermittler und brauchen ein Kontaktformular. Was kostet das?",
	"Nous recevons des insultes en arabe et en turc. Votre filtre les détecte-t-il ?",
	"Мы получаем угрозы через форму сайта. Можно ли пересылать их юристу автоматически?",
	"我们是一家合法的借贷平台，想了解你们的价格。",
	"弊社はSEO会社です。顧客20社分のアカウントを作れますか？",
	"저희는 합법적인 스포츠 베팅 회사입니다. 견적 부탁드립니다.",
	"نتلقى رسائل تهديد كثيرة، هل يمكن لمنتجكم تصنيفها؟",
	"हमारे ग्राहक सेवा को धमकी भरे संदेश मिलते हैं। क्या आप मदद कर सकते हैं?",
	"אנחנו חברת ביטוח ומקבלים הודעות פוגעניות. יש לכם גרסת ניסיון?",
	"Kami bank resmi, apakah formulir Anda mendukung bahasa Indonesia?",
	"Sorry for shouting at your rep yesterday. Can we restart the trial?",
	"Please WhatsApp me on +34 612 345 678 about 15 seats, thanks.",
}
