package main

// Round thirty-six (task sealed36), written by hand on 2026-12-08 from the
// description of each kind in issue 11 and the task, before any detector
// ran on it, by a writer who never read the detectors, their data or the
// earlier rounds' rows. It leans away from the obvious: abuse with no
// swear word (threats, contempt, harassment, sarcasm, insults spelt
// around filters, transliterated and code-switched), spam in languages
// with few speakers online, in regional varieties and worded as business
// letters, and genuine buyers from regions rarely seen who write
// informally and give a messenger number. Sealed: held out and never in
// a model's training data. Names, firms, handles, links and numbers are
// invented.

// abusive36: insults, contempt, threats and harassment aimed at the
// reader, most without a swear word.
var abusive36 = []string{
	"Nou se yon bann vòlè. M konnen kote biwo nou ye, m ap vin rann nou yon ti vizit, nou p ap renmen sa.",
	"Nyinyi ni wezi tu, wote. Nitawaonyesha, mtajua mimi ni nani. Msubiri tu.",
	"Ole ni gbogbo yin. E ma pe mi mo, bi beko e maa ri nnkan ti e o ri ri.",
	"እናንተ ሌቦች፣ ሁላችሁም ታፍራላችሁ። ዳግም አትጻፉልኝ።",
	"Waxaad tihiin tuugo been badan. Mar dambe fariin ha ii soo dirina, haddii kale waad arki doontaan.",
	"Nina nizigebengu nje. Ngizonibika emaphoyiseni, ningaphinde ningithinte.",
	"ento sherka 7aramya w mafeesh fekom 7ad 3ando dam. ana 3aref el office bta3kom fein, estanno ya3ni.",
	"nta w dik charika dyalk ghir chfara, ghadi nfdhkom f ga3 les groupes dyal facebook, tsennaw.",
	"Intom grupp ta' ħallelin. Se nara li kulħadd fil-pajjiż ikun jaf x'inhuma intom.",
	"Is sibh an dream is measa dá bhfaca mé riamh. Ná scríobh chugam arís.",
	"Ye're a shower o chancers, the hale lot o ye. Dinnae come greetin tae me when yer wee business gaes doon the stank.",
	"თქვენ ყველანი თაღლითები ხართ. კიდევ ერთხელ მომწერთ და ნახავთ, რაც მოხდება.",
	"Դուք խաբեբաներ եք։ Էլ երբեք ինձ չգրեք, թե չէ կզղջաք։",
	"Siz hamınız fırıldaqçısınız. Bir də mənə yazsanız, peşman olacaqsınız, söz verirəm.",
	"Sizlar firibgarlarsiz. Yana bir marta yozsangiz, ofisingizga o'zim boraman.",
	"Сендер алаяқсыңдар. Тағы хабарлассаңдар, өкінесіңдер.",
	"Wah kya service hai, ekdum ghatiya. Aap log chullu bhar paani mein doob jao, sharam naam ki cheez hi nahi hai.",
	"Unga company oru waste, neenga ellam vetti pasanga. Innoru thadava msg pannunga, unga office ku neraya vanthu pesuren.",
	"Tomra sob chor-batpar. Ar ekbar message dile tomader office er samne dariye sobai ke bolbo tomra ki jinis.",
	"Ang kakapal ng mukha niyo. Sige lang, ipo-post ko kayo sa lahat ng group, tingnan natin kung may bibili pa sa inyo.",
	"Congrats on building the most useless product of the decade. Truly a monument to incompetence. Slow clap from all of us you ignored.",
	"Your support girl's name and photo are on LinkedIn. Maybe I'll message her every evening until one of you answers me. Every. Evening.",
	"y0u ar3 a b u n c h of c.l.o.w.n.s and s c @ m m 3 r s. g0 r0t in a d!tch",
	"ihr seid echt das L-e-t-z-t-e. A.s.o.z.i.a.l.e B@nde, mehr muss man zu euch nicht sagen.",
	"vy vse zhalkie neudachniki, vashu kontoru skoro prikroyut, i ya s udovolstviem v etom pomogu.",
	"Gratuluję, jesteście najbardziej bezużyteczną firmą w internecie. Serio, szacun za konsekwencję w byciu beznadziejnym.",
	"eiste ena tsourmo apateones. tha sas kanw kataggelia pantou kai tha kleisete, to ypografw.",
	"lu lua dao, cho tao biet dia chi van phong di, tao den tan noi noi chuyen voi may dua.",
	"พวกแกมันพวกต้มตุ๋น รอดูเถอะ เดี๋ยวจะไปหาถึงบริษัท",
	"Sizin gibi beceriksizlere para kaptırdığım için kendimden utanıyorum. Umarım batarsınız, hem de yakında.",
	"אתם חבורה של נוכלים. עוד הודעה אחת מכם ואני מגיע למשרד.",
	"shoma ye mosht kolahbardar hastid. montazer bashid, hame ja esmetoon ro kharab mikonam.",
	"Kia ora? Nah. You lot are a joke, kūare katoa koutou. Don't bother replying, I've already told the whole marae about you.",
	"Vous êtes rien qu'une gang de fraudeurs. Inquiétez-vous pas, j'ai votre adresse pis j'vais passer vous voir.",
	"Son unos chantas bárbaros. Ya sé dónde laburan, así que ojito con lo que hacen de acá en adelante.",
}

