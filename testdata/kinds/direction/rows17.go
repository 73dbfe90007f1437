package main

// Round seventeen, written on 2026-12-07 from the description of abuse and
// multilingual spam in issue 11 and the abuse2 task, before any detector
// ran on these rows and without reading the outsider records or their
// generator. Held out: measured once before the rules changed, not tuned
// on. It adds the forms the earlier rounds lacked: masked and spaced
// swearing, sexual harassment, slurs, abuse mixed with spam, abuse in
// Arabic, Hebrew, Greek, Devanagari, Thai, Korean and Japanese, and spam
// for casinos, betting, loans, adult sites and bought reviews with
// disguised links and messenger handles.

var abusive17 = []string{
	// Short insults, masked or spaced.
	"f*ck you",
	"f u c k   o f f",
	"sh1t company, sh1t product",
	"you're all a bunch of a$$holes",
	"STFU and delete my number, m0rons",
	"Go f.u.c.k yourselves.",
	"b!tch, stop emailing me",
	"What a pile of cr@p. Die in a fire.",
	// Longer insults and harassment aimed at the reader.
	"I have told you three times to stop contacting me. You are pathetic, spineless little people and I will make it my mission to leave a bad review everywhere I can find you.",
	"Whoever reads this: you are a worthless excuse for a human being and everyone at your company knows it.",
	"I know where your office is. I'd watch my back if I were you.",
	"Keep calling me and see what happens to your little team.",
	"Your receptionist is hot, send me her number and some pics of her.",
	"Tell the blonde girl from your sales video to call me, I want to show her something ;)",
	"Nice photos of your female staff on the About page. Bet they'd do anything for a sale.",
	"Go back to your own country, you filthy foreigners.",
	"Your whole dev team are retards.",
	// Abuse mixed with spam.
	"You idiots need SEO. Your site is garbage. Message me on telegram @seo_king_77 before you go bankrupt, losers.",
	"Stupid company lol. Make real money here: crypto-x2 dot io",
	// German, French, Spanish, Portuguese, Italian, Dutch, Polish.
	"Ihr seid so dumm, verpisst euch endlich.",
	"Scheiß Laden, ich hoffe ihr geht pleite.",
	"Bande de connards, allez vous faire f*utre.",
	"T'es qu'une merde, toi et ta boîte de nuls.",
	"Sois unos inútiles de m13rda, idos a la mierda.",
	"Hijos de p*ta, os vais a enterar.",
	"Vão se f0der, seus idiotas.",
	"Siete dei coglioni, andate a quel paese.",
	"Stelletje sukkels, rot toch op.",
	"Spierdalajcie, banda debili.",
	// Cyrillic.
	"Идите на х*й, уроды.",
	"Вы тупые идиоты, я вас найду.",
	"С у к и, отстаньте от меня.",
	// Greek, Turkish, Arabic, Hebrew.
	"Είστε ηλίθιοι απατεώνες, αφήστε με ήσυχο.",
	"Siz tam bir aptalsınız, defolun gidin.",
	"أنتم أغبياء ولصوص، توقفوا عن مراسلتي",
	"يا حمير، اتركوني في حالي وإلا ستندمون",
	"אתם אידיוטים ונוכלים, תפסיקו להטריד אותי",
	// Devanagari, Thai, CJK, Korean, Japanese.
	"तुम लोग बेवकूफ़ हो, मुझे परेशान करना बंद करो",
	"कमीने धोखेबाज़, शर्म करो",
	"พวกแกมันโง่ เลิกโทรมาได้แล้ว",
	"你们这帮傻逼，滚！",
	"垃圾公司，一群骗子，去死吧",
	"너희들 진짜 병신이다, 꺼져",
	"お前ら馬鹿か、二度と連絡するな",
	"クソ会社、死ね",
	// Vietnamese, Indonesian, Swedish.
	"Đồ ngu, cút đi.",
	"Dasar bodoh, pergi sana anjing.",
	"Era jävla idioter, lägg av.",
}

