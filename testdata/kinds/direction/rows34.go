package main

// Round thirty-four (source direction-r34), written on 2026-12-08 by task
// sealed34 before any detector ran on these rows, from the description of
// abuse, multilingual spam and their look-alikes in issue 11 and the
// README's tables only, by a writer who did not read the detectors, their
// docs or any earlier round's rows (only the first lines of rows.go, for
// the format). Languages and shapes chosen away from the usual first
// picks: regional dialects, romanisations, mixed scripts, very short and
// very long messages, business-sounding adverts, polite abuse, spam in
// the form's own language. Names, numbers, handles and domains are
// invented. Sealed, not yet measured: held out, never tuned on.

var abusive34 = []string{
	"With the greatest respect, you are the most incompetent collection of people I have ever had the misfortune to write to. Kind regards.",
	"k",
	"Oi, ya bunch of drongos, ya flamin' galahs couldn't run a chook raffle. Rack off.",
	"Och, ye're a pack o' numpties, the lot o ye. Awa' an bile yer heids.",
	"Kusoyarou domo, nido to renraku suna. Shine.",
	"Nyinyi ni wapumbavu watupu, mmeniibia pesa zangu. Mungu awalaani.",
	"Wuxu tahay doqon, shirkaddiinnu waa tuug. Iga taga!",
	"Yaan arkaa, bunch of bakwaas chor log. Tumhari company band ho jaye, bhikari kahin ke.",
	"Ты чё, совсем берега попутал? Ещё раз напишешь — найду и ноги переломаю.",
	"Ви всі ідіоти безмозкі, щоб вам пусто було.",
	"Боклуци такива, да ви се не види. Ще ви изгоря офиса.",
	"Pička vam materina, lopovi jedni. Vratite mi pare ili ću doć.",
	"Ti si obična budala i tvoja firma je smeće.",
	"Jävla idioter, fattar ni ingenting? Dra åt helvete.",
	"Voi vittu mitä pellejä. Painukaa suohon koko firma.",
	"Din tåbe. Hold op med at skrive til mig, ellers kommer jeg forbi.",
	"Wa zijn jullie toch een stelletje kiekendieven, godverdomme. Ik kom langs, reken maar.",
	"Ihr Gschwollschädl, ihr ghört alle eingsperrt. Schleichts eich!",
	"Hoi zäme, ihr sind eifach Tubel. Gönd doch is Bett und blibed det.",
	"Putain mais vous êtes des bras cassés, j'vais vous défoncer la gueule si j'vous croise, bande de cassos.",
	"Tabarnak, gang de caves. Vous m'avez volé pis j'vas vous faire payer, mes osties.",
	"Boludos de mierda, me afanaron la guita. Ojalá se les prenda fuego la oficina, la concha de su madre.",
	"Cabrones, pinches rateros, ya verán cuando llegue.",
	"Ο διευθυντής σας είναι ένας άχρηστος μαλάκας. Θα σας καταστρέψω.",
	"Ahmaklar sürüsü, sizin gibi dolandırıcılara yazık. Adresinizi biliyorum.",
	"يا ولاد الكلب، يا حرامية، والله لأجيلكم المكتب وأوريكم.",
	"Ya 3ayel 7mar, enta w sherktak zbele. Ma t7ke m3e ba3ed.",
	"ניבלים שכמותכם, תחזירו לי את הכסף או שאני בא אליכם.",
	"你哋班仆街,呃我錢,我實搵到你哋。",
	"너네 진짜 사기꾼 새끼들이야. 죽고 싶냐?",
	"ไอ้พวกโง่ ไอ้ควาย ไปตายซะ",
	"Mga hayop kayo, mga putang ina. Babalikan ko kayo.",
}