// multilingualSpam36: adverts and easy-money offers in languages with few
// speakers online, regional varieties and the tone of a business letter.
var multilingualSpam36 = []string{
	"Habari! Mkopo wa haraka bila dhamana hadi Ksh 50,000 ndani ya dakika 5, moja kwa moja M-Pesa. Tuma ujumbe WhatsApp 0712 448 306. Riba nafuu kabisa!",
	"በቀን እስከ 5000 ብር ያግኙ! በክሪፕቶ ኢንቨስትመንት ዛሬውኑ ይቀላቀሉ። ቴሌግራም: @birr_profit_et",
	"Ku guuleyso lacag badan maanta! Sharad ku dhig kubadda cagta, bonus 100% deebaajiga ugu horeeya. Link: bet-soomaal[.]com",
	"Oga, you wan make money from house? Join our forex signal group, 30% profit every week, sure banker no story. DM 0806 112 4471 now now.",
	"Sawubona! Thola imali eyengeziwe usebenza ekhaya, amahora amabili kuphela ngosuku. Thumela u-YES ku 071 555 0192.",
	"Ou bezwen lajan rapid? Nou prete san garanti, ou resevwa l sou MonCash nan 10 minit. Rele oswa WhatsApp +509 3712 4455.",
	"Għażiż Sinjur/Sinjura, aħna aġenzija tal-SEO b'esperjenza ta' għaxar snin. Nistgħu npoġġu l-websajt tagħkom fl-ewwel paġna ta' Google fi żmien 30 jum. Ikkuntattjawna għal kwotazzjoni b'xejn.",
	"Tere! Pakume teie ettevõttele ehtsaid Google'i arvustusi: 50 viietärni arvustust vaid 99 €. Kirjutage meile ja alustame kohe.",
	"Vēlies vairāk sekotāju? 10 000 Instagram sekotāju par 25 €! Ātri, droši, bez paroles. Raksti Telegram @sekotaji_lv",
	"ითამაშე და მოიგე! 200% ბონუსი პირველ შენატანზე, უფასო სპინები ყოველდღე. შემოგვიერთდი: cas1no-geo . com",
	"Ներդրեք այսօր և ստացեք 40% շահույթ ամսական, առանց ռիսկի։ Գրեք մեզ Telegram-ում՝ @amd_invest_pro",
	"Zaminsiz kredit! 5000 AZN-ə qədər bir saat ərzində kartınıza. WhatsApp: +994 55 318 44 77",
	"Uydan turib kuniga 300 000 so'm ishlang! Tajriba shart emas, faqat telefon kerak. Batafsil: t . me/uyda_ish_uz",
	"Ерлер күшін қалпына келтіретін табиғи капсулалар! 100% нәтиже, жасырын жеткізу. Тапсырыс: +7 701 555 23 11",
	"Bi me re bilîze û pere qezenc bike! Bonusa 150% ji bo endamên nû. Girêdan: bet-kurd (dot) net",
	"په کور کې ناست پیسې وګټئ! هره ورځ تر ۲۰۰۰ افغانیو پورې، بې له تجربې. واټساپ: ۰۷۹۹۱۲۳۴۵۶",
	"অ্যাসাইনমেন্ট, থিসিস, রিসার্চ পেপার লিখে দিই কম খরচে। ১০০% প্লেজিয়ারিজম ফ্রি। ইনবক্স করুন বা হোয়াটসঅ্যাপ 01712-000111",
	"ஒரிஜினல் போலவே ரோலக்ஸ் வாட்ச்கள் வெறும் ₹4999! கேஷ் ஆன் டெலிவரி. ஆர்டர் செய்ய வாட்ஸ்அப் 98400 12345",
	"寂寞嗎？今晚想搵人傾偈？好多靚女喺度等緊你，即刻加 WhatsApp 5123 4567 免費識朋友 😘",
	"Boss, nak buat duit lebih? Join group pelaburan kami, untung 20% seminggu confirm ada. PM wasap 012-345 6789 sekarang, slot terhad!!",
	"Dear Sir/Madam, I write on behalf of a reputable investment consortium seeking to partner with established firms in your region. We are prepared to fund viable projects at 3% per annum with a two-year moratorium. Kindly revert with your company profile and direct line for further discussions. Yours faithfully, Dr. Emeka Obi, Director of Funding.",
	"Hoi! Wolle jo ek maklik jild fertsjinje fan hûs út? Klik op ús link en begjin hjoed noch: bit.ly/frysk-jild",
	"Halló! Viltu fá fleiri viðskiptavini? Við komum vefsíðunni þinni efst á Google á 14 dögum, tryggt. Svaraðu þessum pósti fyrir ókeypis úttekt.",
	"Préstamos rápidos sin garante, te depositamos hoy mismo a tu cuenta o a Tigo Money. Escríbenos al WhatsApp 7712 3456, atendemos todo Bolivia.",
	"¿Querés ganar plata desde el celu? Cargá con Mercado Pago y te damos 200% de bono en el casino, retirás al toque. Escribinos al wsp 11 5555-1234.",
	"Precisa de crédito? Emprestamos até 50.000 MT sem fiador, o dinheiro cai no M-Pesa em 30 minutos. Manda mensagem para 84 123 4567.",
	"Vážený pán / Vážená pani, ponúkame vypracovanie bakalárskych a diplomových prác na mieru, diskrétne a v termíne. Cenník Vám radi zašleme na vyžiadanie.",
	"Problemi sa zglobovima? Prirodni gel koji deluje za 7 dana! Poručite sada uz 50% popusta, plaćanje pouzećem, dostava za celu Srbiju.",
	"Öýden işläp günde 500 manat gazanyň! Jikme-jiklikler üçin IMO-da ýazyň: +993 65 12 34 56",
}

