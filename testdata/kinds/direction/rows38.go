package main

// Round thirty-eight (task sealed38), written by hand on 2026-12-08 before
// any detector ran on it, by a writer who read neither the detectors nor
// the earlier rounds' rows: abuse that mostly carries no swear word
// (threats, contempt, stalking of staff, sarcasm, insults spelt around
// filters, transliterated and code-switched), adverts in languages with
// few speakers online, in regional varieties and worded as business
// letters, and genuine buyers from East and West Africa, Central Asia, the
// Pacific and the Andes writing informally with messenger numbers, beside
// angry customers, blunt buyers and firms of the advertised trades asking
// about our product. Sealed, not yet measured: held out and never in a
// model's training data.

var abusive38 = []string{
	"I have your founder's home address now. Nice garden. It would be a pity if something happened to it while he sleeps.",
	"Congratulations on building the only product that gets worse with every update. Truly a gift. Please never email me again, I have better uses for my eyes.",
	"Ask Mehmet in billing if he likes his new flat in Kadıköy. I walked past it yesterday. He should answer my emails faster.",
	"u r a bunch of s.c.u.m b4gs and c0ckr0aches, i will make ur life h3ll, every day a new review, every day a new account",
	"Yeen dafa ñàkk kersa. Bu ngeen ma wooteeti, dinaa ñëw ci seen bureau, ngeen gis li ma def.",
	"Unu bụ ndị nzuzu, ndị ohi. Unu ga-akwụ ụgwọ ihe unu mere m, a ga m achọta unu n'ụlọ unu.",
	"Muri abantu b'ibisambo gusa. Nimwongera kunyandikira nzaza ku biro byanyu, muzabona.",
	"Adala ianareo rehetra ary mpangalatra. Aza manoratra amiko intsony fa ho hitanareo ny vokany.",
	"Waxaad tihiin tuugo iyo doqonno. Haddii aad mar kale ii soo wacdaan, xafiiskiinna ayaan imanayaa.",
	"Сендер ақымақсыңдар, бүкіл компанияңмен. Тағы бір хат жазсаңдар, кеңсеңе барамын, сонда көресіңдер.",
	"Siz ähliňiz ogry we akmak. Ýene bir gezek ýazsaňyz, ofisiňize gelerin, görersiňiz.",
	"Та нар бүгдээрээ хулгайч, тэнэгүүд. Дахиад бичвэл ажлын байранд чинь очно, хүлээж бай.",
	"თქვენ ყველანი ქურდები და სულელები ხართ. კიდევ ერთხელ მომწერთ და ოფისში მოგაკითხავთ.",
	"Denak lapurrak zarete, lotsagabeak. Berriro idazten badidazue, zuen bulegora joango naiz eta ikusiko duzue.",
	"Rydych chi i gyd yn dwp ac yn lladron. Peidiwch byth â chysylltu eto, neu mi ddof i'ch swyddfa.",
	"Intom kollha ħallelin u injoranti. Jekk terġgħu tiktbuli, niġi l-uffiċċju tagħkom u naraw.",
	"Þið eruð aumkunarverð og heimsk. Ef þið skrifið mér aftur kem ég á skrifstofuna ykkar og þá sjáið þið til.",
	"Tomra sob chor, ekdom faltu company. Arekbar mail korle tomader office e ese dekhiye debo ki kora jay. Bujhecho?",
	"Ningalude company oru thattippu aanu, ningal ellarum kallanmaar. Iniyum mail ayachal office il vannu kaanikkam.",
	"Ang kakapal ng mukha nyo, mga manloloko kayo. Isa pang email at pupuntahan ko kayo sa opisina, tignan natin kung tatapang pa kayo.",
	"cac nguoi la lu lua dao, khong biet xau ho. gui them 1 mail nua la tao den tan van phong, cho ma xem.",
	"Sampeyan kabeh iku maling lan goblok. Yen isih ngirim email maneh, tak parani kantormu.",
	"Ou se yon bann vòlè ak sòt. Si nou ekri m ankò, m ap vin jwenn nou nan biwo a, n a wè.",
	"Unu a bare tief an fool-fool people. Sen me one more email an see if mi nuh come dung a unu office.",
	"Wah lao eh, your company damn jialat sia, all the staff also blur like sotong. Email me again I come down personally, see how.",
	"Man dige az dastetun khaste shodam, hame dozd va bisavad. Yek email dige bedid miam daftaretun, mibinid.",
	"Voi toți sunteți niște hoți și proști. Încă un e-mail și vin la sediul vostru, să vedem atunci.",
	"Ti eiste, klebtes kai ilithioi oloi sas. Akoma ena email kai tha erthw sto grafeio sas na ta poume apo konta.",
	"Οι πωλητές σας είναι τόσο ευγενικοί όσο ένα κλειστό παράθυρο. Μπράβο. Βραβείο αχρηστίας, αξίζετε.",
	"ቀጣፊዎችና ደደቦች ናችሁ። እንደገና ብትጽፉልኝ ቢሮአችሁ መጥቼ አሳያችኋለሁ።",
	"Ni wezi tu, kampuni ya kijinga kabisa. Mkinitumia email tena nakuja ofisini kwenu, mtaona moto.",
	"You know what, keep sending. Every email from you I forward to your competitors with a nice comment. Your CEO's personal number is already on three forums. Enjoy.",
}