var multilingualSpam17 = []string{
	// SEO and reviews.
	"Get 500 five-star Google reviews for your business. Cheap & safe. WhatsApp +44 7700 900123",
	"Buy real Trustpilot reviews, 100% non-drop. Contact telegram: @reviewboss",
	"Rank #1 on Google in 30 days! Visit seo-rocket[.]com now",
	"Продвижение сайтов в ТОП-10 Яндекса. Гарантия. Пишите в телеграм @seo_pro_ru",
	"Прогоны по каталогам, 5000 ссылок за 1000 руб. hxxp://links-fast .ru",
	"网站SEO优化，包上首页，加微信：seo8888",
	"Posicionamiento web en Google garantizado. Escríbenos por WhatsApp +34 600 000 111",
	"Compre avaliações 5 estrelas no Google, entrega rápida. wa.me/5511999990000",
	// Casino and betting.
	"Best online casino 2026 ✅ 200% bonus + 100 free spins 👉 casino-luck (dot) com",
	"Онлайн казино с бонусом 500% — регистрируйся: vulkan-bet . ru",
	"Ставки на спорт без верификации, вывод за 5 минут! t.me/bets_winner",
	"Apuestas deportivas con bono de bienvenida 100%. Regístrate en apuesta-ya dot es",
	"Cassino online com giros grátis! Acesse: bet777 [ponto] com [ponto] br",
	"Situs judi slot gacor hari ini, deposit pulsa tanpa potongan, daftar di slot88 .id",
	"Nhà cái uy tín số 1, tặng 200k khi nạp lần đầu, zalo 0909 123 456",
	"ऑनलाइन कैसीनो में रोज़ जीतें ₹50,000! अभी जुड़ें: t.me/lucky_india",
	"百家乐在线娱乐，注册送88元，网址 w w w . 8 8 8 b e t . c c",
	// Crypto.
	"Double your Bitcoin in 24 hours, guaranteed. Send to our wallet and DM @btc_doubler",
	"Inversión en criptomonedas con 30% de ganancia mensual. Telegram @cripto_rico",
	"Investiere jetzt in Bitcoin – 2000 € am Tag verdienen! Infos: krypto-gewinn · de",
	"Заработок на криптовалюте от 10 000 ₽ в день, пиши в ТГ @cryptoivan",
	"ربح يومي مضمون من تداول العملات الرقمية، تواصل واتساب +971 50 000 0000",
	"USDT套利，日赚千元，联系Telegram：@usdt_king",
	// Loans.
	"Need a loan? Instant approval, no credit check. Apply at quick-cash-loans dot net",
	"Prêt rapide entre particuliers sans frais, contactez-moi: pret.rapide@gmail . com",
	"Préstamos urgentes sin aval, respuesta en 1 hora. WhatsApp +52 55 0000 0000",
	"Займ на карту без отказа за 5 минут: zaim-bystro.ru",
	"Pinjaman online cair dalam 10 menit tanpa BI checking, hubungi WA 0812-0000-0000",
	"Kredit ohne Schufa, sofortige Auszahlung! Jetzt anfragen: kredit24 (punkt) de",
	// Adult.
	"Hot singles in your area want to meet you tonight 🔥 click: bit . ly/hot-dates",
	"Sexy girls waiting for you 18+ 💋 visit girls-cam [dot] live",
	"Знакомства для взрослых без регистрации 18+ intim-chat.ru",
	"Chicas calientes cerca de ti, chatea gratis: citas-hot (punto) com",
	"寂寞美女在线陪聊，加QQ 123456789",
	// Pharma and generic money.
	"Buy Viagra & Cialis online, no prescription needed, discreet shipping: pharma-rx dot biz",
	"Earn $5000/week from home! No experience. Contact Whatsapp +1 555 010 9999",
	"Gagnez 3000€ par semaine depuis chez vous, écrivez-moi sur Telegram @gain_facile",
	"Guadagna 500€ al giorno da casa, scrivimi su WhatsApp +39 333 000 0000",
	"Dapatkan penghasilan tambahan jutaan rupiah per hari, info lengkap di t.me/cuan_harian",
	"Kiếm tiền online 10 triệu/tháng, liên hệ telegram @kiemtien_vn",
}