var multilingualSpam34 = []string{
	"Dear Sir/Madam, we are a licensed lender offering loans from €5,000 to €5,000,000 at 2% per annum to individuals and firms. No credit check. Contact: fastfinance.loans.eu@gmail.com / WhatsApp +44 7451 220 938",
	"Kredit ohne Schufa! Sofortzusage bis 50.000 €, auch bei negativer Bonität. Jetzt unverbindlich anfragen: kredit-sofort24 . de",
	"Zdravo! Najbolji kazino u regionu – 200% bonus na prvi depozit + 100 besplatnih spinova. Registruj se: bit.ly/balkan-win",
	"Betting tips 100% fixed matches, odds 2.00–50.00, pay after win. Telegram @fixedmatch_king",
	"Mambo! Bashiri na sisi upate bonasi ya KSh 5,000. Tuma SMS 'BET' kwa 29xxx. Ushindi kila siku!",
	"Invest $250 and receive $4,500 in 7 days with our AI trading bot. Guaranteed, regulated, 100% safe. Talk to my manager Mrs. Clara on WhatsApp +1 (302) 555 0147",
	"Bitcoin 投资,每日收益3%,稳赚不赔!加微信 wx: btc8888cn 了解详情。",
	"Kami adalah agensi SEO terpercaya. Naikkan website Anda ke halaman 1 Google dalam 30 hari, garansi uang kembali. Hubungi WA 0812-3456-7890.",
	"Hello, I noticed your website is not ranking on Google for important keywords. I can bring it to the first page. Shall I send you a proposal? Reply 'YES'.",
	"Нужны отзывы на Яндекс Картах и 2ГИС? Живые аккаунты, без списаний, от 150 ₽ за отзыв. Пишите в телегу @otzyv_pro",
	"Buy Instagram followers real & active 🔥 10k = 29$ 👉 followboost . shop",
	"Osta TikTok seuraajia ja tykkäyksiä halvalla! Nopea toimitus, suomalainen palvelu. tiktokkasvu.fi",
	"Potenzmittel ohne Rezept, diskreter Versand, 100 % Original. Viagra, Cialis, Kamagra – günstig bestellen!",
	"Μεγάλωσε το πέος σου 5 εκατοστά σε 30 ημέρες με 100% φυσικό συμπλήρωμα. Παραγγελία με αντικαταβολή!",
	"Zayıflama çayı ile 1 ayda 10 kilo verin! Kapıda ödeme, ücretsiz kargo. Sipariş için 0 532 xxx xx xx",
	"Rolex, Omega, AP — 1:1 super clone watches, Swiss movement, free shipping worldwide. Catalog: wa.me/8613800138000",
	"Louis Vuitton 高仿包包,顶级品质,支持验货。Line ID: luxbag_tw",
	"Essay due tomorrow? Our PhD writers deliver plagiarism-free papers in 3 hours. 20% off today: top-essays . help",
	"Trabajo desde casa, gana 300€ al día solo con tu móvil. Sin experiencia. Escríbeme por WhatsApp al +34 611 23 45 67 y te explico.",
	"ঘরে বসে আয় করুন মাসে ৫০,০০০ টাকা! শুধু মোবাইল দিয়ে। যোগাযোগ: ০১৭১১-২২৩৩৪৪",
	"Pretty russian girls want to meet you tonight 💋 no registration: hot-dates . club",
	"Bună ziua, oferim servicii de marketing digital, creare site-uri și promovare pe Facebook la prețuri imbatabile. Vă putem trimite o ofertă?",
	"Good day. Our company is a certified manufacturer of private-label nutraceuticals (GMP, ISO 22000). We would like to propose cooperation on capsule supplements for your market with MOQ 500 units. Please find our catalogue at nutra-oem . com or reply for samples.",
	"Olá! Ganhe dinheiro com apostas esportivas, sinais gratuitos no nosso grupo do Telegram t.me/sinais_green 💚",
	"Salam aleikum, eng yaxshi kazino! 1000% bonus, depozit uzcard/humo orqali. @uzbet_official",
	"Yo bro wanna make 5k weekly? DM me on insta @richlife_mentor no cap 💸💸",
}

