package main

// Round thirty, written on 2026-12-07 (task direction6) together with
// round twenty-nine, before any detector ran on these rows, from the
// description of the kinds in issue 11, without reading earlier rounds'
// rows, the outsider records or their generator. Sealed (kept out of the
// generator) until the task's last rule change, then measured once: held
// out, never tuned on and never in the abuse model's training data.

var abusive30 = []string{
	"Dear Sir or Madam, I would like to formally inform you that you are the most incompetent people I have ever had the misfortune of dealing with. Kind regards.",
	"Oh sure, take another week to answer. Genius business model, really.",
	"It would be a pity if your office windows got broken one of these nights. Just saying.",
	"Let's just say I have friends who would love to visit your warehouse.",
	"You're not worth the oxygen you breathe.",
	"Go crawl back under whatever rock you came from.",
	"teri company ka koi bharosa nahi, sab ke sab fraud aur nikamme",
	"ты просто жалкое ничтожество, и твоя контора тоже",
	"ya tebya naydu, podonok",
	"يا كلاب يا حرامية",
	"3ayb 3alaykom ya kadaba",
	"তোমরা সব প্রতারক, লজ্জা করে না?",
	"நீங்கள் எல்லாம் ஏமாற்றுக்காரர்கள்",
	"تم لوگ چور ہو، شرم کرو",
	"ขี้โกงทั้งบริษัท สมควรเจ๊ง",
	"니네 같은 것들은 망해야 돼",
	"垃圾公司，一群废物，早点倒闭吧",
	"死ね、クソ会社",
	"Ψεύτες και κλέφτες, να σας πάρει ο διάολος",
	"თქვენ ყველანი თაღლითები ხართ",
	"Դուք խաբեբաներ եք",
	"Vi ste obični lopovi i jadnici.",
	"Ви сте обични лопови и јадници.",
	"Jūs esat krāpnieki un meļi.",
	"Þið eruð aumingjar og svikarar.",
	"Watu wenye akili ndogo kama nyinyi hawastahili kufanya biashara.",
	"You are такие идиоты, seriously.",
	"I have screenshots of everything and I know where your kids go to school.",
	"Kindly do the world a favour and shut your useless company down.",
	"Is your whole team brain-dead or just the one who answered me?",
}

var multilingualSpam30 = []string{
	"Накрутка подписчиков Instagram и Telegram, живые люди, быстро. Пиши @nakrutka_top",
	"代写论文，毕业保过，联系QQ 12345678",
	"Empréstimo na hora para negativados, sem consulta ao SPC. Fale com a gente no WhatsApp.",
	"Apuestas deportivas con cuota mejorada: deposita 10 € y juega con 50 €.",
	"Vay tiền online nhanh, không cần thế chấp, giải ngân trong 15 phút.",
	"Slot gacor hari ini, maxwin pasti, daftar sekarang bonus 100%.",
	"Bahis sitesi deneme bonusu 500 TL, çevrimsiz, hemen üye ol.",
	"Passives Einkommen mit unserem KI-Trading-Bot – bis zu 800 € täglich.",
	"Rencontres discrètes près de chez vous, inscription gratuite.",
	"Recensioni a 5 stelle su Google e Trustpilot, prezzi imbattibili.",
	"अपनी वेबसाइट को गूगल के पहले पेज पर लाएं, सस्ती एसईओ सेवा",
	"บริการรับทำ SEO ติดหน้าแรก Google การันตีผล ทักไลน์",
	"구글 상위노출 보장, 백링크 작업 저렴하게 해드립니다",
	"副業で月収100万円！スマホだけで簡単に稼げる",
	"Szybka pożyczka bez BIK, decyzja w 5 minut.",
	"Заработок на криптовалюте от 10% в день, без риска.",
	"kupite otzyvy na Yandex Kartah, deshevo i bystro",
	"cheap viagra and cialis at pharma-store [dot] net",
	"Ucuz takipçi satın al, gerçek Türk takipçi, anında teslimat.",
	"Ganhe dinheiro assistindo vídeos no celular, saque via PIX.",
}

var vendorPitches30 = []string{
	"We specialise in migrating legacy PHP apps to Go. Do you have 20 minutes on Thursday?",
	"I can get your product featured in 50 tech newsletters. Interested in the rates?",
	"Wir bieten Ihnen vorqualifizierte Termine mit Entscheidern aus dem Mittelstand. Wann passt ein kurzes Gespräch?",
	"Bonjour, je suis consultant RGPD indépendant. Je peux auditer votre formulaire gratuitement.",
	"Ciao, siamo un'agenzia di traduzioni: possiamo localizzare il vostro sito in 30 lingue.",
	"Quick question — who handles your company's payroll? We save startups about 8 hours a month.",
	"Hemos preparado un plan de contenidos para su blog. ¿Le interesa que se lo enviemos?",
	"We build custom Shopify themes. Happy to do a free mockup of your pricing page.",
	"안녕하세요, 귀사의 해외 마케팅을 대행해 드리는 회사입니다. 미팅 가능하실까요?",
	"Hi, I'm a recruiter with 10 senior Go engineers ready to interview. Shall I send CVs?",
}

var genuine30 = []string{
	"Your product is overpriced garbage compared to a year ago — but we're locked in. What discount can you do on renewal?",
	"I swear, if the next invoice is wrong again I'll lose it. Can finance check invoice 2231?",
	"Vos tarifs sont abusifs. Avez-vous une offre pour les associations ?",
	"Das ist eine Frechheit, der Export ist seit Tagen kaputt. Wann ist das behoben?",
	"We are a marketing agency ourselves — we'd like to use your filter on 12 client sites. Volume pricing?",
	"We run an online pharmacy; regulators require us to screen contact forms. Do you keep logs in the EU?",
	"Nuestra empresa de préstamos recibe formularios falsos. ¿Pueden ayudarnos con una demo?",
	"私たちはオンラインカジノの運営会社です。日本語のスパム判定は可能ですか？",
	"Мы получаем угрозы от клиентов через форму. Может ли ваш фильтр их отделять?",
	"Blunt question: why should we pick you over reCAPTCHA? Give me one reason and a price.",
	"We're a recruiting firm. Can your filter stop recruiters spamming our careers form? Ironic, I know.",
	"कृपया हमें 25 यूज़र्स के लिए कोटेशन भेजें।",
	"مرحبا، نحن شركة تسويق في دبي ونريد تجربة المنتج لمدة شهر",
	"Stop sending me newsletters. I only want the security whitepaper for our procurement review.",
	"Zdravím, jsme e-shop s doplňky stravy. Funguje váš filtr i na česky psané zprávy?",
	"Your sales rep was rude to me on the phone. I still want the product; please assign someone else.",
	"We're an SEO agency too — not selling anything, just want to know if you have a reseller programme.",
	"Tôi muốn mua gói doanh nghiệp, vui lòng gửi báo giá qua email.",
	"Bizim formumuza her gün bahis reklamı geliyor. Türkçe filtreleme var mı?",
	"I'll be honest, I hated the first demo. But the new version looks good — book us a second one?",
}
