package main

// Round thirty-three (source direction-r33), written on 2026-12-07 by task
// sealed33 before any detector ran on these rows, from the description of
// the kinds in issue 11 and the README's tables only, by a writer who did
// not read the detectors, their docs or any earlier round's rows (only the
// first lines of rows32.go, for the format). Chosen on purpose away from
// the first languages a careful writer picks: African, South and South-East
// Asian, Caucasian and Central Asian languages, regional dialects, Arabizi,
// Finglish, creoles and pidgins, code-switched mixes, polite abuse, adverts
// that read like business letters, very short and very long messages, and
// genuine senders who look like them. Sealed, not yet measured: held out,
// never tuned on and never in a model's training data.

var abusive33 = []string{
	"Nyinyi ni wezi watupu, mmenila pesa zangu. Mungu awalaani nyote na kampuni yenu ya kijinga.",
	"Una be thief people, useless company wey no get shame. Una go see wetin I go do una, mumu dem.",
	"Ẹ̀yin olè burúkú, ẹ ò ní rí ire. Ẹ má tún kọ̀wé sí mi mọ́.",
	"Nizinja ezingenamahloni nina, ningabuye ningithumelele lutho. Voetsek!",
	"Mga hayop kayo, ang bobo ng customer service niyo. Sana malugi kayo lahat, mga putang ina.",
	"Korang ni memang penipu, bodoh semua. Jangan ganggu aku lagi, babi.",
	"พวกมึงมันโกง ไอ้ควาย บริษัทห่วยแตก ไปตายซะ",
	"Đồ lừa đảo, công ty rác rưởi. Tụi mày cút hết đi, đừng nhắn tin cho tao nữa.",
	"ক্যাম ব্যাবসা করিস রে শুয়োরের বাচ্চারা? টাকা মেরে খাস, লজ্জা করে না?",
	"நீங்க எல்லாம் ஏமாற்றுக்காரர்கள், வெட்கமில்லையா? போய் தொலைங்க.",
	"Tum log ekdum chor ho yaar, bewakoof company. Bhaad mein jao sab, mera number delete karo abhi ke abhi.",
	"ਤੁਸੀਂ ਸਾਰੇ ਠੱਗ ਹੋ, ਸ਼ਰਮ ਕਰੋ ਕੁਝ। ਮੇਰਾ ਪਿੱਛਾ ਛੱਡੋ।",
	"თქვენ ყველანი თაღლითები ხართ. სირცხვილი თქვენ!",
	"Դուք խաբեբաներ եք, ամոթ ձեզ։ Էլ ինձ չգրեք։",
	"Сендер алаяқсыңдар, ұят жоқ па сендерде? Маған енді жазбаңдар.",
	"Siz hammangiz firibgarsiz, uyat sizlarga. Menga boshqa yozmanglar, ahmoqlar.",
	"Siz yalançı fırıldaqçılarsınız, rədd olun başımdan!",
	"Mamma tiegħek, x'kumpanija ta' ħmir. Qatt iżjed ma nixtri mingħandkom, serq.",
	"Þið eruð aumingjar og þjófar. Farið til fjandans.",
	"Ta sa olete üks paras petturite kamp. Kaduge minu silmist.",
	"Jūs esat krāpnieki un idioti, lai jūs velns parauj.",
	"Dear Sir or Madam, I hope this message finds you as miserable as your product has made me. Please accept my sincere wish that your company goes bankrupt at the earliest convenience. Kind regards.",
	"Sehr geehrte Damen und Herren, mit freundlichen Grüßen teile ich Ihnen mit, dass Sie ein Haufen unfähiger Vollpfosten sind. Hochachtungsvoll.",
	"wa7ed l3iba dyalkom, nta w chariktek kamlin chfara. sir t9awed, ma tb9awch tsifto liya",
	"shoma ha hame dozd hastin, khejalat bekeshid. dige be man payam nadid, ahmagha",
	"ሌቦች ናችሁ፣ አታፍሩም? ገንዘቤን መልሱ ደደቦች።",
	"あんたらほんまアホちゃうか。金返さんかったら会社まで行ったるからな、覚えとけ。",
	"你哋班仆街呃錢公司，唔好再send嘢俾我，死全家。",
	"yo. scammers. all of you.",
	"Nou se yon bann vòlè, sal konpayi. Kite m anpè, pa janm ekri m ankò, tande!",
}