// genuine36: buyers from regions rarely seen writing informally with
// messenger numbers, angry customers who want a refund or a fix, blunt
// buyers, firms in spam trades asking about our product, a forwarded
// advert, and people who test things for a living.
var genuine36 = []string{
	"Hi, am in Nairobi, we run a small solar installation company and our website form gets lots of junk. Does ur tool work with WordPress? Pls whatsapp me +254 712 000 431, email is slow for me.",
	"Good afternoon. We are an events company in Accra. How much is the plan for 3 forms? You can reach me on WhatsApp 024 555 1190, I respond faster there.",
	"Pls I want to ask, can I pay in naira or only with a dollar card? We are a small lending fintech in Lagos (yes, loans, before you ask lol) and we want to filter the fake sign-ups on our form.",
	"Bonjour, je suis à Dakar, on a une agence de voyage. Votre outil marche avec les formulaires en wolof et en français ? Mon WhatsApp c'est le +221 77 123 45 67, merci.",
	"Habari, sisi ni kampuni ndogo ya bima hapa Dar es Salaam. Tungependa kujua bei ya mpango wenu kwa fomu mbili. Naomba mnitumie maelezo kwa WhatsApp +255 754 112 233. Asante.",
	"Hello, I'm from Addis. our coffee export co. gets spam every day from our contact page. is there a discount for small business in Africa? telegram @abebe_coffee or +251 911 23 45 67",
	"Здравствуйте, мы из Бишкека, интернет-магазин. Можно оплатить не долларами? Пишите в WhatsApp +996 555 12 34 56, почту редко смотрю.",
	"Сәлеметсіз бе! Біз Алматыдағы шағын компаниямыз. Сіздердің сервис қазақ тіліндегі хабарламаларды түсіне ме? Telegram: +7 707 123 45 67",
	"Assalomu alaykum, Toshkentdan yozyapman. Saytimizdagi forma orqali ko'p spam keladi, sizning xizmatingiz narxi qancha? Telegram: @nodir_tm",
	"Bula! We run a dive resort in Nadi and get heaps of fake bookings through our web form. Does your filter have a trial? Viber or WhatsApp +679 999 1234 is best, internet here is patchy.",
	"Malo e lelei, I manage a small hardware store in Nuku'alofa. How much per month in NZD? Pls msg on WhatsApp +676 77 12345, thanks heaps",
	"Hola, buenas, somos una agencia de turismo en Cusco y nos llegan un montón de mensajes basura por el formulario. ¿Tienen precio en soles o se paga con tarjeta en dólares nomás? Mi wasap 984 123 456.",
	"Buenas tardes, una consultita: ¿su sistema funciona si el formulario está en español y aymara? Somos una cooperativa en El Alto. WhatsApp 71234567, gracias.",
	"Hola, soy de Quito, tenemos una tienda de repuestos. ¿Me pueden escribir al WhatsApp 099 123 4567 para explicarme el plan anual? De antemano gracias.",
	"Bonsoir, on est une petite école privée à Douala, le formulaire d'inscription reçoit trop de faux messages. C'est combien par mois ? Appelez-moi ou WhatsApp au +237 6 77 12 34 56 svp.",
	"Bjr, c'est pour une boutique de pagnes à Abidjan. Votre truc là, ça bloque vraiment les faux messages ? Mon WhatsApp : +225 07 07 12 34 56. Merci d'avance.",
	"Halo, mi stap long Port Vila. Mifala i ronem wan smol tua kampani. Hamas nao praes blong plan blong yufala? Plis WhatsApp +678 555 1234. Tankyu tumas.",
	"Muraho! We are a small tech hub in Kigali and our contact form is full of spam. Do you accept mobile money (MTN MoMo)? WhatsApp +250 788 123 456.",
	"Sain baina uu, we are a tour company in Ulaanbaatar. how much for yearly plan? pls contact on whatsapp +976 9911 2233 or email. thx",
	"Abeg una get plan for small business? Our shop for Kano dey use the form for orders, spam too much. Call or WhatsApp me 0803 123 4567.",
	"Your filter marked our biggest client's order as junk and we lost it. This is unacceptable. I want a refund for this month and someone to explain what happened, today.",
	"Seit dem Update landen alle Anfragen aus Österreich im Prüfordner. Das geht seit drei Tagen so und niemand antwortet. Bitte beheben Sie das sofort, sonst kündige ich.",
	"Bhai 3 din se support ko mail kar raha hoon, koi reply nahi. Refund chahiye warna card se chargeback kar dunga. Order no. NW-44812.",
	"Price for 10 forms. Annual. No call, just send the number.",
	"We operate a licensed online casino (MGA licence). Our sign-up form is hit by bonus abusers and bots. Can your product flag repeated sign-ups on a form, and do you serve gambling companies at all?",
	"Hi, compliance lead at a small crypto exchange in Vilnius. Do you store form data in the EU? We need a DPA before we can start a trial.",
	"Somos una marca de suplementos y vitaminas en Medellín. Nos interesa su filtro para el formulario de distribuidores. ¿Tienen integración con Shopify?",
	"We're a tutoring and essay-feedback platform (not a writing mill!) and half the enquiries on our form are spam offering to write essays, ironically. Can we allow our own keywords so real students get through?",
	"Forwarding this because it came through OUR form yesterday and your filter let it pass: \"Earn 500$ daily from home, WhatsApp +1 555 0100\". Why was it not caught? We're on the Pro plan.",
	"Hello, I'm travelling in Kyrgyzstan for work until the 20th and only have WhatsApp: +996 700 111 222. Please send the quote there or call, our board decides next week.",
	"I review software for a small-business blog and test every product before I write about it. Could I get a test account for two weeks? I'll disclose it in the review.",
	"Nous sommes un laboratoire d'essais (tests de matériaux) à Lyon. Notre formulaire de devis reçoit beaucoup de spam. Pouvez-vous nous faire une démonstration ?",
	"We're a QA and test automation firm in Kraków. Our testers hit our own contact form with test submissions all day. Can your tool ignore entries from our office IP so they don't pollute the stats?",
	"Ciao, siamo un'app di incontri a Milano. Riceviamo moltissime iscrizioni false tramite il form. Il vostro servizio riconosce i profili finti? Scrivetemi anche su WhatsApp +39 347 123 4567.",
}