var multilingualSpam38 = []string{
	"Dear Sir/Madam, We are pleased to inform you that your company has been pre-selected for a business credit line of up to USD 250,000 at 1.9% monthly, no collateral, disbursement within 48 hours. Kindly confirm your interest by replying with your company registration number. Yours faithfully, Credit Desk, Meridian Capital Partners.",
	"Habari! Mikopo ya haraka bila dhamana, hadi Tsh 5,000,000 ndani ya saa 24. Tuma neno MKOPO kwa WhatsApp +255 7I3 44O 912. Riba nafuu kabisa.",
	"Jàmm ak jàmm! Bet bu gëna baax ci Senegaal: bonus 200% ci sa dépôt bu njëkk. Wave walla Orange Money. Telegram: @teranga_bet_sn",
	"Ndewo! Ị chọrọ ịkpata ego site n'ụlọ? Ọrụ ekwentị, ₦50,000 kwa izu, enweghị ahụmahụ. Kpọtụrụ anyị na WhatsApp 0803 xxx 5521 (dee 'ỌRỤ').",
	"Muraho neza! Shora amafaranga yawe muri crypto, wunguke 30% buri kwezi. Abantu 4,000 bamaze kwinjira. Andika kuri Telegram @RwandaCoinClub",
	"Salama tompoko! Fanafody voajanahary ho an'ny lehilahy, hery sy faharetana. Alefa any an-trano, aloa rehefa tonga. Antsoy 034 12 XXX 88.",
	"Сәлеметсіз бе! Инстаграмға 10 000 тірі жазылушы небәрі 15 000 теңгеге. Нәтиже 3 күнде. Жазыңыз: t.me/kz_followers_pro",
	"Салом алейкум! Кредит бе кафил то 30 000 сомонӣ, дар як рӯз. Ба Viber нависед: +992 9OO 11 22 33. Фоизи кам!",
	"Sain baina uu! Ta manai togloomyn saitad burtguulj 100% bonus avaarai. Hyalbar, hurdan mungu tatalt. Link: mnbet88 (tseg) com",
	"გამარჯობა! თქვენი საიტი Google-ში პირველ გვერდზე 30 დღეში, გარანტიით. SEO აუდიტი უფასოდ. მოგვწერეთ: seo.tbilisi.ge [წერტილი] com",
	"Kaixo! Unibertsitateko lanak, tesiak eta proiektuak idazten ditugu, edozein hizkuntzatan, plagiorik gabe. Prezio merkeak. WhatsApp bidez idatzi: +34 6 12 xx xx 90",
	"Prynwch adolygiadau 5 seren ar gyfer eich busnes ar Google a Trustpilot. Pecyn 50 adolygiad am £120. Cysylltwch â ni: reviews-cymru (dot) co (dot) uk",
	"Bongu! Arloġġi Rolex u Omega kopja perfetta, kwalità A+, kunsinna f'Malta fi 3 ijiem. Ikteb lil @replika_mt fuq Telegram.",
	"Sæl og blessuð! Græddu 500.000 kr á mánuði heima hjá þér með því að svara könnunum. Engin reynsla nauðsynleg. Skráðu þig: bit.ly/vinna-heima-is",
	"Kumusta! Gusto mo ng ka-date ngayong gabi? Libu-libong single sa Cebu ug Davao naghulat nimo. Libre pag-sign up: cebu-dating (tuldok) ph",
	"Assalamu alaikum bhai, Dubai mein packing job, salary 2500 dirham, visa free, ticket free. Sirf registration fees 15,000 PKR. WhatsApp karein 03XX-77X1234.",
	"Kem cho! Gold ma invest karo ane 6 mahina ma paisa double. SEBI registered nathi pan 100% safe che. Telegram group join karo: @SonaInvestGJ",
	"Chào anh chị, nhận làm SEO top Google, backlink chất lượng, báo giá từ 3 triệu/tháng. Zalo: 09O8 123 4XX. Cam kết lên top hoặc hoàn tiền.",
	"Sawasdee krap! คาสิโนออนไลน์ ฝาก-ถอน ไม่มีขั้นต่ำ โบนัส 100% สมาชิกใหม่ แอดไลน์ @slot-th888 เลยครับ",
	"ສະບາຍດີ! ກູ້ເງິນດ່ວນ ບໍ່ຕ້ອງມີຫຼັກຊັບ ອະນຸມັດພາຍໃນ 1 ຊົ່ວໂມງ. ຕິດຕໍ່ WhatsApp +856 20 5x xx 77 12",
	"Bonjou! Ou vle pèdi 10 kilo nan yon mwa? Te natirèl Fanm Fò, san egzèsis. Livrezon Pòtoprens, peye lè w resevwa. Rele 3X 12 45 67.",
	"Dobrý den, dovolujeme si Vám nabídnout zápis Vaší firmy do Mezinárodního obchodního rejstříku na rok 2027. Roční poplatek 12 900 Kč bude fakturován po potvrzení přiloženého formuláře. S pozdravem, Oddělení registrací.",
	"Tere! Teenige kuni 1000 € nädalas kodust töötades. Ainult telefon ja 2 tundi päevas. Kirjuta Telegrami: @toootus_kodus_ee",
	"Sveiki! Bitcoin investīcijas ar garantētu peļņu 20% nedēļā. Mūsu eksperts personīgi palīdzēs. Rakstiet WhatsApp +371 2X XX 45 90",
	"Goeie dag, ons bied volgelinge, likes en kyke vir TikTok en Instagram teen die laagste pryse in Suid-Afrika. 5000 volgelinge net R299. WhatsApp: 07X 555 12 34",
	"Namaste ji, hum aapki website ke liye high DA guest post aur backlinks dete hain, sirf $15 per link. Bulk order pe discount. Skype: live:.cid.seo_guru_delhi",
}