var genuine17 = []string{
	// Frustrated customers describing a problem.
	"This is the third time the export has failed and I am fed up. Please fix it or refund our last month.",
	"Honestly your support has been terrible this week. Can someone senior call me about our account?",
	"Die Synchronisierung ist schon wieder kaputt, das ist echt ärgerlich. Wann wird das behoben?",
	"C'est inadmissible, notre formulaire ne marche plus depuis hier. Pouvez-vous nous aider ?",
	"Estoy harto, el formulario no envía los correos. ¿Pueden revisarlo hoy?",
	"Это уже третья ошибка за неделю, очень неприятно. Когда исправите импорт?",
	"我们的表单又收不到邮件了，很着急，请尽快联系我们。",
	"النموذج لا يعمل منذ يومين، هذا مزعج جداً. هل يمكنكم المساعدة؟",
	"फ़ॉर्म से ईमेल नहीं आ रहे हैं, कृपया जल्दी ठीक करें।",
	"フォームのメールが届きません。困っています。至急確認をお願いします。",
	// Quoting abuse they received.
	"Our contact form keeps getting messages like \"f*ck you, idiots\" and casino links. Can your filter block those?",
	"We run a women's shelter and receive threats such as \"I know where you are\" through our form. Do you flag threats for review?",
	"Unsere Website bekommt Spam wie „Online Casino Bonus 500%“ und Beleidigungen. Filtert Ihr Tool das auch auf Deutsch?",
	"Nous recevons des messages du type « allez vous faire voir » sur notre formulaire. Votre outil les détecte-t-il ?",
	"Recibimos spam de apuestas y préstamos en nuestro formulario. ¿Su servicio lo filtra en español?",
	"Нам приходит спам про казино и займы через форму на сайте. Ваш сервис это отсеивает?",
	"我们网站经常收到博彩和贷款的垃圾信息，你们的产品能过滤中文吗？",
	"A customer wrote \"you are all scammers\" in our form because of a shipping delay. Can we still route such messages to support instead of discarding them?",
	// Security researchers.
	"Hi, I'm a security researcher. I found a stored XSS in your contact widget and would like to report it responsibly. Do you have a security contact or a bug bounty?",
	"I noticed your form accepts SQL like ' OR 1=1 -- in the company field without escaping the reply e-mail. Happy to share details privately.",
	"Bonjour, chercheur en sécurité ici : votre page de connexion divulgue la version du serveur. Où puis-je envoyer un rapport ?",
	// Casinos, lenders, crypto firms, adult-adjacent and pharmacies asking about our product.
	"We operate a licensed online casino in Malta and get a lot of bonus-abuse signups. Could your form screening work for us? Pricing for 50k leads/month?",
	"We're a sports betting operator in Spain. Does your product support custom rules for our registration form?",
	"Somos una financiera de préstamos personales. ¿Su filtro puede detectar solicitudes falsas en nuestro formulario?",
	"Wir sind ein Kreditvermittler und bekommen viele Fake-Anfragen. Können wir Ihr Tool testen?",
	"We are a crypto exchange and need to screen our partnership form. Do you have an EU data region?",
	"Мы микрофинансовая организация, нам нужен фильтр заявок. Сколько стоит тариф на год?",
	"We run a dating app (18+) and need to keep bots out of our contact form. Could we book a demo?",
	"We're an online pharmacy licensed in Germany. Can your tool block fake prescription requests from our contact form?",
	"We are an SEO agency and want to resell your form filter to our clients. Do you have a partner programme?",
	"我们是一家合法的彩票公司，想了解你们的表单过滤服务价格。",
	// Swearing about themselves or the problem, not at the reader.
	"Damn it, I locked myself out of the dashboard again. Can you reset my 2FA?",
	"Merde, j'ai supprimé le mauvais formulaire. Pouvez-vous le restaurer ?",
	"Joder, he borrado todos los contactos sin querer. ¿Hay copia de seguridad?",
	"Чёрт, я удалил форму. Можно её восстановить?",
	"Shit happens: we imported the wrong CSV. How do we undo it?",
	// Polite requests in other scripts.
	"Κάνετε έκπτωση για μη κερδοσκοπικούς οργανισμούς;",
	"האם יש לכם תמיכה בעברית בטופס?",
	"แบบฟอร์มของคุณรองรับภาษาไทยไหมครับ ขอใบเสนอราคาด้วยครับ",
	"한국어 문의 양식도 지원하나요? 가격표를 보내 주세요.",
}