var genuine34 = []string{
	"I bought your annual plan three weeks ago and it has not worked a single day. I want a full refund, not another 'ticket'. If I don't hear back by Friday I'll dispute the charge with my bank.",
	"Ihr habt mir zweimal abgebucht. Das ist eine Frechheit. Bitte erstattet den doppelten Betrag sofort, Rechnungsnummer 2026-11-0432.",
	"Honestly your support is useless, three emails and nothing. Our export to CSV breaks on accents. Can someone competent fix it please?",
	"Price for 40 users. Annual. No demo, no call. Just the number.",
	"Ce truc plante tous les matins à 9h pile. On paie pour ça? Réparez-le ou on résilie, c'est simple.",
	"Wey, el formulario nos está perdiendo leads, ya van como 20 esta semana. Necesito que alguien me llame hoy, urgente.",
	"We run an online casino (licensed in Malta) and need a form filter for our affiliate sign-up page. Does your product handle high volume and multiple languages?",
	"Мы микрофинансовая организация, принимаем заявки на займы через сайт. Подойдёт ли ваш фильтр, чтобы отсеивать ботов? Сколько стоит на 50 тыс. заявок в месяц?",
	"We are a crypto exchange (registered VASP in Lithuania). Our contact form gets hammered by 'investment' spam. Can your product block it without blocking real customers?",
	"Somos una agencia SEO en Medellín con 30 clientes. ¿Tienen plan para agencias o licencias de reventa?",
	"Wir verkaufen Nahrungsergänzungsmittel online und bekommen über unser Kontaktformular viel Müll. Können wir Ihr Produkt 14 Tage testen?",
	"Hi, please reach me on WhatsApp +971 50 123 4567 rather than email — I'm travelling in the Gulf until the 20th and want to discuss a 200-seat licence.",
	"Tafadhali nipigie kwa WhatsApp +255 754 321 098, barua pepe yangu haifanyi kazi vizuri. Tunataka kununua kwa ofisi tatu.",
	"Can you call me on Line? ID kenji_w_office. Our Tokyo team prefers that to email. Thanks.",
	"FYI — this landed in our inbox through YOUR form widget on our site: \"Buy Instagram followers 10k = 29$\". Isn't your filter supposed to stop that? Please check.",
	"Forwarding what our site got last night: \"Kredit ohne Schufa, Sofortzusage\". Third one this week. Is there a setting we missed?",
	"Je vous transfère ce message reçu via notre formulaire (un soi-disant prêteur à 2 %). On a l'offre Pro, pourquoi ça passe ?",
	"We're a small replica-furniture maker (licensed mid-century reproductions) in Leicester. Looking for a tool to sort trade enquiries from timewasters. Pricing?",
	"Ni waandishi wa insha kwa wanafunzi? Hapana — sisi ni chuo, tunahitaji kuchuja maombi ya kujiunga yanayokuja kupitia fomu. Bei gani?",
	"Kami agen perjalanan umroh, banyak calon jamaah isi formulir dan minta dihubungi lewat WA. Apakah sistem Anda bisa tetap menerima nomor WA tanpa dianggap spam?",
	"Vaš proizvod je katastrofa, izgubili smo pola upita. Želim razgovarati s nekim tko zna što radi, ili povrat novca.",
	"yo ur dashboard is trash on mobile lol. fix it and we'll buy 10 more seats",
	"We are a dating app (18+, verified users) based in Austin. Need spam filtering on our partner enquiries form. Can we get a quote for 3 forms?",
	"我们是一家做跨境电商的公司,网站询盘很多都是垃圾信息。你们的产品支持中文吗?价格多少?",
	"Dear team, I am so disappointed. I recommended you to my whole chamber of commerce and now the form blocks our own members. Please call me: +234 803 555 0192.",
}