var genuine38 = []string{
	"Selam, I am from Addis, we sell coffee export (real coffee lol). Our website form gets many fake orders. Your tool can help? My WhatsApp +251 91 123 4567, English or Amharic ok. Thank you.",
	"Habari, mimi ni Neema kutoka Arusha. Tuna hoteli ndogo ya safari, booking inakuja kupitia fomu ya website lakini spam nyingi sana. Bei yenu ni ngapi kwa mwezi? WhatsApp +255 754 321 098.",
	"Muraho, ndi Eric wa Kigali. We have small logistics company, 6 people. Is there free plan or discount for Africa? Pls WhatsApp me +250 788 123 456, email is slow for me.",
	"Bonjour, je suis Awa de Dakar. Boutique de tissus wax en ligne, beaucoup de commandes viennent de WhatsApp et du formulaire. Est-ce que ça marche avec Wave pour payer? Mon WhatsApp: +221 77 123 45 67",
	"Bonsoir, Abidjan ici. On a un petit cabinet comptable, on veut trier les demandes du site. C'est combien en FCFA par mois? Appelez moi sur WhatsApp +225 07 07 12 34 56 svp, merci d'avance.",
	"Salam alaykum. Душанбе, мы туристическая фирма, 4 человека. Заявки с сайта приходят на почту, много мусора. Можно тест на месяц? Telegram +992 93 555 12 34, лучше туда.",
	"Salam! Ashgabat, small furniture shop. Our website is Turkmen and Russian. Does your form work in Turkmen language? Imo or WhatsApp +993 65 12 34 56. Sagbol.",
	"Сайн байна уу, Улаанбаатар, бид ноолуурын жижиг дэлгүүр. Website form-оо хамгаалах хэрэгтэй. Үнэ хэд вэ? WhatsApp +976 9911 2233, English ok.",
	"Apinun, mi Joseph long Lae. Mipela gat liklik kampani bilong sipim kago. Mi laik save long prais bilong yupela. Plis WhatsApp +675 7123 4567. Tenkyu tru.",
	"Halo, mi Rose long Port Vila. Mifala i gat smol resort, ol booking i kam long website. Plante spam tumas. Hamas prais? WhatsApp +678 77 12345. Tank yu tumas.",
	"Bula! Fiji here, we run dive trips in Taveuni. Booking form gets heaps of junk from bots. Does your thing work when internet is slow on island? Viber +679 912 3456, cheers.",
	"Allillanchu, Cusco manta. Tenemos una agencia chiquita de trekking, hablamos quechua y castellano. El formulario nos llena de basura, cuánto cuesta? Mi wasap +51 984 123 456, gracias yusulpayki.",
	"Buenas, les escribo de Quito. Somos una cooperativa de cacao, 20 socios. Queremos un formulario decente en la web. Manejan precios para ONG o cooperativas? Escríbanme al WhatsApp +593 99 123 4567 porfa.",
	"This is the third time I write. Your widget double-charged my card in November, 49 USD twice. I want the second charge refunded, today. If I hear nothing by Friday I will dispute it with my bank.",
	"Not happy. The spam filter blocked 14 real customers last week, including my biggest client, and I only found out because he phoned me angry. Fix this or give me my money back. Tunde, Lagos, +234 803 123 4567 (WhatsApp).",
	"Ik ben er klaar mee. Al twee weken geen meldingen, support reageert niet. Los het op of zeg mijn abonnement op met terugbetaling van december.",
	"Price. Yearly. 10 users. No call, no demo, just the number please.",
	"Сколько стоит на 5 форм? Без созвонов, просто цифру пришлите.",
	"Hi, we are an online sportsbook licensed in Malta. Our signup and affiliate contact forms get flooded with bonus-hunters and bots. Would your screening work for us, or do you not accept gambling clients? Happy to share licence details.",
	"Hello, we are a microfinance lender in Nairobi (licensed by CBK). Loan application forms get many fake applicants. Can your product check phone numbers from Kenya? Our compliance team would need a DPA.",
	"Buongiorno, siamo un'agenzia SEO di Bologna. Vorremmo usare il vostro filtro sui form dei nostri clienti. Avete un piano per agenzie con più siti e fatturazione unica?",
	"We make protein and vitamin supplements (registered with NAFDAC). Our wholesale enquiry form gets spam that looks like our own adverts, funny enough. Can we whitelist some words? Demo next week would be great.",
	"Hi, forwarding you this message our receptionist got through YOUR form on our site: 'Earn 500 USD daily from home, Telegram @richjob'. Why did this get through? We pay for the filter. Please check.",
	"Hola, les reenvío un mensaje que nos llegó: 'Préstamos sin aval, WhatsApp 555...'. Es la quinta vez esta semana. ¿Pueden revisar por qué no lo bloquea el filtro? Somos clientes desde junio.",
	"Hello, I run a QA testing company in Almaty, we do manual and automated testing for e-commerce. Before recommending your form filter to clients we want to test it ourselves. Do you have a sandbox? WhatsApp +7 701 123 4567.",
	"Manao ahoana, avy any Antananarivo aho. We export vanilla, small company, 8 people. Our contact form in French and English gets many robots. Is it possible to pay by card from Madagascar? WhatsApp +261 34 12 345 67, misaotra.",
	"Dumela, Gaborone. We are a small insurance broker. Our agents give clients their WhatsApp on the form for quotes, please don't block those messages, they are real. Can we set that? Call +267 71 234 567.",
}