var multilingualSpam33 = []string{
	"Mkopo wa haraka bila dhamana! Pata hadi TSh 2,000,000 ndani ya dakika 10. Tuma neno MKOPO kwenda 0754 xxx 218 au WhatsApp +255 754 310 218.",
	"Bet9ja don cast! Correct score 2 odds sure banker today, 100% fixed match. Pay ₦5,000 only, DM @fixedodds_king on Telegram. No dey dull.",
	"Kumita ng ₱3,000 araw-araw kahit nasa bahay lang! Work from home, cellphone lang kailangan. Message mo lang kami sa FB page: Raket Online PH",
	"Pinjaman online cair 5 menit tanpa BI checking, bunga rendah. Hubungi WA 0812-7731-4402 (Bu Sari). Dijamin amanah!",
	"สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับโบนัส 100% แอดไลน์ @slot888th",
	"Bạn muốn tăng 10.000 follow TikTok trong 1 tuần? Dịch vụ uy tín, giá rẻ, bảo hành 30 ngày. Zalo: 0909 4xx 771",
	"ऑनलाइन सट्टा मटका, रोज़ जीतो ₹50,000 तक! लाइव रिज़ल्ट और पक्का फिक्स जोड़ी के लिए व्हाट्सएप करें 98xxxxxx21",
	"Bhai log crypto mein paisa double karo sirf 7 din mein, guaranteed returns. Telegram join karo: t . me / cryptodouble_official",
	"Assalamu alaikum, Dubai-based investment group offering 4% weekly on gold trading. Minimum $500. Halal certified. Contact Mr. Faisal on wa.me/9715xxxxxxx",
	"Replica Rolex, Omega, AP - 1:1 Swiss movement, free shipping worldwide. Catalogue in bio: insta rep.watches.hk",
	"Hello sir, I checked your website northwind.example and found 47 SEO errors. Your site is not ranking on page 1 of Google. We can fix in 15 days with white hat methods. Reply for free audit report. Regards, Rahul, Digital Marketing Executive",
	"Prezados, somos uma agência com mais de 10 anos no mercado e gostaríamos de apresentar nossos serviços de avaliações 5 estrelas no Google Meu Negócio. Pacotes a partir de R$ 199. Aguardamos seu contato.",
	"Kamagra Oral Jelly ohne Rezept, diskreter Versand aus EU, 100% Wirkung garantiert. Jetzt bestellen: potenz-shop24 [punkt] net",
	"Похудение без диет и спорта! -12 кг за месяц с капсулами Slim Forte. Скидка 50% только сегодня, пишите в Телеграм",
	"Ghostwriter für Bachelorarbeit, Masterarbeit, Hausarbeit. Plagiatsfrei, diskret, Muttersprachler. Schnell & günstig, WhatsApp genügt.",
	"宝妈兼职，每天刷单1-2小时，日结200-500元，手机就能做，加V: kk5561xx 详聊",
	"ลงทุนทองคำ กำไร 30% ต่อเดือน ไม่มีความเสี่ยง ทักไลน์ได้เลยค่ะ",
	"Lonely tonight? Beautiful Ukrainian and Filipina ladies want to meet you. Free registration, verify on our site: meet-real-brides dot com",
	"Ваш сайт можно продвинуть в ТОП-10 Яндекса за 2 месяца. Цена от 15 000 руб. Гарантия по договору. С уважением, отдел продаж.",
	"Geben Sie mir 3 Minuten: Unsere Firma verhilft Unternehmen wie Ihrem zu 10x mehr Instagram-Followern. Echte Accounts, keine Bots. Termin? calendly-link auf Anfrage",
	"Buenas! Prestamos personales sin buró de crédito, depósito el mismo día. Escríbenos al WhatsApp 55 3xxx 8812, atención las 24 hrs 🙏",
	"💰 Ganhe no Tigrinho! Plataforma nova pagando muito, bônus de cadastro R$ 20. Link na bio do @fortune_tiger_pagante",
	"Yaxşı gəlir! Evdən işləyin, gündə 50-100 AZN. Təcrübə tələb olunmur. WhatsApp: +994 5x xxx xx xx",
	"Sertifikalı ve garantili takipçi paketleri! 1K Instagram takipçi sadece 49 TL. Hemen DM atın 👉 @takipci.merkezi",
	"Dear Business Owner, we are an ISO certified manufacturer of nutraceutical supplements (testosterone boosters, weight loss, keto gummies) offering private label at MOQ 500 units. Kindly revert with your requirement so we can share our price list and samples. Best regards, Export Team, Ahmedabad",
	"Kazino kiyo bora Kenya! Weka KSh 100 upate bonus ya 200%. Malipo kupitia M-Pesa. Jisajili leo.",
}

var genuine33 = []string{
	"Mmenila pesa zangu mara mbili kwa ankara moja (INV-20431). Nataka mrudishe ziada leo, la sivyo nitaenda kwa mwanasheria.",
	"Abeg una refund my money. I don pay since two weeks for the annual plan and una never activate am. I no happy at all.",
	"Ang bagal ng support niyo, tatlong araw na akong naghihintay. Pakiayos na yung export ng leads namin, kailangan namin bukas.",
	"Sistem korang down dah dua kali minggu ni. Kalau tak boleh fix, saya nak cancel dan minta refund prorata.",
	"ระบบของคุณส่งอีเมลซ้ำให้ลูกค้าเรา 3 รอบ ลูกค้าโกรธมาก กรุณาแก้ไขด่วนและโทรกลับที่ 02-xxx-4410",
	"Quote for 40 seats please. No sales call, no demo, just the price in EUR and the DPA. Thanks.",
	"We run an online casino operator in Malta (licensed by the MGA). Our affiliate sign-up form gets flooded with fake registrations. Does your filter work on forms that are not for sales leads? How is it priced for ~200k submissions a month?",
	"Hola, somos una financiera (préstamos personales, regulados por la CNBV). Nos interesa su producto para filtrar solicitudes falsas en nuestro formulario. ¿Tienen servidores en Latinoamérica?",
	"Bonjour, nous sommes une agence SEO à Lyon. Plusieurs de nos clients reçoivent du spam via leurs formulaires ; pourriez-vous nous proposer une offre revendeur ?",
	"We sell supplements (vitamins and protein, not the dodgy stuff). Half our contact form is people offering us followers and backlinks. Can your tool block that without blocking real wholesale buyers?",
	"Hi, I'm in Lagos and our office line is unreliable, please reach me on WhatsApp +234 803 xxx 5521 for the onboarding call. Email is fine for documents.",
	"नमस्ते, कृपया मुझे व्हाट्सएप पर संपर्क करें: +91 98xxx 4xx07। ऑफिस में फ़ोन नेटवर्क नहीं आता। हमें 10 यूज़र्स के लिए कोटेशन चाहिए।",
	"Forwarding you this message one of our customers got through YOUR form widget: 'Pinjaman online cair 5 menit, WA 0812...'. Why did it get through? We pay for the premium tier.",
	"FYI — the text below arrived in our inbox last night via the contact form, apparently in Thai about slots. We can't read Thai; can you confirm your filter flagged it and explain why it still reached us?",
	"Trabajo desde casa y busco una herramienta para mi pequeña tienda online de suplementos. ¿Tienen plan gratuito o de prueba?",
	"We're a crypto exchange (regulated in Lithuania, VASP). Compliance asked me whether your lead data is stored in the EU and who the subprocessors are. Please send the list.",
	"Selam, düğün organizasyon firmasıyız. Instagram'dan gelen takipçi satışı mesajlarından bıktık, web formumuza da geliyor. Sizin ürün bunu engelliyor mu?",
	"Your invoice is wrong AGAIN. Third time. Fix it or I'm cancelling, and I'll tell everyone in our trade association why.",
	"Mi empresa organiza eventos de speed dating en Madrid. Queremos usar su formulario para inscripciones. ¿Se puede integrar con Mailchimp?",
	"أنا مدير مبيعات في شركة تمويل عقاري بالرياض. نريد عرض سعر لنظامكم لتصفية الطلبات الوهمية، وتواصلوا معي على الواتساب لو سمحتم: 05xxxxxxx3",
	"Slt, le formulaire de démo ne marche pas sur Safari, j'ai essayé 3 fois. C'est vraiment pénible. Vous pouvez me rappeler au 06 xx xx 41 12 ?",
	"Halo, kami agen asuransi dan sering dapat spam pinjol di form website. Ada paket untuk 5 agen? Saya bisa dihubungi di WA 0813-xxxx-2290 jam kerja.",
	"I write academic essays for a living (legit editing service, we don't sell papers). Our form gets hit by 'write my essay cheap' bots. Can I try your filter for a month?",
	"Dziękuję, ale wasz konsultant był bardzo nieuprzejmy. Oczekuję przeprosin i zwrotu za ostatni miesiąc, bo usługa nie działała.",
	"ok i'll be blunt: your competitor is 30% cheaper. match it and we sign 200 seats this week. otherwise no.",
}
